using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Imp.Core.Tests.Runner.Support;

/// <summary>Test tools.</summary>
public static class TestTools
{
    public static AgentTool Returning(string name, ToolRisk risk, Func<JsonElement, string> result) =>
        AgentTool.Create(name, $"test tool {name}", risk, (args, _) => ValueTask.FromResult(result(args)));

    public static AgentTool Echo(string name = "echo", ToolRisk risk = ToolRisk.ReadOnly) =>
        Returning(name, risk, args => args.GetRawText());

    public static AgentTool Throwing(string name, string message) =>
        AgentTool.Create(name, "fails", ToolRisk.ReadOnly, (_, _) => throw new InvalidOperationException(message));

    public static AgentTool Async(string name, ToolRisk risk, Func<JsonElement, CancellationToken, Task<string>> run, TimeSpan? timeout = null) =>
        AgentTool.Create(name, $"test tool {name}", risk, async (args, ct) => await run(args, ct), timeout: timeout);
}
