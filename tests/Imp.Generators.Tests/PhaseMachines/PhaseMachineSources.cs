namespace Imp.Generators.Tests.PhaseMachines;

/// <summary>User code exercising every shape of phase machine the generator must handle.</summary>
internal static class PhaseMachineSources
{
    public const string EveryEdgeCase = """
        using Imp;

        namespace Machines
        {
            [PhaseMachine]
            public enum Door
            {
                [InitialPhase]
                [Next(Opening)]
                Closed,

                // A phase may re-enter itself.
                [Next(Opening, Open)]
                Opening,

                [Next(Closing)]
                Open,

                [Next(Closed)]
                Closing,

                // Reachable from every phase, with a way out of its own.
                [FromAnyPhase]
                [Next(Closed, Scrapped)]
                Jammed,

                [TerminalPhase]
                [FromAnyPhase]
                Removed,

                [TerminalPhase]
                Scrapped,
            }

            public class Outer
            {
                // A cycle with no terminal phase, nested and internal.
                [PhaseMachine]
                internal enum Light
                {
                    [InitialPhase, Next(On)] Off,
                    [Next(Off)] On,
                }
            }

            [PhaseMachine]
            public enum Keywords
            {
                [InitialPhase, Next(@class)] @event,
                [TerminalPhase] @class,
            }

            // Values with gaps: the table is a switch rather than a bit table.
            [PhaseMachine]
            public enum Sparse
            {
                [InitialPhase, Next(Middle)] Start = 1,
                [Next(Start, End)] Middle = 10,
                [TerminalPhase] End = 100,
            }

            // Generated code must name obsolete phases without tripping CS0618 or CS0619.
            [PhaseMachine]
            public enum Versions
            {
                [System.Obsolete("old start"), InitialPhase, Next(Current)] Legacy,
                [Next(Retired)] Current,
                [System.Obsolete("gone", error: true), TerminalPhase] Retired,
            }
        }
        """;

    /// <summary>
    /// Stateless 5.18's public surface that the generated configuration calls, without bodies: enough for the
    /// generator to see that the compilation references Stateless, and for the generated code to compile.
    /// </summary>
    public const string StatelessSignatures = """
        namespace Stateless
        {
            public class StateMachine<TState, TTrigger>
            {
                public StateMachine(TState initialState) { }
                public StateConfiguration Configure(TState state) => throw null!;

                public class StateConfiguration
                {
                    public StateConfiguration Permit(TTrigger trigger, TState destinationState) => throw null!;
                    public StateConfiguration PermitReentry(TTrigger trigger) => throw null!;
                    public StateConfiguration Ignore(TTrigger trigger) => throw null!;
                    public StateConfiguration OnEntry(System.Action entryAction, string? entryActionDescription = null) => throw null!;
                }
            }
        }
        """;
}
