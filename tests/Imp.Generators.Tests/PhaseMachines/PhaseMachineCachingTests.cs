using Imp.Generators.Model;
using Imp.Generators.Tests.Infrastructure;
using Xunit;

namespace Imp.Generators.Tests.PhaseMachines;

/// <summary>Phase machines are regenerated only when their own enum changes.</summary>
public sealed class PhaseMachineCachingTests
{
    private const string Door = """
        [Imp.PhaseMachine]
        public enum Door { [Imp.InitialPhase, Imp.Next(Open)] Closed, [Imp.Next(Closed)] Open }
        """;

    private const string Light = """
        [Imp.PhaseMachine]
        public enum Light { [Imp.InitialPhase, Imp.Next(On)] Off, [Imp.Next(Off)] On }
        """;

    [Fact]
    public void An_edit_to_an_unrelated_file_regenerates_nothing() =>
        Caching.AssertUnrelatedEditRegeneratesNothing(TrackingNames.PhaseMachineModels, Door, Light);

    [Fact]
    public void An_edit_to_one_machine_regenerates_only_that_machine() =>
        Caching.AssertEditRegeneratesOnlyThatType(
            TrackingNames.PhaseMachineModels,
            Door,
            Light,
            """
            [Imp.PhaseMachine]
            public enum Door { [Imp.InitialPhase, Imp.Next(Open)] Closed, [Imp.Next(Closed, Open)] Open }
            """,
            "Door.PhaseMachine.g.cs",
            "(global::Door.Open, global::Door.Open),");
}
