namespace Imp.Generators.Tests.WireUnions;

/// <summary>User code exercising every shape of union the generator must handle.</summary>
internal static class WireUnionSources
{
    public const string EveryEdgeCase = """
        using System.Collections.Generic;
        using System.Text.Json;
        using Imp;

        namespace Unions
        {
            [WireEnum]
            public enum Color { Red, DarkBlue }

            public static partial class Outer
            {
                [WireUnion]
                public abstract partial record Shape
                {
                    public sealed record Circle(double Radius, Color? Fill) : Shape;

                    [WireName("rect")]
                    public sealed record Rectangle(int Width, long Height, uint Layer, ulong Id, bool Visible) : Shape;

                    public sealed record Label(string Text, string? Font, [WireName("args")] JsonElement Arguments, IReadOnlyList<string> Tags) : Shape;

                    public sealed record Group(Shape First, Shape? Second, Color Stroke, int? Count) : Shape;

                    public sealed record @event : Shape;
                }
            }
        }
        """;

    public const string NoVariants = """
        [Imp.WireUnion]
        public abstract partial record Nothing;
        """;
}
