using System.Linq;
using Imp.Generators.Parsing;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Parsing;

/// <summary>
/// Pins the dense-index expression generated lookups use: a plain widening for a run from zero, an unchecked
/// subtraction of the minimum for any other run, and none when the values have a gap.
/// </summary>
public sealed class EnumValuesTests
{
    [Theory]
    [InlineData("byte", "A, B, C", "(ulong)value")]
    [InlineData("uint", "A = 5, B, C", "unchecked((ulong)value - 5UL)")]
    [InlineData("ulong", "A = 18446744073709551614, B", "unchecked((ulong)value - 18446744073709551614UL)")]
    [InlineData("int", "A, B", "unchecked((ulong)(long)value)")]
    [InlineData("long", "A = -2, B, C", "unchecked((ulong)((long)value - (-2L)))")]
    public void A_run_of_values_gets_an_index_expression(string underlying, string members, string expected) =>
        DenseIndex(underlying, members).ShouldBe(expected);

    [Theory]
    [InlineData("byte", "A, B = 2")]
    [InlineData("ushort", "A = 1, B = 3")]
    [InlineData("uint", "A = 1, B = 0")]
    [InlineData("int", "A, B = 2")]
    public void Values_with_a_gap_or_out_of_order_get_none(string underlying, string members) =>
        DenseIndex(underlying, members).ShouldBeNull();

    [Fact]
    public void No_members_get_none() =>
        EnumValues.DenseIndex(Enum("byte", "A"), [], "value").ShouldBeNull();

    private static INamedTypeSymbol Enum(string underlying, string members)
    {
        Compilation compilation = TestCompilation.Create($"public enum E : {underlying} {{ {members} }}");
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        return compilation.GetTypeByMetadataName("E").ShouldNotBeNull();
    }

    private static string? DenseIndex(string underlying, string members)
    {
        INamedTypeSymbol type = Enum(underlying, members);
        return EnumValues.DenseIndex(type, type.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst), "value");
    }
}
