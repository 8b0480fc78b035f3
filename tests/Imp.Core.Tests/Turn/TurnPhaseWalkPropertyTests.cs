using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Imp.Core.Tests.Turn;

/// <summary>
/// Property (FsCheck): whatever phases are asked for, in whatever order, the generated machine only ever takes
/// transitions of the table, refuses the rest without moving, and stops for good at Finish.
/// </summary>
public sealed class TurnPhaseWalkPropertyTests
{
    private static readonly Config Walks = Config.QuickThrowOnFailure.WithMaxTest(1_000).WithReplay(0x7E57, 0xC0FFEF);

    private static readonly HashSet<(TurnPhase, TurnPhase)> Table = TurnPhaseTransitions.All.Select(t => (t.From, t.To)).ToHashSet();

    [Fact]
    public void Random_walks_never_leave_the_table()
    {
        // A step below 13 asks for that phase minus one (an undefined value included); a higher one picks among the
        // allowed next phases, so walks get deep into the turn as well as trying every illegal move.
        Gen<int[]> steps = Gen.Choose(0, 40).ArrayOf();

        Check.One(Walks, Prop.ForAll(steps.ToArbitrary(), (int[] walk) =>
        {
            var taken = new List<(TurnPhase, TurnPhase)>();
            var machine = new TurnPhaseMachine((from, to) => taken.Add((from, to)));
            foreach (int step in walk)
            {
                TurnPhase before = machine.Current;
                var allowed = machine.AllowedNext;
                TurnPhase next = step < 13 || allowed.IsEmpty ? (TurnPhase)(step % 13 - 1) : allowed[step % allowed.Length];
                bool entered = machine.TryEnter(next);
                if (entered != Table.Contains((before, next)) || machine.Current != (entered ? next : before))
                {
                    return false;
                }

                if (before == TurnPhase.Finish && entered)
                {
                    return false;
                }
            }

            return taken.All(Table.Contains);
        }));
    }
}
