using System;

namespace Imp;

/// <summary>
/// Marks a variant of a <see cref="WireUnionAttribute">[WireUnion]</see> with exactly one field as a serde newtype
/// variant (<c>User(UserMessage)</c> in Rust): the field's value stands for the variant's content, instead of an
/// object holding one named field.
/// </summary>
/// <remarks>
/// Internally tagged, the value is written as its own JSON object with the tag added in front, so the field's type must
/// be written as an object (serde refuses anything else at run time, and so do we); externally tagged it is
/// <c>{"variant":value}</c>, adjacently tagged <c>{"t":"variant","c":value}</c>, untagged just the value.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class WireNewtypeAttribute : Attribute
{
}
