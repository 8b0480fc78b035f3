using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Imp.Core.Tests.ChatClients.Support;

/// <summary>An HTTP handler that answers the n-th request with the n-th response the script makes (the last repeats).</summary>
public sealed class ScriptedHttpHandler(params Func<HttpResponseMessage>[] responses) : HttpMessageHandler
{
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref _requests) - 1;
        return Task.FromResult(responses[Math.Min(index, responses.Length - 1)]());
    }
}
