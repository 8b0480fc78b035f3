using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using Imp.Json;

namespace Imp;

/// <summary>
/// A check that decides whether a run may report done, and where it stands: imp-core's <c>VerificationGate</c>. The
/// <c>Mark…</c> methods record the latest attempt in place; <see cref="Closeout"/> turns the gates' outcomes into the
/// run's final status.
/// </summary>
/// <remarks>
/// Serialized through <see cref="Json.ImpJson.Options"/> it is what imp-core writes, every field, <c>null</c> for what is
/// absent: <c>{"id":"unit","name":"unit","kind":{"kind":"command"},"requirement":"required","status":"pending",
/// "command":{"command":"cargo test","cwd":null,"timeout":null},"result":null,"artifacts":[],
/// "source":{"source":"workflow-contract"},"reason":null}</c>. As in imp-core (<c>#[serde(default)]</c> on the struct)
/// every field may be left out when read, <c>{}</c> included: a missing one takes the value of
/// <see cref="VerificationGate()"/>. Not thread-safe.
/// </remarks>
public sealed class VerificationGate
{
    private string _id = string.Empty;
    private string _name = string.Empty;
    private VerificationGateRequirement _requirement = VerificationGateRequirement.Required;
    private VerificationGateStatus _status = VerificationGateStatus.Pending;
    private VerificationGateKind _kind = new VerificationGateKind.Manual();
    private VerificationGateSource _source = new VerificationGateSource.WorkflowContract();

    /// <summary>
    /// imp-core's default gate: empty id and name, <see cref="VerificationGateKind.Manual"/>, required, pending, no
    /// command, result, artifacts or reason, from the workflow contract.
    /// </summary>
    public VerificationGate()
    {
    }

    // The [JsonInclude] setters below are internal, not private, so that ImpJsonContext's generated code can reach
    // them; only this type sets them. No property is init-only: System.Text.Json would set a missing one to null.
    /// <summary>The gate's identifier, unique within a run (imp-core's default is empty).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonConverter(typeof(VerificationGateIdJson))]
    public string Id
    {
        get => _id;
        set => _id = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The name shown in closeout messages; when empty, <see cref="Id"/> is shown instead.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonConverter(typeof(VerificationGateNameJson))]
    public string Name
    {
        get => _name;
        set => _name = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>How the gate is checked.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonConverter(typeof(VerificationGateKindJson))]
    public VerificationGateKind Kind
    {
        get => _kind;
        set => _kind = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>How much the gate weighs at closeout; only required gates can change the final status.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a declared member.</exception>
    public VerificationGateRequirement Requirement
    {
        get => _requirement;
        set => _requirement = CheckRequirement(value, nameof(value));
    }

    /// <summary>Where the gate stands.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a declared member.</exception>
    public VerificationGateStatus Status
    {
        get => _status;
        set => _status = CheckStatus(value, nameof(value));
    }

    /// <summary>The command a <see cref="VerificationGateKind.Command"/> gate runs (imp-core's <c>command</c> field).</summary>
    [JsonPropertyName("command")]
    public VerificationCommand? CommandSpec { get; set; }

    /// <summary>The command line of <see cref="CommandSpec"/>, or null when the gate has none.</summary>
    [JsonIgnore]
    public string? CommandLine => CommandSpec?.Command;

    /// <summary>What the latest run produced, once the gate passed or failed.</summary>
    [JsonInclude]
    public VerificationGateResult? Result { get; internal set; }

    /// <summary>Files the gate's runs produced (logs, reports).</summary>
    [JsonInclude]
    [JsonConverter(typeof(VerificationGateArtifactsJson))]
    public IList<VerificationArtifactRef> Artifacts { get; internal set; } = [];

    /// <summary>Where the gate came from.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonConverter(typeof(VerificationGateSourceJson))]
    public VerificationGateSource Source
    {
        get => _source;
        set => _source = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Why the gate was skipped or blocked; shown in closeout messages in preference to the result's summary.</summary>
    [JsonInclude]
    public string? Reason { get; internal set; }

    /// <summary>Whether the gate's outcome can change a run's final status.</summary>
    [JsonIgnore]
    public bool IsRequired => _requirement == VerificationGateRequirement.Required;

    /// <summary>
    /// What the gate does to a proposed done status: a required gate allows done once passed, blocks it when blocked,
    /// and leaves concerns while pending, running, failed or skipped. Optional and advisory gates always allow done.
    /// </summary>
    [JsonIgnore]
    public VerificationCloseoutEffect CloseoutEffect => !IsRequired
        ? VerificationCloseoutEffect.AllowsDone
        : _status switch
        {
            VerificationGateStatus.Passed => VerificationCloseoutEffect.AllowsDone,
            VerificationGateStatus.Blocked => VerificationCloseoutEffect.BlocksDone,
            _ => VerificationCloseoutEffect.BlocksDoneWithConcerns,
        };

    /// <summary>A required, pending gate that runs <paramref name="command"/>, named after its <paramref name="id"/> (imp-core's <c>VerificationGate::command</c>).</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="command"/> is null or empty.</exception>
    public static VerificationGate Command(string id, string command)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(command);
        VerificationGate gate = Typed(id, new VerificationGateKind.Command());
        gate.CommandSpec = new VerificationCommand(command);
        return gate;
    }

    /// <summary>A required, pending gate of <paramref name="kind"/>, named after its <paramref name="id"/> (imp-core's <c>VerificationGate::typed</c>).</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public static VerificationGate Typed(string id, VerificationGateKind kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(kind);
        return new VerificationGate { Id = id, Name = id, Kind = kind };
    }

    /// <summary>Records that the gate started: running, with the previous result and reason cleared.</summary>
    public void MarkRunning() => Record(VerificationGateStatus.Running, result: null, reason: null);

    /// <summary>Records that the gate passed with <paramref name="result"/>; the previous reason is cleared.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public void MarkPassed(VerificationGateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Record(VerificationGateStatus.Passed, result, reason: null);
    }

    /// <summary>Records that the gate failed with <paramref name="result"/>; the previous reason is cleared.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public void MarkFailed(VerificationGateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Record(VerificationGateStatus.Failed, result, reason: null);
    }

    /// <summary>Records that the gate was skipped because of <paramref name="reason"/>; the previous result is cleared.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public void MarkSkipped(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Record(VerificationGateStatus.Skipped, result: null, reason);
    }

    /// <summary>Records that the gate could not run because of <paramref name="reason"/>; the previous result is cleared.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public void MarkBlocked(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Record(VerificationGateStatus.Blocked, result: null, reason);
    }

    /// <summary>Puts back a status, result and reason taken earlier, as a cancelled check must (<see cref="GateSnapshot"/>).</summary>
    internal void Restore(VerificationGateStatus status, VerificationGateResult? result, string? reason) =>
        Record(CheckStatus(status, nameof(status)), result, reason);

    private void Record(VerificationGateStatus status, VerificationGateResult? result, string? reason)
    {
        _status = status;
        Result = result;
        Reason = reason;
    }

    private static VerificationGateRequirement CheckRequirement(VerificationGateRequirement requirement, string parameterName) =>
        Enum.IsDefined(requirement)
            ? requirement
            : throw new ArgumentOutOfRangeException(parameterName, requirement, "Not a declared VerificationGateRequirement.");

    private static VerificationGateStatus CheckStatus(VerificationGateStatus status, string parameterName) =>
        Enum.IsDefined(status)
            ? status
            : throw new ArgumentOutOfRangeException(parameterName, status, "Not a declared VerificationGateStatus.");
}
