// The field-naming test types of the golden corpus (tools/serde-golden/src/naming.rs): serde structs of u32 fields,
// one per rename_all rule. A struct is an untagged union of one variant here, whose fields take the union's
// FieldNaming; each parameter's C# name gives the Rust field name through serde's snake_case rule.
#pragma warning disable CA1707 // Identifiers with underscores are among the hard cases.
#pragma warning disable SA1300, IDE1006 // Lower-case and non-ASCII parameter names are among the hard cases.
#pragma warning disable IMP0022 // A field named "type" clashes with no tag in an untagged union (the analyzer predates untagged unions).

namespace Imp.Core.Tests.Wire.Golden;

/// <summary>serde <c>rename_all</c> rule None over the corpus's hard field names.</summary>
[WireUnion(Representation = WireRepresentation.Untagged, FieldNaming = WireNaming.None)]
public abstract partial record FieldsNone
{
    /// <summary>The struct's fields. <c>already_Mixed</c> is named explicitly: no C# name gives it through snake_case.</summary>
    public sealed partial record Value(
        uint IoError,
        uint Http2Error,
        uint Abc,
        uint A1b,
        uint _x,
        uint ünïcode,
        uint Y,
        uint aB_c,
        uint Type,
        [WireName("already_Mixed")] uint AlreadyMixed,
        uint naïve_été,
        uint trailing_,
        uint x9_9x,
        uint __double) : FieldsNone;
}

/// <summary>serde <c>rename_all</c> rule LowerCase over the corpus's hard field names.</summary>
[WireUnion(Representation = WireRepresentation.Untagged, FieldNaming = WireNaming.LowerCase)]
public abstract partial record FieldsLowercase
{
    /// <summary>The struct's fields. <c>already_Mixed</c> is named explicitly: no C# name gives it through snake_case.</summary>
    public sealed partial record Value(
        uint IoError,
        uint Http2Error,
        uint Abc,
        uint A1b,
        uint _x,
        uint ünïcode,
        uint Y,
        uint aB_c,
        uint Type,
        [WireName("already_Mixed")] uint AlreadyMixed,
        uint naïve_été,
        uint trailing_,
        uint x9_9x,
        uint __double) : FieldsLowercase;
}

/// <summary>serde <c>rename_all</c> rule UpperCase over the corpus's hard field names.</summary>
[WireUnion(Representation = WireRepresentation.Untagged, FieldNaming = WireNaming.UpperCase)]
public abstract partial record FieldsUppercase
{
    /// <summary>The struct's fields. <c>already_Mixed</c> is named explicitly: no C# name gives it through snake_case.</summary>
    public sealed partial record Value(
        uint IoError,
        uint Http2Error,
        uint Abc,
        uint A1b,
        uint _x,
        uint ünïcode,
        uint Y,
        uint aB_c,
        uint Type,
        [WireName("ALREADY_MIXED")] uint AlreadyMixed,
        uint naïve_été,
        uint trailing_,
        uint x9_9x,
        uint __double) : FieldsUppercase;
}

/// <summary>serde <c>rename_all</c> rule PascalCase over the corpus's hard field names.</summary>
[WireUnion(Representation = WireRepresentation.Untagged, FieldNaming = WireNaming.PascalCase)]
public abstract partial record FieldsPascalCase
{
    /// <summary>The struct's fields. <c>already_Mixed</c> is named explicitly: no C# name gives it through snake_case.</summary>
    public sealed partial record Value(
        uint IoError,
        uint Http2Error,
        uint Abc,
        uint A1b,
        uint _x,
        uint ünïcode,
        uint Y,
        uint aB_c,
        uint Type,
        [WireName("AlreadyMixed")] uint AlreadyMixed,
        uint naïve_été,
        uint trailing_,
        uint x9_9x,
        uint __double) : FieldsPascalCase;
}

