using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace Imp;

/// <summary>Errors thrown by the code generated for <c>[WireEnum]</c> enums. Not meant to be called directly.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class WireEnumErrors
{
    // Long inputs are cut in messages: a multi-megabyte bogus value should not become a multi-megabyte message.
    private const int MaxQuotedLength = 128;

    /// <summary>Throws for a value that is not a declared member (for example <c>(TurnPhase)42</c>).</summary>
    /// <returns>Never returns; typed so it fits a switch expression arm.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Always.</exception>
    public static string Undefined<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        throw new ArgumentOutOfRangeException(nameof(value), value, DescribeUndefined(value));

    /// <summary>The exception for a text that matches no wire name; <see cref="ArgumentNullException"/> for null.</summary>
    public static Exception UnknownName(Type enumType, string? value, ImmutableArray<string> allowedNames) =>
        value is null
            ? new ArgumentNullException(nameof(value), $"A {enumType.Name} wire name cannot be null.")
            : new UnknownWireNameException(enumType, value, allowedNames);

    internal static string DescribeUndefined<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        $"({typeof(TEnum).Name}){Number(value)} is not a declared member of {typeof(TEnum).Name}, so it has no wire name.";

    // Enum formatting follows the current culture's minus sign; messages must read the same everywhere.
    private static string Number<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Convert.ToString(Convert.ChangeType(value, Enum.GetUnderlyingType(typeof(TEnum)), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)!;

    internal static string DescribeUnknown(Type enumType, string value, IReadOnlyList<string> allowedNames) =>
        $"\"{Quote(value)}\" is not a {enumType.Name} wire name. Allowed: {JoinAllowed(allowedNames)}.";

    internal static string JoinAllowed(IReadOnlyList<string> allowedNames)
    {
        if (allowedNames.Count == 0)
        {
            return "none (the enum has no members)";
        }

        var builder = new StringBuilder();
        for (int i = 0; i < allowedNames.Count; i++)
        {
            builder.Append(i == 0 ? "\"" : ", \"").Append(allowedNames[i]).Append('"');
        }

        return builder.ToString();
    }

    internal static string Quote(string value)
    {
        if (value.Length <= MaxQuotedLength)
        {
            return value;
        }

        // Never cut between the two halves of a surrogate pair.
        int cut = char.IsHighSurrogate(value[MaxQuotedLength - 1]) ? MaxQuotedLength - 1 : MaxQuotedLength;
        return string.Concat(value.AsSpan(0, cut), "…");
    }
}
