using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Imp.Core.Tests.WireEnums;
using Imp.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Json;

/// <summary>
/// Approved JSON snapshots (in <c>Json/Snapshots</c>) of the wire enums written with <see cref="ImpJson.Options"/>.
/// Each approved file is what serde_json's <c>to_string_pretty</c> writes for the equivalent Rust struct (fields
/// in declaration order, maps as a <c>BTreeMap</c> in variant order, <c>None</c> as <c>null</c>).
/// </summary>
/// <remarks>Synchronous on purpose: Shouldly finds the approved file next to this source file from the calling method.</remarks>
public sealed class ImpJsonSnapshotTests
{
    // ImpJson's wire format, indented the way serde_json's pretty printer indents: two spaces, "\n".
    private static readonly JsonSerializerOptions Pretty = new(ImpJson.Options) { WriteIndented = true, NewLine = "\n" };

    [Fact]
    public void Sdk_enums()
    {
        var snapshot = new SdkEnumsSnapshot
        {
            TurnPhases = Values(ImpEnumTables.TurnPhase),
            ContinueReasons = Values(ImpEnumTables.ContinueReason),
            StopReasons = Values(ImpEnumTables.StopReason),
            ToolRisks = Values(ImpEnumTables.ToolRisk),
            ToolExecutionModes = Values(ImpEnumTables.ToolExecutionMode),
            RetryConditions = Values(ImpEnumTables.RetryCondition),
            VerificationGateStatuses = Values(ImpEnumTables.VerificationGateStatus),
            VerificationGateRequirements = Values(ImpEnumTables.VerificationGateRequirement),
            VerificationCloseoutEffects = Values(ImpEnumTables.VerificationCloseoutEffect),
            StepsByPhase = ImpEnumTables.TurnPhase.Members.Select((m, i) => (m.Value, i)).ToDictionary(p => p.Value, p => p.i),
            MissingStop = null,
            PresentStop = StopReason.WorkCompleted,
        };

        string json = JsonSerializer.Serialize(snapshot, Pretty);

        json.ShouldMatchApproved(c => c.SubFolder("Snapshots").WithFileExtension("json").NoDiff());
    }

    [Fact]
    public void Edge_case_enums()
    {
        var snapshot = new EdgeCaseEnumsSnapshot
        {
            GlobalNamespaceKinds = Values(EdgeCaseEnumTables.GlobalNamespaceKind),
            AliasedOutcomes = Values(EdgeCaseEnumTables.AliasedOutcome),
            AliasesAsWritten = [AliasedOutcome.Ok, AliasedOutcome.Error, AliasedOutcome.Abandoned, AliasedOutcome.Again],
            ExplicitValues = Values(EdgeCaseEnumTables.ExplicitValues),
            ByteSized = Values(EdgeCaseEnumTables.ByteSized),
            SignedByteSized = Values(EdgeCaseEnumTables.SignedByteSized),
            LongSized = Values(EdgeCaseEnumTables.LongSized),
            UnsignedLongSized = Values(EdgeCaseEnumTables.UnsignedLongSized),
            NestedKinds = Values(EdgeCaseEnumTables.NestedKind),
            DeeplyNestedKinds = Values(EdgeCaseEnumTables.DeeplyNestedKind),
            InternalKinds = Values(EdgeCaseEnumTables.InternalKind),
            KeywordMembers = Values(EdgeCaseEnumTables.KeywordMembers),
            NonAsciiNames = Values(EdgeCaseEnumTables.NonAsciiNames),
            DigitsAndCapitals = Values(EdgeCaseEnumTables.DigitsAndCapitals),
            RenamedMembers = Values(EdgeCaseEnumTables.RenamedMembers),
            NoMembers = [],
            Units = Values(EdgeCaseEnumTables.Maßeinheit),
            NonAsciiKeys = EdgeCaseEnumTables.NonAsciiNames.Members.Select((m, i) => (m.Value, i)).ToDictionary(p => p.Value, p => p.i),
            RenamedKeys = EdgeCaseEnumTables.RenamedMembers.Members.Select((m, i) => (m.Value, i)).ToDictionary(p => p.Value, p => p.i),
            MissingName = null,
        };

        string json = JsonSerializer.Serialize(snapshot, Pretty);

        json.ShouldMatchApproved(c => c.SubFolder("Snapshots").WithFileExtension("json").NoDiff());
    }

    private static List<T> Values<T>(WireEnumContract<T> table)
        where T : struct, System.Enum =>
        table.Members.Select(m => m.Value).ToList();

    private sealed class SdkEnumsSnapshot
    {
        public required List<TurnPhase> TurnPhases { get; init; }

        public required List<ContinueReason> ContinueReasons { get; init; }

        public required List<StopReason> StopReasons { get; init; }

        public required List<ToolRisk> ToolRisks { get; init; }

        public required List<ToolExecutionMode> ToolExecutionModes { get; init; }

        public required List<RetryCondition> RetryConditions { get; init; }

        public required List<VerificationGateStatus> VerificationGateStatuses { get; init; }

        public required List<VerificationGateRequirement> VerificationGateRequirements { get; init; }

        public required List<VerificationCloseoutEffect> VerificationCloseoutEffects { get; init; }

        public required Dictionary<TurnPhase, int> StepsByPhase { get; init; }

        public required StopReason? MissingStop { get; init; }

        public required StopReason? PresentStop { get; init; }
    }

    private sealed class EdgeCaseEnumsSnapshot
    {
        public required List<GlobalNamespaceKind> GlobalNamespaceKinds { get; init; }

        public required List<AliasedOutcome> AliasedOutcomes { get; init; }

        public required List<AliasedOutcome> AliasesAsWritten { get; init; }

        public required List<ExplicitValues> ExplicitValues { get; init; }

        public required List<ByteSized> ByteSized { get; init; }

        public required List<SignedByteSized> SignedByteSized { get; init; }

        public required List<LongSized> LongSized { get; init; }

        public required List<UnsignedLongSized> UnsignedLongSized { get; init; }

        public required List<EnumContainer.NestedKind> NestedKinds { get; init; }

        public required List<EnumContainer.Deeper.DeeplyNestedKind> DeeplyNestedKinds { get; init; }

        public required List<InternalKind> InternalKinds { get; init; }

        public required List<KeywordMembers> KeywordMembers { get; init; }

        public required List<NonAsciiNames> NonAsciiNames { get; init; }

        public required List<DigitsAndCapitals> DigitsAndCapitals { get; init; }

        public required List<RenamedMembers> RenamedMembers { get; init; }

        public required List<NoMembers> NoMembers { get; init; }

        public required List<Maßeinheit> Units { get; init; }

        public required Dictionary<NonAsciiNames, int> NonAsciiKeys { get; init; }

        public required Dictionary<RenamedMembers, int> RenamedKeys { get; init; }

        public required InternalKind? MissingName { get; init; }
    }
}
