using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Imp.Demo;

/// <summary>
/// An embedded model that plays a fixed conversation: no network, no keys. With faults on, its first request is refused
/// and its second answers with an in-band "overloaded" error, both before any content, so the runner retries them.
/// </summary>
internal sealed class ScriptedModel : IChatClient
{
    private const string Model = "imp-demo-model";
    private readonly bool _faults;
    private int _requests;
    private int _turn;

    public ScriptedModel(bool faults)
    {
        _faults = faults;
    }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The demo model only streams.");

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        int request = _requests++;
        await Task.Yield();
        if (_faults && request == 0)
        {
            throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (api.example.invalid:443)");
        }

        yield return new ChatResponseUpdate { Role = ChatRole.Assistant, ModelId = Model };
        if (_faults && request == 1)
        {
            yield return Update(new ErrorContent("Overloaded") { ErrorCode = "overloaded_error" });
            yield break;
        }

        foreach (ChatResponseUpdate update in Turn(_turn++))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    private static IEnumerable<ChatResponseUpdate> Turn(int turn) => turn switch
    {
        0 =>
        [
            Update(new TextReasoningContent("The task names src/lib.rs; look at it, the layout and every TODO at once.")),
            Text("I'll read "), Text("the code, list the sources "), Text("and search for TODOs, and note the plan."),
            Call("call_1", "read_file", new() { ["path"] = "src/lib.rs" }),
            Call("call_2", "list_dir", new() { ["path"] = "src" }),
            Call("call_3", "search", new() { ["text"] = "TODO" }),
            Call("call_4", "write_file", new() { ["path"] = "PLAN.md", ["content"] = "1. handle overflow in add\n" }),
            Finish(ChatFinishReason.ToolCalls),
        ],
        1 =>
        [
            Text("The TODO in src/lib.rs asks for overflow handling; "), Text("using checked_add."),
            Call("call_5", "write_file", new()
            {
                ["path"] = "src/lib.rs",
                ["content"] = "pub fn add(a: i32, b: i32) -> Option<i32> {\n    a.checked_add(b)\n}\n",
            }),
            Finish(ChatFinishReason.ToolCalls),
        ],
        _ =>
        [
            Text("Done: "), Text("add now returns None on overflow."),
            Finish(ChatFinishReason.Stop),
        ],
    };

    private static ChatResponseUpdate Update(AIContent content) => new(ChatRole.Assistant, [content]) { ModelId = Model };

    private static ChatResponseUpdate Text(string text) => Update(new TextContent(text));

    private static ChatResponseUpdate Call(string id, string name, Dictionary<string, object?> arguments) =>
        Update(new FunctionCallContent(id, name, arguments));

    private static ChatResponseUpdate Finish(ChatFinishReason reason) =>
        new(ChatRole.Assistant, [new UsageContent(new UsageDetails { InputTokenCount = 900, OutputTokenCount = 60 })]) { FinishReason = reason, ModelId = Model };
}
