using System.Text.Json.Serialization;
using Imp;

namespace Harbor.Shipping;

/// <summary>Where a ship is; it travels on the wire under its snake_case name.</summary>
[WireEnum]
[JsonConverter(typeof(ShipStateJsonConverter))]
public enum ShipState
{
    /// <summary>Moored at a berth.</summary>
    Docked,

    /// <summary>Moving under its own power.</summary>
    UnderWay,

    /// <summary>Waiting for the pilot to come aboard.</summary>
    AwaitingPilotBoarding,

    /// <summary>No longer reporting; its wire name is given by hand.</summary>
    [WireName("lost-at-sea")]
    Missing,
}
