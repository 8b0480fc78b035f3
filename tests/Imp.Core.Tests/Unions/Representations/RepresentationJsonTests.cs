using System.Text.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Unions.Representations;

/// <summary>Each serde representation written byte for byte as serde_json writes it, read back, and refused where serde refuses.</summary>
public sealed class RepresentationJsonTests
{
    public static TheoryData<object, string> Written { get; } = new()
    {
        { new GateKind.Command(), """{"kind":"command"}""" },
        { new GateKind.DiffCheck(), """{"kind":"diff-check"}""" },
        { new GateKind.Custom("lint"), """{"kind":"custom","name":"lint"}""" },
        { new Adjacent.Idle(), """{"t":"idle"}""" },
        { new Adjacent.Point(1, -2), """{"t":"point","c":{"x":1,"y":-2}}""" },
        { new Adjacent.Text("hi"), """{"t":"text","c":"hi"}""" },
        { new External.Halt(), "\"Halt\"" },
        { new External.Move(-3, 4000000000), """{"Move":{"dx":-3,"steps":4000000000}}""" },
        { new External.Say("yo"), """{"Say":"yo"}""" },
        { new Untagged.Pair(1, 2), """{"a":1,"b":2}""" },
        { new Untagged.Lone(1), """{"a":1}""" },
        { new Untagged.Word("w"), "\"w\"" },
        { new Untagged.Empty(), "null" },
        { new Said.User(new UserBody(["a"], 7)), """{"role":"user","content":["a"],"timestamp":7}""" },
        { new Said.Note("n"), """{"role":"note","text":"n"}""" },
        { new Settings.Gate("g", "n", ["x"], 1, null), """{"type":"GATE","id":"g","name":"n","artifacts":["x"],"attempts":1,"reason":null}""" },
        { new Settings.Limits(1, "l", [], 5, null, 2), """{"type":"LIMITS","maxTurns":1,"label":"l","tags":[],"budget":5,"exit_code":2}""" },
        { new Settings.Limits(1, "l", [], 5, "n"), """{"type":"LIMITS","maxTurns":1,"label":"l","tags":[],"budget":5,"note":"n","exit_code":null}""" },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void Writes_as_serde_and_reads_back(object value, string json)
    {
        JsonSerializer.Serialize(value, value.GetType().BaseType!).ShouldBe(json);
        object back = JsonSerializer.Deserialize(json, value.GetType().BaseType!)!;
        JsonSerializer.Serialize(back, value.GetType().BaseType!).ShouldBe(json);
        back.GetType().ShouldBe(value.GetType());
    }

    [Theory]
    [InlineData("""{"name":"lint","kind":"custom"}""")]
    [InlineData("""{"kind":"custom","extra":[1,{"kind":"x"}],"name":"lint"}""")]
    public void Internally_tagged_reads_the_tag_anywhere_and_skips_unknown_fields(string json) =>
        JsonSerializer.Deserialize<GateKind>(json).ShouldBe(new GateKind.Custom("lint"));

    [Theory]
    [InlineData("""{"kind":"command","kind":"command"}""", "GateKind has the tag \"kind\" twice.")]
    [InlineData("""{"kind":"custom","name":"a","name":"b"}""", "GateKind \"custom\" has the field \"name\" twice.")]
    [InlineData("""{"type":"custom","name":"a"}""", "GateKind has no \"kind\" property; expected one of \"command\", \"diff-check\", \"custom\".")]
    [InlineData("""{"kind":"diff_check"}""", "GateKind has no variant \"diff_check\"; expected one of \"command\", \"diff-check\", \"custom\".")]
    [InlineData("""{"kind":"custom","name":null}""", "GateKind \"custom\" field \"name\" must be a string, but found null.")]
    public void Internally_tagged_refuses_what_serde_refuses(string json, string message) =>
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<GateKind>(json)).Message.ShouldBe(message);

    [Theory]
    [InlineData("""{"c":{"y":2,"x":1},"t":"point"}""")]
    [InlineData("""{"t":"point","other":true,"c":{"x":1,"y":2}}""")]
    public void Adjacently_tagged_reads_tag_and_content_in_either_order(string json) =>
        JsonSerializer.Deserialize<Adjacent>(json).ShouldBe(new Adjacent.Point(1, 2));

