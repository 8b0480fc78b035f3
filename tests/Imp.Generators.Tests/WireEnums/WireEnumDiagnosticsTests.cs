using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.WireEnums;

/// <summary>Each misuse of [WireEnum]/[WireName] gets its own diagnostic, at the right place, saying what to change.</summary>
public sealed class WireEnumDiagnosticsTests
{
    [Fact]
    public async Task Valid_enum_has_no_diagnostics()
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync(
            EdgeCaseSources.EveryEdgeCase, EdgeCaseSources.GlobalNamespace);

        diagnostics.ShouldBeEmpty();
        run.GeneratedSources.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task IMP0001_two_members_with_the_same_explicit_wire_name()
    {
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync("""
            [Imp.WireEnum]
            public enum Mode { Fast, [Imp.WireName("fast")] Quick }
            """);

        diagnostic.Id.ShouldBe("IMP0001");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("Imp.WireName(\"fast\")");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Members 'Fast' and 'Quick' of enum 'Mode' both have the wire name \"fast\"; give one of them a distinct [WireName(\"...\")]");
    }

    [Fact]
    public async Task IMP0001_two_members_whose_derived_names_collide()
    {
        // serde keeps the underscore and lower-cases the rest: both become "foo_bar".
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync("""
            [Imp.WireEnum]
            public enum Mode { FooBar, Foo_bar }
            """);

        diagnostic.Id.ShouldBe("IMP0001");
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("Foo_bar");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldContain("\"foo_bar\"");
    }

    [Theory]
    [InlineData("\"\"", "empty")]
    [InlineData("\" padded\"", "padded with white space")]
    [InlineData("\"padded \"", "padded with white space")]
    [InlineData("\"tab\\there\"", "holding a control character")]
    [InlineData("\"lone\\uD800\"", "holding a lone UTF-16 surrogate")]
    [InlineData("null", "null")]
    public async Task IMP0002_malformed_wire_name(string argument, string problem)
    {
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync($$"""
            [Imp.WireEnum]
            public enum Mode { [Imp.WireName({{argument}})] Fast }
            """);

        diagnostic.Id.ShouldBe("IMP0002");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe($"Imp.WireName({argument})");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            $"[WireName] on 'Fast' is {problem}; pass a non-empty string constant without leading or trailing white space or control characters");
    }

    [Fact]
    public async Task IMP0003_wire_name_on_a_member_of_an_enum_without_wire_enum()
    {
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync("""
            public enum Mode { [Imp.WireName("fast")] Fast }
            """);

        diagnostic.Id.ShouldBe("IMP0003");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("Imp.WireName(\"fast\")");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "[WireName] on 'Fast' has no effect because 'Mode' is not marked [WireEnum]; add [WireEnum] to 'Mode' or remove the [WireName]");
    }

    [Fact]
    public async Task IMP0003_wire_name_on_a_field_of_a_class()
    {
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync("""
            public class Settings { [Imp.WireName("level")] public int Level; }
            """);

        diagnostic.Id.ShouldBe("IMP0003");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldContain("'Settings' is not marked [WireEnum]");
    }

    [Fact]
    public async Task IMP0004_flags_enum()
    {
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync("""
            [System.Flags, Imp.WireEnum]
            public enum Access { Read = 1, Write = 2 }
            """);

        diagnostic.Id.ShouldBe("IMP0004");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("Access");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Enum 'Access' is marked both [Flags] and [WireEnum]; a combination of flags has no single wire name, so remove [Flags] or [WireEnum]");
    }

    [Theory]
    [InlineData("private", "it is private")]
    [InlineData("protected", "it is protected")]
    [InlineData("private protected", "it is private protected")]
    public async Task IMP0005_enum_hidden_from_top_level_code(string accessibility, string reason)
    {
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync($$"""
            public class Host
            {
                [Imp.WireEnum]
                {{accessibility}} enum Secret { A }
            }
            """);

        diagnostic.Id.ShouldBe("IMP0005");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("Secret");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            $"Enum 'Secret' is not visible to top-level classes of its assembly ({reason}); make it and its containing types public or internal (not file-local), or remove [WireEnum]");
    }

    [Fact]
    public async Task IMP0005_file_local_enum()
    {
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync("""
            [Imp.WireEnum]
            file enum Secret { A }
            """);

        diagnostic.Id.ShouldBe("IMP0005");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldContain("(it is file-local)");
    }

    [Fact]
    public async Task IMP0005_public_enum_inside_a_private_type()
    {
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync("""
            public class Host
            {
                private class Inner
                {
                    [Imp.WireEnum]
                    public enum Secret { A }
                }
            }
            """);

        diagnostic.Id.ShouldBe("IMP0005");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldContain("(its containing type 'Inner' is private)");
    }

    [Fact]
    public async Task IMP0006_serde_and_system_text_json_disagree()
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync("""
            [Imp.WireEnum]
            public enum Failure { IOError, [Imp.WireName("http_error")] HTTPError, Timeout }
            """);

        Diagnostic diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("IMP0006");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("IOError");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Member 'IOError' is \"i_o_error\" by serde's snake_case rule but \"io_error\" by System.Text.Json's nearest naming policy; add [WireName(\"i_o_error\")] (or the other) to state which one the wire uses");

        // A warning only: the code is generated, with serde's name.
        run.Source("Failure.WireEnum.g.cs").ShouldContain("case \"i_o_error\":");
        run.NewCompilerDiagnostics().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("KebabCase", "i-o-error", "io-error", "kebab-case")]
    [InlineData("ScreamingSnakeCase", "I_O_ERROR", "IO_ERROR", "SCREAMING_SNAKE_CASE")]
    [InlineData("ScreamingKebabCase", "I-O-ERROR", "IO-ERROR", "SCREAMING-KEBAB-CASE")]
    [InlineData("CamelCase", "iOError", "ioError", "camelCase")]
    public async Task IMP0006_covers_every_rule_with_a_system_text_json_policy(string rule, string serde, string json, string serdeRule)
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync(
            $"[Imp.WireEnum(Naming = Imp.WireNaming.{rule})] public enum Failure {{ IOError, Timeout }}");

        Diagnostic diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("IMP0006");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldStartWith($"Member 'IOError' is \"{serde}\" by serde's {serdeRule} rule but \"{json}\" by");
        run.Source("Failure.WireEnum.g.cs").ShouldContain($"case \"{serde}\":");
    }

    [Theory]
    [InlineData("None")]
    [InlineData("PascalCase")]
    [InlineData("LowerCase")]
    [InlineData("UpperCase")]
    public async Task IMP0006_is_silent_for_rules_without_a_system_text_json_policy(string rule)
    {
        (_, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync(
            $"[Imp.WireEnum(Naming = Imp.WireNaming.{rule})] public enum Failure {{ IOError, Timeout }}");

        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task IMP0040_naming_that_is_no_wire_naming_value()
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync(
            "[Imp.WireEnum(Naming = (Imp.WireNaming)42)] public enum Failure { Timeout }");

        diagnostic.Id.ShouldBe("IMP0040");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe("'Failure' sets Naming to 42, which is no WireNaming value; use one of its named values");
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Fact]
    public async Task IMP0041_camel_case_member_starting_with_a_non_ascii_letter()
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync(
            "[Imp.WireEnum(Naming = Imp.WireNaming.CamelCase)] public enum Letter { Über, [Imp.WireName(\"ok\")] Ärger, Plain }");

        diagnostic.Id.ShouldBe("IMP0041");
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("Über");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldStartWith("'Über' starts with 'Ü', which serde_derive's camelCase rule cannot lower-case");
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Fact]
    public async Task IMP0007_enum_nested_in_a_generic_type()
    {
        Diagnostic diagnostic = await AnalyzerHarness.SingleDiagnosticAsync("""
            public class Box<T>
            {
                [Imp.WireEnum]
                public enum State { Empty, Full }
            }
            """);

        diagnostic.Id.ShouldBe("IMP0007");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Enum 'State' is nested in generic type 'Box<T>', which the generated extension class cannot name; move the enum out of 'Box<T>' or remove [WireEnum]");
    }

    [Fact]
    public async Task IMP0008_enums_whose_generated_classes_would_share_a_name()
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync("""
            namespace Shop
            {
                public class Orders { [Imp.WireEnum] public enum Status { Open } }
                public class Invoices { [Imp.WireEnum] public enum Status { Paid } }
                [Imp.WireEnum] public enum Color { Red }
            }
            """);

        diagnostics.Select(d => d.Id).ShouldBe(["IMP0008", "IMP0008"]);
        diagnostics[0].Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostics[0].GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Enums 'Shop.Orders.Status' and 'Shop.Invoices.Status' would both get the generated class 'StatusExtensions' in namespace 'Shop'; rename one of them or move it to another namespace");
        run.GeneratedSources.Select(s => s.HintName).ShouldBe(["Shop.Color.WireEnum.g.cs"]);
        run.NewCompilerDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public async Task IMP0008_in_the_global_namespace_says_so()
    {
        (_, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync("""
            public class Orders { [Imp.WireEnum] public enum Status { Open } }
            [Imp.WireEnum] public enum Status { Paid }
            """);

        diagnostics.Select(d => d.Id).ShouldBe(["IMP0008", "IMP0008"]);
        diagnostics[0].GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Enums 'Orders.Status' and 'Status' would both get the generated class 'StatusExtensions' in the global namespace; rename one of them or move it to another namespace");
    }

    [Fact]
    public async Task Two_members_with_the_same_malformed_wire_name_get_IMP0002_each_and_no_IMP0001()
    {
        (_, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync("""
            [Imp.WireEnum]
            public enum Mode { [Imp.WireName(" ")] Fast, [Imp.WireName(" ")] Slow }
            """);

        diagnostics.Select(d => d.Id).ShouldBe(["IMP0002", "IMP0002"]);
    }

    [Fact]
    public async Task A_WireName_argument_the_compiler_rejects_gets_no_IMP0002_on_top()
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync("""
            [Imp.WireEnum]
            public enum Mode { [Imp.WireName(1)] Fast, [Imp.WireName] Slow }
            """);

        diagnostics.ShouldBeEmpty();
        run.Input.GetDiagnostics().Select(d => d.Id).ShouldContain("CS1503");
        run.Input.GetDiagnostics().Select(d => d.Id).ShouldContain("CS7036");
    }

    [Fact]
    public void A_member_without_a_name_yet_gets_no_generated_code()
    {
        // The parser keeps the empty slot between the commas as a member with no name.
        GeneratorRun run = GeneratorHarness.Run("[Imp.WireEnum] public enum Half { A, , B }");

        run.Input.GetDiagnostics().ShouldContain(d => d.Severity == DiagnosticSeverity.Error);
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_error_leaves_the_enum_without_generated_code_and_adds_no_compiler_error()
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync("""
            public class Host
            {
                [Imp.WireEnum] private enum Hidden { A }
                [Imp.WireEnum] public enum Duplicate { A, [Imp.WireName("a")] B }
                [Imp.WireEnum] public enum Malformed { [Imp.WireName("")] A }
                [System.Flags, Imp.WireEnum] public enum Flags { A = 1 }
            }
            public class Generic<T> { [Imp.WireEnum] public enum Inside { A } }
            """);

        diagnostics.Select(d => d.Id).Order().ShouldBe(["IMP0001", "IMP0002", "IMP0004", "IMP0005", "IMP0007"]);
        run.GeneratedSources.ShouldBeEmpty();
        run.NewCompilerDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void Every_descriptor_is_tracked_in_the_release_files_and_tested_here()
    {
        string[] ids = typeof(Imp.Generators.Diagnostics.DiagnosticDescriptors)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(field => ((DiagnosticDescriptor)field.GetValue(null)!).Id)
            .ToArray();
        string releases = RepoPaths.ReadSource("generators/Imp.Generators/AnalyzerReleases.Unshipped.md")
            + RepoPaths.ReadSource("generators/Imp.Generators/AnalyzerReleases.Shipped.md");
        string tests = string.Concat(System.IO.Directory
            .GetFiles(System.IO.Path.Combine(RepoPaths.Root, "tests/Imp.Generators.Tests"), "*DiagnosticsTests.cs", System.IO.SearchOption.AllDirectories)
            .Select(System.IO.File.ReadAllText));

        ids.ShouldBeUnique();
        foreach (string id in ids)
        {
            releases.ShouldContain(id + " ");
            tests.ShouldContain($"public async Task {id}_");
        }
    }
}
