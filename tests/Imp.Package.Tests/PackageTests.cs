using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using System.Xml.Linq;
using Shouldly;
using Xunit;

namespace Imp.Package.Tests;

/// <summary>Checks the Imp.Core package as a user gets it: packed by <c>dotnet pack</c>, restored from a feed.</summary>
public sealed class PackageTests : IClassFixture<PackedPackage>
{
    private const string RuntimeDll = "lib/net8.0/Imp.Core.dll";
    private const string RuntimeDocs = "lib/net8.0/Imp.Core.xml";
    private const string GeneratorDll = "analyzers/dotnet/cs/Imp.Generators.dll";
    private const string CodeFixesDll = "analyzers/dotnet/cs/Imp.Generators.CodeFixes.dll";
    private const string Readme = "README.md";
    private const string RuntimePdb = "lib/net8.0/Imp.Core.pdb";

    // The generator must load in the compiler of the .NET 8 SDK.
    private static readonly Version OldestSupportedRoslyn = new(4, 8, 0, 0);

    private readonly PackedPackage _package;

    public PackageTests(PackedPackage package)
    {
        _package = package;
    }

    [Fact]
    public void Package_holds_the_runtime_its_docs_the_generator_and_the_readme_each_in_its_place()
    {
        _package.Pack.OutputLines.Where(line => line.Contains(": warning ", StringComparison.Ordinal))
            .ShouldBeEmpty(_package.Pack.Describe());

        using var archive = new PackageArchive(_package.PackagePath);
        string entries = string.Join("\n", archive.EntryNames);
        archive.EntryNames.ShouldContain(RuntimeDll, entries);
        archive.EntryNames.ShouldContain(RuntimeDocs, entries);
        archive.EntryNames.ShouldContain(GeneratorDll, entries);
        archive.EntryNames.ShouldContain(Readme, entries);

        archive.EntryNames.Where(name => name.StartsWith("lib/", StringComparison.Ordinal) && IsGeneratorSide(name))
            .ShouldBeEmpty($"lib/ must hold the runtime only.\n{entries}");
        archive.EntryNames.Where(name => name.StartsWith("analyzers/", StringComparison.Ordinal) && name.EndsWith("/Imp.Core.dll", StringComparison.Ordinal))
            .ShouldBeEmpty($"analyzers/ must hold the generator only.\n{entries}");

        AssemblyFacts runtime = archive.ReadAssembly(RuntimeDll);
        runtime.Name.ShouldBe("Imp.Core");
        runtime.References.Keys.ShouldContain("System.Runtime", runtime.ToString());
        runtime.References["System.Runtime"].Major.ShouldBe(8, "Imp.Core in lib/net8.0 must be built against .NET 8.");
        runtime.References.Keys.Where(IsGeneratorSide).ShouldBeEmpty($"The runtime must not need the generator or Roslyn: {runtime}");

        AssemblyFacts generator = archive.ReadAssembly(GeneratorDll);
        generator.Name.ShouldBe("Imp.Generators");
        generator.References.Keys.ShouldContain("netstandard", generator.ToString());
        generator.References.Keys.ShouldContain("Microsoft.CodeAnalysis", generator.ToString());
        generator.References["Microsoft.CodeAnalysis"].ShouldBeLessThanOrEqualTo(OldestSupportedRoslyn);

        // The code fixes ship beside the generator, and load in the .NET 8 SDK's IDE tooling too.
        archive.EntryNames.ShouldContain(CodeFixesDll, entries);
        AssemblyFacts codeFixes = archive.ReadAssembly(CodeFixesDll);
        codeFixes.References.Keys.ShouldContain("Microsoft.CodeAnalysis.Workspaces", codeFixes.ToString());
        codeFixes.References["Microsoft.CodeAnalysis.Workspaces"].ShouldBeLessThanOrEqualTo(OldestSupportedRoslyn);
        codeFixes.References["Microsoft.CodeAnalysis"].ShouldBeLessThanOrEqualTo(OldestSupportedRoslyn);

        string docs = Encoding.UTF8.GetString(archive.ReadBytes(RuntimeDocs));
        docs.ShouldContain("<name>Imp.Core</name>");
        docs.ShouldContain("\"T:Imp.WireEnumAttribute\"");

        archive.ReadBytes(Readme).ShouldBe(File.ReadAllBytes(Path.Combine(_package.RepositoryFolder, Readme)));

        XElement metadata = Metadata(archive.ReadNuspec());
        XNamespace ns = metadata.Name.Namespace;
        ((string?)metadata.Element(ns + "id")).ShouldBe("Imp.Core");
        ((string?)metadata.Element(ns + "version")).ShouldBe(_package.Version);
        ((string?)metadata.Element(ns + "readme")).ShouldBe(Readme);
        string[] dependencies = metadata.Descendants(ns + "dependency").Select(d => (string?)d.Attribute("id") ?? string.Empty).ToArray();
        dependencies.Where(IsGeneratorSide).ShouldBeEmpty($"Dependencies: {string.Join(", ", dependencies)}");
        dependencies.ShouldContain("Stateless", $"TurnPhase's Stateless configuration needs it. Dependencies: {string.Join(", ", dependencies)}");
    }

