namespace Imp;

/// <summary>How a <see cref="WireUnionAttribute">[WireUnion]</see> is written: one of serde's four enum representations.</summary>
public enum WireRepresentation
{
    /// <summary>
    /// serde's <c>#[serde(tag = "...")]</c>: <c>{"type":"variant", ...fields}</c>, with the tag named by
    /// <see cref="WireUnionAttribute.Tag"/>. The default. A newtype variant's value must be an object, whose
    /// properties are written after the tag; serde refuses tuple variants here, and so do we.
    /// </summary>
    InternallyTagged = 0,

    /// <summary>
    /// serde's <c>#[serde(tag = "...", content = "...")]</c>: <c>{"t":"variant","c":{...fields}}</c>; a unit variant is
    /// <c>{"t":"variant"}</c> and a newtype variant's content is its value.
    /// </summary>
    AdjacentlyTagged,

    /// <summary>
    /// serde's default: <c>{"variant":{...fields}}</c>, a newtype variant as <c>{"variant":value}</c> and a unit
    /// variant as the plain string <c>"variant"</c>.
    /// </summary>
    ExternallyTagged,

    /// <summary>
    /// serde's <c>#[serde(untagged)]</c>: the variant's fields alone (a newtype variant its value, a unit variant
    /// <c>null</c>); reading tries each variant in declaration order and takes the first that reads.
    /// </summary>
    Untagged,
}
