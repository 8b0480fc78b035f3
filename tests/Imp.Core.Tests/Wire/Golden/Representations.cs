// The representation test types of the golden corpus (tools/serde-golden/src/representations.rs), declared with the
// generator's attributes as the Rust ones are with serde's.
using System.Collections.Generic;

namespace Imp.Core.Tests.Wire.Golden;

/// <summary>serde's <c>Inner { x: u32, label: String }</c>, a struct: an untagged union of one variant.</summary>
[WireUnion(Representation = WireRepresentation.Untagged)]
public abstract partial record Inner
{
    /// <summary>The struct.</summary>
    public sealed partial record Value(uint X, string Label) : Inner;
}

/// <summary><c>#[serde(rename_all = "snake_case", tag = "kind")]</c>.</summary>
[WireUnion(Tag = "kind")]
public abstract partial record Internal
{
    /// <summary>A unit variant.</summary>
    public sealed partial record Unit : Internal;

    /// <summary>A struct variant with an optional field.</summary>
    public sealed partial record Struct(uint A, string? B) : Internal;

    /// <summary>A newtype variant over a struct: its fields beside the tag.</summary>
    [WireNewtype]
    public sealed partial record Newtype(Inner Value) : Internal;

    /// <summary><c>#[serde(rename = "renamed-variant")]</c> with a renamed field.</summary>
    [WireName("renamed-variant")]
    public sealed partial record Renamed([WireName("Field")] uint Field) : Internal;

    /// <summary>A variant with its own <c>rename_all = "camelCase"</c> (written out: the API has no per-variant field rule).</summary>
    public sealed partial record FieldRule([WireName("someField")] uint SomeField, [WireName("otherField")] IReadOnlyList<string> OtherField) : Internal;
}

/// <summary><c>#[serde(tag = "t", content = "c")]</c>, variant names as written.</summary>
[WireUnion(Tag = "t", Content = "c", Naming = WireNaming.None)]
public abstract partial record Adjacent
{
    /// <summary>A unit variant.</summary>
    public sealed partial record Unit : Adjacent;

    /// <summary>A struct variant.</summary>
    public sealed partial record Struct(uint A, string B) : Adjacent;

    /// <summary>A newtype over a number.</summary>
    [WireNewtype]
    public sealed partial record Newtype(uint Value) : Adjacent;

    /// <summary>A newtype over a string.</summary>
    [WireNewtype]
    public sealed partial record NewtypeString(string Value) : Adjacent;

    /// <summary>A newtype over a struct.</summary>
    [WireNewtype]
    public sealed partial record NewtypeStruct(Inner Value) : Adjacent;

    /// <summary><c>#[serde(rename = "renamed")]</c>.</summary>
    [WireName("renamed")]
    public sealed partial record Renamed(uint A) : Adjacent;
}

/// <summary>serde's default, externally tagged, variant names as written.</summary>
[WireUnion(Representation = WireRepresentation.ExternallyTagged, Naming = WireNaming.None)]
public abstract partial record External
{
    /// <summary>A unit variant: a plain string.</summary>
    public sealed partial record Unit : External;

    /// <summary>A struct variant.</summary>
    public sealed partial record Struct(uint A, string B) : External;

    /// <summary>A newtype over a number.</summary>
    [WireNewtype]
    public sealed partial record Newtype(uint Value) : External;

    /// <summary>A newtype over a string.</summary>
    [WireNewtype]
    public sealed partial record NewtypeString(string Value) : External;

    /// <summary>A newtype over a struct.</summary>
    [WireNewtype]
    public sealed partial record NewtypeStruct(Inner Value) : External;

    /// <summary><c>#[serde(rename = "renamed")]</c>.</summary>
    [WireName("renamed")]
    public sealed partial record Renamed(uint A) : External;
}

/// <summary><c>#[serde(untagged)]</c>: the first variant that reads.</summary>
[WireUnion(Representation = WireRepresentation.Untagged)]
public abstract partial record Untagged
{
    /// <summary>A struct variant.</summary>
    public sealed partial record Struct(uint A, string B) : Untagged;

    /// <summary>A newtype over a struct.</summary>
    [WireNewtype]
    public sealed partial record NewtypeStruct(Inner Value) : Untagged;

    /// <summary>A newtype over a number.</summary>
    [WireNewtype]
    public sealed partial record Number(uint Value) : Untagged;

    /// <summary>A newtype over a string.</summary>
    [WireNewtype]
    public sealed partial record Text(string Value) : Untagged;

    /// <summary>A unit variant: null.</summary>
    public sealed partial record Unit : Untagged;
}

/// <summary>
/// Field rules: an <c>Option</c>, <c>#[serde(default)]</c> fields, a renamed field, <c>skip_serializing_if</c> for
/// none and for an empty list.
/// </summary>
[WireUnion(Representation = WireRepresentation.Untagged)]
public abstract partial record Fields
{
    /// <summary>The struct.</summary>
    public sealed partial record Value(
        string Required,
        uint? Optional,
        [WireDefault] ulong Defaulted,
        [WireDefault] IReadOnlyList<string> DefaultedList,
        [WireName("wireName")] bool Renamed,
        [WireDefault, WireSkipIfNull] string? SkippedWhenNone,
        [WireDefault, WireSkipIfEmpty] IReadOnlyList<uint> SkippedWhenEmpty) : Fields;
}
