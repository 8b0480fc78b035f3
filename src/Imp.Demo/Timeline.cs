using System;
using System.Globalization;
using System.IO;
using Imp;

namespace Imp.Demo;

/// <summary>Prints run events as a readable timeline, one line each, as they happen.</summary>
internal sealed class Timeline(TextWriter output, bool checkpoints = false)
{
    private const int OutputWidth = 60;

    public void Print(RunEvent runEvent)
    {
        string? line = runEvent.Match(
            runStarted: started => $"run    prompt: {started.Prompt}",
            runResumed: resumed => $"run    resumed at turn {resumed.Turn}",
            phaseEntered: phase => phase.Phase == TurnPhase.ReceiveCommands
                ? $"turn {phase.Turn}  {phase.Phase.AsStr()}"
                : $"        {phase.Phase.AsStr()}",
            commandReceived: command => $"          command {command.Command.AsStr()}{(command.Text is null ? "" : $": {command.Text}")}",
            modelRetry: retry => string.Create(CultureInfo.InvariantCulture, $"          ! retry {retry.Attempt + 1} in {retry.DelayMs} ms after: {retry.Error}"),
            assistantMessage: message => $"          model: \"{Shorten(message.Text)}\"{ToolCalls(message.ToolCalls)}",
            modelFailed: failed => $"          ! model failed: {failed.Error}",
            toolStarted: tool => $"          > {tool.Name} #{tool.Index} ({tool.Risk.AsStr()}) started",
            toolFinished: tool => $"          {(tool.Outcome == ToolOutcome.Succeeded ? "<" : "x")} {tool.Name} #{tool.Index} {tool.Outcome.AsStr()}: {Shorten(tool.Output)}",
            checkpointRecorded: recorded => checkpoints ? $"          # {recorded.Checkpoint.Kind.AsStr()}{(recorded.Checkpoint.ToolCallId is { } id ? $" {recorded.Checkpoint.ToolName} {id}" : "")}" : null,
            decisionMade: decision => decision.Decision.Match(
                @continue: c => $"          decision: continue ({c.Reason.AsStr()})",
                finish: f => $"          decision: finish ({f.Status.AsStr()})"),
            gateChecked: gate => $"          gate {gate.Id} ({gate.Requirement.AsStr()}): {gate.Status.AsStr()}{(gate.Detail is null ? "" : $", {gate.Detail}")}",
            runFinished: finished => $"run    finished after {finished.Turns} turns: {finished.Status.AsStr()}");
        if (line is not null)
        {
            output.WriteLine(line);
        }
    }

    private static string ToolCalls(int count) => count switch
    {
        0 => "",
        1 => " + 1 tool call",
        _ => $" + {count} tool calls",
    };

    private static string Shorten(string text)
    {
        string oneLine = text.ReplaceLineEndings(" | ").Trim();
        return oneLine.Length <= OutputWidth ? oneLine : string.Concat(oneLine.AsSpan(0, OutputWidth - 1), "…");
    }
}
