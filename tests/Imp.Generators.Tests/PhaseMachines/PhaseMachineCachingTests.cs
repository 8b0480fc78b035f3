using Imp.Generators.Model;
using Imp.Generators.Tests.Infrastructure;
using System.Linq;
using Shouldly;
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

    [Fact]
    public void An_edit_to_a_trigger_machine_regenerates_only_that_machine() =>
        Caching.AssertEditRegeneratesOnlyThatType(
            TrackingNames.PhaseMachineModels,
            """
            public enum Ev { Open, Shut }
            [Imp.PhaseMachine(Triggers = typeof(Ev))]
            public enum Gate { [Imp.InitialPhase, Imp.On(Ev.Open, Up)] Down, [Imp.On(Ev.Shut, Down)] Up }
            """,
            Light,
            """
            public enum Ev { Open, Shut }
            [Imp.PhaseMachine(Triggers = typeof(Ev))]
            public enum Gate { [Imp.InitialPhase, Imp.On(Ev.Open, Up)] Down, [Imp.On(Ev.Shut, Down), Imp.On(Ev.Open, Up)] Up }
            """,
            "Gate.PhaseMachine.g.cs",
            "(global::Gate.Up, global::Ev.Open, global::Gate.Up),");

    [Fact]
    public void Renaming_a_trigger_regenerates_the_machine_that_uses_it()
    {
        Microsoft.CodeAnalysis.Compilation compilation = TestCompilation.Create(
            "public enum Ev { Open, Shut }",
            "[Imp.PhaseMachine(Triggers = typeof(Ev))] public enum Gate { [Imp.InitialPhase, Imp.On((Ev)0, Up)] Down, [Imp.On((Ev)1, Down)] Up }");
        Microsoft.CodeAnalysis.GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        Microsoft.CodeAnalysis.Compilation edited = Caching.Replace(compilation, compilation.SyntaxTrees.First(), "public enum Ev { Raise, Shut }");
        string source = driver.RunGenerators(edited).GetRunResult().Results.SelectMany(r => r.GeneratedSources)
            .Single(s => s.HintName == "Gate.PhaseMachine.g.cs").SourceText.ToString();

        source.ShouldContain("(global::Gate.Down, global::Ev.Raise, global::Gate.Up),");
    }
}
