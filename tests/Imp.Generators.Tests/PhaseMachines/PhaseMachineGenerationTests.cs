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

/// <summary>
/// Which machines get code: none while a [Next] argument does not compile or an error stands, and the bit table
/// only while one ulong holds a bit per phase.
/// </summary>
public sealed class PhaseMachineGenerationTests
{
    private const string MachineHint = "P.PhaseMachine.g.cs";

    [Fact]
    public void A_machine_of_64_phases_gets_the_bit_table()
    {
        GeneratorRun run = GeneratorHarness.Run(Chain(64));

        run.NewCompilerDiagnostics().ShouldBeEmpty();
        string machine = run.Source(MachineHint);
        machine.ShouldContain("private static global::System.ReadOnlySpan<ulong> NextBits => new ulong[]");
        machine.ShouldContain("0x8000000000000000, // P62 -> P63");
        machine.ShouldContain("ulong fromIndex = unchecked((ulong)(long)from);");
    }

    [Fact]
    public void A_machine_of_65_phases_gets_a_switch_instead()
    {
        GeneratorRun run = GeneratorHarness.Run(Chain(65));

        run.NewCompilerDiagnostics().ShouldBeEmpty();
        string machine = run.Source(MachineHint);
        machine.ShouldNotContain("NextBits");
        machine.ShouldContain("public static bool CanTransition(global::P from, global::P to) => from switch");
        machine.ShouldContain("global::P.P63 => to is global::P.P64,");
    }

    [Theory]
    [InlineData("Next(B, Missing)")] // the attribute does not bind: no constructor arguments
    [InlineData("Next(System.DateTime.Now)")] // not a constant: an error argument
    [InlineData("Next(new object[] { B, Missing })")] // an error element in an array that binds
    public void No_machine_while_a_next_argument_does_not_compile(string next)
    {
        GeneratorRun run = GeneratorHarness.Run(WithNext(next));

        run.GeneratedSources.Select(s => s.HintName).ShouldBe(["P.WireEnum.g.cs"]);
    }

    [Fact]
    public void The_same_machine_with_a_next_that_compiles_is_generated()
    {
        GeneratorRun run = GeneratorHarness.Run(WithNext("Next()"));

        run.NewCompilerDiagnostics().ShouldBeEmpty();
        run.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal).ShouldBe([MachineHint, "P.WireEnum.g.cs"]);
    }

    [Fact]
    public void Phases_that_share_a_value_get_no_machine()
    {
        GeneratorRun run = GeneratorHarness.Run("""
            using Imp;
            [PhaseMachine]
            public enum P { [InitialPhase, Next(Done)] A = 1, [Next(Done)] Same = 1, [TerminalPhase] Done = 2 }
            """);

        run.GeneratedSources.Select(s => s.HintName).ShouldBe(["P.WireEnum.g.cs"]);
    }

    [Fact]
    public void A_terminal_phase_with_transitions_gets_no_machine()
    {
        GeneratorRun run = GeneratorHarness.Run("""
            using Imp;
            [PhaseMachine]
            public enum P { [InitialPhase, Next(Done)] A, [TerminalPhase, Next(A)] Done }
            """);

        run.GeneratedSources.Select(s => s.HintName).ShouldBe(["P.WireEnum.g.cs"]);
    }

    [Fact]
    public async Task A_next_attribute_whose_argument_is_not_an_array_reports_it_as_written()
    {
        // A user's own Imp.NextAttribute (CS0436 over the referenced one) with a single non-array parameter.
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync("""
            namespace Imp
            {
                [System.AttributeUsage(System.AttributeTargets.Field)]
                public sealed class NextAttribute : System.Attribute { public NextAttribute(int phase) { } }
            }

            [Imp.PhaseMachine]
            public enum P { [Imp.InitialPhase, Imp.Next(1)] A, [Imp.FromAnyPhase, Imp.TerminalPhase] B }
            """);

        diagnostics.Where(d => d.Id == "IMP0009").ShouldHaveSingleItem().GetMessage(CultureInfo.InvariantCulture)
            .ShouldBe("[Next] on 'A' lists 1, which is not a member of 'P'; list members of 'P' only");
        run.GeneratedSources.Select(s => s.HintName).ShouldBe(["P.WireEnum.g.cs"]);
    }

    private static string WithNext(string next) =>
        $"using Imp; [PhaseMachine] public enum P {{ [InitialPhase, {next}] A, [FromAnyPhase, TerminalPhase] B }}";

    /// <summary>P0 → P1 → … → P{n-1}, the last one terminal: values 0 to n - 1, a run.</summary>
    private static string Chain(int phases)
    {
        string members = string.Join(", ", Enumerable.Range(0, phases - 1).Select(i => $"{(i == 0 ? "InitialPhase, " : string.Empty)}Next(P{i + 1})] P{i}").Select(m => "[" + m));
        return $"using Imp; [PhaseMachine] public enum P {{ {members}, [TerminalPhase] P{phases - 1} }}";
    }
}
