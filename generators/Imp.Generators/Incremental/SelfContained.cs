using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Imp.Generators.Incremental;

/// <summary>
/// Whether a declaration's constant expressions (attribute arguments, enum member values, parameter defaults,
/// const initializers) bind to nothing but literals, types and the declaring enum's own members. Those are all a
/// <see cref="DeclarationSkeleton"/> can vouch for: it leaves constants and enum members elsewhere out, and a name
/// such as <c>X</c> goes through member lookup, where a method added in another file can hide the constant it
/// found before.
/// </summary>
internal static class SelfContained
{
    /// <summary>True when every constant expression in <paramref name="declaration"/> is one this class allows.</summary>
    public static bool Check(SyntaxNode declaration)
    {
        // An enum's own members come first in lookup from inside it, so naming one depends on its own text alone.
        HashSet<string> ownMembers = declaration is EnumDeclarationSyntax enumDeclaration
            ? new HashSet<string>(enumDeclaration.Members.Select(m => m.Identifier.ValueText), System.StringComparer.Ordinal)
            : new HashSet<string>(System.StringComparer.Ordinal);

        // Bodies run at run time: nothing in them is part of a declaration.
        foreach (SyntaxNode node in declaration.DescendantNodes(static n => n is not (BlockSyntax or ArrowExpressionClauseSyntax)))
        {
            // A trigger enum's members are read, and the skeleton holds no members of other types.
            if (node is AttributeArgumentSyntax { NameEquals.Name.Identifier.ValueText: "Triggers" })
            {
                return false;
            }

            ExpressionSyntax? expression = node switch
            {
                AttributeArgumentSyntax argument => argument.Expression,
                EqualsValueClauseSyntax { Parent: EnumMemberDeclarationSyntax or ParameterSyntax } value => value.Value,
                EqualsValueClauseSyntax { Parent.Parent.Parent: FieldDeclarationSyntax field } value when field.Modifiers.Any(SyntaxKind.ConstKeyword) => value.Value,
                _ => null,
            };
            if (expression is not null && !IsAllowed(expression, ownMembers))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllowed(ExpressionSyntax expression, HashSet<string> ownMembers) => expression switch
    {
        LiteralExpressionSyntax => true,
        IdentifierNameSyntax name => ownMembers.Contains(name.Identifier.ValueText),
        ParenthesizedExpressionSyntax parenthesized => IsAllowed(parenthesized.Expression, ownMembers),
        PrefixUnaryExpressionSyntax unary => IsAllowed(unary.Operand, ownMembers),
        BinaryExpressionSyntax binary => IsAllowed(binary.Left, ownMembers) && IsAllowed(binary.Right, ownMembers),
        CastExpressionSyntax cast => IsAllowed(cast.Expression, ownMembers),
        TypeOfExpressionSyntax => true,
        _ => false,
    };
}
