using Imp.Generators.Naming;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Naming;

/// <summary>serde's rename_all = "snake_case" for variants, the names imp-core writes.</summary>
public sealed class SerdeSnakeCaseTests
{
    [Theory]
    [InlineData("ExecuteTools", "execute_tools")]
    [InlineData("ReceiveCommands", "receive_commands")]
    [InlineData("FinalizeAssistantMessage", "finalize_assistant_message")]
    [InlineData("Finish", "finish")]
    [InlineData("A", "a")]
    [InlineData("IOError", "i_o_error")]
    [InlineData("HTTPServer", "h_t_t_p_server")]
    [InlineData("Http2Error", "http2_error")]
    [InlineData("Error2", "error2")]
    [InlineData("Foo_Bar", "foo__bar")]
    [InlineData("Foo_bar", "foo_bar")]
    [InlineData("_Leading", "__leading")]
    [InlineData("lowerStart", "lower_start")]
    [InlineData("already_snake", "already_snake")]
    // Rust's to_ascii_lowercase leaves non-ASCII capitals alone, but is_uppercase still sees them.
    [InlineData("Ärger", "Ärger")]
    [InlineData("GrößeÄnderung", "größe_Änderung")]
    [InlineData("Straße", "straße")]
    // Other_Uppercase: a Roman numeral and a circled capital count as upper-case in Rust.
    [InlineData("Phase\u2160", "phase_\u2160")]
    [InlineData("Mark\u24B6", "mark_\u24B6")]
    // An astral capital (MATHEMATICAL BOLD CAPITAL A) is one character with an underscore before it.
    [InlineData("Bold\U0001D400", "bold_\U0001D400")]
    public void Converts_like_serde(string name, string expected) =>
        SerdeSnakeCase.Convert(name).ShouldBe(expected);

    // Other_Uppercase, the upper-case characters outside Lu, is five ranges (Unicode's PropList.txt): the first and
    // last of each get an underscore, their neighbours outside (none of them Lu) do not.
    [Theory]
    // ROMAN NUMERAL ONE..ROMAN NUMERAL ONE THOUSAND; outside: FRACTION NUMERATOR ONE, SMALL ROMAN NUMERAL ONE.
    [InlineData("Phase\u215F", "phase\u215F")]
    [InlineData("Phase\u2160", "phase_\u2160")]
    [InlineData("Phase\u216F", "phase_\u216F")]
    [InlineData("Phase\u2170", "phase\u2170")]
    // CIRCLED LATIN CAPITAL LETTER A..Z; outside: PARENTHESIZED LATIN SMALL LETTER Z, CIRCLED LATIN SMALL LETTER A.
    [InlineData("Mark\u24B5", "mark\u24B5")]
    [InlineData("Mark\u24B6", "mark_\u24B6")]
    [InlineData("Mark\u24CF", "mark_\u24CF")]
    [InlineData("Mark\u24D0", "mark\u24D0")]
    // SQUARED LATIN CAPITAL LETTER A..Z; outside: COPYLEFT SYMBOL, SQUARED HV.
    [InlineData("Mark\U0001F12F", "mark\U0001F12F")]
    [InlineData("Mark\U0001F130", "mark_\U0001F130")]
    [InlineData("Mark\U0001F149", "mark_\U0001F149")]
    [InlineData("Mark\U0001F14A", "mark\U0001F14A")]
    // NEGATIVE CIRCLED LATIN CAPITAL LETTER A..Z; outside: SQUARED WC, RAISED MC SIGN.
    [InlineData("Mark\U0001F14F", "mark\U0001F14F")]
    [InlineData("Mark\U0001F150", "mark_\U0001F150")]
    [InlineData("Mark\U0001F169", "mark_\U0001F169")]
    [InlineData("Mark\U0001F16A", "mark\U0001F16A")]
    // NEGATIVE SQUARED LATIN CAPITAL LETTER A..Z; outside: the code point before A, CROSSED NEGATIVE SQUARED CAPITAL P.
    [InlineData("Mark\U0001F16F", "mark\U0001F16F")]
    [InlineData("Mark\U0001F170", "mark_\U0001F170")]
    [InlineData("Mark\U0001F189", "mark_\U0001F189")]
    [InlineData("Mark\U0001F18A", "mark\U0001F18A")]
    // An astral Other_Uppercase character first gets no underscore, and the next capital is found after both halves.
    [InlineData("\U0001F130Ok", "\U0001F130_ok")]
    [InlineData("\U0001F130\U0001F189", "\U0001F130_\U0001F189")]
    public void Other_uppercase_characters_count_as_capitals(string name, string expected) =>
        SerdeSnakeCase.Convert(name).ShouldBe(expected);

    [Fact]
    public void Lone_surrogates_are_kept_and_are_not_capitals()
    {
        // Not [InlineData]: xunit re-encodes theory data as UTF-8, which turns a lone surrogate into U+FFFD.
        // A Rust string cannot hold one; the rule is extended by reading it as a character of its own that is
        // not upper-case, so it is copied and the next character is read on its own.
        SerdeSnakeCase.Convert("Name\uD83C").ShouldBe("name\uD83C");
        SerdeSnakeCase.Convert("Name\uD83CX").ShouldBe("name\uD83C_x");
        SerdeSnakeCase.Convert("\uD83CName").ShouldBe("\uD83C_name");
        SerdeSnakeCase.Convert("Name\uDD30").ShouldBe("name\uDD30");
        SerdeSnakeCase.Convert("\uDD30Name").ShouldBe("\uDD30_name");
        // A high surrogate before another high one stands alone; the second pairs with the low one after it.
        SerdeSnakeCase.Convert("A\uD83C\uD83C\uDD30").ShouldBe("a\uD83C_\U0001F130");
    }
}
