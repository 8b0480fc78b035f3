using System;
using System.Text.Json.Serialization;

namespace Imp.Json;

/// <summary>
/// Marks a property that imp-core declares as a non-optional value: JSON <c>null</c> for it, or for one of its
/// items, is refused with a <see cref="System.Text.Json.JsonException"/> naming the type and the field, as serde refuses it.
/// </summary>
/// <typeparam name="T">The property's type.</typeparam>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class JsonNotNullAttribute<T> : JsonConverterAttribute
    where T : class
{
    private readonly string _owner;
    private readonly string _field;

    /// <summary>Names the field in error messages as <c>{owner}.{field}</c>.</summary>
    /// <param name="owner">The declaring type's name.</param>
    /// <param name="field">The field's wire name.</param>
    public JsonNotNullAttribute(string owner, string field)
    {
        _owner = owner;
        _field = field;
    }

    /// <inheritdoc/>
    public override JsonConverter CreateConverter(Type typeToConvert) => new NotNullJsonConverter<T>(_owner, _field);
}
