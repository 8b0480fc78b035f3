using System;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.WireEnums;

// Members kept for old payloads: the generated code must compile without CS0618/CS0619 and still handle them.
[WireEnum, System.Text.Json.Serialization.JsonConverter(typeof(ApiVersionJsonConverter))]
public enum ApiVersion
{
    Current = 2,

    [Obsolete("Read only, for old payloads.")]
    Legacy = 1,

    [Obsolete("Gone.", error: true)]
    Ancient = 0,
}

public sealed class ObsoleteMemberTests
{
    [Fact]
    public void Obsolete_members_keep_their_wire_names_in_every_direction()
    {
        var legacy = (ApiVersion)1;
        var ancient = (ApiVersion)0;

        legacy.AsStr().ShouldBe("legacy");
        ancient.AsStr().ShouldBe("ancient");
        ApiVersionExtensions.Parse("ancient").ShouldBe(ancient);
        ApiVersionExtensions.GetNames().ShouldBe(["current", "legacy", "ancient"]);
        JsonSerializer.Serialize(legacy).ShouldBe("\"legacy\"");
        JsonSerializer.Deserialize<ApiVersion>("\"ancient\"").ShouldBe(ancient);
    }
}
