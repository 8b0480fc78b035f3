using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Imp.Benchmarks.Runner;

/// <summary>
/// The runner's sampling path alone: the scripted stream through <see cref="RetryingChatClient"/> and
/// <see cref="ChatStreamEvents.FromUpdates"/>, its text concatenated. Between the bare loop and the runner, it shows how
/// much of the runner's cost is stream retry and event mapping rather than turn bookkeeping.
/// </summary>
public static class RetriedSampling
{
    public static async Task<int> SampleAsync(RetryingChatClient model, ChatMessage[] conversation, CancellationToken token)
    {
        var text = new StringBuilder();
        await foreach (StreamEvent streamEvent in ChatStreamEvents.FromUpdates(model.GetStreamingResponseAsync(conversation, new ChatOptions(), token), token).WithCancellation(token).ConfigureAwait(false))
        {
            if (streamEvent is StreamEvent.TextDelta delta)
            {
                text.Append(delta.Text);
            }
        }

        return text.ToString().Length;
    }
}
