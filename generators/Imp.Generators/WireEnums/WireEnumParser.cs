using System.Linq;
using System.Text;
using System.Threading;
using Imp.Generators.Model;
using Imp.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.WireEnums;

/// <summary>Turns a [WireEnum] enum symbol into its <see cref="WireEnumModel"/>, or null when nothing should be emitted.</summary>
internal static class WireEnumParser
{
    public static WireEnumModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        context.TargetSymbol is INamedTypeSymbol { TypeKind: TypeKind.Enum } type ? Parse(type, cancellationToken) : null;

    public static WireEnumModel? Parse(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        WireEnumShape shape = WireEnumShape.Read(type, cancellationToken);

        // What an error diagnostic reports gets no code: emitting it would only add compiler errors on top.
        if (!shape.CanGenerate)
        {
            return null;
        }

        WireEnumMemberModel[] members = shape.Members
            .Select(m => new WireEnumMemberModel(SymbolFacts.EscapedIdentifier(m.Field.Name), m.WireName, m.IsAlias))
            .ToArray();

        return new WireEnumModel(
            HintName: HintName(type),
            Namespace: SymbolFacts.NamespaceName(type),
            EnumName: type.Name,
            EnumType: SymbolFacts.FullyQualifiedName(type),
            ExtensionsName: type.Name + "Extensions",
            ConverterName: type.Name + "JsonConverter",
            IsPublic: shape.Reach == TypeReach.Public,
            Members: new EquatableArray<WireEnumMemberModel>(members));
    }

    /// <summary>
    /// The type's full name as a file name. Identifier characters that are not letters, digits or underscores
    /// (combining marks, connectors, format characters) are replaced, and a hash of the exact name is then added
    /// so two such names cannot meet in one hint name.
    /// </summary>
    private static string HintName(INamedTypeSymbol type)
    {
        string name = SymbolFacts.MetadataName(type);
        var builder = new StringBuilder(name.Length + 24);
        bool replaced = false;
        foreach (char c in name)
        {
            bool kept = char.IsLetterOrDigit(c) || c == '.' || c == '_';
            replaced |= !kept;
            builder.Append(kept ? c : '_');
        }

        if (replaced)
        {
            builder.Append('_').Append(StableHash(name).ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.Append(".WireEnum.g.cs").ToString();
    }

    // FNV-1a: string.GetHashCode is randomized per process, and hint names must be the same on every build.
    private static uint StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }
}
