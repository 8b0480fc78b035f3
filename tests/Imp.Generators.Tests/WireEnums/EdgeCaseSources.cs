namespace Imp.Generators.Tests.WireEnums;

/// <summary>User code exercising every shape of enum the generator must handle.</summary>
internal static class EdgeCaseSources
{
    public const string EveryEdgeCase = """
        using Imp;

        namespace Edge.Cases
        {
            [WireEnum]
            public enum Shapes : byte
            {
                First = 1,
                Second = 2,
                Alias = 2,
                [WireName("custom \"quoted\" \\ name")]
                Quoted = 3,
                [WireName("größe")]
                Size = 4,
                @class = 5,
                @event = 6,
                [WireName("ärger")]
                Ärger = 7,
                Http2Error = 8,
                [System.Obsolete("use First")]
                Legacy = 9,
                [System.Obsolete("gone", error: true)]
                Gone = 10,
            }

            [WireEnum]
            internal enum Wide : long
            {
                Lowest = long.MinValue,
                Negative = -1,
                Zero = 0,
                Highest = long.MaxValue,
            }

            public class Outer
            {
                [WireEnum]
                public enum Nested
                {
                    OnlyMember,
                }

                [WireEnum]
                internal enum NestedInternal
                {
                    Hidden,
                }
            }

            [WireEnum]
            public enum Empty
            {
            }
        }
        """;

    public const string GlobalNamespace = """
        using Imp;

        [WireEnum]
        public enum GlobalColor
        {
            DarkRed,
            LightBlue,
        }
        """;
}
