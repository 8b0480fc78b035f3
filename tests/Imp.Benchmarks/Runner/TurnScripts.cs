using System.Collections.Generic;
using Microsoft.Extensions.AI;

namespace Imp.Benchmarks.Runner;

/// <summary>The updates the scripted model streams: a text answer of many varied deltas, and a message of tool calls.</summary>
public static class TurnScripts
{
    private static readonly string[] Words =
    [
        "The ", "change ", "compiles; ", "tests ", "pass ", "after ", "the ", "fix ", "in ", "RunLoop.cs, ",
        "and ", "nothing ", "else ", "moved. ", "Next: ", "review ", "the ", "diff ", "once ", "more.\n",
    ];

    /// <summary>A streamed answer of <paramref name="deltas"/> text updates; the first names the model, the last says why it stopped.</summary>
    public static ChatResponseUpdate[] Answer(int deltas)
    {
        var updates = new ChatResponseUpdate[deltas];
        for (int i = 0; i < deltas; i++)
        {
            updates[i] = new ChatResponseUpdate(ChatRole.Assistant, Words[i % Words.Length]);
        }

        updates[0].ModelId = "scripted";
        updates[^1].FinishReason = ChatFinishReason.Stop;
        return updates;
    }

    /// <summary>One message calling each of <paramref name="tools"/> once, with a small arguments object.</summary>
    public static ChatResponseUpdate[] Calls(IReadOnlyList<AgentTool> tools)
    {
        var contents = new List<AIContent>(tools.Count);
        for (int i = 0; i < tools.Count; i++)
        {
            contents.Add(new FunctionCallContent($"call_{i}", tools[i].Name, new Dictionary<string, object?> { ["path"] = $"src/file{i}.cs" }));
        }

        return
        [
            new ChatResponseUpdate(ChatRole.Assistant, contents) { ModelId = "scripted" },
            new ChatResponseUpdate { FinishReason = ChatFinishReason.ToolCalls },
        ];
    }
}
