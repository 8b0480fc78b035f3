using System.Text.Json.Serialization;
using Imp;

namespace Shop;

// The types the README declares, compiled here as a user's would be. ReadmeTests checks that every C# block of
// README.md is a verbatim copy of a region of this folder: keep the two in step by editing here first.

// <readme name="wire-enum">
[WireEnum, JsonConverter(typeof(OrderStateJsonConverter))]
public enum OrderState
{
    AwaitingPayment,            // "awaiting_payment"
    Shipped,                    // "shipped"
    [WireName("cancelled_by_user")]
    Cancelled,                  // "cancelled_by_user"
}
// </readme>

// <readme name="phase-machine">
[PhaseMachine, JsonConverter(typeof(DoorJsonConverter))]
public enum Door
{
    [InitialPhase, Next(Opening)] Closed,
    [Next(Open)] Opening,
    [Next(Closed)] Open,
    [FromAnyPhase, TerminalPhase] Removed,   // every non-terminal phase may go here
}

public enum Review { Submit, Approve, Reject }

[PhaseMachine(Triggers = typeof(Review)), JsonConverter(typeof(ExpenseJsonConverter))]
public enum Expense
{
    [InitialPhase, On(Review.Submit, Submitted)] Draft,
    [On(Review.Approve, Approved), On(Review.Reject, Draft)] Submitted,
    [TerminalPhase] Approved,
}
// </readme>

// <readme name="wire-union">
[WireUnion]
public abstract partial record Shape
{
    public sealed record Circle(double Radius) : Shape;              // {"type":"circle","radius":1.5}
    [WireName("rect")]
    public sealed record Rectangle(int Width, int Height) : Shape;   // {"type":"rect","width":2,"height":3}
    public sealed record Empty : Shape;                              // {"type":"empty"}
}
// </readme>
