using Imp;

namespace Harbor.Shipping;

/// <summary>A user's union, from the package's [WireUnion] generator.</summary>
[WireUnion]
public abstract partial record Signal
{
    /// <summary>A ship reports its state.</summary>
    /// <param name="State">The state.</param>
    /// <param name="Berth">Where it lies, if anywhere.</param>
    public sealed record Report(ShipState State, int? Berth) : Signal;

    /// <summary>The harbour is closed.</summary>
    public sealed record Closed : Signal;
}
