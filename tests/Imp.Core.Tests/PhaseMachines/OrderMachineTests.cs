using System;
using System.Collections.Generic;
using System.Linq;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.PhaseMachines;

/// <summary>A user's generated machine with a trigger enum: the trigger table, firing, refusals and diagrams.</summary>
public sealed class OrderMachineTests
{
    // The [On] and [FromAnyPhase(Cancel)] attributes on Order, written out by hand.
    private static readonly (Order From, OrderTrigger Trigger, Order To)[] Expected =
    [
        (Order.Cart, OrderTrigger.Pay, Order.Paid), (Order.Cart, OrderTrigger.Recount, Order.Cart), (Order.Cart, OrderTrigger.Cancel, Order.Cancelled),
        (Order.Paid, OrderTrigger.Ship, Order.Shipped), (Order.Paid, OrderTrigger.Cancel, Order.Cancelled),
        (Order.Shipped, OrderTrigger.Deliver, Order.Delivered), (Order.Shipped, OrderTrigger.Cancel, Order.Cancelled),
    ];

    [Fact]
    public void The_trigger_table_is_the_attributes_with_the_any_phase_trigger_added_to_every_non_terminal_phase()
    {
        OrderTransitions.Triggered.ShouldBe(Expected);
        OrderTransitions.PermittedTriggers(Order.Paid).ShouldBe([OrderTrigger.Ship, OrderTrigger.Cancel]);
        OrderTransitions.PermittedTriggers(Order.Delivered).ShouldBeEmpty();
        OrderTransitions.PermittedTriggers((Order)42).ShouldBeEmpty();
    }

    [Fact]
    public void TryGetDestination_answers_where_each_trigger_leads_from_each_phase()
    {
        OrderTrigger[] triggers = [.. Enum.GetValues<OrderTrigger>(), (OrderTrigger)42];
        Order[] phases = [.. OrderExtensions.GetValues(), (Order)42];
        foreach (Order from in phases)
        {
            foreach (OrderTrigger trigger in triggers)
            {
                (Order, OrderTrigger, Order)[] expected = Expected.Where(t => t.From == from && t.Trigger == trigger).ToArray();
                bool found = OrderTransitions.TryGetDestination(from, trigger, out Order to);
                found.ShouldBe(expected.Length == 1, $"{from} --{trigger}-->");
                OrderTransitions.CanFire(from, trigger).ShouldBe(found);
                if (found)
                {
                    to.ShouldBe(expected[0].Item3);
                }
            }
        }
    }

    [Fact]
    public void The_phase_table_holds_every_triggered_transition_and_the_untriggered_one()
    {
        OrderTransitions.All.ShouldBe(
        [
            (Order.Cart, Order.Paid), (Order.Cart, Order.Cart), (Order.Cart, Order.Cancelled),
            (Order.Paid, Order.Cart), (Order.Paid, Order.Shipped), (Order.Paid, Order.Cancelled),
            (Order.Shipped, Order.Delivered), (Order.Shipped, Order.Cancelled),
        ]);
    }

    [Fact]
    public void The_machine_fires_triggers_reports_them_and_refuses_what_the_phase_does_not_permit()
    {
        var seen = new List<(Order, Order)>();
        var machine = new OrderMachine((from, to) => seen.Add((from, to)));

        machine.PermittedTriggers.ShouldBe([OrderTrigger.Pay, OrderTrigger.Recount, OrderTrigger.Cancel]);
        machine.Fire(OrderTrigger.Recount);
        machine.Fire(OrderTrigger.Pay);
        machine.TryFire(OrderTrigger.Deliver).ShouldBeFalse();
        machine.Current.ShouldBe(Order.Paid);
        machine.Enter(Order.Cart);
        machine.Fire(OrderTrigger.Pay);
        machine.Fire(OrderTrigger.Ship);

        PhaseTriggerException error = Should.Throw<PhaseTriggerException>(() => machine.Fire(OrderTrigger.Pay));
        error.Message.ShouldBe("The Order machine cannot fire Pay in shipped; permitted in shipped: Deliver, Cancel.");
        (error.PhaseType, error.Phase, error.Trigger).ShouldBe((typeof(Order), "shipped", "Pay"));
        error.Permitted.ShouldBe(["Deliver", "Cancel"]);

        machine.Fire(OrderTrigger.Cancel);
        machine.IsFinished.ShouldBeTrue();
        Should.Throw<PhaseTriggerException>(() => machine.Fire(OrderTrigger.Cancel)).Message
            .ShouldBe("The Order machine cannot fire Cancel in cancelled; no trigger is permitted in cancelled.");
        seen.ShouldBe(
        [
            (Order.Cart, Order.Cart), (Order.Cart, Order.Paid), (Order.Paid, Order.Cart), (Order.Cart, Order.Paid),
            (Order.Paid, Order.Shipped), (Order.Shipped, Order.Cancelled),
        ]);
    }

    [Fact]
    public void Diagrams_label_each_triggered_edge_with_its_trigger()
    {
        OrderTransitions.Mermaid.Split('\n').ShouldBe(
        [
            "stateDiagram-v2",
            "    [*] --> Cart",
            "    Cart --> Paid : Pay",
            "    Cart --> Cart : Recount",
            "    Cart --> Cancelled : Cancel",
            "    Paid --> Cart",
            "    Paid --> Shipped : Ship",
            "    Paid --> Cancelled : Cancel",
            "    Shipped --> Delivered : Deliver",
            "    Shipped --> Cancelled : Cancel",
            "    Delivered --> [*]",
            "    Cancelled --> [*]",
        ]);
        OrderTransitions.Dot.ShouldContain("    \"Cart\" -> \"Paid\" [label=\"Pay\"];\n");
        OrderTransitions.Dot.ShouldContain("    \"Paid\" -> \"Cart\";\n");
    }
}
