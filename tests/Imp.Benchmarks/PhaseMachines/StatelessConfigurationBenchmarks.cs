using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Stateless;

namespace Imp.Benchmarks.PhaseMachines;

/// <summary>
/// Configuring a Stateless machine for <see cref="TurnPhase"/>: the generated methods against the same
/// <c>Configure</c>/<c>Permit</c> calls by hand (the baseline, which creates its machine too), by wall clock and by the
/// benchmark thread's CPU time (<see cref="QuickCpuConfig"/>).
/// </summary>
[Config(typeof(QuickCpuConfig))]
[MemoryDiagnoser]
public class StatelessConfigurationBenchmarks
{
    private readonly TurnPhase _start = TurnPhase.ReceiveCommands;

    [Benchmark(Baseline = true)]
    public StateMachine<TurnPhase, TurnPhase> HandWritten_configuration() => HandWrittenTurnConfiguration.Create(_start);

    // The generated one-liner: a new machine, configured without the configure-once check (nothing to check on it).
    [Benchmark]
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "BenchmarkDotNet runs instance methods.")]
    public StateMachine<TurnPhase, TurnPhase> Generated_CreateStateMachine() => TurnPhaseTransitions.CreateStateMachine();

    // A machine the caller brings: the same calls plus the configure-once check (Stateless's GetInfo).
    [Benchmark]
    public StateMachine<TurnPhase, TurnPhase> Generated_ConfigureTransitions() =>
        new StateMachine<TurnPhase, TurnPhase>(_start).ConfigureTransitions();
}
