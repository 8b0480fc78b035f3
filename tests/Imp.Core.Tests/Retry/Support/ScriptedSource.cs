using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using System.Threading.Tasks.Sources;

namespace Imp.Core.Tests.Retry.Support;

/// <summary>One step of a scripted stream: an event to yield, or an exception to throw.</summary>
public readonly record struct ScriptStep<T>(T? Event, Exception? Error);

/// <summary>How a scripted enumerator completes its moves.</summary>
public enum SourcePace
{
    /// <summary>Every move completes synchronously; a failure is a faulted ValueTask, as an async iterator's.</summary>
    Synchronous,

    /// <summary>Every move waits (Task.Yield) first.</summary>
    Asynchronous,

    /// <summary>Moves at odd positions wait, the others complete synchronously: a start-up that switches both ways.</summary>
    Alternating,

    /// <summary>
    /// Every move completes synchronously through a reusable IValueTaskSource that refuses to be read twice, and a
    /// failure is thrown by MoveNextAsync itself, not returned as a faulted ValueTask.
    /// </summary>
    Strict,
}

/// <summary>Builds script steps.</summary>
public static class Script
{
    public static ScriptStep<T> Yield<T>(T item) => new(item, null);

    public static ScriptStep<T> Throw<T>(Exception error) => new(default, error);
}

/// <summary>
/// An upstream whose attempts follow a script (the last script repeats), and which records what happened to
/// each enumerator it handed out: how far it was read and whether, and how often, it was disposed.
/// </summary>
public sealed class ScriptedSource<T>
{
    private readonly Func<int, IReadOnlyList<ScriptStep<T>>> _script;
    private readonly SourcePace _pace;
    private readonly List<ScriptedEnumerator> _opened = [];

    public ScriptedSource(IReadOnlyList<IReadOnlyList<ScriptStep<T>>> attempts, bool async = false)
        : this(i => attempts[Math.Min(i, attempts.Count - 1)], async)
    {
    }

    public ScriptedSource(Func<int, IReadOnlyList<ScriptStep<T>>> script, bool async = false)
        : this(script, async ? SourcePace.Asynchronous : SourcePace.Synchronous)
    {
    }

    public ScriptedSource(Func<int, IReadOnlyList<ScriptStep<T>>> script, SourcePace pace)
    {
        _script = script;
        _pace = pace;
    }

    /// <summary>The enumerators handed out, in order.</summary>
    public IReadOnlyList<ScriptedEnumerator> Opened => _opened;

    /// <summary>Times the stream factory was called.</summary>
    public int Calls { get; private set; }

    /// <summary>The tokens each call was given.</summary>
    public List<CancellationToken> Tokens { get; } = [];

    /// <summary>The stream factory to hand to <see cref="StreamRetry.Create{T}"/>.</summary>
    public IAsyncEnumerable<T> Open(CancellationToken cancellationToken)
    {
        Tokens.Add(cancellationToken);
        return new Stream(this, _script(Calls++));
    }

    private sealed class Stream(ScriptedSource<T> owner, IReadOnlyList<ScriptStep<T>> steps) : IAsyncEnumerable<T>
    {
        public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            var enumerator = new ScriptedEnumerator(steps, owner._pace, cancellationToken);
            owner._opened.Add(enumerator);
            return enumerator;
        }
    }

    public sealed class ScriptedEnumerator(IReadOnlyList<ScriptStep<T>> steps, SourcePace pace, CancellationToken cancellationToken) : IAsyncEnumerator<T>
    {
        private readonly ReadOnceResult _strictResult = new();
        private T? _current;

        /// <summary>Steps taken so far (events yielded plus any exception thrown).</summary>
        public int Position { get; private set; }

        public int DisposeCount { get; private set; }

        /// <summary>Whether MoveNextAsync was called after DisposeAsync (a protocol violation).</summary>
        public bool UsedAfterDispose { get; private set; }

        public T Current => _current!;

        public ValueTask<bool> MoveNextAsync() => pace == SourcePace.Strict ? _strictResult.Complete(Step()) : MoveNextScriptedAsync();

        private async ValueTask<bool> MoveNextScriptedAsync()
        {
            if (pace == SourcePace.Asynchronous || (pace == SourcePace.Alternating && Position % 2 == 1))
            {
                await Task.Yield();
            }

            return Step();
        }

        private bool Step()
        {
            UsedAfterDispose |= DisposeCount > 0;
            cancellationToken.ThrowIfCancellationRequested();
            if (Position >= steps.Count)
            {
                return false;
            }

            var step = steps[Position++];
            if (step.Error is { } error)
            {
                throw error;
            }

            _current = step.Event;
            return true;
        }

        public ValueTask DisposeAsync()
        {
            DisposeCount++;
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>A move's result, completed at once, that fails the test if it is read twice (ValueTask's rule).</summary>
    private sealed class ReadOnceResult : IValueTaskSource<bool>
    {
        private ManualResetValueTaskSourceCore<bool> _core;
        private bool _read;

        public ValueTask<bool> Complete(bool result)
        {
            _core.Reset();
            _read = false;
            _core.SetResult(result);
            return new ValueTask<bool>(this, _core.Version);
        }

        public bool GetResult(short token)
        {
            if (_read)
            {
                throw new InvalidOperationException("A move's ValueTask was read twice.");
            }

            _read = true;
            return _core.GetResult(token);
        }

        public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);

        public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
            _core.OnCompleted(continuation, state, token, flags);
    }
}
