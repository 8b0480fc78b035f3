using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Imp.Generators.Tests.Infrastructure;

/// <summary>
/// Runs a code fix with Microsoft.CodeAnalysis.Testing: the marked diagnostics must be reported, the fix must turn the
/// source into the fixed one, and the fixed source must have no diagnostic left. Compiles against the same net8.0
/// references as the generator tests; the generators do not run, so compiler errors about their output are ignored.
/// </summary>
internal static class CodeFixHarness
{
    /// <remarks>
    /// The wire-contract diagnostics are reported at the end of the compilation, which the framework calls non-local:
    /// the build and an IDE's full-solution analysis report them, and the fix applies there (and in dotnet format).
    /// </remarks>
    public static Task VerifyAsync<TAnalyzer, TFix>(string source, string fixedSource, int codeActionIndex = 0, (string Path, string Text)? additionalFile = null, (string Path, string Text)? fixedAdditionalFile = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionIndex = codeActionIndex,
            CompilerDiagnostics = CompilerDiagnostics.None,
            // No reference package is downloaded: the references are the generator tests' own.
            ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
        };
        test.TestState.AdditionalReferences.AddRange(TestCompilation.References);
        test.SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectParseOptions(projectId, TestCompilation.ParseOptions)
                .WithProjectCompilationOptions(projectId, solution.GetProject(projectId)!.CompilationOptions!.WithSpecificDiagnosticOptions(
                    [new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)])));
        if (additionalFile is { } file)
        {
            test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
            test.TestState.AdditionalFiles.Add((file.Path, file.Text));
        }

        if (fixedAdditionalFile is { } fixedFile)
        {
            test.FixedState.AdditionalFiles.Add((fixedFile.Path, fixedFile.Text));
        }

        return test.RunAsync();
    }
}
