using Imp.Generators.Model;
using Imp.Generators.Tests.Infrastructure;
using Xunit;

namespace Imp.Generators.Tests.WireUnions;

/// <summary>Unions are regenerated only when their own declaration changes.</summary>
public sealed class WireUnionCachingTests
{
    private const string Shape = """
        [Imp.WireUnion]
        public abstract partial record Shape { public sealed record Dot(int X) : Shape; }
        """;

    private const string Event = """
        [Imp.WireUnion]
        public abstract partial record Event { public sealed record Click(string Target) : Event; }
        """;

    [Fact]
    public void An_edit_to_an_unrelated_file_regenerates_nothing() =>
        Caching.AssertUnrelatedEditRegeneratesNothing(TrackingNames.WireUnionModels, Shape, Event);

    [Fact]
    public void An_edit_to_one_union_regenerates_only_that_union() =>
        Caching.AssertEditRegeneratesOnlyThatType(
            TrackingNames.WireUnionModels,
            Shape,
            Event,
            """
            [Imp.WireUnion]
            public abstract partial record Shape { public sealed record Dot(int X, int Y) : Shape; }
            """,
            "Shape.WireUnion.g.cs",
            "private static readonly global::System.Text.Json.JsonEncodedText s_name_y");
}
