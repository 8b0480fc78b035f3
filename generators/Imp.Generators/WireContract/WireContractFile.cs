using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Imp.Generators.WireContract;

/// <summary>
/// The committed wire-contract file, <c>ImpWireContract.txt</c>: one locked wire name per line, as
/// <c>&lt;kind&gt; &lt;C# name&gt; = &lt;wire name&gt;</c> (kind <c>enum</c>, <c>variant</c> or <c>field</c>), blank
/// lines and <c>#</c> comments allowed. Read by the analyzer, written by the code fix and the refresh script.
/// </summary>
internal static class WireContractFile
{
    public const string FileName = "ImpWireContract.txt";

    public const string Separator = " = ";

    private static readonly string[] Kinds = ["enum", "variant", "field"];

    /// <summary>Whether an additional file is a wire contract.</summary>
    public static bool IsContract(string path) =>
        string.Equals(System.IO.Path.GetFileName(path), FileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The line that locks <paramref name="key"/> to <paramref name="wireName"/>.</summary>
    public static string Line(string key, string wireName) => key + Separator + wireName;

    /// <summary>Splits a line into its key (<c>enum Ns.Color.Red</c>) and wire name; null for a blank or comment line.</summary>
    /// <param name="line">The line, without its line break.</param>
    /// <param name="problem">Why the line cannot be read, or null.</param>
    public static (string Key, string WireName)? Parse(string line, out string? problem)
    {
        problem = null;
        string text = line.TrimEnd('\r');
        if (text.Trim().Length == 0 || text.TrimStart().StartsWith("#", StringComparison.Ordinal))
        {
            return null;
        }

        int separator = text.IndexOf(Separator, StringComparison.Ordinal);
        if (separator <= 0 || separator + Separator.Length == text.Length)
        {
            problem = "not '<kind> <C# name> = <wire name>'";
            return null;
        }

        string key = text.Substring(0, separator);
        int space = key.IndexOf(' ');
        if (space <= 0 || !Kinds.Contains(key.Substring(0, space)) || key.Substring(space + 1).Trim().Length == 0)
        {
            problem = $"of unknown kind '{(space <= 0 ? key : key.Substring(0, space))}'";
            return null;
        }

        return (key, text.Substring(separator + Separator.Length));
    }

    /// <summary>
    /// The file with <paramref name="added"/> locked and the lines of <paramref name="removedKeys"/> dropped: leading
    /// comments kept, entries sorted by ordinal order, so two branches adding names merge line by line.
    /// </summary>
    public static string Update(string text, IEnumerable<string> added, IEnumerable<string> removedKeys)
    {
        string[] lines = text.Replace("\r\n", "\n").Split('\n');
        var header = lines.TakeWhile(l => l.TrimStart().StartsWith("#", StringComparison.Ordinal)).ToList();
        var removed = new HashSet<string>(removedKeys, StringComparer.Ordinal);
        var entries = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string line in lines.Skip(header.Count))
        {
            if (line.Trim().Length > 0 && !(Parse(line, out _) is { } entry && removed.Contains(entry.Key)))
            {
                entries.Add(line.TrimEnd('\r'));
            }
        }

        foreach (string line in added)
        {
            entries.Add(line);
        }

        if (header.Count == 0)
        {
            header.Add("# Imp wire contract: every wire name peers read. Removing or changing a line is a breaking change. See docs/wire-contract.md.");
        }

        var builder = new StringBuilder();
        foreach (string line in header.Concat(entries))
        {
            builder.Append(line).Append('\n');
        }

        return builder.ToString();
    }
}
