using System.Collections.Generic;
using Imp.Json;

namespace Imp;

// Fields of imp-llm's messages that are not Option in Rust: null (also inside a list) is refused, naming type and field.

internal sealed class AssistantMessageContentJson() : NotNullJsonConverter<IReadOnlyList<ContentBlock>>(nameof(AssistantMessage), "content");

internal sealed class AssistantMessageStopReasonJson() : NotNullJsonConverter<ModelStopReason>(nameof(AssistantMessage), "stop_reason");

internal sealed class UserMessageContentJson() : NotNullJsonConverter<IReadOnlyList<ContentBlock>>(nameof(UserMessage), "content");

internal sealed class ToolResultMessageContentJson() : NotNullJsonConverter<IReadOnlyList<ContentBlock>>(nameof(ToolResultMessage), "content");

internal sealed class ToolResultMessageToolCallIdJson() : NotNullJsonConverter<string>(nameof(ToolResultMessage), "tool_call_id");

internal sealed class ToolResultMessageToolNameJson() : NotNullJsonConverter<string>(nameof(ToolResultMessage), "tool_name");
