using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using Imp.Generators.Naming;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Naming;

/// <summary>The generator's copy of System.Text.Json's SnakeCaseLower must agree with the real policy.</summary>
public sealed class JsonSnakeCaseLowerTests
{
    [Theory]
    [InlineData("IOError")]
    [InlineData("HTTPServer")]
    [InlineData("XMLHttpRequest")]
    [InlineData("Http2Error")]
    [InlineData("Foo_Bar")]
    [InlineData("_Leading")]
    [InlineData("ABC")]
    [InlineData("Ärger")]
    [InlineData("Straße")]
    [InlineData("with space")]
    [InlineData("A1B2C3")]
    public void Agrees_with_the_real_policy_on_known_cases(string name) =>
        JsonSnakeCaseLower.Convert(name).ShouldBe(JsonNamingPolicy.SnakeCaseLower.ConvertName(name));

    [Fact]
    public void Agrees_with_the_real_policy_on_many_random_identifiers()
    {
        // Fixed seed: the same names on every run; the alphabet mixes every category the policy treats apart.
        const string alphabet = "ABCXYZabcxyz0129_ÄÖÜäöüßΣσ \u2160\u0301";
        var random = new Random(20261122);
        for (int i = 0; i < 5_000; i++)
        {
            var name = new StringBuilder();
            int length = random.Next(1, 14);
            for (int j = 0; j < length; j++)
            {
                name.Append(alphabet[random.Next(alphabet.Length)]);
            }

            string text = name.ToString();
            JsonSnakeCaseLower.Convert(text).ShouldBe(JsonNamingPolicy.SnakeCaseLower.ConvertName(text), $"for \"{text}\"");
        }
    }

    [Fact]
    public void Serde_and_the_policy_agree_on_every_imp_member_name()
    {
        // The SDK's own enums need no [WireName]: for them both conventions give the same name.
        string[] names = typeof(TurnPhase).Assembly.GetTypes()
            .Where(type => type.IsEnum && type.IsDefined(typeof(WireEnumAttribute), false))
            .SelectMany(Enum.GetNames)
            .ToArray();

        names.Length.ShouldBeGreaterThan(40);
        foreach (string name in names)
        {
            SerdeSnakeCase.Convert(name).ShouldBe(JsonSnakeCaseLower.Convert(name), name);
        }
    }
}
