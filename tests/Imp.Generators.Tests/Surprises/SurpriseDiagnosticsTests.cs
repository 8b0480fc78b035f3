using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Surprises;

/// <summary>The silent surprises of a wire type each get a diagnostic that says what to change.</summary>
public sealed class SurpriseDiagnosticsTests
{
    [Theory]
    [InlineData("[Imp.WireEnum] public enum Tone { Calm, Loud }", "Tone")]
    [InlineData("[Imp.PhaseMachine] public enum Flow { [Imp.InitialPhase, Imp.Next(Flow.Done)] Start, [Imp.TerminalPhase] Done }", "Flow")]
    public async Task IMP0050_wire_enum_without_its_converter_attribute(string source, string name)
    {
        (_, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync(TestCompilation.WithConverterWarning(TestCompilation.Create(source)));

        Diagnostic diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("IMP0050");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe(name);
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            $"Enum '{name}' has generated wire names, but System.Text.Json writes it as a number ({{\"x\":0}}) unless told otherwise; add [JsonConverter(typeof({name}JsonConverter))] to '{name}'");
    }

    [Theory]
    [InlineData("[Imp.WireEnum, System.Text.Json.Serialization.JsonConverter(typeof(ToneJsonConverter))] public enum Tone { Calm }")]
    // A hidden enum has no converter to name: IMP0005 says so, not IMP0050.
    [InlineData("public class Outer { [Imp.WireEnum] private enum Tone { Calm } }")]
    public async Task IMP0050_is_not_reported_with_the_generated_converter_or_where_none_can_exist(string source)
    {
        (_, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync(TestCompilation.WithConverterWarning(TestCompilation.Create(source)));

        diagnostics.Select(d => d.Id).ShouldNotContain("IMP0050");
        diagnostics.Select(d => d.Id).ShouldNotContain("IMP0051");
    }

    [Fact]
    public async Task IMP0051_wire_enum_with_another_converter()
    {
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync("""
            using System.Text.Json.Serialization;
            [Imp.WireEnum, JsonConverter(typeof(JsonStringEnumConverter))]
            public enum Tone { Calm, Loud }
            """);

        diagnostic.Id.ShouldBe("IMP0051");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("JsonConverter(typeof(JsonStringEnumConverter))");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Enum 'Tone' has [JsonConverter(typeof(JsonStringEnumConverter))], which does not write its wire names; use [JsonConverter(typeof(ToneJsonConverter))]");
    }

    [Fact]
    public async Task IMP0052_variant_data_outside_the_primary_constructor()
    {
        (_, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync("""
            using System.Text.Json.Serialization;
            [Imp.WireUnion]
            public abstract partial record Shape
            {
                public sealed record Circle(double Radius) : Shape
                {
                    public string Label { get; init; } = "";
                    public int Count;
                    public double Area => 3.14 * Radius * Radius;
                    [JsonIgnore] public int Cache { get; set; }
                    public static int Made { get; set; }
                    public const int Sides = 0;
                }
            }
            """);

        diagnostics.Select(d => d.Id).ShouldBe(["IMP0052", "IMP0052"]);
        diagnostics.Select(AnalyzerHarness.LocatedText).ShouldBe(["Label", "Count"]);
        diagnostics[0].Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostics[0].GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Property 'Label' of variant 'Circle' is not a parameter of its primary constructor, so the union's converter drops it on write and leaves it at its default on read; make it a parameter of 'Circle(...)', or mark it [JsonIgnore] if it must stay off the wire");
        diagnostics[1].GetMessage(CultureInfo.InvariantCulture).ShouldStartWith("Field 'Count' of variant 'Circle'");
    }

    [Theory]
    [InlineData("public static class ToneExtensions { }", "ToneExtensions", "without 'partial'", "public static")]
    [InlineData("internal static partial class ToneExtensions { }", "ToneExtensions", "as internal, not public", "public static")]
    [InlineData("public struct ToneJsonConverter { }", "ToneJsonConverter", "as a struct, not a class", "public sealed")]
    public async Task IMP0053_own_declaration_of_a_generated_type(string own, string name, string problem, string modifiers)
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync(
            "[Imp.WireEnum] public enum Tone { Calm, Loud }\n" + own);

        Diagnostic diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("IMP0053");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe(name);
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            $"'{name}' is generated for 'Tone', but it is already declared here {problem}; declare it '{modifiers} partial class {name}' to add members to it, or rename it");
        // The generated code is left out, the user's type is not stood in for, and nothing but IMP0053 is reported (no CS0260).
        run.GeneratedSources.ShouldBeEmpty();
        run.StandIns.ShouldHaveSingleItem().Text.ShouldNotContain($"class {name}");
        run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public async Task IMP0053_for_a_phase_machine_transitions_class()
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync("""
            [Imp.PhaseMachine] public enum Flow { [Imp.InitialPhase, Imp.Next(Flow.Done)] Start, [Imp.TerminalPhase] Done }
            public class FlowTransitions { }
            """);

        diagnostics.ShouldHaveSingleItem().Id.ShouldBe("IMP0053");
        run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_matching_partial_class_of_a_generated_name_is_fine()
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync(
            "[Imp.WireEnum] public enum Tone { Calm }\npublic static partial class ToneExtensions { public static bool IsCalm(this Tone t) => t == Tone.Calm; }");

        diagnostics.ShouldBeEmpty();
        run.GeneratedSources.ShouldNotBeEmpty();
        run.NewCompilerDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_bad_next_target_reports_IMP0009_alone_without_unreachable_or_dead_end_phases_downstream()
    {
        (_, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync("""
            [Imp.PhaseMachine]
            public enum Flow
            {
                [Imp.InitialPhase, Imp.Next((Flow)42)] Start,
                [Imp.Next(Flow.Done)] Middle,
                [Imp.TerminalPhase] Done,
            }
            """);

        diagnostics.Select(d => d.Id).ShouldBe(["IMP0009"]);
    }

    [Fact]
    public async Task A_genuine_dead_end_is_still_reported_beside_a_bad_target()
    {
        (_, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync("""
            [Imp.PhaseMachine]
            public enum Flow
            {
                [Imp.InitialPhase, Imp.Next((Flow)42, Flow.Stuck)] Start,
                Stuck,
                [Imp.TerminalPhase] Done,
            }
            """);

        diagnostics.Select(d => d.Id).ShouldBe(["IMP0009", "IMP0012"]);
    }
}
