using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Imp.Core.Tests.TestSupport;
using Imp.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.WireEnums;

/// <summary>The generated code of the edge-case enums in <c>EdgeCaseEnums.cs</c>, against <see cref="EdgeCaseEnumTables"/>.</summary>
public sealed class EdgeCaseEnumTests
{
    public static TheoryData<string> Enums => new(EdgeCaseEnumTables.All.Keys);

    public static TheoryData<string, string> EnumsAndOptions
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string enumName in EdgeCaseEnumTables.All.Keys.Where(n => !EdgeCaseEnumTables.WrittenEscaped.Contains(n)))
            {
                data.Add(enumName, nameof(ImpJson));
                data.Add(enumName, "Default");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void Count_GetNames_and_GetValues_match_the_table(string enumName) =>
        EdgeCaseEnumTables.All[enumName].AssertCountNamesAndValues();

    [Theory]
    [MemberData(nameof(Enums))]
    public void Table_lists_every_declared_member(string enumName) =>
        EdgeCaseEnumTables.All[enumName].AssertTableCoversEveryDeclaredMember();

    [Theory]
    [MemberData(nameof(Enums))]
    public void Every_value_round_trips_through_every_parser(string enumName) =>
        EdgeCaseEnumTables.All[enumName].AssertParsersRoundTrip();

    [Theory]
    [MemberData(nameof(Enums))]
    public void Aliases_parse_but_are_neither_listed_nor_written(string enumName) =>
        EdgeCaseEnumTables.All[enumName].AssertAliases();

    [Theory]
    [MemberData(nameof(Enums))]
    public void Near_misses_are_rejected_by_every_parser(string enumName)
    {
        IWireEnumContract contract = EdgeCaseEnumTables.All[enumName];
        foreach (string input in contract.NearMisses().Concat(["", " ", "0", "1", "-1", "unknown"]))
        {
            contract.AssertParsersReject(input);
        }
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void Near_misses_are_rejected_by_the_converter(string enumName)
    {
        IWireEnumContract contract = EdgeCaseEnumTables.All[enumName];
        foreach (string input in contract.NearMisses().Concat(["", "0", "unknown"]))
        {
            contract.AssertConverterRejectsString(input, ImpJson.Options);
            contract.AssertConverterRejectsString(input, JsonSerializerOptions.Default);
        }
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void Undefined_values_have_no_wire_name(string enumName)
    {
        EdgeCaseEnumTables.All[enumName].AssertUndefinedValuesRejected(ImpJson.Options);
        EdgeCaseEnumTables.All[enumName].AssertUndefinedValuesRejected(JsonSerializerOptions.Default);
    }

    [Theory]
    [MemberData(nameof(EnumsAndOptions))]
    public void Every_value_round_trips_through_json(string enumName, string options) =>
        EdgeCaseEnumTables.All[enumName].AssertJsonRoundTrip(Options(options));

    [Theory]
    [MemberData(nameof(Enums))]
    public void Every_name_is_read_escaped_and_from_segmented_input(string enumName)
    {
        EdgeCaseEnumTables.All[enumName].AssertJsonReadsEscapedAndSegmentedNames(ImpJson.Options);
        EdgeCaseEnumTables.All[enumName].AssertJsonReadsEscapedAndSegmentedNames(JsonSerializerOptions.Default);
    }

    [Fact]
    public void Aliases_read_as_the_first_member_and_write_its_name()
    {
        AliasedOutcomeExtensions.Parse("ok").ShouldBe(AliasedOutcome.Success);
        AliasedOutcomeExtensions.Parse("given_up").ShouldBe(AliasedOutcome.Cancelled);
        AliasedOutcome.Ok.AsStr().ShouldBe("success");
        AliasedOutcome.Error.AsStr().ShouldBe("failure");
        AliasedOutcome.Abandoned.AsStr().ShouldBe("cancelled");
        AliasedOutcome.Again.AsStr().ShouldBe("retried");
        AliasedOutcomeExtensions.TryParse("abandoned", out _).ShouldBeFalse(); // [WireName] replaces the derived name
        AliasedOutcomeExtensions.GetNames().ShouldBe(["success", "failure", "cancelled", "retried"]);
        AliasedOutcomeExtensions.Count.ShouldBe(4);
        JsonSerializer.Deserialize<AliasedOutcome>("\"again\"").ShouldBe(AliasedOutcome.Retried);
        JsonSerializer.Serialize(AliasedOutcome.Again).ShouldBe("\"retried\"");

        ExplicitValues.AlsoZero.AsStr().ShouldBe("zero");
        ExplicitValuesExtensions.Parse("also_zero").ShouldBe(ExplicitValues.Zero);
        ByteSizedExtensions.Parse("also_high").ShouldBe(ByteSized.High);
    }

    [Fact]
    public void Values_keep_their_underlying_type_and_extremes()
    {
        LongSizedExtensions.Parse("max").ShouldBe((LongSized)long.MaxValue);
        LongSizedExtensions.Parse("min").ShouldBe((LongSized)long.MinValue);
        ((LongSized)long.MaxValue).AsStr().ShouldBe("max");
        ((LongSized)long.MinValue).AsStr().ShouldBe("min");
        UnsignedLongSizedExtensions.Parse("max").ShouldBe((UnsignedLongSized)ulong.MaxValue);
        ((ByteSized)255).AsStr().ShouldBe("high");
        ((SignedByteSized)sbyte.MinValue).AsStr().ShouldBe("min");
        ((ExplicitValues)int.MinValue).AsStr().ShouldBe("int_min");
        ((ExplicitValues)(-5)).AsStr().ShouldBe("negative_five");
        ExplicitValuesExtensions.GetValues().ShouldBe(
        [
            ExplicitValues.NegativeFive, ExplicitValues.Zero, ExplicitValues.One, ExplicitValues.Thousand,
            ExplicitValues.IntMin, ExplicitValues.IntMax, ExplicitValues.MinusTwo, ExplicitValues.MinusOne,
        ]);

        // Numbers are never names, whatever the underlying type.
        LongSizedExtensions.TryParse("9223372036854775807", out _).ShouldBeFalse();
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<LongSized>("9223372036854775807"));
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<ByteSized>("255"));

        ArgumentOutOfRangeException ex = Should.Throw<ArgumentOutOfRangeException>(() => ((UnsignedLongSized)(ulong.MaxValue - 1)).AsStr());
        ex.Message.ShouldContain("18446744073709551614", Case.Sensitive);
    }

    [Fact]
    public void Non_ascii_names_follow_serdes_ascii_only_lower_casing()
    {
        NonAsciiNames.Ärger.AsStr().ShouldBe("Ärger");
        NonAsciiNames.GrößeÄnderung.AsStr().ShouldBe("größe_Änderung");
        NonAsciiNames.PhaseⅡ.AsStr().ShouldBe("phase_Ⅱ");
        NonAsciiNamesExtensions.TryParse("ärger", out _).ShouldBeFalse();
        NonAsciiNamesExtensions.TryParse("größe_änderung", out _).ShouldBeFalse();
        NonAsciiNamesExtensions.TryParse("GRÖSSE", out _).ShouldBeFalse();

        // Another normalization form of the same text is another name: "é" precomposed vs "e" + combining accent.
        NonAsciiNamesExtensions.TryParse("caf\u00E9", out NonAsciiNames precomposed).ShouldBeTrue();
        precomposed.ShouldBe(NonAsciiNames.Café);
        NonAsciiNamesExtensions.TryParse("cafe\u0301", out _).ShouldBeFalse();
        NonAsciiNamesExtensions.TryParse("cafe\u0301"u8, out _).ShouldBeFalse();
    }

    [Fact]
    public void Non_ascii_names_are_written_as_raw_utf8()
    {
        foreach (JsonSerializerOptions options in new[] { ImpJson.Options, JsonSerializerOptions.Default })
        {
            JsonSerializer.SerializeToUtf8Bytes(NonAsciiNames.GrößeÄnderung, options)
                .ShouldBe(Encoding.UTF8.GetBytes("\"größe_Änderung\""));
            JsonSerializer.SerializeToUtf8Bytes(RenamedMembers.Size, options)
                .ShouldBe([(byte)'"', (byte)'g', (byte)'r', 0xC3, 0xB6, 0xC3, 0x9F, (byte)'e', (byte)'-', 0xC3, 0x84, (byte)'"']);
            JsonSerializer.Serialize(new Dictionary<NonAsciiNames, int> { [NonAsciiNames.ΣigmaΩmega] = 1 }, options)
                .ShouldBe("{\"Σigma_Ωmega\":1}");
            JsonSerializer.Serialize(Maßeinheit.Fuß, options).ShouldBe("\"fuß\"");
        }
    }

    [Fact]
    public void Names_json_must_escape_are_escaped_as_serde_does()
    {
        JsonSerializer.Serialize(RenamedMembers.Quote).ShouldBe("\"say \\\"hi\\\"\"");
        JsonSerializer.Serialize(RenamedMembers.Backslash).ShouldBe("\"back\\\\slash\"");
        JsonSerializer.Serialize(RenamedMembers.HtmlSensitive).ShouldBe("\"</script>&'+`\"");
        JsonSerializer.Serialize(new Dictionary<RenamedMembers, int> { [RenamedMembers.Quote] = 1 }).ShouldBe("{\"say \\\"hi\\\"\":1}");
        JsonSerializer.Deserialize<RenamedMembers>("\"say \\\"hi\\\"\"").ShouldBe(RenamedMembers.Quote);
        JsonSerializer.Deserialize<RenamedMembers>("\"say \\u0022hi\\u0022\"").ShouldBe(RenamedMembers.Quote);
        JsonSerializer.Deserialize<RenamedMembers>("\"back\\u005Cslash\"").ShouldBe(RenamedMembers.Backslash);
        JsonSerializer.Deserialize<RenamedMembers>("\"\\u003C/script\\u003E\\u0026\\u0027+`\"").ShouldBe(RenamedMembers.HtmlSensitive);
    }

    [Fact]
    public void WireName_overrides_replace_the_derived_name_exactly()
    {
        RenamedMembersExtensions.Parse("Beta").ShouldBe(RenamedMembers.Alpha);
        RenamedMembersExtensions.Parse("beta").ShouldBe(RenamedMembers.Beta);
        RenamedMembersExtensions.TryParse("alpha", out _).ShouldBeFalse();
        RenamedMembersExtensions.TryParse("success", out _).ShouldBeFalse();
        RenamedMembersExtensions.Parse("123").ShouldBe(RenamedMembers.Numeric);
        JsonSerializer.Deserialize<RenamedMembers>("\"123\"").ShouldBe(RenamedMembers.Numeric);
        JsonException number = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<RenamedMembers>("123"));
        number.Message.ShouldContain("123", Case.Sensitive);
        RenamedMembersExtensions.Parse("receive_commands").ShouldBe(RenamedMembers.SharedWithAnotherEnum);
        TurnPhaseExtensions.Parse("receive_commands").ShouldBe(TurnPhase.ReceiveCommands);
    }

    [Fact]
    public void Keyword_and_clashing_member_names_work()
    {
        KeywordMembers.@class.AsStr().ShouldBe("class");
        KeywordMembers.@event.AsStr().ShouldBe("event");
        KeywordMembers.value.AsStr().ShouldBe("value");
        KeywordMembers.Count.AsStr().ShouldBe("count");
        KeywordMembersExtensions.Parse("class").ShouldBe(KeywordMembers.@class);
        KeywordMembersExtensions.Parse("result").ShouldBe(KeywordMembers.result);
        KeywordMembersExtensions.TryParse("utf8"u8, out KeywordMembers utf8).ShouldBeTrue();
        utf8.ShouldBe(KeywordMembers.utf8);
        KeywordMembersExtensions.Count.ShouldBe(21);
        JsonSerializer.Serialize(KeywordMembers.ScratchLength).ShouldBe("\"scratch_length\"");
        JsonSerializer.Deserialize<KeywordMembers>("\"type_to_convert\"").ShouldBe(KeywordMembers.typeToConvert);
    }

    [Fact]
    public void Digits_and_capital_runs_follow_serde()
    {
        DigitsAndCapitals.Http2Error.AsStr().ShouldBe("http2_error");
        DigitsAndCapitals.IOError.AsStr().ShouldBe("i_o_error");
        DigitsAndCapitals.HTTPServer.AsStr().ShouldBe("h_t_t_p_server");
        DigitsAndCapitals.Foo_Bar.AsStr().ShouldBe("foo__bar");

        // System.Text.Json's SnakeCaseLower spellings are not accepted: the wire speaks serde.
        DigitsAndCapitalsExtensions.TryParse("io_error", out _).ShouldBeFalse();
        DigitsAndCapitalsExtensions.TryParse("http_server", out _).ShouldBeFalse();
        DigitsAndCapitalsExtensions.TryParse("foo_bar", out _).ShouldBeFalse();
    }

    [Fact]
    public void An_enum_without_members_parses_nothing_and_writes_nothing()
    {
        NoMembersExtensions.Count.ShouldBe(0);
        NoMembersExtensions.GetNames().ShouldBeEmpty();
        NoMembersExtensions.GetValues().ShouldBeEmpty();
        NoMembersExtensions.TryParse("", out _).ShouldBeFalse();
        NoMembersExtensions.TryParse(""u8, out _).ShouldBeFalse();
        UnknownWireNameException ex = Should.Throw<UnknownWireNameException>(() => NoMembersExtensions.Parse("anything"));
        ex.AllowedNames.ShouldBeEmpty();
        JsonException json = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<NoMembers>("\"anything\""));
        json.Message.ShouldContain("NoMembers", Case.Sensitive);
        json.Message.ShouldContain("anything", Case.Sensitive);
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<NoMembers>(JsonText.FullyEscaped("anything")));
        Should.Throw<JsonException>(() => JsonSerializer.Serialize(default(NoMembers)));
        Should.Throw<ArgumentOutOfRangeException>(() => default(NoMembers).AsStr());
    }

    [Fact]
    public void Generated_classes_sit_next_to_the_enum_with_its_accessibility()
    {
        AssertGenerated(typeof(TurnPhase), typeof(TurnPhaseExtensions), typeof(TurnPhaseJsonConverter), isPublic: true);
        AssertGenerated(typeof(AliasedOutcome), typeof(AliasedOutcomeExtensions), typeof(AliasedOutcomeJsonConverter), isPublic: true);
        AssertGenerated(typeof(EnumContainer.NestedKind), typeof(NestedKindExtensions), typeof(NestedKindJsonConverter), isPublic: true);
        AssertGenerated(typeof(EnumContainer.Deeper.DeeplyNestedKind), typeof(DeeplyNestedKindExtensions), typeof(DeeplyNestedKindJsonConverter), isPublic: true);
        AssertGenerated(typeof(Maßeinheit), typeof(MaßeinheitExtensions), typeof(MaßeinheitJsonConverter), isPublic: true);

        // Internal, or public but not reachable from other assemblies: the generated classes must not be public.
        AssertGenerated(typeof(InternalKind), typeof(InternalKindExtensions), typeof(InternalKindJsonConverter), isPublic: false);
        AssertGenerated(typeof(InternalContainer.PublicInInternalKind), typeof(PublicInInternalKindExtensions), typeof(PublicInInternalKindJsonConverter), isPublic: false);
        AssertGenerated(typeof(ProtectedInternalHost.ProtectedInternalKind), typeof(ProtectedInternalKindExtensions), typeof(ProtectedInternalKindJsonConverter), isPublic: false);

        typeof(GlobalNamespaceKindExtensions).Namespace.ShouldBeNull();
        typeof(GlobalNamespaceKindJsonConverter).Namespace.ShouldBeNull();
        AssertGenerated(typeof(GlobalNamespaceKind), typeof(GlobalNamespaceKindExtensions), typeof(GlobalNamespaceKindJsonConverter), isPublic: true);
    }

    [Fact]
    public void Count_is_a_const_field()
    {
        FieldInfo? count = typeof(InternalKindExtensions).GetField("Count", BindingFlags.Public | BindingFlags.Static);
        count.ShouldNotBeNull();
        count.IsLiteral.ShouldBeTrue();
        count.GetRawConstantValue().ShouldBe(2);
    }

    [Fact]
    public void Names_beyond_the_bmp_and_unusual_spaces_are_written_as_raw_utf8_like_serde()
    {
        JsonSerializer.Serialize(RawUtf8Names.Crab, ImpJson.Options).ShouldBe("\"crab_\U0001F980\"");
        JsonSerializer.Serialize(RawUtf8Names.NoBreak, ImpJson.Options).ShouldBe("\"no\u00A0break\"");
        JsonSerializer.Serialize(RawUtf8Names.LineSeparator, ImpJson.Options).ShouldBe("\"line\u2028separator\"");
        JsonSerializer.Serialize(new Dictionary<RawUtf8Names, int> { [RawUtf8Names.Crab] = 1 }, ImpJson.Options).ShouldBe("{\"crab_\U0001F980\":1}");
        EdgeCaseEnumTables.RawUtf8Names.AssertJsonRoundTrip(ImpJson.Options);
        EdgeCaseEnumTables.RawUtf8Names.AssertJsonRoundTrip(JsonSerializerOptions.Default);
    }

    [Fact]
    public void Names_beyond_the_bmp_and_unusual_spaces_are_read_raw_and_escaped()
    {
        JsonSerializer.Deserialize<RawUtf8Names>("\"crab_\U0001F980\"").ShouldBe(RawUtf8Names.Crab);
        JsonSerializer.Deserialize<RawUtf8Names>("\"crab_\\uD83E\\uDD80\"").ShouldBe(RawUtf8Names.Crab);
        JsonSerializer.Deserialize<RawUtf8Names>("\"no\u00A0break\"").ShouldBe(RawUtf8Names.NoBreak);
        JsonSerializer.Deserialize<RawUtf8Names>("\"no\\u00a0break\"").ShouldBe(RawUtf8Names.NoBreak);
        JsonSerializer.Deserialize<RawUtf8Names>("\"line\u2028separator\"").ShouldBe(RawUtf8Names.LineSeparator);
        RawUtf8NamesExtensions.TryParse("crab_\U0001F980"u8, out RawUtf8Names crab).ShouldBeTrue();
        crab.ShouldBe(RawUtf8Names.Crab);
        RawUtf8NamesExtensions.TryParse("no break", out _).ShouldBeFalse();
        RawUtf8NamesExtensions.TryParse("crab_\uD83E", out _).ShouldBeFalse();
    }

    private static void AssertGenerated(Type enumType, Type extensions, Type converter, bool isPublic)
    {
        extensions.Namespace.ShouldBe(enumType.Namespace);
        converter.Namespace.ShouldBe(enumType.Namespace);
        extensions.IsNested.ShouldBeFalse();
        converter.IsNested.ShouldBeFalse();
        extensions.Name.ShouldBe(enumType.Name + "Extensions");
        converter.Name.ShouldBe(enumType.Name + "JsonConverter");

        extensions.IsPublic.ShouldBe(isPublic, $"{extensions.Name} public");
        extensions.IsNotPublic.ShouldBe(!isPublic, $"{extensions.Name} internal");
        converter.IsPublic.ShouldBe(isPublic, $"{converter.Name} public");
        converter.IsNotPublic.ShouldBe(!isPublic, $"{converter.Name} internal");

        (extensions.IsAbstract && extensions.IsSealed).ShouldBeTrue($"{extensions.Name} is static");
        converter.IsSealed.ShouldBeTrue();
        converter.BaseType.ShouldBe(typeof(JsonConverter<>).MakeGenericType(enumType));
        converter.GetConstructor(Type.EmptyTypes).ShouldNotBeNull();

        MethodInfo asStr = extensions.GetMethod("AsStr", BindingFlags.Public | BindingFlags.Static).ShouldNotBeNull();
        asStr.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute)).ShouldBeTrue();
    }

    private static JsonSerializerOptions Options(string name) => name switch
    {
        nameof(ImpJson) => ImpJson.Options,
        "Default" => JsonSerializerOptions.Default,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown options"),
    };
}
