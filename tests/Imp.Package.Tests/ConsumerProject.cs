using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using System.Xml.Linq;

namespace Imp.Package.Tests;

/// <summary>
/// A console app, written into a temp folder, that uses Imp.Core the way a user would: a package reference to
/// the local feed and nothing else: no project references, no inherited Directory.Build files, no NuGet source
/// or package cache besides its own.
/// </summary>
internal sealed class ConsumerProject
{
    /// <summary>The enum the consumer declares, with <c>[WireEnum]</c>.</summary>
    public const string EnumName = "ShipState";

    /// <summary>An MSBuild property that compiles a misuse the packaged analyzer must report as an error.</summary>
    public const string AnalyzerProbeProperty = "ImpAnalyzerProbe";

    private const string ProjectName = "Consumer";

    private ConsumerProject(string folder, string packagesFolder, string targetFramework)
    {
        Folder = folder;
        PackagesFolder = packagesFolder;
        TargetFramework = targetFramework;
    }

    /// <summary>The consumer's target framework: net10.0, or net8.0, the oldest the package promises.</summary>
    public string TargetFramework { get; }

    /// <summary>The folder of the consumer project.</summary>
    public string Folder { get; }

    /// <summary>The consumer's own NuGet package cache: restore puts Imp.Core here and nowhere else.</summary>
    public string PackagesFolder { get; }

    /// <summary>The assembly the build writes.</summary>
    public string OutputAssembly => Path.Combine(Folder, "bin", "Debug", TargetFramework, ProjectName + ".dll");

    /// <summary>Where the compiler writes the generated sources (EmitCompilerGeneratedFiles is on).</summary>
    public string GeneratedFolder => Path.Combine(Folder, "obj", "Debug", TargetFramework, "generated");

    /// <summary>The restore result, which names the exact package version and the folder it was taken from.</summary>
    public string AssetsFile => Path.Combine(Folder, "obj", "project.assets.json");

    /// <summary>Writes the consumer under <paramref name="workFolder"/>, referencing exactly <paramref name="version"/> of Imp.Core.</summary>
    public static ConsumerProject Write(string workFolder, string feedFolder, string version, string targetFramework = "net10.0")
    {
        var consumer = new ConsumerProject(Path.Combine(workFolder, "consumer-" + targetFramework), Path.Combine(workFolder, "packages-" + targetFramework), targetFramework);
        Directory.CreateDirectory(consumer.Folder);

        string template = Path.Combine(AppContext.BaseDirectory, "ConsumerTemplate");
        foreach (string source in Directory.GetFiles(template, "*.cs"))
        {
            File.Copy(source, Path.Combine(consumer.Folder, Path.GetFileName(source)));
        }

        // Empty files stop MSBuild's search upwards, so nothing around the temp folder leaks into the build.
        foreach (string stopper in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            new XDocument(new XElement("Project")).Save(Path.Combine(consumer.Folder, stopper));
        }

        ProjectFile(version, consumer.PackagesFolder, targetFramework).Save(Path.Combine(consumer.Folder, ProjectName + ".csproj"));
        NuGetConfig(feedFolder, consumer.PackagesFolder).Save(Path.Combine(consumer.Folder, "nuget.config"));
        return consumer;
    }

    /// <summary>Restores and builds the consumer; with <paramref name="analyzerProbe"/> it also compiles the misuse.</summary>
    public Task<CliResult> BuildAsync(bool analyzerProbe = false)
    {
        var arguments = new List<string> { "build", ProjectName + ".csproj", "--disable-build-servers" };
        if (analyzerProbe)
        {
            arguments.Add($"-p:{AnalyzerProbeProperty}=true");
        }

        return DotnetCli.RunAsync(Folder, arguments, ChildEnvironment());
    }

    /// <summary>Runs the built consumer; it prints one line per check and exits 0 only when all of them pass.</summary>
    /// <remarks>A net8.0 build runs on the newest runtime installed (roll forward), as CI machines often have only that one.</remarks>
    public Task<CliResult> RunAsync() => DotnetCli.RunAsync(Folder, ["exec", "--roll-forward", "Major", OutputAssembly], ChildEnvironment());

