using System.Collections.Generic;

namespace Harbor.Shipping;

/// <summary>A JSON document that holds the enum as a value and as dictionary keys.</summary>
/// <param name="State">Where the ship is now.</param>
/// <param name="Calls">How often the ship was in each state.</param>
internal sealed record Voyage(ShipState State, Dictionary<ShipState, int> Calls);
