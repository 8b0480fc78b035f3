using System;
using System.Collections.Generic;

// Stateless is not in this machine's package registry. This stand-in has the signatures the generated
// configuration calls (as in Stateless 5.18) and records each call, so tests can compare them with the table.
// Because it is declared in this project, the generator sees Stateless.StateMachine`2 and emits ConfigureTransitions.
namespace Stateless
{
    public class StateMachine<TState, TTrigger>
    {
        private readonly List<StatelessCall<TState, TTrigger>> _calls = [];

        public StateMachine(TState initialState)
        {
            State = initialState;
        }

        public TState State { get; }

        public IReadOnlyList<StatelessCall<TState, TTrigger>> Calls => _calls;

        public StateConfiguration Configure(TState state) => new(this, state);

        public sealed class StateConfiguration
        {
            private readonly StateMachine<TState, TTrigger> _machine;
            private readonly TState _state;

            internal StateConfiguration(StateMachine<TState, TTrigger> machine, TState state)
            {
                _machine = machine;
                _state = state;
            }

            public StateConfiguration Permit(TTrigger trigger, TState destinationState) =>
                Record(nameof(Permit), trigger, destinationState);

            public StateConfiguration PermitReentry(TTrigger trigger) => Record(nameof(PermitReentry), trigger, _state);

            public StateConfiguration Ignore(TTrigger trigger) => Record(nameof(Ignore), trigger, _state);

            public StateConfiguration OnEntry(Action entryAction, string? entryActionDescription = null) => this;

            private StateConfiguration Record(string method, TTrigger trigger, TState destination)
            {
                _machine._calls.Add(new StatelessCall<TState, TTrigger>(_state, method, trigger, destination));
                return this;
            }
        }
    }

    public sealed record StatelessCall<TState, TTrigger>(TState State, string Method, TTrigger Trigger, TState Destination);
}
