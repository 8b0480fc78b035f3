using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Imp.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Json;

/// <summary><see cref="ImpJson.Options"/>: imp's wire format as serde writes it.</summary>
public sealed class ImpJsonOptionsTests
{
    [Fact]
    public void Options_are_read_only_and_shared()
    {
        ImpJson.Options.ShouldBeSameAs(ImpJson.Options);
        ImpJson.Options.IsReadOnly.ShouldBeTrue();
        Should.Throw<InvalidOperationException>(() => ImpJson.Options.Converters.Add(new TurnPhaseJsonConverter()));
        Should.Throw<InvalidOperationException>(() => ImpJson.Options.WriteIndented = true);
    }

    [Fact]
    public void Options_carry_a_converter_for_every_sdk_enum()
    {
        Type[] converted = ImpJson.Options.Converters.Select(c => c.Type!).ToArray();
        // The SDK's wire enums; the attributes' own enums (WireNaming, WireRepresentation) are not written on the wire.
        Type[] sdkEnums = [.. typeof(TurnPhase).Assembly.GetExportedTypes().Where(t => t.IsEnum && t.IsDefined(typeof(WireEnumAttribute), inherit: false))];

        sdkEnums.Length.ShouldBe(14);
        converted.ShouldBe(sdkEnums, ignoreOrder: true);
        converted.ShouldContain(typeof(ToolOutcome));
        converted.ShouldContain(typeof(RunCommand));
    }

    [Fact]
    public void A_copy_keeps_the_wire_format_and_can_be_changed()
    {
#pragma warning disable CA1869 // A fresh copy is what this test is about.
        var copy = new JsonSerializerOptions(ImpJson.Options);
#pragma warning restore CA1869
        copy.IsReadOnly.ShouldBeFalse();
        copy.Converters.Add(new JsonStringEnumConverter());
        JsonSerializer.Serialize(new PhaseRecord(TurnPhase.ExecuteTools, null), copy).ShouldBe("{\"current_phase\":\"execute_tools\",\"last_stop\":null}");
    }

    [Fact]
    public void Property_names_are_snake_case_and_dictionary_keys_are_kept()
    {
        JsonSerializer.Serialize(new PhaseRecord(TurnPhase.SampleModel, StopReason.WorkCompleted), ImpJson.Options)
            .ShouldBe("{\"current_phase\":\"sample_model\",\"last_stop\":\"work_completed\"}");
        JsonSerializer.Serialize(new Dictionary<string, int> { ["KeepMe"] = 1 }, ImpJson.Options).ShouldBe("{\"KeepMe\":1}");
        JsonSerializer.Deserialize<PhaseRecord>("{\"current_phase\":\"finish\",\"last_stop\":\"no_progress\"}", ImpJson.Options)
            .ShouldBe(new PhaseRecord(TurnPhase.Finish, StopReason.NoProgress));
    }

    [Fact]
    public void Non_ascii_text_is_written_raw_and_only_json_specials_are_escaped()
    {
        JsonSerializer.Serialize("größe Ärger café Σ", ImpJson.Options).ShouldBe("\"größe Ärger café Σ\"");
        JsonSerializer.Serialize("<a href='x'>&</a>", ImpJson.Options).ShouldBe("\"<a href='x'>&</a>\"");
        JsonSerializer.Serialize("quote \" backslash \\ newline \n tab \t", ImpJson.Options)
            .ShouldBe("\"quote \\\" backslash \\\\ newline \\n tab \\t\"");
    }

    [Fact]
    public void Text_beyond_the_bmp_and_unusual_spaces_are_written_raw_like_serde()
    {
        JsonSerializer.Serialize("crab \U0001F980", ImpJson.Options).ShouldBe("\"crab \U0001F980\"");
        JsonSerializer.Serialize("no\u00A0break", ImpJson.Options).ShouldBe("\"no\u00A0break\"");
        JsonSerializer.Serialize("line\u2028separator", ImpJson.Options).ShouldBe("\"line\u2028separator\"");
    }

    private sealed record PhaseRecord(TurnPhase CurrentPhase, StopReason? LastStop);
}
