using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Imp.Benchmarks.Runner;

/// <summary>
/// The phases of a turn as the issue defines them, without the runner around them: sample through stream retry
/// (<see cref="RetryingChatClient"/>) as imp's stream events, finalize the assistant message, plan the tool calls and
/// run them with <see cref="ToolPlanExecutor"/>, record the results — and no phase machine, events, decisions, limits,
/// commands or closeout. It takes the caller's token, as <see cref="TurnRunner.RunAsync"/> does: the benchmark hands both
/// the same cancellable token, whose registrations in every stream and tool call are part of a turn's work. The difference
/// to <see cref="TurnRunner"/> is the runner's own cost.
/// </summary>
public static class PhasesAlone
{
    /// <summary>Runs <paramref name="prompt"/> to the model's text answer; returns the answer's length and the turns taken.</summary>
    public static async Task<(int Length, int Turns)> RunAsync(RetryingChatClient model, ToolRegistry tools, ChatOptions? options, string prompt, CancellationToken token)
    {
        var messages = new List<ChatMessage> { new(ChatRole.User, prompt) };
        for (int turn = 1; ; turn++)
        {
            var text = new StringBuilder();
            var calls = new List<StreamEvent.ToolCall>();
            await foreach (StreamEvent streamEvent in ChatStreamEvents.FromUpdates(model.GetStreamingResponseAsync(messages.ToArray(), options, token), token).WithCancellation(token).ConfigureAwait(false))
            {
                if (streamEvent is StreamEvent.TextDelta delta)
                {
                    text.Append(delta.Text);
                }
                else if (streamEvent is StreamEvent.ToolCall call)
                {
                    calls.Add(call);
                }
            }

            string answer = text.ToString();
            var said = new List<AIContent>(calls.Count + 1);
            if (answer.Length > 0)
            {
                said.Add(new TextContent(answer));
            }

            said.AddRange(calls.Select(c => new FunctionCallContent(c.Id, c.Name, ChatStreamEvents.ArgumentsDictionary(c.Arguments))));
            messages.Add(new ChatMessage(ChatRole.Assistant, said));
            if (calls.Count == 0)
            {
                return (answer.Length, turn);
            }

            ToolPlan plan = tools.Plan(calls);
            IReadOnlyList<ToolCallResult> results = await ToolPlanExecutor.ExecuteAsync(plan, tools, options: null, token).ConfigureAwait(false);
            messages.Add(new ChatMessage(ChatRole.Tool, [.. results.Select(r => (AIContent)new FunctionResultContent(r.Id, r.Output))]));
        }
    }
}
