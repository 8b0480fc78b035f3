using System;

namespace Imp;

/// <summary>
/// Gives a member of a <see cref="WireEnumAttribute">[WireEnum]</see> enum, a variant of a
/// <see cref="WireUnionAttribute">[WireUnion]</see> or a variant's field (its primary constructor parameter) an
/// explicit wire name instead of the one derived from its C# name (serde's <c>#[serde(rename = "...")]</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Class | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class WireNameAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The exact wire name: not empty, no leading or trailing white space, no control characters.</param>
    public WireNameAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The exact wire name of the member.</summary>
    public string Name { get; }
}
