using Imp.Generators.Naming;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.WireUnions;

/// <summary>One field of a variant: a parameter of its primary constructor.</summary>
internal sealed class WireFieldShape
{
    private WireFieldShape(IParameterSymbol parameter, AttributeData? wireNameAttribute, string wireName)
    {
        Parameter = parameter;
        WireNameAttribute = wireNameAttribute;
        WireName = wireName;
    }

    public IParameterSymbol Parameter { get; }

    public AttributeData? WireNameAttribute { get; }

    public string WireName { get; }

    public bool Compiles => Parameter.Name.Length > 0 && Parameter.Type.TypeKind != TypeKind.Error;

    public static WireFieldShape Read(IParameterSymbol parameter)
    {
        (AttributeData? attribute, string? explicitName) = ExplicitWireName.Read(parameter);
        return new WireFieldShape(parameter, attribute, attribute is null ? SerdeSnakeCase.Convert(parameter.Name) : explicitName ?? string.Empty);
    }
}
