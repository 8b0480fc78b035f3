using System;

namespace Imp;

/// <summary>
/// Marks an abstract partial record whose nested sealed records are the variants of a closed union, written as
/// serde's internally tagged enums: <c>{"type":"variant_name", ...fields}</c>.
/// </summary>
/// <remarks>
/// <para>
/// A variant's wire name follows the same snake_case rule as <see cref="WireEnumAttribute">[WireEnum]</see>
/// members (<see cref="WireNameAttribute"/> overrides it); its fields are its primary constructor's parameters, in
/// order, named in snake_case.
/// </para>
/// <para>
/// The Imp generator adds to the union a System.Text.Json converter (applied through <c>[JsonConverter]</c> on the
/// union, nothing to register), exhaustive <c>Match</c> and <c>Switch</c>, <c>AsStr()</c> (the variant's wire name)
/// and a private constructor, so no variant can be declared outside the union.
/// </para>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class WireUnionAttribute : Attribute
{
}
