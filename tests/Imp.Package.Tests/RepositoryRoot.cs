using System;
using System.IO;

namespace Imp.Package.Tests;

/// <summary>Finds the checkout the tests run from.</summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "Imp.Generated.sln";

    /// <summary>The nearest folder above the test binaries that holds <c>Imp.Generated.sln</c>.</summary>
    public static string Find()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {SolutionFile}.");
    }
}
