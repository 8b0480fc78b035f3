using System.Collections.Generic;

namespace Imp.Json;

// One converter per non-optional field, so that a null names the type and the field as serde does.

internal sealed class PlannedToolCallIdJson() : NotNullJsonConverter<string>(nameof(PlannedToolCall), "id");

internal sealed class PlannedToolCallNameJson() : NotNullJsonConverter<string>(nameof(PlannedToolCall), "name");

internal sealed class ToolPlanCallsJson() : NotNullJsonConverter<IReadOnlyList<PlannedToolCall>>(nameof(ToolPlan), "calls");

internal sealed class VerificationGateIdJson() : NotNullJsonConverter<string>(nameof(VerificationGate), "id");

internal sealed class VerificationGateNameJson() : NotNullJsonConverter<string>(nameof(VerificationGate), "name");
