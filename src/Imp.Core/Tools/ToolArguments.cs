using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;

namespace Imp;

/// <summary>Converts between the runner's JSON arguments and Microsoft.Extensions.AI's, and a function's result into text.</summary>
internal static class ToolArguments
{
    /// <summary>The arguments object's properties as function arguments, each value a <see cref="JsonElement"/> (as providers hand them over).</summary>
    public static AIFunctionArguments FromJsonObject(JsonElement arguments)
    {
        var values = new AIFunctionArguments();
        foreach (JsonProperty property in arguments.EnumerateObject())
        {
            values[property.Name] = property.Value.Clone();
        }

        return values;
    }

    /// <summary>Function arguments as one JSON object.</summary>
    public static JsonElement ToJsonObject(AIFunctionArguments arguments)
    {
        var typeInfo = (JsonTypeInfo<IDictionary<string, object?>>)AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(IDictionary<string, object?>));
        return JsonSerializer.SerializeToElement(arguments, typeInfo);
    }

    /// <summary>The text the model reads for a function's result: a string as it is, JSON for anything else.</summary>
    public static string ResultText(object? result, JsonSerializerOptions? options) => result switch
    {
        null => string.Empty,
        string text => text,
        JsonElement { ValueKind: JsonValueKind.String } element => element.GetString()!,
        JsonElement element => element.GetRawText(),
        _ => JsonSerializer.Serialize(result, (options ?? AIJsonUtilities.DefaultOptions).GetTypeInfo(result.GetType())),
    };
}
