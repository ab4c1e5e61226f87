using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Model;

namespace Sitrep.Cleaning;

/// <summary>
/// A news feed scraped as its markup (RSS's "&lt;rss&gt;&lt;channel&gt;&lt;item&gt;", Atom's "&lt;feed&gt;&lt;entry&gt;"): a list of items, each
/// a story of its own with its own title, date and summary. The cleaned text keeps, for each item in turn, its title,
/// its date (pubDate, published or updated) and its summary (description, summary or content) each on lines of their
/// own, the items apart by a blank line; the channel's own title, links, ids and authors are dropped. The summary's
/// markup is read as the page would show it: its entities decoded (once escaped or twice: "&amp;lt;p&amp;gt;",
/// "&amp;amp;amp;"), its tags no words (a paragraph's or a break's tag ends a line). A decoded character is inserted
/// text that the <see cref="OffsetMap"/> leads back to where its entity stood.
/// </summary>
public static class FeedItems
{
    private static readonly Regex ItemPattern = new(@"<(?<tag>item|entry)\b[^>]*>(?<body>.*?)</\k<tag>\s*>",
        RegexOptions.Singleline | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(2));

    private static readonly Regex EntityPattern = new(@"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});",
        RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>The fields of an item kept, in the order they are written out: its title, its date, its summary.</summary>
    private static readonly string[][] Fields =
    [
        ["title"],
        ["pubDate", "dc:date", "published", "updated"],
        ["description", "summary", "content:encoded", "content"],
    ];

    /// <summary>The text is a feed's markup: it opens (after an XML declaration) on an rss or feed element and holds items.</summary>
    public static bool IsFeed(string text)
    {
        var head = text.Length > 2000 ? text[..2000] : text;
        return Regex.IsMatch(head, @"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", RegexOptions.Singleline | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))
               && ItemPattern.IsMatch(text);
    }

