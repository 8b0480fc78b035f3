using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Imp.Benchmarks.Generators;

/// <summary>
/// The full-size <see cref="ScaleCorpus"/> as compilations against the framework and Imp.Core, with its two edits.
/// Every compilation is parsed afresh: the generators remember models per syntax node, so a run on trees an earlier
/// run saw would measure that memory instead of the work a new process or a new edit costs.
/// </summary>
internal sealed class ScaleCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private readonly ScaleCorpus _corpus;
    private readonly MetadataReference[] _references;

    public ScaleCompilation(int enums, int machines, int unions)
    {
        _corpus = new ScaleCorpus(enums, machines, unions);
        _references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(WireEnumAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }

    /// <summary>The corpus, every file parsed now.</summary>
    public Compilation Original() => CSharpCompilation.Create(
        "ScaleCorpus",
        _corpus.Files.Select(file => Parse(file.Path, file.Text)),
        _references,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary><paramref name="original"/> with a method added to a plain class (that file parsed now).</summary>
    public static Compilation UnrelatedEdit(Compilation original) =>
        Replace(original, ScaleCorpus.UnrelatedPath, ScaleCorpus.UnrelatedEdited);

    /// <summary><paramref name="original"/> with a member added to one enum (that file parsed now).</summary>
    public Compilation EnumEdit(Compilation original) => Replace(original, ScaleCorpus.EnumPath, _corpus.EnumEdited);

    private static Compilation Replace(Compilation original, string path, string text) =>
        original.ReplaceSyntaxTree(original.SyntaxTrees.Single(t => t.FilePath == path), Parse(path, text));

    private static SyntaxTree Parse(string path, string text) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);
}
