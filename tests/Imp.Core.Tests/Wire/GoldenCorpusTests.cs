using System;
using System.Collections.Generic;
using System.Linq;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Wire;

/// <summary>
/// The golden corpus from tools/serde-golden, entry by entry: what serde writes we write byte for byte (reading it and
/// writing again), what serde reads we read and write back as serde does, what serde refuses we refuse with a
/// <see cref="System.Text.Json.JsonException"/>. Every entry passes: there is no list of known differences.
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

    [Theory]
    [MemberData(nameof(CorpusTypes))]
    public void Each_entry_is_read_written_or_refused_as_serde_does(string type)
    {
        var failures = new List<string>();
        int checkedEntries = 0;
        foreach (GoldenEntry entry in GoldenCorpus.Of(type))
        {
            checkedEntries++;
            if (GoldenCheck.Failure(entry) is { } failure)
            {
                failures.Add($"{entry.Case}: {failure}");
            }
        }

        checkedEntries.ShouldBeGreaterThan(0);
        failures.ShouldBeEmpty($"{type}: entries where we differ from serde");
    }
}
