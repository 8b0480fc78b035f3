using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Stateless;

namespace Imp.Benchmarks.PhaseMachines;

/// <summary>
/// The generated phase machines against the real Stateless, side by side in one run, each pair in its own category
/// with Stateless as the baseline: legality checks over 1,024 mixed legal and illegal pairs, a 100-turn walk, trigger
/// firing over 1,024 mixed triggers (configuring a machine is in <see cref="StatelessConfigurationBenchmarks"/>).
/// Stateless machines are configured once, in setup, with their state kept outside them.
/// </summary>
[Config(typeof(QuickConfig))]
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class StatelessBenchmarks
{
    private const int Count = 1024;
    private const int Turns = 100;

    private (TurnPhase From, TurnPhase To)[] _pairs = [];
    private TurnPhase[] _walk = [];
    private ShipmentTrigger[] _triggers = [];
    private TurnPhase _turnPhase;
    private TurnPhase _start = TurnPhase.ReceiveCommands;
    private Shipment _shipmentPhase;
    private StateMachine<TurnPhase, TurnPhase> _turnMachine = null!;
    private StateMachine<Shipment, ShipmentTrigger> _shipmentMachine = null!;
    private TurnState _turn = null!;
    private ShipmentMachine _shipment = null!;

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
            _pairs[i] = random.Next(2) == 0 && allowed.Length > 0 ? (from, allowed[random.Next(allowed.Length)]) : (from, phases[random.Next(phases.Length)]);
        }

        _walk = TurnWalk(random);
        ShipmentTrigger[] triggers = Enum.GetValues<ShipmentTrigger>();
        _triggers = new ShipmentTrigger[Count];
        for (int i = 0; i < Count; i++)
        {
            _triggers[i] = triggers[random.Next(triggers.Length)];
        }

        _turnMachine = TurnPhaseTransitions.CreateStateMachine(() => _turnPhase, p => _turnPhase = p);
        _shipmentMachine = ShipmentTransitions.CreateStateMachine(() => _shipmentPhase, p => _shipmentPhase = p);
        _turn = new TurnState(0);
        _shipment = new ShipmentMachine();
    }

    [BenchmarkCategory("CanTransition vs CanFire"), Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int Stateless_CanFire()
    {
        int legal = 0;
        foreach ((TurnPhase from, TurnPhase to) in _pairs)
        {
            _turnPhase = from;
            legal += _turnMachine.CanFire(to) ? 1 : 0;
        }

        return legal;
    }

    [BenchmarkCategory("CanTransition vs CanFire"), Benchmark(OperationsPerInvoke = Count)]
    public int Generated_CanTransition()
    {
        int legal = 0;
        foreach ((TurnPhase from, TurnPhase to) in _pairs)
        {
            legal += TurnPhaseTransitions.CanTransition(from, to) ? 1 : 0;
        }

        return legal;
    }

    // Per step of a 100-turn walk; the walk ends where it starts, in ReceiveCommands, so one TurnState serves every call.
    [BenchmarkCategory("100-turn walk"), Benchmark(Baseline = true)]
    public TurnPhase Stateless_Fire_walk()
    {
        _turnPhase = _start;
        foreach (TurnPhase next in _walk)
        {
            _turnMachine.Fire(next);
        }

        return _turnPhase;
    }

    [BenchmarkCategory("100-turn walk"), Benchmark]
    public TurnPhase Generated_TurnState_Enter_walk()
    {
        foreach (TurnPhase next in _walk)
        {
            _turn.Enter(next);
        }

        return _turn.Phase;
    }

    [BenchmarkCategory("Trigger firing"), Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int Stateless_CanFire_then_Fire()
    {
        int fired = 0;
        foreach (ShipmentTrigger trigger in _triggers)
        {
            if (_shipmentMachine.CanFire(trigger))
            {
                _shipmentMachine.Fire(trigger);
                fired++;
            }
        }

        return fired;
    }

    [BenchmarkCategory("Trigger firing"), Benchmark(OperationsPerInvoke = Count)]
    public int Generated_TryFire()
    {
        int fired = 0;
        foreach (ShipmentTrigger trigger in _triggers)
        {
            fired += _shipment.TryFire(trigger) ? 1 : 0;
        }

        return fired;
    }

    // 100 turns of imp-core's order: a third with tools, a tenth with a stream error, the rest straight to assessment.
    private static TurnPhase[] TurnWalk(Random random)
    {
        var walk = new List<TurnPhase>();
        for (int turn = 0; turn < Turns; turn++)
        {
            walk.AddRange([TurnPhase.PreTurn, TurnPhase.BuildContext, TurnPhase.SampleModel]);
            int kind = random.Next(10);
            if (kind == 0)
            {
                walk.Add(TurnPhase.RecordObservations);
            }
            else if (kind <= 3)
            {
                walk.AddRange([TurnPhase.FinalizeAssistantMessage, TurnPhase.PlanTools, TurnPhase.ExecuteTools, TurnPhase.RecordObservations]);
            }
            else
            {
                walk.Add(TurnPhase.FinalizeAssistantMessage);
            }

            walk.AddRange([TurnPhase.AssessTurn, TurnPhase.DecideNext, TurnPhase.ReceiveCommands]);
        }

        return walk.ToArray();
    }
}
