using System.Text.Json;

namespace Imp.Core.Tests.Wire;

/// <summary>One line of the golden corpus (tools/serde-golden/README.md): a value serde accepts, or an input it refuses.</summary>
/// <param name="Suite">The corpus file's suite: <c>imp_core</c>, <c>imp_llm</c>, <c>value</c>, <c>naming</c>, <c>representations</c>.</param>
/// <param name="Type">The Rust type, e.g. <c>imp_core::VerificationGate</c>.</param>
/// <param name="Case">The entry's name, unique within its type.</param>
/// <param name="Input">The text to read; for an accepted entry without one, <see cref="Json"/> itself.</param>
/// <param name="Json">What serde writes (accepted entries only).</param>
/// <param name="Error">serde_json's message (refused entries only).</param>
internal sealed record GoldenEntry(string Suite, string Type, string Case, string? Input, string? Json, string? Error)
{
    public bool IsAccepted => Json is not null;

    /// <summary>What is read: the input, or for a plain accepted value its own JSON.</summary>
    public string Read => Input ?? Json!;

    /// <summary>The key of the entry in the pending list: type, a tab, case.</summary>
    public string Key => $"{Type}\t{Case}";

    public override string ToString() => $"{Type} [{Case}]";

    public static GoldenEntry Parse(string suite, string line)
    {
        using var document = JsonDocument.Parse(line);
        JsonElement root = document.RootElement;
        return new GoldenEntry(
            suite,
            root.GetProperty("type").GetString()!,
            root.GetProperty("case").GetString()!,
            Optional(root, "input"),
            Optional(root, "json"),
            Optional(root, "error"));
    }

    private static string? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) ? value.GetString() : null;

}
