using System.Collections.Immutable;
using System.Globalization;
using System.Threading.Tasks;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.WireUnions;

/// <summary>The misuses of serde's representations and field rules: each has its own diagnostic, and no code is generated.</summary>
public sealed class WireUnionShapeDiagnosticsTests
{
    [Theory]
    [InlineData("Representation = (Imp.WireRepresentation)9", "sets Representation to 9, which is no WireRepresentation value")]
    [InlineData("Naming = (Imp.WireNaming)(-1)", "sets Naming to -1, which is no WireNaming value")]
    [InlineData("FieldNaming = (Imp.WireNaming)99", "sets FieldNaming to 99, which is no WireNaming value")]
    public async Task IMP0040_option_that_is_no_enum_value(string arguments, string expected)
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync(
            $"[Imp.WireUnion({arguments})] public abstract partial record Shape {{ public sealed record Dot(int X) : Shape; }}");

        diagnostic.Id.ShouldBe("IMP0040");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe($"'Shape' {expected}; use one of its named values");
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Naming = Imp.WireNaming.CamelCase", "public sealed record Über(int X) : Shape;", "Über", "'Über' starts with 'Ü'")]
    [InlineData("FieldNaming = Imp.WireNaming.CamelCase", "public sealed record Dot(int ünit) : Shape;", "ünit", "'ünit' starts with 'ü'")]
    public async Task IMP0041_camel_case_name_starting_with_a_non_ascii_letter(string arguments, string variant, string located, string expected)
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync(
            $"[Imp.WireUnion({arguments})] public abstract partial record Shape {{ {variant} }}");

        diagnostic.Id.ShouldBe("IMP0041");
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe(located);
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldStartWith(expected + ", which serde_derive's camelCase rule cannot lower-case");
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Representation = Imp.WireRepresentation.AdjacentlyTagged", "is adjacently tagged but has no Content; set Content = \"...\"")]
    [InlineData("Representation = Imp.WireRepresentation.Untagged, Content = \"c\"", "sets Content, which only the adjacently tagged representation uses, but Representation is Untagged")]
    [InlineData("Representation = Imp.WireRepresentation.ExternallyTagged, Tag = \"kind\"", "sets Tag, which the ExternallyTagged representation has no use for")]
    [InlineData("Representation = Imp.WireRepresentation.Untagged, Tag = \"kind\"", "sets Tag, which the Untagged representation has no use for")]
    public async Task IMP0042_representation_and_tag_or_content_that_do_not_go_together(string arguments, string expected)
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync(
            $"[Imp.WireUnion({arguments})] public abstract partial record Shape {{ public sealed record Dot(int X) : Shape; }}");

        diagnostic.Id.ShouldBe("IMP0042");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldStartWith("'Shape' " + expected);
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Tag = \"\"", "has an empty or malformed Tag")]
    [InlineData("Tag = \" kind\"", "has an empty or malformed Tag")]
    [InlineData("Tag = \"t\", Content = \"\"", "has an empty or malformed Content")]
    [InlineData("Tag = \"t\", Content = \"t\"", "uses \"t\" as both Tag and Content")]
    public async Task IMP0043_tag_or_content_that_is_no_usable_name(string arguments, string expected)
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync(
            $"[Imp.WireUnion({arguments})] public abstract partial record Shape {{ public sealed record Dot(int X) : Shape; }}");

        diagnostic.Id.ShouldBe("IMP0043");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldStartWith("'Shape' " + expected);
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("public sealed record Dot : Shape;", 0)]
    [InlineData("public sealed record Dot(int X, int Y) : Shape;", 2)]
    public async Task IMP0044_newtype_variant_without_exactly_one_field(string variant, int count)
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync(
            $"[Imp.WireUnion(Representation = Imp.WireRepresentation.ExternallyTagged)] public abstract partial record Shape {{ [Imp.WireNewtype] {variant} }}");

        diagnostic.Id.ShouldBe("IMP0044");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldStartWith($"'Dot' is [WireNewtype] but has {count} fields");
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("string")]
    [InlineData("int")]
    [InlineData("int?")]
    [InlineData("string[]")]
    [InlineData("System.Collections.Generic.List<string>")]
    [InlineData("System.DayOfWeek")]
    public async Task IMP0045_internally_tagged_newtype_holding_no_object(string type)
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync(
            $"[Imp.WireUnion] public abstract partial record Shape {{ [Imp.WireNewtype] public sealed record Dot({type} Value) : Shape; }}");

        diagnostic.Id.ShouldBe("IMP0045");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldContain("which is not written as a JSON object, so the tag has nowhere to go");
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Fact]
    public async Task IMP0045_is_silent_for_a_record_or_a_dictionary()
    {
        (_, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync("""
            public sealed record Point(int X, int Y);
            [Imp.WireUnion] public abstract partial record Shape
            {
                [Imp.WireNewtype] public sealed record Dot(Point Value) : Shape;
                [Imp.WireNewtype] public sealed record Map(System.Collections.Generic.Dictionary<string, int> Value) : Shape;
            }
            """);

        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task IMP0046_skip_if_null_on_a_field_that_cannot_be_null()
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync(
            "[Imp.WireUnion] public abstract partial record Shape { public sealed record Dot([Imp.WireSkipIfNull] string Label) : Shape; }");

        diagnostic.Id.ShouldBe("IMP0046");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldStartWith("'Label' is [WireSkipIfNull] but its type cannot be null");
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Fact]
    public async Task IMP0047_default_variant_without_a_parameterless_constructor()
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync(
            "[Imp.WireUnion] public abstract partial record Shape { [Imp.WireDefault] public sealed record Dot(int X) : Shape; }");

        diagnostic.Id.ShouldBe("IMP0047");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldContain("has no public or internal parameterless constructor");
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Fact]
    public async Task IMP0048_default_field_without_a_default_value()
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync("""
            public sealed record Point(int X, int Y);
            [Imp.WireUnion] public abstract partial record Shape { public sealed record Dot([Imp.WireDefault] Point At) : Shape; }
            """);

        diagnostic.Id.ShouldBe("IMP0048");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldStartWith("'At' is [WireDefault] but 'Point' has no default");
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Fact]
    public async Task IMP0049_skip_if_empty_on_a_field_that_is_not_a_collection()
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync(
            "[Imp.WireUnion] public abstract partial record Shape { public sealed record Dot([Imp.WireSkipIfEmpty] string Label) : Shape; }");

        diagnostic.Id.ShouldBe("IMP0049");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldStartWith("'Label' is [WireSkipIfEmpty] but 'string' is not a collection");
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Fact]
    public async Task IMP0049_is_silent_for_lists_arrays_and_sets()
    {
        (_, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync("""
            [Imp.WireUnion] public abstract partial record Shape
            {
                public sealed record Dot(
                    [Imp.WireDefault, Imp.WireSkipIfEmpty] System.Collections.Generic.IReadOnlyList<string> Tags,
                    [Imp.WireDefault, Imp.WireSkipIfEmpty] int[] Points,
                    [Imp.WireDefault, Imp.WireSkipIfEmpty] System.Collections.Generic.HashSet<long>? Ids) : Shape;
            }
            """);

        diagnostics.ShouldBeEmpty();
    }
}
