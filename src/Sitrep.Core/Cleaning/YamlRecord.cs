using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Model;

namespace Sitrep.Cleaning;

/// <summary>
/// A record exported from a database as YAML-like text: fields as "key: value" lines (keys of one word, perhaps joined
/// by '_'), nested fields indented under theirs, lists of "- item" lines, comments after '#', and the story's prose in
/// block fields, a key followed by '|' or '&gt;' whose lines are indented under it ("body: |", "headline: |-"). The
/// fields are metadata (an id, a status, a byline, a desk, tags, a photo's file and caption, the places and figures
/// the record is filed under): read as sentences they run into each other and tell places and counts out of any
/// sentence. The cleaner reads such a record as its block fields' text alone (<see cref="Decode"/>), each block a
/// paragraph of its own, in the record's order.
/// </summary>
public static partial class YamlRecord
{
    /// <summary>The fewest "key: value" lines that make a text a record.</summary>
    private const int MinFieldLines = 5;

    /// <summary>Whether the text is a YAML-like record: a block field ("body: |"), at least <see cref="MinFieldLines"/> field lines, and most of its lines fields, list items, comments or a block's.</summary>
    public static bool Is(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.IndexOf(": |", StringComparison.Ordinal) < 0 && text.IndexOf(": >", StringComparison.Ordinal) < 0) return false;
        var (fields, blocks, other) = (0, 0, 0);
        foreach (var (start, end, indent, block) in Lines(text))
        {
            var line = text.AsSpan(start, end - start);
            if (block) continue;
            if (BlockField().IsMatch(line)) blocks++;
            else if (Field().IsMatch(line)) fields++;
            else if (indent == 0 && line[0] is not ('#' or '-')) other++;
        }
        return blocks > 0 && fields >= MinFieldLines && other < fields;
    }

    /// <summary>
    /// The text of the record's block fields, each block's lines without their indent and a blank line between blocks,
    /// and the map from it back to <paramref name="text"/>; every other line is left out.
    /// </summary>
    public static (string Text, OffsetMap Map) Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decoded = new StringBuilder(text.Length);
        var map = new OffsetMap();
        var previousBlock = false;
        foreach (var (start, end, _, block) in Lines(text))
        {
            if (!block)
            {
                previousBlock = false;
                continue;
            }
            if (decoded.Length > 0)
            {
                var separator = previousBlock ? 1 : 2;
                decoded.Append('\n', separator);
                map.Insert(separator);
            }
            map.Keep(start, end - start);
            decoded.Append(text, start, end - start);
            previousBlock = true;
        }
        return (decoded.ToString(), map);
    }

    /// <summary>
    /// The text's non-blank lines: where each begins after its indent and ends (no line break nor trailing '\r'), its
    /// indent, and whether it belongs to a block field (indented under a "key: |" line, blank lines between allowed).
    /// </summary>
    private static IEnumerable<(int Start, int End, int Indent, bool Block)> Lines(string text)
    {
        var blockIndent = -1; // the indent of the key that opened the block we are in, or -1
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var next = end + 1;
            var content = end > start && text[end - 1] == '\r' ? end - 1 : end;
            var words = start;
            while (words < content && text[words] is ' ' or '\t') words++;
            if (words < content)
            {
                var indent = words - start;
                if (blockIndent >= 0 && indent > blockIndent) yield return (words, content, indent, true);
                else
                {
                    var line = text.AsSpan(words, content - words);
                    blockIndent = BlockField().IsMatch(line) ? indent : -1;
                    yield return (words, content, indent, false);
                }
            }
            start = next;
        }
    }

    /// <summary>A field's line: a key of one word (letters, digits, '_', '-', '.'), a colon, then a space and its value or nothing.</summary>
    [GeneratedRegex(@"^[A-Za-z_][\w.-]{0,40}:(?:\s|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Field();

    /// <summary>A block field's line: a key, a colon and '|' or '&gt;' (perhaps '-' or '+' after it) alone after it.</summary>
    [GeneratedRegex(@"^[A-Za-z_][\w.-]{0,40}:\s*[|>][-+]?\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BlockField();
}
