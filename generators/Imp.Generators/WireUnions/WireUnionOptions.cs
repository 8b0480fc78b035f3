using Imp.Generators.Naming;
using Imp.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.WireUnions;

/// <summary>What a <c>[WireUnion(...)]</c> says about the union's serde representation; symbol-free apart from the attribute.</summary>
internal sealed class WireUnionOptions
{
    private WireUnionOptions(AttributeData? attribute, UnionRepresentation representation, string tag, string? content, NamingRule naming, NamingRule fieldNaming, bool defaultAll, string? problem)
    {
        Attribute = attribute;
        Representation = representation;
        Tag = tag;
        Content = content;
        Naming = naming;
        FieldNaming = fieldNaming;
        DefaultAll = defaultAll;
        Problem = problem;
    }

    public AttributeData? Attribute { get; }

    public UnionRepresentation Representation { get; }

    public string Tag { get; }

    public string? Content { get; }

    public NamingRule Naming { get; }

    public NamingRule FieldNaming { get; }

    /// <summary>True when the union carries <c>[WireDefault]</c>: every variant reads missing fields from its parameterless constructor.</summary>
    public bool DefaultAll { get; }

    /// <summary>Why the arguments cannot be generated (IMP0040, IMP0042, IMP0043), or null when they can.</summary>
    public string? Problem { get; }

    /// <summary>The diagnostic the <see cref="Problem"/> belongs to.</summary>
    public string? ProblemId { get; private set; }

    public static WireUnionOptions Read(INamedTypeSymbol type)
    {
        AttributeData? attribute = SymbolFacts.Find(type, WireUnionShape.WireUnionAttribute);
        bool contentSet = NamedArguments.IsSet(attribute, "Content");
        bool representationSet = NamedArguments.IsSet(attribute, "Representation");
        string? content = NamedArguments.String(attribute, "Content", null);
        int representation = NamedArguments.Int(attribute, "Representation", contentSet ? (int)UnionRepresentation.AdjacentlyTagged : 0);
        string? tag = NamedArguments.String(attribute, "Tag", "type");
        int naming = NamedArguments.Int(attribute, "Naming", 0);
        int fieldNaming = NamedArguments.Int(attribute, "FieldNaming", 0);
        bool defaultAll = SymbolFacts.Has(type, WireUnionShape.WireDefaultAttribute);

        (string? problem, string? id) = (representation, naming, fieldNaming) switch
        {
            _ when representation is < 0 or > (int)UnionRepresentation.Untagged =>
                ($"sets Representation to {representation}, which is no WireRepresentation value; use one of its named values", "IMP0040"),
            _ when naming is < 0 or > (int)NamingRule.ScreamingKebabCase =>
                ($"sets Naming to {naming}, which is no WireNaming value; use one of its named values", "IMP0040"),
            _ when fieldNaming is < 0 or > (int)NamingRule.ScreamingKebabCase =>
                ($"sets FieldNaming to {fieldNaming}, which is no WireNaming value; use one of its named values", "IMP0040"),
            _ when (UnionRepresentation)representation == UnionRepresentation.AdjacentlyTagged && !contentSet =>
                ("is adjacently tagged but has no Content; set Content = \"...\" (serde's content = \"...\")", "IMP0042"),
            _ when contentSet && representationSet && (UnionRepresentation)representation != UnionRepresentation.AdjacentlyTagged =>
                ($"sets Content, which only the adjacently tagged representation uses, but Representation is {(UnionRepresentation)representation}; remove Content or Representation", "IMP0042"),
            _ when NamedArguments.IsSet(attribute, "Tag") && (UnionRepresentation)representation is UnionRepresentation.ExternallyTagged or UnionRepresentation.Untagged =>
                ($"sets Tag, which the {(UnionRepresentation)representation} representation has no use for; remove Tag or choose a tagged representation", "IMP0042"),
            _ when !WireNameRules.IsWellFormed(tag) =>
                ("has an empty or malformed Tag; give the tag property a plain name such as \"type\" or \"kind\"", "IMP0043"),
            _ when contentSet && !WireNameRules.IsWellFormed(content) =>
                ("has an empty or malformed Content; give the content property a plain name such as \"content\"", "IMP0043"),
            _ when contentSet && content == tag =>
                ($"uses \"{tag}\" as both Tag and Content; give them different names", "IMP0043"),
            _ => (null, null),
        };

        return new WireUnionOptions(attribute, (UnionRepresentation)representation, tag ?? "type", content, (NamingRule)naming, (NamingRule)fieldNaming, defaultAll, problem) { ProblemId = id };
    }
}
