using System;
using System.Text.Json;
using Imp;
using Imp.Json;

// For now the demo shows the wire format: every imp enum's wire names and a JSON round trip.
Console.WriteLine("Imp.Generated demo: the wire names of imp's enums");
Console.WriteLine();
PrintNames("TurnPhase", TurnPhaseExtensions.GetNames());
PrintNames("ContinueReason", ContinueReasonExtensions.GetNames());
PrintNames("StopReason", StopReasonExtensions.GetNames());
PrintNames("ToolRisk", ToolRiskExtensions.GetNames());
PrintNames("ToolExecutionMode", ToolExecutionModeExtensions.GetNames());
PrintNames("RetryCondition", RetryConditionExtensions.GetNames());
PrintNames("VerificationGateStatus", VerificationGateStatusExtensions.GetNames());
PrintNames("VerificationGateRequirement", VerificationGateRequirementExtensions.GetNames());
PrintNames("VerificationCloseoutEffect", VerificationCloseoutEffectExtensions.GetNames());

TurnPhase[] phases = [TurnPhase.SampleModel, TurnPhase.ExecuteTools, TurnPhase.Finish];
string json = JsonSerializer.Serialize(phases, ImpJson.Options);
TurnPhase[] back = JsonSerializer.Deserialize<TurnPhase[]>(json, ImpJson.Options)!;
Console.WriteLine();
Console.WriteLine($"JSON of [{string.Join(", ", phases)}]: {json}");
Console.WriteLine($"read back: [{string.Join(", ", back)}]");

try
{
    JsonSerializer.Deserialize<TurnPhase>("\"SampleModel\"", ImpJson.Options);
}
catch (JsonException error)
{
    Console.WriteLine($"reading \"SampleModel\" fails as it should: {error.Message}");
}

static void PrintNames(string type, System.Collections.Generic.IEnumerable<string> names) =>
    Console.WriteLine($"{type,-28} {string.Join(", ", names)}");
