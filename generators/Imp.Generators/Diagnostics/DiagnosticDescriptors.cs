using Microsoft.CodeAnalysis;

namespace Imp.Generators.Diagnostics;

/// <summary>Every diagnostic the Imp analyzers report. Each message says what to change.</summary>
internal static partial class DiagnosticDescriptors
{
    private const string Category = "Imp.Generators";

    public static readonly DiagnosticDescriptor DuplicateWireName = new(
        id: "IMP0001",
        helpLinkUri: HelpLinks.For("IMP0001"),
        title: "Two members of a [WireEnum] enum have the same wire name",
        messageFormat: "Members '{0}' and '{1}' of enum '{2}' both have the wire name \"{3}\"; give one of them a distinct [WireName(\"...\")]",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each wire name must map back to one member, or reading it back would be ambiguous.");

    public static readonly DiagnosticDescriptor MalformedWireName = new(
        id: "IMP0002",
        helpLinkUri: HelpLinks.For("IMP0002"),
        title: "[WireName] is empty or malformed",
        messageFormat: "[WireName] on '{0}' is {1}; pass a non-empty string constant without leading or trailing white space or control characters",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor WireNameWithoutWireEnum = new(
        id: "IMP0003",
        helpLinkUri: HelpLinks.For("IMP0003"),
        title: "[WireName] has no effect outside a [WireEnum] enum",
        messageFormat: "[WireName] on '{0}' has no effect because '{1}' is not marked [WireEnum]; add [WireEnum] to '{1}' or remove the [WireName]",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor FlagsWireEnum = new(
        id: "IMP0004",
        helpLinkUri: HelpLinks.For("IMP0004"),
        title: "A [Flags] enum cannot be a [WireEnum]",
        messageFormat: "Enum '{0}' is marked both [Flags] and [WireEnum]; a combination of flags has no single wire name, so remove [Flags] or [WireEnum]",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnreachableWireEnum = new(
        id: "IMP0005",
        helpLinkUri: HelpLinks.For("IMP0005"),
        title: "The generated code cannot reach this [WireEnum] enum",
        messageFormat: "Enum '{0}' is not visible to top-level classes of its assembly ({1}); make it and its containing types public or internal (not file-local), or remove [WireEnum]",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generated extension class is a top-level static class, so it can only name enums that are public or internal all the way out.");

    public static readonly DiagnosticDescriptor AmbiguousSnakeCase = new(
        id: "IMP0006",
        helpLinkUri: HelpLinks.For("IMP0006"),
        title: "serde and System.Text.Json would name this member differently",
        messageFormat: "Member '{0}' is \"{1}\" by serde's {3} rule but \"{2}\" by System.Text.Json's nearest naming policy; add [WireName(\"{1}\")] (or the other) to state which one the wire uses",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Imp writes serde's form, which is what imp-core reads; an explicit [WireName] makes the choice visible to readers and to other serializers.");

    public static readonly DiagnosticDescriptor WireEnumInGenericType = new(
        id: "IMP0007",
        helpLinkUri: HelpLinks.For("IMP0007"),
        title: "A [WireEnum] enum cannot be nested in a generic type",
        messageFormat: "Enum '{0}' is nested in generic type '{1}', which the generated extension class cannot name; move the enum out of '{1}' or remove [WireEnum]",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor WireEnumNameClash = new(
        id: "IMP0008",
        helpLinkUri: HelpLinks.For("IMP0008"),
        title: "Two [WireEnum] enums would get generated classes of the same name",
        messageFormat: "Enums '{0}' and '{1}' would both get the generated class '{2}' in {3}; rename one of them or move it to another namespace",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Generated classes live at namespace level, so enums nested in different types still share a namespace.");

    public static readonly DiagnosticDescriptor PhaseTargetNotMember = new(
        id: "IMP0009",
        helpLinkUri: HelpLinks.For("IMP0009"),
        title: "A [Next] target is not a phase of the same enum",
        messageFormat: "[Next] on '{0}' lists {1}, which is not a member of '{2}'; list members of '{2}' only",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor RepeatedPhaseTarget = new(
        id: "IMP0010",
        helpLinkUri: HelpLinks.For("IMP0010"),
        title: "A [Next] target is listed more than once",
        messageFormat: "[Next] on '{0}' lists '{1}' {2}; remove the repeat",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnreachablePhase = new(
        id: "IMP0011",
        helpLinkUri: HelpLinks.For("IMP0011"),
        title: "A phase cannot be reached from the initial phase",
        messageFormat: "Phase '{0}' of '{1}' cannot be reached from the initial phase '{2}'; list it in the [Next] of a reachable phase, or remove it",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DeadEndPhase = new(
        id: "IMP0012",
        helpLinkUri: HelpLinks.For("IMP0012"),
        title: "A non-terminal phase has no way out",
        messageFormat: "Phase '{0}' of '{1}' has no way out, so a machine entering it would be stuck; add [Next(...)] with the phases that may follow it, or mark it [TerminalPhase]",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InitialPhaseCount = new(
        id: "IMP0013",
        helpLinkUri: HelpLinks.For("IMP0013"),
        title: "A phase machine needs exactly one initial phase",
        messageFormat: "Phase machine '{0}' has {1}; mark exactly one member [InitialPhase]",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor TerminalPhaseWithTransitions = new(
        id: "IMP0014",
        helpLinkUri: HelpLinks.For("IMP0014"),
        title: "A terminal phase has outgoing transitions",
        messageFormat: "Phase '{0}' is marked [TerminalPhase], which no transition leaves, but its [Next] lists phases; remove the [Next] or the [TerminalPhase]",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor PhaseAttributeOutsideMachine = new(
        id: "IMP0015",
        helpLinkUri: HelpLinks.For("IMP0015"),
        title: "A phase attribute has no effect outside a [PhaseMachine] enum",
        messageFormat: "[{0}] on '{1}' has no effect because '{2}' is not marked [PhaseMachine]; add [PhaseMachine] to '{2}' or remove the [{0}]",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor PhaseAliases = new(
        id: "IMP0016",
        helpLinkUri: HelpLinks.For("IMP0016"),
        title: "Two phases share a value",
        messageFormat: "Members '{0}' and '{1}' of phase machine '{2}' have the same value, so they would be the same phase; give each member its own value",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnionNotAbstractRecord = new(
        id: "IMP0017",
        helpLinkUri: HelpLinks.For("IMP0017"),
        title: "A [WireUnion] must be an abstract record",
        messageFormat: "'{0}' is marked [WireUnion] but is not an abstract record class; declare it 'abstract partial record {0}'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnionNotPartial = new(
        id: "IMP0018",
        helpLinkUri: HelpLinks.For("IMP0018"),
        title: "A [WireUnion] must be partial",
        messageFormat: "'{0}' is marked [WireUnion] but it, or a type containing it, is not partial, so the generator cannot add its converter; add the 'partial' modifier",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor VariantNotSealed = new(
        id: "IMP0019",
        helpLinkUri: HelpLinks.For("IMP0019"),
        title: "A [WireUnion] variant must be sealed",
        messageFormat: "Variant '{0}' of union '{1}' is not sealed, so a record could derive from it and be read back as '{0}'; make it 'sealed'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor VariantOutsideUnion = new(
        id: "IMP0020",
        helpLinkUri: HelpLinks.For("IMP0020"),
        title: "A [WireUnion] variant must be nested in its union",
        messageFormat: "'{0}' derives from union '{1}' but is not nested in it, so the union's converter cannot know it; move '{0}' inside '{1}'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateVariantName = new(
        id: "IMP0021",
        helpLinkUri: HelpLinks.For("IMP0021"),
        title: "Two variants of a [WireUnion] have the same wire name",
        messageFormat: "Variants '{0}' and '{1}' of union '{2}' both have the wire name \"{3}\"; give one of them a distinct [WireName(\"...\")]",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor FieldNamedType = new(
        id: "IMP0022",
        helpLinkUri: HelpLinks.For("IMP0022"),
        title: "A variant field cannot have the tag's name",
        messageFormat: "Field '{0}' of variant '{1}' has the wire name \"{2}\", which is the union's tag; rename it, give it another [WireName(\"...\")] or choose another Tag",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor GenericUnion = new(
        id: "IMP0023",
        helpLinkUri: HelpLinks.For("IMP0023"),
        title: "A [WireUnion] cannot be generic",
        messageFormat: "Union '{0}' is generic, or nested in a generic type; a union's converter needs one closed set of variants, so remove the type parameters",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor VariantLessVisible = new(
        id: "IMP0024",
        helpLinkUri: HelpLinks.For("IMP0024"),
        title: "A [WireUnion] variant is less visible than its union",
        messageFormat: "Variant '{0}' is less visible than union '{1}', so Match and Switch could not name it; make '{0}' as visible as '{1}' (usually 'public')",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnreachableWireUnion = new(
        id: "IMP0025",
        helpLinkUri: HelpLinks.For("IMP0025"),
        title: "The generated code cannot reach this [WireUnion]",
        messageFormat: "Union '{0}' is not visible to top-level classes of its assembly ({1}); make it and its containing types public or internal (not file-local), or remove [WireUnion]",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor TriggerNotMember = new(
        id: "IMP0030",
        title: "A trigger is not a member of the machine's trigger enum",
        messageFormat: "[{0}] on '{1}' names the trigger {2}, which is not a member of '{3}', the trigger enum of '{4}'; name a member of '{3}'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For("IMP0030"));

    public static readonly DiagnosticDescriptor TriggerLeadsToTwoPhases = new(
        id: "IMP0031",
        title: "One trigger leads from a phase to two phases",
        messageFormat: "Trigger '{0}' leads from '{1}' to both '{2}' and '{3}'; a trigger leads to one phase from each phase, so give one of the two transitions a trigger of its own",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For("IMP0031"),
        description: "Firing the trigger could not choose between the two phases; Stateless would refuse every Fire of it.");

    public static readonly DiagnosticDescriptor TriggersNotEnum = new(
        id: "IMP0032",
        title: "The trigger type of a phase machine is not a usable enum",
        messageFormat: "[PhaseMachine] on '{0}' names '{1}' as its Triggers, but '{1}' {2}; name an enum that is public or internal, such as typeof({0}Trigger)",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For("IMP0032"));

    public static readonly DiagnosticDescriptor TriggeredPhaseUnreachable = new(
        id: "IMP0033",
        title: "A phase with triggers cannot be reached by firing triggers",
        messageFormat: "Phase '{0}' of '{1}' has triggers, but no sequence of triggers leads to it from the initial phase '{2}', so they can never fire; add [On(trigger, {0})] to a phase that triggers reach, or remove its triggers",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For("IMP0033"));

    public static readonly DiagnosticDescriptor RepeatedTrigger = new(
        id: "IMP0034",
        title: "A trigger is declared twice for the same transition",
        messageFormat: "Trigger '{0}' from '{1}' to '{2}' is declared {3}; remove the repeat",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For("IMP0034"));

    public static readonly DiagnosticDescriptor TriggerWithoutTriggerEnum = new(
        id: "IMP0035",
        title: "A trigger is named in a phase machine without a trigger enum",
        messageFormat: "[{0}] on '{1}' names a trigger, but '{2}' names no trigger enum; add Triggers = typeof(YourTriggerEnum) to its [PhaseMachine], or use [Next(...)] without triggers",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For("IMP0035"));

    public static readonly DiagnosticDescriptor OnTargetNotMember = new(
        id: "IMP0036",
        title: "An [On] destination is not a phase of the same enum",
        messageFormat: "[On] on '{0}' leads to {1}, which is not a member of '{2}'; name a member of '{2}' as the destination",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For("IMP0036"));

    public static readonly DiagnosticDescriptor TerminalPhaseWithTriggers = new(
        id: "IMP0037",
        title: "A terminal phase has triggers",
        messageFormat: "Phase '{0}' is marked [TerminalPhase], which no transition leaves, but has [On] triggers; remove the [On] or the [TerminalPhase]",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For("IMP0037"));

    public static readonly DiagnosticDescriptor UnknownWireOption = New(
        "IMP0040", "A [WireEnum] or [WireUnion] option is not one of its enum's values", Error);

    public static readonly DiagnosticDescriptor SerdeRefusesName = New(
        "IMP0041", "serde_derive cannot apply the naming rule to this name", Error);

    public static readonly DiagnosticDescriptor RepresentationMismatch = New(
        "IMP0042", "The [WireUnion] representation and its Tag or Content do not go together", Error);

    public static readonly DiagnosticDescriptor MalformedTag = New(
        "IMP0043", "The [WireUnion] Tag or Content is not a usable property name", Error);

    public static readonly DiagnosticDescriptor NewtypeFieldCount = New(
        "IMP0044", "A [WireNewtype] variant must have exactly one field", Error);

    public static readonly DiagnosticDescriptor TaggedNewtypeNotObject = New(
        "IMP0045", "An internally tagged newtype variant must hold an object", Error);

    public static readonly DiagnosticDescriptor SkipIfNullNotNullable = New(
        "IMP0046", "[WireSkipIfNull] needs a nullable field", Error);

    public static readonly DiagnosticDescriptor DefaultVariantWithoutConstructor = New(
        "IMP0047", "A [WireDefault] variant needs a parameterless constructor", Error);

    public static readonly DiagnosticDescriptor DefaultFieldWithoutDefault = New(
        "IMP0048", "A [WireDefault] field's type has no default value", Error);

    public static readonly DiagnosticDescriptor SkipIfEmptyNotCollection = New(
        "IMP0049", "[WireSkipIfEmpty] needs a collection field", Error);

    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    // The IMP004x messages say what is wrong and what to change in their second argument, worked out by the shape.
    private static DiagnosticDescriptor New(string id, string title, DiagnosticSeverity severity) =>
        new(id, title, "'{0}' {1}", Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinks.For(id));
}
