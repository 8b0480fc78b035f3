using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Imp.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Imp.Generators.Incremental;

/// <summary>
/// Finds the declarations that carry one attribute and parses them into models, remembering each answer (a model,
/// or null for nothing to emit) and giving it back, without binding anything, to a later compilation that has the
/// very same declaration node and an equal <see cref="CompilationFingerprint"/>.
/// </summary>
/// <remarks>
/// <para>
/// Roslyn runs a syntax provider's transform again on each new compilation, for every node its predicate found.
/// <c>ForAttributeWithMetadataName</c> binds each target's attributes there, and a parser that reads members,
/// constants and attributes from symbols binds them afresh too: on a large project that made an edit to an
/// unrelated file cost over half of a first run. With this cache such an edit binds nothing at all.
/// </para>
/// <para>
/// Why a remembered answer is still right: the same node means the same file, so the declaration's own text, its
/// usings and its <c>#nullable</c> state are unchanged. Beyond that text the parsers read only what a
/// <see cref="DeclarationSkeleton"/> holds: the types and namespaces that names bind to (attributes, field types,
/// twins) and their headers — attributes, modifiers, kind, base types — plus the references and options the
/// fingerprint compares. Two kinds of declaration read more, and are parsed every time: those whose constant
/// expressions name anything but literals, types and their own members (see <see cref="SelfContained"/>), and
/// partial types with other parts, whose members the skeleton leaves out.
/// </para>
/// </remarks>
/// <typeparam name="TModel">The parser's model.</typeparam>
internal sealed class TransformCache<TModel>
    where TModel : class
{
    private readonly ConditionalWeakTable<SyntaxNode, Slot> _slots = new();
    private readonly string _attribute;
    private readonly string _shortName;
    private readonly string _longName;

    /// <param name="attribute">The attribute's metadata name, such as <c>Imp.WireEnumAttribute</c>.</param>
    public TransformCache(string attribute)
    {
        _attribute = attribute;
        _longName = attribute.Substring(attribute.LastIndexOf('.') + 1);
        _shortName = _longName.Substring(0, _longName.Length - "Attribute".Length);
    }

    /// <summary>
    /// The model of the type declared by <paramref name="context"/>'s node when that declaration carries the
    /// attribute (the first one, if a partial type carries it twice), or null: remembered, or what
    /// <paramref name="parse"/> makes now.
    /// </summary>
    public TModel? GetOrParse(
        GeneratorSyntaxContext context,
        Func<INamedTypeSymbol, CancellationToken, TModel?> parse,
        CancellationToken cancellationToken)
    {
        SyntaxNode node = context.Node;
        Slot slot = _slots.GetValue(node, declaration => new Slot(
            SelfContained.Check(declaration),
            NamesAttribute(declaration),
            AttributeNames.AliasInScope(declaration)));

        CompilationFingerprint fingerprint = CompilationFingerprint.Of(context.SemanticModel.Compilation, cancellationToken);
        Remembered? remembered = Volatile.Read(ref slot.Remembered);
        if (remembered is not null && remembered.Fingerprint.Equals(fingerprint))
        {
            return remembered.Model;
        }

        // Whether the node carries the attribute depends on its own attribute lists and on what their names bind to,
        // which the fingerprint covers; so a "no" is always remembered.
        if (!slot.NamesAttribute && !slot.AliasInScope && !fingerprint.DeclaresGlobalAlias)
        {
            // Without an alias anywhere, an attribute is written under its own name.
            return Remember(slot, fingerprint, null);
        }

        if (context.SemanticModel.GetDeclaredSymbol(node, cancellationToken) is not INamedTypeSymbol type || !CarriesFirst(type, node))
        {
            return Remember(slot, fingerprint, null);
        }

        TModel? model = parse(type, cancellationToken);
        return slot.IsSelfContained && type.DeclaringSyntaxReferences.Length == 1 ? Remember(slot, fingerprint, model) : model;
    }

    private static TModel? Remember(Slot slot, CompilationFingerprint fingerprint, TModel? model)
    {
        Volatile.Write(ref slot.Remembered, new Remembered(fingerprint, model));
        return model;
    }

    private bool NamesAttribute(SyntaxNode declaration) =>
        declaration is MemberDeclarationSyntax member
        && member.AttributeLists.SelectMany(list => list.Attributes).Any(attribute =>
            AttributeNames.Rightmost(attribute.Name) is { } name && (name == _shortName || name == _longName));

    // One declaration per type emits: with the attribute on two parts of a partial type, the first part does.
    private bool CarriesFirst(INamedTypeSymbol type, SyntaxNode node)
    {
        AttributeData? first = type.GetAttributes().FirstOrDefault(attribute => SymbolFacts.Is(attribute, _attribute));
        return first?.ApplicationSyntaxReference is { } application
            && application.SyntaxTree == node.SyntaxTree
            && node.Span.Contains(application.Span);
    }

    private sealed class Slot
    {
        public Slot(bool isSelfContained, bool namesAttribute, bool aliasInScope)
        {
            IsSelfContained = isSelfContained;
            NamesAttribute = namesAttribute;
            AliasInScope = aliasInScope;
        }

        // Read from the node's text once: the node never changes.
        public bool IsSelfContained { get; }

        public bool NamesAttribute { get; }

        public bool AliasInScope { get; }

        public Remembered? Remembered;
    }

    private sealed class Remembered
    {
        public Remembered(CompilationFingerprint fingerprint, TModel? model)
        {
            Fingerprint = fingerprint;
            Model = model;
        }

        public CompilationFingerprint Fingerprint { get; }

        public TModel? Model { get; }
    }
}
