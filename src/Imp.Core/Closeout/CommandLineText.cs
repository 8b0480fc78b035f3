using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;

namespace Imp;

/// <summary>
/// A command as people read it: the file name and arguments separated by spaces, each one that is empty or holds
/// whitespace or quotes wrapped in double quotes (inner double quotes escaped with a backslash). For display only;
/// the process gets its arguments one by one, never through this text.
/// </summary>
internal static class CommandLineText
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(" \t\r\n\"'");

    public static string Format(string fileName, IReadOnlyList<string> arguments)
    {
        var text = new StringBuilder();
        AppendQuoted(text, fileName);
        foreach (string argument in arguments)
        {
            AppendQuoted(text.Append(' '), argument);
        }

        return text.ToString();
    }

    private static void AppendQuoted(StringBuilder text, string value)
    {
        bool plain = value.Length > 0 && !value.AsSpan().ContainsAny(NeedsQuotes);
        if (plain)
        {
            text.Append(value);
            return;
        }

        text.Append('"').Append(value.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
    }
}
