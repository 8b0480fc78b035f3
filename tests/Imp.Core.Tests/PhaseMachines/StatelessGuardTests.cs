using System;
using System.Collections.Generic;
using Shouldly;
using Stateless;
using Xunit;

namespace Imp.Core.Tests.PhaseMachines;

/// <summary>Guards on generated transitions become PermitIf, and a machine is configured once.</summary>
public sealed class StatelessGuardTests
{
    [Fact]
    public void A_guard_is_asked_with_the_transition_and_a_false_answer_refuses_the_fire_with_its_description()
    {
        var asked = new List<(Order, OrderTrigger, Order)>();
        bool paymentAuthorised = false;
        StateMachine<Order, OrderTrigger> machine = OrderTransitions.CreateStateMachine(
            guard: (from, trigger, to) =>
            {
                asked.Add((from, trigger, to));
                return trigger != OrderTrigger.Pay || paymentAuthorised;
            },
            guardDescription: "payment authorised");

        machine.CanFire(OrderTrigger.Pay).ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => machine.Fire(OrderTrigger.Pay)).Message.ShouldContain("payment authorised");
        machine.State.ShouldBe(Order.Cart);

        paymentAuthorised = true;
        machine.Fire(OrderTrigger.Pay);
        machine.State.ShouldBe(Order.Paid);
        asked.ShouldContain((Order.Cart, OrderTrigger.Pay, Order.Paid));
    }

    [Fact]
    public void A_guarded_reentry_is_refused_while_the_guard_says_no()
    {
        StateMachine<Door, Door> machine = DoorTransitions.CreateStateMachine(guard: (from, to) => !(from == Door.Opening && to == Door.Opening));
        machine.Fire(Door.Opening);

        machine.CanFire(Door.Opening).ShouldBeFalse();
        machine.CanFire(Door.Open).ShouldBeTrue();
        Should.Throw<InvalidOperationException>(() => machine.Fire(Door.Opening)).Message.ShouldContain("guard");
    }

    [Fact]
    public void A_guard_that_allows_everything_changes_nothing()
    {
        TurnPhase phase = TurnPhase.ReceiveCommands;
        StateMachine<TurnPhase, TurnPhase> machine = TurnPhaseTransitions.CreateStateMachine(() => phase, p => phase = p, guard: (_, _) => true);

        foreach (TurnPhase next in new[] { TurnPhase.PreTurn, TurnPhase.BuildContext, TurnPhase.SampleModel, TurnPhase.Finish })
        {
            machine.Fire(next);
        }

        phase.ShouldBe(TurnPhase.Finish);
    }

    [Fact]
    public void Configuring_a_configured_machine_fails_at_once_and_leaves_the_first_configuration_working()
    {
        StateMachine<TurnPhase, TurnPhase> machine = TurnPhaseTransitions.CreateStateMachine();

        InvalidOperationException error = Should.Throw<InvalidOperationException>(() => machine.ConfigureTransitions());

        error.Message.ShouldBe(
            "This Stateless machine already has a transition for trigger PreTurn in ReceiveCommands, so TurnPhaseTransitions.ConfigureTransitions would add "
            + "a second one, and Stateless would then refuse to fire it. Configure each machine once, before any transitions of your own "
            + "(TurnPhaseTransitions.CreateStateMachine() returns a configured one), and guard generated transitions with the guard parameter rather than with PermitIf.");
        machine.Fire(TurnPhase.PreTurn);
        machine.State.ShouldBe(TurnPhase.PreTurn);
    }

    [Fact]
    public void Configuring_twice_is_refused_with_a_guard_too_and_for_trigger_machines()
    {
        var order = new StateMachine<Order, OrderTrigger>(Order.Cart);
        order.ConfigureTransitions(guard: (_, _, _) => true);
        Should.Throw<InvalidOperationException>(() => order.ConfigureTransitions()).Message.ShouldContain("OrderTransitions.ConfigureTransitions would add a second one");
        order.Fire(OrderTrigger.Pay);
        order.State.ShouldBe(Order.Paid);

        // Two machines of the same type are configured independently.
        OrderTransitions.CreateStateMachine().Fire(OrderTrigger.Cancel);

        // CreateStateMachine configures its new machine without the check, and the check still guards that machine afterwards.
        StateMachine<Order, OrderTrigger> created = OrderTransitions.CreateStateMachine(guard: (_, _, _) => true);
        Should.Throw<InvalidOperationException>(() => created.ConfigureTransitions()).Message.ShouldContain("OrderTransitions.ConfigureTransitions would add a second one");
        created.Fire(OrderTrigger.Pay);
        created.State.ShouldBe(Order.Paid);
    }

    [Fact]
    public void A_transition_of_your_own_for_a_table_trigger_is_refused_before_anything_is_configured()
    {
        var machine = new StateMachine<Order, OrderTrigger>(Order.Cart);
        machine.Configure(Order.Shipped).PermitIf(OrderTrigger.Cancel, Order.Cancelled, () => true);

        Should.Throw<InvalidOperationException>(() => machine.ConfigureTransitions()).Message
            .ShouldStartWith("This Stateless machine already has a transition for trigger Cancel in Shipped");
        machine.CanFire(OrderTrigger.Pay).ShouldBeFalse("nothing was configured");
    }

    [Fact]
    public void Actions_and_transitions_for_other_triggers_may_come_first()
    {
        var log = new List<string>();
        var machine = new StateMachine<Order, OrderTrigger>(Order.Cart);
        machine.Configure(Order.Paid).OnEntry(() => log.Add("paid"));
        machine.Configure(Order.Shipped).Ignore(OrderTrigger.Pay);
        machine.Configure(Order.Delivered).Permit(OrderTrigger.Recount, Order.Cart);

        machine.ConfigureTransitions();
        machine.Fire(OrderTrigger.Pay);

        log.ShouldBe(["paid"]);
    }
}
