using System;

namespace Imp;

/// <summary>One run's log in an <see cref="IRunStore"/>.</summary>
/// <remarks>
/// Appends are synchronous on purpose: the runner appends a checkpoint at the points where it must be stored before the
/// run may go on (before a tool is invoked, for one), and a file's flush to disk is a synchronous call in .NET anyway.
/// Appends of one run may come from several threads (read-only tools end concurrently); implementations serialize them.
/// </remarks>
public interface IRunLog : IDisposable
{
    /// <summary>Appends <paramref name="record"/>.</summary>
    /// <param name="record">The record.</param>
    /// <param name="durable">
    /// <see langword="true"/> for checkpoints: the record, and every record before it, must survive a crash of the
    /// machine once this returns; otherwise it must survive a crash of the process.
    /// </param>
    void Append(RunRecord record, bool durable);
}
