using PublicApiGenerator;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.PublicApi;

/// <summary>
/// Imp.Core's public API, as text, against an approved snapshot: a change to it (a breaking one above all) fails here
/// until the snapshot is approved, and shows in review as a diff of one file. Refresh after an intended change:
/// <c>scripts/approve-public-api.sh</c>.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_API_matches_the_approved_one()
    {
        string api = typeof(WireEnumAttribute).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // The assembly's attributes (versions, build metadata) are not API.
            IncludeAssemblyAttributes = false,
            // The compiler's state machine attributes name generated types (<Read>d__10) that renumber on any edit.
            ExcludeAttributes = ["System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute", "System.Runtime.CompilerServices.AsyncStateMachineAttribute"],
        });

        api.ShouldMatchApproved(c => c.SubFolder("Snapshots").WithFileExtension("txt").NoDiff());
    }
}
