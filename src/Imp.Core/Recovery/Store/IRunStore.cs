using System.Collections.Generic;
using System.Threading;

namespace Imp;

/// <summary>
/// Where runs keep their <see cref="RunRecord"/>s, so that a run whose process died can be resumed
/// (<see cref="TurnRunner.ResumeAsync"/>). The default is <see cref="FileRunStore"/>; a host may put them anywhere.
/// </summary>
/// <remarks>Implementations must let any number of runs write at once, each to its own log.</remarks>
public interface IRunStore
{
    /// <summary>Opens the log of run <paramref name="runId"/> for appending: a new one, or the one a resumed run continues.</summary>
    /// <param name="runId">The run's id (<see cref="AgentRun.Id"/>).</param>
    /// <returns>The log; the runner disposes it when the run ends.</returns>
    IRunLog Open(string runId);

    /// <summary>The records of run <paramref name="runId"/>, in the order appended; none when the store has no such run.</summary>
    /// <param name="runId">The run's id.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    IAsyncEnumerable<RunRecord> ReadAsync(string runId, CancellationToken cancellationToken = default);
}
