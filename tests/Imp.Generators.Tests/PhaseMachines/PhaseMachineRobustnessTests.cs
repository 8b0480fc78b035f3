using System;
using System.Linq;
using System.Threading.Tasks;
using Imp.Generators.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.PhaseMachines;

/// <summary>Half-typed and odd phase machines never crash the generator or the analyzers.</summary>
public sealed class PhaseMachineRobustnessTests
{
    public static TheoryData<string> BrokenSources { get; } = new()
    {
        "[Imp.PhaseMachine] public enum P",
        "[Imp.PhaseMachine] public enum P { [Imp.Next(] A }",
        "[Imp.PhaseMachine] public enum P { [Imp.InitialPhase, Imp.Next(Missing)] A }",
        "[Imp.PhaseMachine] public enum P { [Imp.InitialPhase, Imp.Next(B, B.C)] A, B }",
        "[Imp.PhaseMachine] public enum P { }",
        "[Imp.PhaseMachine] public class NotAnEnum { }",
        "[Imp.PhaseMachine] public enum P { [Imp.InitialPhase, Imp.Next(A)] A = B, B = A }",
        "[Imp.PhaseMachine] public enum P { [Imp.InitialPhase] [Imp.InitialPhase] A }",
        "[Imp.PhaseMachine] public enum P { [Imp.InitialPhase, Imp.Next(Q.X)] A } public enum Q { X }",
        "[Imp.PhaseMachine] public enum P : byte { [Imp.InitialPhase, Imp.Next(A)] A = 300 }",
        "public class G<T> { [Imp.PhaseMachine] public enum P { [Imp.InitialPhase, Imp.Next(A)] A } }",
        "public class H { [Imp.PhaseMachine] private enum P { [Imp.InitialPhase, Imp.Next(A)] A } }",
    };

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public Task Broken_machines_get_no_crash_and_no_new_errors(string source) =>
        Robustness.AssertNoCrashAndNoNewErrorsAsync(source);

    [Theory]
    [InlineData("[Imp.PhaseMachine] public enum P { [Imp.InitialPhase, Imp.Next(A)] A }")]
    [InlineData("[Imp.PhaseMachine] public enum P { [Imp.InitialPhase, Imp.Next(new object[] { P.B })] A, [Imp.TerminalPhase] B }")]
    [InlineData("[Imp.PhaseMachine, Imp.WireEnum] public enum P { [Imp.InitialPhase, Imp.Next(B)] A, [Imp.TerminalPhase] B }")]
    [InlineData("[Imp.PhaseMachine] public enum P { [Imp.InitialPhase, Imp.TerminalPhase] Only }")]
    public async Task Unusual_but_valid_machines_generate_one_machine_and_one_wire_enum(string source)
    {
        GeneratorRun run = await Robustness.AssertNoCrashAndNoNewErrorsAsync(source);

        run.NewCompilerDiagnostics().ShouldBeEmpty();
        run.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal).ShouldBe(["P.PhaseMachine.g.cs", "P.WireEnum.g.cs"]);
    }

    [Theory]
    [InlineData("[Imp.PhaseMachine] public enum P { [Imp.InitialPhase, Imp.Next(A)] A }")]
    [InlineData("[Imp.PhaseMachine] public enum P { [Imp.InitialPhase, Imp.TerminalPhase] Only }")]
    [InlineData("[Imp.PhaseMachine] public enum P { [Imp.InitialPhase, Imp.Next(B)] A, [Imp.TerminalPhase] B }")]
    public void Unusual_but_valid_machines_get_a_warning_free_stateless_configuration(string source)
    {
        GeneratorRun run = GeneratorHarness.Run(TestCompilation.CreateWithStateless(source));

        run.NewCompilerDiagnostics().ShouldBeEmpty();
        run.Source("P.PhaseMachine.g.cs").ShouldContain("ConfigureTransitions(");
    }
}
