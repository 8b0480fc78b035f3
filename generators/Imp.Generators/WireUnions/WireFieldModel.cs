namespace Imp.Generators.WireUnions;

/// <summary>One field of a variant: a parameter of its primary constructor.</summary>
/// <param name="Property">The property, as written in C#.</param>
/// <param name="Local">A local variable name for it in the reader.</param>
/// <param name="WireName">Its JSON name.</param>
/// <param name="Type">Its fully qualified type, nullable annotation included.</param>
/// <param name="ValueType">For <see cref="WireFieldKind.Converter"/> and a nullable value type, the type without <c>?</c>; otherwise <paramref name="Type"/>.</param>
/// <param name="Kind">How it is read and written.</param>
/// <param name="IsNullable">True when JSON <c>null</c> (or a missing field) is allowed.</param>
/// <param name="IsValueTypeNullable">True for <c>T?</c> over a value type.</param>
/// <param name="Converter">For <see cref="WireFieldKind.Converter"/>, the converter type to call.</param>
/// <param name="IsReference">True for a reference type, which the serializer may read as null.</param>
/// <param name="Default">The expression a missing field reads as (<c>[WireDefault]</c>), or null when missing is an error (or null for a nullable field).</param>
/// <param name="SkipIfNull">True when a null value is not written.</param>
/// <param name="SkipIfEmpty">True when an empty collection is not written.</param>
/// <param name="CheckItems">True for a sequence whose items cannot be null: each item is checked after reading.</param>
internal readonly record struct WireFieldModel(
    string Property,
    string Local,
    string WireName,
    string Type,
    string ValueType,
    WireFieldKind Kind,
    bool IsNullable,
    bool IsValueTypeNullable,
    string? Converter,
    bool IsReference,
    string? Default,
    bool SkipIfNull,
    bool SkipIfEmpty,
    bool CheckItems);
