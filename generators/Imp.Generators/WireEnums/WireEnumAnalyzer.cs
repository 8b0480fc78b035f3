using System.Collections.Immutable;
using System.Linq;
using Imp.Generators.Diagnostics;
using Imp.Generators.Naming;
using Imp.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imp.Generators.WireEnums;

/// <summary>Reports every misuse of <c>[WireEnum]</c> and <c>[WireName]</c> that the generator skips or would get wrong.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WireEnumAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.DuplicateWireName,
        DiagnosticDescriptors.MalformedWireName,
        DiagnosticDescriptors.WireNameWithoutWireEnum,
        DiagnosticDescriptors.FlagsWireEnum,
        DiagnosticDescriptors.UnreachableWireEnum,
        DiagnosticDescriptors.AmbiguousSnakeCase,
        DiagnosticDescriptors.WireEnumInGenericType,
        DiagnosticDescriptors.WireEnumNameClash,
        DiagnosticDescriptors.UnknownWireOption,
        DiagnosticDescriptors.SerdeRefusesName);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        // Stryker disable once Statement : equivalent — concurrent execution changes how fast the analyzer runs, not what it reports.
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(AnalyzeEnum, SymbolKind.NamedType);
        context.RegisterSymbolAction(AnalyzeStrayWireName, SymbolKind.Field);
    }

    private static void AnalyzeEnum(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!WireEnumShape.IsWireEnum(type))
        {
            return;
        }

        WireEnumShape shape = WireEnumShape.Read(type, context.CancellationToken);
        Location enumLocation = Locations.Of(type);

        if (shape.UnknownRule is { } unknown)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownWireOption, enumLocation, type.Name, $"sets Naming to {unknown}, which is no WireNaming value; use one of its named values"));
        }

        if (shape.IsFlags)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FlagsWireEnum, enumLocation, type.Name));
        }

        if (shape.Reach == TypeReach.Unreachable)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnreachableWireEnum, enumLocation, type.Name, DescribeHiddenContainer(type)));
        }
        else if (shape.Reach == TypeReach.InGenericType)
        {
            // Stryker disable once Linq : equivalent — InGenericType means a container is generic, so First always finds one.
            INamedTypeSymbol generic = Containers(type).First(t => t.Arity > 0);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WireEnumInGenericType, enumLocation, type.Name, generic.ToDisplayString()));
        }

        if (shape.NameTwin is { } twin)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.WireEnumNameClash,
                enumLocation,
                type.ToDisplayString(),
                twin.ToDisplayString(),
                type.Name + "Extensions",
                type.ContainingNamespace.IsGlobalNamespace ? "the global namespace" : $"namespace '{type.ContainingNamespace.ToDisplayString()}'"));
        }

        foreach (WireEnumMemberShape member in shape.Members)
        {
            Location memberLocation = Locations.Of(member.Field);
            if (member.HasMalformedName && DescribeMalformed(member) is { } problem)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MalformedWireName, Locations.Of(member.WireNameAttribute!, member.Field), member.Field.Name, problem));
            }

            if (member.HasAmbiguousDerivedName)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AmbiguousSnakeCase, memberLocation, member.Field.Name, member.SerdeName, member.JsonName, NamingRuleText.Serde(member.Rule)));
            }

            if (member.SerdeRefusesRule)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SerdeRefusesName, memberLocation, member.Field.Name, $"starts with '{member.Field.Name.Substring(0, 1)}', which serde_derive's camelCase rule cannot lower-case (it stops compiling); give it a [WireName(\"...\")] or start the name with an ASCII letter"));
            }
        }

        foreach ((WireEnumMemberShape first, WireEnumMemberShape repeat) in shape.Duplicates)
        {
            Location location = repeat.WireNameAttribute is { } attribute
                ? Locations.Of(attribute, repeat.Field)
                : Locations.Of(repeat.Field);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateWireName, location, first.Field.Name, repeat.Field.Name, type.Name, repeat.WireName));
        }
    }

    private static void AnalyzeStrayWireName(SymbolAnalysisContext context)
    {
        var field = (IFieldSymbol)context.Symbol;
        AttributeData? attribute = SymbolFacts.Find(field, WireEnumShape.WireNameAttribute);
        if (attribute is null || WireEnumShape.IsWireEnum(field.ContainingType))
        {
            return;
        }

        Location location = Locations.Of(attribute, field);
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WireNameWithoutWireEnum, location, field.Name, field.ContainingType.Name));
    }

    /// <summary>Why a [WireName] argument is rejected, or null when the compiler already reports it.</summary>
    private static string? DescribeMalformed(WireEnumMemberShape member)
    {
        AttributeData attribute = member.WireNameAttribute!;
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Kind == TypedConstantKind.Error)
        {
            return null;
        }

        string? name = member.ExplicitName;
        if (name is null)
        {
            return "null";
        }

        if (name.Length == 0)
        {
            return "empty";
        }

        if (char.IsWhiteSpace(name[0]) || char.IsWhiteSpace(name[name.Length - 1]))
        {
            return "padded with white space";
        }

        return name.Any(char.IsControl) ? "holding a control character" : "holding a lone UTF-16 surrogate";
    }

    private static string DescribeHiddenContainer(INamedTypeSymbol type)
    {
        // Stryker disable once Linq : equivalent — Unreachable means the enum or a container is file-local or hidden, so First always finds one.
        INamedTypeSymbol hidden = Containers(type).First(t => t.IsFileLocal || t.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal));
        string access = hidden.IsFileLocal ? "file-local" : SyntaxFactsAccessibility(hidden.DeclaredAccessibility);
        return SymbolEqualityComparer.Default.Equals(hidden, type)
            ? $"it is {access}"
            : $"its containing type '{hidden.Name}' is {access}";
    }

    private static string SyntaxFactsAccessibility(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Private => "private",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => accessibility.ToString().ToLowerInvariant(),
    };

    private static System.Collections.Generic.IEnumerable<INamedTypeSymbol> Containers(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            yield return current;
        }
    }
}
