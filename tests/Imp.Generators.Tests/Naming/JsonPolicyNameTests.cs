using System;
using System.Text;
using System.Text.Json;
using Imp.Generators.Naming;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Naming;

/// <summary>The generator's copies of System.Text.Json's naming policies must agree with the real ones, for every rule they stand for.</summary>
public sealed class JsonPolicyNameTests
{
    private const string Alphabet = "ABCXYZabcxyz0129_-ÄÖÜäöüßΣσ \u2160\u0301";

    public static TheoryData<WireNaming, string> Policies() => new()
    {
        { WireNaming.SnakeCase, "SnakeCaseLower" },
        { WireNaming.ScreamingSnakeCase, "SnakeCaseUpper" },
        { WireNaming.KebabCase, "KebabCaseLower" },
        { WireNaming.ScreamingKebabCase, "KebabCaseUpper" },
        { WireNaming.CamelCase, "CamelCase" },
    };

    [Theory]
    [MemberData(nameof(Policies))]
    public void Agrees_with_the_real_policy_on_many_random_identifiers(WireNaming rule, string policyName)
    {
        var policy = (JsonNamingPolicy)typeof(JsonNamingPolicy).GetProperty(policyName)!.GetValue(null)!;
        var random = new Random(20261203);
        foreach (string hard in new[] { "IOError", "HTTP2Error", "ABC", "A1B", "_x", "Ünïcode", "XMLHttpRequest", "with space" })
        {
            JsonPolicyName.ForVariant((NamingRule)rule, hard).ShouldBe(policy.ConvertName(hard), $"for \"{hard}\"");
        }

        for (int i = 0; i < 3_000; i++)
        {
            var name = new StringBuilder();
            int length = random.Next(1, 12);
            for (int j = 0; j < length; j++)
            {
                name.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            string text = name.ToString();
            JsonPolicyName.ForVariant((NamingRule)rule, text).ShouldBe(policy.ConvertName(text), $"for \"{text}\"");
        }
    }

    [Theory]
    [InlineData(WireNaming.None)]
    [InlineData(WireNaming.PascalCase)]
    [InlineData(WireNaming.LowerCase)]
    [InlineData(WireNaming.UpperCase)]
    public void Has_no_counterpart_for_rules_without_a_policy(WireNaming rule) =>
        JsonPolicyName.ForVariant((NamingRule)rule, "IOError").ShouldBeNull();
}
