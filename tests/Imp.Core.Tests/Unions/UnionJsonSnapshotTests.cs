using System.Text.Json;
using Imp.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Unions;

/// <summary>
/// An approved JSON snapshot (in <c>Unions/Snapshots</c>) of every variant of every SDK union, one compact line per
/// variant, each exactly what serde_json writes for the same Rust value.
/// </summary>
public sealed class UnionJsonSnapshotTests
{
    // Its StreamEvent.MessageEnd line holds an imp-llm stop reason, externally tagged in serde: approved once the
    // corpus entry with the same shape passes.
    [Fact]
    public void Every_variant_of_every_union()
    {
        using JsonDocument args = JsonDocument.Parse("""{"path":"a.txt"}""");
        object[] values =
        [
            new LoopDecision.Continue(ContinueReason.ToolResultsNeedInterpretation, "read the results"),
            new LoopDecision.Finish(new RunFinalStatus.Blocked(StopReason.RepeatedAction, "repeated_action")),
            new RunFinalStatus.Done(StopReason.WorkCompleted),
            new RunFinalStatus.DoneWithConcerns(StopReason.NoProgress, ["stopped because no justified continuation was available"]),
            new RunFinalStatus.Blocked(StopReason.ExecutionBlocked, "required verification blocked: unit (cargo missing)"),
            new RunFinalStatus.NeedsUserInput("Which branch?"),
            new RunFinalStatus.Cancelled(),
            new RunFinalStatus.Failed("provider error"),
            new StreamEvent.MessageStart("claude-sonnet"),
            new StreamEvent.TextDelta("Hello"),
            new StreamEvent.ThinkingDelta("Let me see"),
            new StreamEvent.ToolCall("toolu_01", "read", args.RootElement.Clone()),
            new StreamEvent.MessageEnd(new AssistantMessage { Content = [new ContentBlock.TextBlock("Reading.")], Usage = new Usage { InputTokens = 1200, OutputTokens = 80 }, StopReason = new ModelStopReason.ToolUse(), Timestamp = 1_700_000_000 }),
            StreamEvent.Error.From("overloaded_error", "Overloaded"),
        ];

        string lines = string.Join('\n', System.Array.ConvertAll(values, Serialize));

        lines.ShouldMatchApproved(c => c.SubFolder("Snapshots").WithFileExtension("jsonl").NoDiff());
    }

    private static string Serialize(object value) => value switch
    {
        LoopDecision decision => JsonSerializer.Serialize(decision, ImpJson.Options),
        RunFinalStatus status => JsonSerializer.Serialize(status, ImpJson.Options),
        StreamEvent streamEvent => JsonSerializer.Serialize(streamEvent, ImpJson.Options),
        _ => throw new System.ArgumentOutOfRangeException(nameof(value)),
    };
}
