using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Closeout;

/// <summary>OutputTail: which lines of a stream are kept, and how they read.</summary>
public sealed class OutputTailTests
{
    [Fact]
    public void No_output_or_only_blank_lines_has_no_text()
    {
        var tail = new OutputTail();
        tail.Append(" \n\r\n\t\n");
        tail.Complete();

        tail.Text.ShouldBeNull();
        tail.LastLine.ShouldBeNull();
    }

    [Fact]
    public void Every_line_ending_ends_a_line_and_trailing_whitespace_goes()
    {
        var tail = new OutputTail();
        tail.Append("unix\nwindows  \r\n10%\r20%\r  indented\n");

        tail.Text.ShouldBe("unix\nwindows\n10%\n20%\n  indented");
        tail.LastLine.ShouldBe("  indented");
    }

    [Fact]
    public void A_line_may_span_chunks_and_the_last_one_needs_Complete()
    {
        var tail = new OutputTail();
        tail.Append("hel");
        tail.Append("lo\nwor");
        tail.Append("ld");

        tail.Text.ShouldBe("hello");
        tail.Complete();
        tail.Text.ShouldBe("hello\nworld");
        tail.LastLine.ShouldBe("world");
    }

    [Fact]
    public void Only_the_last_lines_are_kept_after_a_count_of_the_others()
    {
        var tail = new OutputTail();
        foreach (int i in Enumerable.Range(1, OutputTail.MaxLines + 5))
        {
            tail.Append($"line {i}\n");
        }

        string[] lines = tail.Text.ShouldNotBeNull().Split('\n');
        lines[0].ShouldBe("… 5 earlier lines not shown");
        lines[1..].ShouldBe(Enumerable.Range(6, OutputTail.MaxLines).Select(i => $"line {i}"));
    }

    [Fact]
    public void A_long_line_is_cut_even_across_chunks()
    {
        var tail = new OutputTail();
        tail.Append(new string('a', OutputTail.MaxLineLength - 1));
        tail.Append("bcd\nnext\n");

        tail.Text.ShouldBe(new string('a', OutputTail.MaxLineLength - 1) + "b…\nnext");
    }

    [Fact]
    public async Task Reading_a_reader_keeps_its_tail()
    {
        var tail = new OutputTail();

        await tail.ReadToEndAsync(new StringReader("one\ntwo"));

        tail.Text.ShouldBe("one\ntwo");
    }

    [Fact]
    public async Task Reading_a_closed_reader_ends_quietly()
    {
        var reader = new StringReader("lost");
        reader.Dispose();
        var tail = new OutputTail();

        await tail.ReadToEndAsync(reader);

        tail.Text.ShouldBeNull();
    }
}
