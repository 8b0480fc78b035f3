using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots in a Snapshots folder beside the calling test (found by its [Fact] or [Theory]),
/// one file per discriminator.
/// </summary>
internal static class Snapshot
{
    public static void ShouldMatch(string actual, string discriminator) =>
        actual.ShouldMatchApproved(builder => builder
            .LocateTestMethodUsingAttribute<FactAttribute>()
            .SubFolder("Snapshots")
            .WithDiscriminator(discriminator)
            .NoDiff());
}
