using System;
using System.Collections.Generic;
using System.Text.Json;
using Imp;
using Imp.Json;

// A scripted tour of the SDK: no network, no keys. A later issue turns it into a full agent run.
Console.WriteLine("Imp.Generated demo");
Console.WriteLine();

Console.WriteLine("1. Wire names of imp's enums ([WireEnum])");
PrintNames("TurnPhase", TurnPhaseExtensions.GetNames());
PrintNames("ContinueReason", ContinueReasonExtensions.GetNames());
PrintNames("StopReason", StopReasonExtensions.GetNames());
PrintNames("ToolRisk", ToolRiskExtensions.GetNames());
PrintNames("RetryCondition", RetryConditionExtensions.GetNames());
PrintNames("VerificationGateStatus", VerificationGateStatusExtensions.GetNames());
Console.WriteLine();

Console.WriteLine("2. A tool turn through the generated TurnPhase machine ([PhaseMachine])");
var turn = new TurnState(0);
TurnPhase[] script =
[
    TurnPhase.PreTurn, TurnPhase.BuildContext, TurnPhase.SampleModel, TurnPhase.FinalizeAssistantMessage,
    TurnPhase.PlanTools, TurnPhase.ExecuteTools, TurnPhase.RecordObservations, TurnPhase.AssessTurn, TurnPhase.DecideNext,
];
foreach (TurnPhase phase in script)
{
    turn.Enter(phase);
    if (phase == TurnPhase.PlanTools)
    {
        turn.RecordToolPlan(2);
    }
    else if (phase == TurnPhase.ExecuteTools)
    {
        turn.RecordToolResults(2);
    }
}

turn.RecordContinue(ContinueReason.ToolResultsNeedInterpretation);
Console.WriteLine($"   turn state: {JsonSerializer.Serialize(turn, ImpJson.Options)}");
try
{
    turn.Enter(TurnPhase.ExecuteTools);
}
catch (PhaseTransitionException error)
{
    Console.WriteLine($"   refused:    {error.Message}");
}

Console.WriteLine();
Console.WriteLine("3. Loop decisions and final statuses on the wire ([WireUnion])");
var decisions = new List<LoopDecision>
{
    new LoopDecision.Continue(ContinueReason.ToolResultsNeedInterpretation, "Read the tool results."),
    new LoopDecision.Finish(RunFinalStatus.FromStopReason(StopReason.NoProgress).WithConcern("tests were not run")),
};
foreach (LoopDecision decision in decisions)
{
    string json = JsonSerializer.Serialize(decision, ImpJson.Options);
    LoopDecision back = JsonSerializer.Deserialize<LoopDecision>(json, ImpJson.Options)!;
    string summary = back.Match(@continue: c => $"continue ({c.Reason.AsStr()})", finish: f => $"finish ({f.Status.AsStr()})");
    Console.WriteLine($"   {json}");
    Console.WriteLine($"     read back: {summary}");
}

try
{
    JsonSerializer.Deserialize<RunFinalStatus>("""{"type":"done","reason":"WorkCompleted"}""", ImpJson.Options);
}
catch (JsonException error)
{
    Console.WriteLine($"   strict:    {error.Message}");
}

static void PrintNames(string type, IEnumerable<string> names) =>
    Console.WriteLine($"   {type,-24} {string.Join(", ", names)}");