/// <summary>serde <c>rename_all</c> rule CamelCase over the corpus's hard field names.</summary>
[WireUnion(Representation = WireRepresentation.Untagged, FieldNaming = WireNaming.CamelCase)]
public abstract partial record FieldsCamelCase
{
    /// <summary>The struct's fields. <c>already_Mixed</c> is named explicitly: no C# name gives it through snake_case.</summary>
    public sealed partial record Value(
        uint IoError,
        uint Http2Error,
        uint Abc,
        uint A1b,
        uint _x,
        uint Y,
        uint aB_c,
        uint Type,
        [WireName("alreadyMixed")] uint AlreadyMixed,
        uint naïve_été,
        uint trailing_,
        uint x9_9x) : FieldsCamelCase;
}

/// <summary>serde <c>rename_all</c> rule SnakeCase over the corpus's hard field names.</summary>
[WireUnion(Representation = WireRepresentation.Untagged, FieldNaming = WireNaming.SnakeCase)]
public abstract partial record FieldsSnakeCase
{
    /// <summary>The struct's fields. <c>already_Mixed</c> is named explicitly: no C# name gives it through snake_case.</summary>
    public sealed partial record Value(
        uint IoError,
        uint Http2Error,
        uint Abc,
        uint A1b,
        uint _x,
        uint ünïcode,
        uint Y,
        uint aB_c,
        uint Type,
        [WireName("already_Mixed")] uint AlreadyMixed,
        uint naïve_été,
        uint trailing_,
        uint x9_9x,
        uint __double) : FieldsSnakeCase;
}

/// <summary>serde <c>rename_all</c> rule ScreamingSnakeCase over the corpus's hard field names.</summary>
[WireUnion(Representation = WireRepresentation.Untagged, FieldNaming = WireNaming.ScreamingSnakeCase)]
public abstract partial record FieldsScreamingSnakeCase
{
    /// <summary>The struct's fields. <c>already_Mixed</c> is named explicitly: no C# name gives it through snake_case.</summary>
    public sealed partial record Value(
        uint IoError,
        uint Http2Error,
        uint Abc,
        uint A1b,
        uint _x,
        uint ünïcode,
        uint Y,
        uint aB_c,
        uint Type,
        [WireName("ALREADY_MIXED")] uint AlreadyMixed,
        uint naïve_été,
        uint trailing_,
        uint x9_9x,
        uint __double) : FieldsScreamingSnakeCase;
}

/// <summary>serde <c>rename_all</c> rule KebabCase over the corpus's hard field names.</summary>
[WireUnion(Representation = WireRepresentation.Untagged, FieldNaming = WireNaming.KebabCase)]
public abstract partial record FieldsKebabCase
{
    /// <summary>The struct's fields. <c>already_Mixed</c> is named explicitly: no C# name gives it through snake_case.</summary>
    public sealed partial record Value(
        uint IoError,
        uint Http2Error,
        uint Abc,
        uint A1b,
        uint _x,
        uint ünïcode,
        uint Y,
        uint aB_c,
        uint Type,
        [WireName("already-Mixed")] uint AlreadyMixed,
        uint naïve_été,
        uint trailing_,
        uint x9_9x,
        uint __double) : FieldsKebabCase;
}

/// <summary>serde <c>rename_all</c> rule ScreamingKebabCase over the corpus's hard field names.</summary>
[WireUnion(Representation = WireRepresentation.Untagged, FieldNaming = WireNaming.ScreamingKebabCase)]
public abstract partial record FieldsScreamingKebabCase
{
    /// <summary>The struct's fields. <c>already_Mixed</c> is named explicitly: no C# name gives it through snake_case.</summary>
    public sealed partial record Value(
        uint IoError,
        uint Http2Error,
        uint Abc,
        uint A1b,
        uint _x,
        uint ünïcode,
        uint Y,
        uint aB_c,
        uint Type,
        [WireName("ALREADY-MIXED")] uint AlreadyMixed,
        uint naïve_été,
        uint trailing_,
        uint x9_9x,
        uint __double) : FieldsScreamingKebabCase;
}
