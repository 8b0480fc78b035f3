using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.Parsing;

/// <summary>Facts about an enum's values that decide how generated code looks members up.</summary>
internal static class EnumValues
{
    /// <summary>
    /// The index of <paramref name="variable"/> in the run of values, as a C# <c>ulong</c> expression, when the
    /// members' values are min, min + 1, … in declaration order; null otherwise. The
    /// subtraction is done in 64 bits without overflow checks: for any value of the underlying type the result,
    /// read as unsigned, is the exact distance from the minimum, so out-of-range values fail the bounds check.
    /// </summary>
    public static string? DenseIndex(INamedTypeSymbol type, IEnumerable<IFieldSymbol> members, string variable)
    {
        object?[] values = members.Select(m => m.ConstantValue).ToArray();
        if (values.Length == 0 || type.EnumUnderlyingType is not { } underlying)
        {
            return null;
        }

        bool unsigned = underlying.SpecialType is SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64;
        if (unsigned)
        {
            ulong[] numbers = values.Select(v => System.Convert.ToUInt64(v, CultureInfo.InvariantCulture)).ToArray();
            return IsRun(numbers.Select((n, i) => n - numbers[0] == (ulong)i))
                ? numbers[0] == 0 ? $"(ulong){variable}" : $"unchecked((ulong){variable} - {numbers[0].ToString(CultureInfo.InvariantCulture)}UL)"
                : null;
        }

        long[] signed = values.Select(v => System.Convert.ToInt64(v, CultureInfo.InvariantCulture)).ToArray();
        return IsRun(signed.Select((n, i) => unchecked((ulong)(n - signed[0])) == (ulong)i))
            ? signed[0] == 0 ? $"unchecked((ulong)(long){variable})" : $"unchecked((ulong)((long){variable} - ({signed[0].ToString(CultureInfo.InvariantCulture)}L)))"
            : null;
    }

    private static bool IsRun(IEnumerable<bool> steps) => steps.All(step => step);
}
