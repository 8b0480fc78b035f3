using System;
using System.Linq;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Runner.Policy;

/// <summary>Ports of imp-core's <c>loop_policy.rs</c> tests, then the rule chain's own API.</summary>
public sealed class LoopPolicyTests
{
    private static readonly TurnOutcome Turn = new(0, "text", [], null);

    private static PostTurnAssessment Assessment() =>
        new(Turn, RuntimeEvidence.None, TaskEvidence.None, TextFallbackEvidence.None, null);

    private static StopReason FinalReason(LoopDecision decision) => decision switch
    {
        LoopDecision.Finish { Status: RunFinalStatus.Done done } => done.Reason,
        LoopDecision.Finish { Status: RunFinalStatus.DoneWithConcerns concerns } => concerns.Reason,
        LoopDecision.Finish { Status: RunFinalStatus.Blocked blocked } => blocked.Reason,
        _ => throw new ShouldAssertException($"expected a finish decision, got {decision}"),
    };

    // loop_policy.rs: repeated_action_wins_over_other_policy_signals
    [Fact]
    public void Repeated_action_wins_over_other_policy_signals()
    {
        PostTurnAssessment assessment = Assessment() with
        {
            Runtime = RuntimeEvidence.None with { RepeatedAction = true, ExecutionStopReason = StopReason.ExecutionBlocked, WorkCompleted = true },
            ContinueRecommendation = new ContinueRecommendation("continue", ContinueReason.HighConfidenceVisibleNextStep),
        };

        FinalReason(DefaultLoopPolicy.Instance.Decide(assessment)).ShouldBe(StopReason.RepeatedAction);
    }

    // loop_policy.rs: runtime_execution_blocker_wins_over_work_completed
    [Fact]
    public void Runtime_execution_blocker_wins_over_work_completed()
    {
        PostTurnAssessment assessment = Assessment() with { Runtime = RuntimeEvidence.None with { ExecutionStopReason = StopReason.ExecutionBlocked, WorkCompleted = true } };

        FinalReason(DefaultLoopPolicy.Instance.Decide(assessment)).ShouldBe(StopReason.ExecutionBlocked);
    }

    // loop_policy.rs: mana_stop_wins_over_text_fallback_and_continue
    [Fact]
    public void Task_stop_wins_over_text_fallback_and_continue()
    {
        PostTurnAssessment assessment = Assessment() with
        {
            Task = new TaskEvidence(StopReason.UserBlocker),
            TextFallback = TextFallbackEvidence.None with { ExecutionStopReason = StopReason.WorkCompleted },
            ContinueRecommendation = new ContinueRecommendation("continue", ContinueReason.HighConfidenceVisibleNextStep),
        };

        FinalReason(DefaultLoopPolicy.Instance.Decide(assessment)).ShouldBe(StopReason.UserBlocker);
    }

    // loop_policy.rs: continue_recommendation_runs_after_stop_reasons_are_absent
    [Fact]
    public void Continue_recommendation_runs_after_stop_reasons_are_absent()
    {
        PostTurnAssessment assessment = Assessment() with { ContinueRecommendation = new ContinueRecommendation("continue", ContinueReason.ExecutionDebt) };

        DefaultLoopPolicy.Instance.Decide(assessment).ShouldBe(new LoopDecision.Continue(ContinueReason.ExecutionDebt, "continue"));
    }

    // loop_policy.rs: planning_only_progress_maps_to_no_progress_without_continue_reason
    [Fact]
    public void Planning_only_progress_maps_to_no_progress_without_continue_reason()
    {
        PostTurnAssessment assessment = Assessment() with { Runtime = RuntimeEvidence.None with { PlanningOnlyProgress = true } };

        LoopDecision decision = DefaultLoopPolicy.Instance.Decide(assessment);
        FinalReason(decision).ShouldBe(StopReason.NoProgress);
        decision.ShouldBeOfType<LoopDecision.Finish>().Status.ShouldBeOfType<RunFinalStatus.DoneWithConcerns>().Concerns.ShouldBe(["stopped because no justified continuation was available"]);
    }

    // loop_policy.rs: default_policy_stops_without_automatic_follow_up
    [Fact]
    public void Default_policy_stops_without_automatic_follow_up()
    {
        DefaultLoopPolicy.Instance.Decide(Assessment()).ShouldBe(new LoopDecision.Finish(new RunFinalStatus.Done(StopReason.NoAutomaticFollowUp)));
    }

