using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Imp.Core.Tests.Wire;

/// <summary>
/// The golden corpus written by tools/serde-golden (copied next to the tests by the project file), and the list of
/// entries known not to pass yet (Wire/golden-pending.txt).
/// </summary>
internal static class GoldenCorpus
{
    private static readonly Lazy<List<GoldenEntry>> Loaded = new(Load);
    private static readonly Lazy<Pending> PendingList = new(() => Pending.Load(Path.Combine(AppContext.BaseDirectory, "Wire", "golden-pending.txt")));

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Wire", "Corpus");

    public static IReadOnlyList<GoldenEntry> Entries => Loaded.Value;

    public static Pending PendingEntries => PendingList.Value;

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

/// <summary>
/// Entries that do not pass yet, each with the reason in a comment: <c>type&lt;TAB&gt;case</c> per line, or
/// <c>type&lt;TAB&gt;*</c> for every entry of a type. The tests fail when an entry fails that is not listed, and when a
/// listed one passes, so the list stays exactly true.
/// </summary>
internal sealed class Pending
{
    private readonly HashSet<string> _cases;
    private readonly HashSet<string> _types;

    private Pending(HashSet<string> cases, HashSet<string> types)
    {
        _cases = cases;
        _types = types;
    }

    public bool Contains(GoldenEntry entry) => Contains(entry.Type, entry.Case);

    public bool Contains(string type, string @case) => _types.Contains(type) || _cases.Contains($"{type}\t{@case}");

    public bool IsWholeType(string type) => _types.Contains(type);

    public IEnumerable<string> CasesOf(string type) => _cases.Where(k => k.StartsWith(type + "\t", StringComparison.Ordinal));

    public IEnumerable<string> AllTypes => _types.Concat(_cases.Select(k => k.Split('\t')[0])).Distinct();

    public static Pending Load(string path)
    {
        var cases = new HashSet<string>(StringComparer.Ordinal);
        var types = new HashSet<string>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            foreach (string line in File.ReadLines(path))
            {
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                string[] parts = line.Split('\t', 2);
                if (parts.Length != 2)
                {
                    throw new FormatException($"golden-pending.txt: '{line}' is not 'type<TAB>case'.");
                }

                (parts[1] == "*" ? types : cases).Add(parts[1] == "*" ? parts[0] : line);
            }
        }

        return new Pending(cases, types);
    }
}
