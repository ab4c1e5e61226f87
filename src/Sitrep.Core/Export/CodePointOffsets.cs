namespace Sitrep.Export;

/// <summary>
/// Converts UTF-16 indexes into a document's text to Unicode code point indexes (what Python's str indexing uses),
/// fetching each document's text once. A document whose text is unknown keeps its offsets as they are.
/// </summary>
internal sealed class CodePointOffsets
{
    private readonly Func<string, string?> _documentText;
    private readonly Dictionary<string, int[]?> _pairEnds = new(StringComparer.Ordinal);

    public CodePointOffsets(Func<string, string?> documentText) => _documentText = documentText;

    /// <summary>The code point index of UTF-16 index <paramref name="utf16Index"/> in the document's text.</summary>
    public int Convert(string documentId, int utf16Index)
    {
        if (!_pairEnds.TryGetValue(documentId, out var ends))
        {
            ends = LowSurrogatesOfPairs(_documentText(documentId));
            _pairEnds[documentId] = ends;
        }
        if (ends is null || ends.Length == 0 || utf16Index <= 0) return utf16Index;
        return utf16Index - PairsBefore(ends, utf16Index);
    }

    /// <summary>Positions of the second half of every surrogate pair, ascending; null for unknown text.</summary>
    internal static int[]? LowSurrogatesOfPairs(string? text)
    {
        if (text is null) return null;
        var ends = new List<int>();
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                ends.Add(i);
                i++;
            }
        }
        return ends.ToArray();
    }

    /// <summary>How many pairs lie wholly before <paramref name="index"/> (their second half at a position below it).</summary>
    private static int PairsBefore(int[] ends, int index)
    {
        var at = Array.BinarySearch(ends, index);
        return at >= 0 ? at : ~at;
    }
}
