using System;
using System.IO;

namespace Imp.Generators.Tests.Infrastructure;

/// <summary>Locates files of this repository from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string ReadSource(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Imp.Generated.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Imp.Generated.sln above {AppContext.BaseDirectory}.");
    }
}
