using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Imp.Benchmarks.Generators;

/// <summary>
/// A large user project for the generators, spread over files and namespaces as real code is: files of ten
/// [WireEnum] enums of twenty members (dense, sparse, renamed, internal and nested ones), files of
/// [PhaseMachine] enums, files of [WireUnion] records whose fields use the enums, and plain classes. It comes with
/// the two edits the incremental promises are about: one to a plain class, one adding a member to one enum.
/// Shared by the scale benchmark and the scale caching test (linked into the test project).
/// </summary>
internal sealed class ScaleCorpus
{
    private const int EnumsPerFile = 10;
    private const int MachinesPerFile = 5;
    private const int UnionsPerFile = 4;
    private const int MembersPerEnum = 20;
    private const int PlainFiles = 40;

    private static readonly string[] Areas = ["Billing", "Shipping", "Catalog", "Identity", "Search", "Payments", "Reports", "Messaging"];
    private static readonly string[] Layers = ["Api", "Domain", "Events", "Storage", "Jobs"];
    private static readonly string[] Nouns = ["Order", "Invoice", "Parcel", "Account", "Query", "Refund", "Export", "Mailbox", "Token", "Route", "Ledger", "Batch"];
    private static readonly string[] Kinds = ["Status", "Kind", "Reason", "Mode", "Level"];
    private static readonly string[] Adjectives =
    [
        "Pending", "Active", "Closed", "Failed", "Retried", "Archived", "Blocked", "Queued", "Expired", "Verified",
        "Rejected", "Partial", "Manual", "Automatic", "Remote", "Local", "Primary", "Secondary", "Legacy", "Unknown",
    ];

    private readonly int _enums;
    private readonly int _machines;
    private readonly int _unions;

    public ScaleCorpus(int enums, int machines, int unions)
    {
        _enums = enums;
        _machines = machines;
        _unions = unions;
        var files = new List<(string, string)>();
        for (int file = 0; file * EnumsPerFile < enums; file++)
        {
            files.Add(($"Enums/Enums{file}.cs", EnumFile(file, edited: false)));
        }

        for (int file = 0; file * MachinesPerFile < machines; file++)
        {
            files.Add(($"Machines/Machines{file}.cs", MachineFile(file)));
        }

        for (int file = 0; file * UnionsPerFile < unions; file++)
        {
            files.Add(($"Unions/Unions{file}.cs", UnionFile(file)));
        }

        for (int file = 0; file < PlainFiles; file++)
        {
            files.Add(($"Services/Service{file}.cs", PlainFile(file, edited: false)));
        }

        Files = files;
    }

    /// <summary>Every file, by path.</summary>
    public IReadOnlyList<(string Path, string Text)> Files { get; }

    /// <summary>A plain class, with no attributed type in its file.</summary>
    public static string UnrelatedPath => "Services/Service0.cs";

    /// <summary>That class with a method added.</summary>
    public static string UnrelatedEdited => PlainFile(0, edited: true);

    /// <summary>The file of the first ten enums.</summary>
    public static string EnumPath => "Enums/Enums0.cs";

    /// <summary>That file with a member added to its first enum, and nothing else changed.</summary>
    public string EnumEdited => EnumFile(0, edited: true);

    /// <summary>The hint name of the one generated file the enum edit must change.</summary>
    public static string EditedHintName => $"{Namespace(0)}.{EnumName(0)}.WireEnum.g.cs";

    private static string Namespace(int index) =>
        $"Acme.{Areas[index % Areas.Length]}.{Layers[index / Areas.Length % Layers.Length]}";

