using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Imp;

internal sealed partial class RunLoop
{
    private async Task<SampledMessage> SampleAsync(uint turn, CancellationToken token)
    {
        ChatMessage[] conversation = [.. _messages];
        ChatOptions? chatOptions = _options.ChatOptions?.Clone();
        if (_declarations is not null && (chatOptions?.Tools is null || chatOptions.Tools.Count == 0))
        {
            chatOptions ??= new ChatOptions();
            chatOptions.Tools = _declarations;
        }

        _sampledTurn = turn;
        IAsyncEnumerator<StreamEvent> stream = ChatStreamEvents.FromUpdates(_model.GetStreamingResponseAsync(conversation, chatOptions, _reportRetry, token), token).GetAsyncEnumerator(token);
        var text = new StringBuilder();
        var calls = new List<StreamEvent.ToolCall>();
        bool ended = false;
        bool abandoned = false;
        try
        {
            while (true)
            {
                bool more;
                ValueTask<bool> next = stream.MoveNextAsync();
                if (next.IsCompleted || !token.CanBeCanceled)
                {
                    more = await next.ConfigureAwait(false);
                }
                else
                {
                    // A model that ignores the token must not hold the run: the wait ends with the token, and the stream
                    // is disposed in the background once its pending read returns, as abandoned tools are.
#pragma warning disable CA2012 // Consumed once: IsCompleted only peeks, and the task wraps it from here on.
                    Task<bool> pending = next.AsTask();
#pragma warning restore CA2012
                    try
                    {
                        more = await pending.WaitAsync(token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (token.IsCancellationRequested && !pending.IsCompleted)
                    {
                        abandoned = true;
                        StreamAbandonment.DisposeWhenDone(pending, stream);
                        throw;
                    }
                }

                if (!more)
                {
                    break;
                }

                switch (stream.Current)
                {
                    case StreamEvent.TextDelta delta:
                        text.Append(delta.Text);
                        break;
                    case StreamEvent.ToolCall call:
                        calls.Add(call);
                        if (_journal.Records)
                        {
                            // The hash serializes and digests the arguments: only for a checkpoint someone reads.
                            _journal.Checkpoint(turn, RecoveryCheckpointKind.AssistantToolCallObserved, call.Id, call.Name, ToolArgumentsHash.Of(call.Arguments), null, null);
                        }
                        break;
                    case StreamEvent.MessageEnd:
                        ended = true;
                        _journal.Checkpoint(turn, RecoveryCheckpointKind.ProviderRequestCompleted, success: true);
                        break;
                    case StreamEvent.Error inBand:
                        return new SampledMessage(text.ToString(), calls, Describe(inBand));
                }
            }
        }
        catch (Exception error) when (error is not OperationCanceledException || !token.IsCancellationRequested)
        {
            return new SampledMessage(text.ToString(), calls, error.Message);
        }
        finally
        {
            if (!abandoned)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }

        // imp-core: a stream that ends without its terminal event is an error, never a silent success.
        return ended
            ? new SampledMessage(text.ToString(), calls, Error: null)
            : new SampledMessage(text.ToString(), calls, string.Create(
                CultureInfo.InvariantCulture,
                $"The model's stream ended before its message was complete (no terminal event after {text.Length} characters of text and {calls.Count} tool call(s))."));
    }

    private static string Describe(StreamEvent.Error error) =>
        error.Code is { } code ? $"{error.Detail} ({code})" : error.Detail;
}
