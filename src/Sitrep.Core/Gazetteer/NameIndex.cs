using System.Globalization;

namespace Sitrep.Gazetteer;

/// <summary>
/// The folded-name index of names.tsv.gz kept as the file's text with an open-addressing hash table of line
/// offsets, so loading allocates no string per name; the ids of a name are parsed when it is looked up.
/// </summary>
internal sealed class NameIndex
{
    private readonly string _text;
    private readonly int[] _slots; // line start + 1, 0 = empty
    private readonly int _mask;

    public NameIndex(string text, string path)
    {
        _text = text;
        var lines = 0;
        foreach (var c in text) if (c == '\n') lines++;
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
                var slot = Hash(text.AsSpan(start, tab - start)) & _mask;
                while (_slots[slot] != 0) slot = (slot + 1) & _mask;
                _slots[slot] = start + 1;
            }
            start = end + 1;
        }
        Count = lines;
    }

    public int Count { get; }

    /// <summary>The geoname ids of a folded name (empty when unknown).</summary>
    public List<int> Ids(string key)
    {
        var result = new List<int>();
        var slot = Hash(key) & _mask;
        while (_slots[slot] != 0)
        {
            var start = _slots[slot] - 1;
            var tab = _text.IndexOf('\t', start);
            if (_text.AsSpan(start, tab - start).SequenceEqual(key))
            {
                var end = _text.IndexOf('\n', tab);
                if (end < 0) end = _text.Length;
                var ids = _text.AsSpan(tab + 1, end - tab - 1).TrimEnd('\r');
                foreach (var range in ids.Split(','))
                    result.Add(int.Parse(ids[range], NumberStyles.Integer, CultureInfo.InvariantCulture));
                return result;
            }
            slot = (slot + 1) & _mask;
        }
        return result;
    }

    public bool Contains(string key)
    {
        var slot = Hash(key) & _mask;
        while (_slots[slot] != 0)
        {
            var start = _slots[slot] - 1;
            var tab = _text.IndexOf('\t', start);
            if (_text.AsSpan(start, tab - start).SequenceEqual(key)) return true;
            slot = (slot + 1) & _mask;
        }
        return false;
    }

    private static int Hash(ReadOnlySpan<char> s)
    {
        // FNV-1a: stable and cheap; string.GetHashCode is randomised per process, which is fine too, but this needs no allocation.
        var h = 2166136261u;
        foreach (var c in s) h = (h ^ c) * 16777619u;
        return (int)(h & 0x7FFFFFFF);
    }
}