    private static string EnumName(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{Nouns[index % Nouns.Length]}{Kinds[index / Nouns.Length % Kinds.Length]}{index}");

    // Every 25th enum is nested in a class, and every 9th is internal.
    private static bool IsNested(int index) => index % 25 == 7;

    private static string Access(int index) => index % 9 == 4 ? "internal" : "public";

    private string EnumFile(int file, bool edited)
    {
        var text = new StringBuilder("using Imp;\n");
        for (int index = file * EnumsPerFile; index < (file + 1) * EnumsPerFile && index < _enums; index++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nnamespace {Namespace(index)}\n{{\n");

            bool nested = IsNested(index);
            if (nested)
            {
                text.Append(CultureInfo.InvariantCulture, $"    public static class Holder{index}\n    {{\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"    /// <summary>Values of {EnumName(index)}.</summary>\n    [WireEnum]\n    {Access(index)} enum {EnumName(index)}\n    {{\n");
            for (int member = 0; member < MembersPerEnum; member++)
            {
                string name = Adjectives[member] + Nouns[(index + member) % Nouns.Length];

                // Some members are renamed on the wire, and some enums have values with gaps.
                string attribute = (index + member) % 17 == 0 ? $"[WireName(\"{name.ToLowerInvariant()}_v2\")] " : string.Empty;
                string value = index % 6 == 5 ? string.Create(CultureInfo.InvariantCulture, $" = {member * 10}") : string.Empty;
                text.Append(CultureInfo.InvariantCulture, $"        {attribute}{name}{value},\n");
            }

            if (edited && index == file * EnumsPerFile)
            {
                text.Append("        AddedLater = 1000,\n");
            }

            text.Append("    }\n");
            text.Append(nested ? "    }\n}\n" : "}\n");
        }

        return text.ToString();
    }

    private string MachineFile(int file)
    {
        var text = new StringBuilder("using Imp;\n");
        for (int index = file * MachinesPerFile; index < (file + 1) * MachinesPerFile && index < _machines; index++)
        {
            int phases = 5 + (index % 6);
            text.Append(CultureInfo.InvariantCulture, $"\nnamespace {Namespace(index)}.Flows\n{{\n    [PhaseMachine]\n    public enum {Nouns[index % Nouns.Length]}Flow{index}\n    {{\n");
            text.Append("        [InitialPhase]\n        [Next(Step1)]\n        Step0,\n");
            for (int phase = 1; phase < phases; phase++)
            {
                string next = phase + 1 < phases ? $"Step{phase + 1}, Step{phase}" : "Done";
                text.Append(CultureInfo.InvariantCulture, $"        [Next({next})]\n        Step{phase},\n");
            }

            text.Append("        [FromAnyPhase]\n        [Next(Step0, Done)]\n        Paused,\n        [TerminalPhase]\n        Done,\n    }\n}\n");
        }

        return text.ToString();
    }

    private string UnionFile(int file)
    {
        var text = new StringBuilder("using System.Collections.Generic;\nusing Imp;\n");
        for (int index = file * UnionsPerFile; index < (file + 1) * UnionsPerFile && index < _unions; index++)
        {
            // A union lives beside an enum and carries it, as an event carries a status.
            int enumIndex = index % _enums;
            string status = IsNested(enumIndex) ? $"Holder{enumIndex}.{EnumName(enumIndex)}" : EnumName(enumIndex);
            string name = $"{Nouns[index % Nouns.Length]}Event{index}";
            text.Append(CultureInfo.InvariantCulture, $"\nnamespace {Namespace(enumIndex)}\n{{\n    [WireUnion]\n    {Access(enumIndex)} abstract partial record {name}\n    {{\n");
            text.Append(CultureInfo.InvariantCulture, $"        public sealed record Created(string Id, {status} Status, int Attempt) : {name};\n");
            text.Append(CultureInfo.InvariantCulture, $"        public sealed record Changed(string Id, {status}? Previous, {status} Current, IReadOnlyList<string> Notes) : {name};\n");
            text.Append(CultureInfo.InvariantCulture, $"        [WireName(\"gone\")]\n        public sealed record Removed(string Id, long At, string? Reason) : {name};\n");
            if (index % 2 == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"        public sealed record Heartbeat : {name};\n");
            }

            text.Append("    }\n}\n");
        }

        return text.ToString();
    }

    private static string PlainFile(int file, bool edited)
    {
        string extra = edited ? "\n        public int Twice(int value) => value * 2;\n" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $$"""
            using System.Collections.Generic;

            namespace {{Namespace(file)}}.Services
            {
                public sealed class Service{{file}}
                {
                    private readonly List<string> _log = new();

                    public int Count => _log.Count;

                    public void Record(string entry)
                    {
                        if (!string.IsNullOrEmpty(entry))
                        {
                            _log.Add(entry);
                        }
                    }
            {{extra}}    }
            }
            """);
    }
}
