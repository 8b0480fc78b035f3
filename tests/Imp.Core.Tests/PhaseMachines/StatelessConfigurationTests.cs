using System.Linq;
using System.Reflection;
using Shouldly;
using Stateless;
using Xunit;

namespace Imp.Core.Tests.PhaseMachines;

/// <summary>The generated Stateless configuration holds exactly the generated table.</summary>
public sealed class StatelessConfigurationTests
{
    [Fact]
    public void ConfigureTransitions_permits_exactly_the_table_with_the_target_phase_as_trigger()
    {
        var machine = new StateMachine<Door, Door>(DoorTransitions.Initial);

        machine.ConfigureTransitions().ShouldBeSameAs(machine);

        machine.Calls.Select(c => (c.State, c.Destination)).ShouldBe(DoorTransitions.All.Select(t => (t.From, t.To)));
        machine.Calls.ShouldAllBe(c => c.Trigger == c.Destination);
        machine.Calls.Where(c => c.Method == "PermitReentry").Select(c => c.State).ShouldBe([Door.Opening]);
        machine.Calls.Where(c => c.Method != "PermitReentry").ShouldAllBe(c => c.Method == "Permit" && c.State != c.Destination);
    }

    [Fact]
    public void ConfigureTransitions_refuses_a_null_machine()
    {
        Should.Throw<System.ArgumentNullException>(() => DoorTransitions.ConfigureTransitions(null!));
    }

    [Fact]
    public void Without_Stateless_referenced_no_configuration_is_generated()
    {
        // Imp.Core references no Stateless, so its TurnPhase table has no Stateless method.
        typeof(TurnPhaseTransitions).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => m.Name)
            .ShouldNotContain("ConfigureTransitions");
        typeof(DoorTransitions).GetMethod("ConfigureTransitions").ShouldNotBeNull();
    }
}
