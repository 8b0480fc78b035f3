using System;
using System.Globalization;

namespace Imp.Json;

/// <summary>
/// A finite <see cref="double"/> as serde_json writes an <c>f64</c>: ryu's shortest round-trip digits, laid out as ryu
/// lays them out — a plain decimal with at least one fractional digit while the decimal exponent is in [-5, 16]
/// (<c>3.0</c>, <c>0.00001</c>, <c>9999999999999998.0</c>), else scientific with a lower-case <c>e</c> and no plus sign
/// (<c>1e16</c>, <c>1e-6</c>, <c>1.7976931348623157e308</c>).
/// </summary>
internal static class SerdeFloatText
{
    /// <summary>The text serde_json writes for <paramref name="value"/>, which must be finite (serde writes null otherwise).</summary>
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "serde_json writes a non-finite f64 as null, not as a number.");
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        // .NET's round-trip format has the same shortest digits as ryu; only the layout differs.
        (string digits, int exponent) = Decompose(Math.Abs(value).ToString("R", CultureInfo.InvariantCulture));
        string sign = value < 0 ? "-" : string.Empty;
        int length = digits.Length;
        int kk = length + exponent;
        if (exponent >= 0 && kk <= 16)
        {
            return $"{sign}{digits}{new string('0', exponent)}.0";
        }

        if (kk > 0 && kk <= 16)
        {
            return $"{sign}{digits[..kk]}.{digits[kk..]}";
        }

        if (kk > -5 && kk <= 0)
        {
            return $"{sign}0.{new string('0', -kk)}{digits}";
        }

        string scaled = length == 1 ? digits : $"{digits[0]}.{digits[1..]}";
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{scaled}e{kk - 1}");
    }

    /// <summary>A positive round-trip text as its significant digits and the power of ten of the last one.</summary>
    private static (string Digits, int Exponent) Decompose(string text)
    {
        int e = text.IndexOfAny(['E', 'e']);
        int exponent = e < 0 ? 0 : int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string mantissa = e < 0 ? text : text[..e];
        int dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            exponent -= mantissa.Length - dot - 1;
            mantissa = mantissa.Remove(dot, 1);
        }

        string digits = mantissa.TrimStart('0');
        string trimmed = digits.TrimEnd('0');
        return (trimmed, exponent + (digits.Length - trimmed.Length));
    }
}
