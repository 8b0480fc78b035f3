using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Imp.Generators.Tests.Infrastructure;

/// <summary>Builds compilations the way a user's project looks to the generator: the framework plus Imp.Core.</summary>
internal static class TestCompilation
{
    /// <summary>C# 12, the newest the Roslyn 4.8 the generator targets knows; the generated code must fit it.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    // One compilation without sources that every test compilation extends: the references are then read and bound
    // once per test run instead of once per compilation.
    private static readonly Lazy<CSharpCompilation> Empty = new(() => CSharpCompilation.Create(
        "UserAssembly",
        syntaxTrees: null,
        LoadReferences(),
        new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            warningLevel: 9999,
            allowUnsafe: false,
            // The SDK silences these binding-redirect notes in every project; so does this compilation.
            specificDiagnosticOptions: [new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)])));

    public static CSharpCompilation Create(params string[] sources) =>
        FromTrees(sources.Select((source, i) => Parse(source, $"Source{i}.cs")).ToArray());

    public static CSharpCompilation FromTrees(params SyntaxTree[] trees) => Empty.Value.AddSyntaxTrees(trees);

    /// <summary>A compilation that also references the real Stateless, as a project using the Imp.Core package does.</summary>
    public static CSharpCompilation CreateWithStateless(params string[] sources) =>
        Create(sources).AddReferences(MetadataReference.CreateFromFile(typeof(Stateless.StateMachine<,>).Assembly.Location));

    public static SyntaxTree Parse(string source, string path) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: path);

    private static MetadataReference[] LoadReferences()
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        IEnumerable<string> framework = trusted.Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is { } name
                && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"));
        return framework
            .Append(typeof(WireEnumAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }
}
