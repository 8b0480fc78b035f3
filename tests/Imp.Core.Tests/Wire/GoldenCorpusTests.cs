using System;
using System.Collections.Generic;
using System.Linq;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Wire;

/// <summary>
/// The golden corpus from tools/serde-golden, entry by entry: what serde writes we write byte for byte (reading it and
/// writing again), what serde reads we read and write back as serde does, what serde refuses we refuse with a
/// <see cref="System.Text.Json.JsonException"/>. Entries that do not pass yet are listed, with why, in golden-pending.txt.
/// </summary>
public sealed class GoldenCorpusTests
{
    public static TheoryData<string> CorpusTypes => new(GoldenCorpus.Types.Order(StringComparer.Ordinal));

    [Fact]
    public void The_corpus_is_there_and_well_formed()
    {
        IReadOnlyList<GoldenEntry> entries = GoldenCorpus.Entries;
        entries.Count(e => e.IsAccepted).ShouldBeGreaterThan(1000);
        entries.Count(e => !e.IsAccepted).ShouldBeGreaterThan(2000);
        entries.ShouldAllBe(e => e.IsAccepted ? e.Error == null : e.Input != null && e.Error != null);
        entries.GroupBy(e => e.Key).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("cases are unique per type");
        entries.Select(e => e.Suite).Distinct().Order(StringComparer.Ordinal)
            .ShouldBe(["imp_core", "imp_llm", "naming", "representations", "value"]);
    }

    [Fact]
    public void The_pending_list_names_only_entries_of_the_corpus()
    {
        var keys = GoldenCorpus.Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var types = GoldenCorpus.Types.ToHashSet(StringComparer.Ordinal);
        Pending pending = GoldenCorpus.PendingEntries;
        pending.AllTypes.Where(t => !types.Contains(t)).ShouldBeEmpty("listed types that the corpus lacks");
        types.SelectMany(pending.CasesOf).Where(k => !keys.Contains(k)).ShouldBeEmpty("listed cases that the corpus lacks");
    }

    /// <summary>
    /// With IMP_GOLDEN_PENDING_OUT set to a path, writes there every entry that fails today, each after a comment with
    /// its failure: the pending list as it would be, to compare with golden-pending.txt.
    /// </summary>
    [Fact]
    public void Failing_entries_are_written_out_on_request()
    {
        string? path = Environment.GetEnvironmentVariable("IMP_GOLDEN_PENDING_OUT");
        var lines = new List<string>();
        foreach (GoldenEntry entry in GoldenCorpus.Entries)
        {
            if (GoldenCheck.Failure(entry) is { } failure)
            {
                lines.Add("# " + failure.ReplaceLineEndings(" "));
                lines.Add(entry.Key);
            }
        }

        if (path is not null)
        {
            System.IO.File.WriteAllLines(path, lines);
        }

        lines.Count.ShouldBeLessThanOrEqualTo(2 * GoldenCorpus.Entries.Count);
    }

    [Theory]
    [MemberData(nameof(CorpusTypes))]
    public void Each_entry_is_read_written_or_refused_as_serde_does(string type)
    {
        Pending pending = GoldenCorpus.PendingEntries;
        var failures = new List<string>();
        var passingButListed = new List<string>();
        bool anyFails = false;
        foreach (GoldenEntry entry in GoldenCorpus.Of(type))
        {
            string? failure = GoldenCheck.Failure(entry);
            anyFails |= failure is not null;
            if (failure is not null && !pending.Contains(entry))
            {
                failures.Add($"{entry.Case}: {failure}");
            }
            else if (failure is null && pending.Contains(entry) && !pending.IsWholeType(type))
            {
                passingButListed.Add(entry.Case);
            }
        }

        failures.ShouldBeEmpty($"{type}: entries that fail and are not in golden-pending.txt");
        passingButListed.ShouldBeEmpty($"{type}: entries that pass but are still in golden-pending.txt");
        if (pending.IsWholeType(type))
        {
            anyFails.ShouldBeTrue($"{type} passes in full: take it out of golden-pending.txt");
        }
    }
}
