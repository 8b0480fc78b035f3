using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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
            DenseIndex: DenseIndex(type, shape));
    }

    /// <summary>
    /// The index expression when the canonical members' values are min, min + 1, … in declaration order. The
    /// subtraction is done in 64 bits without overflow checks: for any value of the underlying type the result,
    /// read as unsigned, is the exact distance from the minimum, so out-of-range values fail the bounds check.
    /// </summary>
    private static string? DenseIndex(INamedTypeSymbol type, WireEnumShape shape)
    {
        object?[] values = shape.Members.Where(m => !m.IsAlias).Select(m => m.Field.ConstantValue).ToArray();
        if (values.Length == 0 || type.EnumUnderlyingType is not { } underlying)
        {
            return null;
        }

        bool unsigned = underlying.SpecialType is SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64;
        if (unsigned)
        {
            ulong[] numbers = values.Select(v => System.Convert.ToUInt64(v, CultureInfo.InvariantCulture)).ToArray();
            return IsRun(numbers.Select((n, i) => n - numbers[0] == (ulong)i))
                ? numbers[0] == 0 ? "(ulong)value" : $"unchecked((ulong)value - {numbers[0].ToString(CultureInfo.InvariantCulture)}UL)"
                : null;
        }

        long[] signed = values.Select(v => System.Convert.ToInt64(v, CultureInfo.InvariantCulture)).ToArray();
        return IsRun(signed.Select((n, i) => unchecked((ulong)(n - signed[0])) == (ulong)i))
            ? signed[0] == 0 ? "unchecked((ulong)(long)value)" : $"unchecked((ulong)((long)value - ({signed[0].ToString(CultureInfo.InvariantCulture)}L)))"
            : null;
    }

    private static bool IsRun(IEnumerable<bool> steps) => steps.All(step => step);
}
