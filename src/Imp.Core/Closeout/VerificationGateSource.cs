namespace Imp;

/// <summary>
/// Where a verification gate came from: imp-core's <c>VerificationGateSource</c>, tagged by <c>source</c>, kebab-case:
/// <c>{"source":"workflow-contract"}</c>, <c>{"source":"mana-task","unit_id":"394.7.2"}</c>.
/// </summary>
[WireUnion(Tag = "source", Naming = WireNaming.KebabCase)]
public abstract partial record VerificationGateSource
{
    /// <summary>The workflow contract asked for it (the source of a default gate).</summary>
    public sealed partial record WorkflowContract : VerificationGateSource;

    /// <summary>A mana task asked for it.</summary>
    /// <param name="UnitId">The task's unit, when known.</param>
    public sealed partial record ManaTask(string? UnitId) : VerificationGateSource;

    /// <summary>The user asked for it.</summary>
    public sealed partial record User : VerificationGateSource;

    /// <summary>Inferred from the work.</summary>
    public sealed partial record Inferred : VerificationGateSource;

    /// <summary>A policy asked for it.</summary>
    public sealed partial record Policy : VerificationGateSource;

    /// <summary>An extension asked for it.</summary>
    /// <param name="Id">The extension's id.</param>
    public sealed partial record Extension(string Id) : VerificationGateSource;
}
