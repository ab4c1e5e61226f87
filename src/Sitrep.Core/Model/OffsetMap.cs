namespace Sitrep.Model;

/// <summary>
/// Maps character positions in a cleaned text back to the original text. The cleaned text is built from
/// pieces of the original (kept verbatim) and inserted characters (such as a newline joining two kept pieces);
/// an inserted character maps to the original position just after the piece before it. Characters decoded from a run of
/// the original (an entity, an escape) stand for that whole run: a span that ends on them ends where the run does.
/// </summary>
public sealed class OffsetMap
{
    /// <summary>The pieces; <c>Stands</c> is the length of the original run a piece of decoded characters stands for, else 0.</summary>
    private readonly List<(int Cleaned, int Original, int Length, int Stands)> _pieces = new();
    private int _cleanedLength;
    private int _originalCursor;

    public static OffsetMap Identity(int length)
    {
        var map = new OffsetMap();
        map.Keep(0, length);
        return map;
    }

    /// <summary>Appends a verbatim piece of the original, <paramref name="length"/> characters from <paramref name="originalStart"/>.</summary>
    public void Keep(int originalStart, int length)
    {
        if (length <= 0) return;
        _pieces.Add((_cleanedLength, originalStart, length, 0));
        _cleanedLength += length;
        _originalCursor = originalStart + length;
    }

    /// <summary>Appends characters that are not in the original (separators).</summary>
    public void Insert(int length)
    {
        if (length <= 0) return;
        _pieces.Add((_cleanedLength, -1 - _originalCursor, length, 0));
        _cleanedLength += length;
    }

    /// <summary>Appends characters that are not in the original as they stand, mapped to <paramref name="originalAt"/> (a decoded escape, mapped to where it begins).</summary>
    public void InsertAt(int originalAt, int length)
    {
        if (length <= 0) return;
        _pieces.Add((_cleanedLength, -1 - originalAt, length, 0));
        _cleanedLength += length;
    }

    /// <summary>
    /// Appends characters decoded from the <paramref name="originalLength"/> characters of the original from
    /// <paramref name="originalStart"/> ("&amp;oacute;" read as "ó"): each maps to where the run begins, and a span that
    /// ends on one of them ends where the run ends (<see cref="ToOriginalEnd"/>).
    /// </summary>
    public void Replace(int originalStart, int originalLength, int length)
    {
        if (length <= 0) return;
        _pieces.Add((_cleanedLength, -1 - originalStart, length, Math.Max(originalLength, 0)));
        _cleanedLength += length;
    }

    /// <summary>
    /// This map (cleaned text to a middle text) followed by <paramref name="inner"/> (the middle text to the original):
    /// a kept piece splits where <paramref name="inner"/>'s pieces do, and a character <paramref name="inner"/>
    /// inserted stays inserted, mapped where <paramref name="inner"/> maps it.
    /// </summary>
    public OffsetMap Then(OffsetMap inner)
    {
        var map = new OffsetMap();
        foreach (var (cleaned, middle, length, stands) in _pieces)
        {
            if (middle < 0 && stands > 0)
            {
                var start = inner.ToOriginal(-1 - middle);
                map.Replace(start, inner.ToOriginalEnd(-1 - middle + stands) - start, length);
                continue;
            }
            if (middle < 0)
            {
                map.InsertAt(inner.ToOriginal(-1 - middle), length);
                continue;
            }
            for (var at = middle; at < middle + length;)
            {
                var (innerStart, innerOriginal, innerLength, innerStands) = inner._pieces[inner.PieceAt(at)];
                var take = Math.Min(middle + length, innerStart + innerLength) - at;
                if (take <= 0) take = middle + length - at; // past the inner map's end: kept as it is
                if (innerOriginal < 0 && innerStands > 0) map.Replace(-1 - innerOriginal, innerStands, take);
                else if (innerOriginal < 0) map.InsertAt(-1 - innerOriginal, take);
                else map.Keep(innerOriginal + (at - innerStart), take);
                at += take;
            }
        }
        return map;
    }

    /// <summary>The index of the piece that holds cleaned position <paramref name="cleaned"/> (the last one starting at or before it).</summary>
    private int PieceAt(int cleaned)
    {
        int lo = 0, hi = _pieces.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_pieces[mid].Cleaned <= cleaned) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    public int CleanedLength => _cleanedLength;

    public int ToOriginal(int cleaned)
    {
        if (_pieces.Count == 0) return 0;
        var (start, original, length, _) = _pieces[PieceAt(cleaned)];
        if (original < 0) return -1 - original;
        return original + Math.Min(cleaned - start, length);
    }

    /// <summary>
    /// The original position just past the character before cleaned position <paramref name="cleanedEnd"/>: one past
    /// where that character maps, or, for a decoded character, the end of the run it was decoded from.
    /// </summary>
    public int ToOriginalEnd(int cleanedEnd)
    {
        if (_pieces.Count == 0 || cleanedEnd <= 0) return ToOriginal(Math.Max(cleanedEnd, 0));
        var (_, original, _, stands) = _pieces[PieceAt(cleanedEnd - 1)];
        return original < 0 && stands > 0 ? -1 - original + stands : ToOriginal(cleanedEnd - 1) + 1;
    }

    /// <summary>
    /// The pieces as (cleaned start, original start or -1 - cursor for inserted text, length), for storage; decoded
    /// characters are stored as inserted text at the start of their run.
    /// </summary>
    public IReadOnlyList<(int Cleaned, int Original, int Length)> Pieces => _pieces.Select(p => (p.Cleaned, p.Original, p.Length)).ToList();

    public static OffsetMap FromPieces(IEnumerable<(int Cleaned, int Original, int Length)> pieces)
    {
        var map = new OffsetMap();
        foreach (var p in pieces)
        {
            map._pieces.Add((p.Cleaned, p.Original, p.Length, 0));
            map._cleanedLength = p.Cleaned + p.Length;
            if (p.Original >= 0) map._originalCursor = p.Original + p.Length;
        }
        return map;
    }
}
