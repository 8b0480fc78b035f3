using System;
using System.Text.Json.Serialization;
using Imp.Json;

namespace Imp;

/// <summary>
/// A check that decides whether a run may report done, and where it stands. The <c>Mark…</c> methods record the
/// latest attempt in place; <see cref="Closeout"/> turns the gates' outcomes into the run's final status.
/// </summary>
/// <remarks>
/// Serialized through <see cref="Json.ImpJson.Options"/> it is what imp-core writes, <c>null</c> for what is absent:
/// <c>{"id":"unit","name":"unit","kind":"command","requirement":"required","status":"pending","command":"cargo test","result":null,"reason":null}</c>.
/// Not thread-safe.
/// </remarks>
public sealed class VerificationGate
{
    private string _name;
    private VerificationGateRequirement _requirement;
    private VerificationGateStatus _status;

    /// <summary>Restores a gate, for example one read back from JSON.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A kind, requirement or status that is not a declared member.</exception>
    [JsonConstructor]
    public VerificationGate(
        string id,
        string name,
        VerificationGateKind kind,
        VerificationGateRequirement requirement,
        VerificationGateStatus status,
        string? commandLine,
        VerificationGateResult? result,
        string? reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(name);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a declared VerificationGateKind.");
        }

        Id = id;
        _name = name;
        Kind = kind;
        _requirement = CheckRequirement(requirement, nameof(requirement));
        _status = CheckStatus(status, nameof(status));
        CommandLine = commandLine;
        Result = result;
        Reason = reason;
    }

    // The [JsonInclude] setters are internal, not private, so that ImpJsonContext's generated code can reach them
    // ([JsonRequired] needs a setter); only this type sets them.
    /// <summary>The gate's identifier, unique within a run; never empty.</summary>
    [JsonRequired]
    [JsonInclude]
    [JsonConverter(typeof(VerificationGateIdJson))]
    public string Id { get; internal init; }

    /// <summary>The name shown in closeout messages; when empty, <see cref="Id"/> is shown instead.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonRequired]
    [JsonConverter(typeof(VerificationGateNameJson))]
    public string Name
    {
        get => _name;
        set => _name = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>How the gate is checked.</summary>
    [JsonRequired]
    [JsonInclude]
    public VerificationGateKind Kind { get; internal init; }

    /// <summary>How much the gate weighs at closeout; only required gates can change the final status.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a declared member.</exception>
    [JsonRequired]
    public VerificationGateRequirement Requirement
    {
        get => _requirement;
        set => _requirement = CheckRequirement(value, nameof(value));
    }

    /// <summary>Where the gate stands.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a declared member.</exception>
    [JsonRequired]
    public VerificationGateStatus Status
    {
        get => _status;
        set => _status = CheckStatus(value, nameof(value));
    }

    /// <summary>The command a <see cref="VerificationGateKind.Command"/> gate runs (imp-core's <c>command</c> field).</summary>
    [JsonPropertyName("command")]
    public string? CommandLine { get; }

    /// <summary>What the latest run produced, once the gate passed or failed.</summary>
    public VerificationGateResult? Result { get; private set; }

    /// <summary>Why the gate was skipped or blocked; shown in closeout messages in preference to the result's summary.</summary>
    public string? Reason { get; private set; }

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

    /// <summary>A required, pending gate that runs <paramref name="command"/>, named after its <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="command"/> is null or empty.</exception>
    public static VerificationGate Command(string id, string command)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(command);
        return new VerificationGate(
            id,
            id,
            VerificationGateKind.Command,
            VerificationGateRequirement.Required,
            VerificationGateStatus.Pending,
            command,
            result: null,
            reason: null);
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
