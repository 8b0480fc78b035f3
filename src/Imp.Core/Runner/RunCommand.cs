using System.Text.Json.Serialization;

namespace Imp;

/// <summary>A host's command to a running agent (<see cref="AgentRun"/>).</summary>
[WireEnum]
[JsonConverter(typeof(RunCommandJsonConverter))]
public enum RunCommand
{
    /// <summary>Stop: the run finishes as cancelled and starts no further tool.</summary>
    Cancel,

    /// <summary>A message added to the conversation before the model is sampled next.</summary>
    Steer,

    /// <summary>A message queued for when the run would otherwise finish; it starts another turn instead.</summary>
    FollowUp,
}
