using System.Linq;
using System.Threading;
using Imp.Generators.Model;
using Imp.Generators.Parsing;
using Imp.Generators.WireUnions;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.Fallback;

/// <summary>
/// Decides whether a [WireUnion] needs a stand-in part: when the real emitter skips it because of an error, and a
/// partial part can still be added (the union and its containers are partial and not generic).
/// </summary>
internal static class UnionFallbackParser
{
    public static UnionFallbackModel? Parse(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        WireUnionShape shape = WireUnionShape.Read(type, cancellationToken);
        if (shape.CanGenerate || !shape.IsPartial || shape.IsGeneric || type.Name.Length == 0 || !SymbolFacts.IsWellDeclared(type) || type.TypeKind != TypeKind.Class)
        {
            return null;
        }

        bool signaturesFit = shape.Variants.All(v => v.IsAsVisibleAs(type) && v.Type.Name.Length > 0);
        string[] variants = signaturesFit
            ? shape.Variants.Select(v => SymbolFacts.EscapedIdentifier(v.Type.Name)).ToArray()
            : [];
        return new UnionFallbackModel(
            HintName: SymbolFacts.HintName(type, "Fallback"),
            Namespace: SymbolFacts.NamespaceName(type),
            Containers: HierarchyInfo.ContainingDeclarations(type),
            Declaration: HierarchyInfo.Declaration(type),
            Name: type.Name,
            Type: SymbolFacts.FullyQualifiedName(type),
            Variants: new EquatableArray<string>(variants));
    }
}
