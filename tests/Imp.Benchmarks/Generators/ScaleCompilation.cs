using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Imp.Benchmarks.Generators;

/// <summary>The full-size <see cref="ScaleCorpus"/> as a compilation against the framework and Imp.Core, with its two edits.</summary>
internal sealed class ScaleCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public ScaleCompilation(int enums, int machines, int unions)
    {
        var corpus = new ScaleCorpus(enums, machines, unions);
        MetadataReference[] references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(WireEnumAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
        Original = CSharpCompilation.Create(
            "ScaleCorpus",
            corpus.Files.Select(file => CSharpSyntaxTree.ParseText(file.Text, ParseOptions, file.Path)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        UnrelatedEdit = Replace(ScaleCorpus.UnrelatedPath, ScaleCorpus.UnrelatedEdited);
        EnumEdit = Replace(ScaleCorpus.EnumPath, corpus.EnumEdited);
    }

    public Compilation Original { get; }

    /// <summary>The original with a method added to a plain class.</summary>
    public Compilation UnrelatedEdit { get; }

    /// <summary>The original with a member added to one enum.</summary>
    public Compilation EnumEdit { get; }

    private Compilation Replace(string path, string text)
    {
        SyntaxTree tree = Original.SyntaxTrees.Single(t => t.FilePath == path);
        return Original.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text, ParseOptions, path));
    }
}
