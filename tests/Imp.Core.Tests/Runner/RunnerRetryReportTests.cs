using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.Runner.Support;
using Microsoft.Extensions.AI;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Runner;

/// <summary>
/// A runner's runs share one retrying client; each run's retries must become that run's events only, and the host's
/// own <see cref="RetryOptions.OnRetry"/> still hears of every retry, observed run or not.
/// </summary>
public sealed class RunnerRetryReportTests
{
    [Fact]
    public async Task Two_runs_sampling_at_once_each_report_only_their_own_retries()
    {
        var model = new TwoPromptsModel(flakyPrompt: "flaky", failures: 2);
        var recorder = new RunRecorder();
        var runner = new TurnRunner(model, new ToolRegistry(), new TurnRunnerOptions { Retry = Runs.Immediate, OnEvent = recorder.RecordAsync });

        AgentRun flaky = runner.Start("flaky");
        AgentRun steady = runner.Start("steady");
        Task<List<RunEvent>> flakyEvents = ReadAllAsync(flaky);
        Task<List<RunEvent>> steadyEvents = ReadAllAsync(steady);
        RunResult[] results = await Task.WhenAll(flaky.Completion, steady.Completion).WaitAsync(TimeSpan.FromSeconds(30));

        results.ShouldAllBe(r => r.Status is RunFinalStatus.Done);
        model.BothSampledAtOnce.ShouldBeTrue();
        (await flakyEvents).OfType<RunEvent.ModelRetry>().Select(r => (r.RunId, r.Attempt)).ShouldBe([(flaky.Id, 0), (flaky.Id, 1)]);
        (await steadyEvents).OfType<RunEvent.ModelRetry>().ShouldBeEmpty();
        recorder.Of<RunEvent.ModelRetry>().ShouldAllBe(r => r.RunId == flaky.Id);
        recorder.Of<RunEvent.ModelRetry>().Count().ShouldBe(2);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_hosts_OnRetry_hears_every_retry_with_the_error_the_model_threw_whether_or_not_the_run_is_observed(bool observed)
    {
        var heard = new List<RetryAttempt>();
        RetryOptions retry = Runs.Immediate;
        retry.OnRetry = (attempt, _) =>
        {
            lock (heard)
            {
                heard.Add(attempt);
            }

            return ValueTask.CompletedTask;
        };
        var recorder = new RunRecorder();
        var options = new TurnRunnerOptions { Retry = retry, OnEvent = observed ? recorder.RecordAsync : null };
        var runner = new TurnRunner(new TwoPromptsModel(flakyPrompt: "do the task", failures: 2, alone: true), new ToolRegistry(), options);

        RunResult result = await runner.RunAsync("do the task").WaitAsync(TimeSpan.FromSeconds(30));

        result.Status.ShouldBeOfType<RunFinalStatus.Done>();
        heard.Select(a => a.Attempt).ShouldBe([0, 1]);
        heard.ShouldAllBe(a => a.Error is HttpRequestException && a.Error.Message == "connection reset");
        recorder.Of<RunEvent.ModelRetry>().Select(r => (r.RunId, r.Error)).ShouldBe(observed
            ? [(result.RunId, "connection reset"), (result.RunId, "connection reset")]
            : []);
    }

    private static async Task<List<RunEvent>> ReadAllAsync(AgentRun run)
    {
        var events = new List<RunEvent>();
        await foreach (RunEvent runEvent in run.Events)
        {
            events.Add(runEvent);
        }

        return events;
    }

    /// <summary>
    /// Answers every prompt; the flaky prompt's first attempts fail with a 503 once both prompts' first attempts are
    /// under way, so the two runs sample at the same time.
    /// </summary>
    private sealed class TwoPromptsModel(string flakyPrompt, int failures, bool alone = false) : IChatClient
    {
        private readonly TaskCompletionSource _bothStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _started;
        private int _failed;

        public bool BothSampledAtOnce => _bothStarted.Task.IsCompletedSuccessfully;

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The runner streams.");

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
            IEnumerable<ChatMessage> messages,
            ChatOptions? options = null,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            string prompt = messages.First(m => m.Role == ChatRole.User).Text;
            if (Interlocked.Increment(ref _started) == (alone ? 1 : 2))
            {
                _bothStarted.TrySetResult();
            }

            await _bothStarted.Task.WaitAsync(cancellationToken);
            yield return new ChatResponseUpdate { Role = ChatRole.Assistant, ModelId = "scripted" };
            if (prompt == flakyPrompt && Interlocked.Increment(ref _failed) <= failures)
            {
                throw new HttpRequestException("connection reset", null, HttpStatusCode.ServiceUnavailable);
            }

            yield return new ChatResponseUpdate(ChatRole.Assistant, $"answer to {prompt}");
            yield return new ChatResponseUpdate { FinishReason = ChatFinishReason.Stop };
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
