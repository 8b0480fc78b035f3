using System;
using BenchmarkDotNet.Attributes;

namespace Imp.Benchmarks.PhaseMachines;

/// <summary>
/// The generated <c>CanTransition</c> (a switch) and <c>TryEnter</c> against a dictionary-of-sets table, over 1,024
/// pairs drawn with a fixed seed: about a third legal moves, the rest any pair at all.
/// </summary>
[Config(typeof(QuickConfig))]
[MemoryDiagnoser]
public class TransitionBenchmarks
{
    private const int Count = 1024;
    private readonly DictionaryTurnTable _dictionary = new();
    private (TurnPhase From, TurnPhase To)[] _pairs = [];
    private TurnPhase[] _walk = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        TurnPhase[] phases = Enum.GetValues<TurnPhase>();
        _pairs = new (TurnPhase, TurnPhase)[Count];
        for (int i = 0; i < Count; i++)
        {
            TurnPhase from = phases[random.Next(phases.Length)];
            var allowed = TurnPhaseTransitions.AllowedNext(from);
            _pairs[i] = random.Next(3) == 0 && allowed.Length > 0
                ? (from, allowed[random.Next(allowed.Length)])
                : (from, phases[random.Next(phases.Length)]);
        }

        // A walk that never finishes: legal steps (Finish excluded) with illegal attempts in between.
        _walk = new TurnPhase[Count];
        TurnPhase current = TurnPhaseTransitions.Initial;
        for (int i = 0; i < Count; i++)
        {
            if (i % 4 == 3)
            {
                _walk[i] = phases[random.Next(phases.Length)] is var any && any != TurnPhase.Finish ? any : TurnPhase.PreTurn;
                continue;
            }

            var allowed = TurnPhaseTransitions.AllowedNext(current);
            TurnPhase next;
            do
            {
                next = allowed[random.Next(allowed.Length)];
            }
            while (next == TurnPhase.Finish);
            _walk[i] = next;
            current = next;
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int Dictionary_CanTransition()
    {
        int legal = 0;
        foreach ((TurnPhase from, TurnPhase to) in _pairs)
        {
            legal += _dictionary.CanTransition(from, to) ? 1 : 0;
        }

        return legal;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Generated_CanTransition()
    {
        int legal = 0;
        foreach ((TurnPhase from, TurnPhase to) in _pairs)
        {
            legal += TurnPhaseTransitions.CanTransition(from, to) ? 1 : 0;
        }

        return legal;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Dictionary_TryEnter()
    {
        TurnPhase current = TurnPhaseTransitions.Initial;
        int entered = 0;
        foreach (TurnPhase next in _walk)
        {
            if (_dictionary.CanTransition(current, next))
            {
                current = next;
                entered++;
            }
        }

        return entered;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Generated_TryEnter()
    {
        // One machine per pass, as a run would have one; its allocation is shared by 1,024 steps.
        var machine = new TurnPhaseMachine();
        int entered = 0;
        foreach (TurnPhase next in _walk)
        {
            entered += machine.TryEnter(next) ? 1 : 0;
        }

        return entered;
    }
}
