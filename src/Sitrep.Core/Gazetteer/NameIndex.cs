using System.Globalization;

namespace Sitrep.Gazetteer;

/// <summary>
/// The folded-name index of names.tsv.gz kept as the file's text with an open-addressing hash table of line
/// offsets, so loading allocates no string per name; the ids of a name are parsed when it is looked up. The word
/// prefixes of the names are gathered in the same pass (<see cref="Prefixes"/>).
/// </summary>
internal sealed class NameIndex
{
    private readonly string _text;
    private readonly int[] _slots; // line start + 1, 0 = empty
    private readonly int _mask;

    public NameIndex(string text, string path)
    {
        _text = text;
        var lines = text.AsSpan().Count('\n');
        var size = 1;
        while (size < lines * 2) size <<= 1;
        _slots = new int[size];
        _mask = size - 1;
        var start = 0;
        var number = 0;
        while (start < text.Length)
        {
            number++;
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (end > start && text[start] != '#')
            {
                var tab = text.IndexOf('\t', start, end - start);
                if (tab < 0) throw new InvalidDataException($"{path}:{number}: expected a name, a tab and geoname ids");
                // one pass over the name: its hash, and the hashes of its word prefixes at each space
                var h = NamePrefixes.Start;
                for (var p = start; p < tab; p++)
                {
                    var c = text[p];
                    if (c == ' ') Prefixes.Add(h);
                    h = NamePrefixes.Step(h, c);
                }
                var slot = (int)(h & 0x7FFFFFFF) & _mask;
                while (_slots[slot] != 0) slot = (slot + 1) & _mask;
                _slots[slot] = start + 1;
            }
            start = end + 1;
        }
        Count = lines;
    }

    public int Count { get; }

    /// <summary>The word prefixes of the indexed names (the gazetteer adds those of its extra names).</summary>
    public NamePrefixes Prefixes { get; } = new();

    /// <summary>The geoname ids of a folded name (empty when unknown).</summary>
    public List<int> Ids(string key)
    {
        var result = new List<int>();
        AddIds(key, result);
        return result;
    }

    /// <summary>Adds the geoname ids of a folded name to <paramref name="ids"/>; false when the name is unknown.</summary>
    public bool AddIds(ReadOnlySpan<char> key, List<int> ids)
    {
        var line = Find(key);
        if (line < 0) return false;
        var tab = _text.IndexOf('\t', line);
        var end = _text.IndexOf('\n', tab);
        if (end < 0) end = _text.Length;
        var text = _text.AsSpan(tab + 1, end - tab - 1).TrimEnd('\r');
        foreach (var range in text.Split(','))
            ids.Add(int.Parse(text[range], NumberStyles.Integer, CultureInfo.InvariantCulture));
        return true;
    }

    public bool Contains(string key) => Find(key) >= 0;

    /// <summary>The start of the line of a folded name, or -1.</summary>
    private int Find(ReadOnlySpan<char> key)
    {
        var slot = Hash(key) & _mask;
        while (_slots[slot] != 0)
        {
            var start = _slots[slot] - 1;
            var tab = _text.IndexOf('\t', start);
            if (_text.AsSpan(start, tab - start).SequenceEqual(key)) return start;
            slot = (slot + 1) & _mask;
        }
        return -1;
    }

    // FNV-1a: stable and cheap; string.GetHashCode is randomised per process, which is fine too, but this needs no allocation.
    private static int Hash(ReadOnlySpan<char> s) => (int)(NamePrefixes.Hash(s) & 0x7FFFFFFF);
}
