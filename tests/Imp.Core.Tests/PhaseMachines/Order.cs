namespace Imp.Core.Tests.PhaseMachines;

/// <summary>The events of an <see cref="Order"/>.</summary>
public enum OrderTrigger
{
    Pay,
    Ship,
    Deliver,
    Cancel,
    Recount,
}

/// <summary>
/// A user's machine with a trigger enum: triggers per phase, a re-entry (Recount), a trigger from any phase (Cancel)
/// and one transition no trigger causes (Paid back to Cart, by hand).
/// </summary>
[PhaseMachine(Triggers = typeof(OrderTrigger))]
public enum Order
{
    [InitialPhase]
    [On(OrderTrigger.Pay, Paid)]
    [On(OrderTrigger.Recount, Cart)]
    Cart,

    [On(OrderTrigger.Ship, Shipped)]
    [Next(Cart)]
    Paid,

    [On(OrderTrigger.Deliver, Delivered)]
    Shipped,

    [TerminalPhase]
    Delivered,

    [TerminalPhase]
    [FromAnyPhase(OrderTrigger.Cancel)]
    Cancelled,
}
