using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Imp;

/// <summary>The <see cref="RecoveryCheckpoint.ArgsHash"/> of a tool call's arguments.</summary>
/// <remarks>
/// imp-core's <c>tool_args_hash</c> is not part of the reference sources, so this is the SDK's own: the first 16 hex
/// digits (lower-case) of the SHA-256 of the arguments' JSON text as the model sent it. Equal text, equal hash.
/// </remarks>
public static class ToolArgumentsHash
{
    /// <summary>The hash of <paramref name="arguments"/>.</summary>
    public static string Of(JsonElement arguments)
    {
        string text = arguments.ValueKind == JsonValueKind.Undefined ? string.Empty : arguments.GetRawText();
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return Convert.ToHexString(digest[..8]).ToLowerInvariant();
    }
}
