using System.Linq;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.PhaseMachines;

/// <summary>Phases whose values have gaps: the generated table is a switch, not a bit table.</summary>
[PhaseMachine]
public enum Relay
{
    [InitialPhase, Next(Armed)] Idle = 1,
    [Next(Idle, Fired)] Armed = 10,
    [TerminalPhase] Fired = 100,
}

public sealed class SparseMachineTests
{
    private static readonly (Relay, Relay)[] Expected = [(Relay.Idle, Relay.Armed), (Relay.Armed, Relay.Idle), (Relay.Armed, Relay.Fired)];

    [Fact]
    public void CanTransition_agrees_with_the_table_on_every_pair_and_on_undefined_values()
    {
        Relay[] candidates = [.. RelayExtensions.GetValues(), (Relay)0, (Relay)2, (Relay)11, (Relay)(-1)];
        foreach (Relay from in candidates)
        {
            foreach (Relay to in candidates)
            {
                RelayTransitions.CanTransition(from, to).ShouldBe(Expected.Contains((from, to)), $"{from} -> {to}");
            }
        }

        RelayTransitions.All.ShouldBe(Expected);
    }
}
