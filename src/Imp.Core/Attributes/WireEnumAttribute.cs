using System;

namespace Imp;

/// <summary>
/// Marks an enum whose members travel on the wire under snake_case names, the way imp-core's serde
/// <c>rename_all = "snake_case"</c> writes them.
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
/// A member's wire name is its C# name with an underscore before every upper-case letter but the first, then
/// lower-cased (<c>ExecuteTools</c> → <c>execute_tools</c>); <see cref="WireNameAttribute"/> overrides it.
/// </para>
/// </remarks>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
public sealed class WireEnumAttribute : Attribute
{
}
