using System.Globalization;
using Sitrep.Model;

namespace Sitrep.Gazetteer;

/// <summary>
/// The populated places of places.tsv.gz kept as the file's text with a geoname id → line offset map; a
/// <see cref="Place"/> is made the first time it is asked for and then reused (safe across threads).
/// </summary>
internal sealed class PlaceTable
{
    private readonly string _text;
    private readonly string _path;
    private readonly Dictionary<int, int> _rowOfId;
    private readonly int[] _lineStarts;
    private readonly Place?[] _made;
    private readonly IReadOnlyDictionary<string, string> _admin1Names;

    public PlaceTable(string text, string path, IReadOnlyDictionary<string, string> admin1Names)
    {
        _text = text;
        _path = path;
        _admin1Names = admin1Names;
        var starts = new List<int>(210_000);
        _rowOfId = new Dictionary<int, int>(210_000);
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (end > start && text[start] != '#')
            {
                var tab = text.IndexOf('\t', start, end - start);
                if (tab < 0 || !int.TryParse(text.AsSpan(start, tab - start), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
                    throw new InvalidDataException($"{path}: line at offset {start}: expected a geoname id and a tab");
                _rowOfId[id] = starts.Count;
                starts.Add(start);
            }
            start = end + 1;
        }
        _lineStarts = [.. starts];
        _made = new Place?[_lineStarts.Length];
    }

    public int Count => _lineStarts.Length;

    public Place? Get(int id)
    {
        if (!_rowOfId.TryGetValue(id, out var row)) return null;
        var made = Volatile.Read(ref _made[row]);
        if (made is not null) return made;
        var place = Parse(_lineStarts[row]);
        return Interlocked.CompareExchange(ref _made[row], place, null) ?? place;
    }

    private Place Parse(int start)
    {
        var end = _text.IndexOf('\n', start);
        if (end < 0) end = _text.Length;
        var line = _text.AsSpan(start, end - start).TrimEnd('\r');
        Span<Range> f = stackalloc Range[9];
        if (line.Split(f, '\t') < 8) throw new InvalidDataException($"{_path}: line at offset {start}: expected 8 tab-separated fields");
        var country = line[f[4]].ToString();
        var admin1Code = line[f[5]].Length > 0 ? line[f[5]].ToString() : null;
        var admin1Name = admin1Code is null ? null : _admin1Names.GetValueOrDefault(country + "." + admin1Code);
        return new Place(
            int.Parse(line[f[0]], NumberStyles.Integer, CultureInfo.InvariantCulture),
            NameFolding.Ascii(line[f[1]].ToString()),
            double.Parse(line[f[2]], NumberStyles.Float, CultureInfo.InvariantCulture),
            double.Parse(line[f[3]], NumberStyles.Float, CultureInfo.InvariantCulture),
            country, admin1Code, admin1Name, PlaceKind.City,
            long.Parse(line[f[7]], NumberStyles.Integer, CultureInfo.InvariantCulture),
            Code(line[f[6]]));
    }

    // Feature codes ("PPLA2") are few: one string each, shared by every place (string.IsInterned takes a global lock).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Codes = new(StringComparer.Ordinal);

    private static string Code(ReadOnlySpan<char> code)
    {
        var lookup = Codes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(code, out var shared)) return shared;
        var s = code.ToString();
        return Codes.GetOrAdd(s, s);
    }
}
