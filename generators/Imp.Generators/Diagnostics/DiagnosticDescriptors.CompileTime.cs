using Microsoft.CodeAnalysis;

namespace Imp.Generators.Diagnostics;

/// <summary>IMP0050–IMP0079: the silent surprises of a wire type, and the wire-contract lock.</summary>
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor WireEnumWithoutConverter = new(
        id: "IMP0050",
        helpLinkUri: HelpLinks.For("IMP0050"),
        title: "A wire enum without its converter attribute is written as a number",
        messageFormat: "Enum '{0}' has generated wire names, but System.Text.Json writes it as a number ({{\"x\":0}}) unless told otherwise; add [JsonConverter(typeof({1}))] to '{0}'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The generated converter is used only where it is named. Suppress this warning for an enum that never reaches JSON, or whose converter is registered in JsonSerializerOptions instead.");

    public static readonly DiagnosticDescriptor WireEnumForeignConverter = new(
        id: "IMP0051",
        helpLinkUri: HelpLinks.For("IMP0051"),
        title: "A wire enum names another converter than its generated one",
        messageFormat: "Enum '{0}' has [JsonConverter(typeof({1}))], which does not write its wire names; use [JsonConverter(typeof({2}))]",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "JsonStringEnumConverter writes the C# member names (\"UnderWay\"), not the wire names (\"under_way\") that imp-core reads.");

    public static readonly DiagnosticDescriptor VariantMemberNotOnWire = new(
        id: "IMP0052",
        helpLinkUri: HelpLinks.For("IMP0052"),
        title: "A variant's data outside its primary constructor is not on the wire",
        messageFormat: "{0} '{1}' of variant '{2}' is not a parameter of its primary constructor, so the union's converter drops it on write and leaves it at its default on read; make it a parameter of '{2}(...)', or mark it [JsonIgnore] if it must stay off the wire",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A union's converter reads and writes exactly the parameters of each variant's primary constructor.");

    public static readonly DiagnosticDescriptor GeneratedTypeDeclaredByUser = new(
        id: "IMP0053",
        helpLinkUri: HelpLinks.For("IMP0053"),
        title: "A type the generator writes is already declared, and cannot be completed",
        messageFormat: "'{0}' is generated for '{1}', but it is already declared here {2}; declare it '{3} partial class {0}' to add members to it, or rename it",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generator declares this type as a partial class; a declaration of the same name that is not a matching partial class would make the compiler reject both.");

    public static readonly DiagnosticDescriptor LockedWireNameMissing = new(
        id: "IMP0054",
        helpLinkUri: HelpLinks.For("IMP0054"),
        title: "A locked wire name no longer exists",
        messageFormat: "The wire contract locks '{0}' as \"{1}\", but the code no longer has '{0}'; every peer that reads this name would break, so restore it, or remove the line from {2} if the break is intended (lock line: {3})",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor LockedWireNameChanged = new(
        id: "IMP0055",
        helpLinkUri: HelpLinks.For("IMP0055"),
        title: "A locked wire name has changed",
        messageFormat: "The wire contract locks '{0}' as \"{1}\", but it is now \"{2}\"; every peer that reads the old name would break, so add [WireName(\"{1}\")], or update the line in {3} if the break is intended (lock line: {4})",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor WireNameNotLocked = new(
        id: "IMP0056",
        helpLinkUri: HelpLinks.For("IMP0056"),
        title: "A wire name is not in the wire contract yet",
        messageFormat: "The wire name of '{0}' is not in {1}; lock it so a later rename is caught (lock line: {2})",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A project that commits a wire contract file locks every wire name of its wire enums and unions; the code fix adds the missing lines.",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor MalformedWireContractLine = new(
        id: "IMP0057",
        helpLinkUri: HelpLinks.For("IMP0057"),
        title: "A line of the wire contract cannot be read",
        messageFormat: "Line {0} of {1} is {2}; write '<kind> <C# name> = <wire name>' with kind enum, variant or field, or start the line with '#'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        customTags: WellKnownDiagnosticTags.CompilationEnd);
}
