using Imp;

namespace Warehouse;

// The types docs/phase-machines.md declares, compiled here as a user's would be. DocsSampleTests checks that each
// region below is a verbatim C# block of the page: edit here first, then copy.

// <doc page="phase-machines" name="trigger-machine">
public enum ParcelTrigger { Pay, Ship, Cancel }

[PhaseMachine(Triggers = typeof(ParcelTrigger))]
public enum Parcel
{
    [InitialPhase, On(ParcelTrigger.Pay, Paid)] Cart,
    [On(ParcelTrigger.Ship, Shipped)] Paid,
    [TerminalPhase] Shipped,
    [TerminalPhase, FromAnyPhase(ParcelTrigger.Cancel)] Cancelled,   // Cancel leads here from every other phase
}
// </doc>
