using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.PhaseMachines;

/// <summary>Each misuse of trigger enums, [On] and [FromAnyPhase(trigger)] gets its own diagnostic, saying what to change.</summary>
public sealed class PhaseTriggerDiagnosticsTests
{
    private const string Triggers = "public enum T { Go, Stop, Back }";

    [Fact]
    public async Task A_valid_trigger_machine_has_no_diagnostics_and_gets_its_code()
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync(PhaseMachineSources.WithTriggers);

        diagnostics.ShouldBeEmpty();
        run.Source("Shop.Order.PhaseMachine.g.cs").ShouldContain("public static bool TryGetDestination(");
    }

    [Theory]
    [InlineData("On(Other.X, B)", "Other.X", "On")]
    [InlineData("On(1, B)", "1", "On")]
    [InlineData("On((T)9, B)", "(T)9", "On")]
    [InlineData("On(null, B)", "null", "On")]
    [InlineData("On(B, B)", "P.B", "On")]
    public async Task IMP0030_trigger_that_is_not_a_member_of_the_trigger_enum(string on, string shown, string attribute)
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync($$"""
            using Imp;
            {{Triggers}}
            public enum Other { X }
            [PhaseMachine(Triggers = typeof(T))]
            public enum P { [InitialPhase, {{on}}] A, [TerminalPhase] B }
            """);

        Diagnostic diagnostic = diagnostics.Where(d => d.Id == "IMP0030").ShouldHaveSingleItem();
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe(on);
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            $"[{attribute}] on 'A' names the trigger {shown}, which is not a member of 'T', the trigger enum of 'P'; name a member of 'T'");
        run.GeneratedSources.ShouldNotContain(s => s.HintName.EndsWith(".PhaseMachine.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IMP0030_any_phase_trigger_that_is_not_a_member()
    {
        Diagnostic diagnostic = (await AnalyzerHarness.AnalyzeAsync($$"""
            using Imp;
            {{Triggers}}
            [PhaseMachine(Triggers = typeof(T))]
            public enum P { [InitialPhase, On(T.Go, B)] A, [TerminalPhase, FromAnyPhase(7)] B }
            """)).Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("IMP0030");
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("FromAnyPhase(7)");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldStartWith("[FromAnyPhase] on 'B' names the trigger 7, which is not a member of 'T'");
    }

    [Fact]
    public async Task IMP0031_one_trigger_leading_from_a_phase_to_two_phases()
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync($$"""
            using Imp;
            {{Triggers}}
            [PhaseMachine(Triggers = typeof(T))]
            public enum P { [InitialPhase, On(T.Go, B), On(T.Go, C)] A, [TerminalPhase] B, [TerminalPhase] C }
            """);

        Diagnostic diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("IMP0031");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("On(T.Go, C)");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Trigger 'Go' leads from 'A' to both 'B' and 'C'; a trigger leads to one phase from each phase, so give one of the two transitions a trigger of its own");
        run.GeneratedSources.ShouldNotContain(s => s.HintName.EndsWith(".PhaseMachine.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IMP0031_an_on_trigger_that_an_any_phase_trigger_also_claims()
    {
        Diagnostic diagnostic = (await AnalyzerHarness.AnalyzeAsync($$"""
            using Imp;
            {{Triggers}}
            [PhaseMachine(Triggers = typeof(T))]
            public enum P { [InitialPhase, On(T.Stop, B)] A, [TerminalPhase] B, [TerminalPhase, FromAnyPhase(T.Stop)] C }
            """)).Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("IMP0031");
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("A");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldStartWith("Trigger 'Stop' leads from 'A' to both 'B' and 'C';");
    }

    [Theory]
    [InlineData("public class NotEnum { }", "NotEnum", "is not an enum")]
    [InlineData("file enum Hidden { X }", "Hidden", "is not visible to the generated code")]
    [InlineData("public class Gen<U> { public enum Inner { X } }", "Gen<int>.Inner", "is nested in a generic type")]
    public async Task IMP0032_trigger_type_that_is_not_a_usable_enum(string declaration, string named, string why)
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync($$"""
            using Imp;
            {{declaration}}
            [PhaseMachine(Triggers = typeof({{named}}))]
            public enum P { [InitialPhase, Next(B)] A, [TerminalPhase] B }
            """);

        Diagnostic diagnostic = diagnostics.Where(d => d.Id == "IMP0032").ShouldHaveSingleItem();
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe($"PhaseMachine(Triggers = typeof({named}))");
        string simple = named.Split('.').Last().Split('<')[0];
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            $"[PhaseMachine] on 'P' names '{simple}' as its Triggers, but '{simple}' {why}; name an enum that is public or internal, such as typeof(PTrigger)");
        run.GeneratedSources.ShouldNotContain(s => s.HintName.EndsWith(".PhaseMachine.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IMP0033_phase_with_triggers_that_no_trigger_reaches()
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync($$"""
            using Imp;
            {{Triggers}}
            [PhaseMachine(Triggers = typeof(T))]
            public enum P { [InitialPhase, On(T.Go, B), Next(Hand)] A, [TerminalPhase] B, [On(T.Back, A)] Hand, [On(T.Go, B)] Orphan }
            """);

        diagnostics.Select(d => (d.Id, AnalyzerHarness.LocatedText(d))).ShouldBe([("IMP0033", "Hand"), ("IMP0033", "Orphan")]);
        Diagnostic diagnostic = diagnostics[0];
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Phase 'Hand' of 'P' has triggers, but no sequence of triggers leads to it from the initial phase 'A', so they can never fire; add [On(trigger, Hand)] to a phase that triggers reach, or remove its triggers");

        // A warning only: the machine is still generated, and 'Orphan' is not reported twice (no IMP0011).
        run.Source("P.PhaseMachine.g.cs").ShouldContain("case global::P.Hand:");
    }

    [Fact]
    public async Task IMP0034_trigger_declared_twice_for_the_same_transition()
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync($$"""
            using Imp;
            {{Triggers}}
            [PhaseMachine(Triggers = typeof(T))]
            public enum P { [InitialPhase, On(T.Go, B), On(T.Go, B), On(T.Stop, C)] A, [TerminalPhase] B, [TerminalPhase, FromAnyPhase(T.Stop)] C }
            """);

        diagnostics.Select(d => (d.Id, AnalyzerHarness.LocatedText(d))).ShouldBe([("IMP0034", "On(T.Go, B)"), ("IMP0034", "A")]);
        diagnostics[0].Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostics[0].GetMessage(CultureInfo.InvariantCulture).ShouldBe("Trigger 'Go' from 'A' to 'B' is declared more than once; remove the repeat");
        diagnostics[1].GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Trigger 'Stop' from 'A' to 'C' is declared by [On] although [FromAnyPhase] on the destination already declares it; remove the repeat");
        run.Source("P.PhaseMachine.g.cs").ShouldContain("(global::P.A, global::T.Stop, global::P.C),");
    }

    [Theory]
    [InlineData("On(T.Go, B)", "[InitialPhase, On(T.Go, B)] A, [TerminalPhase] B", "On", "A")]
    [InlineData("FromAnyPhase(T.Go)", "[InitialPhase, Next(B)] A, [TerminalPhase, FromAnyPhase(T.Go)] B", "FromAnyPhase", "B")]
    public async Task IMP0035_trigger_in_a_machine_without_a_trigger_enum(string located, string members, string attribute, string phase)
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync($$"""
            using Imp;
            {{Triggers}}
            [PhaseMachine]
            public enum P { {{members}} }
            """);

        Diagnostic diagnostic = diagnostics.Where(d => d.Id == "IMP0035").ShouldHaveSingleItem();
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe(located);
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            $"[{attribute}] on '{phase}' names a trigger, but 'P' names no trigger enum; add Triggers = typeof(YourTriggerEnum) to its [PhaseMachine], or use [Next(...)] without triggers");
        run.GeneratedSources.ShouldNotContain(s => s.HintName.EndsWith(".PhaseMachine.g.cs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("On(T.Go, Other.X)", "Other.X")]
    [InlineData("On(T.Go, (P)7)", "(P)7")]
    [InlineData("On(T.Go, null)", "null")]
    public async Task IMP0036_on_destination_that_is_not_a_phase(string on, string shown)
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync($$"""
            using Imp;
            {{Triggers}}
            public enum Other { X }
            [PhaseMachine(Triggers = typeof(T))]
            public enum P { [InitialPhase, Next(B), {{on}}] A, [TerminalPhase] B }
            """);

        Diagnostic diagnostic = diagnostics.Where(d => d.Id == "IMP0036").ShouldHaveSingleItem();
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe(on);
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            $"[On] on 'A' leads to {shown}, which is not a member of 'P'; name a member of 'P' as the destination");
        run.GeneratedSources.ShouldNotContain(s => s.HintName.EndsWith(".PhaseMachine.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IMP0037_terminal_phase_with_triggers()
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync($$"""
            using Imp;
            {{Triggers}}
            [PhaseMachine(Triggers = typeof(T))]
            public enum P { [InitialPhase, On(T.Go, B)] A, [TerminalPhase, On(T.Back, A)] B }
            """);

        Diagnostic diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("IMP0037");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("B");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Phase 'B' is marked [TerminalPhase], which no transition leaves, but has [On] triggers; remove the [On] or the [TerminalPhase]");
        run.GeneratedSources.ShouldNotContain(s => s.HintName.EndsWith(".PhaseMachine.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_outside_a_phase_machine_is_IMP0015()
    {
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync($$"""
            using Imp;
            {{Triggers}}
            public enum Plain { [On(T.Go, B)] A, B }
            """);

        diagnostic.Id.ShouldBe("IMP0015");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldStartWith("[On] on 'A' has no effect because 'Plain' is not marked [PhaseMachine]");
    }

    [Theory]
    [InlineData("[PhaseMachine(Triggers = typeof(Missing))]", "[InitialPhase, Next(B)] A, [TerminalPhase] B")]
    [InlineData("[PhaseMachine(Triggers = typeof(T))]", "[InitialPhase, On(T.Missing, B)] A, [TerminalPhase] B")]
    [InlineData("[PhaseMachine(Triggers = typeof(T))]", "[InitialPhase, On(T.Go)] A, [TerminalPhase] B")]
    [InlineData("[PhaseMachine(Triggers = typeof(T))]", "[InitialPhase, Next(B)] A, [TerminalPhase, FromAnyPhase(T.Missing)] B")]
    public void No_machine_and_no_throw_while_a_trigger_argument_does_not_compile(string machine, string members)
    {
        GeneratorRun run = GeneratorHarness.Run($"using Imp; {Triggers} {machine} public enum P {{ {members} }}");

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.GeneratedSources.Select(s => s.HintName).ShouldBe(["P.WireEnum.g.cs"]);
    }

    [Fact]
    public void Triggers_null_is_a_machine_without_triggers()
    {
        GeneratorRun run = GeneratorHarness.Run("using Imp; [PhaseMachine(Triggers = null)] public enum P { [InitialPhase, Next(B)] A, [TerminalPhase] B }");

        run.NewCompilerDiagnostics().ShouldBeEmpty();
        run.Source("P.PhaseMachine.g.cs").ShouldNotContain("TryGetDestination");
    }

    [Fact]
    public void An_internal_trigger_enum_makes_the_generated_members_internal()
    {
        GeneratorRun run = GeneratorHarness.Run("using Imp; internal enum T { Go } [PhaseMachine(Triggers = typeof(T))] public enum P { [InitialPhase, On(T.Go, B)] A, [TerminalPhase] B }");

        run.NewCompilerDiagnostics().ShouldBeEmpty();
        run.Source("P.PhaseMachine.g.cs").ShouldContain("internal static partial class PTransitions");
    }
}
