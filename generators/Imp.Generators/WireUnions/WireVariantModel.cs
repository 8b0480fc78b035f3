using Imp.Generators.Model;

namespace Imp.Generators.WireUnions;

/// <summary>One variant of a union as the emitter writes it.</summary>
/// <param name="Name">The nested record's name, as written in C#.</param>
/// <param name="Parameter">The name of its delegate in Match and Switch.</param>
/// <param name="WireName">Its discriminator value.</param>
/// <param name="Fields">Its primary constructor's parameters, in order.</param>
internal readonly record struct WireVariantModel(string Name, string Parameter, string WireName, EquatableArray<WireFieldModel> Fields);
