using System;
using System.Collections.Generic;
using System.Text;

namespace Imp;

/// <summary>Counts how many turns in a row made the same tool calls: same names and same arguments, in the same order.</summary>
internal sealed class RepeatedActionDetector
{
    private string? _last;
    private int _count;

    /// <summary>Records a turn's calls; returns how many turns in a row, this one included, made exactly these calls (0 for none).</summary>
    public int Observe(IReadOnlyList<StreamEvent.ToolCall> calls)
    {
        if (calls.Count == 0)
        {
            _last = null;
            _count = 0;
            return 0;
        }

        var signature = new StringBuilder();
        foreach (StreamEvent.ToolCall call in calls)
        {
            // Raw JSON text: a model repeating itself repeats the same text; reformatted arguments count as new.
            signature.Append(call.Name).Append('\u0000').Append(call.Arguments.GetRawText()).Append('\u0001');
        }

        string current = signature.ToString();
        _count = string.Equals(current, _last, StringComparison.Ordinal) ? _count + 1 : 1;
        _last = current;
        return _count;
    }
}
