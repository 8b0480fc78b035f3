using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.Retry.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Polly;
using Polly.Registry;
using Polly.Timeout;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Retry;

/// <summary>imp's retry as a Polly strategy: in your own pipelines, with Polly's telemetry, hooks and a reported give-up.</summary>
[Collection(Imp.Core.Tests.Support.ProcessWideMetrics.Name)]
public sealed class ImpRetryStrategyTests
{
    private static readonly RetryPolicy Quick = new() { MaxRetries = 2, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10) };
    private readonly ManualTimeProvider _time = new();

    private sealed class SdkBusyException(string message) : Exception(message);

    private static ScriptStep<Ev> Fail(Exception error) => Script.Throw<Ev>(error);

    private static ScriptStep<Ev> Text(string text) => Script.Yield<Ev>(new Ev.Text(text));

    [Fact]
    public async Task The_strategy_in_a_users_pipeline_reports_to_Pollys_logger_and_meter()
    {
        using var logs = new FakeLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        using var events = new MetricCollector<int>(null, "Polly", "resilience.polly.strategy.events");
        var pipeline = new ResiliencePipelineBuilder { Name = "my-llm", TimeProvider = _time }
            .ConfigureTelemetry(loggerFactory)
            .AddImpRetry(new RetryOptions { Policy = Quick, RandomSource = () => 0 })
            .Build();
        int calls = 0;

        var run = pipeline.ExecuteAsync(_ => ++calls < 3 ? throw new StreamException("reset") : ValueTask.FromResult("ok")).AsTask();
        await Drive.RunAsync(run, _time);

        (await run).ShouldBe("ok");
        calls.ShouldBe(3);
        _time.Elapsed.ShouldBe(TimeSpan.FromSeconds(1 + 2)); // imp-core's backoff, not Polly's
        var retries = events.GetMeasurementSnapshot().Where(m => (string?)m.Tags["pipeline.name"] == "my-llm" && (string?)m.Tags["event.name"] == "OnRetry").ToList();
        retries.Count.ShouldBe(2);
        retries.ShouldAllBe(m => (string?)m.Tags["strategy.name"] == "ImpRetry");
        logs.Collector.GetSnapshot().Count(r => r.Message.Contains("OnRetry", StringComparison.Ordinal) && r.Message.Contains("my-llm", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public async Task A_stream_retried_through_a_users_pipeline_keeps_the_stream_rules_and_composes_with_a_timeout()
    {
        var source = new ScriptedSource<Ev>([[Script.Yield<Ev>(new Ev.Start("a")), Fail(new StreamException("reset"))], [Script.Yield<Ev>(new Ev.Start("b")), Text("hi")]]);
        var pipeline = new ResiliencePipelineBuilder { TimeProvider = _time }
            .AddImpRetry(new RetryOptions { Policy = Quick, RandomSource = () => 0 })
            .AddTimeout(TimeSpan.FromSeconds(30))
            .Build();

        var result = await Drive.CollectAsync(StreamRetry.Create(source.Open, Ev.Rules, pipeline), _time);

        result.Error.ShouldBeNull();
        result.Events.ShouldBe([new Ev.Start("b"), new Ev.Text("hi")]); // the failed attempt's preamble is never forwarded
        source.Opened.ShouldAllBe(e => e.DisposeCount == 1);
    }

    [Fact]
    public async Task The_pipelines_timeout_ends_a_hanging_start_and_the_retry_tries_again()
    {
        int calls = 0;
        async IAsyncEnumerable<Ev> Open([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
        {
            if (++calls == 1)
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, _time, ct);
            }

            yield return new Ev.Text("late but fine");
        }

        var pipeline = new ResiliencePipelineBuilder { TimeProvider = _time }
            .AddImpRetry(new RetryOptions { Policy = Quick, RandomSource = () => 0 })
            .AddTimeout(TimeSpan.FromSeconds(5))
            .Build();

        var result = await Drive.CollectAsync(StreamRetry.Create(Open, Ev.Rules, pipeline), _time);

        result.Events.ShouldBe([new Ev.Text("late but fine")]);
        calls.ShouldBe(2);
    }

    [Fact]
    public async Task ShouldHandle_classifies_an_SDKs_own_exception()
    {
        var source = new ScriptedSource<Ev>([[Fail(new SdkBusyException("busy"))], [Text("ok")]]);
        var decisions = new List<RetryDecision>();
        var tokens = new List<CancellationToken>();
        using var consumer = new CancellationTokenSource();
        var options = Ev.Options(_time, policy: Quick);
        options.ShouldHandle = (d, ct) =>
        {
            decisions.Add(d);
            tokens.Add(ct);
            return ValueTask.FromResult(d.IsTransient || d.Error is SdkBusyException);
        };

        var result = await Drive.CollectAsync(StreamRetry.Create(source.Open, Ev.Rules, options), _time, cancellationToken: consumer.Token);

        tokens.ShouldBe([consumer.Token], "ShouldHandle gets the consumer's token");

        result.Events.ShouldBe([new Ev.Text("ok")]);
        var decision = decisions.ShouldHaveSingleItem();
        (decision.Attempt, decision.Kind, decision.IsTransient).ShouldBe((0, (RetryCondition?)null, false));
    }

    [Fact]
    public async Task ShouldHandle_can_refuse_a_transient_failure_and_the_give_up_says_so()
    {
        var source = new ScriptedSource<Ev>([[Fail(new StreamException("reset"))], [Text("never")]]);
        var giveUps = new List<RetryGiveUp>();
        var options = Ev.Options(_time, policy: Quick);
        options.ShouldHandle = static (d, _) => ValueTask.FromResult(d.Kind != RetryCondition.ConnectionError);
        options.OnGiveUp = giveUps.Recorder();

        var result = await Drive.CollectAsync(StreamRetry.Create(source.Open, Ev.Rules, options), _time);

        result.Error.ShouldBeOfType<StreamException>();
        source.Calls.ShouldBe(1);
        giveUps.ShouldHaveSingleItem().ShouldBe(new RetryGiveUp(1, result.Error, RetryGiveUpReason.NotRetried));
    }

    [Fact]
    public async Task The_translation_hook_gives_an_SDKs_exception_a_kind_and_a_retry_after()
    {
        var source = new ScriptedSource<Ev>([[Fail(new SdkBusyException("slow down"))], [Text("ok")]]);
        var retries = new List<RetryAttempt>();
        var options = Ev.Options(_time, policy: Quick);
        options.TranslateException = e => e is SdkBusyException ? new RateLimitedException(TimeSpan.FromSeconds(3)) : null;
        options.OnRetry = retries.Recorder();

        var result = await Drive.CollectAsync(StreamRetry.Create(source.Open, Ev.Rules, options), _time);

        result.Events.ShouldBe([new Ev.Text("ok")]);
        var retry = retries.ShouldHaveSingleItem();
        retry.Delay.ShouldBe(TimeSpan.FromSeconds(3));
        retry.Error.ShouldBeOfType<SdkBusyException>(); // callbacks see what was thrown, not the translation
    }

    [Fact]
    public async Task OnRetry_is_awaited_before_the_delay_and_gets_the_consumers_token()
    {
        var source = new ScriptedSource<Ev>([[Fail(new StreamException("reset"))], [Text("ok")]]);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var consumer = new CancellationTokenSource();
        CancellationToken seen = default;
        var options = Ev.Options(_time, policy: Quick);
        options.OnRetry = async (_, ct) =>
        {
            seen = ct;
            await release.Task;
        };

        await using var enumerator = StreamRetry.Create(source.Open, Ev.Rules, options).GetAsyncEnumerator(consumer.Token);
        var next = enumerator.MoveNextAsync().AsTask();
        await Task.Delay(50);

        _time.ActiveTimers.ShouldBe(0); // no delay runs while the callback is pending
        next.IsCompleted.ShouldBeFalse();
        release.SetResult();
        await Drive.RunAsync(next, _time);
        (await next).ShouldBeTrue();
        enumerator.Current.ShouldBe(new Ev.Text("ok"));
        seen.ShouldBe(consumer.Token);
    }

    [Fact]
    public async Task A_give_up_is_reported_once_with_why_and_how_many_attempts()
    {
        var exhausted = new List<RetryGiveUp>();
        var options = Ev.Options(_time, policy: Quick);
        options.OnGiveUp = exhausted.Recorder();
        var failing = new ScriptedSource<Ev>(_ => [Fail(new StreamException("reset"))]);
        (await Drive.CollectAsync(StreamRetry.Create(failing.Open, Ev.Rules, options), _time)).Error.ShouldBeOfType<StreamException>();
        exhausted.ShouldHaveSingleItem().Reason.ShouldBe(RetryGiveUpReason.RetriesExhausted);
        exhausted[0].Attempts.ShouldBe(3);

        var tooLong = new List<RetryGiveUp>();
        options.OnGiveUp = tooLong.Recorder();
        var slowDown = new ScriptedSource<Ev>([[Fail(new RateLimitedException(TimeSpan.FromMinutes(5)))]]);
        await Drive.CollectAsync(StreamRetry.Create(slowDown.Open, Ev.Rules, options), _time);
        tooLong.ShouldHaveSingleItem().Reason.ShouldBe(RetryGiveUpReason.RetryAfterTooLong);

        var permanent = new List<RetryGiveUp>();
        options.OnGiveUp = permanent.Recorder();
        var denied = new ScriptedSource<Ev>([[Fail(new AuthException("no key"))]]);
        await Drive.CollectAsync(StreamRetry.Create(denied.Open, Ev.Rules, options), _time);
        permanent.ShouldHaveSingleItem().ShouldBe(new RetryGiveUp(1, permanent[0].Error, RetryGiveUpReason.NotRetried));
        permanent[0].Error.ShouldBeOfType<AuthException>();
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_a_give_up()
    {
        using var cancellation = new CancellationTokenSource();
        var giveUps = new List<RetryGiveUp>();
        var options = Ev.Options(_time, policy: Quick);
        options.OnGiveUp = giveUps.Recorder();
        var source = new ScriptedSource<Ev>([[Fail(new StreamException("reset"))], [Text("never")]]);
        options.OnRetry = async (_, _) => await cancellation.CancelAsync();

        var result = await Drive.CollectAsync(StreamRetry.Create(source.Open, Ev.Rules, options), _time, cancellationToken: cancellation.Token);

        result.Error.ShouldBeAssignableTo<OperationCanceledException>();
        giveUps.ShouldBeEmpty();
    }

    [Fact]
    public void No_overload_applies_stream_rules_the_caller_did_not_choose()
    {
        MethodInfo[] creates = [.. typeof(StreamRetry).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == nameof(StreamRetry.Create))];

        // Any event type: the rules are a required parameter. Only the StreamEvent overloads, which are not generic, bring their own.
        creates.Where(m => m.IsGenericMethodDefinition).ShouldAllBe(m => m.GetParameters()[1].ParameterType.Name == "StreamRetryRules`1" && !m.GetParameters()[1].IsOptional);
        creates.Where(m => !m.IsGenericMethodDefinition).ShouldAllBe(m => m.ReturnType == typeof(IAsyncEnumerable<StreamEvent>));
    }

    [Fact]
    public void Every_retry_takes_the_one_options_type()
    {
        Type[] optionTypes = [.. typeof(RetryOptions).Assembly.GetExportedTypes().Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal) && t.Name.Contains("Retry", StringComparison.Ordinal))];

        optionTypes.ShouldBe([typeof(RetryOptions)]);
        typeof(TurnRunnerOptions).GetProperty(nameof(TurnRunnerOptions.Retry))!.PropertyType.ShouldBe(typeof(RetryOptions));
        typeof(RetryingChatClient).GetProperty(nameof(RetryingChatClient.Options))!.PropertyType.ShouldBe(typeof(RetryOptions));
    }

    [Fact]
    public async Task A_named_pipeline_from_DI_uses_the_containers_clock_and_logger()
    {
        using var logs = new FakeLoggerProvider();
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<TimeProvider>(_time)
            .AddImpRetryPipeline("llm", o =>
            {
                o.Policy = Quick;
                o.RandomSource = () => 0;
            });
        await using var provider = services.BuildServiceProvider();
        var pipeline = provider.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline("llm");
        int calls = 0;

        var run = pipeline.ExecuteAsync(_ => ++calls < 2 ? throw new ProviderException("busy", (System.Net.HttpStatusCode)529) : ValueTask.FromResult(1)).AsTask();
        await Drive.RunAsync(run, _time);

        (await run).ShouldBe(1);
        _time.Elapsed.ShouldBe(TimeSpan.FromSeconds(1));
        logs.Collector.GetSnapshot().ShouldContain(r => r.Message.Contains("OnRetry", StringComparison.Ordinal) && r.Message.Contains("llm", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_arguments_are_refused_where_the_pipeline_is_built()
    {
        var inconsistent = new RetryOptions { Policy = new RetryPolicy { BaseDelay = TimeSpan.FromSeconds(9), MaxDelay = TimeSpan.FromSeconds(1) } };

        Should.Throw<ArgumentException>(() => new ResiliencePipelineBuilder().AddImpRetry(inconsistent)).Message.ShouldContain("MaxDelay");
        Should.Throw<ArgumentException>(() => new ServiceCollection().AddImpRetryPipeline("x", o => o.Policy = inconsistent.Policy));
        Should.Throw<ArgumentNullException>(() => ((ResiliencePipelineBuilder)null!).AddImpRetry()).ParamName.ShouldBe("builder");
        Should.Throw<ArgumentNullException>(() => ((ResiliencePipelineBuilder<int>)null!).AddImpRetry()).ParamName.ShouldBe("builder");
    }

    [Fact]
    public async Task The_generic_strategy_retries_a_typed_pipeline()
    {
        var pipeline = new ResiliencePipelineBuilder<int> { TimeProvider = _time }.AddImpRetry(new RetryOptions { Policy = Quick, RandomSource = () => 0 }).Build();
        int calls = 0;

        var run = pipeline.ExecuteAsync(_ => ++calls < 3 ? throw new TimeoutException() : ValueTask.FromResult(calls)).AsTask();
        await Drive.RunAsync(run, _time);

        (await run).ShouldBe(3);
    }
}