    [Fact]
    public void Nuspec_has_the_license_expression_readme_release_notes_and_git_repository_and_no_icon()
    {
        using var archive = new PackageArchive(_package.PackagePath);
        XElement metadata = Metadata(archive.ReadNuspec());
        XNamespace ns = metadata.Name.Namespace;
        string nuspec = metadata.ToString();

        XElement license = metadata.Element(ns + "license").ShouldNotBeNull(nuspec);
        ((string?)license.Attribute("type")).ShouldBe("expression");
        license.Value.ShouldBe("MIT");
        ((string?)metadata.Element(ns + "readme")).ShouldBe(Readme);
        ((string?)metadata.Element(ns + "description")).ShouldNotBeNullOrWhiteSpace(nuspec);
        ((string?)metadata.Element(ns + "authors")).ShouldNotBeNullOrWhiteSpace(nuspec);
        ((string?)metadata.Element(ns + "tags")).ShouldNotBeNullOrWhiteSpace(nuspec);
        ((string?)metadata.Element(ns + "releaseNotes")).ShouldNotBeNull(nuspec).ShouldContain("CHANGELOG.md");

        // The commit comes from git even without a remote; a URL only from a remote or an explicit RepositoryUrl.
        XElement repository = metadata.Element(ns + "repository").ShouldNotBeNull(nuspec);
        ((string?)repository.Attribute("type")).ShouldBe("git");
        ((string?)repository.Attribute("commit")).ShouldNotBeNull(nuspec).ShouldMatch("^[0-9a-f]{40}$");

        metadata.Element(ns + "icon").ShouldBeNull(nuspec);
        metadata.Element(ns + "iconUrl").ShouldBeNull(nuspec);
        archive.EntryNames.Where(name => name.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase))
            .ShouldBeEmpty("The pdb belongs in the .snupkg, not the .nupkg.");
    }

    [Fact]
    public void Symbol_package_holds_the_portable_pdb_of_the_runtime_with_its_untracked_sources_embedded()
    {
        File.Exists(_package.SymbolPackagePath).ShouldBeTrue($"No {_package.SymbolPackagePath}.\n{_package.Pack.Describe()}");

        using var symbols = new PackageArchive(_package.SymbolPackagePath);
        string entries = string.Join("\n", symbols.EntryNames);

        // The generator's pdb stays out: it runs inside the compiler, and what users debug is its generated source.
        symbols.EntryNames.Where(name => name.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase)).ShouldBe([RuntimePdb], entries);

        PortablePdb pdb = PortablePdb.Read(symbols.ReadBytes(RuntimePdb));
        using var package = new PackageArchive(_package.PackagePath);
        (Guid id, bool portable) = PortablePdb.IdNamedBy(package.ReadBytes(RuntimeDll));
        portable.ShouldBeTrue("Imp.Core.dll must point at a portable pdb.");
        pdb.Id.ShouldBe(id, "The snupkg's pdb is not the one the packed Imp.Core.dll was built with.");

        // What git does not track is embedded (the SDK's AssemblyInfo, the generator's output); tracked files are not.
        string documents = string.Join("\n", pdb.Documents);
        pdb.EmbeddedDocuments.ShouldContain(path => path.EndsWith("Imp.Core.AssemblyInfo.cs", StringComparison.Ordinal), documents);
        pdb.EmbeddedDocuments.ShouldContain(path => path.EndsWith("Imp.TurnPhase.WireEnum.g.cs", StringComparison.Ordinal), documents);
        pdb.EmbeddedDocuments.ShouldNotContain(path => path.EndsWith("WireEnumAttribute.cs", StringComparison.Ordinal), documents);

        // A CI build maps the checkout to /_/, so the pdb names no machine's folders.
        if (IsSet("CI") || IsSet("GITHUB_ACTIONS"))
        {
            pdb.Documents.ShouldAllBe(path => path.StartsWith("/_/", StringComparison.Ordinal), documents);
        }

        // Source link needs a remote on a known host; where there is one, it maps to the packed commit.
        if (pdb.SourceLink is { } sourceLink)
        {
            string commit = (string?)Metadata(package.ReadNuspec()).Descendants().Single(e => e.Name.LocalName == "repository").Attribute("commit") ?? "?";
            sourceLink.ShouldContain(commit, Case.Sensitive, sourceLink);
        }
    }

    [Fact]
    public async Task Consumer_restored_from_the_feed_runs_its_generated_members_and_gets_the_analyzer_errors()
    {
        ConsumerProject consumer = ConsumerProject.Write(_package.WorkFolder, _package.FeedFolder, _package.Version);

        CliResult build = await consumer.BuildAsync();
        build.ExitCode.ShouldBe(0, build.Describe());

        // The package came from this run's feed into the consumer's own cache, and its generator ran.
        File.ReadAllText(consumer.AssetsFile).ShouldContain($"\"Imp.Core/{_package.Version}\"");
        File.Exists(Path.Combine(consumer.PackagesFolder, "imp.core", _package.Version, "analyzers", "dotnet", "cs", "Imp.Generators.dll"))
            .ShouldBeTrue($"Imp.Core {_package.Version} is not in {consumer.PackagesFolder}.");
        Directory.GetFiles(Path.Combine(consumer.GeneratedFolder, "Imp.Generators"), $"*{ConsumerProject.EnumName}.WireEnum.g.cs", SearchOption.AllDirectories)
            .ShouldHaveSingleItem($"The generator wrote no source for {ConsumerProject.EnumName}.\n{build.Describe()}");

        CliResult run = await consumer.RunAsync();
        run.ExitCode.ShouldBe(0, run.Describe());
        run.OutputLines.Where(line => line.Length > 0).ShouldBe(ConsumerProject.ExpectedOutput, run.Describe());

        CliResult probe = await consumer.BuildAsync(analyzerProbe: true);
        probe.ExitCode.ShouldNotBe(0, $"A duplicate wire name must fail the build.\n{probe.Describe()}");
        probe.StandardOutput.ShouldContain("error IMP0001: Members 'First' and 'Second' of enum 'ProbeDuplicate'", Case.Sensitive, probe.Describe());
    }

    [Fact]
    public async Task A_net8_consumer_builds_against_the_net8_framework_and_runs_its_generated_members()
    {
        ConsumerProject consumer = ConsumerProject.Write(_package.WorkFolder, _package.FeedFolder, _package.Version, "net8.0");

        CliResult build = await consumer.BuildAsync();
        build.ExitCode.ShouldBe(0, build.Describe());
        File.ReadAllText(consumer.AssetsFile).ShouldContain("\"net8.0\"");
        File.Exists(consumer.OutputAssembly).ShouldBeTrue(build.Describe());

        CliResult run = await consumer.RunAsync();
        run.ExitCode.ShouldBe(0, run.Describe());
        run.OutputLines.Where(line => line.Length > 0).ShouldBe(ConsumerProject.ExpectedOutput, run.Describe());
    }

    private static bool IsSet(string variable) =>
        string.Equals(Environment.GetEnvironmentVariable(variable), "true", StringComparison.OrdinalIgnoreCase);

    private static bool IsGeneratorSide(string name) =>
        name.Contains("Imp.Generators", StringComparison.OrdinalIgnoreCase)
        || name.Contains("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase);

    private static XElement Metadata(XDocument nuspec)
    {
        XElement root = nuspec.Root ?? throw new InvalidOperationException("The nuspec is empty.");
        return root.Element(root.Name.Namespace + "metadata") ?? throw new InvalidOperationException("The nuspec has no <metadata>.");
    }
}
