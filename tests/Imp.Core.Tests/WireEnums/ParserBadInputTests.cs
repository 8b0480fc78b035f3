using System;
using System.Linq;
using System.Text;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.WireEnums;

/// <summary>
/// What the parsers must refuse: anything but an exact wire name. Each parser is checked on its own against the same
/// inputs, then every SDK enum against near misses of its own names.
/// </summary>
public sealed class ParserBadInputTests
{
    private static readonly string[] AllowedTurnPhaseNames =
    [
        "receive_commands", "pre_turn", "build_context", "sample_model", "finalize_assistant_message", "plan_tools",
        "execute_tools", "record_observations", "assess_turn", "decide_next", "finish",
    ];

    /// <summary>Not wire names of <see cref="TurnPhase"/>, though each is close to one.</summary>
    public static TheoryData<string> BadTurnPhaseNames => new(
    [
        "unknown",
        "ReceiveCommands",
        "Finish",
        "RECEIVE_COMMANDS",
        "Receive_Commands",
        "receive_Commands",
        "FINISH",
        "fINISH",
        "0",
        "1",
        "10",
        "11",
        "-1",
        "+0",
        "0x0",
        "1.0",
        "1e1",
        " receive_commands",
        "receive_commands ",
        " finish ",
        "\tfinish",
        "finish\n",
        "finish\r\n",
        "\u00A0finish",
        "finish\u200B",
        "\uFEFFfinish",
        "",
        " ",
        "receive_command",
        "receive_commandss",
        "receive_commands_",
        "_receive_commands",
        "eceive_commands",
        "finish\0",
        "\0finish",
        "fin\0ish",
        "receive-commands",
        "receivecommands",
        "receive__commands",
        "receive commands",
        "finish,pre_turn",
        "finish|pre_turn",
        "\"finish\"",
        "'finish'",
        "\uFB01nish",                // ligature "fi"
        "fini\u017Fh",               // long s, which upper-cases to S
        "f\u0131n\u0131sh",          // dotless i
        "\uFF46\uFF49\uFF4E\uFF49\uFF53\uFF48", // full-width "finish"
        "finish\u0301",              // combining acute accent
        "f\u0456n\u0456sh",          // Cyrillic i
        "\uD800finish",              // lone surrogate
        new string('x', 100_000),
        "finish" + new string('h', 10_000),
        string.Concat(Enumerable.Repeat("finish", 5_000)),
    ]);

    /// <summary>Byte sequences that are not the UTF-8 of a wire name, though each holds "finish" in some form.</summary>
    public static TheoryData<byte[]> BadTurnPhaseUtf8 => new(
    [
        [],
        [0xEF, 0xBB, 0xBF, .. "finish"u8],           // UTF-8 byte-order mark
        Encoding.Unicode.GetBytes("finish"),          // UTF-16LE
        [0xC1, 0xA6, .. "inish"u8],                   // overlong encoding of 'f'
        [0xFF, .. "finish"u8],                        // invalid byte
        [.. "finish"u8, 0x80],                        // stray continuation byte
        [.. "finish"u8, 0x00],                        // C-style terminator
        [.. "finis"u8],                               // truncated
        [.. "FINISH"u8],
        [.. "finish"u8, .. "finish"u8],
        [0xED, 0xA0, 0x80, .. "finish"u8],            // encoded surrogate (CESU-8)
        Encoding.Latin1.GetBytes("fini\u00DF"),       // Latin-1, not UTF-8
    ]);

    [Theory]
    [MemberData(nameof(BadTurnPhaseNames))]
    public void Parse_throws_UnknownWireNameException(string input)
    {
        UnknownWireNameException ex = Should.Throw<UnknownWireNameException>(() => TurnPhaseExtensions.Parse(input));
        ex.ShouldBeAssignableTo<FormatException>();
        ex.EnumType.ShouldBe(typeof(TurnPhase));
        ex.Value.ShouldBe(input);
        ex.AllowedNames.ShouldBe(AllowedTurnPhaseNames);
        ex.Message.ShouldContain("TurnPhase", Case.Sensitive);
        ex.Message.ShouldContain(input.Length <= 128 ? input : input[..128], Case.Sensitive);
        ex.Message.ShouldContain("\"receive_commands\"", Case.Sensitive);
        ex.Message.ShouldContain("\"finish\"", Case.Sensitive);
    }

    [Theory]
    [MemberData(nameof(BadTurnPhaseNames))]
    public void TryParse_string_returns_false(string input)
    {
        TurnPhaseExtensions.TryParse(input, out TurnPhase result).ShouldBeFalse();
        result.ShouldBe(default);
    }

