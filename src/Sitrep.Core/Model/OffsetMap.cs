namespace Sitrep.Model;

/// <summary>
/// Maps character positions in a cleaned text back to the original text. The cleaned text is built from
/// pieces of the original (kept verbatim) and inserted characters (such as a newline joining two kept pieces);
/// an inserted character maps to the original position just after the piece before it.
/// </summary>
public sealed class OffsetMap
{
    private readonly List<(int Cleaned, int Original, int Length)> _pieces = new();
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
        _pieces.Add((_cleanedLength, originalStart, length));
        _cleanedLength += length;
        _originalCursor = originalStart + length;
    }

    /// <summary>Appends characters that are not in the original (separators).</summary>
    public void Insert(int length)
    {
        if (length <= 0) return;
        _pieces.Add((_cleanedLength, -1 - _originalCursor, length));
        _cleanedLength += length;
    }

    /// <summary>Appends characters that are not in the original as they stand, mapped to <paramref name="originalAt"/> (a decoded escape, mapped to where it begins).</summary>
    public void InsertAt(int originalAt, int length)
    {
        if (length <= 0) return;
        _pieces.Add((_cleanedLength, -1 - originalAt, length));
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
        foreach (var (cleaned, middle, length) in _pieces)
        {
            if (middle < 0)
            {
                map.InsertAt(inner.ToOriginal(-1 - middle), length);
                continue;
            }
            for (var at = middle; at < middle + length;)
            {
                var (innerStart, innerOriginal, innerLength) = inner._pieces[inner.PieceAt(at)];
                var take = Math.Min(middle + length, innerStart + innerLength) - at;
                if (take <= 0) take = middle + length - at; // past the inner map's end: kept as it is
                if (innerOriginal < 0) map.InsertAt(-1 - innerOriginal, take);
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
        var (start, original, length) = _pieces[PieceAt(cleaned)];
        if (original < 0) return -1 - original;
        return original + Math.Min(cleaned - start, length);
    }

    /// <summary>The pieces as (cleaned start, original start or -1 - cursor for inserted text, length), for storage.</summary>
    public IReadOnlyList<(int Cleaned, int Original, int Length)> Pieces => _pieces;

    public static OffsetMap FromPieces(IEnumerable<(int Cleaned, int Original, int Length)> pieces)
    {
        var map = new OffsetMap();
        foreach (var p in pieces)
        {
            map._pieces.Add(p);
            map._cleanedLength = p.Cleaned + p.Length;
            if (p.Original >= 0) map._originalCursor = p.Original + p.Length;
        }
        return map;
    }
}
