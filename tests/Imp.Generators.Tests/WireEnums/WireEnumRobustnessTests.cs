using System.Linq;
using System.Threading.Tasks;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.WireEnums;

/// <summary>Half-typed and broken code never crashes the generator or the analyzers, and adds no errors of ours.</summary>
public sealed class WireEnumRobustnessTests
{
    public static TheoryData<string> BrokenSources { get; } = new()
    {
        "[Imp.WireEnum] public enum",
        "[Imp.WireEnum] public enum E",
        "[Imp.WireEnum] public enum E {",
        "[Imp.WireEnum] public enum E { A = , B }",
        "[Imp.WireEnum] public enum E { A = Missing.Value }",
        "[Imp.WireEnum] public enum E { A = B, B = A }",
        "[Imp.WireEnum] public enum E : string { A }",
        "[Imp.WireEnum] public enum E : Missing { A }",
        "[Imp.WireEnum(] public enum E { A }",
        "[Imp.WireEnum(42)] public enum E { A }",
        "[Imp.WireEnum] public enum E { [Imp.WireName] A }",
        "[Imp.WireEnum] public enum E { [Imp.WireName(42)] A }",
        "[Imp.WireEnum] public enum E { [Imp.WireName(\"a\", \"b\")] A }",
        "[Imp.WireEnum] public enum E { [Imp.WireName(nameof(Missing))] A }",
        "[Imp.WireEnum] public enum E { [Imp.WireName(\"a\")] A, [Imp.WireName(\"a\")] }",
        "[Imp.WireEnum] public class NotAnEnum { }",
        "[Imp.WireEnum] public struct NotAnEnum { }",
        "[Imp.WireEnum] enum E { A } [Imp.WireEnum] enum E { B }",
        "namespace { [Imp.WireEnum] public enum E { A } }",
        "public class Outer { [Imp.WireEnum] public enum E { A }",
        "[WireEnum] public enum E { A }",
        "[Imp.WireEnum, Imp.WireEnum] public enum E { A }",
        "[Imp.WireEnum] public enum E { A, A }",
        "[Imp.WireEnum] public enum E { A = 1 << 70 }",
        "[Imp.WireEnum] public enum E : byte { A = 300 }",
    };

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public Task Broken_code_gets_no_crash_and_no_new_errors(string source) =>
        Robustness.AssertNoCrashAndNoNewErrorsAsync(source);

    [Fact]
    public void Names_that_differ_only_in_characters_a_file_name_cannot_hold_get_distinct_files()
    {
        // U+0301 (a combining accent) may follow a letter in an identifier; the hint name replaces it.
        GeneratorRun run = GeneratorHarness.Run("""
            [Imp.WireEnum] public enum Cafe\u0301 { A }
            [Imp.WireEnum] public enum Cafe_ { A }
            """);

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.NewCompilerDiagnostics().ShouldBeEmpty();
        run.GeneratedSources.Select(s => s.HintName).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void Names_that_differ_only_in_case_get_distinct_files()
    {
        // Roslyn compares hint names ignoring case.
        GeneratorRun run = GeneratorHarness.Run("""
            namespace Shop { [Imp.WireEnum] public enum Status { A } [Imp.WireEnum] public enum status { B } }
            namespace shop { [Imp.WireEnum] public enum Status { C } }
            """);

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.NewCompilerDiagnostics().ShouldBeEmpty();
        run.GeneratedSources.Select(s => s.HintName.ToUpperInvariant()).Distinct().Count().ShouldBe(3);
    }
}
