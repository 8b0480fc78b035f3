using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Imp.Generators.WireContract;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Imp.Generators.CodeFixes;

/// <summary>
/// Locks wire names that are not in the wire contract yet (IMP0056): adds their lines to the project's
/// <c>ImpWireContract.txt</c>, keeping it sorted. Fix-all locks every such name of the project (or solution) at once.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WireContractFix)), Shared]
public sealed class WireContractFix : CodeFixProvider
{
    private const string Title = "Lock the wire name in " + WireContractFile.FileName;

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("IMP0056");

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => new LockAll();

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (Contract(context.Document.Project) is not null && LineOf(diagnostic) is { } line)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, cancellationToken => LockAsync(context.Document.Project.Solution, context.Document.Project.Id, [line], cancellationToken), equivalenceKey: Title),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static TextDocument? Contract(Project project) =>
        project.AdditionalDocuments.FirstOrDefault(d => d.FilePath is { } path ? WireContractFile.IsContract(path) : WireContractFile.IsContract(d.Name));

    private static string? LineOf(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(WireContractAnalyzer.LineProperty, out string? line) ? line : null;

    private static async Task<Solution> LockAsync(Solution solution, ProjectId projectId, IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        if (Contract(solution.GetProject(projectId)!) is not { } contract)
        {
            return solution;
        }

        SourceText text = await contract.GetTextAsync(cancellationToken).ConfigureAwait(false);
        string updated = WireContractFile.Update(text.ToString(), lines, []);
        return solution.WithAdditionalDocumentText(contract.Id, SourceText.From(updated, text.Encoding));
    }

    private sealed class LockAll : FixAllProvider
    {
        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            IEnumerable<Project> projects = fixAllContext.Scope == FixAllScope.Solution
                ? fixAllContext.Solution.Projects
                : [fixAllContext.Project];
            var lines = new Dictionary<ProjectId, string[]>();
            foreach (Project project in projects)
            {
                ImmutableArray<Diagnostic> diagnostics = await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                lines[project.Id] = diagnostics.Select(LineOf).OfType<string>().ToArray();
            }

            return CodeAction.Create(
                Title,
                async cancellationToken =>
                {
                    Solution solution = fixAllContext.Solution;
                    foreach (KeyValuePair<ProjectId, string[]> project in lines.Where(p => p.Value.Length > 0))
                    {
                        solution = await LockAsync(solution, project.Key, project.Value, cancellationToken).ConfigureAwait(false);
                    }

                    return solution;
                },
                equivalenceKey: Title);
        }
    }
}
