using System.Collections.Generic;

namespace Imp;

/// <summary>
/// The preamble events a retrying stream holds back during start-up, in order. A mutable struct kept in one field of its
/// enumerator: the first event (streams usually have one) needs no list.
/// </summary>
internal struct HeldPreamble<T>
{
    private T _first;
    private List<T>? _more;

    /// <summary>How many events are held.</summary>
    public int Count { get; private set; }

    /// <summary>Holds <paramref name="item"/> after the others.</summary>
    public void Add(T item)
    {
        if (Count++ == 0)
        {
            _first = item;
        }
        else
        {
            (_more ??= []).Add(item);
        }
    }

    /// <summary>The held event at <paramref name="index"/> (below <see cref="Count"/>).</summary>
    public readonly T this[int index] => index == 0 ? _first : _more![index - 1];

    /// <summary>Forgets every event (a failed attempt's), keeping the list for the next attempt.</summary>
    public void Clear()
    {
        Count = 0;
        _first = default!;
        _more?.Clear();
    }

    /// <summary>Forgets every event and the list (the stream is past start-up).</summary>
    public void Release() => this = default;
}
