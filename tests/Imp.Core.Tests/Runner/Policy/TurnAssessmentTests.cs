using System.Linq;
using System.Threading.Tasks;
using Imp.Core.Tests.Runner.Support;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Runner.Policy;

/// <summary>How the runner fills each turn's assessment, and imp-core's loop around the policy.</summary>
public sealed class TurnAssessmentTests
{
    private sealed class Spy : ILoopPolicy
    {
        public System.Collections.Generic.List<PostTurnAssessment> Seen { get; } = [];

        public LoopDecision Decide(PostTurnAssessment assessment)
        {
            Seen.Add(assessment);
            return DefaultLoopPolicy.Instance.Decide(assessment);
        }
    }

    [Fact]
    public async Task A_plain_answer_finishes_without_automatic_follow_up_and_an_answer_after_work_completes_it()
    {
        var spy = new Spy();
        (RunResult plain, _) = await Runs.RunAsync(new ScriptedChatClient([Say.Answer("Hello.")]), configure: o => o with { LoopPolicy = spy });
        (RunResult worked, _) = await Runs.RunAsync(new ScriptedChatClient([Say.Calls(("c0", "echo", "{}")), Say.Answer("Done.")]), [TestTools.Echo()], o => o with { LoopPolicy = spy });

        plain.Status.ShouldBe(new RunFinalStatus.Done(StopReason.NoAutomaticFollowUp));
        worked.Status.ShouldBe(new RunFinalStatus.Done(StopReason.WorkCompleted));
        spy.Seen.Select(a => (a.Runtime.ExecutionEvidence, a.Runtime.ExecutionDebt, a.Runtime.WorkCompleted)).ShouldBe([(false, false, false), (true, false, false), (false, false, true)]);
    }

    [Fact]
    public async Task A_failed_call_is_execution_debt()
    {
        var spy = new Spy();
        await Runs.RunAsync(new ScriptedChatClient([Say.Calls(("c0", "missing", "{}")), Say.Answer("Sorry.")]), [TestTools.Echo()], o => o with { LoopPolicy = spy });

        spy.Seen[0].Runtime.ShouldBe(RuntimeEvidence.None with { ExecutionDebt = true });
        spy.Seen[1].Runtime.WorkCompleted.ShouldBeFalse("nothing was carried out");
    }

    [Fact]
    public async Task After_a_tool_turn_only_repeated_action_stops_the_run_as_in_imp_core()
    {
        ILoopPolicy stopEverything = LoopRules.Create("stop", _ => LoopRules.Finish(StopReason.UserBlocker)) is var rule
            ? DefaultLoopPolicy.Instance.Prepend(rule)
            : null!;
        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(
            new ScriptedChatClient([Say.Calls(("c0", "echo", "{}")), Say.Answer("Done.")]), [TestTools.Echo()], o => o with { LoopPolicy = stopEverything });

        result.Turns.ShouldBe(2u);
        recorder.Of<RunEvent.DecisionMade>().First().Decision.ShouldBe(new LoopDecision.Continue(ContinueReason.ToolResultsNeedInterpretation, DefaultLoopPolicy.InterpretToolResultsPrompt));
        result.Status.ShouldBe(new RunFinalStatus.Blocked(StopReason.UserBlocker, "user_blocker"));
    }

    [Fact]
    public async Task The_host_supplies_task_evidence_and_the_task_stop_rule_reads_it()
    {
        (RunResult result, _) = await Runs.RunAsync(
            new ScriptedChatClient([Say.Answer("Need a token.")]),
            configure: o => o with { AssessTurn = a => a with { Task = new TaskEvidence(StopReason.UserBlocker) } });

        result.Status.ShouldBe(new RunFinalStatus.Blocked(StopReason.UserBlocker, "user_blocker"));
    }

    [Fact]
    public async Task A_continue_recommendation_from_the_host_adds_its_prompt_and_an_assess_hook_returning_null_fails_the_run()
    {
        int calls = 0;
        (RunResult result, _) = await Runs.RunAsync(
            new ScriptedChatClient([Say.Answer("Step one."), Say.Answer("Step two.")]),
            configure: o => o with { AssessTurn = a => calls++ == 0 ? a with { ContinueRecommendation = new ContinueRecommendation("Do step two.", ContinueReason.HighConfidenceVisibleNextStep) } : a });
        (RunResult broken, _) = await Runs.RunAsync(new ScriptedChatClient([Say.Answer("x")]), configure: o => o with { AssessTurn = _ => null! });

        result.Turns.ShouldBe(2u);
        result.Messages.Select(m => m.Text).ShouldContain("Do step two.");
        broken.Status.ShouldBeOfType<RunFinalStatus.Failed>().Message.ShouldContain("AssessTurn returned null");
    }
}
