using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Imp.Core.Tests.Unions.Representations;

// One union per serde representation, shaped after the reference types they stand for.

/// <summary>Like imp-core's <c>VerificationGateKind</c>: <c>#[serde(rename_all = "kebab-case", tag = "kind")]</c>.</summary>
[WireUnion(Tag = "kind", Naming = WireNaming.KebabCase)]
public abstract partial record GateKind
{
    public sealed record Command : GateKind;

    public sealed record DiffCheck : GateKind;

    public sealed record Custom(string Name) : GateKind;
}

/// <summary><c>#[serde(tag = "t", content = "c")]</c>, with a unit, a struct and a newtype variant.</summary>
[WireUnion(Tag = "t", Content = "c")]
public abstract partial record Adjacent
{
    public sealed record Idle : Adjacent;

    public sealed record Point(int X, int Y) : Adjacent;

    [WireNewtype]
    public sealed record Text(string Value) : Adjacent;
}

/// <summary>serde's default representation, variant names as written (no rename rule).</summary>
[WireUnion(Representation = WireRepresentation.ExternallyTagged, Naming = WireNaming.None)]
public abstract partial record External
{
    public sealed record Halt : External;

    public sealed record Move(int Dx, uint Steps) : External;

    [WireNewtype]
    public sealed record Say(string Text) : External;
}

/// <summary><c>#[serde(untagged)]</c>: the first variant that reads wins, so the order matters.</summary>
[WireUnion(Representation = WireRepresentation.Untagged)]
public abstract partial record Untagged
{
    public sealed record Pair(int A, int B) : Untagged;

    public sealed record Lone(int A) : Untagged;

    [WireNewtype]
    public sealed record Word(string Value) : Untagged;

    public sealed record Empty : Untagged;
}

/// <summary>A message body for an internally tagged newtype variant (imp-llm's <c>Message::User(UserMessage)</c>).</summary>
public sealed record UserBody([property: JsonPropertyName("content")] IReadOnlyList<string> Content, [property: JsonPropertyName("timestamp")] ulong Timestamp);

/// <summary>Like imp-llm's <c>Message</c>: <c>#[serde(tag = "role")]</c> with renamed newtype variants.</summary>
[WireUnion(Tag = "role")]
public abstract partial record Said
{
    [WireNewtype]
    [WireName("user")]
    public sealed record User(UserBody Body) : Said;

    public sealed record Note(string Text) : Said;
}

/// <summary>serde's field rules: container and field <c>default</c>, skipping None, renamed fields, a field naming rule.</summary>
[WireUnion(Naming = WireNaming.ScreamingSnakeCase, FieldNaming = WireNaming.CamelCase)]
public abstract partial record Settings
{
    [WireDefault]
    public sealed record Gate(string Id, string Name, IReadOnlyList<string> Artifacts, uint Attempts, string? Reason) : Settings
    {
        public Gate()
            : this("gate", string.Empty, [], 3, null)
        {
        }
    }

    public sealed record Limits(
        [WireDefault] int MaxTurns,
        [WireDefault] string Label,
        [WireDefault] IReadOnlyList<string> Tags,
        [WireDefault] long Budget = 100,
        [WireSkipIfNull] string? Note = null,
        [WireName("exit_code")] int? ExitCode = null) : Settings;
}
