namespace Imp;

/// <summary>
/// A serde <c>rename_all</c> rule: how the wire name of an enum member, a union variant or a field is derived from its
/// C# name. Each value computes exactly what serde_derive computes for the same rule.
/// </summary>
/// <remarks>
/// <para>
/// Enum members and union variants are converted the way serde converts Rust variants, from their C# name taken as
/// PascalCase (<c>ExecuteTools</c>). Fields are converted the way serde converts Rust fields, from the Rust field name:
/// the C# parameter name turned into snake_case by serde's own snake_case rule (<c>ExitCode</c> and
/// <c>exitCode</c> are both the Rust field <c>exit_code</c>), so <see cref="None"/> on fields means that snake_case name.
/// </para>
/// <para>
/// Only ASCII letters change case, as in serde; a non-ASCII capital still starts a new word for the snake and kebab rules.
/// </para>
/// </remarks>
public enum WireNaming
{
    /// <summary>serde's <c>snake_case</c>, the default: <c>IOError</c> → <c>i_o_error</c>, field <c>exit_code</c> stays.</summary>
    SnakeCase = 0,

    /// <summary>No rule (serde without <c>rename_all</c>): variants as written (<c>IOError</c>), fields in snake_case (<c>exit_code</c>).</summary>
    None,

    /// <summary>serde's <c>lowercase</c>: <c>IOError</c> → <c>ioerror</c>; fields keep their snake_case name.</summary>
    LowerCase,

    /// <summary>serde's <c>UPPERCASE</c>: <c>IOError</c> → <c>IOERROR</c>, <c>exit_code</c> → <c>EXIT_CODE</c>.</summary>
    UpperCase,

    /// <summary>serde's <c>PascalCase</c>: variants as written, <c>exit_code</c> → <c>ExitCode</c>.</summary>
    PascalCase,

    /// <summary>serde's <c>camelCase</c>: <c>IOError</c> → <c>iOError</c>, <c>exit_code</c> → <c>exitCode</c>.</summary>
    CamelCase,

    /// <summary>serde's <c>SCREAMING_SNAKE_CASE</c>: <c>IOError</c> → <c>I_O_ERROR</c>, <c>exit_code</c> → <c>EXIT_CODE</c>.</summary>
    ScreamingSnakeCase,

    /// <summary>serde's <c>kebab-case</c>: <c>AllowsDone</c> → <c>allows-done</c>, <c>exit_code</c> → <c>exit-code</c>.</summary>
    KebabCase,

    /// <summary>serde's <c>SCREAMING-KEBAB-CASE</c>: <c>AllowsDone</c> → <c>ALLOWS-DONE</c>, <c>exit_code</c> → <c>EXIT-CODE</c>.</summary>
    ScreamingKebabCase,
}
