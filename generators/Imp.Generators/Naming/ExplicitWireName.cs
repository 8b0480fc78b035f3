using Imp.Generators.Parsing;
using Imp.Generators.WireEnums;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.Naming;

/// <summary>Reads a symbol's <c>[WireName]</c>: enum members, union variants and variant fields alike.</summary>
internal static class ExplicitWireName
{
    /// <summary>The attribute, if present, and its argument when that is a constant string (null otherwise).</summary>
    public static (AttributeData? Attribute, string? Name) Read(ISymbol symbol)
    {
        AttributeData? attribute = SymbolFacts.Find(symbol, WireEnumShape.WireNameAttribute);
        string? name = attribute is { ConstructorArguments: { Length: 1 } arguments }
            && arguments[0].Kind == TypedConstantKind.Primitive
            && arguments[0].Value is string text
                ? text
                : null;
        return (attribute, name);
    }
}