    [Theory]
    [InlineData("""{"t":"idle","c":null}""")]
    [InlineData("""{"c":null,"t":"idle"}""")]
    public void Adjacently_tagged_unit_variant_takes_null_content(string json) =>
        JsonSerializer.Deserialize<Adjacent>(json).ShouldBe(new Adjacent.Idle());

    [Theory]
    [InlineData("""{"t":"point"}""", "Adjacent \"point\" is missing its \"c\".")]
    [InlineData("""{"t":"idle","c":1}""", "Adjacent \"idle\" has no fields, so its content must be null or absent, but found the number 1.")]
    [InlineData("""{"t":"point","c":{"x":1,"y":2},"c":{"x":1,"y":2}}""", "Adjacent \"point\" has the field \"c\" twice.")]
    [InlineData("""{"t":"text","t":"text","c":"a"}""", "Adjacent has the tag \"t\" twice.")]
    [InlineData("""{"t":"point","c":[1,2]}""", "Adjacent \"point\" is read from a JSON object, but found an array.")]
    public void Adjacently_tagged_refuses_what_serde_refuses(string json, string message) =>
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Adjacent>(json)).Message.ShouldBe(message);

    [Fact]
    public void Externally_tagged_unit_variant_also_reads_from_a_key_with_null() =>
        JsonSerializer.Deserialize<External>("""{"Halt":null}""").ShouldBe(new External.Halt());

    [Theory]
    [InlineData("\"Move\"", "External \"Move\" has fields, so it cannot be read from its name alone.")]
    [InlineData("\"move\"", "External has no variant \"move\"; expected one of \"Halt\", \"Move\", \"Say\".")]
    [InlineData("""{"Say":"a","Halt":null}""", "External is read from an object with exactly one key, one of \"Halt\", \"Move\", \"Say\".")]
    [InlineData("{}", "External is read from an object with exactly one key, one of \"Halt\", \"Move\", \"Say\".")]
    [InlineData("""{"Move":{"dx":1,"steps":-1}}""", "External \"Move\" field \"steps\" must be a whole number from 0 that fits a uint, but found the number -1.")]
    [InlineData("""{"Move":{"dx":1,"steps":4294967296}}""", "External \"Move\" field \"steps\" must be a whole number from 0 that fits a uint, but found the number 4294967296.")]
    [InlineData("[]", "External is read from a variant name or an object with one key, one of \"Halt\", \"Move\", \"Say\", but found an array.")]
    public void Externally_tagged_refuses_what_serde_refuses(string json, string message) =>
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<External>(json)).Message.ShouldBe(message);

    [Theory]
    [InlineData("""{"b":2,"a":1}""", typeof(Untagged.Pair))]
    [InlineData("""{"a":1,"z":0}""", typeof(Untagged.Lone))]
    [InlineData("\"text\"", typeof(Untagged.Word))]
    [InlineData("null", typeof(Untagged.Empty))]
    public void Untagged_takes_the_first_variant_that_reads(string json, System.Type expected) =>
        JsonSerializer.Deserialize<Untagged>(json)!.GetType().ShouldBe(expected);

    [Fact]
    public void Untagged_refuses_a_value_no_variant_reads()
    {
        JsonException error = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Untagged>("""{"b":2}"""));
        error.Message.ShouldBe("Untagged is untagged, and the value matches none of its variants (\"pair\", \"lone\", \"word\", \"empty\").");
        error.InnerException.ShouldBeOfType<JsonException>();
    }

    [Fact]
    public void Untagged_leaves_the_reader_after_the_value_it_read()
    {
        Untagged[] items = JsonSerializer.Deserialize<Untagged[]>("""[{"a":1},"w",null,{"a":1,"b":2}]""")!;
        items.ShouldBe([new Untagged.Lone(1), new Untagged.Word("w"), new Untagged.Empty(), new Untagged.Pair(1, 2)]);
    }

    [Fact]
    public void Internally_tagged_newtype_reads_the_value_beside_the_tag()
    {
        var said = (Said.User)JsonSerializer.Deserialize<Said>("""{"timestamp":9,"content":["x","y"],"role":"user"}""")!;
        said.Body.Content.ShouldBe(["x", "y"]);
        said.Body.Timestamp.ShouldBe(9UL);
    }
}
