using Microsoft.CodeAnalysis.Diagnostics;

namespace Imp.Generators.Diagnostics;

/// <summary>How every Imp analyzer starts.</summary>
internal static class AnalyzerSetup
{
    /// <summary>
    /// Analyses the user's code only (generated code, the generator's own included, is not the user's to change) and
    /// lets symbols be analysed concurrently.
    /// </summary>
    public static void UserCodeOnly(this AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        // Stryker disable once Statement : equivalent — concurrent execution changes how fast the analyzer runs, not what it reports.
        context.EnableConcurrentExecution();
    }
}