    /// <summary>
    /// The position in a feed's text (<see cref="IsFeed"/>) opens an item: the content of an item's title element. Each
    /// item is an article of its own: the extractor lets nothing of one run on into the next.
    /// </summary>
    public static bool OpensItem(string original, int at)
    {
        var i = at;
        while (i > 0 && char.IsWhiteSpace(original[i - 1])) i--;
        if (i >= 9 && string.CompareOrdinal(original, i - 9, "<![CDATA[", 0, 9) == 0) i -= 9;
        while (i > 0 && char.IsWhiteSpace(original[i - 1])) i--;
        if (i == 0 || original[i - 1] != '>') return false;
        var open = original.LastIndexOf('<', i - 1);
        return open >= 0 && Regex.IsMatch(original[open..i], @"^<title\b[^>]*>$", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))
               && IsFeed(original);
    }

    public static Document Clean(Article article)
    {
        var source = article.Text;
        var text = new StringBuilder();
        var map = new OffsetMap();
        foreach (Match item in ItemPattern.Matches(source))
        {
            var body = item.Groups["body"];
            var lines = new List<List<(char C, int At)>>();
            foreach (var names in Fields)
            {
                if (FieldContent(source, body.Index, body.Index + body.Length, names) is not { } content) continue;
                lines.AddRange(Read(source, content.Start, content.End));
            }
            lines = lines.Select(Trim).Where(l => l.Count > 0).ToList();
            if (lines.Count == 0) continue;
            if (text.Length > 0) Append(text, map, [('\n', -1), ('\n', -1)]);
            for (var k = 0; k < lines.Count; k++)
            {
                if (k > 0) Append(text, map, [('\n', -1)]);
                Append(text, map, lines[k]);
            }
        }
        return new Document(article, text.ToString(), map);
    }

    /// <summary>The content of the first of the named elements in the item (its text between the tags), or null.</summary>
    private static (int Start, int End)? FieldContent(string source, int from, int to, string[] names)
    {
        foreach (var name in names)
        {
            var m = Regex.Match(source[from..to], $@"<{Regex.Escape(name)}(?:\s[^>]*)?>(?<c>.*?)</{Regex.Escape(name)}\s*>",
                RegexOptions.Singleline | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
            if (!m.Success) continue;
            var (start, end) = (from + m.Groups["c"].Index, from + m.Groups["c"].Index + m.Groups["c"].Length);
            // a CDATA section's markers are no text
            var inner = source[start..end].Trim();
            if (inner.StartsWith("<![CDATA[", StringComparison.Ordinal) && inner.EndsWith("]]>", StringComparison.Ordinal))
            {
                start = source.IndexOf("<![CDATA[", start, StringComparison.Ordinal) + 9;
                end = source.LastIndexOf("]]>", end, StringComparison.Ordinal);
            }
            if (end > start) return (start, end);
        }
        return null;
    }

    /// <summary>The lines a field's content shows: entities decoded, tags removed, a block tag's or a newline a line's end.</summary>
    private static List<List<(char C, int At)>> Read(string source, int start, int end)
    {
        var chars = Enumerable.Range(start, end - start).Select(i => (C: source[i], At: i)).ToList();
        chars = Decode(chars);
        chars = StripTags(chars);
        chars = Decode(chars);
        var lines = new List<List<(char C, int At)>> { new() };
        foreach (var c in chars)
        {
            if (c.C is '\n' or '\r') { lines.Add([]); continue; }
            var line = lines[^1];
            // runs of white space read as one space
            if (char.IsWhiteSpace(c.C) && (line.Count == 0 || char.IsWhiteSpace(line[^1].C))) continue;
            line.Add(char.IsWhiteSpace(c.C) && c.C != ' ' ? (' ', -1) : c);
        }
        return lines;
    }

    /// <summary>Each entity replaced by the character(s) it stands for, inserted text led back to the entity.</summary>
    private static List<(char C, int At)> Decode(List<(char C, int At)> chars)
    {
        var s = new string(chars.Select(c => c.C).ToArray());
        var result = new List<(char C, int At)>(chars.Count);
        var i = 0;
        foreach (Match m in EntityPattern.Matches(s))
        {
            var decoded = WebUtility.HtmlDecode(m.Value);
            if (decoded == m.Value) continue;
            for (; i < m.Index; i++) result.Add(chars[i]);
            var at = chars[m.Index].At;
            foreach (var ch in decoded) result.Add((ch == '\u00A0' ? ' ' : ch, -1 - Math.Max(at, 0)));
            i = m.Index + m.Length;
        }
        for (; i < chars.Count; i++) result.Add(chars[i]);
        return result;
    }

    private static readonly Regex Tag = new(@"^</?(?<name>[a-zA-Z][a-zA-Z0-9:]*)\b[^<>]*>", RegexOptions.None, TimeSpan.FromSeconds(1));

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
        { "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table", "figure", "figcaption" };

    /// <summary>The tags removed: a block's tag ends a line, any other (a link's, an emphasis's) leaves nothing.</summary>
    private static List<(char C, int At)> StripTags(List<(char C, int At)> chars)
    {
        var s = new string(chars.Select(c => c.C).ToArray());
        var result = new List<(char C, int At)>(chars.Count);
        for (var i = 0; i < chars.Count; i++)
        {
            if (chars[i].C == '<')
            {
                var close = s.IndexOf('>', i);
                if (close > i && Tag.Match(s[i..(close + 1)]) is { Success: true } m)
                {
                    if (BlockTags.Contains(m.Groups["name"].Value)) result.Add(('\n', -1));
                    i = close;
                    continue;
                }
            }
            result.Add(chars[i]);
        }
        return result;
    }

    private static List<(char C, int At)> Trim(List<(char C, int At)> line)
    {
        var (from, to) = (0, line.Count);
        while (from < to && char.IsWhiteSpace(line[from].C)) from++;
        while (to > from && char.IsWhiteSpace(line[to - 1].C)) to--;
        return line.GetRange(from, to - from);
    }

    /// <summary>Appends characters: runs of the original's as kept pieces, any other as inserted text.</summary>
    private static void Append(StringBuilder text, OffsetMap map, List<(char C, int At)> chars)
    {
        var i = 0;
        while (i < chars.Count)
        {
            var j = i + 1;
            if (chars[i].At >= 0)
            {
                while (j < chars.Count && chars[j].At == chars[j - 1].At + 1) j++;
                map.Keep(chars[i].At, j - i);
            }
            else
            {
                while (j < chars.Count && chars[j].At < 0) j++;
                map.Insert(j - i);
            }
            for (var k = i; k < j; k++) text.Append(chars[k].C);
            i = j;
        }
    }
}
