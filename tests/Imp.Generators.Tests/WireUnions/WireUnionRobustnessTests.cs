using System.Threading.Tasks;
using Imp.Generators.Tests.Infrastructure;
using Xunit;

namespace Imp.Generators.Tests.WireUnions;

/// <summary>Half-typed unions never crash the generator or the analyzers.</summary>
public sealed class WireUnionRobustnessTests
{
    public static TheoryData<string> BrokenSources { get; } = new()
    {
        "[Imp.WireUnion] public abstract partial record",
        "[Imp.WireUnion] public abstract partial record Shape {",
        "[Imp.WireUnion] public abstract partial record Shape { public sealed record Dot(Missing X) : Shape; }",
        "[Imp.WireUnion] public abstract partial record Shape { public sealed record Dot( : Shape; }",
        "[Imp.WireUnion] public abstract partial record Shape { public sealed record Dot(int) : Shape; }",
        "[Imp.WireUnion] public abstract partial record Shape { public sealed record : Shape; }",
        "[Imp.WireUnion] public abstract partial record Shape(int X) { public sealed record Dot : Shape; }",
        "[Imp.WireUnion] public abstract partial record Shape { public sealed record Dot : Shape; public sealed record Dot : Shape; }",
        "[Imp.WireUnion] public abstract partial record struct Shape;",
        "[Imp.WireUnion] public interface IShape { }",
        "[Imp.WireUnion] public abstract partial record Shape { [Imp.WireName(1)] public sealed record Dot : Shape; }",
        "public class Host { [Imp.WireUnion] private abstract partial record Shape { public sealed record Dot : Shape; } }",
        // The attribute twice, on two parts (CS0579): once threw "hint name must be unique" from the generator.
        "[Imp.WireUnion] public abstract partial record Shape { public sealed record Dot : Shape; }\n[Imp.WireUnion] public abstract partial record Shape;",
    };

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public Task Broken_unions_get_no_crash_and_no_new_errors(string source) =>
        Robustness.AssertNoCrashAndNoNewErrorsAsync(source);
}
