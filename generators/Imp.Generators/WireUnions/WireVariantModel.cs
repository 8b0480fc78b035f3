using Imp.Generators.Model;

namespace Imp.Generators.WireUnions;

/// <summary>One variant of a union as the emitter writes it.</summary>
/// <param name="Name">The nested record's name, as written in C#.</param>
/// <param name="Parameter">The name of its delegate in Match and Switch.</param>
/// <param name="WireName">Its discriminator value.</param>
/// <param name="Fields">Its primary constructor's parameters, in order.</param>
/// <param name="IsNewtype">True when its one field's value is its content (serde's newtype variant).</param>
/// <param name="HasStructDefault">True when missing fields read from <c>new Variant()</c> (serde's container <c>default</c>).</param>
internal readonly record struct WireVariantModel(string Name, string Parameter, string WireName, EquatableArray<WireFieldModel> Fields, bool IsNewtype, bool HasStructDefault)
{
    /// <summary>True for a variant with no fields, which serde writes as a unit variant.</summary>
    public bool IsUnit => Fields.Count == 0;
}
