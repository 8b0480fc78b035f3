using System.Text.Json.Serialization;

namespace Imp;

/// <summary>
/// Tokens one model request used, as imp-llm's <c>Usage</c>: every count is a Rust <c>u32</c>, required, never null:
/// <c>{"input_tokens":100,"output_tokens":50,"cache_read_tokens":0,"cache_write_tokens":0}</c>.
/// </summary>
public sealed record Usage
{
    /// <summary>Tokens of the input prompt.</summary>
    [JsonRequired]
    public uint InputTokens { get; init; }

    /// <summary>Tokens generated.</summary>
    [JsonRequired]
    public uint OutputTokens { get; init; }

    /// <summary>Tokens served from the prompt cache.</summary>
    [JsonRequired]
    public uint CacheReadTokens { get; init; }

    /// <summary>Tokens written to the prompt cache.</summary>
    [JsonRequired]
    public uint CacheWriteTokens { get; init; }

    /// <summary>Input and output tokens, cache excluded (imp-llm's <c>total_tokens</c>); wraps past <see cref="uint.MaxValue"/> as Rust's release builds do.</summary>
    [JsonIgnore]
    public uint TotalTokens => unchecked(InputTokens + OutputTokens);

    /// <summary>This usage and <paramref name="other"/> added field by field (imp-llm's <c>add</c>).</summary>
    public Usage Add(Usage other)
    {
        System.ArgumentNullException.ThrowIfNull(other);
        return new Usage
        {
            InputTokens = unchecked(InputTokens + other.InputTokens),
            OutputTokens = unchecked(OutputTokens + other.OutputTokens),
            CacheReadTokens = unchecked(CacheReadTokens + other.CacheReadTokens),
            CacheWriteTokens = unchecked(CacheWriteTokens + other.CacheWriteTokens),
        };
    }
}
