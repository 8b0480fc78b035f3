using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Imp.Core.Tests.Wire;

/// <summary>
/// The golden corpus written by tools/serde-golden (copied next to the tests by the project file).
/// </summary>
internal static class GoldenCorpus
{
    private static readonly Lazy<List<GoldenEntry>> Loaded = new(Load);

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Wire", "Corpus");

    public static IReadOnlyList<GoldenEntry> Entries => Loaded.Value;

    /// <summary>The entries of one Rust type, in file order.</summary>
    public static IEnumerable<GoldenEntry> Of(string type) => Entries.Where(e => e.Type == type);

    /// <summary>The JSON serde writes for one accepted case of a type.</summary>
    public static string Json(string type, string @case) =>
        Entries.SingleOrDefault(e => e.Type == type && e.Case == @case && e.Input is null)?.Json
        ?? throw new ArgumentException($"The corpus has no plain value {type} [{@case}].", nameof(@case));

    public static IEnumerable<string> Types => Entries.Select(e => e.Type).Distinct();

    private static List<GoldenEntry> Load()
    {
        var entries = new List<GoldenEntry>();
        foreach (string path in System.IO.Directory.GetFiles(Directory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            string suite = Path.GetFileName(path).Split('.')[0];
            entries.AddRange(File.ReadLines(path).Where(l => l.Length > 0).Select(l => GoldenEntry.Parse(suite, l)));
        }

        return entries;
    }
}
