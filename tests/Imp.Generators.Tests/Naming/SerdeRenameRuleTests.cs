using Imp.Generators.Naming;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Naming;

/// <summary>
/// Every serde rename_all rule over the hard identifiers, with what serde_derive 1.x computes for them (its
/// <c>RenameRule::apply_to_variant</c> and <c>apply_to_field</c>); the golden corpus checks the same table from Rust.
/// </summary>
public sealed class SerdeRenameRuleTests
{
    [Theory]
    [InlineData(WireNaming.None, "IOError", "IOError")]
    [InlineData(WireNaming.PascalCase, "HTTP2Error", "HTTP2Error")]
    [InlineData(WireNaming.LowerCase, "IOError", "ioerror")]
    [InlineData(WireNaming.LowerCase, "Ünïcode", "Ünïcode")]
    [InlineData(WireNaming.UpperCase, "HTTP2Error", "HTTP2ERROR")]
    [InlineData(WireNaming.UpperCase, "Ünïcode", "ÜNïCODE")]
    [InlineData(WireNaming.CamelCase, "IOError", "iOError")]
    [InlineData(WireNaming.CamelCase, "ABC", "aBC")]
    [InlineData(WireNaming.CamelCase, "_x", "_x")]
    [InlineData(WireNaming.SnakeCase, "IOError", "i_o_error")]
    [InlineData(WireNaming.SnakeCase, "HTTP2Error", "h_t_t_p2_error")]
    [InlineData(WireNaming.SnakeCase, "A1B", "a1_b")]
    [InlineData(WireNaming.SnakeCase, "_x", "_x")]
    [InlineData(WireNaming.SnakeCase, "Ünïcode", "Ünïcode")]
    [InlineData(WireNaming.SnakeCase, "FooÜber", "foo_Über")]
    [InlineData(WireNaming.ScreamingSnakeCase, "IOError", "I_O_ERROR")]
    [InlineData(WireNaming.ScreamingSnakeCase, "A1B", "A1_B")]
    [InlineData(WireNaming.KebabCase, "BlocksDoneWithConcerns", "blocks-done-with-concerns")]
    [InlineData(WireNaming.KebabCase, "ABC", "a-b-c")]
    [InlineData(WireNaming.KebabCase, "_x", "-x")]
    [InlineData(WireNaming.ScreamingKebabCase, "AllowsDone", "ALLOWS-DONE")]
    [InlineData(WireNaming.ScreamingKebabCase, "HTTP2Error", "H-T-T-P2-ERROR")]
    public void Variants_convert_as_serde_does(WireNaming rule, string name, string expected) =>
        SerdeRenameRule.ApplyToVariant((NamingRule)rule, name).ShouldBe(expected);

    [Theory]
    [InlineData(WireNaming.None, "exit_code", "exit_code")]
    [InlineData(WireNaming.SnakeCase, "exit_code", "exit_code")]
    [InlineData(WireNaming.LowerCase, "exit_code", "exit_code")]
    [InlineData(WireNaming.UpperCase, "exit_code", "EXIT_CODE")]
    [InlineData(WireNaming.PascalCase, "exit_code", "ExitCode")]
    [InlineData(WireNaming.PascalCase, "_x", "X")]
    [InlineData(WireNaming.PascalCase, "a__b", "AB")]
    [InlineData(WireNaming.PascalCase, "http2_error", "Http2Error")]
    [InlineData(WireNaming.CamelCase, "exit_code", "exitCode")]
    [InlineData(WireNaming.CamelCase, "_x", "x")]
    [InlineData(WireNaming.ScreamingSnakeCase, "exit_code", "EXIT_CODE")]
    [InlineData(WireNaming.KebabCase, "exit_code", "exit-code")]
    [InlineData(WireNaming.KebabCase, "_x", "-x")]
    [InlineData(WireNaming.ScreamingKebabCase, "ünïcode_x", "üNïCODE-X")]
    public void Fields_convert_as_serde_does(WireNaming rule, string field, string expected) =>
        SerdeRenameRule.ApplyToField((NamingRule)rule, field).ShouldBe(expected);

    [Theory]
    [InlineData("ExitCode", "exit_code")]
    [InlineData("exitCode", "exit_code")]
    [InlineData("exit_code", "exit_code")]
    [InlineData("IOError", "i_o_error")]
    public void A_csharp_parameter_stands_for_its_serde_snake_case_field(string parameter, string expected) =>
        SerdeRenameRule.RustFieldName(parameter).ShouldBe(expected);

    [Theory]
    [InlineData(WireNaming.CamelCase, "Ünïcode", false, true)]
    [InlineData(WireNaming.CamelCase, "ünïcode", true, true)]
    [InlineData(WireNaming.CamelCase, "IOError", false, false)]
    [InlineData(WireNaming.KebabCase, "Ünïcode", false, false)]
    public void Knows_where_serde_derive_refuses_to_compile(WireNaming rule, string name, bool isField, bool refused) =>
        SerdeRenameRule.SerdeRefuses((NamingRule)rule, name, isField).ShouldBe(refused);

    [Fact]
    public void The_generator_copy_of_the_rules_has_the_public_enum_values()
    {
        foreach (WireNaming rule in System.Enum.GetValues<WireNaming>())
        {
            ((NamingRule)rule).ToString().ShouldBe(rule.ToString());
        }

        System.Enum.GetValues<NamingRule>().Length.ShouldBe(System.Enum.GetValues<WireNaming>().Length);
    }
}
