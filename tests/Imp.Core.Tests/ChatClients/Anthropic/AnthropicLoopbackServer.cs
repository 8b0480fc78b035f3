using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Imp.Core.Tests.ChatClients.Anthropic;

/// <summary>
/// A test-only server on 127.0.0.1 (ephemeral port) that speaks enough of the Anthropic Messages API for the official
/// SDK: <c>POST /v1/messages</c>, streamed as <c>text/event-stream</c> (<c>message_start</c>, <c>content_block_start</c>,
/// <c>content_block_delta</c> text deltas, <c>content_block_stop</c>, <c>message_delta</c>, <c>message_stop</c>) or answered as
/// one JSON message. The n-th request meets the n-th fault of its schedule (after the schedule, none). Every response
/// closes its connection, so each request is one connection. It stops by itself after <see cref="Lifetime"/>.
/// </summary>
/// <remarks>
/// The streamed answers are the text stream of <see cref="Deltas"/> unless the server is given its own: the k-th answered
/// streaming request gets the k-th answer (the last one repeats), built with <see cref="TextAnswer"/> or
/// <see cref="ToolUseAnswer"/>. <see cref="Refusing"/> starts a server whose port is bound but not listening, so
/// connections are refused until <see cref="Listen"/>.
/// </remarks>
public sealed class AnthropicLoopbackServer : IAsyncDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(20);

    /// <summary>The answer's text, in the deltas the stream sends it in.</summary>
    public static readonly string[] Deltas = ["Hello", ", ", "world", "!"];

    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly CancellationTokenSource _stop = new(Lifetime);
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly AnthropicFault[] _schedule;
    private readonly IReadOnlyList<Func<string, string>> _answers;
    private readonly List<string> _requests = [];
    private readonly Task _serving;
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
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        BaseUrl = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndPoint!).Port}";
        if (listen)
        {
            Listen();
        }

        _serving = ServeAsync();
    }

    /// <summary>A server whose port is bound but refuses connections (no listen) until <see cref="Listen"/>.</summary>
    public static AnthropicLoopbackServer Refusing(IReadOnlyList<Func<string, string>> answers, params AnthropicFault[] schedule) =>
        new(listen: false, answers, schedule);

    /// <summary>Starts accepting connections; does nothing when the server already does.</summary>
    public void Listen()
    {
        lock (_listening)
        {
            if (!_listening.Task.IsCompleted)
            {
                _listener.Listen(16);
                _listening.SetResult();
            }
        }
    }

    /// <summary>The base URL to give the SDK.</summary>
    public string BaseUrl { get; }

    /// <summary>The request lines and bodies received, in order ("POST /v1/messages {…}").</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToArray();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Close();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }
        catch (ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        try
        {
            await _listening.Task.WaitAsync(_stop.Token);
            for (var index = 0; ; index++)
            {
                var socket = await _listener.AcceptAsync(_stop.Token);
                var fault = index < _schedule.Length ? _schedule[index] : AnthropicFault.None;
                try
                {
                    await HandleAsync(socket, index, fault);
                }
                catch (Exception error) when (error is IOException or SocketException)
                {
                    // The client went away mid-exchange; the next request still gets served.
                }
            }
        }
        finally
        {
            _listener.Close();
        }
    }

    private async Task HandleAsync(Socket socket, int index, AnthropicFault fault)
    {
        using (socket)
        await using (var stream = new NetworkStream(socket, ownsSocket: false))
        {
            var request = await ReadRequestAsync(stream, _stop.Token);
            lock (_requests)
            {
                _requests.Add(request);
            }

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
                    var partial = MessageStart(id) + BlockStart() + Delta(Deltas[0]);
                    await WriteAsync(stream, string.Create(
                        CultureInfo.InvariantCulture,
                        $"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncontent-length: {Encoding.UTF8.GetByteCount(FullStream(id))}\r\nconnection: close\r\n\r\n{partial}"));
                    break;
                default:
                    await WriteAsync(stream, streaming
                        ? Response(200, "OK", "text/event-stream", NextAnswer(id))
                        : Response(200, "OK", "application/json", Message(id)));
                    break;
            }

            socket.Shutdown(SocketShutdown.Send);
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

    // Linger with a zero timeout turns the close into a TCP reset.
    private static void Reset(Socket socket)
    {
        socket.LingerState = new LingerOption(true, 0);
        socket.Close();
    }

    private async Task WriteAsync(Stream stream, string text) => await stream.WriteAsync(Encoding.UTF8.GetBytes(text), _stop.Token);

    private static async Task<string> ReadRequestAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new List<byte>();
        var chunk = new byte[4096];
        int headerEnd;
        while ((headerEnd = IndexOfBlankLine(buffer)) < 0)
        {
            var read = await stream.ReadAsync(chunk, cancellationToken);
            if (read == 0)
            {
                return string.Empty;
            }

            buffer.AddRange(chunk.AsSpan(0, read).ToArray());
        }

        var head = Encoding.ASCII.GetString(buffer.GetRange(0, headerEnd).ToArray());
        var lengthLine = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("content-length:", StringComparison.OrdinalIgnoreCase));
        var length = lengthLine is null ? 0 : int.Parse(lengthLine["content-length:".Length..].Trim(), CultureInfo.InvariantCulture);
        while (buffer.Count < headerEnd + 4 + length)
        {
            var read = await stream.ReadAsync(chunk, cancellationToken);
            if (read == 0)
            {
                break;
            }

            buffer.AddRange(chunk.AsSpan(0, read).ToArray());
        }

        var body = Encoding.UTF8.GetString(buffer.Skip(headerEnd + 4).ToArray());
        return $"{head.Split("\r\n")[0]} {body}";
    }

    private static int IndexOfBlankLine(List<byte> buffer)
    {
        for (var i = 0; i + 3 < buffer.Count; i++)
        {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }

    private static string Response(int status, string reason, string contentType, string body, string extraHeaders = "") =>
        $"HTTP/1.1 {status} {reason}\r\ncontent-type: {contentType}\r\ncontent-length: {Encoding.UTF8.GetByteCount(body)}\r\n{extraHeaders}connection: close\r\n\r\n{body}";

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
