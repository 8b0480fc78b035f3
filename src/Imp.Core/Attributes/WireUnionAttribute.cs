using System;

namespace Imp;

/// <summary>
/// Marks an abstract partial record whose nested sealed records are the variants of a closed union, written as one of
/// serde's enum representations: internally tagged by <c>"type"</c> unless told otherwise,
/// <c>{"type":"variant_name", ...fields}</c>.
/// </summary>
/// <remarks>
/// <para>
/// The serde attributes map one to one: <c>#[serde(tag = "kind", rename_all = "kebab-case")]</c> is
/// <c>[WireUnion(Tag = "kind", Naming = WireNaming.KebabCase)]</c>; <c>#[serde(tag = "t", content = "c")]</c> is
/// <c>[WireUnion(Tag = "t", Content = "c")]</c>; serde's default (externally tagged) is
/// <c>[WireUnion(Representation = WireRepresentation.ExternallyTagged)]</c>; <c>#[serde(untagged)]</c> is
/// <c>[WireUnion(Representation = WireRepresentation.Untagged)]</c>.
/// </para>
/// <para>
/// A variant's wire name is its C# name converted by <see cref="Naming"/> (<see cref="WireNameAttribute"/> overrides
/// it); its fields are its primary constructor's parameters, in order, named by <see cref="FieldNaming"/>
/// (<see cref="WireNameAttribute"/> on a parameter overrides it). <see cref="WireDefaultAttribute"/>,
/// <see cref="WireSkipIfNullAttribute"/> and <see cref="WireNewtypeAttribute"/> give serde's field and variant rules.
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
    /// <summary>
    /// How the union is written; <see cref="WireRepresentation.InternallyTagged"/> by default, and
    /// <see cref="WireRepresentation.AdjacentlyTagged"/> when only <see cref="Content"/> is set.
    /// </summary>
    public WireRepresentation Representation { get; set; } = WireRepresentation.InternallyTagged;

    /// <summary>The tag property's name for the internally and adjacently tagged representations (serde's <c>tag</c>); <c>"type"</c> by default.</summary>
    public string Tag { get; set; } = "type";

    /// <summary>The content property's name for the adjacently tagged representation (serde's <c>content</c>); setting it alone selects that representation.</summary>
    public string? Content { get; set; }

    /// <summary>The rule deriving variants' wire names from their C# names (serde's <c>rename_all</c>); <see cref="WireNaming.SnakeCase"/> by default.</summary>
    public WireNaming Naming { get; set; } = WireNaming.SnakeCase;

    /// <summary>The rule deriving every variant's field names (serde's <c>rename_all_fields</c>); <see cref="WireNaming.SnakeCase"/> by default.</summary>
    public WireNaming FieldNaming { get; set; } = WireNaming.SnakeCase;
}
