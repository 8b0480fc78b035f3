using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Imp.Core.Tests.TestSupport;
using Shouldly;

namespace Imp.Core.Tests.WireEnums;

internal delegate bool TryParseString<T>(string? value, out T result);

internal delegate bool TryParseChars<T>(ReadOnlySpan<char> value, out T result);

internal delegate bool TryParseUtf8<T>(ReadOnlySpan<byte> utf8, out T result);

/// <summary>The checks every [WireEnum] enum must pass, without its type, so theories can run them per enum.</summary>
internal interface IWireEnumContract
{
    Type EnumType { get; }

    /// <summary>The expected wire names of the canonical members, in declaration order.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>The canonical members as (C# name, expected wire name).</summary>
    IReadOnlyList<(string Field, string Name)> Rows { get; }

    void AssertCountNamesAndValues();

    void AssertTableCoversEveryDeclaredMember();

    void AssertParsersRoundTrip();

    void AssertAliases();

    void AssertJsonRoundTrip(JsonSerializerOptions options);

    void AssertJsonReadsEscapedAndSegmentedNames(JsonSerializerOptions options);

    void AssertParsersReject(string input);

    void AssertConverterRejectsString(string input, JsonSerializerOptions options);

    void AssertUndefinedValuesRejected(JsonSerializerOptions options);

    /// <summary>Texts close to a wire name that must not parse: other casing, C# names, padding, prefixes, numbers...</summary>
    IEnumerable<string> NearMisses();
}

