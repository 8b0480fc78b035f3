using System;
using System.Linq;
using System.Threading;
using Imp.Generators.Parsing;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Parsing;

/// <summary>
/// Pins the symbol facts every parser relies on: hint names (replaced characters and case twins get a stable
/// hash), fully qualified names with keywords escaped, which declarations are well declared, and cancellation.
/// </summary>
public sealed class SymbolFactsTests
{
    [Fact]
    public void A_plain_name_with_underscores_and_dots_is_the_hint_name_as_it_is() =>
        SymbolFacts.HintName(Type("namespace N.Sub { public enum My_Type { A } }", "N.Sub.My_Type"), "WireEnum")
            .ShouldBe("N.Sub.My_Type.WireEnum.g.cs");

    [Fact]
    public void A_character_a_file_name_cannot_hold_is_replaced_and_the_exact_name_hashed() =>
        SymbolFacts.HintName(Type("namespace N { public enum Cafe\u0301 { A } }", "N.Cafe\u0301"), "WireEnum")
            .ShouldBe("N.Cafe__bf27f203.WireEnum.g.cs");

    [Fact]
    public void Two_replaced_characters_still_get_the_hash() =>
        SymbolFacts.HintName(Type("namespace N { public enum Cafe\u0301\u0301 { A } }", "N.Cafe\u0301\u0301"), "WireEnum")
            .ShouldBe("N.Cafe___ede06626.WireEnum.g.cs");

    [Fact]
    public void Namespaces_that_differ_only_in_case_give_both_types_the_hash()
    {
        Compilation compilation = Compile("namespace Shop { public enum Status { A } } namespace shop { public enum Status { B } }");

        SymbolFacts.HintName(compilation.GetTypeByMetadataName("Shop.Status")!, "WireEnum").ShouldBe("Shop.Status_e7b48eaf.WireEnum.g.cs");
        SymbolFacts.HintName(compilation.GetTypeByMetadataName("shop.Status")!, "WireEnum").ShouldBe("shop.Status_45c5a5cf.WireEnum.g.cs");
    }

    [Fact]
    public void Containers_that_differ_only_in_case_give_the_nested_types_the_hash()
    {
        Compilation compilation = Compile("namespace N { public class Outer { public enum Inner { A } } public class outer { public enum Inner { A } } }");

        SymbolFacts.HintName(compilation.GetTypeByMetadataName("N.Outer+Inner")!, "WireEnum").ShouldBe("N.Outer.Inner_a5fb63e6.WireEnum.g.cs");
        SymbolFacts.HintName(compilation.GetTypeByMetadataName("N.outer+Inner")!, "WireEnum").ShouldBe("N.outer.Inner_0a47fec6.WireEnum.g.cs");
    }

    [Fact]
    public void Nested_twins_that_differ_only_in_case_get_the_hash()
    {
        Compilation compilation = Compile("namespace N { public class Outer { public enum Status { A } public enum status { A } } }");

        SymbolFacts.HintName(compilation.GetTypeByMetadataName("N.Outer+Status")!, "WireEnum").ShouldBe("N.Outer.Status_5553b678.WireEnum.g.cs");
        SymbolFacts.HintName(compilation.GetTypeByMetadataName("N.Outer+status")!, "WireEnum").ShouldBe("N.Outer.status_45295c98.WireEnum.g.cs");
    }

    [Fact]
    public void A_type_in_the_global_namespace_without_a_twin_gets_no_hash() =>
        SymbolFacts.HintName(Type("public enum Status { A } public enum Other { A }", "Status"), "WireEnum").ShouldBe("Status.WireEnum.g.cs");

    [Fact]
    public void Keywords_are_escaped_in_fully_qualified_names() =>
        SymbolFacts.FullyQualifiedName(Type("namespace @event { public class @class { public enum @int { A } } }", "event.class+int"))
            .ShouldBe("global::@event.@class.@int");

    [Fact]
    public void Special_types_are_named_by_their_keyword() =>
        SymbolFacts.FullyQualifiedName(Compile(string.Empty).GetSpecialType(SpecialType.System_Int32)).ShouldBe("int");

    [Fact]
    public void An_enum_declared_twice_is_not_well_declared()
    {
        // CS0101: Roslyn keeps the two declarations as two symbols, each with one reference.
        INamedTypeSymbol[] twins = Namespace("namespace N { public enum E { A } public enum E { B } }", "N").GetTypeMembers("E").ToArray();

        twins.Length.ShouldBe(2);
        twins.ShouldAllBe(t => t.DeclaringSyntaxReferences.Length == 1);
        twins.ShouldAllBe(t => !SymbolFacts.IsWellDeclared(t));
    }

    [Fact]
    public void An_enum_sharing_its_name_with_another_kind_of_type_is_not_well_declared()
    {
        // CS0101 again, but an enum and a class stay two symbols.
        INamespaceSymbol ns = Namespace("namespace N { public enum E { A } public class E { } }", "N");

        SymbolFacts.IsWellDeclared(ns.GetTypeMembers("E").Single(t => t.TypeKind == TypeKind.Enum)).ShouldBeFalse();
    }

    [Fact]
    public void A_nested_enum_sharing_its_name_with_a_sibling_is_not_well_declared()
    {
        // CS0102: the clash is among the container's members, not the namespace's.
        INamedTypeSymbol outer = TestCompilation.Create("namespace N { public class Outer { public enum Inner { A } public class Inner { } } }").GetTypeByMetadataName("N.Outer")!;

        SymbolFacts.IsWellDeclared(outer.GetTypeMembers("Inner").Single(t => t.TypeKind == TypeKind.Enum)).ShouldBeFalse();
    }

    [Fact]
    public void A_nested_enum_declared_once_is_well_declared() =>
        SymbolFacts.IsWellDeclared(Type("namespace N { public class Outer { public enum Inner { A } } public enum Inner { B } }", "N.Outer+Inner")).ShouldBeTrue();

    [Fact]
    public void Reading_a_constant_with_a_cancelled_token_throws()
    {
        IFieldSymbol field = (IFieldSymbol)Type("public enum E { A }", "E").GetMembers("A").Single();

        Should.Throw<OperationCanceledException>(() => SymbolFacts.ConstantText(field, new CancellationToken(canceled: true)));
        SymbolFacts.ConstantText(field, CancellationToken.None).ShouldBe("0");
    }

    private static INamespaceSymbol Namespace(string source, string name) =>
        TestCompilation.Create(source).GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == name);

    private static Compilation Compile(string source)
    {
        Compilation compilation = TestCompilation.Create(source);
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        return compilation;
    }

    private static INamedTypeSymbol Type(string source, string metadataName) =>
        Compile(source).GetTypeByMetadataName(metadataName).ShouldNotBeNull();
}
