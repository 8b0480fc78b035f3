namespace Imp;

/// <summary>
/// How a verification gate is checked: imp-core's <c>VerificationGateKind</c>, tagged by <c>kind</c>, kebab-case:
/// <c>{"kind":"command"}</c>, <c>{"kind":"custom","name":"lint"}</c>.
/// </summary>
[WireUnion(Tag = "kind", Naming = WireNaming.KebabCase)]
public abstract partial record VerificationGateKind
{
    /// <summary>Runs a command; its exit code decides.</summary>
    public sealed partial record Command : VerificationGateKind;

    /// <summary>Checks the diff.</summary>
    public sealed partial record Diff : VerificationGateKind;

    /// <summary>Checks a policy.</summary>
    public sealed partial record Policy : VerificationGateKind;

    /// <summary>A person checks (the kind of a default gate).</summary>
    public sealed partial record Manual : VerificationGateKind;

    /// <summary>A kind of the host's own.</summary>
    /// <param name="Name">The kind's name.</param>
    public sealed partial record Custom(string Name) : VerificationGateKind;
}
