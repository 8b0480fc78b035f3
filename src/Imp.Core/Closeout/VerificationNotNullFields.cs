using System.Collections.Generic;
using Imp.Json;

namespace Imp;

// Fields of imp-core's verification types that are not Option in Rust: null (also inside a list) is refused,
// naming type and field.

internal sealed class VerificationCommandCommandJson() : NotNullJsonConverter<string>(nameof(VerificationCommand), "command");

internal sealed class VerificationArtifactRefKindJson() : NotNullJsonConverter<string>(nameof(VerificationArtifactRef), "kind");

internal sealed class VerificationArtifactRefPathJson() : NotNullJsonConverter<string>(nameof(VerificationArtifactRef), "path");

internal sealed class VerificationGateKindJson() : NotNullJsonConverter<VerificationGateKind>(nameof(VerificationGate), "kind");

internal sealed class VerificationGateSourceJson() : NotNullJsonConverter<VerificationGateSource>(nameof(VerificationGate), "source");

internal sealed class VerificationGateArtifactsJson() : NotNullJsonConverter<IList<VerificationArtifactRef>>(nameof(VerificationGate), "artifacts");
