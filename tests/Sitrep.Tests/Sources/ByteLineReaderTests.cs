using System.Text;
using Sitrep.Sources;

namespace Sitrep.Tests.Sources;

public class ByteLineReaderTests
{
    private static List<string> Lines(string text, int max = 1000)
    {
        var reader = new ByteLineReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), max);
        var lines = new List<string>();
        while (reader.TryReadLine(out var line, out var tooLong))
            lines.Add(tooLong ? $"<too long {reader.LineNumber}>" : Encoding.UTF8.GetString(line.Span));
        return lines;
    }

    [Theory]
    [InlineData("", "-")]
    [InlineData("a", "a")]
    [InlineData("a\n", "a")]
    [InlineData("a\r\nb\r\n", "a|b")]
    [InlineData("a\n\nb", "a||b")]
    [InlineData("\n", "")]
    public void Splits_lines_without_their_ends(string text, string expected)
    {
        Assert.Equal(expected == "-" ? [] : expected.Split('|'), Lines(text));
    }

    [Fact]
    public void A_line_over_the_limit_is_skipped_and_counted()
    {
        var text = "short\n" + new string('x', 300_000) + "\nafter\n";
        Assert.Equal(["short", "<too long 2>", "after"], Lines(text, max: 100_000));
    }
}