    /// <summary>The lines the consumer must print: one per generated member it checks, then the totals.</summary>
    public static IReadOnlyList<string> ExpectedOutput { get; } =
    [
        "ok: AsStr(Docked) -> docked",
        "ok: AsStr(UnderWay) -> under_way",
        "ok: AsStr(AwaitingPilotBoarding) -> awaiting_pilot_boarding",
        "ok: AsStr(Missing) with [WireName] -> lost-at-sea",
        "ok: AsStr((ShipState)42) -> throws ArgumentOutOfRangeException",
        "ok: TryParse(string \"awaiting_pilot_boarding\") -> true AwaitingPilotBoarding",
        "ok: TryParse(string \"lost-at-sea\") -> true Missing",
        "ok: TryParse(string \"UnderWay\") -> false",
        "ok: TryParse(string \"missing\") -> false",
        "ok: TryParse(string null) -> false",
        "ok: TryParse(chars \"under_way\" sliced from a longer text) -> true UnderWay",
        "ok: TryParse(chars \"Under_Way\") -> false",
        "ok: TryParse(utf8 \"docked\") -> true Docked",
        "ok: TryParse(utf8 \"lost-at-sea\") -> true Missing",
        "ok: TryParse(utf8 \"docked \") -> false",
        "ok: Parse(\"under_way\") -> UnderWay",
        "ok: Parse(\"sunk\") -> throws UnknownWireNameException, a FormatException, for \"sunk\"",
        "ok: GetNames() -> docked,under_way,awaiting_pilot_boarding,lost-at-sea",
        "ok: GetValues() -> Docked,UnderWay,AwaitingPilotBoarding,Missing",
        "ok: Count -> 4",
        "ok: JSON write UnderWay -> \"under_way\"",
        "ok: JSON write Voyage -> {\"State\":\"lost-at-sea\",\"Calls\":{\"docked\":2,\"awaiting_pilot_boarding\":1}}",
        "ok: JSON read Voyage back -> Missing; Docked=2, AwaitingPilotBoarding=1",
        "ok: JSON read \"sunk\" -> throws JsonException",
        "ok: JSON read \"UnderWay\" -> throws JsonException",
        "ok: JSON read 1 -> throws JsonException",
        "ok: JSON read key \"sunk\" -> throws JsonException",
        "ok: CanTransition(Free, Mooring) -> True",
        "ok: CanTransition(Free, Occupied) -> False",
        "ok: AllowedNext(Occupied) -> Free,Closed",
        "ok: BerthMachine refuses Mooring -> Free -> throws PhaseTransitionException: The Berth machine cannot enter free from mooring; allowed from mooring: occupied, closed.",
        "ok: TurnPhase Stateless machine fires PreTurn -> PreTurn",
        "ok: TurnPhase Stateless machine CanFire(SampleModel) -> False",
        "ok: TurnPhase Stateless machine configured twice -> throws InvalidOperationException",
        "ok: Berth Stateless machine, guarded -> Mooring CanFire(Closed)=False",
        "ok: JSON write Signal.Report -> {\"type\":\"report\",\"state\":\"docked\",\"berth\":7}",
        "ok: JSON read Signal, type last -> UnderWay none",
        "ok: JSON read Signal \"sunk\" -> throws JsonException",
        "consumer checks: 38 ok, 0 failing",
    ];

    private Dictionary<string, string> ChildEnvironment() => new(StringComparer.Ordinal) { ["NUGET_PACKAGES"] = PackagesFolder };

    private static XDocument ProjectFile(string version, string packagesFolder, string targetFramework) =>
        new(new XElement(
            "Project",
            new XAttribute("Sdk", "Microsoft.NET.Sdk"),
            new XElement(
                "PropertyGroup",
                new XElement("OutputType", "Exe"),
                new XElement("TargetFramework", targetFramework),
                // Run with `dotnet exec`: no apphost pack to restore for an older framework.
                new XElement("UseAppHost", "false"),
                new XElement("Nullable", "enable"),
                new XElement("ImplicitUsings", "disable"),
                new XElement("TreatWarningsAsErrors", "true"),
                new XElement("AnalysisLevel", "latest-recommended"),
                new XElement("GenerateDocumentationFile", "true"),
                new XElement("EmitCompilerGeneratedFiles", "true"),
                new XElement("RestorePackagesPath", packagesFolder)),
            new XElement(
                "PropertyGroup",
                new XAttribute("Condition", $"'$({AnalyzerProbeProperty})' == 'true'"),
                new XElement("DefineConstants", "$(DefineConstants);IMP_ANALYZER_PROBE")),
            new XElement(
                "ItemGroup",
                new XElement("PackageReference", new XAttribute("Include", "Imp.Core"), new XAttribute("Version", $"[{version}]")))));

    private static XDocument NuGetConfig(string feedFolder, string packagesFolder) =>
        new(new XElement(
            "configuration",
            new XElement(
                "packageSources",
                new XElement("clear"),
                new XElement("add", new XAttribute("key", "imp-local-feed"), new XAttribute("value", feedFolder))),
            new XElement("packageSourceMapping", new XElement("clear")),
            new XElement("fallbackPackageFolders", new XElement("clear")),
            new XElement(
                "config",
                new XElement("add", new XAttribute("key", "globalPackagesFolder"), new XAttribute("value", packagesFolder)))));
}
