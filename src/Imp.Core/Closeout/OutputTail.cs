using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Imp;

/// <summary>
/// The last lines of a process's output stream, in bounded memory however much the process writes: at most
/// <see cref="MaxLines"/> non-blank lines of at most <see cref="MaxLineLength"/> characters each are kept.
/// </summary>
/// <remarks>
/// <c>\n</c>, <c>\r\n</c> and a lone <c>\r</c> (progress bars) end a line; blank lines are dropped; trailing
/// whitespace is trimmed; a cut line ends with <c>…</c>. Thread-safe, so the tail can be read while a reader still
/// appends (when a leftover grandchild keeps the pipe open); only complete lines are shown, so call
/// <see cref="Complete"/> first to include a last line without a line break.
/// </remarks>
internal sealed class OutputTail
{
    /// <summary>How many lines are kept.</summary>
    public const int MaxLines = 20;

    /// <summary>How many characters of a line are kept.</summary>
    public const int MaxLineLength = 300;

    private const string Ellipsis = "…";

    private readonly object _sync = new();
    private readonly Queue<string> _lines = new();
    private readonly StringBuilder _line = new();
    private bool _lineCut;
    private long _omitted;
    private string? _last;

    /// <summary>The last complete non-blank line, or null when there was none.</summary>
    public string? LastLine
    {
        get
        {
            lock (_sync)
            {
                return _last;
            }
        }
    }

    /// <summary>
    /// The kept complete lines joined with <c>\n</c>, preceded by <c>… N earlier lines not shown</c> when lines were
    /// dropped; null when there was no non-blank line.
    /// </summary>
    public string? Text
    {
        get
        {
            lock (_sync)
            {
                if (_lines.Count == 0)
                {
                    return null;
                }

                var text = new StringBuilder();
                if (_omitted > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{Ellipsis} {_omitted} earlier lines not shown\n");
                }

                return text.AppendJoin('\n', _lines).ToString();
            }
        }
    }

    /// <summary>Reads <paramref name="reader"/> to its end into this tail; never throws.</summary>
    /// <remarks>Ends quietly when the stream is closed under it (the process object was disposed).</remarks>
    public async Task ReadToEndAsync(TextReader reader)
    {
        char[] buffer = new char[4096];
        try
        {
            int read;
            // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
            while ((read = await reader.ReadAsync(buffer.AsMemory(), CancellationToken.None).ConfigureAwait(false)) > 0)
            {
                Append(buffer.AsSpan(0, read));
            }
        }
        catch (IOException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
        catch (InvalidOperationException)
        {
            // A StreamReader disposed during a read reports it this way.
        }
        finally
        {
            Complete();
        }
    }

    /// <summary>Adds a chunk of output; a line may span chunks.</summary>
    public void Append(ReadOnlySpan<char> chunk)
    {
        lock (_sync)
        {
            while (!chunk.IsEmpty)
            {
                int end = chunk.IndexOfAny('\r', '\n');
                AppendToLine(end < 0 ? chunk : chunk[..end]);
                if (end < 0)
                {
                    return;
                }

                EndLine();
                chunk = chunk[(end + 1)..];
            }
        }
    }

    /// <summary>Ends the current line, for output that does not end with a line break.</summary>
    public void Complete()
    {
        lock (_sync)
        {
            EndLine();
        }
    }

    private void AppendToLine(ReadOnlySpan<char> part)
    {
        int room = MaxLineLength - _line.Length;
        if (part.Length > room)
        {
            _lineCut = true;
            part = part[..room];
        }

        _line.Append(part);
    }

    private void EndLine()
    {
        string? line = PendingLine();
        _line.Clear();
        _lineCut = false;
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        _last = line;
        if (_lines.Count > MaxLines)
        {
            _lines.Dequeue();
            _omitted++;
        }
    }

    private string? PendingLine()
    {
        string line = _line.ToString().TrimEnd();
        if (line.Length == 0)
        {
            return null;
        }

        return _lineCut ? line + Ellipsis : line;
    }
}
