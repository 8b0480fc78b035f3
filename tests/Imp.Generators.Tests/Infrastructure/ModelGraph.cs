using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.Tests.Infrastructure;

/// <summary>
/// Walks an object graph looking for Roslyn objects a cached model must never hold: a symbol, node, location or
/// compilation pins the whole compilation in memory and breaks caching across edits.
/// </summary>
internal static class ModelGraph
{
    private static readonly Type[] Forbidden = [typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(Compilation), typeof(SemanticModel)];

    /// <summary>The path to the first forbidden object reached from <paramref name="root"/>, or null.</summary>
    public static string? FindForbidden(object? root, string path = "model")
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        return Visit(root, path, visited);
    }

    private static string? Visit(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return null;
        }

        Type type = value.GetType();
        foreach (Type forbidden in Forbidden)
        {
            if (forbidden.IsAssignableFrom(type))
            {
                return $"{path} is a {type.Name}";
            }
        }

        if (!type.IsValueType && !visited.Add(value))
        {
            return null;
        }

        if (value is IEnumerable items)
        {
            int index = 0;
            foreach (object? item in items)
            {
                if (Visit(item, $"{path}[{index++}]", visited) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        for (Type? current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (FieldInfo field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (Visit(field.GetValue(value), $"{path}.{field.Name}", visited) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
