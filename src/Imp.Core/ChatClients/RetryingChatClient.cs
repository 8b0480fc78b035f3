using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Imp;

/// <summary>
/// An <see cref="IChatClient"/> that retries its inner client's transient failures with imp's
/// <see cref="RetryPolicy"/> and <see cref="Backoff"/>: a whole <see cref="GetResponseAsync"/> call, and a streamed
/// response up to its first meaningful update.
/// </summary>
/// <remarks>
/// <para>Streaming runs on <see cref="StreamRetry.Create{T}"/> with <see cref="ChatUpdateRetryRules"/>: leading preamble
/// updates are held back and delivered once, from the attempt that succeeds; an update that reports an in-band error
/// before anything meaningful is retried like a thrown failure when it is retryable (and otherwise delivered as is);
/// after the first meaningful update nothing is retried, so no text is ever duplicated.</para>
/// <para>Failures are judged by <see cref="RetryClassifier"/> after <see cref="RetryingChatClientOptions.TranslateException"/>
/// and the default translation; whatever the decision, a failure that ends the call surfaces as the inner client threw it.
/// A Retry-After is waited exactly, and one above <see cref="RetryPolicy.MaxDelay"/> gives up at once.</para>
/// <para>The caller's token reaches every attempt, cancels a pending delay at once, and its cancellation is never
/// retried. The messages are read once per call, so every attempt sends the same ones.</para>
/// </remarks>
public sealed class RetryingChatClient : DelegatingChatClient
{
    private static readonly Func<ChatResponseUpdate, bool> IsPreamble = ChatUpdateRetryRules.IsPreamble;
    private static readonly Func<ChatResponseUpdate, Exception?> InBandError = ChatUpdateRetryRules.InBandError;

    /// <summary>Initializes a client that retries <paramref name="innerClient"/>'s failures.</summary>
    /// <param name="innerClient">The client that talks to the provider.</param>
    /// <param name="options">Policy, clock, jitter, notification and translation; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="innerClient"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options' policy fails <see cref="RetryPolicy.Validate"/>.</exception>
    public RetryingChatClient(IChatClient innerClient, RetryingChatClientOptions? options = null)
        : base(innerClient)
    {
        Options = options ?? new RetryingChatClientOptions();
        Options.RetryPolicy.Validate();
    }

    /// <summary>The options this client retries with.</summary>
    public RetryingChatClientOptions Options { get; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="messages"/> is <see langword="null"/>.</exception>
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var request = new Request(Snapshot(messages), options);

        // The single response is a one-event stream: the same pipeline, backoff and give-up rule as streaming.
        var attempts = StreamRetry.Create(ct => OneResponseAsync(request, ct), Options.RetryPolicy, StreamOptions<ChatResponse>(request.Failures));
        try
        {
            await foreach (var response in attempts.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                return response;
            }
        }
        catch (Exception error)
        {
            request.Failures.ThrowOriginalOf(error);
            throw;
        }

        throw new InvalidOperationException("The retried response ended without a response; this is a bug in RetryingChatClient.");
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="messages"/> is <see langword="null"/>.</exception>
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return StreamAsync(new Request(Snapshot(messages), options), cancellationToken);
    }

    private static IEnumerable<ChatMessage> Snapshot(IEnumerable<ChatMessage> messages) =>
        messages as ICollection<ChatMessage> ?? (IEnumerable<ChatMessage>)messages.ToList();

    private async IAsyncEnumerable<ChatResponseUpdate> StreamAsync(Request request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var streamOptions = StreamOptions<ChatResponseUpdate>(request.Failures) with { IsPreamble = IsPreamble, InBandError = InBandError };
        var updates = StreamRetry.Create(ct => AttemptStreamAsync(request, ct), Options.RetryPolicy, streamOptions);
        await using var enumerator = updates.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            bool more;
            try
            {
                more = await enumerator.MoveNextAsync().ConfigureAwait(false);
            }
            catch (Exception error)
            {
                request.Failures.ThrowOriginalOf(error);
                throw;
            }

            if (!more)
            {
                yield break;
            }

            yield return enumerator.Current;
        }
    }

    /// <summary>One streaming attempt; every failure is translated for classification, and the upstream is always disposed.</summary>
    private async IAsyncEnumerable<ChatResponseUpdate> AttemptStreamAsync(Request request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var capture = new HttpResponseCapture();
        IAsyncEnumerator<ChatResponseUpdate> upstream;
        try
        {
            upstream = InnerClient.GetStreamingResponseAsync(request.Messages, request.Options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        }
        catch (Exception error)
        {
            throw Translated(error, capture, request.Failures, cancellationToken);
        }

        await using (upstream.ConfigureAwait(false))
        {
            // The provider answers during the first MoveNext; only that call needs the capture its HTTP handler
            // records into. Later calls skip it: entering an AsyncLocal costs an execution context per update.
            bool more = await MoveNextAsync(upstream, capture, request.Failures, cancellationToken).ConfigureAwait(false);
            while (more)
            {
                yield return upstream.Current;
                try
                {
                    more = await upstream.MoveNextAsync().ConfigureAwait(false);
                }
                catch (Exception error)
                {
                    throw Translated(error, capture, request.Failures, cancellationToken);
                }
            }
        }
    }

    // A plain async method, so the capture it enters is visible to the provider's HTTP handler and ends with the call.
    private async ValueTask<bool> MoveNextAsync(
        IAsyncEnumerator<ChatResponseUpdate> upstream,
        HttpResponseCapture capture,
        TranslatedFailures failures,
        CancellationToken cancellationToken)
    {
        HttpResponseCapture.Enter(capture);
        try
        {
            return await upstream.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception error)
        {
            throw Translated(error, capture, failures, cancellationToken);
        }
    }

    private async IAsyncEnumerable<ChatResponse> OneResponseAsync(Request request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return await GetOneResponseAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ChatResponse> GetOneResponseAsync(Request request, CancellationToken cancellationToken)
    {
        var capture = new HttpResponseCapture();
        HttpResponseCapture.Enter(capture);
        ChatResponse? response;
        try
        {
            response = await InnerClient.GetResponseAsync(request.Messages, request.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            throw Translated(error, capture, request.Failures, cancellationToken);
        }

        return response ?? throw new InvalidOperationException($"The inner chat client ({InnerClient.GetType().Name}) returned a null response.");
    }

    /// <summary>Throws the failure to classify: the original with its stack trace when nothing better is known.</summary>
    private Exception Translated(Exception error, HttpResponseCapture capture, TranslatedFailures failures, CancellationToken cancellationToken)
    {
        var translated = failures.Remember(
            ChatFailureTranslation.Translate(error, capture, Options.TranslateException, cancellationToken),
            error);

        // ExceptionDispatchInfo keeps the stack trace of an exception thrown before (the original, or a cause in its chain).
        ExceptionDispatchInfo.Throw(translated);
        return translated;
    }

    private StreamRetryOptions<T> StreamOptions<T>(TranslatedFailures failures) => new()
    {
        TimeProvider = Options.TimeProvider,
        RandomSource = Options.RandomSource,
        OnRetry = Options.OnRetry is { } onRetry
            ? attempt => onRetry(attempt with { Error = failures.OriginalOf(attempt.Error) })
            : null,
    };

    /// <summary>One call's inputs, shared by its attempts, and the failures translated along the way.</summary>
    private sealed class Request(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        public IEnumerable<ChatMessage> Messages { get; } = messages;

        public ChatOptions? Options { get; } = options;

        public TranslatedFailures Failures { get; } = new();
    }
}
