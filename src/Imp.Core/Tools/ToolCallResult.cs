using System;

namespace Imp;

/// <summary>What one planned tool call produced: the text the model reads, and how the call ended.</summary>
/// <param name="Index">The call's position in the model's response, from 0.</param>
/// <param name="Id">The call's id, echoed to the model with the result.</param>
/// <param name="Name">The tool's name, as the model called it.</param>
/// <param name="Outcome">How the call ended.</param>
/// <param name="Output">The tool's result, or for any other outcome a sentence saying what went wrong.</param>
/// <param name="Duration">How long the call took, measured on the runner's clock; zero when nothing ran.</param>
public sealed record ToolCallResult(ulong Index, string Id, string Name, ToolOutcome Outcome, string Output, TimeSpan Duration)
{
    /// <summary>Whether the tool ran and returned a result.</summary>
    public bool Succeeded => Outcome == ToolOutcome.Succeeded;
}
