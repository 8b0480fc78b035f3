using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.ChatClients.Support;

namespace Imp.Core.Tests.ChatClients.Anthropic;

/// <summary>
/// A test-only server on 127.0.0.1 (ephemeral port) that speaks enough of the Anthropic Messages API for the official
/// SDK: <c>POST /v1/messages</c>, streamed as <c>text/event-stream</c> (<c>message_start</c>, <c>content_block_start</c>,
/// <c>content_block_delta</c> text deltas, <c>content_block_stop</c>, <c>message_delta</c>, <c>message_stop</c>) or answered as
/// one JSON message. The n-th request meets the n-th fault of its schedule (after the schedule, none). Every response
/// closes its connection, so each request is one connection.
/// </summary>
/// <remarks>
/// The streamed answers are the text stream of <see cref="Deltas"/> unless the server is given its own: the k-th answered
/// streaming request gets the k-th answer (the last one repeats), built with <see cref="TextAnswer"/> or
/// <see cref="ToolUseAnswer"/>. <see cref="Refusing"/> starts a server whose port is bound but not listening, so
/// connections are refused until <see cref="LoopbackHttpServer.Listen"/>.
/// </remarks>
public sealed class AnthropicLoopbackServer : LoopbackHttpServer
{
    /// <summary>The answer's text, in the deltas the stream sends it in.</summary>
    public static readonly string[] Deltas = ["Hello", ", ", "world", "!"];

    private readonly AnthropicFault[] _schedule;
    private readonly IReadOnlyList<Func<string, string>> _answers;
    private int _answered;

    public AnthropicLoopbackServer(params AnthropicFault[] schedule)
        : this(listen: true, [], schedule)
    {
    }

    /// <param name="answers">The streamed answers, in order, each made from its message id; the last one repeats.</param>
    /// <param name="schedule">The faults of the first requests.</param>
    public AnthropicLoopbackServer(IReadOnlyList<Func<string, string>> answers, params AnthropicFault[] schedule)
        : this(listen: true, answers, schedule)
    {
    }

    private AnthropicLoopbackServer(bool listen, IReadOnlyList<Func<string, string>> answers, AnthropicFault[] schedule)
    {
        _schedule = schedule;
        _answers = answers;
        Start(listen);
    }

    /// <summary>A server whose port is bound but refuses connections (no listen) until <see cref="LoopbackHttpServer.Listen"/>.</summary>
    public static AnthropicLoopbackServer Refusing(IReadOnlyList<Func<string, string>> answers, params AnthropicFault[] schedule) =>
        new(listen: false, answers, schedule);

    protected override async Task HandleAsync(Socket socket, Stream stream, int index, string request)
    {
        var fault = index < _schedule.Length ? _schedule[index] : AnthropicFault.None;
        var streaming = request.Contains("\"stream\":true", StringComparison.Ordinal);
        var id = string.Create(CultureInfo.InvariantCulture, $"msg_{index}");
        switch (fault)
        {
            case AnthropicFault.ResetBeforeResponse:
                Reset(socket);
                return;
            case AnthropicFault.Overloaded529:
                await WriteAsync(stream, Response(529, "Overloaded", "application/json", ErrorBody("overloaded_error", "Overloaded")));
                break;
            case AnthropicFault.Unauthorized401:
                await WriteAsync(stream, Response(401, "Unauthorized", "application/json", ErrorBody("authentication_error", "invalid x-api-key")));
                break;
            case AnthropicFault.RateLimited429:
                await WriteAsync(stream, Response(429, "Too Many Requests", "application/json", ErrorBody("rate_limit_error", "Slow down"), "retry-after: 3\r\n"));
                break;
            case AnthropicFault.SseOverloadedBeforeContent:
                await WriteAsync(stream, Response(200, "OK", "text/event-stream", MessageStart(id) + Event("error", ErrorBody("overloaded_error", "Overloaded"))));
                break;
            case AnthropicFault.CutAfterFirstDelta:
                // Promises the whole stream, sends up to the first delta, then closes: the body ends short of its
                // length, an error the client sees whenever it reads (a reset could discard the unread part).
                await WriteAsync(stream, Truncated("text/event-stream", FullStream(id), MessageStart(id) + BlockStart() + Delta(Deltas[0])));
                break;
            default:
                await WriteAsync(stream, streaming
                    ? Response(200, "OK", "text/event-stream", NextAnswer(id))
                    : Response(200, "OK", "application/json", Message(id)));
                break;
        }
    }

    private string NextAnswer(string id)
    {
        if (_answers.Count == 0)
        {
            return FullStream(id);
        }

        var k = Interlocked.Increment(ref _answered) - 1;
        return _answers[Math.Min(k, _answers.Count - 1)](id);
    }

    /// <summary>A streamed answer of one text block sent in <paramref name="deltas"/>, ending the turn.</summary>
    public static Func<string, string> TextAnswer(params string[] deltas) => id =>
        MessageStart(id)
        + BlockStart()
        + string.Concat(deltas.Select(Delta))
        + Event("content_block_stop", """{"type":"content_block_stop","index":0}""")
        + Event("message_delta", """{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":6}}""")
        + Event("message_stop", """{"type":"message_stop"}""");

    /// <summary>
    /// A streamed answer of one <c>tool_use</c> block (<paramref name="toolId"/>, <paramref name="name"/>) whose input
    /// arrives as the <c>input_json_delta</c> fragments <paramref name="partialJson"/> (JSON-escaped here), ending with
    /// <c>stop_reason: tool_use</c>.
    /// </summary>
    public static Func<string, string> ToolUseAnswer(string toolId, string name, params string[] partialJson) => id =>
        MessageStart(id)
        + Event("content_block_start", $$$$"""{"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"{{{{toolId}}}}","name":"{{{{name}}}}","input":{}}}""")
        + string.Concat(partialJson.Select(part => Event(
            "content_block_delta",
            $$$$"""{"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":{{{{System.Text.Json.JsonSerializer.Serialize(part)}}}}}}""")))
        + Event("content_block_stop", """{"type":"content_block_stop","index":0}""")
        + Event("message_delta", """{"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":9}}""")
        + Event("message_stop", """{"type":"message_stop"}""");

    private static string Event(string name, string data) => $"event: {name}\ndata: {data}\n\n";

    private static string ErrorBody(string type, string message) =>
        $$$"""{"type":"error","error":{"type":"{{{type}}}","message":"{{{message}}}"}}""";

    private static string MessageStart(string id) => Event("message_start", $$$$"""
        {"type":"message_start","message":{"id":"{{{{id}}}}","type":"message","role":"assistant","content":[],"model":"claude-test","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":12,"output_tokens":1}}}
        """);

    private static string BlockStart() => Event("content_block_start", """{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}""");

    private static string Delta(string text) => Event("content_block_delta", $$$"""{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"{{{text}}}"}}""");

    private static string FullStream(string id) =>
        MessageStart(id)
        + BlockStart()
        + Event("ping", """{"type":"ping"}""")
        + string.Concat(Deltas.Select(Delta))
        + Event("content_block_stop", """{"type":"content_block_stop","index":0}""")
        + Event("message_delta", """{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":6}}""")
        + Event("message_stop", """{"type":"message_stop"}""");

    private static string Message(string id) => $$$"""
        {"id":"{{{id}}}","type":"message","role":"assistant","model":"claude-test","content":[{"type":"text","text":"{{{string.Concat(Deltas)}}}"}],"stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":12,"output_tokens":6}}
        """;
}
