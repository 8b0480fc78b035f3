using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Imp.Generators.Tests.Infrastructure;
using Imp.Generators.WireUnions;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.WireUnions;

/// <summary>
/// How a union is read: which field types get a generated converter, which nested types are variants, when the
/// closing constructor is added, and which half-typed or misnamed variants stop generation.
/// </summary>
public sealed class WireUnionParsingTests
{
    private const string UnionHint = "Shape.WireUnion.g.cs";

    [Fact]
    public void A_wire_enum_field_type_in_the_global_namespace_gets_its_converter_without_a_dot()
    {
        GeneratorRun run = GeneratorHarness.Run("""
            [Imp.WireEnum] public enum Color { Red }
            [Imp.WireUnion] public abstract partial record Shape { public sealed record Dot(Color Fill) : Shape; }
            """);

        run.NewCompilerDiagnostics().ShouldBeEmpty();
        run.Source(UnionHint).ShouldContain("global::ColorJsonConverter");
        run.Source(UnionHint).ShouldNotContain("global::.");
    }

    [Fact]
    public void An_abstract_record_field_type_that_is_not_a_union_goes_through_the_serializer()
    {
        GeneratorRun run = GeneratorHarness.Run("""
            public abstract record Base;
            [Imp.WireUnion] public abstract partial record Shape { public sealed record Dot(Base Inner) : Shape; }
            """);

        run.NewCompilerDiagnostics().ShouldBeEmpty();
        run.Source(UnionHint).ShouldNotContain("global::Base.WireConverter");
        run.Source(UnionHint).ShouldContain("global::Imp.Json.WireUnionJson.ReadValue<global::Base>(ref reader, options, Union, \"dot\", \"inner\")");
    }

    [Fact]
    public void A_nested_type_that_does_not_derive_from_the_union_is_not_a_variant()
    {
        GeneratorRun run = GeneratorHarness.Run("""
            [Imp.WireUnion] public abstract partial record Shape
            {
                public sealed record Dot : Shape;
                public sealed record Helper(int Size);
            }
            """);

        run.NewCompilerDiagnostics().ShouldBeEmpty();
        run.Source(UnionHint).ShouldContain("Dot");
        run.Source(UnionHint).ShouldNotContain("Helper");
    }

    [Fact]
    public void A_declared_copy_constructor_still_gets_the_closing_constructor()
    {
        GeneratorRun run = GeneratorHarness.Run("""
            [Imp.WireUnion] public abstract partial record Shape
            {
                protected Shape(Shape original) { }
                public sealed record Dot : Shape;
            }
            """);

        run.NewCompilerDiagnostics().ShouldBeEmpty();
        run.Source(UnionHint).ShouldContain("private Shape()");
    }

    [Fact]
    public void A_declared_parameterless_constructor_gets_no_second_one()
    {
        GeneratorRun run = GeneratorHarness.Run("""
            [Imp.WireUnion] public abstract partial record Shape
            {
                private Shape() { }
                public sealed record Dot : Shape;
            }
            """);

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.NewCompilerDiagnostics().ShouldBeEmpty();
        run.Source(UnionHint).ShouldNotContain("private Shape()");
    }

    [Theory]
    [InlineData("[Imp.WireName(\"dot\")] public sealed record : Shape;")] // a variant without a name yet
    [InlineData("public sealed record Dot([Imp.WireName(\"size\")] int) : Shape;")] // a field without a name yet
    public void A_nameless_variant_or_field_stops_generation_even_with_a_wire_name(string variant)
    {
        GeneratorRun run = GeneratorHarness.Run("[Imp.WireUnion] public abstract partial record Shape { " + variant + " }");

        run.GeneratedSources.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("[Imp.WireName(null)] public sealed record Dot : Shape;", "Dot")]
    [InlineData("public sealed record Dot([Imp.WireName(null)] int Size) : Shape;", "Size")]
    public async Task A_wire_name_that_is_not_a_constant_string_is_malformed(string variant, string owner)
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync(
            "[Imp.WireUnion] public abstract partial record Shape { " + variant + " }");

        Diagnostic diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("IMP0002");
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain($"'{owner}'");
        run.GeneratedSources.ShouldBeEmpty();
    }

    [Fact]
    public void Reading_a_union_with_a_cancelled_token_throws()
    {
        // The nested type is no variant, so nothing but the loop's own check looks at the token.
        INamedTypeSymbol type = TestCompilation.Create("[Imp.WireUnion] public abstract partial record Shape { public sealed class Helper { } }")
            .GetTypeByMetadataName("Shape")!;

        Should.Throw<OperationCanceledException>(() => WireUnionShape.Read(type, new CancellationToken(canceled: true)));
        WireUnionShape.Read(type, CancellationToken.None).Variants.ShouldBeEmpty();
    }
}
