using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Polly;

namespace Imp;

/// <summary>
/// An <see cref="IChatClient"/> that retries its inner client's transient failures with imp's
/// <see cref="RetryPolicy"/> and <see cref="Backoff"/>: a whole <see cref="GetResponseAsync"/> call, and a streamed
/// response up to its first meaningful update.
/// </summary>
/// <remarks>
/// <para>Streaming runs on <see cref="StreamRetry"/> with <see cref="ChatUpdateRetryRules"/>: leading preamble
/// updates are held back and delivered once, from the attempt that succeeds; an update that reports an in-band error
/// before anything meaningful is retried like a thrown failure when it is retryable (and otherwise delivered as is);
/// after the first meaningful update nothing is retried, so no text is ever duplicated.</para>
/// <para>Failures are judged by <see cref="RetryClassifier"/> after <see cref="RetryOptions.TranslateException"/>
/// and the default translation; whatever the decision, a failure that ends the call surfaces as the inner client threw it.
/// A Retry-After is waited exactly, and one above <see cref="RetryPolicy.MaxDelay"/> gives up at once.</para>
/// <para>The caller's token reaches every attempt, cancels a pending delay at once, and its cancellation is never
/// retried. The messages are read once per call, so every attempt sends the same ones.</para>
/// </remarks>
public sealed class RetryingChatClient : DelegatingChatClient
{
    /// <summary>The name of the client's Polly pipeline in Polly's telemetry.</summary>
    public const string PipelineName = "Imp.RetryingChatClient";

    private static readonly StreamRetryRules<ChatResponseUpdate> UpdateRules = ChatUpdateRetryRules.Rules;
    private static readonly StreamRetryRules<ChatResponse> ResponseRules = new();

    private readonly ResiliencePipeline _pipeline;

    /// <summary>Initializes a client that retries <paramref name="innerClient"/>'s failures.</summary>
    /// <param name="innerClient">The client that talks to the provider.</param>
    /// <param name="options">Policy, clock, jitter, classification and callbacks; imp-core's defaults when <see langword="null"/>. Copied here.</param>
    /// <param name="loggerFactory">
    /// When given, the client's Polly pipeline (<see cref="PipelineName"/>) reports each retry through Polly's telemetry:
    /// a log entry and the <c>resilience.polly.*</c> metrics of the <c>Polly</c> meter.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="innerClient"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options' policy fails <see cref="RetryPolicy.Validate"/>.</exception>
    public RetryingChatClient(IChatClient innerClient, RetryOptions? options = null, ILoggerFactory? loggerFactory = null)
        : base(innerClient)
    {
        Options = options is null ? new RetryOptions() : options with { };
        Options.Validate();
        _pipeline = BuildPipeline(Options, loggerFactory);
    }

    /// <summary>The options this client retries with (a copy of those it was given).</summary>
    public RetryOptions Options { get; }

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
        var attempts = StreamRetry.Create(ct => OneResponseAsync(request, ct), ResponseRules, _pipeline);
        try
        {
            await foreach (var response in attempts.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                return response;
            }
        }
        catch (Exception error)
        {
            TranslatedFailures.ThrowOriginalOf(error);
            throw;
        }

