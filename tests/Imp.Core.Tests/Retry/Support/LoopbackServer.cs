using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Imp.Core.Tests.Retry.Support;

/// <summary>
/// A one-shot HTTP server on 127.0.0.1 (ephemeral port) for real <see cref="System.Net.Http.HttpClient"/> failures.
/// Each accepted connection gets the next canned response (raw bytes, then the connection closes), or, for a
/// <see langword="null"/> response, no answer until the server stops. It serves its list once and stops by itself,
/// after ten seconds at the latest.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new(Lifetime);
    private readonly Task _serving;
    private int _accepted;

    public LoopbackServer(params string?[] responses)
    {
        _listener.Start();
        Uri = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _serving = ServeAsync(responses);
    }

    public Uri Uri { get; }

    /// <summary>Connections accepted so far.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>A 200 response that promises <paramref name="declaredLength"/> bytes but sends only <paramref name="body"/>.</summary>
    public static string Truncated(string body, int declaredLength) =>
        $"HTTP/1.1 200 OK\r\ncontent-length: {declaredLength}\r\n\r\n{body}";

    /// <summary>A complete response with <paramref name="status"/> and <paramref name="body"/>.</summary>
    public static string Complete(int status, string reason, string body) =>
        $"HTTP/1.1 {status} {reason}\r\ncontent-length: {Encoding.ASCII.GetByteCount(body)}\r\nconnection: close\r\n\r\n{body}";

    /// <summary>An address on which nothing listens: a port that was just free.</summary>
    public static Uri Refusing()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
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

        _stop.Dispose();
    }

    private async Task ServeAsync(IReadOnlyList<string?> responses)
    {
        try
        {
            foreach (var response in responses)
            {
                using var socket = await _listener.AcceptSocketAsync(_stop.Token);
                Interlocked.Increment(ref _accepted);
                var request = new byte[4096];
                _ = await socket.ReceiveAsync(request, SocketFlags.None, _stop.Token);
                if (response is null)
                {
                    // Never answer: the client's timeout or cancellation ends the exchange.
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                    continue;
                }

                await socket.SendAsync(Encoding.ASCII.GetBytes(response), SocketFlags.None, _stop.Token);
                socket.Shutdown(SocketShutdown.Both);
            }
        }
        finally
        {
            _listener.Stop();
        }
    }
}
