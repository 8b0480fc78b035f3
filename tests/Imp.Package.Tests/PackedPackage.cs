using System;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace Imp.Package.Tests;

/// <summary>
/// Packs <c>src/Imp.Core</c> once for all tests of a class, under a version of its own, into a local feed in a
/// fresh temp folder; the folder is deleted afterwards.
/// </summary>
public sealed class PackedPackage : IAsyncLifetime
{
    /// <summary>Set to 1 to keep the temp folder (feed, package cache, consumer) for a look after the run.</summary>
    public const string KeepFilesVariable = "IMP_PACKAGE_TESTS_KEEP";

    /// <summary>The checkout the package is built from.</summary>
    public string RepositoryFolder { get; } = RepositoryRoot.Find();

    /// <summary>The temp folder of this run: it holds the feed, the package cache and the consumer projects.</summary>
    public string WorkFolder { get; } = Path.Combine(Path.GetTempPath(), "imp-package-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The local feed <c>dotnet pack</c> wrote the package to.</summary>
    public string FeedFolder => Path.Combine(WorkFolder, "feed");

    /// <summary>A package version no earlier run used, so no cache can hold a stale copy of it.</summary>
    public string Version { get; } =
        "0.0.0-pkgtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    /// <summary>The path of the <c>.nupkg</c>.</summary>
    public string PackagePath => Path.Combine(FeedFolder, $"Imp.Core.{Version}.nupkg");

    /// <summary>The path of the symbol package <c>dotnet pack</c> writes beside it.</summary>
    public string SymbolPackagePath => Path.ChangeExtension(PackagePath, ".snupkg");

    /// <summary>The result of <c>dotnet pack</c>: its output is checked for warnings.</summary>
    internal CliResult Pack { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedFolder);
        try
        {
            await PackAsync();
        }
        catch
        {
            DeleteWorkFolder();
            throw;
        }
    }

    private async Task PackAsync()
    {
        Pack = await DotnetCli.RunAsync(
            RepositoryFolder,
            [
                "pack", Path.Combine("src", "Imp.Core", "Imp.Core.csproj"),
                "-c", "Release",
                "-o", FeedFolder,
                $"-p:PackageVersion={Version}",
                "--disable-build-servers",
            ]);

        if (Pack.ExitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"dotnet pack did not produce {PackagePath}.\n{Pack.Describe()}");
        }

        CopyDependenciesIntoFeed();
    }

    /// <summary>
    /// Puts every package Imp.Core depends on, directly or not (Polly.Core, Microsoft.Extensions.AI and theirs), into
    /// the feed, taken from the machine's NuGet cache where the solution's own restore left them, so the consumer
    /// restores from the feed alone, offline. The list is the one restore resolved for Imp.Core (its assets file).
    /// </summary>
    private void CopyDependenciesIntoFeed()
    {
        string cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string assets = Path.Combine(RepositoryFolder, "src", "Imp.Core", "obj", "project.assets.json");
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(assets));
        foreach (System.Text.Json.JsonProperty library in document.RootElement.GetProperty("libraries").EnumerateObject())
        {
            if (library.Value.GetProperty("type").GetString() != "package")
            {
                continue;
            }

            // "Polly.Core/8.5.2" is stored under polly.core/8.5.2/polly.core.8.5.2.nupkg.
            string[] idAndVersion = library.Name.ToLowerInvariant().Split('/');
            string package = Path.Combine(cache, idAndVersion[0], idAndVersion[1], $"{idAndVersion[0]}.{idAndVersion[1]}.nupkg");
            if (!File.Exists(package))
            {
                throw new InvalidOperationException($"Imp.Core depends on {library.Name}, which is not in the NuGet cache at {package}.");
            }

            File.Copy(package, Path.Combine(FeedFolder, Path.GetFileName(package)), overwrite: true);
        }

        // A net8.0 consumer also restores the net8.0 targeting packs: the ones Imp.Core's own restore downloaded.
        foreach (System.Text.Json.JsonElement download in document.RootElement.GetProperty("project").GetProperty("frameworks").GetProperty("net8.0").GetProperty("downloadDependencies").EnumerateArray())
        {
            string id = download.GetProperty("name").GetString()!.ToLowerInvariant();
            string version = download.GetProperty("version").GetString()!.Trim('[', ']').Split(',')[0].Trim();
            string package = Path.Combine(cache, id, version, $"{id}.{version}.nupkg");
            if (File.Exists(package))
            {
                File.Copy(package, Path.Combine(FeedFolder, Path.GetFileName(package)), overwrite: true);
            }
        }
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable(KeepFilesVariable) != "1")
        {
            DeleteWorkFolder();
        }

        return Task.CompletedTask;
    }

    private void DeleteWorkFolder()
    {
        try
        {
            Directory.Delete(WorkFolder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was written.
        }
        catch (IOException error)
        {
            Console.Error.WriteLine($"Could not delete {WorkFolder}: {error.Message}");
        }
        catch (UnauthorizedAccessException error)
        {
            Console.Error.WriteLine($"Could not delete {WorkFolder}: {error.Message}");
        }
    }
}
