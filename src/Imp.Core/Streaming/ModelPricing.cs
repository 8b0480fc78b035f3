namespace Imp;

/// <summary>A model's prices in dollars per million tokens, which <see cref="Cost.Of"/> applies (imp-llm's <c>ModelPricing</c>).</summary>
/// <param name="InputPerMillionTokens">Per million input tokens.</param>
/// <param name="OutputPerMillionTokens">Per million output tokens.</param>
/// <param name="CacheReadPerMillionTokens">Per million tokens read from the cache.</param>
/// <param name="CacheWritePerMillionTokens">Per million tokens written to the cache.</param>
public sealed record ModelPricing(double InputPerMillionTokens, double OutputPerMillionTokens, double CacheReadPerMillionTokens, double CacheWritePerMillionTokens);
