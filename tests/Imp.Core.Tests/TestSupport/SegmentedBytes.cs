using System;
using System.Buffers;
using System.Text;

namespace Imp.Core.Tests.TestSupport;

/// <summary>
/// UTF-8 text as a <see cref="ReadOnlySequence{T}"/> of one-byte segments, so that a <see cref="System.Text.Json.Utf8JsonReader"/>
/// over it sees every token longer than a byte as a value sequence (<c>HasValueSequence</c>), as when reading from a pipe.
/// </summary>
internal static class SegmentedBytes
{
    public static ReadOnlySequence<byte> OneBytePerSegment(string text) => OneBytePerSegment(Encoding.UTF8.GetBytes(text));

    public static ReadOnlySequence<byte> OneBytePerSegment(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return ReadOnlySequence<byte>.Empty;
        }

        var first = new Segment(bytes.AsMemory(0, 1), 0);
        Segment last = first;
        for (int i = 1; i < bytes.Length; i++)
        {
            last = last.Append(bytes.AsMemory(i, 1));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
