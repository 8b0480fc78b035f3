using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Imp.Core.Tests.TestSupport;
using Imp.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.WireEnums;

/// <summary>
/// The generated System.Text.Json converters of the SDK enums: with <see cref="ImpJson.Options"/>, and with default
/// options where the enum's own <c>[JsonConverter]</c> attribute must be enough.
/// </summary>
public sealed class JsonConverterTests
{
    public static TheoryData<string, string> EnumsAndOptions
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string enumName in ImpEnumTables.All.Keys)
            {
                data.Add(enumName, nameof(ImpJson));
                data.Add(enumName, "Default");
            }

            return data;
        }
    }

    public static TheoryData<string> OptionNames => new([nameof(ImpJson), "Default"]);

    [Theory]
    [MemberData(nameof(EnumsAndOptions))]
    public void Every_value_round_trips_as_value_nullable_list_item_and_dictionary_key(string enumName, string options) =>
        ImpEnumTables.All[enumName].AssertJsonRoundTrip(Options(options));

    [Theory]
    [MemberData(nameof(EnumsAndOptions))]
    public void Every_name_is_read_escaped_and_from_segmented_input(string enumName, string options) =>
        ImpEnumTables.All[enumName].AssertJsonReadsEscapedAndSegmentedNames(Options(options));

    [Theory]
    [MemberData(nameof(EnumsAndOptions))]
    public void Every_enum_rejects_near_misses_of_its_names(string enumName, string options)
    {
        IWireEnumContract contract = ImpEnumTables.All[enumName];
        foreach (string input in contract.NearMisses())
        {
            contract.AssertConverterRejectsString(input, Options(options));
        }
    }

    [Theory]
    [MemberData(nameof(EnumsAndOptions))]
    public void Every_enum_refuses_to_write_undefined_values(string enumName, string options) =>
        ImpEnumTables.All[enumName].AssertUndefinedValuesRejected(Options(options));

    [Theory]
    [MemberData(nameof(OptionNames))]
    public void TurnPhase_is_written_as_a_plain_json_string(string options)
    {
        JsonSerializer.Serialize(TurnPhase.ReceiveCommands, Options(options)).ShouldBe("\"receive_commands\"");
        JsonSerializer.Serialize<TurnPhase?>(TurnPhase.Finish, Options(options)).ShouldBe("\"finish\"");
        JsonSerializer.Serialize<TurnPhase?>(null, Options(options)).ShouldBe("null");
        JsonSerializer.Serialize(new Dictionary<TurnPhase, int> { [TurnPhase.PlanTools] = 1, [TurnPhase.Finish] = 2 }, Options(options))
            .ShouldBe("{\"plan_tools\":1,\"finish\":2}");
        JsonSerializer.Deserialize<TurnPhase?>("null", Options(options)).ShouldBeNull();
        JsonSerializer.Deserialize<TurnPhase?>("\"pre_turn\"", Options(options)).ShouldBe(TurnPhase.PreTurn);
    }

    /// <summary>JSON tokens that are not strings, with the text the error must show for them.</summary>
    public static TheoryData<string, string> NonStringTokens => new()
    {
        { "0", "0" },
        { "1", "1" },
        { "10", "10" },
        { "-1", "-1" },
        { "1.5", "1.5" },
        { "1e3", "1e3" },
        { "null", "null" },
        { "true", "true" },
        { "false", "false" },
        { "{}", "object" },
        { "[]", "array" },
        { "[\"finish\"]", "array" },
        { "{\"finish\":1}", "object" },
    };

    [Theory]
    [MemberData(nameof(NonStringTokens))]
    public void Non_string_tokens_are_rejected_with_type_value_and_allowed_names(string json, string shown)
    {
        foreach (JsonSerializerOptions options in new[] { ImpJson.Options, JsonSerializerOptions.Default })
        {
            JsonException ex = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<TurnPhase>(json, options));
            ex.Message.ShouldContain("TurnPhase", Case.Sensitive);
            ex.Message.ShouldContain(shown, Case.Sensitive);
            ex.Message.ShouldContain("\"receive_commands\"", Case.Sensitive);

            JsonException direct = Should.Throw<JsonException>(() => ReadDirect(json));
            direct.Message.ShouldContain("TurnPhase", Case.Sensitive);
            direct.Message.ShouldContain(shown, Case.Sensitive);
            direct.Message.ShouldContain("\"finish\"", Case.Sensitive);

            JsonException inObject = Should.Throw<JsonException>(
                () => JsonSerializer.Deserialize<Dictionary<string, TurnPhase>>("{\"phase\":" + json + "}", options));
            inObject.Message.ShouldContain("TurnPhase", Case.Sensitive);
            inObject.Path.ShouldBe("$.phase");
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("\"Finish\"")]
    [InlineData("\"\"")]
    public void Nullable_accepts_only_null_besides_wire_names(string json)
    {
        JsonException ex = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<TurnPhase?>(json, ImpJson.Options));
        ex.Message.ShouldContain("TurnPhase", Case.Sensitive);
    }

    [Theory]
    [MemberData(nameof(ParserBadInputTests.BadTurnPhaseNames), MemberType = typeof(ParserBadInputTests))]
    public void Unknown_strings_are_rejected_as_values_and_keys(string input)
    {
        if (input.Contains('\uD800', StringComparison.Ordinal))
        {
            return; // a lone surrogate cannot be read as a string at all; see Lone_surrogates_are_rejected
        }

        ImpEnumTables.TurnPhase.AssertConverterRejectsString(input, ImpJson.Options);
        ImpEnumTables.TurnPhase.AssertConverterRejectsString(input, JsonSerializerOptions.Default);
    }

    public static TheoryData<string, TurnPhase> EscapedValidNames => new()
    {
        { "\"\\u0066inish\"", TurnPhase.Finish },
        { "\"\\u0066\\u0069\\u006E\\u0069\\u0073\\u0068\"", TurnPhase.Finish },
        { "\"\\u0066\\u0069\\u006e\\u0069\\u0073\\u0068\"", TurnPhase.Finish },
        { "\"fini\\u0073h\"", TurnPhase.Finish },
        { "\"finis\\u0068\"", TurnPhase.Finish },
        { "\"receive\\u005Fcommands\"", TurnPhase.ReceiveCommands },
        // The longest name, every character escaped: 156 bytes, as long as an escaped name can get.
        { JsonText.FullyEscaped("finalize_assistant_message"), TurnPhase.FinalizeAssistantMessage },
    };

    [Theory]
    [MemberData(nameof(EscapedValidNames))]
    public void Escaped_wire_names_are_accepted(string json, TurnPhase expected)
    {
        JsonSerializer.Deserialize<TurnPhase>(json, ImpJson.Options).ShouldBe(expected);
        JsonSerializer.Deserialize<TurnPhase>(json, JsonSerializerOptions.Default).ShouldBe(expected);
        JsonSerializer.Deserialize<TurnPhase?>(json, ImpJson.Options).ShouldBe(expected);
        ReadDirect(json).ShouldBe(expected);

        Dictionary<TurnPhase, int>? byKey = JsonSerializer.Deserialize<Dictionary<TurnPhase, int>>("{" + json + ":7}", ImpJson.Options);
        byKey.ShouldNotBeNull();
        byKey.ShouldContainKeyAndValue(expected, 7);
    }

    /// <summary>Escaped JSON strings that unescape to something that is not a wire name, and what they unescape to.</summary>
    public static TheoryData<string, string> EscapedInvalidNames => new()
    {
        { "\"\\u0046inish\"", "Finish" },
        { "\"\\u0066inish\\u0000\"", "finish\0" },
        { "\"finish\\n\"", "finish\n" },
        { "\"\\tfinish\"", "\tfinish" },
        { "\"\\u0020finish\"", " finish" },
        { "\"finish\\/\"", "finish/" },
        { "\"fini\\\\sh\"", "fini\\sh" },
        { "\"\\\"finish\\\"\"", "\"finish\"" },
        { "\"\\u00E9\"", "\u00E9" },
        { "\"\\uD83E\\uDD80\"", "\U0001F980" },
        // One character longer than the longest name, fully escaped: longer than any escaped name can be.
        { JsonText.FullyEscaped("finalize_assistant_messages"), "finalize_assistant_messages" },
        { JsonText.FullyEscaped(new string('f', 1000)), new string('f', 1000) },
    };

    [Theory]
    [MemberData(nameof(EscapedInvalidNames))]
    public void Escaped_strings_that_are_not_wire_names_are_rejected(string json, string unescaped)
    {
        foreach (JsonSerializerOptions options in new[] { ImpJson.Options, JsonSerializerOptions.Default })
        {
            JsonException ex = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<TurnPhase>(json, options));
            ex.Message.ShouldContain("TurnPhase", Case.Sensitive);
            ex.Message.ShouldContain(unescaped.Length <= 128 ? unescaped : unescaped[..128], Case.Sensitive);
            ex.Message.ShouldContain("\"finish\"", Case.Sensitive);
            UnknownWireNameException inner = ex.InnerException.ShouldBeOfType<UnknownWireNameException>();
            inner.Value.ShouldBe(unescaped);

            JsonException key = Should.Throw<JsonException>(
                () => JsonSerializer.Deserialize<Dictionary<TurnPhase, int>>("{" + json + ":1}", options));
            key.Message.ShouldContain("TurnPhase", Case.Sensitive);
            key.InnerException.ShouldBeOfType<UnknownWireNameException>().Value.ShouldBe(unescaped);
        }
    }

    [Theory]
    [InlineData("\"\\uD800\"")]
    [InlineData("\"finish\\uDC00\"")]
    [InlineData("\"\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\\uD800\"")]
    public void Lone_surrogates_are_rejected(string json)
    {
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<TurnPhase>(json, ImpJson.Options));
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Dictionary<TurnPhase, int>>("{" + json + ":1}", ImpJson.Options));
    }

    [Fact]
    public void Invalid_utf8_in_a_string_is_rejected_with_a_JsonException()
    {
        byte[] json = [(byte)'"', 0xFF, .. "inish"u8, (byte)'"'];
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<TurnPhase>(json, ImpJson.Options));
    }

    [Theory]
    [InlineData("{\"Finish\":1}", "Finish")]
    [InlineData("{\"0\":1}", "0")]
    [InlineData("{\"\":1}", "")]
    [InlineData("{\"finish \":1}", "finish ")]
    [InlineData("{\"FINISH\":1}", "FINISH")]
    public void Unknown_dictionary_keys_are_rejected(string json, string key)
    {
        JsonException ex = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Dictionary<TurnPhase, int>>(json, ImpJson.Options));
        ex.Message.ShouldContain("TurnPhase", Case.Sensitive);
        ex.Message.ShouldContain("\"" + key + "\"", Case.Sensitive);
        ex.Message.ShouldContain("\"receive_commands\"", Case.Sensitive);
    }

    [Fact]
    public void Undefined_values_are_not_written()
    {
        JsonException ex = Should.Throw<JsonException>(() => JsonSerializer.Serialize((TurnPhase)99, ImpJson.Options));
        ex.Message.ShouldContain("TurnPhase", Case.Sensitive);
        ex.Message.ShouldContain("99", Case.Sensitive);
        Should.Throw<JsonException>(() => JsonSerializer.Serialize((TurnPhase)99, JsonSerializerOptions.Default));
        Should.Throw<JsonException>(() => JsonSerializer.Serialize(new Dictionary<TurnPhase, int> { [(TurnPhase)(-1)] = 1 }, ImpJson.Options));
        Should.Throw<JsonException>(() => JsonSerializer.Serialize(new EnumHolder<TurnPhase>(TurnPhase.Finish, null, (TurnPhase)11), ImpJson.Options));
    }

    [Fact]
    public void Reading_a_name_leaves_the_reader_on_it_for_the_serializer_to_move_on()
    {
        List<TurnPhase>? phases = JsonSerializer.Deserialize<List<TurnPhase>>(
            "[\"finish\", \"pre_turn\" ,\"\\u0066inish\",\"plan_tools\"]", ImpJson.Options);
        phases.ShouldBe([TurnPhase.Finish, TurnPhase.PreTurn, TurnPhase.Finish, TurnPhase.PlanTools]);
    }

    [Fact]
    public void A_converter_instance_writes_without_the_serializer()
    {
        var converter = new TurnPhaseJsonConverter();
        JsonText.WriteBytes(w => converter.Write(w, TurnPhase.DecideNext, JsonSerializerOptions.Default))
            .ShouldBe(Encoding.UTF8.GetBytes("\"decide_next\""));
        converter.CanConvert(typeof(TurnPhase)).ShouldBeTrue();
        converter.CanConvert(typeof(TurnPhase?)).ShouldBeFalse();
        converter.CanConvert(typeof(StopReason)).ShouldBeFalse();
    }

    private static TurnPhase ReadDirect(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read().ShouldBeTrue();
        return new TurnPhaseJsonConverter().Read(ref reader, typeof(TurnPhase), JsonSerializerOptions.Default);
    }

    private static JsonSerializerOptions Options(string name) => name switch
    {
        nameof(ImpJson) => ImpJson.Options,
        "Default" => JsonSerializerOptions.Default,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown options"),
    };
}
