using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.Retry.Support;
using Polly;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Retry;

/// <summary>
/// A user's pipeline may give each attempt a token of its own (Polly's timeout does) and cancel or reuse it once the
/// attempt is over. The upstream outlives the attempt: it must stop with the attempt's token during start-up, and with
/// the consumer's after it, but never because the pipeline was done with an attempt that succeeded.
/// </summary>
public sealed class StreamRetryAttemptTokenTests
{
    private readonly ManualTimeProvider _time = new();

    private static ScriptStep<Ev> Start() => Script.Yield<Ev>(new Ev.Start("m"));

    private static ScriptStep<Ev> Text(string text) => Script.Yield<Ev>(new Ev.Text(text));

    private IAsyncEnumerable<Ev> Retrying(ScriptedSource<Ev> source, OwnTokenPerAttempt strategy) =>
        StreamRetry.Create(
            source.Open,
            Ev.Rules,
            new ResiliencePipelineBuilder { TimeProvider = _time }
                .AddImpRetry(new RetryOptions { Policy = new RetryPolicy { MaxRetries = 1 }, RandomSource = () => 0 })
                .AddStrategy(_ => strategy)
                .Build());

    [Fact]
    public async Task An_attempt_token_cancelled_after_start_up_does_not_stop_the_stream()
    {
        var source = new ScriptedSource<Ev>([[Start(), Text("a"), Text("b"), Text("c")]]);
        var strategy = new OwnTokenPerAttempt();

        Collected<Ev> result = await Drive.CollectAsync(Retrying(source, strategy), _time);

        result.Error.ShouldBeNull();
        result.Events.ShouldBe([new Ev.Start("m"), new Ev.Text("a"), new Ev.Text("b"), new Ev.Text("c")]);
        strategy.Sources.ShouldHaveSingleItem().IsCancellationRequested.ShouldBeTrue("the strategy cancelled its token after the attempt");
        source.Opened.ShouldHaveSingleItem().DisposeCount.ShouldBe(1);
    }

    [Fact]
    public async Task An_attempt_token_cancelled_during_start_up_reaches_the_upstream()
    {
        var source = new ScriptedSource<Ev>([[Start(), Text("a")]]);
        var strategy = new OwnTokenPerAttempt { CancelBeforeAttempt = true };

        Collected<Ev> result = await Drive.CollectAsync(Retrying(source, strategy), _time);

        // Not the caller's cancellation, and not a transient failure: it ends the stream, unretried.
        result.Error.ShouldBeAssignableTo<OperationCanceledException>();
        result.Events.ShouldBeEmpty();
        source.Calls.ShouldBe(1);
        source.Tokens.ShouldHaveSingleItem().IsCancellationRequested.ShouldBeTrue();
        source.Opened.ShouldHaveSingleItem().DisposeCount.ShouldBe(1);
    }

    [Fact]
    public async Task The_consumers_token_still_stops_the_stream_after_start_up()
    {
        var source = new ScriptedSource<Ev>([[Start(), Text("a"), Text("b")]]);
        using var cancellation = new CancellationTokenSource();
        await using IAsyncEnumerator<Ev> enumerator = Retrying(source, new OwnTokenPerAttempt()).GetAsyncEnumerator(cancellation.Token);

        (await enumerator.MoveNextAsync()).ShouldBeTrue();
        (await enumerator.MoveNextAsync()).ShouldBeTrue();
        enumerator.Current.ShouldBe(new Ev.Text("a"));
        await cancellation.CancelAsync();

        source.Tokens.ShouldHaveSingleItem().IsCancellationRequested.ShouldBeTrue("the upstream's token follows the consumer's");
        await Should.ThrowAsync<OperationCanceledException>(async () => await enumerator.MoveNextAsync());
    }

    /// <summary>Runs each attempt under a token of its own, which it cancels when the attempt returns (or before it starts).</summary>
    private sealed class OwnTokenPerAttempt : ResilienceStrategy
    {
        public List<CancellationTokenSource> Sources { get; } = [];

        public bool CancelBeforeAttempt { get; init; }

        protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
            Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback,
            ResilienceContext context,
            TState state)
        {
            var source = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
            Sources.Add(source);
            if (CancelBeforeAttempt)
            {
                await source.CancelAsync();
            }

            ResilienceContext attempt = ResilienceContextPool.Shared.Get(source.Token);
            try
            {
                return await callback(attempt, state);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(attempt);
                await source.CancelAsync();
            }
        }
    }
}
