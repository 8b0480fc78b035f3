using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.Runner.Support;
using Microsoft.Extensions.AI;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Runner;

/// <summary>Cancel ends a run promptly even while the model's stream ignores its token; the stream is disposed later.</summary>
public sealed class TurnRunnerCancellationTests
{
    /// <summary>A model whose stream never looks at its token: it waits on <see cref="Release"/> alone.</summary>
    private sealed class DeafModel(bool textFirst) : IChatClient
    {
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Holding { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Disposed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
            IEnumerable<ChatMessage> messages,
            ChatOptions? options = null,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                if (textFirst)
                {
                    yield return new ChatResponseUpdate(ChatRole.Assistant, "Working on it");
                }

                Holding.TrySetResult();
                await Release.Task; // deaf: no token
                yield return new ChatResponseUpdate(ChatRole.Assistant, "late") { FinishReason = ChatFinishReason.Stop };
            }
            finally
            {
                Disposed.TrySetResult();
            }
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    [Theory]
    [InlineData(false)] // held before the first update
    [InlineData(true)]  // held after a text delta
    public async Task Cancel_ends_the_run_while_the_stream_ignores_its_token(bool textFirst)
    {
        var model = new DeafModel(textFirst);
        var runner = new TurnRunner(model, new ToolRegistry(), new TurnRunnerOptions { Retry = Runs.Immediate });
        AgentRun run = runner.Start("do the task");
        await model.Holding.Task.WaitAsync(TimeSpan.FromSeconds(30));

        run.Cancel();
        RunResult result = await run.Completion.WaitAsync(TimeSpan.FromSeconds(10));

        result.Status.ShouldBe(new RunFinalStatus.Cancelled());
        model.Disposed.Task.IsCompleted.ShouldBeFalse("the stream is still held by the model");
        List<RunEvent> events = [];
        await foreach (RunEvent e in run.Events)
        {
            events.Add(e);
        }

        events[^1].ShouldBeOfType<RunEvent.RunFinished>();
        model.Release.SetResult();
        await model.Disposed.Task.WaitAsync(TimeSpan.FromSeconds(10)); // disposed in the background once the read returns
    }

    [Fact]
    public async Task The_callers_token_ends_a_run_from_RunAsync_the_same_way()
    {
        var model = new DeafModel(textFirst: true);
        var runner = new TurnRunner(model, new ToolRegistry(), new TurnRunnerOptions { Retry = Runs.Immediate });
        using var cancel = new CancellationTokenSource();
        Task<RunResult> running = runner.RunAsync("do the task", cancel.Token);
        await model.Holding.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await cancel.CancelAsync();

        (await running.WaitAsync(TimeSpan.FromSeconds(10))).Status.ShouldBe(new RunFinalStatus.Cancelled());
        model.Release.SetResult();
        await model.Disposed.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task An_empty_model_response_fails_the_run_as_imp_core_does_and_an_empty_complete_one_does_not()
    {
        (RunResult empty, RunRecorder recorder) = await Runs.RunAsync(new ScriptedChatClient([[]]));
        (RunResult blank, _) = await Runs.RunAsync(new ScriptedChatClient([[Say.Start(), Say.Finish("stop")]]));

        empty.Status.ShouldBeOfType<RunFinalStatus.Failed>().Message.ShouldBe(
            "The model could not be sampled: The model's stream ended before its message was complete (no terminal event after 0 characters of text and 0 tool call(s)).");
        recorder.Of<RunEvent.ModelFailed>().ShouldHaveSingleItem();
        blank.Status.ShouldBe(new RunFinalStatus.Done(StopReason.NoAutomaticFollowUp));
        blank.Messages.Where(m => m.Role == ChatRole.Assistant).ShouldBeEmpty("providers refuse an empty assistant message");
    }
}