    // Beyond the Rust tests: every step of the order, each against the one after it.
    [Fact]
    public void Each_rule_wins_over_every_later_one()
    {
        PostTurnAssessment all = Assessment() with
        {
            Runtime = new RuntimeEvidence(true, StopReason.ExecutionBlocked, true, true, true, true),
            Task = new TaskEvidence(StopReason.UserBlocker),
            TextFallback = new TextFallbackEvidence(StopReason.DecompositionCompleted, StopReason.NoProgress),
            ContinueRecommendation = new ContinueRecommendation("go", ContinueReason.ExecutionDebt),
        };
        LoopRuleChain policy = DefaultLoopPolicy.Instance;

        FinalReason(policy.Decide(all)).ShouldBe(StopReason.RepeatedAction);
        all = all with { Runtime = all.Runtime with { RepeatedAction = false } };
        FinalReason(policy.Decide(all)).ShouldBe(StopReason.ExecutionBlocked);
        all = all with { Runtime = all.Runtime with { ExecutionStopReason = null } };
        FinalReason(policy.Decide(all)).ShouldBe(StopReason.WorkCompleted);
        all = all with { Runtime = all.Runtime with { WorkCompleted = false } };
        FinalReason(policy.Decide(all)).ShouldBe(StopReason.UserBlocker);
        all = all with { Task = TaskEvidence.None };
        FinalReason(policy.Decide(all)).ShouldBe(StopReason.DecompositionCompleted, "the planner's stop comes before the executor's");
        all = all with { TextFallback = all.TextFallback with { PlannerStopReason = null } };
        FinalReason(policy.Decide(all)).ShouldBe(StopReason.NoProgress);
        all = all with { TextFallback = TextFallbackEvidence.None };
        policy.Decide(all).ShouldBe(new LoopDecision.Continue(ContinueReason.ExecutionDebt, "go"));
        all = all with { ContinueRecommendation = null };
        FinalReason(policy.Decide(all)).ShouldBe(StopReason.NoProgress);
        all = all with { Runtime = RuntimeEvidence.None with { ExecutionDebt = true, ExecutionEvidence = true } };
        FinalReason(policy.Decide(all)).ShouldBe(StopReason.NoAutomaticFollowUp, "debt and evidence alone decide nothing");
    }

    [Fact]
    public void The_default_chain_holds_imp_cores_rules_in_its_order()
    {
        DefaultLoopPolicy.Instance.Rules.Select(r => r.Name).ShouldBe(
            ["repeated_action", "runtime_stop", "work_completed", "task_stop", "text_fallback_stop", "continue_recommendation", "planning_only_no_progress"]);
        DefaultLoopPolicy.Instance.Fallback.ShouldBe(StopReason.NoAutomaticFollowUp);
    }

    [Fact]
    public void A_host_inserts_a_rule_before_another()
    {
        ILoopRule budget = LoopRules.Create("budget", a => a.Outcome.Turn >= 5 ? LoopRules.Finish(StopReason.ExecutionBlocked) : null);
        LoopRuleChain policy = DefaultLoopPolicy.Instance.InsertBefore("work_completed", budget);
        PostTurnAssessment late = Assessment() with { Outcome = Turn with { Turn = 5 }, Runtime = RuntimeEvidence.None with { WorkCompleted = true } };

        policy.Rules.Select(r => r.Name).ShouldBe(["repeated_action", "runtime_stop", "budget", "work_completed", "task_stop", "text_fallback_stop", "continue_recommendation", "planning_only_no_progress"]);
        FinalReason(policy.Decide(late)).ShouldBe(StopReason.ExecutionBlocked);
        FinalReason(policy.Decide(late with { Outcome = Turn })).ShouldBe(StopReason.WorkCompleted);
        FinalReason(DefaultLoopPolicy.Instance.Decide(late)).ShouldBe(StopReason.WorkCompleted, "the default chain is not changed");
    }

    [Fact]
    public void A_host_removes_a_rule_appends_one_and_changes_the_fallback()
    {
        LoopRuleChain policy = DefaultLoopPolicy.Instance
            .Without("planning_only_no_progress")
            .InsertAfter("continue_recommendation", LoopRules.Create("always_on", _ => new LoopDecision.Continue(ContinueReason.HighConfidenceVisibleNextStep, "more")))
            .Prepend(LoopRules.Create("first", _ => null))
            .Append(LoopRules.Create("last", _ => null))
            .WithFallback(StopReason.NoProgress);

        policy.Rules[0].Name.ShouldBe("first");
        policy.Rules[^1].Name.ShouldBe("last");
        policy.Rules.Select(r => r.Name).ShouldNotContain("planning_only_no_progress");
        policy.Decide(Assessment() with { Runtime = RuntimeEvidence.None with { PlanningOnlyProgress = true } })
            .ShouldBe(new LoopDecision.Continue(ContinueReason.HighConfidenceVisibleNextStep, "more"));
        FinalReason(policy.Without("always_on").Decide(Assessment())).ShouldBe(StopReason.NoProgress);
    }

    [Fact]
    public void Misuse_is_refused_with_the_names_at_hand()
    {
        Should.Throw<ArgumentException>(() => DefaultLoopPolicy.Instance.Without("nope")).Message.ShouldContain("No rule is named 'nope'; the rules are: repeated_action, runtime_stop");
        Should.Throw<ArgumentException>(() => DefaultLoopPolicy.Instance.Append(LoopRules.Create("work_completed", _ => null))).Message.ShouldContain("Two rules are named 'work_completed'");
        Should.Throw<ArgumentNullException>(() => new LoopRuleChain([null!]));
        Should.Throw<ArgumentNullException>(() => DefaultLoopPolicy.Instance.Decide(null!));
        Should.Throw<ArgumentException>(() => LoopRules.Create(" ", _ => null));
        Should.Throw<ArgumentNullException>(() => LoopRules.Create("x", null!));
    }
}
