using System;
using System.Collections.Generic;
using System.Text.Json;
using Imp.Json;

namespace Imp.Core.Tests.Wire;

/// <summary>
/// The C# type that stands for each Rust type of the corpus. imp's types are named here (by name, so that a type not
/// written yet is a failing entry rather than a build error); a <c>golden::X</c> test type is
/// <c>Imp.Core.Tests.Wire.Golden.X</c> in this assembly, declared with the generator's attributes.
/// </summary>
internal static class GoldenTypes
{
    private static readonly Dictionary<string, string> Imp = new(StringComparer.Ordinal)
    {
        ["imp_core::TurnPhase"] = "Imp.TurnPhase",
        ["imp_core::TurnState"] = "Imp.TurnState",
        ["imp_core::ContinueReason"] = "Imp.ContinueReason",
        ["imp_core::StopReason"] = "Imp.StopReason",
        ["imp_core::LoopDecision"] = "Imp.LoopDecision",
        ["imp_core::RunFinalStatus"] = "Imp.RunFinalStatus",
        ["imp_core::ToolRisk"] = "Imp.ToolRisk",
        ["imp_core::ToolExecutionMode"] = "Imp.ToolExecutionMode",
        ["imp_core::PlannedToolCall"] = "Imp.PlannedToolCall",
        ["imp_core::ToolPlan"] = "Imp.ToolPlan",
        ["imp_core::VerificationGate"] = "Imp.VerificationGate",
        ["imp_core::VerificationGateKind"] = "Imp.VerificationGateKind",
        ["imp_core::VerificationGateRequirement"] = "Imp.VerificationGateRequirement",
        ["imp_core::VerificationGateStatus"] = "Imp.VerificationGateStatus",
        ["imp_core::VerificationCommand"] = "Imp.VerificationCommand",
        ["imp_core::VerificationGateResult"] = "Imp.VerificationGateResult",
        ["imp_core::VerificationArtifactRef"] = "Imp.VerificationArtifactRef",
        ["imp_core::VerificationGateSource"] = "Imp.VerificationGateSource",
        ["imp_core::VerificationCloseoutEffect"] = "Imp.VerificationCloseoutEffect",
        ["imp_llm::StreamEvent"] = "Imp.StreamEvent",
        ["imp_llm::Message"] = "Imp.Message",
        ["imp_llm::UserMessage"] = "Imp.UserMessage",
        ["imp_llm::AssistantMessage"] = "Imp.AssistantMessage",
        ["imp_llm::ToolResultMessage"] = "Imp.ToolResultMessage",
        ["imp_llm::ContentBlock"] = "Imp.ContentBlock",
        // imp-llm's StopReason shares its name with imp-core's; in C# it is ModelStopReason (docs/wire-format.md).
        ["imp_llm::StopReason"] = "Imp.ModelStopReason",
        ["imp_llm::Usage"] = "Imp.Usage",
        ["imp_llm::Cost"] = "Imp.Cost",
        ["serde_json::Value"] = "System.Text.Json.JsonElement",
    };

    /// <summary>The C# type for a corpus type, or null when there is none (yet).</summary>
    public static Type? Find(string rustType)
    {
        if (rustType.StartsWith("golden::", StringComparison.Ordinal))
        {
            return typeof(GoldenTypes).Assembly.GetType("Imp.Core.Tests.Wire.Golden." + rustType["golden::".Length..]);
        }

        return Imp.TryGetValue(rustType, out string? name)
            ? typeof(ImpJson).Assembly.GetType(name) ?? typeof(JsonElement).Assembly.GetType(name)
            : null;
    }

    /// <summary>The C# name a corpus type is looked for under, for messages.</summary>
    public static string NameOf(string rustType) =>
        rustType.StartsWith("golden::", StringComparison.Ordinal)
            ? "Imp.Core.Tests.Wire.Golden." + rustType["golden::".Length..]
            : Imp.GetValueOrDefault(rustType, "(not mapped)");
}
