using System;
using System.ComponentModel;
using System.IO.Pipelines;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.Runner.Support;
using Microsoft.Extensions.AI;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Ecosystem;

/// <summary>
/// A real MCP server (ModelContextProtocol's, in process, over a pair of pipes speaking JSON-RPC) lists its tools to a
/// real MCP client; the runner plans and calls them as it does its own.
/// </summary>
public sealed class McpToolTests : IAsyncLifetime, IDisposable
{
    private readonly Pipe _toServer = new();
    private readonly Pipe _toClient = new();
    private readonly CancellationTokenSource _stop = new();
    private McpServer _server = null!;
    private Task _serving = Task.CompletedTask;
    private McpClient _client = null!;

    [Description("Counts the words of a text.")]
    private static int CountWords([Description("The text.")] string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    public async Task InitializeAsync()
    {
        var options = new McpServerOptions { ToolCollection = [] };
        options.ToolCollection.Add(McpServerTool.Create(CountWords, new McpServerToolCreateOptions { Name = "count_words", ReadOnly = true }));
        options.ToolCollection.Add(McpServerTool.Create((string path) => $"deleted {path}", new McpServerToolCreateOptions { Name = "delete_file", Description = "Deletes a file." }));
        _server = McpServer.Create(new StreamServerTransport(_toServer.Reader.AsStream(), _toClient.Writer.AsStream()), options);
        _serving = _server.RunAsync(_stop.Token);
        _client = await McpClient.CreateAsync(new StreamClientTransport(_toServer.Writer.AsStream(), _toClient.Reader.AsStream()));
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _stop.CancelAsync();
        await _serving.ContinueWith(static _ => { }, TaskScheduler.Default);
        await _server.DisposeAsync();
    }

    public void Dispose() => _stop.Dispose();

    [Fact]
    public async Task The_runner_plans_and_calls_an_MCP_servers_tools()
    {
        var tools = await _client.ListToolsAsync();
        tools.Select(t => t.Name).ShouldBe(["count_words", "delete_file"], ignoreOrder: true);

        // The server's read-only annotation becomes the tool's risk: read-only calls may run together.
        AITool[] agentTools = [.. tools.Select(t => AgentTool.From(t, t.ProtocolTool.Annotations?.ReadOnlyHint == true ? ToolRisk.ReadOnly : ToolRisk.Mutable))];
        var model = new ScriptedChatClient([
            Say.Calls(("c1", "count_words", """{"text":"one two three"}"""), ("c2", "delete_file", """{"path":"a.txt"}""")),
            Say.Answer("three words; a.txt deleted"),
        ]);

        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(model, agentTools);

        result.Status.ShouldBeOfType<RunFinalStatus.Done>();
        var started = recorder.Of<RunEvent.ToolStarted>().ToDictionary(s => s.Name, s => s.Risk);
        started.ShouldBe(new() { ["count_words"] = ToolRisk.ReadOnly, ["delete_file"] = ToolRisk.Mutable });
        var outputs = recorder.Of<RunEvent.ToolFinished>().ToDictionary(f => f.Name, f => f);
        outputs["count_words"].Outcome.ShouldBe(ToolOutcome.Succeeded);
        outputs["count_words"].Output.ShouldContain("\"text\":\"3\"");
        outputs["delete_file"].Output.ShouldContain("deleted a.txt");

        // The model was offered the server's schema, unchanged.
        AITool offered = model.Options[0]!.Tools!.Single(t => t.Name == "count_words");
        ((AIFunctionDeclaration)offered).JsonSchema.GetRawText().ShouldBe(tools.Single(t => t.Name == "count_words").JsonSchema.GetRawText());
    }

    [Fact]
    public async Task MCP_tools_added_as_they_are_run_as_mutable_tools()
    {
        var tools = await _client.ListToolsAsync();
        var model = new ScriptedChatClient([Say.Calls(("c1", "count_words", """{"text":"a b"}""")), Say.Answer("2")]);

        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(model, tools);

        result.Status.ShouldBeOfType<RunFinalStatus.Done>();
        recorder.Of<RunEvent.ToolStarted>().Single().Risk.ShouldBe(ToolRisk.Mutable);
        recorder.Of<RunEvent.ToolFinished>().Single().Output.ShouldContain("\"text\":\"2\"");
    }
}
