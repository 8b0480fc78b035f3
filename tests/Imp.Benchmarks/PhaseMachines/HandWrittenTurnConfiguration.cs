using Stateless;

namespace Imp.Benchmarks.PhaseMachines;

/// <summary>What a Stateless user writes by hand for the turn's phases: the baseline of the generated configuration.</summary>
internal static class HandWrittenTurnConfiguration
{
    public static StateMachine<TurnPhase, TurnPhase> Create(TurnPhase start)
    {
        var machine = new StateMachine<TurnPhase, TurnPhase>(start);
        machine.Configure(TurnPhase.ReceiveCommands).Permit(TurnPhase.PreTurn, TurnPhase.PreTurn).Permit(TurnPhase.Finish, TurnPhase.Finish);
        machine.Configure(TurnPhase.PreTurn).Permit(TurnPhase.BuildContext, TurnPhase.BuildContext).Permit(TurnPhase.Finish, TurnPhase.Finish);
        machine.Configure(TurnPhase.BuildContext).Permit(TurnPhase.SampleModel, TurnPhase.SampleModel).Permit(TurnPhase.Finish, TurnPhase.Finish);
        machine.Configure(TurnPhase.SampleModel)
            .Permit(TurnPhase.FinalizeAssistantMessage, TurnPhase.FinalizeAssistantMessage)
            .Permit(TurnPhase.RecordObservations, TurnPhase.RecordObservations)
            .Permit(TurnPhase.Finish, TurnPhase.Finish);
        machine.Configure(TurnPhase.FinalizeAssistantMessage)
            .Permit(TurnPhase.AssessTurn, TurnPhase.AssessTurn)
            .Permit(TurnPhase.PlanTools, TurnPhase.PlanTools)
            .Permit(TurnPhase.Finish, TurnPhase.Finish);
        machine.Configure(TurnPhase.PlanTools).Permit(TurnPhase.ExecuteTools, TurnPhase.ExecuteTools).Permit(TurnPhase.Finish, TurnPhase.Finish);
        machine.Configure(TurnPhase.ExecuteTools).Permit(TurnPhase.RecordObservations, TurnPhase.RecordObservations).Permit(TurnPhase.Finish, TurnPhase.Finish);
        machine.Configure(TurnPhase.RecordObservations).Permit(TurnPhase.AssessTurn, TurnPhase.AssessTurn).Permit(TurnPhase.Finish, TurnPhase.Finish);
        machine.Configure(TurnPhase.AssessTurn).Permit(TurnPhase.DecideNext, TurnPhase.DecideNext).Permit(TurnPhase.Finish, TurnPhase.Finish);
        machine.Configure(TurnPhase.DecideNext).Permit(TurnPhase.ReceiveCommands, TurnPhase.ReceiveCommands).Permit(TurnPhase.Finish, TurnPhase.Finish);
        return machine;
    }
}
