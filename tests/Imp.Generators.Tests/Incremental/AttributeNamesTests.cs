using System.Linq;
using Imp.Generators.Incremental;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Incremental;

/// <summary>How attribute names are read from syntax, and when an alias could rename one.</summary>
public sealed class AttributeNamesTests
{
    [Theory]
    [InlineData("[WireEnum] enum E { }", "WireEnum")]
    [InlineData("[Imp.WireEnumAttribute] enum E { }", "WireEnumAttribute")]
    [InlineData("[global::Imp.WireEnum] enum E { }", "WireEnum")]
    [InlineData("[@WireEnum] enum E { }", "WireEnum")]
    [InlineData("[Generic<int>] enum E { }", "Generic")]
    public void The_rightmost_identifier_names_the_attribute(string source, string expected) =>
        AttributeNames.Rightmost(Enum(source).AttributeLists[0].Attributes[0].Name).ShouldBe(expected);

    [Theory]
    [InlineData("using System;\nusing Marker = Imp.WireEnumAttribute;\n[Marker] enum E { }", true)]
    [InlineData("using Marker = Imp.WireEnumAttribute;\nusing System;\n[Marker] enum E { }", true)]
    [InlineData("namespace App { using System; using Marker = Imp.WireEnumAttribute; [Marker] enum E { } }", true)]
    [InlineData("using Marker = Imp.WireEnumAttribute;\nnamespace App { class Holder { [Marker] enum E { } } }", true)]
    [InlineData("using System;\nusing Imp;\nnamespace App { using System.Text; class Holder { [WireEnum] enum E { } } }", false)]
    [InlineData("[WireEnum] enum E { }", false)]
    public void A_using_alias_in_the_file_or_a_namespace_around_is_in_scope(string source, bool expected) =>
        AttributeNames.AliasInScope(Enum(source)).ShouldBe(expected);

    [Theory]
    [InlineData("global using Marker = Imp.WireEnumAttribute;", true)]
    [InlineData("global using System;\nglobal using Marker = Imp.WireEnumAttribute;", true)]
    [InlineData("global using Imp;", false)]
    [InlineData("using Marker = Imp.WireEnumAttribute;", false)]
    [InlineData("", false)]
    public void Only_a_global_using_alias_renames_in_every_file(string source, bool expected) =>
        AttributeNames.DeclaresGlobalAlias(TestCompilation.Parse(source, "Usings.cs").GetRoot()).ShouldBe(expected);

    private static EnumDeclarationSyntax Enum(string source) =>
        TestCompilation.Parse(source, "Enum.cs").GetRoot().DescendantNodes().OfType<EnumDeclarationSyntax>().Single();
}
