// The naming-rule test types of the golden corpus (tools/serde-golden/src/naming.rs): one enum per serde rule over
// the same hard identifiers, so each generated name is checked against serde_derive's. Their C# names are the Rust ones.
#pragma warning disable IMP0006 // serde's and System.Text.Json's snake_case differ on these names: that is the point.
#pragma warning disable CA1707 // Identifiers with underscores are among the hard cases.
#pragma warning disable SA1300, IDE1006 // Lower-case and non-ASCII member names are among the hard cases.

using System.Text.Json.Serialization;

namespace Imp.Core.Tests.Wire.Golden;

/// <summary>serde <c>rename_all</c> rule None over the corpus's hard variant names.</summary>
[WireEnum(Naming = WireNaming.None)]
[JsonConverter(typeof(VariantsNoneJsonConverter))]
public enum VariantsNone
{
    IOError,
    HTTP2Error,
    ABC,
    A1B,
    _x,
    Ünïcode,
    Outcome,
    VeryTasty,
    A,
    X_Y,
    Trailing_,
    already_snake,
    HTTPServer,
    B2B,
    RomanⅫ,
    ǅungla,
    NaïveÉclair,
    ΩMega,
}

/// <summary>serde <c>rename_all</c> rule LowerCase over the corpus's hard variant names.</summary>
[WireEnum(Naming = WireNaming.LowerCase)]
[JsonConverter(typeof(VariantsLowercaseJsonConverter))]
public enum VariantsLowercase
{
    IOError,
    HTTP2Error,
    ABC,
    A1B,
    _x,
    Ünïcode,
    Outcome,
    VeryTasty,
    A,
    X_Y,
    Trailing_,
    already_snake,
    HTTPServer,
    B2B,
    RomanⅫ,
    ǅungla,
    NaïveÉclair,
    ΩMega,
}

/// <summary>serde <c>rename_all</c> rule UpperCase over the corpus's hard variant names.</summary>
[WireEnum(Naming = WireNaming.UpperCase)]
[JsonConverter(typeof(VariantsUppercaseJsonConverter))]
public enum VariantsUppercase
{
    IOError,
    HTTP2Error,
    ABC,
    A1B,
    _x,
    Ünïcode,
    Outcome,
    VeryTasty,
    A,
    X_Y,
    Trailing_,
    already_snake,
    HTTPServer,
    B2B,
    RomanⅫ,
    ǅungla,
    NaïveÉclair,
    ΩMega,
}

/// <summary>serde <c>rename_all</c> rule PascalCase over the corpus's hard variant names.</summary>
[WireEnum(Naming = WireNaming.PascalCase)]
[JsonConverter(typeof(VariantsPascalCaseJsonConverter))]
public enum VariantsPascalCase
{
    IOError,
    HTTP2Error,
    ABC,
    A1B,
    _x,
    Ünïcode,
    Outcome,
    VeryTasty,
    A,
    X_Y,
    Trailing_,
    already_snake,
    HTTPServer,
    B2B,
    RomanⅫ,
    ǅungla,
    NaïveÉclair,
    ΩMega,
}

/// <summary>serde <c>rename_all</c> rule CamelCase over the corpus's hard variant names.</summary>
[WireEnum(Naming = WireNaming.CamelCase)]
[JsonConverter(typeof(VariantsCamelCaseJsonConverter))]
public enum VariantsCamelCase
{
    IOError,
    HTTP2Error,
    ABC,
    A1B,
    _x,
    Outcome,
    VeryTasty,
    A,
    X_Y,
    Trailing_,
    already_snake,
    HTTPServer,
    B2B,
    RomanⅫ,
    NaïveÉclair,
}

/// <summary>serde <c>rename_all</c> rule SnakeCase over the corpus's hard variant names.</summary>
[WireEnum(Naming = WireNaming.SnakeCase)]
[JsonConverter(typeof(VariantsSnakeCaseJsonConverter))]
public enum VariantsSnakeCase
{
    IOError,
    HTTP2Error,
    ABC,
    A1B,
    _x,
    Ünïcode,
    Outcome,
    VeryTasty,
    A,
    X_Y,
    Trailing_,
    already_snake,
    HTTPServer,
    B2B,
    RomanⅫ,
    ǅungla,
    NaïveÉclair,
    ΩMega,
}

/// <summary>serde <c>rename_all</c> rule ScreamingSnakeCase over the corpus's hard variant names.</summary>
[WireEnum(Naming = WireNaming.ScreamingSnakeCase)]
[JsonConverter(typeof(VariantsScreamingSnakeCaseJsonConverter))]
public enum VariantsScreamingSnakeCase
{
    IOError,
    HTTP2Error,
    ABC,
    A1B,
    _x,
    Ünïcode,
    Outcome,
    VeryTasty,
    A,
    X_Y,
    Trailing_,
    already_snake,
    HTTPServer,
    B2B,
    RomanⅫ,
    ǅungla,
    NaïveÉclair,
    ΩMega,
}

/// <summary>serde <c>rename_all</c> rule KebabCase over the corpus's hard variant names.</summary>
[WireEnum(Naming = WireNaming.KebabCase)]
[JsonConverter(typeof(VariantsKebabCaseJsonConverter))]
public enum VariantsKebabCase
{
    IOError,
    HTTP2Error,
    ABC,
    A1B,
    _x,
    Ünïcode,
    Outcome,
    VeryTasty,
    A,
    X_Y,
    Trailing_,
    already_snake,
    HTTPServer,
    B2B,
    RomanⅫ,
    ǅungla,
    NaïveÉclair,
    ΩMega,
}

/// <summary>serde <c>rename_all</c> rule ScreamingKebabCase over the corpus's hard variant names.</summary>
[WireEnum(Naming = WireNaming.ScreamingKebabCase)]
[JsonConverter(typeof(VariantsScreamingKebabCaseJsonConverter))]
public enum VariantsScreamingKebabCase
{
    IOError,
    HTTP2Error,
    ABC,
    A1B,
    _x,
    Ünïcode,
    Outcome,
    VeryTasty,
    A,
    X_Y,
    Trailing_,
    already_snake,
    HTTPServer,
    B2B,
    RomanⅫ,
    ǅungla,
    NaïveÉclair,
    ΩMega,
}
