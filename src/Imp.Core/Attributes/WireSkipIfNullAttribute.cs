using System;

namespace Imp;

/// <summary>
/// serde's <c>#[serde(skip_serializing_if = "Option::is_none")]</c> on a nullable variant field (a primary constructor
/// parameter): a null value is left out when writing instead of written as <c>null</c>. Reading is unchanged: a missing
/// nullable field already reads as null, as serde reads a missing <c>Option</c> as <c>None</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class WireSkipIfNullAttribute : Attribute
{
}
