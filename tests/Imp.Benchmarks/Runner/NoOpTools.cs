using System.Threading.Tasks;

namespace Imp.Benchmarks.Runner;

/// <summary>Tools that do nothing and finish at once, so that only the cost of calling them is measured.</summary>
public static class NoOpTools
{
    /// <summary>Three read-only tools (run concurrently by the runner) and one mutable tool (run after them).</summary>
    public static AgentTool[] ThreeReadsOneWrite() =>
    [
        Create("read_file", ToolRisk.ReadOnly),
        Create("list_dir", ToolRisk.ReadOnly),
        Create("grep", ToolRisk.ReadOnly),
        Create("write_file", ToolRisk.Mutable),
    ];

    private static AgentTool Create(string name, ToolRisk risk) =>
        AgentTool.Create(name, $"no-op {name}", risk, static (_, _) => ValueTask.FromResult("ok"));
}