/// <summary>
/// The generated API of one [WireEnum] enum, wired to delegates, with the expected members written out by hand.
/// Every assertion compares the generated code against that hand-written table, never against itself.
/// </summary>
internal sealed class WireEnumContract<T> : IWireEnumContract
    where T : struct, Enum
{
    /// <summary>The canonical members (the first member of each value), in declaration order.</summary>
    public required IReadOnlyList<WireMember<T>> Members { get; init; }

    /// <summary>Members that share an earlier member's value: parsed, never listed nor written.</summary>
    public IReadOnlyList<WireMember<T>> Aliases { get; init; } = [];

    /// <summary>Values of <typeparamref name="T"/> that no member declares.</summary>
    public required IReadOnlyList<T> UndefinedValues { get; init; }

    public required int Count { get; init; }

    public required Func<ImmutableArray<T>> GetValues { get; init; }

    public required Func<ImmutableArray<string>> GetNames { get; init; }

    public required Func<T, string> AsStr { get; init; }

    public required Func<string, T> Parse { get; init; }

    public required TryParseString<T> TryParseString { get; init; }

    public required TryParseChars<T> TryParseChars { get; init; }

    public required TryParseUtf8<T> TryParseUtf8 { get; init; }

    public required JsonConverter<T> Converter { get; init; }

    public Type EnumType => typeof(T);

    public IReadOnlyList<string> Names => Members.Select(m => m.Name).ToArray();

    public IReadOnlyList<(string Field, string Name)> Rows => Members.Select(m => (m.Field, m.Name)).ToArray();

    private static string TypeName => typeof(T).Name;

    public override string ToString() => TypeName;

    public void AssertCountNamesAndValues()
    {
        Count.ShouldBe(Members.Count, $"{TypeName}Extensions.Count");
        GetNames().ShouldBe(Members.Select(m => m.Name), $"{TypeName}Extensions.GetNames()");
        GetValues().ShouldBe(Members.Select(m => m.Value), $"{TypeName}Extensions.GetValues()");

        // Declaration order, one entry per distinct value: what reflection finds, independently of the generator.
        T[] distinctDeclared = typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static)
            .OrderBy(f => f.MetadataToken)
            .Select(f => (T)f.GetValue(null)!)
            .Distinct()
            .ToArray();
        GetValues().ToArray().ShouldBe(distinctDeclared, $"{TypeName}Extensions.GetValues() against reflection");

        // The arrays are cached: the same values on every call.
        GetNames().ToArray().ShouldBe(GetNames().ToArray());
        GetValues().ToArray().ShouldBe(GetValues().ToArray());
    }

    public void AssertTableCoversEveryDeclaredMember()
    {
        string[] declared = typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static)
            .OrderBy(f => f.MetadataToken)
            .Select(f => f.Name)
            .ToArray();
        string[] tabled = Members.Concat(Aliases).Select(m => m.Field).ToArray();
        tabled.ShouldBe(declared, ignoreOrder: true, $"the test's table of {TypeName} must list every declared member");
    }

    public void AssertParsersRoundTrip()
    {
        foreach (WireMember<T> member in Members)
        {
            AsStr(member.Value).ShouldBe(member.Name, $"AsStr({member})");
            Parse(AsStr(member.Value)).ShouldBe(member.Value, $"Parse(AsStr({member}))");
            AssertAccepted(member.Name, member.Value, member.ToString());
        }
    }

    public void AssertAliases()
    {
        foreach (WireMember<T> alias in Aliases)
        {
            AssertAccepted(alias.Name, alias.Value, alias.ToString());
            WireMember<T> canonical = Members.Single(m => EqualityComparer<T>.Default.Equals(m.Value, alias.Value));
            AsStr(alias.Value).ShouldBe(canonical.Name, $"AsStr({alias}) is the first member's name");
            GetNames().ShouldNotContain(alias.Name, $"{alias} is not listed");
        }
    }

    public void AssertJsonRoundTrip(JsonSerializerOptions options)
    {
        foreach (WireMember<T> member in Members)
        {
            string what = member.ToString();
            JsonSerializer.Serialize(member.Value, options).ShouldBe(member.Json, what);
            JsonSerializer.SerializeToUtf8Bytes(member.Value, options).ShouldBe(Encoding.UTF8.GetBytes(member.Json), what);
            JsonSerializer.Deserialize<T>(member.Json, options).ShouldBe(member.Value, what);

            JsonSerializer.Serialize<T?>(member.Value, options).ShouldBe(member.Json, what + " as T?");
            JsonSerializer.Deserialize<T?>(member.Json, options).ShouldBe(member.Value, what + " as T?");

            JsonText.Write(w => Converter.Write(w, member.Value, options)).ShouldBe(member.Json, what + " written by the converter");
            JsonText.Write(w =>
            {
                w.WriteStartObject();
                Converter.WriteAsPropertyName(w, member.Value, options);
                w.WriteNumberValue(1);
                w.WriteEndObject();
            }).ShouldBe("{" + member.Json + ":1}", what + " written by the converter as a property name");

            var holder = new EnumHolder<T>(member.Value, null, member.Value);
            string holderJson = JsonSerializer.Serialize(holder, options);
            holderJson.ShouldContain(":" + member.Json, Case.Sensitive, what + " in an object");
            JsonSerializer.Deserialize<EnumHolder<T>>(holderJson, options).ShouldBe(holder, what + " in an object");
        }

        JsonSerializer.Serialize<T?>(null, options).ShouldBe("null");
        JsonSerializer.Deserialize<T?>("null", options).ShouldBeNull();

        List<T> values = Members.Select(m => m.Value).ToList();
        string listJson = "[" + string.Join(",", Members.Select(m => m.Json)) + "]";
        JsonSerializer.Serialize(values, options).ShouldBe(listJson);
        JsonSerializer.Deserialize<List<T>>(listJson, options).ShouldBe(values);

        Dictionary<T, int> byKey = Members.Select((m, i) => (m.Value, i)).ToDictionary(p => p.Value, p => p.i);
        string dictionaryJson = "{" + string.Join(",", Members.Select((m, i) => m.Json + ":" + i.ToString(CultureInfo.InvariantCulture))) + "}";
        JsonSerializer.Serialize(byKey, options).ShouldBe(dictionaryJson);
        Dictionary<T, int>? readBack = JsonSerializer.Deserialize<Dictionary<T, int>>(dictionaryJson, options);
        readBack.ShouldNotBeNull();
        readBack.ShouldBe(byKey, ignoreOrder: true);

        foreach (WireMember<T> alias in Aliases)
        {
            string what = alias.ToString();
            WireMember<T> canonical = Members.Single(m => EqualityComparer<T>.Default.Equals(m.Value, alias.Value));
            JsonSerializer.Deserialize<T>(alias.Json, options).ShouldBe(alias.Value, what);
            JsonSerializer.Serialize(alias.Value, options).ShouldBe(canonical.Json, what + " is written as the first member");
            Dictionary<T, int>? aliasKey = JsonSerializer.Deserialize<Dictionary<T, int>>("{" + alias.Json + ":5}", options);
            aliasKey.ShouldNotBeNull();
            aliasKey[alias.Value].ShouldBe(5, what + " as a key");
        }
    }

    public void AssertJsonReadsEscapedAndSegmentedNames(JsonSerializerOptions options)
    {
        foreach (WireMember<T> member in Members.Concat(Aliases))
        {
            string what = member.ToString();
            string escaped = JsonText.FullyEscaped(member.Name);
            JsonSerializer.Deserialize<T>(escaped, options).ShouldBe(member.Value, what + " fully escaped");
            Dictionary<T, int>? escapedKey = JsonSerializer.Deserialize<Dictionary<T, int>>("{" + escaped + ":3}", options);
            escapedKey.ShouldNotBeNull();
            escapedKey[member.Value].ShouldBe(3, what + " fully escaped, as a key");

            bool spansSegments = Encoding.UTF8.GetByteCount(member.Name) > 1;
            ReadSegmented(member.Json, options, expectValueSequence: spansSegments).ShouldBe(member.Value, what + " from a segmented sequence");
            ReadSegmented(escaped, options, expectValueSequence: true).ShouldBe(member.Value, what + " escaped, from a segmented sequence");
            ReadSegmentedKey(member.Json, options, expectValueSequence: spansSegments).ShouldBe(member.Value, what + " as a key from a segmented sequence");
            ReadSegmentedKey(escaped, options, expectValueSequence: true).ShouldBe(member.Value, what + " escaped, as a key from a segmented sequence");
        }
    }

    public void AssertParsersReject(string input)
    {
        UnknownWireNameException ex = Should.Throw<UnknownWireNameException>(() => Parse(input));
        ex.ShouldBeAssignableTo<FormatException>();
        ex.EnumType.ShouldBe(typeof(T));
        ex.Value.ShouldBe(input);
        ex.AllowedNames.ShouldBe(Names);
        AssertNamesTypeValueAndAllowed(ex.Message, input);

        TryParseString(input, out T fromString).ShouldBeFalse();
        fromString.ShouldBe(default);
        TryParseChars(input.AsSpan(), out T fromChars).ShouldBeFalse();
        fromChars.ShouldBe(default);
        TryParseUtf8(Encoding.UTF8.GetBytes(input), out T fromUtf8).ShouldBeFalse();
        fromUtf8.ShouldBe(default);
    }

    public void AssertConverterRejectsString(string input, JsonSerializerOptions options)
    {
        // Escaped the way System.Text.Json writes it (control and non-ASCII characters as \uXXXX)...
        AssertJsonStringRejected(JsonSerializer.Serialize(input), input, options);

        // ...and raw, where JSON allows it.
        if (!input.Any(c => c < ' ' || c == '"' || c == '\\' || char.IsSurrogate(c)))
        {
            AssertJsonStringRejected("\"" + input + "\"", input, options);
        }
    }

    public void AssertUndefinedValuesRejected(JsonSerializerOptions options)
    {
        UndefinedValues.ShouldNotBeEmpty();
        foreach (T value in UndefinedValues)
        {
            Enum.IsDefined(value).ShouldBeFalse($"the test's undefined value {value} of {TypeName}");
            string number = ((IFormattable)value).ToString("D", CultureInfo.InvariantCulture);

            ArgumentOutOfRangeException ex = Should.Throw<ArgumentOutOfRangeException>(() => AsStr(value));
            ex.ParamName.ShouldBe("value");
            ex.ActualValue.ShouldBe(value);
            ex.Message.ShouldContain(TypeName, Case.Sensitive);
            ex.Message.ShouldContain(number, Case.Sensitive);

            JsonException json = Should.Throw<JsonException>(() => JsonSerializer.Serialize(value, options));
            json.Message.ShouldContain(TypeName, Case.Sensitive);
            json.Message.ShouldContain(number, Case.Sensitive);
            Should.Throw<JsonException>(() => JsonSerializer.Serialize<T?>(value, options));
            Should.Throw<JsonException>(() => JsonSerializer.Serialize(new List<T> { value }, options));
            Should.Throw<JsonException>(() => JsonSerializer.Serialize(new Dictionary<T, int> { [value] = 1 }, options));
            Should.Throw<JsonException>(() => JsonText.Write(w => Converter.Write(w, value, options)));
        }
    }

    public IEnumerable<string> NearMisses()
    {
        var valid = new HashSet<string>(Members.Concat(Aliases).Select(m => m.Name), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (WireMember<T> member in Members)
        {
            string name = member.Name;
            string[] candidates =
            [
                member.Field,
                name.ToUpperInvariant(),
                char.ToUpperInvariant(name[0]) + name[1..],
                name[..^(char.IsLowSurrogate(name[^1]) ? 2 : 1)], // whole characters: never a lone surrogate
                name + "s",
                name + "_",
                " " + name,
                name + " ",
                "\t" + name,
                name + "\n",
                name + "\0",
                "\0" + name,
                name.Replace('_', '-'),
                name.Replace("_", string.Empty, StringComparison.Ordinal),
                "\"" + name + "\"",
                ((IFormattable)member.Value).ToString("D", CultureInfo.InvariantCulture),
            ];
            foreach (string candidate in candidates)
            {
                if (!valid.Contains(candidate) && seen.Add(candidate))
                {
                    yield return candidate;
                }
            }
        }
    }

    private void AssertAccepted(string name, T expected, string what)
    {
        Parse(name).ShouldBe(expected, $"Parse for {what}");

        TryParseString(name, out T fromString).ShouldBeTrue($"TryParse(string) for {what}");
        fromString.ShouldBe(expected, $"TryParse(string) for {what}");

        TryParseChars(name.AsSpan(), out T fromChars).ShouldBeTrue($"TryParse(chars) for {what}");
        fromChars.ShouldBe(expected, $"TryParse(chars) for {what}");

        // A slice of a longer text: the parser must respect the span's bounds.
        string padded = "«" + name + "»";
        TryParseChars(padded.AsSpan(1, name.Length), out T fromSlice).ShouldBeTrue($"TryParse(chars slice) for {what}");
        fromSlice.ShouldBe(expected);

        byte[] utf8 = Encoding.UTF8.GetBytes(name);
        TryParseUtf8(utf8, out T fromUtf8).ShouldBeTrue($"TryParse(UTF-8) for {what}");
        fromUtf8.ShouldBe(expected, $"TryParse(UTF-8) for {what}");

        byte[] paddedUtf8 = [(byte)'x', .. utf8, (byte)'x'];
        TryParseUtf8(paddedUtf8.AsSpan(1, utf8.Length), out T fromUtf8Slice).ShouldBeTrue($"TryParse(UTF-8 slice) for {what}");
        fromUtf8Slice.ShouldBe(expected);
    }

    private void AssertJsonStringRejected(string json, string input, JsonSerializerOptions options)
    {
        JsonException ex = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<T>(json, options), $"reading {json}");
        AssertNamesTypeValueAndAllowed(ex.Message, input);
        UnknownWireNameException inner = ex.InnerException.ShouldBeOfType<UnknownWireNameException>();
        inner.Value.ShouldBe(input);
        inner.EnumType.ShouldBe(typeof(T));
        inner.AllowedNames.ShouldBe(Names);

        JsonException nullable = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<T?>(json, options), $"reading {json} as T?");
        AssertNamesTypeValueAndAllowed(nullable.Message, input);

        JsonException key = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Dictionary<T, int>>("{" + json + ":1}", options), $"reading {json} as a key");
        AssertNamesTypeValueAndAllowed(key.Message, input);

        JsonException segmented = Should.Throw<JsonException>(() => ReadSegmented(json, options, expectValueSequence: false), $"reading {json} from a segmented sequence");
        AssertNamesTypeValueAndAllowed(segmented.Message, input);
        JsonException segmentedKey = Should.Throw<JsonException>(() => ReadSegmentedKey(json, options, expectValueSequence: false), $"reading {json} as a key from a segmented sequence");
        AssertNamesTypeValueAndAllowed(segmentedKey.Message, input);
    }

    private void AssertNamesTypeValueAndAllowed(string message, string input)
    {
        message.ShouldContain(TypeName, Case.Sensitive);

        // Long values are cut in messages; what is kept must be the start of the value.
        string shown = input.Length <= 128 ? input : input[..128];
        message.ShouldContain(shown, Case.Sensitive);
        if (input.Length > 10_000)
        {
            message.Length.ShouldBeLessThan(input.Length / 2, "a huge value must not make a huge message");
        }

        if (Members.Count > 0)
        {
            message.ShouldContain("\"" + Members[0].Name + "\"", Case.Sensitive);
            message.ShouldContain("\"" + Members[^1].Name + "\"", Case.Sensitive);
        }
    }

    private T ReadSegmented(string json, JsonSerializerOptions options, bool expectValueSequence)
    {
        var reader = new Utf8JsonReader(SegmentedBytes.OneBytePerSegment(json));
        reader.Read().ShouldBeTrue();
        if (expectValueSequence)
        {
            reader.HasValueSequence.ShouldBeTrue("the test must exercise the value-sequence path");
        }

        return Converter.Read(ref reader, typeof(T), options);
    }

    private T ReadSegmentedKey(string json, JsonSerializerOptions options, bool expectValueSequence)
    {
        var reader = new Utf8JsonReader(SegmentedBytes.OneBytePerSegment("{" + json + ":1}"));
        reader.Read().ShouldBeTrue();
        reader.Read().ShouldBeTrue();
        reader.TokenType.ShouldBe(JsonTokenType.PropertyName);
        if (expectValueSequence)
        {
            reader.HasValueSequence.ShouldBeTrue("the test must exercise the value-sequence path");
        }

        return Converter.ReadAsPropertyName(ref reader, typeof(T), options);
    }
}

/// <summary>An enum inside an object, as a required, a missing and a present nullable property.</summary>
internal sealed record EnumHolder<T>(T Value, T? Missing, T? Present)
    where T : struct, Enum;
