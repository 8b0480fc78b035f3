using System.Linq;
using System.Threading;
using Imp.Generators.Incremental;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Incremental;

/// <summary>When two compilations count as declaring the same things.</summary>
public sealed class CompilationFingerprintTests
{
    private readonly Compilation _compilation = TestCompilation.Create(
        "namespace App { public sealed class Service { public int Count() => 1; } }",
        "namespace App { [Imp.WireEnum] public enum Color { Red } }");

    [Fact]
    public void A_compilation_has_one_fingerprint() =>
        Of(_compilation).ShouldBeSameAs(Of(_compilation));

    [Fact]
    public void Compilations_declaring_the_same_have_equal_fingerprints()
    {
        CompilationFingerprint original = Of(_compilation);

        // Usually the very same object too, but tests running beside this one may have made the latest fingerprint.
        Of(_compilation.Clone()).ShouldBe(original);
        Of(Edit("namespace App { public sealed class Service { public int Count() => 2; public int Other { get; } } }")).ShouldBe(original);
    }

    [Fact]
    public void A_different_declaration_reference_option_or_name_is_a_different_fingerprint()
    {
        CompilationFingerprint original = Of(_compilation);

        Of(Edit("namespace App { public sealed class Service { } public sealed class Added { } }")).ShouldNotBe(original);
        Of(_compilation.WithOptions(((CSharpCompilationOptions)_compilation.Options).WithNullableContextOptions(NullableContextOptions.Disable))).ShouldNotBe(original);
        Of(_compilation.AddReferences(MetadataReference.CreateFromFile(typeof(CompilationFingerprintTests).Assembly.Location))).ShouldNotBe(original);
        Of(_compilation.WithAssemblyName("Renamed")).ShouldNotBe(original);
        Of(_compilation.AddSyntaxTrees(TestCompilation.Parse(string.Empty, "Empty.cs"))).ShouldNotBe(original);
    }

    [Theory]
    [InlineData("global using Marker = Imp.WireEnumAttribute;", true)]
    [InlineData("global using Imp;", false)]
    [InlineData("using Marker = Imp.WireEnumAttribute;", false)]
    public void A_global_alias_in_any_file_is_noticed(string usings, bool expected) =>
        Of(_compilation.AddSyntaxTrees(TestCompilation.Parse(usings, "Usings.cs"))).DeclaresGlobalAlias.ShouldBe(expected);

    private Compilation Edit(string first) => Caching.Replace(_compilation, _compilation.SyntaxTrees.First(), first);

    private static CompilationFingerprint Of(Compilation compilation) => CompilationFingerprint.Of(compilation, CancellationToken.None);
}
