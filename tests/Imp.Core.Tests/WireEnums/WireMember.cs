using System;
using System.Runtime.CompilerServices;

namespace Imp.Core.Tests.WireEnums;

/// <summary>One enum member as a test expects it: its C# name, its value, its wire name, and the JSON serde writes for it.</summary>
/// <param name="Field">The C# field name, without the <c>@</c> of a keyword.</param>
/// <param name="Value">The member's value.</param>
/// <param name="Name">The expected wire name, written out by hand.</param>
/// <param name="Json">The expected JSON string token, exactly as serde_json writes it.</param>
internal sealed record WireMember<T>(string Field, T Value, string Name, string Json)
    where T : struct, Enum
{
    public override string ToString() => $"{typeof(T).Name}.{Field}";
}

/// <summary>Builds <see cref="WireMember{T}"/> rows; the C# member name is taken from the expression at the call site.</summary>
internal static class Wire
{
    /// <summary>A member whose wire name needs no escaping in JSON, so its JSON token is the name in quotes.</summary>
    public static WireMember<T> Member<T>(T value, string name, [CallerArgumentExpression(nameof(value))] string expression = "")
        where T : struct, Enum =>
        new(FieldName(expression), value, name, "\"" + name + "\"");

    /// <summary>A member whose JSON token is given by hand (escaped quotes or backslashes).</summary>
    public static WireMember<T> MemberWithJson<T>(T value, string name, string json, [CallerArgumentExpression(nameof(value))] string expression = "")
        where T : struct, Enum =>
        new(FieldName(expression), value, name, json);

    private static string FieldName(string expression) =>
        expression[(expression.LastIndexOf('.') + 1)..].TrimStart('@');
}
