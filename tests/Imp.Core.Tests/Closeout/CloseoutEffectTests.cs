using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Closeout;

/// <summary>VerificationGate.CloseoutEffect for every requirement and status, expected values written out by hand.</summary>
public sealed class CloseoutEffectTests
{
    [Theory]
    [InlineData(VerificationGateRequirement.Required, VerificationGateStatus.Pending, VerificationCloseoutEffect.BlocksDoneWithConcerns)]
    [InlineData(VerificationGateRequirement.Required, VerificationGateStatus.Running, VerificationCloseoutEffect.BlocksDoneWithConcerns)]
    [InlineData(VerificationGateRequirement.Required, VerificationGateStatus.Passed, VerificationCloseoutEffect.AllowsDone)]
    [InlineData(VerificationGateRequirement.Required, VerificationGateStatus.Failed, VerificationCloseoutEffect.BlocksDoneWithConcerns)]
    [InlineData(VerificationGateRequirement.Required, VerificationGateStatus.Skipped, VerificationCloseoutEffect.BlocksDoneWithConcerns)]
    [InlineData(VerificationGateRequirement.Required, VerificationGateStatus.Blocked, VerificationCloseoutEffect.BlocksDone)]
    [InlineData(VerificationGateRequirement.Optional, VerificationGateStatus.Pending, VerificationCloseoutEffect.AllowsDone)]
    [InlineData(VerificationGateRequirement.Optional, VerificationGateStatus.Running, VerificationCloseoutEffect.AllowsDone)]
    [InlineData(VerificationGateRequirement.Optional, VerificationGateStatus.Passed, VerificationCloseoutEffect.AllowsDone)]
    [InlineData(VerificationGateRequirement.Optional, VerificationGateStatus.Failed, VerificationCloseoutEffect.AllowsDone)]
    [InlineData(VerificationGateRequirement.Optional, VerificationGateStatus.Skipped, VerificationCloseoutEffect.AllowsDone)]
    [InlineData(VerificationGateRequirement.Optional, VerificationGateStatus.Blocked, VerificationCloseoutEffect.AllowsDone)]
    [InlineData(VerificationGateRequirement.Advisory, VerificationGateStatus.Pending, VerificationCloseoutEffect.AllowsDone)]
    [InlineData(VerificationGateRequirement.Advisory, VerificationGateStatus.Running, VerificationCloseoutEffect.AllowsDone)]
    [InlineData(VerificationGateRequirement.Advisory, VerificationGateStatus.Passed, VerificationCloseoutEffect.AllowsDone)]
    [InlineData(VerificationGateRequirement.Advisory, VerificationGateStatus.Failed, VerificationCloseoutEffect.AllowsDone)]
    [InlineData(VerificationGateRequirement.Advisory, VerificationGateStatus.Skipped, VerificationCloseoutEffect.AllowsDone)]
    [InlineData(VerificationGateRequirement.Advisory, VerificationGateStatus.Blocked, VerificationCloseoutEffect.AllowsDone)]
    public void Effect_of_requirement_and_status(
        VerificationGateRequirement requirement, VerificationGateStatus status, VerificationCloseoutEffect expected)
    {
        var gate = VerificationGate.Command("unit", "cargo test");
        gate.Requirement = requirement;
        gate.Status = status;

        gate.CloseoutEffect.ShouldBe(expected);
        gate.IsRequired.ShouldBe(requirement == VerificationGateRequirement.Required);
    }
}
