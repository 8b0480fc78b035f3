using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Imp.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Imp.Generators.WireContract;

/// <summary>
/// The wire-contract lock. A project opts in by adding <c>ImpWireContract.txt</c> as an additional file; every wire
/// name of its wire enums and unions is then compared with the file: a locked name that is gone (IMP0054) or changed
/// (IMP0055) is an error, a name not locked yet a warning (IMP0056, with a code fix that adds it).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WireContractAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The property of IMP0054–IMP0056 that holds the lock line to add (or, for IMP0054, to remove).</summary>
    public const string LineProperty = "LockLine";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.LockedWireNameMissing,
        DiagnosticDescriptors.LockedWireNameChanged,
        DiagnosticDescriptors.WireNameNotLocked,
        DiagnosticDescriptors.MalformedWireContractLine);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        AdditionalText? contract = context.Options.AdditionalFiles.FirstOrDefault(f => WireContractFile.IsContract(f.Path));
        if (contract is null)
        {
            return;
        }

        var code = new ConcurrentBag<WireContractEntry>();
        context.RegisterSymbolAction(
            symbolContext =>
            {
                foreach (WireContractEntry entry in WireContractNames.Of((INamedTypeSymbol)symbolContext.Symbol, symbolContext.CancellationToken))
                {
                    code.Add(entry);
                }
            },
            SymbolKind.NamedType);
        context.RegisterCompilationEndAction(end => Compare(end, contract, code));
    }

    private static void Compare(CompilationAnalysisContext context, AdditionalText contract, ConcurrentBag<WireContractEntry> code)
    {
        SourceText? text = contract.GetText(context.CancellationToken);
        if (text is null)
        {
            return;
        }

        string file = System.IO.Path.GetFileName(contract.Path);
        var locked = new Dictionary<string, (string WireName, int Line)>(StringComparer.Ordinal);
        foreach (TextLine line in text.Lines)
        {
            string content = line.ToString();
            if (WireContractFile.Parse(content, out string? problem) is { } entry)
            {
                if (!locked.ContainsKey(entry.Key))
                {
                    locked.Add(entry.Key, (entry.WireName, line.LineNumber));
                    continue;
                }

                problem = $"a second line for '{entry.Key}'";
            }

            if (problem is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MalformedWireContractLine, LineLocation(contract, text, line.LineNumber), line.LineNumber + 1, file, problem));
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (WireContractEntry entry in code.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            seen.Add(entry.Key);
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(LineProperty, entry.Line);
            string name = entry.Key.Substring(entry.Key.IndexOf(' ') + 1);
            if (!locked.TryGetValue(entry.Key, out (string WireName, int Line) lockedName))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WireNameNotLocked, entry.Location, properties, name, file, entry.Line));
            }
            else if (lockedName.WireName != entry.WireName)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LockedWireNameChanged, entry.Location, properties, name, lockedName.WireName, entry.WireName, file, entry.Line));
            }
        }

        foreach (KeyValuePair<string, (string WireName, int Line)> missing in locked.Where(l => !seen.Contains(l.Key)).OrderBy(l => l.Value.Line))
        {
            string line = WireContractFile.Line(missing.Key, missing.Value.WireName);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.LockedWireNameMissing,
                LineLocation(contract, text, missing.Value.Line),
                ImmutableDictionary<string, string?>.Empty.Add(LineProperty, line),
                missing.Key.Substring(missing.Key.IndexOf(' ') + 1),
                missing.Value.WireName,
                file,
                line));
        }
    }

    private static Location LineLocation(AdditionalText contract, SourceText text, int lineNumber)
    {
        TextLine line = text.Lines[lineNumber];
        return Location.Create(contract.Path, line.Span, text.Lines.GetLinePositionSpan(line.Span));
    }
}
