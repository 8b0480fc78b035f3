namespace Imp.Core.Tests.PhaseMachines;

/// <summary>A user's phase machine: a self-loop, a non-terminal phase reachable from anywhere, two end states.</summary>
[PhaseMachine]
public enum Door
{
    [InitialPhase]
    [Next(Opening)]
    Closed,

    [Next(Opening, Open)]
    Opening,

    [Next(Closing)]
    Open,

    [Next(Closed)]
    Closing,

    [FromAnyPhase]
    [Next(Closed, Scrapped)]
    Jammed,

    [TerminalPhase]
    [FromAnyPhase]
    Removed,

    [TerminalPhase]
    Scrapped,
}
