namespace Imp.Benchmarks.PhaseMachines;

/// <summary>The events of a <see cref="Shipment"/>.</summary>
public enum ShipmentTrigger
{
    Pack,
    Dispatch,
    Deliver,
    Reorder,
    Cancel,
    Reopen,
}

/// <summary>A cyclic trigger machine (no terminal phase), so a walk of any length never has to start a new one.</summary>
[PhaseMachine(Triggers = typeof(ShipmentTrigger))]
public enum Shipment
{
    [InitialPhase, On(ShipmentTrigger.Pack, Packed)]
    Ordered,

    [On(ShipmentTrigger.Dispatch, InTransit)]
    Packed,

    [On(ShipmentTrigger.Deliver, Delivered)]
    InTransit,

    [On(ShipmentTrigger.Reorder, Ordered)]
    Delivered,

    [FromAnyPhase(ShipmentTrigger.Cancel), On(ShipmentTrigger.Reopen, Ordered)]
    Cancelled,
}
