namespace Sitrep.Queries;

/// <summary>
/// Converts UTF-16 indexes into one text to Unicode code point indexes, the unit the export contract (and Python,
/// and JavaScript's <c>Array.from(text)</c>) counts offsets in.
/// </summary>
public sealed class CodePointIndex
{
    private readonly int[] _pairEnds;

    public CodePointIndex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ends = new List<int>();
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                ends.Add(i);
                i++;
            }
        }
        _pairEnds = ends.ToArray();
        Length = text.Length - _pairEnds.Length;
    }

    /// <summary>The text's length in code points.</summary>
    public int Length { get; }

    /// <summary>The code point index of a UTF-16 index.</summary>
    public int Of(int utf16Index)
    {
        if (_pairEnds.Length == 0 || utf16Index <= 0) return utf16Index;
        var at = Array.BinarySearch(_pairEnds, utf16Index);
        return utf16Index - (at >= 0 ? at : ~at);
    }
}
