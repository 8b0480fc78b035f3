using System;

namespace Imp;

/// <summary>
/// serde's <c>#[serde(default)]</c>. On a variant field (a primary constructor parameter), a missing field reads as the
/// parameter's default value (<c>= ...</c> in C#) or, without one, as <c>default</c>; on a variant or on a
/// <see cref="WireUnionAttribute">[WireUnion]</see>, every field of that variant or of every variant does.
/// </summary>
/// <remarks>
/// A collection field with no C# default reads as empty, as serde's <c>Vec::default()</c>. <c>null</c> is still refused
/// where the field's type is not nullable: <c>default</c> is about a missing field, not a null one.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class WireDefaultAttribute : Attribute
{
}
