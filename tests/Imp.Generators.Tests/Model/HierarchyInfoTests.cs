using System.Linq;
using Imp.Generators.Model;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Model;

/// <summary>
/// Pins the declarations a generated partial type is wrapped in: outermost first, one per kind of container
/// (class, struct, record struct, interface, record), with keywords escaped.
/// </summary>
public sealed class HierarchyInfoTests
{
    private const string Source = """
        namespace N;

        public partial class A
        {
            public partial struct B
            {
                public partial record struct C
                {
                    public partial interface I
                    {
                        public partial record R
                        {
                            public enum E { X }
                        }
                    }
                }
            }
        }

        public partial class @event
        {
            public enum Inner { X }
        }

        public enum TopLevel { X }
        """;

    private static readonly Compilation Compilation = TestCompilation.Create(Source);

    [Fact]
    public void Containers_are_listed_outermost_first_with_their_kinds()
    {
        HierarchyInfo.ContainingDeclarations(Type("N.A+B+C+I+R+E")).ToArray().ShouldBe(
        [
            "partial class A",
            "partial struct B",
            "partial record struct C",
            "partial interface I",
            "partial record R",
        ]);
    }

    [Fact]
    public void A_container_halfway_down_lists_only_the_ones_above_it() =>
        HierarchyInfo.ContainingDeclarations(Type("N.A+B+C")).ToArray().ShouldBe(["partial class A", "partial struct B"]);

    [Fact]
    public void A_top_level_type_has_no_containers() =>
        HierarchyInfo.ContainingDeclarations(Type("N.TopLevel")).ShouldBeEmpty();

    [Theory]
    [InlineData("N.A", "partial class A")]
    [InlineData("N.A+B", "partial struct B")]
    [InlineData("N.A+B+C", "partial record struct C")]
    [InlineData("N.A+B+C+I", "partial interface I")]
    [InlineData("N.A+B+C+I+R", "partial record R")]
    [InlineData("N.event", "partial class @event")]
    public void A_declaration_opens_with_the_kind_and_the_escaped_name(string metadataName, string expected) =>
        HierarchyInfo.Declaration(Type(metadataName)).ShouldBe(expected);

    [Fact]
    public void A_keyword_named_container_is_escaped() =>
        HierarchyInfo.ContainingDeclarations(Type("N.event+Inner")).ToArray().ShouldBe(["partial class @event"]);

    private static INamedTypeSymbol Type(string metadataName)
    {
        Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        return Compilation.GetTypeByMetadataName(metadataName).ShouldNotBeNull();
    }
}
