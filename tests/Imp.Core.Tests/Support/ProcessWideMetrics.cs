using Xunit;

namespace Imp.Core.Tests.Support;

/// <summary>
/// Tests that read process-wide meters (Polly's static "Polly" meter, the SDK's "Imp" meter) through listeners. Run
/// alone, after the parallel tests: a measurement missed while other tests' listeners and pipelines came and went
/// made one of them fail now and then in CI.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideMetrics
{
    public const string Name = "process-wide metrics";
}
