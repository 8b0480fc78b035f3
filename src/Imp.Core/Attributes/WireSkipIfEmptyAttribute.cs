using System;

namespace Imp;

/// <summary>
/// serde's <c>#[serde(skip_serializing_if = "Vec::is_empty")]</c> on a collection field of a variant (a primary
/// constructor parameter): an empty (or null) collection is left out when writing instead of written as <c>[]</c>.
/// </summary>
/// <remarks>
/// Reading is unchanged, so a field that may be left out should also be <see cref="WireDefaultAttribute">[WireDefault]</see>,
/// as in Rust (<c>#[serde(default, skip_serializing_if = "Vec::is_empty")]</c>), or what is written cannot be read back.
/// </remarks>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class WireSkipIfEmptyAttribute : Attribute
{
}
