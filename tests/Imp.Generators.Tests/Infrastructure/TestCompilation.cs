using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Imp.Generators.Tests.Infrastructure;

/// <summary>Builds compilations the way a user's project looks to the generator: the net8.0 framework plus Imp.Core.</summary>
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
            // IMP0050 (no [JsonConverter] on a wire enum) is off: most tests write enums without it for brevity, and
            // the tests of IMP0050 turn it on (WithConverterWarning).
            specificDiagnosticOptions: [new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress), new("IMP0050", ReportDiagnostic.Suppress)])));

    /// <summary>The references every test compilation has, for the code fix tests' own projects.</summary>
    public static IReadOnlyList<MetadataReference> References => Empty.Value.References.ToArray();

    public static CSharpCompilation Create(params string[] sources) =>
        FromTrees(sources.Select((source, i) => Parse(source, $"Source{i}.cs")).ToArray());

    /// <summary>The same compilation with IMP0050 reported, as in a user's project.</summary>
    public static CSharpCompilation WithConverterWarning(CSharpCompilation compilation) =>
        compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
            compilation.Options.SpecificDiagnosticOptions.Remove("IMP0050")));

    public static CSharpCompilation FromTrees(params SyntaxTree[] trees) => Empty.Value.AddSyntaxTrees(trees);

    /// <summary>A compilation that also references the real Stateless (its lib/net8.0 build), as a project using the Imp.Core package does.</summary>
    public static CSharpCompilation CreateWithStateless(params string[] sources) =>
        Create(sources).AddReferences(StatelessReference.Value);

    // Imp.Core depends on Stateless, but the default test compilation leaves it out: the generator must also serve a
    // project without it (no configuration is emitted then), and most snapshots pin that plainer output.
    private static readonly Lazy<MetadataReference> StatelessReference = new(() =>
        MetadataReference.CreateFromFile(ImpCoreDependencies().Single(IsStateless)));

    private static bool IsStateless(string path) => Path.GetFileName(path).Equals("Stateless.dll", StringComparison.OrdinalIgnoreCase);

    public static SyntaxTree Parse(string source, string path) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: path);

    // What a net8.0 project referencing Imp.Core compiles against: the net8.0 reference assemblies, Imp.Core, and the
    // lib/net8.0 assemblies of Imp.Core's packages (System.Text.Json 10 among them), exactly as restore resolved them.
    // A package assembly replaces the framework's of the same name, as the SDK's conflict resolution does (it keeps the newer).
    private static MetadataReference[] LoadReferences()
    {
        string[] packaged = ImpCoreDependencies().Where(path => !IsStateless(path)).ToArray();
        var replaced = packaged.Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return
        [
            .. Basic.Reference.Assemblies.Net80.References.All.Where(r => !replaced.Contains(Path.GetFileName(r.FilePath ?? r.Display ?? string.Empty))),
            .. packaged.Select(path => MetadataReference.CreateFromFile(path)),
            MetadataReference.CreateFromFile(typeof(WireEnumAttribute).Assembly.Location),
        ];
    }

    private static IEnumerable<string> ImpCoreDependencies()
    {
        using JsonDocument assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Imp.Core", "obj", "project.assets.json")));
        string packages = assets.RootElement.GetProperty("packageFolders").EnumerateObject().First().Name;
        JsonElement libraries = assets.RootElement.GetProperty("libraries");
        foreach (JsonProperty package in assets.RootElement.GetProperty("targets").GetProperty("net8.0").EnumerateObject())
        {
            if (!package.Value.TryGetProperty("compile", out JsonElement compile))
            {
                continue;
            }

            string folder = libraries.GetProperty(package.Name).GetProperty("path").GetString()!;
            foreach (JsonProperty file in compile.EnumerateObject().Where(f => f.Name.EndsWith(".dll", StringComparison.Ordinal)))
            {
                yield return Path.Combine(packages, folder, file.Name);
            }
        }
    }
}
