using System.Text.Json.Serialization;

namespace Imp;

/// <summary>How one planned tool call ended. Every outcome is an observation for the model, never a crash of the run.</summary>
[WireEnum]
[JsonConverter(typeof(ToolOutcomeJsonConverter))]
public enum ToolOutcome
{
    /// <summary>The tool ran and returned its result.</summary>
    Succeeded,

    /// <summary>The tool threw; the result is the error's message.</summary>
    Failed,

    /// <summary>The tool did not finish within its timeout and was abandoned.</summary>
    TimedOut,

    /// <summary>No tool of that name is registered; nothing ran.</summary>
    UnknownTool,

    /// <summary>The arguments were not a JSON object (for example the model's JSON did not parse); nothing ran.</summary>
    InvalidArguments,
}
