using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Imp.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.WireEnums;

/// <summary>The messages of the errors thrown by the generated code and its runtime helpers.</summary>
public sealed class ErrorMessageTests
{
    [Fact]
    public void Unknown_name_message_names_the_type_the_value_and_every_allowed_name()
    {
        UnknownWireNameException ex = Should.Throw<UnknownWireNameException>(() => ToolRiskExtensions.Parse("read-only"));
        ex.Message.ShouldContain("ToolRisk", Case.Sensitive);
        ex.Message.ShouldContain("\"read-only\"", Case.Sensitive);
        ex.Message.ShouldContain("\"read_only\"", Case.Sensitive);
        ex.Message.ShouldContain("\"mutable\"", Case.Sensitive);
        ex.Message.ShouldContain("\"external_side_effect\"", Case.Sensitive);
    }

    [Fact]
    public void Json_error_for_an_unknown_name_carries_the_same_details_as_Parse()
    {
        UnknownWireNameException parse = Should.Throw<UnknownWireNameException>(() => RetryConditionExtensions.Parse("rate-limit"));
        JsonException json = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<RetryCondition>("\"rate-limit\"", ImpJson.Options));
        json.Message.ShouldBe(parse.Message);
        UnknownWireNameException inner = json.InnerException.ShouldBeOfType<UnknownWireNameException>();
        inner.EnumType.ShouldBe(typeof(RetryCondition));
        inner.Value.ShouldBe("rate-limit");
        inner.AllowedNames.ShouldBe(["rate_limit", "server_error", "timeout", "connection_error"]);
    }

    [Fact]
    public void A_huge_value_is_cut_in_the_message()
    {
        string huge = "finish" + new string('!', 1_000_000);
        UnknownWireNameException ex = Should.Throw<UnknownWireNameException>(() => TurnPhaseExtensions.Parse(huge));
        ex.Value.ShouldBe(huge);
        ex.Message.Length.ShouldBeLessThan(2_000);
        ex.Message.ShouldContain("finish!!!!", Case.Sensitive);
    }

    [Fact]
    public void Cutting_a_long_value_never_splits_a_character()
    {
        string value = new string('a', 127) + "\U0001F980" + new string('b', 200);
        UnknownWireNameException ex = Should.Throw<UnknownWireNameException>(() => TurnPhaseExtensions.Parse(value));
        for (int i = 0; i < ex.Message.Length; i++)
        {
            if (char.IsHighSurrogate(ex.Message[i]))
            {
                (i + 1 < ex.Message.Length && char.IsLowSurrogate(ex.Message[i + 1])).ShouldBeTrue($"lone high surrogate at {i}");
                i++;
            }
            else
            {
                char.IsLowSurrogate(ex.Message[i]).ShouldBeFalse($"lone low surrogate at {i}");
            }
        }
    }

    [Fact]
    public void Undefined_value_messages_do_not_depend_on_the_current_culture()
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("sv-SE");
            CultureInfo.CurrentCulture.NumberFormat.NegativeSign.ShouldBe("\u2212", "the test needs a culture whose minus sign is not '-'");

            Should.Throw<ArgumentOutOfRangeException>(() => ((TurnPhase)(-1)).AsStr()).Message.ShouldContain("(TurnPhase)-1", Case.Sensitive);
            Should.Throw<JsonException>(() => JsonSerializer.Serialize((TurnPhase)(-1), ImpJson.Options)).Message.ShouldContain("(TurnPhase)-1", Case.Sensitive);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Parsing_ignores_the_current_culture()
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            TurnPhaseExtensions.Parse("finish").ShouldBe(TurnPhase.Finish);
            TurnPhaseExtensions.AsStr(TurnPhase.Finish).ShouldBe("finish");
            Should.Throw<UnknownWireNameException>(() => TurnPhaseExtensions.Parse("FINISH"));
            TurnPhaseExtensions.TryParse("FINISH".ToLower(CultureInfo.CurrentCulture), out _).ShouldBeFalse(); // "fınısh" in Turkish
            JsonSerializer.Serialize(TurnPhase.Finish, ImpJson.Options).ShouldBe("\"finish\"");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        TurnPhaseExtensions.GetNames().ShouldAllBe(n => n.All(c => c < 128));
    }
}
