namespace Imp.Orleans;

/// <summary>Builds the <see cref="TurnRunner"/> that drives a run on a silo: the model, the tools and the host's options.</summary>
/// <remarks>
/// The grain calls it when a run starts and again when a run is resumed on another silo, so it must build the same
/// runner for the same profile on every silo. Register it with <see cref="ImpOrleansSiloBuilderExtensions.AddImpAgentRuns"/>.
/// </remarks>
public interface IAgentRunnerFactory
{
    /// <summary>
    /// The runner for run <paramref name="runId"/>. Pass <paramref name="options"/> to the runner, adding yours with
    /// <c>options with { … }</c>: they carry the grain's run store and event sink, without which the run is neither
    /// durable nor observable.
    /// </summary>
    /// <param name="runId">The run's id.</param>
    /// <param name="profile">The profile the run was started with (<see langword="null"/> for the default).</param>
    /// <param name="options">The grain's options: <see cref="TurnRunnerOptions.RunStore"/> and <see cref="TurnRunnerOptions.OnEvent"/> set.</param>
    TurnRunner Create(string runId, string? profile, TurnRunnerOptions options);
}
