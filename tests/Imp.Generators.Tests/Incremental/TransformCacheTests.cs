using System.Linq;
using System.Threading;
using Imp.Generators.Incremental;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Incremental;

/// <summary>When a remembered model is given back without parsing, and every case in which it must not be.</summary>
public sealed class TransformCacheTests
{
    private const string Enum = """
        using Imp;

        namespace App
        {
            [WireEnum]
            public enum Color { [WireName("crimson")] Red, Green = 4 }
        }
        """;

    private const string Other = """
        namespace App
        {
            public sealed class Palette
            {
                public int Count() { return 1; }
            }

            public enum Shade { Light }
        }
        """;

    [Fact]
    public void A_second_compilation_with_the_same_trees_parses_nothing()
    {
        var probe = new Probe();
        Compilation compilation = TestCompilation.Create(Enum, Other);

        probe.Run(compilation).ShouldBe(["Color"]);
        probe.Run(compilation.Clone());

        probe.Parses.ShouldBe(1);
    }

    [Theory]
    [InlineData("a method body", "return 1;", "return 2;")]
    [InlineData("a method added", "public int Count() { return 1; }", "public int Count() { return 1; }\n public string Name() => \"x\";")]
    [InlineData("a field and a property", "public int Count()", "private int _field; public int Property { get; set; }\n public int Count()")]
    [InlineData("a constant", "public int Count()", "public const int Limit = 3;\n public int Count()")]
    [InlineData("an enum's members", "{ Light }", "{ Light, Dark = 4 }")]
    public void An_edit_to_members_of_another_file_reuses_the_model(string edit, string before, string after)
    {
        var probe = new Probe();
        Compilation compilation = TestCompilation.Create(Enum, Other);
        probe.Run(compilation);

        probe.Run(ReplaceOther(compilation, Other.Replace(before, after)));

        probe.Parses.ShouldBe(1, edit);
    }

    [Theory]
    [InlineData("a type", "public sealed class Palette", "public sealed class Swatch { }\n public sealed class Palette")]
    [InlineData("an attribute class that could shadow one in use", "public sealed class Palette", "public sealed class WireNameAttribute : System.Attribute { }\n public sealed class Palette")]
    [InlineData("a global using", "namespace App", "global using Renamed = Imp.WireNameAttribute;\nnamespace App")]
    [InlineData("a type's attribute", "public sealed class Palette", "[System.Obsolete] public sealed class Palette")]
    public void An_edit_to_declarations_of_another_file_parses_again(string edit, string before, string after)
    {
        var probe = new Probe();
        Compilation compilation = TestCompilation.Create(Enum, Other);
        probe.Run(compilation);

        probe.Run(ReplaceOther(compilation, Other.Replace(before, after)));

        probe.Parses.ShouldBe(2, edit);
    }

    [Fact]
    public void A_file_added_or_removed_parses_again()
    {
        var probe = new Probe();
        Compilation compilation = TestCompilation.Create(Enum, Other);
        probe.Run(compilation);

        probe.Run(compilation.AddSyntaxTrees(TestCompilation.Parse("namespace App { }", "Added.cs")));
        probe.Run(compilation.RemoveSyntaxTrees(compilation.SyntaxTrees.Last()));

        probe.Parses.ShouldBe(3);
    }

    [Fact]
    public void Changed_options_or_references_parse_again()
    {
        var probe = new Probe();
        Compilation compilation = TestCompilation.Create(Enum, Other);
        probe.Run(compilation);

        probe.Run(compilation.WithOptions(((CSharpCompilationOptions)compilation.Options).WithNullableContextOptions(NullableContextOptions.Disable)));
        probe.Run(compilation.AddReferences(MetadataReference.CreateFromFile(typeof(TransformCacheTests).Assembly.Location)));
        probe.Run(compilation.WithAssemblyName("Renamed"));

        probe.Parses.ShouldBe(4);
    }

    [Fact]
    public void An_edit_to_the_declarations_own_file_parses_it_again()
    {
        var probe = new Probe();
        Compilation compilation = TestCompilation.Create(Enum, Other);
        probe.Run(compilation);

        // Even an edit that changes nothing but a comment makes a new node.
        probe.Run(Caching.Replace(compilation, compilation.SyntaxTrees.First(), Enum + "\n// a comment"));

        probe.Parses.ShouldBe(2);
    }

    [Theory]
    [InlineData("[WireEnum] public enum Level { Low = Limits.Base, High }")]
    [InlineData("[WireEnum] public enum Level { Low, [WireName(nameof(Low))] High }")]
    public void A_declaration_that_is_not_self_contained_is_parsed_every_time(string declaration)
    {
        var probe = new Probe();
        Compilation compilation = TestCompilation.Create("using Imp;\nnamespace App { public static class Limits { public const int Base = 1; } " + declaration + " }", Other);
        probe.Run(compilation);

        probe.Run(compilation.Clone());

        probe.Parses.ShouldBe(2);
    }

