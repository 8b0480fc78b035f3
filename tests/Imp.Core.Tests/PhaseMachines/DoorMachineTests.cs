using System.Collections.Generic;
using System.Linq;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.PhaseMachines;

/// <summary>A user's generated machine: table, [FromAnyPhase], self-loops, terminals, the callback.</summary>
public sealed class DoorMachineTests
{
    // The table as the attributes on Door state it, written out by hand.
    private static readonly (Door From, Door To)[] Expected =
    [
        (Door.Closed, Door.Opening), (Door.Closed, Door.Jammed), (Door.Closed, Door.Removed),
        (Door.Opening, Door.Opening), (Door.Opening, Door.Open), (Door.Opening, Door.Jammed), (Door.Opening, Door.Removed),
        (Door.Open, Door.Closing), (Door.Open, Door.Jammed), (Door.Open, Door.Removed),
        (Door.Closing, Door.Closed), (Door.Closing, Door.Jammed), (Door.Closing, Door.Removed),
        (Door.Jammed, Door.Closed), (Door.Jammed, Door.Scrapped), (Door.Jammed, Door.Removed),
    ];

    [Fact]
    public void The_table_is_the_attributes_with_from_any_phase_added_to_every_non_terminal_phase()
    {
        DoorTransitions.All.ShouldBe(Expected);
        DoorTransitions.Initial.ShouldBe(Door.Closed);
        DoorExtensions.GetValues().Where(DoorTransitions.IsTerminal).ShouldBe([Door.Removed, Door.Scrapped]);
    }

    [Fact]
    public void CanTransition_agrees_with_the_table_on_every_pair()
    {
        foreach (Door from in DoorExtensions.GetValues())
        {
            foreach (Door to in DoorExtensions.GetValues())
            {
                DoorTransitions.CanTransition(from, to).ShouldBe(Expected.Contains((from, to)), $"{from} -> {to}");
            }

            DoorTransitions.AllowedNext(from).ShouldBe(Expected.Where(t => t.From == from).Select(t => t.To));
        }
    }

    [Fact]
    public void The_machine_reports_each_transition_to_its_callback()
    {
        var seen = new List<(Door, Door)>();
        var machine = new DoorMachine((from, to) => seen.Add((from, to)));

        machine.Enter(Door.Opening);
        machine.Enter(Door.Opening);
        machine.Enter(Door.Open);
        machine.TryEnter(Door.Closed).ShouldBeFalse();
        machine.Enter(Door.Jammed);
        machine.Enter(Door.Scrapped);

        seen.ShouldBe([(Door.Closed, Door.Opening), (Door.Opening, Door.Opening), (Door.Opening, Door.Open), (Door.Open, Door.Jammed), (Door.Jammed, Door.Scrapped)]);
        machine.IsFinished.ShouldBeTrue();
        machine.AllowedNext.ShouldBeEmpty();
    }

    [Fact]
    public void A_machine_can_start_in_any_declared_phase_but_not_an_undefined_one()
    {
        new DoorMachine(Door.Jammed).Current.ShouldBe(Door.Jammed);
        Should.Throw<System.ArgumentOutOfRangeException>(() => new DoorMachine((Door)42)).ParamName.ShouldBe("start");
    }

    [Fact]
    public void Undefined_values_are_never_a_legal_transition()
    {
        DoorTransitions.CanTransition((Door)42, Door.Closed).ShouldBeFalse();
        DoorTransitions.CanTransition(Door.Closed, (Door)42).ShouldBeFalse();
        DoorTransitions.AllowedNext((Door)42).ShouldBeEmpty();
        new DoorMachine().TryEnter((Door)42).ShouldBeFalse();
    }
}
