using System.Collections.Immutable;
using System.Linq;
using Imp.Generators.Parsing;
using Imp.Generators.WireEnums;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.WireUnions;

/// <summary>Reading a [WireName] argument, shared by variants and fields.</summary>
internal static class WireNames
{
    public static (AttributeData? Attribute, string? Name) Explicit(ImmutableArray<AttributeData> attributes)
    {
        AttributeData? attribute = attributes.FirstOrDefault(a => SymbolFacts.Is(a, WireEnumShape.WireNameAttribute));
        string? name = attribute is { ConstructorArguments: { Length: 1 } arguments } && arguments[0].Value is string text ? text : null;
        return (attribute, name);
    }
}
