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
}
