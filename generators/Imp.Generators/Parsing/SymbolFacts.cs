using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Imp.Generators.Parsing;

/// <summary>Facts about symbols shared by the parsers and the analyzers.</summary>
internal static class SymbolFacts
{
    private static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers
            | SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    private static readonly SymbolDisplayFormat NamespaceOnly = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    /// <summary><c>global::Ns.Outer.Inner</c>, with keywords escaped.</summary>
    public static string FullyQualifiedName(ITypeSymbol type) => type.ToDisplayString(FullyQualified);

    /// <summary>The containing namespace as written in a <c>namespace</c> declaration, or empty for the global namespace.</summary>
    public static string NamespaceName(ISymbol symbol) =>
        symbol.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString(NamespaceOnly) : string.Empty;

    /// <summary>An identifier as it must be written in C#: <c>@class</c> for a keyword.</summary>
    public static string EscapedIdentifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>Whether the attribute is the one with the given metadata name (namespace-qualified).</summary>
    public static bool Is(AttributeData attribute, string metadataName) =>
        attribute.AttributeClass is { } type && type.TypeKind != TypeKind.Error && MetadataName(type) == metadataName;

    /// <summary>Whether the symbol carries the attribute with the given metadata name.</summary>
    public static bool Has(ISymbol symbol, string metadataName) => Find(symbol, metadataName) is not null;

    /// <summary>The symbol's attribute with the given metadata name, if it has one.</summary>
    public static AttributeData? Find(ISymbol symbol, string metadataName)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (Is(attribute, metadataName))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary><c>Ns.Outer+Inner</c>-free form: <c>Ns.Outer.Inner</c> with generic arity suffixes.</summary>
    public static string MetadataName(INamedTypeSymbol type)
    {
        string name = type.MetadataName;
        for (ISymbol? container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            name = container.MetadataName + "." + name;
        }

        string ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : string.Empty;
        return ns + name;
    }

    /// <summary>Where a top-level generated class can name <paramref name="type"/> from.</summary>
    public static TypeReach Reach(INamedTypeSymbol type)
    {
        TypeReach reach = TypeReach.Public;
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            // An enum has no type parameters of its own, so this only meets generic containers.
            if (current.Arity > 0)
            {
                return TypeReach.InGenericType;
            }

            // A file-local type is visible in its own file only, and generated code lives in another.
            if (current.IsFileLocal)
            {
                return TypeReach.Unreachable;
            }

            switch (current.DeclaredAccessibility)
            {
                case Accessibility.Public:
                    break;
                case Accessibility.Internal:
                case Accessibility.ProtectedOrInternal:
                    reach = TypeReach.Internal;
                    break;
                default:
                    return TypeReach.Unreachable;
            }
        }

        return reach;
    }

    /// <summary>
    /// False while the declaration is half-typed: a type, containing type or namespace without a name yet, or a
    /// second declaration of the same type (the compiler reports CS0101; generating twice would clash).
    /// </summary>
    public static bool IsWellDeclared(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            // Stryker: survives (`> 1` made `< 1`) — equivalent: Roslyn never merges enum declarations (not even an erroneous
            // `partial enum`), so a source enum has exactly one reference; a second declaration is a second symbol, caught below.
            if (current.Name.Length == 0 || (current.TypeKind == TypeKind.Enum && current.DeclaringSyntaxReferences.Length > 1))
            {
                return false;
            }

            INamespaceOrTypeSymbol container = (INamespaceOrTypeSymbol?)current.ContainingType ?? current.ContainingNamespace;
            if (container is not null && container.GetTypeMembers(current.Name, current.Arity).Length > 1)
            {
                return false;
            }
        }

        for (INamespaceSymbol? ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (ns.Name.Length == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The constant value of an enum member as invariant text, or null while the code does not compile.</summary>
    public static string? ConstantText(IFieldSymbol field, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return field.HasConstantValue && field.ConstantValue is { } value
            ? System.Convert.ToString(value, CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>
    /// The type's full name as a generated file name, <c>{Namespace}.{Type}.{feature}.g.cs</c>. Identifier characters that are not letters, digits or underscores
    /// (combining marks, connectors, format characters) are replaced, and a hash of the exact name is then added
    /// so two such names cannot meet in one hint name.
    /// </summary>
    public static string HintName(INamedTypeSymbol type, string feature)
    {
        string name = SymbolFacts.MetadataName(type);
        var builder = new StringBuilder(name.Length + 24);
        bool replaced = false;
        foreach (char c in name)
        {
            bool kept = char.IsLetterOrDigit(c) || c == '.' || c == '_';
            replaced |= !kept;
            builder.Append(kept ? c : '_');
        }

        // Hint names are compared ignoring case, so a twin that differs only in case needs the hash too.
        if (replaced || HasCaseTwin(type))
        {
            builder.Append('_').Append(StableHash(name).ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.Append('.').Append(feature).Append(".g.cs").ToString();
    }

    /// <summary>Whether the type, a container or a namespace has a sibling whose name differs from its own only in case.</summary>
    private static bool HasCaseTwin(INamedTypeSymbol type)
    {
        for (ISymbol current = type; current is not INamespaceSymbol { IsGlobalNamespace: true }; current = current.ContainingSymbol)
        {
            ISymbol parent = current.ContainingSymbol;
            IEnumerable<ISymbol> siblings = parent switch
            {
                INamespaceSymbol ns => ns.GetMembers(),
                INamedTypeSymbol container => container.GetTypeMembers(),
                _ => Array.Empty<ISymbol>(),
            };
            if (siblings.Any(s => s.Name != current.Name && string.Equals(s.Name, current.Name, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            // Stryker disable once Block,Statement : equivalent — unreachable: the loop stops at the global namespace, and every type and other namespace has a containing symbol.
            if (parent is null)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// How generated code names an enum member: <c>global::Ns.E.Member</c>, or a cast of its value when the member
    /// is [Obsolete], so generated code neither warns (CS0618) nor fails (CS0619) on it.
    /// </summary>
    public static string MemberReference(IFieldSymbol member, string enumType) =>
        Has(member, "System.ObsoleteAttribute") && member.ConstantValue is { } value
            // Stryker: survives (quoteStrings made true) — equivalent: an enum member's value is an integer, and quoteStrings only changes strings and chars.
            ? $"(({enumType})({SymbolDisplay.FormatPrimitive(value, quoteStrings: false, useHexadecimalNumbers: false)}))"
            : $"{enumType}.{EscapedIdentifier(member.Name)}";

    // FNV-1a: string.GetHashCode is randomized per process, and hint names must be the same on every build.
    private static uint StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }
}
