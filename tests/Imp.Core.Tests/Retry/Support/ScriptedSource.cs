using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Imp.Core.Tests.Retry.Support;

/// <summary>One step of a scripted stream: an event to yield, or an exception to throw.</summary>
public readonly record struct ScriptStep<T>(T? Event, Exception? Error);

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
    private readonly bool _async;
    private readonly List<ScriptedEnumerator> _opened = [];

    public ScriptedSource(IReadOnlyList<IReadOnlyList<ScriptStep<T>>> attempts, bool async = false)
        : this(i => attempts[Math.Min(i, attempts.Count - 1)], async)
    {
    }

    public ScriptedSource(Func<int, IReadOnlyList<ScriptStep<T>>> script, bool async = false)
    {
        _script = script;
        _async = async;
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
            var enumerator = new ScriptedEnumerator(steps, owner._async, cancellationToken);
            owner._opened.Add(enumerator);
            return enumerator;
        }
    }

    public sealed class ScriptedEnumerator(IReadOnlyList<ScriptStep<T>> steps, bool async, CancellationToken cancellationToken) : IAsyncEnumerator<T>
    {
        private T? _current;

        /// <summary>Steps taken so far (events yielded plus any exception thrown).</summary>
        public int Position { get; private set; }

        public int DisposeCount { get; private set; }

        /// <summary>Whether MoveNextAsync was called after DisposeAsync (a protocol violation).</summary>
        public bool UsedAfterDispose { get; private set; }

        public T Current => _current!;

        public async ValueTask<bool> MoveNextAsync()
        {
            UsedAfterDispose |= DisposeCount > 0;
            if (async)
            {
                await Task.Yield();
            }

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
}
