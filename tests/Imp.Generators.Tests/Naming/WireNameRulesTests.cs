using Imp.Generators.Naming;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Naming;

public sealed class WireNameRulesTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("execute_tools")]
    [InlineData("größe")]
    [InlineData("with inner space")]
    [InlineData("quote\"and\\slash")]
    [InlineData("emoji \U0001F600")]
    public void Accepts(string name) => WireNameRules.IsWellFormed(name).ShouldBeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" a")]
    [InlineData("a ")]
    [InlineData("a\u00A0")]
    [InlineData("a\tb")]
    [InlineData("a\nb")]
    [InlineData("a\u0000")]
    [InlineData("a\u007F")]
    public void Rejects(string? name) => WireNameRules.IsWellFormed(name).ShouldBeFalse();

    [Fact]
    public void Rejects_lone_surrogates()
    {
        // Not [InlineData]: xunit re-encodes theory data as UTF-8, which turns a lone surrogate into U+FFFD.
        WireNameRules.IsWellFormed("\uD800").ShouldBeFalse();
        WireNameRules.IsWellFormed("a\uD800b").ShouldBeFalse();
        WireNameRules.IsWellFormed("a\uDC00b").ShouldBeFalse();
        WireNameRules.IsWellFormed("\uDC00\uD800").ShouldBeFalse();
    }
}
