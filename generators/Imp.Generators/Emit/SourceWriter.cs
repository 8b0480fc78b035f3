using System.Text;

namespace Imp.Generators.Emit;

/// <summary>
/// Writes indented C# line by line with <c>\n</c> line ends, so generated files are readable and identical on
/// every machine.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text)
    {
        for (int i = 0; i < _indent; i++)
        {
            _builder.Append(IndentUnit);
        }

        _builder.Append(text).Append('\n');
        return this;
    }

    public SourceWriter Line()
    {
        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes <c>{</c> and indents what follows.</summary>
    public SourceWriter Open()
    {
        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Outdents and writes <c>}</c> followed by <paramref name="suffix"/> (for example <c>;</c>).</summary>
    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>Writes <paramref name="header"/> and a block of one line per statement: <c>if (…) { throw …; }</c> and the like.</summary>
    public SourceWriter Block(string header, params string[] statements)
    {
        Line(header);
        Open();
        foreach (string statement in statements)
        {
            Line(statement);
        }

        return Close();
    }

    /// <summary>Writes a switch section: <paramref name="label"/> (<c>case …:</c>, <c>default:</c>), then its statements indented.</summary>
    public SourceWriter Case(string label, params string[] statements)
    {
        Line(label);
        _indent++;
        foreach (string statement in statements)
        {
            Line(statement);
        }

        _indent--;
        return this;
    }

    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Outdent()
    {
        _indent--;
        return this;
    }

    public override string ToString() => _builder.ToString();
}
