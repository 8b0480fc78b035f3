namespace Imp.Generators.WireUnions;

/// <summary>The generator's copy of <c>Imp.WireRepresentation</c> (same values).</summary>
internal enum UnionRepresentation
{
    InternallyTagged = 0,
    AdjacentlyTagged,
    ExternallyTagged,
    Untagged,
}
