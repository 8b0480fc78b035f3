using System;
using System.IO;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Imp.Benchmarks.Runner;

/// <summary>
/// What durable runs cost: the same runs with no run store (the baseline), with <see cref="FileRunStore"/> flushing
/// every record to the OS only, and flushing each checkpoint to disk (the default). Two runs, side by side: one text
/// turn (3 checkpoints), and a turn calling three read-only and one mutable no-op tool then a text turn (26
/// checkpoints). Divide a run's extra time by its checkpoints for the cost per checkpoint. The model never waits, the
/// worst case for the store's relative cost; on a shared 2-core machine absolute times are noise, ratios are not.
/// </summary>
[Config(typeof(QuickConfig))]
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RunStoreBenchmarks
{
    private const string Prompt = "Fix the failing test.";
    private const string TextTurn = "Text turn (3 checkpoints)";
    private const string ToolTurn = "Tool turn + text turn (26 checkpoints)";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "imp-store-bench", Guid.NewGuid().ToString("N"));
    private TurnRunner _text = null!;
    private TurnRunner _textOs = null!;
    private TurnRunner _textDisk = null!;
    private TurnRunner _tools = null!;
    private TurnRunner _toolsOs = null!;
    private TurnRunner _toolsDisk = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = new TurnRunnerOptions { Retry = new RetryOptions { Policy = new RetryPolicy { BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero } } };
        var tools = new ToolRegistry(NoOpTools.ThreeReadsOneWrite());
        var answering = new ScriptedModel(TurnScripts.Answer(100), []);
        var calling = new ScriptedModel(TurnScripts.Answer(100), TurnScripts.Calls(tools.Tools));
        var os = new FileRunStore(Path.Combine(_folder, "os"), flushToDisk: false);
        var disk = new FileRunStore(Path.Combine(_folder, "disk"));
        _text = new TurnRunner(answering, new ToolRegistry(), options);
        _textOs = new TurnRunner(answering, new ToolRegistry(), options with { RunStore = os });
        _textDisk = new TurnRunner(answering, new ToolRegistry(), options with { RunStore = disk });
        _tools = new TurnRunner(calling, tools, options);
        _toolsOs = new TurnRunner(calling, tools, options with { RunStore = os });
        _toolsDisk = new TurnRunner(calling, tools, options with { RunStore = disk });
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [BenchmarkCategory(TextTurn)]
    [Benchmark(Baseline = true, Description = "No store")]
    public Task<RunResult> Text_no_store() => _text.RunAsync(Prompt);

    [BenchmarkCategory(TextTurn)]
    [Benchmark(Description = "Store, flushed to the OS")]
    public Task<RunResult> Text_store_os() => _textOs.RunAsync(Prompt);

    [BenchmarkCategory(TextTurn)]
    [Benchmark(Description = "Store, checkpoints flushed to disk")]
    public Task<RunResult> Text_store_disk() => _textDisk.RunAsync(Prompt);

    [BenchmarkCategory(ToolTurn)]
    [Benchmark(Baseline = true, Description = "No store")]
    public Task<RunResult> Tools_no_store() => _tools.RunAsync(Prompt);

    [BenchmarkCategory(ToolTurn)]
    [Benchmark(Description = "Store, flushed to the OS")]
    public Task<RunResult> Tools_store_os() => _toolsOs.RunAsync(Prompt);

    [BenchmarkCategory(ToolTurn)]
    [Benchmark(Description = "Store, checkpoints flushed to disk")]
    public Task<RunResult> Tools_store_disk() => _toolsDisk.RunAsync(Prompt);
}
