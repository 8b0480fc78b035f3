using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Imp.Generators.Incremental;

/// <summary>
/// The syntax providers' predicates: every declaration of a kind that carries at least one attribute list, whatever
/// the attribute is called, since an alias can give it any name. <see cref="TransformCache{TModel}"/> then decides
/// which of them carry the attribute.
/// </summary>
internal static class AttributedDeclarations
{
    // Stryker: survives (`> 0` made `>= 0`) — equivalent: a declaration without attributes then reaches the transform,
    // which returns null for it; only work differs.
    public static bool IsEnum(SyntaxNode node, CancellationToken cancellationToken) =>
        node is EnumDeclarationSyntax { AttributeLists.Count: > 0 };

    // Stryker: survives (the record's `> 0` made `>= 0`, the class's made `>= 0` or `< 0`) — equivalent: as above for a
    // record, and a class never yields a model (a union must be a record class); only work differs.
    public static bool IsRecordOrClass(SyntaxNode node, CancellationToken cancellationToken) =>
        node is RecordDeclarationSyntax { AttributeLists.Count: > 0 } or ClassDeclarationSyntax { AttributeLists.Count: > 0 };
}
