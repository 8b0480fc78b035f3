using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.ChatClients.Support;

namespace Imp.Core.Tests.ChatClients.OpenAI;

/// <summary>
/// Speaks enough of OpenAI's Chat Completions API for the official SDK: <c>POST /chat/completions</c> streamed as
/// <c>text/event-stream</c> chunks (<c>data: {"object":"chat.completion.chunk",…}</c>, then <c>data: [DONE]</c>). The n-th
/// request meets the n-th fault of its schedule; the k-th answered request gets the k-th answer (the last one repeats).
/// </summary>
public sealed class OpenAILoopbackServer : LoopbackHttpServer
{
    private readonly OpenAIFault[] _schedule;
    private readonly IReadOnlyList<Func<string, string>> _answers;
    private int _answered;

    private OpenAILoopbackServer(bool listen, IReadOnlyList<Func<string, string>> answers, OpenAIFault[] schedule)
    {
        _schedule = schedule;
        _answers = answers;
        Start(listen);
    }

    public OpenAILoopbackServer(IReadOnlyList<Func<string, string>> answers, params OpenAIFault[] schedule)
        : this(listen: true, answers, schedule)
    {
    }

    /// <summary>A server whose port refuses connections until <see cref="LoopbackHttpServer.Listen"/>.</summary>
    public static OpenAILoopbackServer Refusing(IReadOnlyList<Func<string, string>> answers, params OpenAIFault[] schedule) =>
        new(listen: false, answers, schedule);

    /// <summary>A streamed text answer sent in <paramref name="deltas"/>, finishing with <c>stop</c>.</summary>
    public static Func<string, string> TextAnswer(params string[] deltas) => id =>
        Chunk(id, """{"role":"assistant","content":""}""")
        + string.Concat(deltas.Select(d => Chunk(id, $$"""{"content":{{JsonSerializer.Serialize(d)}}}""")))
        + Chunk(id, "{}", "stop")
        + Done;

    /// <summary>A streamed tool call (<paramref name="callId"/>, <paramref name="name"/>) whose arguments arrive as <paramref name="argumentParts"/>.</summary>
    public static Func<string, string> ToolCallAnswer(string callId, string name, params string[] argumentParts) => id =>
        Chunk(id, $$$"""{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"{{{callId}}}","type":"function","function":{"name":"{{{name}}}","arguments":""}}]}""")
        + string.Concat(argumentParts.Select(part => Chunk(id, $$$"""{"tool_calls":[{"index":0,"function":{"arguments":{{{JsonSerializer.Serialize(part)}}}}}]}""")))
        + Chunk(id, "{}", "tool_calls")
        + Done;

    protected override async Task HandleAsync(Socket socket, Stream stream, int index, string request)
    {
        var fault = index < _schedule.Length ? _schedule[index] : OpenAIFault.None;
        var id = $"chatcmpl-{index}";
        switch (fault)
        {
            case OpenAIFault.ResetBeforeResponse:
                Reset(socket);
                return;
            case OpenAIFault.ServiceUnavailable503:
                await WriteAsync(stream, Response(503, "Service Unavailable", "application/json", ErrorBody("server_error", "The server is overloaded")));
                break;
            case OpenAIFault.RateLimited429:
                await WriteAsync(stream, Response(429, "Too Many Requests", "application/json", ErrorBody("rate_limit_exceeded", "Slow down"), "retry-after: 3\r\n"));
                break;
            case OpenAIFault.Unauthorized401:
                await WriteAsync(stream, Response(401, "Unauthorized", "application/json", ErrorBody("invalid_api_key", "Incorrect API key provided")));
                break;
            case OpenAIFault.InStreamErrorBeforeContent:
                await WriteAsync(stream, Response(200, "OK", "text/event-stream", Chunk(id, """{"role":"assistant","content":""}""") + $"data: {ErrorBody("server_error", "The server had an error while processing your request")}\n\n"));
                break;
            case OpenAIFault.CutAfterFirstDelta:
                var full = NextAnswer(id, consume: false);
                var firstContent = full.IndexOf("data: ", full.IndexOf("\n\n", StringComparison.Ordinal), StringComparison.Ordinal);
                await WriteAsync(stream, Truncated("text/event-stream", full, full[..full.IndexOf("\n\n", firstContent, StringComparison.Ordinal)] + "\n\n"));
                break;
            default:
                await WriteAsync(stream, Response(200, "OK", "text/event-stream", NextAnswer(id, consume: true)));
                break;
        }
    }

    private const string Done = "data: [DONE]\n\n";

    private string NextAnswer(string id, bool consume)
    {
        var k = consume ? Interlocked.Increment(ref _answered) - 1 : Volatile.Read(ref _answered);
        return _answers[Math.Min(k, _answers.Count - 1)](id);
    }

    private static string Chunk(string id, string delta, string? finishReason = null) =>
        $$$"""data: {"id":"{{{id}}}","object":"chat.completion.chunk","created":1700000000,"model":"gpt-test","choices":[{"index":0,"delta":{{{delta}}},"finish_reason":{{{(finishReason is null ? "null" : $"\"{finishReason}\"")}}}}]}""" + "\n\n";

    private static string ErrorBody(string code, string message) =>
        $$$"""{"error":{"message":"{{{message}}}","type":"{{{code}}}","param":null,"code":"{{{code}}}"}}""";
}
