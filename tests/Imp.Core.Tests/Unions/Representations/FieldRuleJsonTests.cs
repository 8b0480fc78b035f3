using System.Text.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Unions.Representations;

/// <summary>serde's field rules: <c>default</c> on a container and on a field, Option absent or null, and strictness.</summary>
public sealed class FieldRuleJsonTests
{
    [Fact]
    public void A_default_container_reads_an_empty_object_as_its_default_value()
    {
        var gate = (Settings.Gate)JsonSerializer.Deserialize<Settings>("""{"type":"GATE"}""")!;
        gate.ShouldBe(new Settings.Gate());
        gate.Attempts.ShouldBe(3u);
    }

    [Fact]
    public void A_default_container_keeps_the_fields_that_are_given()
    {
        var gate = (Settings.Gate)JsonSerializer.Deserialize<Settings>("""{"type":"GATE","name":"n","reason":"r"}""")!;
        gate.Id.ShouldBe("gate");
        gate.Name.ShouldBe("n");
        gate.Reason.ShouldBe("r");
    }

    [Fact]
    public void Default_fields_read_as_their_default_when_missing()
    {
        var limits = (Settings.Limits)JsonSerializer.Deserialize<Settings>("""{"type":"LIMITS"}""")!;
        limits.MaxTurns.ShouldBe(0);
        limits.Label.ShouldBe(string.Empty);
        limits.Tags.ShouldBeEmpty();
        limits.Budget.ShouldBe(100L);
        limits.Note.ShouldBeNull();
        limits.ExitCode.ShouldBeNull();
    }

    [Theory]
    [InlineData("""{"type":"GATE","artifacts":["a",null]}""", "Settings \"GATE\" field \"artifacts\"[1] cannot be null.")]
    [InlineData("""{"type":"GATE","id":null}""", "Settings \"GATE\" field \"id\" must be a string, but found null.")]
    [InlineData("""{"type":"LIMITS","label":null}""", "Settings \"LIMITS\" field \"label\" must be a string, but found null.")]
    [InlineData("""{"type":"LIMITS","maxTurns":null}""", "Settings \"LIMITS\" field \"maxTurns\" must be a whole number that fits an int, but found null.")]
    [InlineData("""{"type":"GATE","attempts":-1}""", "Settings \"GATE\" field \"attempts\" must be a whole number from 0 that fits a uint, but found the number -1.")]
    public void Default_is_about_missing_fields_not_null_ones(string json, string message) =>
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Settings>(json)).Message.ShouldBe(message);
}
