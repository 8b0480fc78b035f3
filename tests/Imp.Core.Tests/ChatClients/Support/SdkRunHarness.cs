using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.Retry.Support;
using Imp.Core.Tests.Runner.Support;
using Shouldly;

namespace Imp.Core.Tests.ChatClients.Support;

/// <summary>
/// What the end-to-end tests of the official SDKs share: the <c>read_file</c> tool (it counts its runs), the run's
/// events, a manual clock that moves only while a reported retry waits (nothing sleeps, no tool timeout can fire), and
/// a run bounded in real time. Each test builds its own SDK client and asserts its own wire shapes.
/// </summary>
public sealed class SdkRunHarness
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);
    public static readonly string[] AnswerDeltas = ["The file ", "says ", "hello."];
    public static readonly string Answer = string.Concat(AnswerDeltas);
    public const string ToolOutput = "contents of src/a.txt: hello";
    public static readonly RetryPolicy Policy = new() { MaxRetries = 5, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10) };

    private int _toolRuns;
    private int _retriesFired;

    public SdkRunHarness()
    {
        ReadFile = AgentTool.Create("read_file", "Reads a file", ToolRisk.ReadOnly, (args, _) =>
        {
            Interlocked.Increment(ref _toolRuns);
            return ValueTask.FromResult($"contents of {args.GetProperty("path").GetString()}: hello");
        });
    }

    public ManualTimeProvider Time { get; } = new();

    public RunRecorder Recorder { get; } = new();

    public AgentTool ReadFile { get; }

    public int ToolRuns => Volatile.Read(ref _toolRuns);

    private int RetriesSeen => Recorder.Of<RunEvent.ModelRetry>().Count();

    /// <summary>
    /// Options on the manual clock with jitter off, recording every event; a retry makes a refusing
    /// <paramref name="server"/> listen, before the retry's delay ends.
    /// </summary>
    public TurnRunnerOptions Options(LoopbackHttpServer server, RetryPolicy? policy, Func<Exception, Exception?>? translateException = null) => new()
    {
        Retry = new RetryOptions { Policy = policy ?? Policy, TranslateException = translateException, RandomSource = static () => 0.0 },
        TimeProvider = Time,
        OnEvent = (e, _) =>
        {
            Recorder.Record(e);
            if (e is RunEvent.ModelRetry)
            {
                server.Listen();
            }

            return ValueTask.CompletedTask;
        },
    };

    /// <summary>Runs the test prompt; fails the test when the run hit <see cref="Bound"/>.</summary>
    public async Task<RunResult> RunAsync(TurnRunner runner)
    {
        using var bound = new CancellationTokenSource(Bound);
        var running = runner.RunAsync("Read src/a.txt and tell me what it says", bound.Token);
        while (!running.IsCompleted)
        {
            // Only a reported retry's delay is fired: the clock never moves under a running tool.
            if (_retriesFired < RetriesSeen && Time.AdvanceToNextTimer())
            {
                _retriesFired++;
                continue;
            }

            await Task.WhenAny(running, Task.Delay(5, CancellationToken.None));
        }

        var result = await running;
        result.Status.ShouldNotBeOfType<RunFinalStatus.Cancelled>("the run hit the test's bound");
        return result;
    }

    /// <summary>The JSON body of a recorded request ("POST /path {…}").</summary>
    public static JsonElement Body(string request) => JsonDocument.Parse(request[request.IndexOf('{', StringComparison.Ordinal)..]).RootElement;
}
