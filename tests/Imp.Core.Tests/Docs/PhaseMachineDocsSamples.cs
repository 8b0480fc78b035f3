using System.Collections.Generic;
using Imp;
using Stateless;

namespace Warehouse;

/// <summary>The Stateless statements of docs/phase-machines.md, compiled; DocsSampleTests runs them and checks what their comments say.</summary>
internal static class PhaseMachineDocsSamples
{
    public static (TurnPhase State, bool SampleNow, List<string> Log) TurnPhaseStateless()
    {
        var log = new List<string>();
        // <doc page="phase-machines" name="turnphase-stateless">
        StateMachine<TurnPhase, TurnPhase> turn = TurnPhaseTransitions.CreateStateMachine();
        turn.Configure(TurnPhase.Finish).OnEntry(() => log.Add("run over"));   // add actions afterwards
        turn.Fire(TurnPhase.PreTurn);                            // the trigger is the phase to enter
        bool sampleNow = turn.CanFire(TurnPhase.SampleModel);   // false: PreTurn leads to BuildContext or Finish
        // </doc>
        turn.Fire(TurnPhase.Finish);
        return (turn.State, sampleNow, log);
    }

    public static (bool CanPay, Parcel State, Parcel Generated, bool LeadsTo, Parcel Next) TriggersAndGuard()
    {
        // <doc page="phase-machines" name="trigger-stateless">
        bool paymentCleared = false;
        StateMachine<Parcel, ParcelTrigger> parcel = ParcelTransitions.CreateStateMachine(
            guard: (from, trigger, to) => trigger != ParcelTrigger.Pay || paymentCleared,
            guardDescription: "payment cleared");
        bool canPay = parcel.CanFire(ParcelTrigger.Pay);     // false: the guard says no
        paymentCleared = true;
        parcel.Fire(ParcelTrigger.Pay);                      // Cart -> Paid

        var generated = new ParcelMachine();                 // the dependency-free machine fires the same triggers
        generated.Fire(ParcelTrigger.Cancel);                // Cart -> Cancelled
        bool leadsTo = ParcelTransitions.TryGetDestination(Parcel.Paid, ParcelTrigger.Ship, out Parcel next);   // true, Shipped
        // </doc>
        return (canPay, parcel.State, generated.Current, leadsTo, next);
    }
}
