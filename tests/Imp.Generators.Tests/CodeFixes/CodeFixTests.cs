using System.Threading.Tasks;
using Imp.Generators.CodeFixes;
using Imp.Generators.Surprises;
using Imp.Generators.Tests.Infrastructure;
using Imp.Generators.WireContract;
using Imp.Generators.WireEnums;
using Imp.Generators.WireUnions;
using Imp.Generators.PhaseMachines;
using Xunit;

namespace Imp.Generators.Tests.CodeFixes;

/// <summary>Every diagnostic with an obvious fix gets it, and the fixed code reports nothing more.</summary>
public sealed class CodeFixTests
{
    [Fact]
    public Task IMP0050_adds_the_generated_converter_attribute() =>
        CodeFixHarness.VerifyAsync<ConverterAttributeAnalyzer, AttributeFixes>(
            """
            using System.Text.Json.Serialization;

            [Imp.WireEnum]
            public enum {|IMP0050:Tone|} { Calm, Loud }
            """,
            """
            using System.Text.Json.Serialization;

            [Imp.WireEnum]
            [JsonConverter(typeof(ToneJsonConverter))]
            public enum Tone { Calm, Loud }
            """);

    [Fact]
    public Task IMP0051_replaces_another_converter_with_the_generated_one() =>
        CodeFixHarness.VerifyAsync<ConverterAttributeAnalyzer, AttributeFixes>(
            """
            using System.Text.Json.Serialization;

            [Imp.WireEnum, {|IMP0051:JsonConverter(typeof(JsonStringEnumConverter))|}]
            public enum Tone { Calm, Loud }
            """,
            """
            using System.Text.Json.Serialization;

            [Imp.WireEnum, JsonConverter(typeof(ToneJsonConverter))]
            public enum Tone { Calm, Loud }
            """);

    [Theory]
    [InlineData(0, "i_o_error")]
    [InlineData(1, "io_error")]
    public Task IMP0006_adds_the_wire_name_of_either_rule(int action, string name) =>
        CodeFixHarness.VerifyAsync<WireEnumAnalyzer, AttributeFixes>(
            """
            namespace Net;

            [Imp.WireEnum]
            public enum Kind
            {
                {|IMP0006:IOError|},
            }
            """,
            $$"""
            namespace Net;

            [Imp.WireEnum]
            public enum Kind
            {
                [Imp.WireName("{{name}}")]
                IOError,
            }
            """,
            action);

    [Fact]
    public Task IMP0003_adds_WireEnum_to_the_enum_of_a_stray_WireName() =>
        CodeFixHarness.VerifyAsync<WireEnumAnalyzer, AttributeFixes>(
            """
            public enum Mode
            {
                [{|IMP0003:Imp.WireName("x")|}] Fast,
            }
            """,
            """
            [Imp.WireEnum]
            public enum Mode
            {
                [Imp.WireName("x")] Fast,
            }
            """);

    [Fact]
    public Task IMP0015_adds_PhaseMachine_to_the_enum_of_stray_phase_attributes() =>
        CodeFixHarness.VerifyAsync<PhaseMachineAnalyzer, AttributeFixes>(
            """
            public enum Mode
            {
                [{|IMP0015:Imp.InitialPhase|}, {|IMP0015:Imp.TerminalPhase|}] Fast,
            }
            """,
            """
            [Imp.PhaseMachine]
            public enum Mode
            {
                [Imp.InitialPhase, Imp.TerminalPhase] Fast,
            }
            """);

    [Fact]
    public Task IMP0052_marks_the_member_JsonIgnore() =>
        CodeFixHarness.VerifyAsync<VariantMemberAnalyzer, AttributeFixes>(
            """
            [Imp.WireUnion]
            public abstract partial record Shape
            {
                public sealed record Dot(int X) : Shape
                {
                    public string {|IMP0052:Label|} { get; init; } = "";
                }
            }
            """,
            """
            [Imp.WireUnion]
            public abstract partial record Shape
            {
                public sealed record Dot(int X) : Shape
                {
                    [System.Text.Json.Serialization.JsonIgnore]
                    public string Label { get; init; } = "";
                }
            }
            """);

    [Fact]
    public Task IMP0017_makes_the_union_abstract_partial() =>
        CodeFixHarness.VerifyAsync<WireUnionAnalyzer, ModifierFixes>(
            """
            [Imp.WireUnion]
            public record {|IMP0017:{|IMP0018:Shape|}|}
            {
                public sealed record Dot : Shape;
            }
            """,
            """
            [Imp.WireUnion]
            public abstract partial record Shape
            {
                public sealed record Dot : Shape;
            }
            """);

    [Fact]
    public Task IMP0018_makes_the_union_and_its_containers_partial() =>
        CodeFixHarness.VerifyAsync<WireUnionAnalyzer, ModifierFixes>(
            """
            public static class Outer
            {
                [Imp.WireUnion]
                public abstract record {|IMP0018:Shape|}
                {
                    public sealed record Dot : Shape;
                }
            }
            """,
            """
            public static partial class Outer
            {
                [Imp.WireUnion]
                public abstract partial record Shape
                {
                    public sealed record Dot : Shape;
                }
            }
            """);

    [Fact]
    public Task IMP0019_seals_the_variant() =>
        CodeFixHarness.VerifyAsync<WireUnionAnalyzer, ModifierFixes>(
            """
            [Imp.WireUnion]
            public abstract partial record Shape
            {
                public record {|IMP0019:Dot|} : Shape;
            }
            """,
            """
            [Imp.WireUnion]
            public abstract partial record Shape
            {
                public sealed record Dot : Shape;
            }
            """);

    [Fact]
    public Task IMP0024_makes_the_variant_as_visible_as_the_union() =>
        CodeFixHarness.VerifyAsync<WireUnionAnalyzer, ModifierFixes>(
            """
            [Imp.WireUnion]
            public abstract partial record Shape
            {
                internal sealed record {|IMP0024:Dot|} : Shape;
            }
            """,
            """
            [Imp.WireUnion]
            public abstract partial record Shape
            {
                public sealed record Dot : Shape;
            }
            """);

    [Fact]
    public Task IMP0053_makes_the_users_class_a_matching_partial_class() =>
        CodeFixHarness.VerifyAsync<GeneratedTypeAnalyzer, ModifierFixes>(
            """
            [Imp.WireEnum]
            public enum Tone { Calm }

            internal static class {|IMP0053:ToneExtensions|}
            {
            }
            """,
            """
            [Imp.WireEnum]
            public enum Tone { Calm }

            public static partial class ToneExtensions
            {
            }
            """);

    [Fact]
    public Task IMP0056_adds_the_line_to_the_wire_contract() =>
        CodeFixHarness.VerifyAsync<WireContractAnalyzer, WireContractFix>(
            """
            namespace Shop;

            [Imp.WireEnum]
            public enum Tone { Calm, {|IMP0056:Loud|} }
            """,
            """
            namespace Shop;

            [Imp.WireEnum]
            public enum Tone { Calm, Loud }
            """,
            additionalFile: ("/0/ImpWireContract.txt", "# Shop\nenum Shop.Tone.Calm = calm\n"),
            fixedAdditionalFile: ("/0/ImpWireContract.txt", "# Shop\nenum Shop.Tone.Calm = calm\nenum Shop.Tone.Loud = loud\n"));
}
