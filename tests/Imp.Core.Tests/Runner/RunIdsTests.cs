using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Runner;

/// <summary>Run ids: imp-core's <c>run_</c> and a version 4 UUID in 32 lowercase hex digits, never the same twice.</summary>
public sealed class RunIdsTests
{
    [Fact]
    public void An_id_is_run_and_a_version_4_uuid_in_lowercase_hex()
    {
        for (int i = 0; i < 200; i++)
        {
            string id = RunIds.New();

            id.ShouldMatch("^run_[0-9a-f]{32}$");
            Guid uuid = Guid.ParseExact(id["run_".Length..], "N");
            uuid.Version.ShouldBe(4);
            uuid.Variant.ShouldBeInRange(8, 0xB);
        }
    }

    [Fact]
    public void Ids_drawn_on_several_threads_across_many_draws_are_all_different()
    {
        var ids = new ConcurrentBag<string>();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            for (int i = 0; i < 1_000; i++)
            {
                ids.Add(RunIds.New());
            }
        });

        ids.Count.ShouldBe(8_000);
        ids.Distinct(StringComparer.Ordinal).Count().ShouldBe(8_000);
    }

    [Fact]
    public void The_random_bits_vary_in_every_hex_digit()
    {
        // A digit stuck at one value (a byte never filled, an offset off by one) shows across a few hundred ids.
        string[] ids = [.. Enumerable.Range(0, 300).Select(_ => RunIds.New()["run_".Length..])];
        for (int digit = 0; digit < 32; digit++)
        {
            int distinct = ids.Select(id => id[digit]).Distinct().Count();
            int expected = digit switch
            {
                12 => 1, // the version
                16 => 4, // the variant: 8, 9, a or b
                _ => 16,
            };
            distinct.ShouldBe(expected, $"hex digit {digit}");
        }
    }
}