    [Theory]
    [MemberData(nameof(BadTurnPhaseNames))]
    public void TryParse_chars_returns_false(string input)
    {
        TurnPhaseExtensions.TryParse(input.AsSpan(), out TurnPhase result).ShouldBeFalse();
        result.ShouldBe(default);
    }

    [Theory]
    [MemberData(nameof(BadTurnPhaseNames))]
    public void TryParse_utf8_returns_false(string input)
    {
        TurnPhaseExtensions.TryParse(Encoding.UTF8.GetBytes(input).AsSpan(), out TurnPhase result).ShouldBeFalse();
        result.ShouldBe(default);
    }

    [Theory]
    [MemberData(nameof(BadTurnPhaseUtf8))]
    public void TryParse_utf8_returns_false_for_bytes_that_are_not_a_wire_names_utf8(byte[] input)
    {
        TurnPhaseExtensions.TryParse(input.AsSpan(), out TurnPhase result).ShouldBeFalse();
        result.ShouldBe(default);
    }

    [Fact]
    public void TryParse_chars_respects_the_spans_bounds()
    {
        // The text holds a wire name just past the span's end, and one just before its start.
        TurnPhaseExtensions.TryParse("finish".AsSpan(0, 5), out _).ShouldBeFalse();
        TurnPhaseExtensions.TryParse("finishes".AsSpan(0, 6), out TurnPhase prefix).ShouldBeTrue();
        prefix.ShouldBe(TurnPhase.Finish);
        TurnPhaseExtensions.TryParse("xfinish".AsSpan(1), out TurnPhase suffix).ShouldBeTrue();
        suffix.ShouldBe(TurnPhase.Finish);
        TurnPhaseExtensions.TryParse(ReadOnlySpan<char>.Empty, out _).ShouldBeFalse();
        TurnPhaseExtensions.TryParse(ReadOnlySpan<byte>.Empty, out _).ShouldBeFalse();
        TurnPhaseExtensions.TryParse("finish"u8[..5], out _).ShouldBeFalse();
    }

    [Fact]
    public void Parse_null_throws_ArgumentNullException()
    {
        ArgumentNullException ex = Should.Throw<ArgumentNullException>(() => TurnPhaseExtensions.Parse(null!));
        ex.ParamName.ShouldBe("value");
        ex.ShouldNotBeOfType<UnknownWireNameException>();
    }

    [Fact]
    public void TryParse_null_string_returns_false()
    {
        TurnPhaseExtensions.TryParse((string?)null, out TurnPhase result).ShouldBeFalse();
        result.ShouldBe(default);
    }

    [Fact]
    public void Every_enums_parsers_reject_null()
    {
        Should.Throw<ArgumentNullException>(() => ContinueReasonExtensions.Parse(null!));
        Should.Throw<ArgumentNullException>(() => StopReasonExtensions.Parse(null!));
        Should.Throw<ArgumentNullException>(() => ToolRiskExtensions.Parse(null!));
        Should.Throw<ArgumentNullException>(() => ToolExecutionModeExtensions.Parse(null!));
        Should.Throw<ArgumentNullException>(() => RetryConditionExtensions.Parse(null!));
        Should.Throw<ArgumentNullException>(() => VerificationGateStatusExtensions.Parse(null!));
        Should.Throw<ArgumentNullException>(() => VerificationGateRequirementExtensions.Parse(null!));
        Should.Throw<ArgumentNullException>(() => VerificationCloseoutEffectExtensions.Parse(null!));
        ToolRiskExtensions.TryParse((string?)null, out _).ShouldBeFalse();
    }

    public static TheoryData<string, string> NearMissesOfEveryEnum
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach ((string enumName, IWireEnumContract contract) in ImpEnumTables.All)
            {
                foreach (string input in contract.NearMisses())
                {
                    data.Add(enumName, input);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(NearMissesOfEveryEnum))]
    public void Every_enums_parsers_reject_near_misses_of_its_names(string enumName, string input) =>
        ImpEnumTables.All[enumName].AssertParsersReject(input);

    [Theory]
    [MemberData(nameof(Enums))]
    public void Every_enums_parsers_reject_generic_bad_input(string enumName)
    {
        IWireEnumContract contract = ImpEnumTables.All[enumName];
        foreach (string input in new[] { "", " ", "0", "1", "-1", "null", "true", "unknown", new string('a', 50_000) })
        {
            contract.AssertParsersReject(input);
        }
    }

    public static TheoryData<string> Enums => new(ImpEnumTables.All.Keys);
}
