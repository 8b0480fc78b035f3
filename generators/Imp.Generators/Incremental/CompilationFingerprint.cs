using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.Incremental;

/// <summary>
/// What a compilation declares, as far as a model that binds only declarations can tell: the
/// <see cref="DeclarationSkeleton"/> of every file in order, the metadata references and the compilation options.
/// Two compilations with equal fingerprints differ at most inside type bodies, and there in anything but nested
/// types.
/// </summary>
internal sealed class CompilationFingerprint : IEquatable<CompilationFingerprint>
{
    private static readonly ConditionalWeakTable<Compilation, CompilationFingerprint> Fingerprints = new();

    // The last fingerprint made. Successive compilations of one project are usually equal, and handing out the same
    // object lets every cached model compare by reference instead of file by file. Held weakly: it must not keep a
    // closed project's references alive.
    private static readonly WeakReference<CompilationFingerprint?> Latest = new(null);

    private readonly ImmutableArray<string> _skeletons;
    private readonly ImmutableArray<MetadataReference> _references;
    private readonly CompilationOptions _options;
    private readonly string? _assemblyName;

    private CompilationFingerprint(Compilation compilation, CancellationToken cancellationToken)
    {
        _skeletons = compilation.SyntaxTrees.Select(tree => DeclarationSkeleton.Of(tree, cancellationToken)).ToImmutableArray();
        _references = compilation.References.ToImmutableArray();
        _options = compilation.Options;
        _assemblyName = compilation.AssemblyName;
        DeclaresGlobalAlias = compilation.SyntaxTrees.Any(tree => AttributeNames.DeclaresGlobalAlias(tree.GetRoot(cancellationToken)));
    }

    /// <summary>Whether a file declares a <c>global using</c> alias; it follows from the skeletons, which hold the usings.</summary>
    public bool DeclaresGlobalAlias { get; }

    /// <summary>The fingerprint of <paramref name="compilation"/>, made once per compilation.</summary>
    public static CompilationFingerprint Of(Compilation compilation, CancellationToken cancellationToken)
    {
        // Stryker disable once Block : equivalent — without this early return the fingerprint is made again, but GetValue below still hands out the first one.
        if (Fingerprints.TryGetValue(compilation, out CompilationFingerprint? known))
        {
            return known;
        }

        var made = new CompilationFingerprint(compilation, cancellationToken);
        CompilationFingerprint canonical = Latest.TryGetTarget(out CompilationFingerprint? latest) && made.Equals(latest) ? latest! : made;
        // Stryker disable once Statement : equivalent — sharing the object only lets equal fingerprints compare by reference; Equals compares them by value anyway.
        Latest.SetTarget(canonical);
        return Fingerprints.GetValue(compilation, _ => canonical);
    }

    /// <inheritdoc />
    public bool Equals(CompilationFingerprint? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        // References compare by identity: a reference object stands for one version of one assembly.
        return other is not null
            && _assemblyName == other._assemblyName
            && _options.Equals(other._options)
            && _references.SequenceEqual(other._references, ReferenceIdentity.Instance)
            && _skeletons.SequenceEqual(other._skeletons, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CompilationFingerprint);

    /// <inheritdoc />
    public override int GetHashCode() => _skeletons.Length;

    private sealed class ReferenceIdentity : System.Collections.Generic.IEqualityComparer<MetadataReference>
    {
        public static readonly ReferenceIdentity Instance = new();

        public bool Equals(MetadataReference? x, MetadataReference? y) => ReferenceEquals(x, y);

        public int GetHashCode(MetadataReference obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
