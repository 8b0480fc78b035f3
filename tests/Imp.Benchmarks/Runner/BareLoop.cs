using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Imp.Benchmarks.Runner;

/// <summary>
/// The baseline: the work any agent loop must do, without the runner. It streams the model's updates and concatenates
/// their text, keeps the conversation, and calls the tools the model asks for (one after another, as no-op tools gain
/// nothing from overlapping), until a message asks for none. No phases, events, retry, limits or background task.
/// </summary>
public static class BareLoop
{
    /// <summary>Runs <paramref name="prompt"/> to the model's text answer; returns the answer's length and the turns taken.</summary>
    public static async Task<(int Length, int Turns)> RunAsync(IChatClient model, ToolRegistry tools, ChatOptions options, string prompt, CancellationToken token)
    {
        var messages = new List<ChatMessage> { new(ChatRole.User, prompt) };
        for (int turn = 1; ; turn++)
        {
            var text = new StringBuilder();
            var calls = new List<FunctionCallContent>();
            await foreach (ChatResponseUpdate update in model.GetStreamingResponseAsync(messages, options, token).WithCancellation(token).ConfigureAwait(false))
            {
                foreach (AIContent content in update.Contents)
                {
                    if (content is TextContent { Text: { } delta })
                    {
                        text.Append(delta);
                    }
                    else if (content is FunctionCallContent call)
                    {
                        calls.Add(call);
                    }
                }
            }

            string answer = text.ToString();
            var said = new List<AIContent>(calls);
            if (answer.Length > 0)
            {
                said.Insert(0, new TextContent(answer));
            }

            messages.Add(new ChatMessage(ChatRole.Assistant, said));
            if (calls.Count == 0)
            {
                return (answer.Length, turn);
            }

            var results = new List<AIContent>(calls.Count);
            foreach (FunctionCallContent call in calls)
            {
                // A tool takes its arguments as a JSON object; the model's come as a dictionary.
                JsonElement arguments = JsonSerializer.SerializeToElement(call.Arguments, AIJsonUtilities.DefaultOptions);
                string output = tools.TryGet(call.Name, out AgentTool? tool)
                    ? await tool.InvokeAsync(arguments, token).ConfigureAwait(false)
                    : "unknown tool";
                results.Add(new FunctionResultContent(call.CallId, output));
            }

            messages.Add(new ChatMessage(ChatRole.Tool, results));
        }
    }
}
