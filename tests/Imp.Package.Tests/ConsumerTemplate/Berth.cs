using Imp;

namespace Harbor.Shipping;

/// <summary>A user's phase machine, from the package's [PhaseMachine] generator.</summary>
[PhaseMachine]
[System.Text.Json.Serialization.JsonConverter(typeof(BerthJsonConverter))]
public enum Berth
{
    /// <summary>Nobody there.</summary>
    [InitialPhase, Next(Mooring)]
    Free,

    /// <summary>A ship is tying up.</summary>
    [Next(Occupied)]
    Mooring,

    /// <summary>A ship lies here.</summary>
    [Next(Free)]
    Occupied,

    /// <summary>Closed for good, from any phase.</summary>
    [TerminalPhase, FromAnyPhase]
    Closed,
}
