using System;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.AI;

namespace Imp.Benchmarks.Runner;

/// <summary>
/// The runner's own cost per turn: <see cref="TurnRunner.RunAsync"/> against <see cref="BareLoop"/>, which does only
/// the phases' work (stream 100 text deltas and concatenate them; call the tools), on the same scripted model that
/// never waits, the worst case for the runner's relative cost. Two runs: one text turn; and a turn calling three
/// read-only and one mutable no-op tool, then a text turn. Times and allocations are per turn (the two-turn runs
/// count as two operations), and each runner is compared with its own baseline in the same run. "Phases alone" does
/// what the turn's phases do, with stream retry and the tool executor, but without the runner (<see cref="PhasesAlone"/>):
/// runner over phases alone is the runner's own overhead. "Retried sampling only" is the sampling path by itself
/// (<see cref="RetriedSampling"/>). Every case takes the same cancellable host token, as a host passes its request's:
/// a cancellable token costs registrations in every stream and tool call, and a baseline that paid them while the
/// runner did not (or the other way round) would tilt the ratio.
/// </summary>
[Config(typeof(RunnerConfig))]
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class TurnRunnerBenchmarks : IDisposable
{
    private const int Deltas = 100;
    private const string Prompt = "Fix the failing test.";
    private const string TextTurn = "Text turn";
    private const string ToolTurn = "Tool turn + text turn";

    // Retries that never wait; nothing fails here, so the policy only has to be cheap to hold.
    private static readonly TurnRunnerOptions Options = new()
    {
        Retry = new RetryOptions { Policy = new RetryPolicy { BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero } },
    };

    // A host's token (a request's, a shutdown's): cancellable, never cancelled, the same for the runner and its baselines.
    private readonly CancellationTokenSource _host = new();
    private readonly ToolRegistry _noTools = new();
    private readonly ToolRegistry _tools = new(NoOpTools.ThreeReadsOneWrite());
    private ScriptedModel _answering = null!;
    private ScriptedModel _calling = null!;
    private ChatOptions _noDeclarations = null!;
    private ChatOptions _declarations = null!;
    private TurnRunner _textRunner = null!;
    private TurnRunner _observedTextRunner = null!;
    private int _eventsSeen;
    private TelemetryListeners? _telemetry;
    private TurnRunner _toolRunner = null!;
    private RetryingChatClient _retrying = null!;
    private RetryingChatClient _retryingCalls = null!;
    private ChatMessage[] _conversation = [];

    [GlobalSetup]
    public void Setup()
    {
        ChatResponseUpdate[] answer = TurnScripts.Answer(Deltas);
        _answering = new ScriptedModel(answer, []);
        _calling = new ScriptedModel(answer, TurnScripts.Calls(_tools.Tools));

        // A bare loop declares its tools too, but builds the declarations once, not per run.
        _noDeclarations = new ChatOptions();
        _declarations = new ChatOptions { Tools = _tools.ToDeclarations() };
        _textRunner = new TurnRunner(_answering, _noTools, Options);
        _observedTextRunner = new TurnRunner(_answering, _noTools, Options with
        {
            OnEvent = (_, _) =>
            {
                _eventsSeen++;
                return ValueTask.CompletedTask;
            },
        });
        _toolRunner = new TurnRunner(_calling, _tools, Options);
        _retrying = new RetryingChatClient(_answering, Options.Retry);
        _retryingCalls = new RetryingChatClient(_calling, Options.Retry);
        _conversation = [new ChatMessage(ChatRole.User, Prompt)];
        Check(Bare_text_turn().GetAwaiter().GetResult(), Runner_text_turn().GetAwaiter().GetResult(), turns: 1);
        Check(Bare_tool_then_text_turn().GetAwaiter().GetResult(), Runner_tool_then_text_turn().GetAwaiter().GetResult(), turns: 2);
        Check(Phases_text_turn().GetAwaiter().GetResult(), Runner_text_turn().GetAwaiter().GetResult(), turns: 1);
        Check(Phases_tool_then_text_turn().GetAwaiter().GetResult(), Runner_tool_then_text_turn().GetAwaiter().GetResult(), turns: 2);
    }

    [BenchmarkCategory(TextTurn)]
    [Benchmark(Baseline = true, Description = "Bare loop")]
    public Task<(int Length, int Turns)> Bare_text_turn() => BareLoop.RunAsync(_answering, _noTools, _noDeclarations, Prompt, _host.Token);

    [BenchmarkCategory(TextTurn)]
    [Benchmark(Description = "TurnRunner")]
    public Task<RunResult> Runner_text_turn() => _textRunner.RunAsync(Prompt, _host.Token);

    [BenchmarkCategory(TextTurn)]
    [Benchmark(Description = "TurnRunner, events observed")]
    public Task<RunResult> Observed_runner_text_turn() => _observedTextRunner.RunAsync(Prompt, _host.Token);

    [BenchmarkCategory(TextTurn)]
    [Benchmark(Description = "TurnRunner, telemetry on")]
    public Task<RunResult> Traced_runner_text_turn() => _textRunner.RunAsync(Prompt, _host.Token);

    /// <summary>For the traced case only (each case runs in its own process): spans sampled and recorded, metrics listened to.</summary>
    [GlobalSetup(Target = nameof(Traced_runner_text_turn))]
    public void SetupTraced()
    {
        Setup();
        _telemetry = new TelemetryListeners();
    }

    [BenchmarkCategory(TextTurn)]
    [Benchmark(Description = "Phases alone")]
    public Task<(int Length, int Turns)> Phases_text_turn() => PhasesAlone.RunAsync(_retrying, _noTools, null, Prompt, _host.Token);

    [BenchmarkCategory(TextTurn)]
    [Benchmark(Description = "Retried sampling only")]
    public Task<int> Retried_sampling_text_turn() => RetriedSampling.SampleAsync(_retrying, _conversation, _host.Token);

    [BenchmarkCategory(ToolTurn)]
    [Benchmark(Baseline = true, OperationsPerInvoke = 2, Description = "Bare loop")]
    public Task<(int Length, int Turns)> Bare_tool_then_text_turn() => BareLoop.RunAsync(_calling, _tools, _declarations, Prompt, _host.Token);

    [BenchmarkCategory(ToolTurn)]
    [Benchmark(OperationsPerInvoke = 2, Description = "TurnRunner")]
    public Task<RunResult> Runner_tool_then_text_turn() => _toolRunner.RunAsync(Prompt, _host.Token);

    [BenchmarkCategory(ToolTurn)]
    [Benchmark(OperationsPerInvoke = 2, Description = "Phases alone")]
    public Task<(int Length, int Turns)> Phases_tool_then_text_turn() => PhasesAlone.RunAsync(_retryingCalls, _tools, _declarations, Prompt, _host.Token);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    // Not sealed, hence the full pattern: BenchmarkDotNet runs a class it derives from this one, and skips sealed ones.
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _answering.Dispose();
            _calling.Dispose();
            _retrying.Dispose();
            _retryingCalls.Dispose();
            _telemetry?.Dispose();
            _host.Dispose();
        }
    }

    // Both sides must have done the same work, or the ratio means nothing.
    private static void Check((int Length, int Turns) bare, RunResult run, uint turns)
    {
        string answer = run.Messages[^1].Text;
        if (run.Status is not RunFinalStatus.Done || run.Turns != turns || bare.Turns != turns || bare.Length != answer.Length)
        {
            throw new InvalidOperationException($"The runs differ: runner {run.Status} after {run.Turns} turns with {answer.Length} chars, bare loop {bare.Turns} turns with {bare.Length} chars.");
        }
    }
}
