using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Shouldly;
using Stateless;
using Xunit;

namespace Imp.Core.Tests.PhaseMachines;

/// <summary>A machine with a trigger enum on the real Stateless: StateMachine&lt;Order, OrderTrigger&gt; with Permit(trigger, destination).</summary>
public sealed class StatelessTriggerTests
{
    [Fact]
    public async Task Each_phase_permits_exactly_the_triggers_the_generated_table_gives_it()
    {
        Order current = Order.Cart;
        StateMachine<Order, OrderTrigger> machine = OrderTransitions.CreateStateMachine(() => current, p => current = p);
        foreach (Order phase in OrderExtensions.GetValues())
        {
            current = phase;
            (await machine.GetPermittedTriggersAsync()).ShouldBe(OrderTransitions.PermittedTriggers(phase), ignoreOrder: true, customMessage: phase.ToString());
        }
    }

    [Fact]
    public void Every_trigger_lands_where_the_table_says_and_every_other_is_refused()
    {
        Order current = Order.Cart;
        StateMachine<Order, OrderTrigger> machine = OrderTransitions.CreateStateMachine(() => current, p => current = p);
        int fired = 0;
        foreach (Order from in OrderExtensions.GetValues())
        {
            foreach (OrderTrigger trigger in Enum.GetValues<OrderTrigger>())
            {
                current = from;
                if (OrderTransitions.TryGetDestination(from, trigger, out Order to))
                {
                    fired++;
                    machine.Fire(trigger);
                    current.ShouldBe(to, $"{from} --{trigger}-->");
                }
                else
                {
                    machine.CanFire(trigger).ShouldBeFalse($"{from} --{trigger}-->");
                    Should.Throw<InvalidOperationException>(() => machine.Fire(trigger));
                    current.ShouldBe(from);
                }
            }
        }

        fired.ShouldBe(OrderTransitions.Triggered.Length);
    }

    [Fact]
    public async Task A_transition_no_trigger_causes_stays_the_tables_own()
    {
        OrderTransitions.CanTransition(Order.Paid, Order.Cart).ShouldBeTrue();
        StateMachine<Order, OrderTrigger> machine = OrderTransitions.CreateStateMachine(() => Order.Paid, _ => { });

        (await machine.GetPermittedTriggersAsync()).ShouldBe([OrderTrigger.Ship, OrderTrigger.Cancel], ignoreOrder: true);
    }

    [Fact]
    public void Trigger_parameters_and_entry_actions_added_afterwards_run()
    {
        var log = new List<string>();
        StateMachine<Order, OrderTrigger> machine = OrderTransitions.CreateStateMachine();
        StateMachine<Order, OrderTrigger>.TriggerWithParameters<decimal> pay = machine.SetTriggerParameters<decimal>(OrderTrigger.Pay);
        machine.Configure(Order.Paid).OnEntryFrom(pay, amount => log.Add($"paid {amount}"));
        machine.Configure(Order.Cart).OnEntry(t => log.Add($"cart again by {t.Trigger}")).OnExit(() => log.Add("leave cart"));

        machine.Fire(OrderTrigger.Recount);
        machine.Fire(pay, 12.5m);
        machine.Fire(OrderTrigger.Cancel);

        log.ShouldBe(["leave cart", "cart again by Recount", "leave cart", "paid 12.5"]);
        machine.State.ShouldBe(Order.Cancelled);
        machine.IsInState(Order.Cancelled).ShouldBeTrue();
    }
}