    [Fact]
    public void A_type_declared_in_two_parts_is_parsed_every_time()
    {
        var probe = new Probe("Imp.WireUnionAttribute");
        Compilation compilation = TestCompilation.Create(
            "[Imp.WireUnion] public abstract partial record Shape { public sealed record Circle(double Radius) : Shape; }",
            "public abstract partial record Shape { }");
        probe.Run(compilation).ShouldBe(["Shape"]);

        probe.Run(compilation.Clone());

        probe.Parses.ShouldBe(2);
    }

    [Fact]
    public void A_model_of_nothing_is_remembered_too()
    {
        var probe = new Probe(model: _ => null);
        Compilation compilation = TestCompilation.Create(Enum, Other);

        probe.Run(compilation).ShouldBeEmpty();
        probe.Run(compilation.Clone()).ShouldBeEmpty();

        probe.Parses.ShouldBe(1);
    }

    [Theory]
    [InlineData("using Marker = Imp.WireEnumAttribute;\nnamespace App { [Marker] public enum Color { Red } }")]
    [InlineData("using System;\nusing Marker = Imp.WireEnumAttribute;\nnamespace App { [Marker] public enum Color { Red } }")]
    [InlineData("namespace App { using Marker = Imp.WireEnumAttribute; [Marker] public enum Color { Red } }")]
    [InlineData("namespace App { [global::Imp.WireEnumAttribute] public enum Color { Red } }")]
    [InlineData("namespace App { [Imp.WireEnum, System.Flags] public enum Color { Red } }")]
    public void The_attribute_is_found_under_any_name_that_binds_to_it(string source) =>
        new Probe().Run(TestCompilation.Create(source, Other)).ShouldBe(["Color"]);

    [Fact]
    public void The_attribute_is_found_through_a_global_alias_in_another_file() =>
        new Probe().Run(TestCompilation.Create("namespace App { [Marker] public enum Color { Red } }", "global using Marker = Imp.WireEnumAttribute;")).ShouldBe(["Color"]);

    [Theory]
    [InlineData("namespace App { [System.Flags] public enum Color { Red } }")]
    [InlineData("namespace App { public sealed class WireEnumAttribute : System.Attribute { } [WireEnum] public enum Color { Red } }")]
    [InlineData("using Marker = System.FlagsAttribute;\nnamespace App { [Marker] public enum Color { Red } }")]
    public void Another_attribute_of_any_name_is_not_it(string source)
    {
        var probe = new Probe();

        probe.Run(TestCompilation.Create(source, Other)).ShouldBeEmpty();
        probe.Parses.ShouldBe(0);
    }

    [Fact]
    public void A_partial_type_carrying_the_attribute_twice_is_found_once() =>
        new Probe("Imp.WireUnionAttribute").Run(TestCompilation.Create(
            "[Imp.WireUnion] public abstract partial record Shape { public sealed record Circle(double Radius) : Shape; }",
            "[Imp.WireUnion] public abstract partial record Shape;")).ShouldBe(["Shape"]);

    private static Compilation ReplaceOther(Compilation compilation, string text) =>
        Caching.Replace(compilation, compilation.SyntaxTrees.Last(), text);

    /// <summary>A generator whose transform goes through its own cache and counts the parses that cache lets through.</summary>
    private sealed class Probe(string attribute = "Imp.WireEnumAttribute", System.Func<INamedTypeSymbol, string?>? model = null) : IIncrementalGenerator
    {
        private readonly TransformCache<string> _cache = new(attribute);
        private readonly System.Func<INamedTypeSymbol, string?> _model = model ?? (type => type.Name);
        private GeneratorDriver? _driver;
        private int _parses;

        public int Parses => _parses;

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<string?> names = context.SyntaxProvider.CreateSyntaxProvider(
                predicate: static (node, _) => node is BaseTypeDeclarationSyntax { AttributeLists.Count: > 0 },
                transform: (target, cancellationToken) => _cache.GetOrParse(target, Parse, cancellationToken));
            context.RegisterSourceOutput(names.Where(static name => name is not null), static (output, name) => output.AddSource(name + ".g.cs", "// " + name));
        }

        /// <summary>Runs the generator, continuing its driver, and returns the names it was given.</summary>
        public string[] Run(Compilation compilation)
        {
            _driver = (_driver ?? CSharpGeneratorDriver.Create([this.AsSourceGenerator()], parseOptions: TestCompilation.ParseOptions)).RunGenerators(compilation);
            return _driver.GetRunResult().GeneratedTrees.Select(tree => System.IO.Path.GetFileNameWithoutExtension(tree.FilePath).Replace(".g", string.Empty)).ToArray();
        }

        private string? Parse(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _parses);
            return _model(type);
        }
    }
}
