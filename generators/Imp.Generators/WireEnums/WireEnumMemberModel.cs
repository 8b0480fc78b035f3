namespace Imp.Generators.WireEnums;

/// <summary>One enum member as the emitter writes it.</summary>
/// <param name="Identifier">The member as written in C# (<c>@class</c> for a keyword).</param>
/// <param name="Reference">How generated code names it: <c>global::Ns.E.Member</c>, or a cast for an [Obsolete] member.</param>
/// <param name="WireName">Its wire name.</param>
/// <param name="IsAlias">True when an earlier member has the same value: parsed, never written.</param>
internal readonly record struct WireEnumMemberModel(string Identifier, string Reference, string WireName, bool IsAlias);
