using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Imp.Benchmarks.Unions;

/// <summary>
/// RunFinalStatus's struct variants, externally tagged as serde writes it by default: <c>{"done":{"reason":…}}</c>.
/// </summary>
[WireUnion(Representation = WireRepresentation.ExternallyTagged)]
public abstract partial record ExternalStatus
{
    public sealed partial record Done(StopReason Reason) : ExternalStatus;

    public sealed partial record DoneWithConcerns(StopReason Reason, IReadOnlyList<string> Concerns) : ExternalStatus;

    public sealed partial record Blocked(StopReason Reason, string Message) : ExternalStatus;
}

/// <summary>The same variants adjacently tagged: <c>{"t":"done","c":{"reason":…}}</c>.</summary>
[WireUnion(Tag = "t", Content = "c")]
public abstract partial record AdjacentStatus
{
    public sealed partial record Done(StopReason Reason) : AdjacentStatus;

    public sealed partial record DoneWithConcerns(StopReason Reason, IReadOnlyList<string> Concerns) : AdjacentStatus;

    public sealed partial record Blocked(StopReason Reason, string Message) : AdjacentStatus;
}

/// <summary>A variant's fields, as System.Text.Json reads them.</summary>
public sealed record StjStatusBody(
    StopReason Reason,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Concerns = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message = null);

/// <summary>
/// System.Text.Json's nearest to an externally tagged union: it has no such representation, so an envelope with one
/// optional property per variant, of which exactly one is written.
/// </summary>
public sealed record StjExternalStatus
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StjStatusBody? Done { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StjStatusBody? DoneWithConcerns { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StjStatusBody? Blocked { get; init; }
}

/// <summary>
/// System.Text.Json's nearest to an adjacently tagged union: an envelope of the tag and the content as a
/// <see cref="JsonElement"/>, read in two steps (the envelope, then the content by the tag) as a user would write it.
/// </summary>
public sealed record StjAdjacentStatus(string T, JsonElement C);
