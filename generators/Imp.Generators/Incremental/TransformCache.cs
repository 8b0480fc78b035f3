using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.Incremental;

/// <summary>
/// Remembers the model a transform made for an attributed declaration, and gives it back, without binding
/// anything, to a later compilation that has the very same declaration node and an equal
/// <see cref="CompilationFingerprint"/>.
/// </summary>
/// <remarks>
/// <para>
/// Roslyn runs every <c>ForAttributeWithMetadataName</c> transform again on each new compilation, and a transform
/// that reads members, constants and attributes from symbols binds them afresh each time: on a large project that
/// made an edit to an unrelated file cost over half of a first run. This cache is what makes that edit cheap.
/// </para>
/// <para>
/// Why a remembered model is still right: the same node means the same file, so the declaration's own text, its
/// usings and its <c>#nullable</c> state are unchanged. The models read, beyond that text, only what a
/// <see cref="DeclarationSkeleton"/> holds: the types and namespaces that names bind to (attributes, field types,
/// twins), their attributes, modifiers and base types, and constants — plus the references and options the
/// fingerprint compares. Two gaps remain, and a declaration with either is parsed every time: constant expressions
/// that could bind to something else (see <see cref="SelfContained"/>), and a partial type with parts in other
/// declarations, whose members the skeleton leaves out.
/// </para>
/// </remarks>
/// <typeparam name="TModel">The transform's model; null stands for "nothing to emit" and is remembered too.</typeparam>
internal sealed class TransformCache<TModel>
    where TModel : class
{
    private readonly ConditionalWeakTable<SyntaxNode, Slot> _slots = new();

    /// <summary>The remembered model for <paramref name="target"/>'s node, or the one <paramref name="parse"/> makes now.</summary>
    public TModel? GetOrParse(
        GeneratorAttributeSyntaxContext target,
        Func<GeneratorAttributeSyntaxContext, CancellationToken, TModel?> parse,
        CancellationToken cancellationToken)
    {
        Slot slot = _slots.GetValue(target.TargetNode, static node => new Slot(SelfContained.Check(node)));
        if (!slot.IsSelfContained)
        {
            return parse(target, cancellationToken);
        }

        CompilationFingerprint fingerprint = CompilationFingerprint.Of(target.SemanticModel.Compilation, cancellationToken);
        Remembered? remembered = Volatile.Read(ref slot.Remembered);
        if (remembered is not null && remembered.Fingerprint.Equals(fingerprint))
        {
            return remembered.Model;
        }

        TModel? model = parse(target, cancellationToken);
        if (target.TargetSymbol.DeclaringSyntaxReferences.Length == 1)
        {
            Volatile.Write(ref slot.Remembered, new Remembered(fingerprint, model));
        }

        return model;
    }

    private sealed class Slot
    {
        public Slot(bool isSelfContained) => IsSelfContained = isSelfContained;

        /// <summary>Read from the node's text once: the node never changes.</summary>
        public bool IsSelfContained { get; }

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
