using System;

namespace Imp;

/// <summary>A failure to judge, as <see cref="RetryOptions.ShouldHandle"/> receives it.</summary>
/// <param name="Attempt">Retries made so far: 0 when the first attempt failed.</param>
/// <param name="Error">What failed, as thrown (or the exception an in-band error event stands for).</param>
/// <param name="Classified">The failure as classified: <see cref="RetryOptions.TranslateException"/>'s result, else <paramref name="Error"/>.</param>
/// <param name="Kind">What <see cref="RetryClassifier.Classify"/> makes of <paramref name="Classified"/>; <see langword="null"/>: permanent.</param>
/// <param name="IsTransient">The default decision: a kind the policy's <see cref="RetryPolicy.RetryOn"/> retries.</param>
public readonly record struct RetryDecision(int Attempt, Exception Error, Exception Classified, RetryCondition? Kind, bool IsTransient);
