using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Harbor;
using Harbor.Shipping;
using Imp;
using Stateless;

// Exercises every member the Imp generator adds to ShipState, as a user of the Imp.Core package would.
var checks = new Checks();

checks.Check("AsStr(Docked)", ShipState.Docked.AsStr(), "docked");
checks.Check("AsStr(UnderWay)", ShipState.UnderWay.AsStr(), "under_way");
checks.Check("AsStr(AwaitingPilotBoarding)", ShipState.AwaitingPilotBoarding.AsStr(), "awaiting_pilot_boarding");
checks.Check("AsStr(Missing) with [WireName]", ShipState.Missing.AsStr(), "lost-at-sea");
checks.Check("AsStr((ShipState)42)", Outcome(() => ((ShipState)42).AsStr()), "throws ArgumentOutOfRangeException");

checks.Check("TryParse(string \"awaiting_pilot_boarding\")", FromString("awaiting_pilot_boarding"), "true AwaitingPilotBoarding");
checks.Check("TryParse(string \"lost-at-sea\")", FromString("lost-at-sea"), "true Missing");
checks.Check("TryParse(string \"UnderWay\")", FromString("UnderWay"), "false");
checks.Check("TryParse(string \"missing\")", FromString("missing"), "false");
checks.Check("TryParse(string null)", FromString(null), "false");

checks.Check("TryParse(chars \"under_way\" sliced from a longer text)", FromChars("[under_way]".AsSpan(1, 9)), "true UnderWay");
checks.Check("TryParse(chars \"Under_Way\")", FromChars("Under_Way".AsSpan()), "false");

checks.Check("TryParse(utf8 \"docked\")", FromUtf8("docked"u8), "true Docked");
checks.Check("TryParse(utf8 \"lost-at-sea\")", FromUtf8("lost-at-sea"u8), "true Missing");
checks.Check("TryParse(utf8 \"docked \")", FromUtf8("docked "u8), "false");

checks.Check("Parse(\"under_way\")", ShipStateExtensions.Parse("under_way").ToString(), "UnderWay");
checks.Check("Parse(\"sunk\")", ParseError("sunk"), "throws UnknownWireNameException, a FormatException, for \"sunk\"");

// Typed locals: the members must have exactly these types, and Count must be a constant.
ImmutableArray<string> names = ShipStateExtensions.GetNames();
ImmutableArray<ShipState> values = Harbor.Shipping.ShipStateExtensions.GetValues();
const int count = ShipStateExtensions.Count;
checks.Check("GetNames()", string.Join(",", names), "docked,under_way,awaiting_pilot_boarding,lost-at-sea");
checks.Check("GetValues()", string.Join(",", values), "Docked,UnderWay,AwaitingPilotBoarding,Missing");
checks.Check("Count", count.ToString(CultureInfo.InvariantCulture), "4");

// The converter is found through [JsonConverter] on the enum: no options are passed.
checks.Check("JSON write UnderWay", JsonSerializer.Serialize(ShipState.UnderWay), "\"under_way\"");
var voyage = new Voyage(ShipState.Missing, new Dictionary<ShipState, int> { [ShipState.Docked] = 2, [ShipState.AwaitingPilotBoarding] = 1 });
string json = JsonSerializer.Serialize(voyage);
checks.Check("JSON write Voyage", json, "{\"State\":\"lost-at-sea\",\"Calls\":{\"docked\":2,\"awaiting_pilot_boarding\":1}}");
checks.Check("JSON read Voyage back", Describe(JsonSerializer.Deserialize<Voyage>(json)), "Missing; Docked=2, AwaitingPilotBoarding=1");
checks.Check("JSON read \"sunk\"", Outcome(() => JsonSerializer.Deserialize<ShipState>("\"sunk\"").ToString()), "throws JsonException");
checks.Check("JSON read \"UnderWay\"", Outcome(() => JsonSerializer.Deserialize<ShipState>("\"UnderWay\"").ToString()), "throws JsonException");
checks.Check("JSON read 1", Outcome(() => JsonSerializer.Deserialize<ShipState>("1").ToString()), "throws JsonException");
checks.Check("JSON read key \"sunk\"", Outcome(() => JsonSerializer.Deserialize<Dictionary<ShipState, int>>("{\"sunk\":1}")!.Count.ToString(CultureInfo.InvariantCulture)), "throws JsonException");

