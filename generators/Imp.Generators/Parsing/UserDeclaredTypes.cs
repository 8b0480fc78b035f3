using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Imp.Generators.Parsing;

/// <summary>
/// Declarations, in the user's code, of a type the generator writes as a top-level partial class beside a wire type
/// (<c>{Enum}Extensions</c>, <c>{Enum}JsonConverter</c>, <c>{Enum}Transitions</c>, <c>{Enum}Machine</c>). A matching
/// partial class merges with the generated one; anything else would make the compiler reject both (CS0260, CS0262,
/// CS0261), so the generator leaves that type out and IMP0053 says what to change.
/// </summary>
internal static class UserDeclaredTypes
{
    /// <summary>The first declaration named <paramref name="name"/>, beside <paramref name="owner"/>, that the generated class cannot merge with; null when there is none.</summary>
    public static SyntaxReference? Blocking(INamedTypeSymbol owner, string name, bool isPublic)
    {
        if (owner.ContainingNamespace is not { } ns)
        {
            return null;
        }

        string access = isPublic ? "public" : "internal";
        foreach (INamedTypeSymbol candidate in ns.GetTypeMembers(name, 0))
        {
            foreach (SyntaxReference reference in candidate.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not ClassDeclarationSyntax declaration
                    || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
                    || AccessibilityOf(declaration) is { } written && written != access)
                {
                    return reference;
                }
            }
        }

        return null;
    }

    /// <summary>Whether every type generated for a wire enum can be written.</summary>
    public static bool WireEnumNamesFree(INamedTypeSymbol type, bool isPublic) =>
        Blocking(type, type.Name + "Extensions", isPublic) is null && Blocking(type, type.Name + "JsonConverter", isPublic) is null;

    /// <summary>Whether every type generated for a phase machine (besides the wire enum's) can be written.</summary>
    public static bool PhaseMachineNamesFree(INamedTypeSymbol type, bool isPublic) =>
        Blocking(type, type.Name + "Transitions", isPublic) is null && Blocking(type, type.Name + "Machine", isPublic) is null;

    /// <summary>The accessibility words of a declaration (<c>public</c>, <c>internal</c>, <c>private protected</c>…), or null when it has none.</summary>
    public static string? AccessibilityOf(MemberDeclarationSyntax declaration)
    {
        string[] words = declaration.Modifiers
            .Where(m => m.Kind() is SyntaxKind.PublicKeyword or SyntaxKind.InternalKeyword or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword or SyntaxKind.FileKeyword)
            .Select(m => m.Text)
            .ToArray();
        return words.Length == 0 ? null : string.Join(" ", words);
    }
}