        throw new InvalidOperationException("The retried response ended without a response; this is a bug in RetryingChatClient.");
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="messages"/> is <see langword="null"/>.</exception>
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default) =>
        GetStreamingResponseAsync(messages, options, onRetry: null, cancellationToken);

    /// <summary>
    /// As <see cref="GetStreamingResponseAsync(IEnumerable{ChatMessage}, ChatOptions?, CancellationToken)"/>, and tells
    /// <paramref name="onRetry"/> of this call's retries (before <see cref="RetryOptions.OnRetry"/>): a runner shares one
    /// client among its runs, and each run reports its own retries.
    /// </summary>
    internal IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options,
        Action<RetryAttempt>? onRetry,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return StreamAsync(new Request(Snapshot(messages), options), onRetry, cancellationToken);
    }

    private static IEnumerable<ChatMessage> Snapshot(IEnumerable<ChatMessage> messages) =>
        messages as ICollection<ChatMessage> ?? (IEnumerable<ChatMessage>)messages.ToList();

    private async IAsyncEnumerable<ChatResponseUpdate> StreamAsync(Request request, Action<RetryAttempt>? onRetry, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Like the options' OnRetry, the listener hears of the failure the inner client threw, not its translation.
        var updates = StreamRetry.Create(
            ct => AttemptStreamAsync(request, ct),
            UpdateRules,
            _pipeline,
            onRetry is null ? null : attempt => onRetry(attempt with { Error = TranslatedFailures.OriginalOf(attempt.Error) }));
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
                TranslatedFailures.ThrowOriginalOf(error);
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
            throw Translated(error, capture, cancellationToken);
        }

        await using (upstream.ConfigureAwait(false))
        {
            // The provider answers during the first MoveNext; only that call needs the capture its HTTP handler
            // records into. Later calls skip it: entering an AsyncLocal costs an execution context per update.
            bool more = await MoveNextAsync(upstream, capture, cancellationToken).ConfigureAwait(false);
            while (more)
            {
                yield return upstream.Current;
                try
                {
                    more = await upstream.MoveNextAsync().ConfigureAwait(false);
                }
                catch (Exception error)
                {
                    throw Translated(error, capture, cancellationToken);
                }
            }
        }
    }

    // A plain async method, so the capture it enters is visible to the provider's HTTP handler and ends with the call.
    private async ValueTask<bool> MoveNextAsync(
        IAsyncEnumerator<ChatResponseUpdate> upstream,
        HttpResponseCapture capture,
        CancellationToken cancellationToken)
    {
        HttpResponseCapture.Enter(capture);
        try
        {
            return await upstream.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception error)
        {
            throw Translated(error, capture, cancellationToken);
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
            throw Translated(error, capture, cancellationToken);
        }

        return response ?? throw new InvalidOperationException($"The inner chat client ({InnerClient.GetType().Name}) returned a null response.");
    }

    /// <summary>Throws the failure to classify: the original with its stack trace when nothing better is known.</summary>
    private Exception Translated(Exception error, HttpResponseCapture capture, CancellationToken cancellationToken)
    {
        var translated = TranslatedFailures.Remember(
            ChatFailureTranslation.Translate(error, capture, Options.TranslateException, cancellationToken),
            error);

        // ExceptionDispatchInfo keeps the stack trace of an exception thrown before (the original, or a cause in its chain).
        ExceptionDispatchInfo.Throw(translated);
        return translated;
    }

    // Translation happens where the failure is thrown (it needs the HTTP capture), so the strategy's copy of the options
    // translates nothing; the callbacks get what the inner client threw.
    private static ResiliencePipeline BuildPipeline(RetryOptions options, ILoggerFactory? loggerFactory)
    {
        var strategy = options with { };
        strategy.TranslateException = null;
        strategy.OnRetry = options.OnRetry is { } onRetry
            ? (attempt, ct) => onRetry(attempt with { Error = TranslatedFailures.OriginalOf(attempt.Error) }, ct)
            : null;
        strategy.OnGiveUp = options.OnGiveUp is { } onGiveUp
            ? (giveUp, ct) => onGiveUp(giveUp with { Error = TranslatedFailures.OriginalOf(giveUp.Error) }, ct)
            : null;

        var builder = new ResiliencePipelineBuilder { Name = PipelineName, TimeProvider = options.TimeProvider ?? TimeProvider.System };
        if (loggerFactory is not null)
        {
            builder.ConfigureTelemetry(loggerFactory);
        }

        return builder.AddImpRetry(strategy).Build();
    }

    /// <summary>One call's inputs, shared by its attempts.</summary>
    private sealed class Request(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        public IEnumerable<ChatMessage> Messages { get; } = messages;

        public ChatOptions? Options { get; } = options;
    }
}
