using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.WireUnions;

/// <summary>Each misuse of [WireUnion] gets its own diagnostic, and the union then gets no generated code.</summary>
public sealed class WireUnionDiagnosticsTests
{
    [Fact]
    public async Task Valid_unions_have_no_diagnostics()
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync(WireUnionSources.EveryEdgeCase);

        diagnostics.ShouldBeEmpty();
        run.GeneratedSources.Select(s => s.HintName).ShouldContain("Unions.Outer.Shape.WireUnion.g.cs");
    }

    [Theory]
    [InlineData("public partial record Shape { public sealed record Dot : Shape; }")]
    [InlineData("public abstract partial class Shape { }")]
    public async Task IMP0017_union_that_is_not_an_abstract_record(string declaration)
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync("[Imp.WireUnion] " + declaration);

        diagnostic.Id.ShouldBe("IMP0017");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("Shape");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "'Shape' is marked [WireUnion] but is not an abstract record class; declare it 'abstract partial record Shape'");
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("[Imp.WireUnion] public abstract record Shape { public sealed record Dot : Shape; }")]
    [InlineData("public class Host { [Imp.WireUnion] public abstract partial record Shape { public sealed record Dot : Shape; } }")]
    public async Task IMP0018_union_or_its_container_not_partial(string source)
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync(source);

        diagnostic.Id.ShouldBe("IMP0018");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "'Shape' is marked [WireUnion] but it, or a type containing it, is not partial, so the generator cannot add its converter; add the 'partial' modifier");
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Fact]
    public async Task IMP0019_variant_not_sealed()
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync(
            "[Imp.WireUnion] public abstract partial record Shape { public record Dot : Shape; }");

        diagnostic.Id.ShouldBe("IMP0019");
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("Dot");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Variant 'Dot' of union 'Shape' is not sealed, so a record could derive from it and be read back as 'Dot'; make it 'sealed'");
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Fact]
    public async Task IMP0020_variant_outside_the_union()
    {
        // The generated private constructor makes this a compiler error too (CS0122); the diagnostic says why.
        (_, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync("""
            [Imp.WireUnion] public abstract partial record Shape { public sealed record Dot : Shape; }
            public sealed record Stray : Shape;
            """);

        Diagnostic diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("IMP0020");
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("Stray");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "'Stray' derives from union 'Shape' but is not nested in it, so the union's converter cannot know it; move 'Stray' inside 'Shape'");
    }

    [Fact]
    public async Task IMP0021_two_variants_with_the_same_wire_name()
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync("""
            [Imp.WireUnion]
            public abstract partial record Shape
            {
                public sealed record Dot : Shape;
                [Imp.WireName("dot")] public sealed record Point : Shape;
            }
            """);

        diagnostic.Id.ShouldBe("IMP0021");
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("Point");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Variants 'Dot' and 'Point' of union 'Shape' both have the wire name \"dot\"; give one of them a distinct [WireName(\"...\")]");
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("string Type")]
    [InlineData("[Imp.WireName(\"type\")] string Kind")]
    public async Task IMP0022_field_whose_wire_name_is_type(string parameter)
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync(
            $"[Imp.WireUnion] public abstract partial record Shape {{ public sealed record Dot({parameter}) : Shape; }}");

        diagnostic.Id.ShouldBe("IMP0022");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldEndWith(
            "of variant 'Dot' has the wire name \"type\", which is the union's tag; rename it, give it another [WireName(\"...\")] or choose another Tag");
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("[Imp.WireUnion] public abstract partial record Shape<T> { public sealed record Dot(T Value) : Shape<T>; }")]
    [InlineData("public partial class Box<T> { [Imp.WireUnion] public abstract partial record Shape { public sealed record Dot : Shape; } }")]
    public async Task IMP0023_generic_union(string source)
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync(source);

        diagnostic.Id.ShouldBe("IMP0023");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Union 'Shape' is generic, or nested in a generic type; a union's converter needs one closed set of variants, so remove the type parameters");
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("sealed record Dot : Shape;", "public")]
    [InlineData("internal sealed record Dot : Shape;", "public")]
    [InlineData("private sealed record Dot : Shape;", "internal")]
    public async Task IMP0024_variant_less_visible_than_its_union(string variant, string unionAccess)
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync(
            $"[Imp.WireUnion] {unionAccess} abstract partial record Shape {{ {variant} }}");

        diagnostic.Id.ShouldBe("IMP0024");
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("Dot");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Variant 'Dot' is less visible than union 'Shape', so Match and Switch could not name it; make 'Dot' as visible as 'Shape' (usually 'public')");
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_internal_variant_of_an_internal_union_is_fine()
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync(
            "[Imp.WireUnion] internal abstract partial record Shape { internal sealed record Dot : Shape; }");

        diagnostics.ShouldBeEmpty();
        run.NewCompilerDiagnostics().ShouldBeEmpty();
        run.GeneratedSources.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Malformed_variant_wire_name_is_IMP0002()
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync(
            "[Imp.WireUnion] public abstract partial record Shape { [Imp.WireName(\" \")] public sealed record Dot : Shape; }");

        diagnostic.Id.ShouldBe("IMP0002");
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("Imp.WireName(\" \")");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "[WireName] on 'Dot' is empty or malformed; pass a non-empty string constant without leading or trailing white space or control characters");
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Fact]
    public async Task Malformed_field_wire_name_is_IMP0002()
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync(
            "[Imp.WireUnion] public abstract partial record Shape { public sealed record Dot([Imp.WireName(\"\")] int Size) : Shape; }");

        diagnostic.Id.ShouldBe("IMP0002");
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("Imp.WireName(\"\")");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "[WireName] on 'Size' is empty or malformed; pass a non-empty string constant without leading or trailing white space or control characters");
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Fact]
    public async Task IMP0025_union_nested_in_a_private_type()
    {
        (GeneratorRun run, Diagnostic diagnostic) = await AnalyzerHarness.SingleAsync(
            "public partial class Host { [Imp.WireUnion] private abstract partial record Shape { public sealed record Dot : Shape; } }");

        diagnostic.Id.ShouldBe("IMP0025");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe("Shape");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Union 'Shape' is not visible to top-level classes of its assembly (it or a type containing it is not public or internal); make it and its containing types public or internal (not file-local), or remove [WireUnion]");
        run.GeneratedSources.ShouldBeEmpty();
    }
}