// [PhaseMachine]: the table, the machine and its refusal.
checks.Check("CanTransition(Free, Mooring)", BerthTransitions.CanTransition(Berth.Free, Berth.Mooring).ToString(), "True");
checks.Check("CanTransition(Free, Occupied)", BerthTransitions.CanTransition(Berth.Free, Berth.Occupied).ToString(), "False");
checks.Check("AllowedNext(Occupied)", string.Join(",", BerthTransitions.AllowedNext(Berth.Occupied)), "Free,Closed");
var berth = new BerthMachine();
berth.Enter(Berth.Mooring);
checks.Check("BerthMachine refuses Mooring -> Free", Refusal(() => berth.Enter(Berth.Free)), "throws PhaseTransitionException: The Berth machine cannot enter free from mooring; allowed from mooring: occupied, closed.");

// Stateless: TurnPhase's configuration ships compiled in Imp.Core, and the package brings Stateless with it.
StateMachine<TurnPhase, TurnPhase> turn = TurnPhaseTransitions.CreateStateMachine();
turn.Fire(TurnPhase.PreTurn);
checks.Check("TurnPhase Stateless machine fires PreTurn", turn.State.ToString(), "PreTurn");
checks.Check("TurnPhase Stateless machine CanFire(SampleModel)", turn.CanFire(TurnPhase.SampleModel).ToString(), "False");
checks.Check("TurnPhase Stateless machine configured twice", Refused(() => turn.ConfigureTransitions()), "throws InvalidOperationException");

// The user's own machine gets its configuration too, with a guard that Stateless honours.
StateMachine<Berth, Berth> berths = BerthTransitions.CreateStateMachine(guard: (from, to) => to != Berth.Closed);
berths.Fire(Berth.Mooring);
checks.Check("Berth Stateless machine, guarded", $"{berths.State} CanFire(Closed)={berths.CanFire(Berth.Closed)}", "Mooring CanFire(Closed)=False");

// [WireUnion]: serde's internally tagged JSON, found through the generated [JsonConverter].
Signal report = new Signal.Report(ShipState.Docked, 7);
string signal = JsonSerializer.Serialize(report);
checks.Check("JSON write Signal.Report", signal, "{\"type\":\"report\",\"state\":\"docked\",\"berth\":7}");
checks.Check("JSON read Signal, type last", JsonSerializer.Deserialize<Signal>("{\"state\":\"under_way\",\"type\":\"report\"}")!.Match(r => $"{r.State} {r.Berth?.ToString(CultureInfo.InvariantCulture) ?? "none"}", c => "closed"), "UnderWay none");
checks.Check("JSON read Signal \"sunk\"", Outcome(() => JsonSerializer.Deserialize<Signal>("{\"type\":\"sunk\"}")!.AsStr()), "throws JsonException");

return checks.Finish();

static string Refusal(Action action)
{
    try
    {
        action();
        return "returned";
    }
    catch (PhaseTransitionException error)
    {
        return $"throws {error.GetType().Name}: {error.Message}";
    }
}

static string Refused(Action action)
{
    try
    {
        action();
        return "returned";
    }
    catch (InvalidOperationException error)
    {
        return $"throws {error.GetType().Name}";
    }
}

static string FromString(string? text) => ShipStateExtensions.TryParse(text, out ShipState state) ? $"true {state}" : "false";

static string FromChars(ReadOnlySpan<char> text) => ShipStateExtensions.TryParse(text, out ShipState state) ? $"true {state}" : "false";

static string FromUtf8(ReadOnlySpan<byte> utf8) => ShipStateExtensions.TryParse(utf8, out ShipState state) ? $"true {state}" : "false";

static string ParseError(string text)
{
    try
    {
        return $"returned {ShipStateExtensions.Parse(text)}";
    }
    catch (UnknownWireNameException error)
    {
        FormatException asFormat = error;
        return $"throws {error.GetType().Name}, a {asFormat.GetType().BaseType!.Name}, for \"{error.Value}\"";
    }
}

static string Outcome(Func<string> action)
{
    try
    {
        return $"returned {action()}";
    }
    catch (ArgumentOutOfRangeException error)
    {
        return $"throws {error.GetType().Name}";
    }
    catch (JsonException error)
    {
        return $"throws {error.GetType().Name}";
    }
}

static string Describe(Voyage? voyage) =>
    voyage is null
        ? "null"
        : $"{voyage.State}; {string.Join(", ", voyage.Calls.Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key}={pair.Value}")))}";
