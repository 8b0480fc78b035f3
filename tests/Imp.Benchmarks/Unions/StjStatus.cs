using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Imp.Benchmarks.Unions;

/// <summary>
/// The same shapes as <see cref="RunFinalStatus"/> and <see cref="LoopDecision"/>, serialized by System.Text.Json's
/// own polymorphism (<c>[JsonPolymorphic]</c>): the baseline for the generated union converters.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(Done), "done")]
[JsonDerivedType(typeof(DoneWithConcerns), "done_with_concerns")]
[JsonDerivedType(typeof(Blocked), "blocked")]
[JsonDerivedType(typeof(Cancelled), "cancelled")]
public abstract record StjStatus
{
    public sealed record Done(StopReason Reason) : StjStatus;

    public sealed record DoneWithConcerns(StopReason Reason, IReadOnlyList<string> Concerns) : StjStatus;

    public sealed record Blocked(StopReason Reason, string Message) : StjStatus;

    public sealed record Cancelled : StjStatus;
}

/// <summary>The baseline's loop decision.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(Go), "continue")]
[JsonDerivedType(typeof(Finish), "finish")]
public abstract record StjDecision
{
    public sealed record Go(ContinueReason Reason, string Prompt) : StjDecision;

    public sealed record Finish(StjStatus Status) : StjDecision;
}
