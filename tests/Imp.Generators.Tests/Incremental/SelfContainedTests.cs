using System.Linq;
using Imp.Generators.Incremental;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Incremental;

/// <summary>Which declarations' constant expressions bind to nothing a skeleton cannot vouch for.</summary>
public sealed class SelfContainedTests
{
    public static TheoryData<string> SelfContainedDeclarations => new()
    {
        "enum E { A, B }",
        "enum E { A = 1, B = -2, C = 0x10, D = (1 << 3) | 2 }",
        "enum E { A = 1, B = A + 1, C = (A | B) & ~B }",
        "enum E { [WireName(\"a\")] A, [Next(A, C)] B, [Obsolete(\"old\", true)] C }",
        "enum E : byte { A = (byte)1, [Tag(typeof(string))] B }",
        "record R(string Id, int Count = 0, string? Note = null) { [WireName(\"x\")] public sealed record X(int A) : R(\"x\"); }",
        "record R { public int Count { get; } = Compute(); private static int Compute() { int local = Other.Value; return local; } }",
        "class C { public const int Limit = 1 + 2; }",
    };

    public static TheoryData<string> OpenDeclarations => new()
    {
        "enum E { A = Limits.Base }",
        "enum E { A = Base }",
        "enum E { A, [WireName(nameof(A))] B }",
        "enum E { [Next(E.B)] A, B }",
        "enum E { [WireName(Names.A)] A }",
        "record R([WireName(Names.Id)] string Id);",
        "record R(int Count = Defaults.Count);",
        "class C { public const int Limit = Other.Limit; }",
        "enum E { A = true ? 1 : 2 }",
        "enum E { A = 1 + Limits.Base }",
        "enum E { A, B = Limits.Base | A }",
    };

    [Theory]
    [MemberData(nameof(SelfContainedDeclarations))]
    public void Literals_types_and_own_members_are_self_contained(string declaration) =>
        SelfContained.Check(Declaration(declaration)).ShouldBeTrue();

    [Theory]
    [MemberData(nameof(OpenDeclarations))]
    public void Anything_else_in_a_constant_expression_is_not(string declaration) =>
        SelfContained.Check(Declaration(declaration)).ShouldBeFalse();

    private static BaseTypeDeclarationSyntax Declaration(string source) =>
        TestCompilation.Parse(source, "Declaration.cs").GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>().First();
}
