using Microsoft.CodeAnalysis;

namespace Imp.Generators.Parsing;

/// <summary>Reads an attribute's named arguments (<c>[WireUnion(Tag = "kind")]</c>), with a fallback when absent or not constant.</summary>
internal static class NamedArguments
{
    public static bool IsSet(AttributeData? attribute, string name)
    {
        if (attribute is null)
        {
            return false;
        }

        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return true;
            }
        }

        return false;
    }

    public static string? String(AttributeData? attribute, string name, string? fallback)
    {
        if (attribute is null)
        {
            return fallback;
        }

        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value.Kind == TypedConstantKind.Primitive ? argument.Value.Value as string : null;
            }
        }

        return fallback;
    }

    public static int Int(AttributeData? attribute, string name, int fallback)
    {
        if (attribute is null)
        {
            return fallback;
        }

        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Value is int value)
            {
                return value;
            }
        }

        return fallback;
    }
}
