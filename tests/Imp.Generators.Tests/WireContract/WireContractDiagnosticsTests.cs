using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Imp.Generators.Tests.Infrastructure;
using Imp.Generators.WireContract;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.WireContract;

/// <summary>The wire-contract lock: a committed ImpWireContract.txt against the wire names of the code.</summary>
public sealed class WireContractDiagnosticsTests
{
    private const string Code = """
        namespace Shop;
        [Imp.WireEnum] public enum Tone { Calm, [Imp.WireName("LOUD")] Loud }
        [Imp.WireUnion] public abstract partial record Signal { public sealed record Ping(int SeqNo) : Signal; }
        """;

    private const string Locked = """
        # Shop's wire contract
        enum Shop.Tone.Calm = calm
        enum Shop.Tone.Loud = LOUD
        field Shop.Signal.Ping.SeqNo = seq_no
        variant Shop.Signal.Ping = ping
        """;

    [Fact]
    public async Task A_contract_that_matches_the_code_reports_nothing()
    {
        (await AnalyzeAsync(Code, Locked)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_a_contract_file_nothing_is_locked_or_reported()
    {
        (_, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync(TestCompilation.Create(Code));

        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task IMP0054_locked_name_that_no_longer_exists()
    {
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(Code.Replace(", [Imp.WireName(\"LOUD\")] Loud", "", System.StringComparison.Ordinal), Locked);

        Diagnostic diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("IMP0054");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/repo/ImpWireContract.txt");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(2);
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "The wire contract locks 'Shop.Tone.Loud' as \"LOUD\", but the code no longer has 'Shop.Tone.Loud'; every peer that reads this name would break, so restore it, or remove the line from ImpWireContract.txt if the break is intended (lock line: enum Shop.Tone.Loud = LOUD)");
    }

    [Theory]
    [InlineData("[Imp.WireName(\"LOUD\")] Loud", "Loud", "Loud", "enum Shop.Tone.Loud", "LOUD", "loud")]
    [InlineData("int SeqNo", "[Imp.WireName(\"seq\")] int SeqNo", "SeqNo", "field Shop.Signal.Ping.SeqNo", "seq_no", "seq")]
    public async Task IMP0055_locked_name_that_changed(string before, string after, string located, string key, string old, string now)
    {
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(Code.Replace(before, after, System.StringComparison.Ordinal), Locked);

        Diagnostic diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("IMP0055");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        AnalyzerHarness.LocatedText(diagnostic).ShouldBe(located);
        string name = key.Substring(key.IndexOf(' ', System.StringComparison.Ordinal) + 1);
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            $"The wire contract locks '{name}' as \"{old}\", but it is now \"{now}\"; every peer that reads the old name would break, so add [WireName(\"{old}\")], or update the line in ImpWireContract.txt if the break is intended (lock line: {key} = {now})");
        diagnostic.Properties[WireContractAnalyzer.LineProperty].ShouldBe($"{key} = {now}");
    }

    [Fact]
    public async Task IMP0056_names_not_locked_yet()
    {
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(
            Code + "\n[Imp.PhaseMachine] public enum Flow { [Imp.InitialPhase, Imp.Next(Flow.Done)] Start, [Imp.TerminalPhase] Done }",
            Locked);

        diagnostics.Select(d => d.Id).ShouldBe(["IMP0056", "IMP0056"]);
        diagnostics.Select(AnalyzerHarness.LocatedText).ShouldBe(["Start", "Done"]);
        diagnostics[0].Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostics[0].GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "The wire name of 'Shop.Flow.Start' is not in ImpWireContract.txt; lock it so a later rename is caught (lock line: enum Shop.Flow.Start = start)");
    }

    [Theory]
    [InlineData("enum Shop.Tone.Calm calm", "not '<kind> <C# name> = <wire name>'")]
    [InlineData("struct Shop.Tone.Calm = calm", "of unknown kind 'struct'")]
    [InlineData("enum Shop.Tone.Calm = quiet", "a second line for 'enum Shop.Tone.Calm'")]
    public async Task IMP0057_line_that_cannot_be_read(string line, string problem)
    {
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(Code, Locked + "\n" + line);

        Diagnostic diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("IMP0057");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            $"Line 6 of ImpWireContract.txt is {problem}; write '<kind> <C# name> = <wire name>' with kind enum, variant or field, or start the line with '#'");
    }

    [Fact]
    public void Updating_keeps_the_header_sorts_the_entries_and_drops_removed_keys()
    {
        string updated = WireContractFile.Update(
            "# header\r\nenum B.X = x\r\n\r\nenum A.Y = y\r\n",
            ["variant C.Z = z", "enum A.A = a"],
            ["enum B.X"]);

        updated.ShouldBe("# header\nenum A.A = a\nenum A.Y = y\nvariant C.Z = z\n");
        WireContractFile.Update(string.Empty, ["enum A.A = a"], []).ShouldStartWith("# Imp wire contract");
    }

    [Fact]
    public void The_SDK_contract_reads_without_problems_and_is_sorted()
    {
        // Whether it matches the SDK's code is checked by every build of Imp.Core: IMP0054 and IMP0055 are errors there.
        string[] entries = RepoPaths.ReadSource("src/Imp.Core/ImpWireContract.txt").Split('\n')
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToArray();

        foreach (string line in entries)
        {
            WireContractFile.Parse(line, out string? problem).ShouldNotBeNull(line);
            problem.ShouldBeNull();
        }

        entries.ShouldBe(entries.Order(System.StringComparer.Ordinal));
        entries.ShouldContain("enum Imp.TurnPhase.BuildContext = build_context");
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string code, string contract)
    {
        (_, ImmutableArray<Diagnostic> diagnostics) = await AnalyzerHarness.AnalyzeAsync(
            TestCompilation.Create(code),
            new InMemoryAdditionalText("/repo/ImpWireContract.txt", contract));
        return diagnostics;
    }
}
