using Imp.Generators.Emit;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Emit;

/// <summary>
/// Pins how text becomes C# source: which characters a string literal escapes and how (each escape on its own,
/// with its neighbours that stay as they are), that the literal reads back as the same text, and the XML-doc escaping.
/// </summary>
public sealed class CSharpLiteralTests
{
    /// <summary>Every character that a literal escapes, and what it becomes (the text between the quotes).</summary>
    public static TheoryData<string, string> Escapes { get; } = new()
    {
        { "\"", "\\\"" },
        { "\\", "\\\\" },
        { "\n", "\\n" },
        { "\r", "\\r" },
        { "\t", "\\t" },
        { "\0", "\\0" },
        // Other C0 controls, DEL and the C1 controls (NEL among them) as four upper-case hex digits.
        { "\u0001", "\\u0001" },
        { "\u0008", "\\u0008" },
        { "\u000B", "\\u000B" },
        { "\u001F", "\\u001F" },
        { "\u007F", "\\u007F" },
        { "\u0080", "\\u0080" },
        { "\u0085", "\\u0085" },
        { "\u009F", "\\u009F" },
        // Not controls, but line breaks to the C# lexer: a raw one would end the literal.
        { "\u2028", "\\u2028" },
        { "\u2029", "\\u2029" },
    };

    /// <summary>Characters a literal keeps as they are, the neighbours of the escaped ones among them.</summary>
    public static TheoryData<string> Kept { get; } = new()
    {
        "a",
        " ",
        "~",
        "'",
        "\u00A0",
        "\u00E9",
        "\u2027",
        "\u202A",
        "größe",
        "\U0001F600",
        "snake_case name",
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public void Escapes_each_special_character(string value, string escaped) =>
        CSharpLiteral.String(value).ShouldBe("\"" + escaped + "\"");

    [Theory]
    [MemberData(nameof(Escapes))]
    public void Escapes_a_special_character_between_plain_ones(string value, string escaped) =>
        CSharpLiteral.String("a" + value + "b").ShouldBe("\"a" + escaped + "b\"");

    [Theory]
    [MemberData(nameof(Kept))]
    public void Keeps_printable_text_as_it_is(string value) =>
        CSharpLiteral.String(value).ShouldBe("\"" + value + "\"");

    [Fact]
    public void Escapes_every_special_character_of_a_mixed_text_in_order() =>
        CSharpLiteral.String("a\"b\\c\nd\re\tf\0g\u0007h\u2028i\u2029j\u0085k")
            .ShouldBe("\"a\\\"b\\\\c\\nd\\re\\tf\\0g\\u0007h\\u2028i\\u2029j\\u0085k\"");

    [Fact]
    public void The_empty_text_is_an_empty_literal() => CSharpLiteral.String(string.Empty).ShouldBe("\"\"");

    [Theory]
    [MemberData(nameof(Escapes))]
    public void A_literal_reads_back_as_the_text_it_was_made_from(string value, string escaped)
    {
        string text = "x" + value + escaped + "\U0001F600";
        string literal = CSharpLiteral.String(text);

        var parsed = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal, options: TestCompilation.ParseOptions);

        parsed.ContainsDiagnostics.ShouldBeFalse();
        parsed.Kind().ShouldBe(SyntaxKind.StringLiteralExpression);
        parsed.Token.ValueText.ShouldBe(text);
    }

    [Fact]
    public void A_utf8_literal_is_the_string_literal_with_the_u8_suffix() =>
        CSharpLiteral.Utf8("a\"\n").ShouldBe("\"a\\\"\\n\"u8");

    [Theory]
    [InlineData("&", "&amp;")]
    [InlineData("<", "&lt;")]
    [InlineData(">", "&gt;")]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("List<T>", "List&lt;T&gt;")]
    // The ampersand is escaped first, so the entities the others become are not escaped again.
    [InlineData("<&>", "&lt;&amp;&gt;")]
    [InlineData("&lt;", "&amp;lt;")]
    [InlineData("plain \"text\" 'kept'", "plain \"text\" 'kept'")]
    public void Xml_text_escapes_ampersands_and_angle_brackets(string value, string expected) =>
        CSharpLiteral.XmlText(value).ShouldBe(expected);
}
