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

namespace Imp.Core.Tests.ChatClients.Support;

/// <summary>
/// A test-only HTTP/1.1 server on 127.0.0.1 (ephemeral port): one request per connection, each answered by
/// <see cref="HandleAsync"/>; it records the requests and stops by itself after <see cref="Lifetime"/>. A server made
/// with <c>listen: false</c> has its port bound but refuses connections until <see cref="Listen"/>.
/// </summary>
public abstract class LoopbackHttpServer : IAsyncDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(20);

    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly CancellationTokenSource _stop = new(Lifetime);
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _requests = [];
    private Task _serving = Task.CompletedTask;

    protected LoopbackHttpServer()
    {
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        BaseUrl = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndPoint!).Port}";
    }

    /// <summary>The base URL to give the SDK.</summary>
    public string BaseUrl { get; }

    /// <summary>The request lines and bodies received, in order ("POST /path {…}").</summary>
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

    protected CancellationToken Stopping => _stop.Token;

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

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Close();
        try
        {
            await _serving;
        }
        catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts serving; a derived server calls it once it is ready.</summary>
    protected void Start(bool listen)
    {
        if (listen)
        {
            Listen();
        }

        _serving = ServeAsync();
    }

    /// <summary>Answers the <paramref name="index"/>-th request (its request line and body).</summary>
    protected abstract Task HandleAsync(Socket socket, Stream stream, int index, string request);

    protected Task WriteAsync(Stream stream, string text) => stream.WriteAsync(Encoding.UTF8.GetBytes(text), _stop.Token).AsTask();

    protected static string Response(int status, string reason, string contentType, string body, string extraHeaders = "") =>
        $"HTTP/1.1 {status} {reason}\r\ncontent-type: {contentType}\r\ncontent-length: {Encoding.UTF8.GetByteCount(body)}\r\n{extraHeaders}connection: close\r\n\r\n{body}";

    /// <summary>Headers promising <paramref name="promised"/>, then only <paramref name="partial"/>: the body ends short.</summary>
    protected static string Truncated(string contentType, string promised, string partial) => string.Create(
        CultureInfo.InvariantCulture,
        $"HTTP/1.1 200 OK\r\ncontent-type: {contentType}\r\ncontent-length: {Encoding.UTF8.GetByteCount(promised)}\r\nconnection: close\r\n\r\n{partial}");

    // Linger with a zero timeout turns the close into a TCP reset.
    protected static void Reset(Socket socket)
    {
        socket.LingerState = new LingerOption(true, 0);
        socket.Close();
    }

    private async Task ServeAsync()
    {
        try
        {
            await _listening.Task.WaitAsync(_stop.Token);
            for (var index = 0; ; index++)
            {
                var socket = await _listener.AcceptAsync(_stop.Token);
                try
                {
                    using (socket)
                    await using (var stream = new NetworkStream(socket, ownsSocket: false))
                    {
                        var request = await ReadRequestAsync(stream, _stop.Token);
                        lock (_requests)
                        {
                            _requests.Add(request);
                        }

                        await HandleAsync(socket, stream, index, request);
                        if (socket.Connected)
                        {
                            socket.Shutdown(SocketShutdown.Send);
                        }
                    }
                }
                catch (Exception error) when (error is IOException or SocketException or ObjectDisposedException)
                {
                    // The client went away mid-exchange (or the handler reset it); the next request still gets served.
                }
            }
        }
        finally
        {
            _listener.Close();
        }
    }

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
}
