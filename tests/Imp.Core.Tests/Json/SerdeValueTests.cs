using System.Linq;
using System.Text.Json;
using Imp.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Json;

/// <summary>
/// A <see cref="JsonElement"/> through <see cref="ImpJson.Options"/> is serde_json's <c>Value</c> (with
/// <c>preserve_order</c>). The golden corpus covers what serde reads; these cover what only C# can do: write an element
/// that did not come through the options, and the edges of the rules.
/// </summary>
public sealed class SerdeValueTests
{
    [Theory]
    [InlineData("""{"a":1e3,"b":[-0,1.50],"a":2}""", """{"a":2,"b":[-0.0,1.5]}""")]
    [InlineData("""{"k":{"x":1},"k":{"y":2}}""", """{"k":{"y":2}}""")]
    [InlineData("123456789012345678901234567890", "1.2345678901234568e29")]
    [InlineData("-9223372036854775808", "-9223372036854775808")]
    [InlineData("\"caf\\u00e9 \\u2028\"", "\"café \u2028\"")]
    public void An_element_made_elsewhere_is_written_as_serde_writes_it(string json, string serde)
    {
        using JsonDocument document = JsonDocument.Parse(json);

        JsonSerializer.Serialize(document.RootElement, ImpJson.Options).ShouldBe(serde);
    }

    [Fact]
    public void A_repeated_key_keeps_its_first_position_and_last_value_in_a_large_object()
    {
        string keys = string.Join(",", System.Linq.Enumerable.Range(0, 20).Select(i => $"\"k{i}\":{i}"));
        JsonElement read = JsonSerializer.Deserialize<JsonElement>($"{{{keys},\"k3\":\"last\",\"k19\":null}}", ImpJson.Options);

        read.EnumerateObject().Select(p => p.Name).ShouldBe(System.Linq.Enumerable.Range(0, 20).Select(i => $"k{i}"));
        read.GetProperty("k3").GetString().ShouldBe("last");
        read.GetProperty("k19").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void The_default_element_is_written_as_null()
    {
        JsonSerializer.Serialize(default(JsonElement), ImpJson.Options).ShouldBe("null");
    }

    [Theory]
    [InlineData("""{"n":1e400}""", "1e400 is out of range")]
    [InlineData("""[-1.8e308]""", "-1.8e308 is out of range")]
    [InlineData("\"\\ud800\"", "lone surrogate")]
    [InlineData("{\"\\udc00\":1}", "lone surrogate")]
    public void What_serde_json_refuses_is_a_JsonException_naming_the_value(string json, string message)
    {
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<JsonElement>(json, ImpJson.Options)).Message.ShouldContain(message);
    }

    [Fact]
    public void Nesting_deeper_than_serde_json_allows_is_refused_over_the_whole_document()
    {
        string deepest = new string('[', 127) + new string(']', 127);
        string deeper = new string('[', 128) + new string(']', 128);
        static string CallWithArgsNested(int depth) =>
            $$"""{"index":0,"id":"c","name":"n","args":{{new string('[', depth) + new string(']', depth)}},"risk":"read_only","retry_safe":true}""";

        JsonSerializer.Serialize(JsonSerializer.Deserialize<JsonElement>(deepest, ImpJson.Options), ImpJson.Options).ShouldBe(deepest);
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<JsonElement>(deeper, ImpJson.Options)).Message.ShouldContain("depth of 127");

        // The limit is over the whole document, as serde_json's: the call's object is one level.
        JsonSerializer.Deserialize<PlannedToolCall>(CallWithArgsNested(126), ImpJson.Options)!.Arguments.GetArrayLength().ShouldBe(1);
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<PlannedToolCall>(CallWithArgsNested(127), ImpJson.Options));
    }

    [Fact]
    public void Tool_call_arguments_are_read_as_a_value()
    {
        PlannedToolCall call = JsonSerializer.Deserialize<PlannedToolCall>(
            """{"index":0,"id":"c","name":"read","args":{"n":1E2,"n":-0},"risk":"read_only","retry_safe":true}""", ImpJson.Options)!;

        call.Arguments.GetRawText().ShouldBe("""{"n":-0.0}""");
    }
}
