using Imp.Generators.Naming;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.WireEnums;

/// <summary>One member of a <see cref="WireEnumShape"/>.</summary>
internal sealed class WireEnumMemberShape
{
    private string? _jsonName;

    private WireEnumMemberShape(IFieldSymbol field, AttributeData? wireNameAttribute, string? explicitName, bool isAlias, NamingRule rule)
    {
        Rule = rule;
        Field = field;
        WireNameAttribute = wireNameAttribute;
        ExplicitName = explicitName;
        IsAlias = isAlias;
        SerdeName = SerdeRenameRule.ApplyToVariant(rule, field.Name);
    }

    public IFieldSymbol Field { get; }

    /// <summary>The member's <c>[WireName]</c>, if it has one.</summary>
    public AttributeData? WireNameAttribute { get; }

    /// <summary>The <c>[WireName]</c> argument, or null when absent or not a constant string.</summary>
    public string? ExplicitName { get; }

    /// <summary>True when an earlier member has the same value: this one is accepted by the parsers only.</summary>
    public bool IsAlias { get; }

    /// <summary>The enum's naming rule.</summary>
    public NamingRule Rule { get; }

    /// <summary>The name serde's rule gives the member.</summary>
    public string SerdeName { get; }

    /// <summary>The name System.Text.Json's nearest policy gives the member, or null when it has none for the rule.</summary>
    /// <remarks>Computed on first use: only the analyzer compares the two namings, so the generator never pays for it.</remarks>
    // Stryker disable once Assignment : equivalent — the name is computed from the field alone, so recomputing it on every read gives the same string; only the caching differs.
    public string? JsonName => _jsonName ??= JsonPolicyName.ForVariant(Rule, Field.Name);

    public bool HasMalformedName => WireNameAttribute is not null && !WireNameRules.IsWellFormed(ExplicitName);

    /// <summary>True when serde and System.Text.Json would name the member differently and no <c>[WireName]</c> settles it.</summary>
    public bool HasAmbiguousDerivedName => WireNameAttribute is null && !SerdeRefusesRule && JsonName is not null && SerdeName != JsonName;

    public string WireName => ExplicitName ?? SerdeName;

    /// <summary>True when serde_derive would refuse the enum's rule for this member's name.</summary>
    public bool SerdeRefusesRule => WireNameAttribute is null && SerdeRenameRule.SerdeRefuses(Rule, Field.Name, isField: false);

    public static WireEnumMemberShape Read(IFieldSymbol field, bool isAlias, NamingRule rule)
    {
        (AttributeData? attribute, string? explicitName) = ExplicitWireName.Read(field);
        return new WireEnumMemberShape(field, attribute, explicitName, isAlias, rule);
    }
}
