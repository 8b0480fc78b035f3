using System;

namespace Imp;

/// <summary>
/// Marks an enum whose members travel on the wire as strings named by a serde rule: snake_case unless
/// <see cref="Naming"/> says otherwise (<c>[WireEnum(Naming = WireNaming.KebabCase)]</c> is serde's
/// <c>#[serde(rename_all = "kebab-case")]</c>).
/// </summary>
/// <remarks>
/// <para>
/// For an enum <c>Status</c> the Imp generator emits, in the enum's namespace and with its accessibility,
/// a static class <c>StatusExtensions</c> (<c>AsStr()</c>, <c>TryParse</c> from <see cref="string"/>,
/// <see cref="ReadOnlySpan{T}">ReadOnlySpan&lt;char&gt;</see> and UTF-8 bytes, <c>Parse</c>,
/// <c>GetValues()</c>, <c>GetNames()</c>, <c>Count</c>) and a System.Text.Json converter
/// <c>StatusJsonConverter</c>.
/// </para>
/// <para>
/// To use the converter wherever the enum is serialized, reflection-based or source-generated, put it on the
/// enum: <c>[WireEnum, JsonConverter(typeof(StatusJsonConverter))]</c>.
/// </para>
/// <para>
/// A member's wire name is its C# name converted by <see cref="Naming"/> exactly as serde converts a variant name
/// (<c>ExecuteTools</c> → <c>execute_tools</c> by default); <see cref="WireNameAttribute"/> overrides it.
/// </para>
/// </remarks>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
public sealed class WireEnumAttribute : Attribute
{
    /// <summary>The rule deriving members' wire names from their C# names; <see cref="WireNaming.SnakeCase"/> by default.</summary>
    public WireNaming Naming { get; set; } = WireNaming.SnakeCase;
}
