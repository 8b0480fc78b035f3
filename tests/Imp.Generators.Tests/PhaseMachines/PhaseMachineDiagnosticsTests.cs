using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.PhaseMachines;

/// <summary>Each misuse of [PhaseMachine] and its member attributes gets its own diagnostic, saying what to change.</summary>
public sealed class PhaseMachineDiagnosticsTests
{
    [Fact]
    public async Task Valid_machines_have_no_diagnostics()
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync(PhaseMachineSources.EveryEdgeCase);

        diagnostics.ShouldBeEmpty();
        run.GeneratedSources.Count(s => s.HintName.EndsWith(".PhaseMachine.g.cs", System.StringComparison.Ordinal)).ShouldBe(5);
    }

    [Theory]
    [InlineData("B, Other.X", "Other.X")]
    [InlineData("B, 1", "1")]
    [InlineData("B, \"B\"", "\"B\"")]
    [InlineData("B, (Phase)7", "(Phase)7")]
    [InlineData("B, null", "null")]
    [InlineData("null", "null")]
    public async Task IMP0009_next_target_that_is_not_a_member(string arguments, string shown)
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync($$"""
            using Imp;
            public enum Other { X }
            [PhaseMachine]
            public enum Phase { [InitialPhase, Next({{arguments}})] A, [Next(B)] B }
            """);

        Diagnostic diagnostic = diagnostics.Where(d => d.Id == "IMP0009").ShouldHaveSingleItem();
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe($"Next({arguments})");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            $"[Next] on 'A' lists {shown}, which is not a member of 'Phase'; list members of 'Phase' only");
        run.GeneratedSources.ShouldNotContain(s => s.HintName.EndsWith(".PhaseMachine.g.cs", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task IMP0010_target_listed_twice()
    {
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync("""
            using Imp;
            [PhaseMachine]
            public enum Phase { [InitialPhase, Next(B, B)] A, [TerminalPhase] B }
            """);

        diagnostic.Id.ShouldBe("IMP0010");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("Next(B, B)");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe("[Next] on 'A' lists 'B' more than once; remove the repeat");
    }

    [Fact]
    public async Task IMP0010_target_already_allowed_by_from_any_phase()
    {
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync("""
            using Imp;
            [PhaseMachine]
            public enum Phase { [InitialPhase, Next(B, Done)] A, [Next(A)] B, [TerminalPhase, FromAnyPhase] Done }
            """);

        diagnostic.Id.ShouldBe("IMP0010");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "[Next] on 'A' lists 'Done' although [FromAnyPhase] on it already allows it; remove the repeat");
    }

    [Fact]
    public async Task IMP0011_phase_unreachable_from_the_initial_phase()
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync("""
            using Imp;
            [PhaseMachine]
            public enum Phase { [InitialPhase, Next(Done)] A, [Next(Done)] Orphan, [TerminalPhase] Done }
            """);

        Diagnostic diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("IMP0011");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("Orphan");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Phase 'Orphan' of 'Phase' cannot be reached from the initial phase 'A'; list it in the [Next] of a reachable phase, or remove it");

        // A warning only: the machine is still generated.
        run.Source("Phase.PhaseMachine.g.cs").ShouldContain("0x0000000000000004, // Orphan -> Done");
    }

    [Fact]
    public async Task IMP0012_non_terminal_phase_with_no_way_out()
    {
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync("""
            using Imp;
            [PhaseMachine]
            public enum Phase { [InitialPhase, Next(Stuck)] A, Stuck }
            """);

        diagnostic.Id.ShouldBe("IMP0012");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("Stuck");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Phase 'Stuck' of 'Phase' has no way out, so a machine entering it would be stuck; add [Next(...)] with the phases that may follow it, or mark it [TerminalPhase]");
    }

    [Fact]
    public async Task IMP0013_no_initial_phase()
    {
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync("""
            using Imp;
            [PhaseMachine]
            public enum Phase { [Next(B)] A, [TerminalPhase] B }
            """);

        diagnostic.Id.ShouldBe("IMP0013");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("Phase");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Phase machine 'Phase' has no [InitialPhase] member; mark exactly one member [InitialPhase]");
    }

    [Fact]
    public async Task IMP0013_more_than_one_initial_phase()
    {
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync("""
            using Imp;
            [PhaseMachine]
            public enum Phase { [InitialPhase, Next(C)] A, [InitialPhase, Next(C)] B, [TerminalPhase] C }
            """);

        diagnostic.Id.ShouldBe("IMP0013");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Phase machine 'Phase' has 2 [InitialPhase] members (A, B); mark exactly one member [InitialPhase]");
    }

    [Fact]
    public async Task IMP0014_terminal_phase_with_outgoing_transitions()
    {
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync("""
            using Imp;
            [PhaseMachine]
            public enum Phase { [InitialPhase, Next(Done)] A, [TerminalPhase, Next(A)] Done }
            """);

        diagnostic.Id.ShouldBe("IMP0014");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("Next(A)");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Phase 'Done' is marked [TerminalPhase], which no transition leaves, but its [Next] lists phases; remove the [Next] or the [TerminalPhase]");
    }

    [Theory]
    [InlineData("Next(B)", "Next")]
    [InlineData("InitialPhase", "InitialPhase")]
    [InlineData("TerminalPhase", "TerminalPhase")]
    [InlineData("FromAnyPhase", "FromAnyPhase")]
    public async Task IMP0015_phase_attribute_on_an_enum_without_phase_machine(string attribute, string name)
    {
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync($$"""
            using Imp;
            public enum Plain { [{{attribute}}] A, B }
            """);

        diagnostic.Id.ShouldBe("IMP0015");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe(attribute);
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            $"[{name}] on 'A' has no effect because 'Plain' is not marked [PhaseMachine]; add [PhaseMachine] to 'Plain' or remove the [{name}]");
    }

    [Fact]
    public async Task IMP0016_two_phases_with_the_same_value()
    {
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync("""
            using Imp;
            [PhaseMachine]
            public enum Phase { [InitialPhase, Next(Done)] A = 1, [Next(Done)] Same = 1, [TerminalPhase] Done = 2 }
            """);

        diagnostic.Id.ShouldBe("IMP0016");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("Same");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Members 'A' and 'Same' of phase machine 'Phase' have the same value, so they would be the same phase; give each member its own value");
    }

    [Fact]
    public async Task Wire_enum_rules_apply_to_phase_machines_too()
    {
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync("""
            using Imp;
            [PhaseMachine]
            public enum Phase { [InitialPhase, Next(Done)] A, [TerminalPhase, WireName("a")] Done }
            """);

        diagnostic.Id.ShouldBe("IMP0001");
    }
}
