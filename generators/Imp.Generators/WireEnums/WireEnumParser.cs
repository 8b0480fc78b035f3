using System.Linq;
using System.Threading;
using Imp.Generators.Model;
using Imp.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.WireEnums;

/// <summary>Turns a [WireEnum] enum symbol into its <see cref="WireEnumModel"/>, or null when nothing should be emitted.</summary>
internal static class WireEnumParser
{
    public static WireEnumModel? Parse(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        WireEnumShape shape = WireEnumShape.Read(type, cancellationToken);

        // What an error diagnostic reports gets no code: emitting it would only add compiler errors on top.
        if (!shape.CanGenerate)
        {
            return null;
        }

        string enumType = SymbolFacts.FullyQualifiedName(type);
        WireEnumMemberModel[] members = shape.Members
            .Select(m => new WireEnumMemberModel(SymbolFacts.EscapedIdentifier(m.Field.Name), SymbolFacts.MemberReference(m.Field, enumType), m.WireName, m.IsAlias))
            .ToArray();

        return new WireEnumModel(
            HintName: SymbolFacts.HintName(type, "WireEnum"),
            Namespace: SymbolFacts.NamespaceName(type),
            EnumName: type.Name,
            EnumType: enumType,
            ExtensionsName: type.Name + "Extensions",
            ConverterName: type.Name + "JsonConverter",
            IsPublic: shape.Reach == TypeReach.Public,
            Members: new EquatableArray<WireEnumMemberModel>(members),
            DenseIndex: EnumValues.DenseIndex(type, shape.Members.Where(m => !m.IsAlias).Select(m => m.Field), "value"));
    }
}
