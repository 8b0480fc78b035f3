using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace Imp.Json;

// serde reads some content twice: an internally tagged enum's object (the tag is looked for first, the rest is kept
// as serde's `Content`), an untagged enum's value, and an adjacently tagged enum's content when it comes before the
// tag. Read back from `Content`, a nested enum's tag may also be a variant's index (`{"type":0}`), which serde_json
// itself never accepts. The generated converters mark those spans, so that the rule holds exactly where serde's does.
public static partial class WireUnionJson
{
    [ThreadStatic]
    private static int t_bufferedDepth;

    /// <summary>True while a generated converter reads content that serde would have buffered.</summary>
    public static bool InBufferedContent => t_bufferedDepth > 0;

    /// <summary>Marks the start of content that serde buffers; dispose the result where it ends.</summary>
    public static BufferedContent EnterBufferedContent()
    {
        t_bufferedDepth++;
        return default;
    }

    /// <summary>
    /// The variant of a tag that is not one of the variants' names: inside buffered content, a whole number below the
    /// number of variants is the variant at that index, as serde reads it; anything else is refused.
    /// </summary>
    public static int VariantIndex(ref Utf8JsonReader reader, string union, string tag, ImmutableArray<string> variants)
    {
        if (!InBufferedContent || reader.TokenType != JsonTokenType.Number || JsonTokenText.IsNegativeZero(ref reader) || !reader.TryGetUInt64(out ulong index))
        {
            throw UnknownVariant(ref reader, union, tag, variants);
        }

        return index < (ulong)variants.Length
            ? (int)index
            : throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"{union}'s \"{tag}\" is the variant index {index}, but {union} has {variants.Length} variants (indexes from 0)."));
    }

    /// <summary>
    /// Refuses an object, at the reader's start, that has its tag more than once. For the newtype variants of an
    /// internally tagged union, whose value's own reader would skip a second tag as an unknown field.
    /// </summary>
    public static void CheckSingleTag(Utf8JsonReader reader, ReadOnlySpan<byte> tagUtf8, string union, string tag)
    {
        bool seen = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(tagUtf8))
            {
                if (seen)
                {
                    throw DuplicateTag(union, tag);
                }

                seen = true;
            }

            reader.Read();
            reader.Skip();
        }
    }

    /// <summary>True for a null or empty collection: serde's <c>Vec::is_empty</c> for <c>[WireSkipIfEmpty]</c>.</summary>
    public static bool IsEmpty<T>(IEnumerable<T>? items) =>
        items is null || (items.TryGetNonEnumeratedCount(out int count) ? count == 0 : !items.Any());

    /// <summary>The span of buffered content that <see cref="EnterBufferedContent"/> opened; disposing it closes it.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public readonly struct BufferedContent : IDisposable, IEquatable<BufferedContent>
    {
        /// <summary>Closes the span.</summary>
        public void Dispose() => t_bufferedDepth--;

        /// <inheritdoc/>
        public bool Equals(BufferedContent other) => true;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is BufferedContent;

        /// <inheritdoc/>
        public override int GetHashCode() => 0;

        /// <summary>Always true: the struct holds nothing.</summary>
        public static bool operator ==(BufferedContent left, BufferedContent right) => true;

        /// <summary>Always false: the struct holds nothing.</summary>
        public static bool operator !=(BufferedContent left, BufferedContent right) => false;
    }
}
