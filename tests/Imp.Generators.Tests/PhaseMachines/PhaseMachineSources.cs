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

    /// <summary>A machine with a trigger enum: [On], a re-entry, an any-phase trigger, and an untriggered [Next].</summary>
    public const string WithTriggers = """
        using Imp;

        namespace Shop
        {
            public enum OrderTrigger
            {
                Pay,
                Ship,
                Cancel,
                Recount,
            }

            [PhaseMachine(Triggers = typeof(OrderTrigger))]
            public enum Order
            {
                [InitialPhase, On(OrderTrigger.Pay, Paid), On(OrderTrigger.Recount, Cart)]
                Cart,

                [On(OrderTrigger.Ship, Shipped), Next(Cart)]
                Paid,

                [TerminalPhase]
                Shipped,

                [TerminalPhase, FromAnyPhase(OrderTrigger.Cancel)]
                Cancelled,
            }
        }
        """;
}
