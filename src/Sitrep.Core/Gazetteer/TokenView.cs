using Sitrep.Annotation;

namespace Sitrep.Gazetteer;

/// <summary>The tokens of a text with what place recognition asks of them, computed once: folded form, capitalisation,
/// whether the word stands in all-capital text, sentence starts.</summary>
internal sealed class TokenView
{
    private const int CapsWindow = 4;
    private readonly List<Token> _tokens;
    private readonly string?[] _folded;
    private readonly string?[] _lower;
    private readonly int[] _capsPrefix; // number of all-caps words among word tokens before each token

    public TokenView(string text) : this(text, Tokenizer.Tokenize(text)) { }

    /// <summary>A view of already tokenised text (the tokens of <see cref="Tokenizer.Tokenize"/> over it).</summary>
    public TokenView(string text, List<Token> tokens)
    {
        Text = text;
        _tokens = tokens;
        _folded = new string?[_tokens.Count];
        _lower = new string?[_tokens.Count];
        _capsPrefix = new int[_tokens.Count + 1];
        for (var i = 0; i < _tokens.Count; i++)
            _capsPrefix[i + 1] = _capsPrefix[i] + (IsWord(i) && IsAllCaps(i) ? 1 : 0);
    }

    public string Text { get; }
    public int Count => _tokens.Count;
    public int Start(int i) => _tokens[i].Start;
    public int End(int i) => _tokens[i].End;
    public int Length(int i) => _tokens[i].Length;
    public bool IsWord(int i) => _tokens[i].Kind == TokenKind.Word;
    public bool IsNumber(int i) => _tokens[i].Kind == TokenKind.Number;
    public char Char(int i) => Text[_tokens[i].Start];

    /// <summary>The token touches the one before it (no space between).</summary>
    public bool Attached(int i) => i > 0 && _tokens[i - 1].End == _tokens[i].Start;

    /// <summary>Two tokens separated by spaces only (no line break, no tab: a tab parts a sheet's cells, "Paktia\tGardez").</summary>
    public bool Adjacent(int a, int b)
    {
        for (var p = _tokens[a].End; p < _tokens[b].Start; p++)
            if (Text[p] != ' ') return false;
        return true;
    }

    /// <summary>No line break between this token and the one before it.</summary>
    public bool SameLine(int i) => i == 0 || Text.AsSpan(_tokens[i - 1].End, _tokens[i].Start - _tokens[i - 1].End).IndexOf('\n') < 0;

    /// <summary>
    /// Whether the token is in the same cell as the one before it: on the same line, with no tab between them (a sheet
    /// pasted as text puts a tab between its cells: "Paktia\tGardez" is a province's cell and a town's, never one name).
    /// </summary>
    public bool SameCell(int i) => i == 0 || Text.AsSpan(_tokens[i - 1].End, _tokens[i].Start - _tokens[i - 1].End).IndexOfAny('\n', '\t') < 0;

    /// <summary>Whether the word's lower-case form is <paramref name="lower"/> (as <see cref="Lower"/> would say, without making it).</summary>
    public bool IsLower(int i, string lower)
    {
        var t = _tokens[i];
        if (t.Length != lower.Length) return false;
        for (var p = 0; p < lower.Length; p++)
            if (char.ToLowerInvariant(Text[t.Start + p]) != lower[p]) return false;
        return true;
    }

    public string Lower(int i) => _lower[i] ??= LowerOf(Text.AsSpan(_tokens[i].Start, _tokens[i].Length));

    /// <summary>The folded word, without a possessive "'s".</summary>
    public string Folded(int i) => _folded[i] ??= NameFolding.FoldPooled(Text.AsSpan(_tokens[i].Start, EndWithoutPossessive(i) - _tokens[i].Start));

    private static string LowerOf(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[64] : new char[word.Length];
        var length = word.ToLowerInvariant(buffer);
        return Lexicons.StringPool.Get(buffer[..length]);
    }

    public bool HasPossessive(int i)
    {
        var t = _tokens[i];
        return t.Length > 3 && (Text[t.End - 1] is 's' or 'S') && (Text[t.End - 2] is '\'' or '\u2019');
    }

    public int EndWithoutPossessive(int i) => HasPossessive(i) ? _tokens[i].End - 2 : _tokens[i].End;

    /// <summary>Starts with a capital, or with a lower-case Arabic article before one ("al-Qamishli", "ez-Zor").</summary>
    public bool IsCapitalised(int i)
    {
        var t = _tokens[i];
        var c = Text[t.Start];
        if (char.IsUpper(c)) return true;
        for (var p = t.Start + 1; p < t.End && p <= t.Start + 3; p++)
        {
            if (Text[p] is '-' or '\u2010' or '\u2011') return p + 1 < t.End && char.IsUpper(Text[p + 1]);
            if (!char.IsLower(Text[p])) return false;
        }
        return false;
    }

    public bool IsAllCaps(int i)
    {
        var t = _tokens[i];
        var letters = 0;
        for (var p = t.Start; p < EndWithoutPossessive(i); p++)
        {
            if (!char.IsLetter(Text[p])) continue;
            if (!char.IsUpper(Text[p])) return false;
            letters++;
        }
        return letters >= 2;
    }

    /// <summary>Most words around this one are in capitals (a MUC message, a headline, a dateline run).</summary>
    public bool InCapitalText(int i)
    {
        var from = Math.Max(0, i - CapsWindow * 2);
        var to = Math.Min(_tokens.Count, i + CapsWindow * 2 + 1);
        var words = 0;
        for (var k = from; k < to; k++) if (IsWord(k)) words++;
        var caps = _capsPrefix[to] - _capsPrefix[from];
        return words >= 3 && caps * 10 >= words * 7;
    }

    private HashSet<string>? _lowerWords;

    /// <summary>The text writes this word (given in lower case) somewhere with a lower-case first letter: a common word of its own.</summary>
    public bool WrittenInLowerCase(string lower)
    {
        if (_lowerWords is null)
        {
            _lowerWords = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < _tokens.Count; i++)
                if (IsWord(i) && char.IsLower(Text[_tokens[i].Start])) _lowerWords.Add(Lower(i));
        }
        return _lowerWords.Contains(lower);
    }

    /// <summary>First word of a sentence, a line or a quotation.</summary>
    public bool SentenceInitial(int i)
    {
        if (i == 0 || !SameLine(i)) return true;
        var prev = Text[_tokens[i - 1].Start];
        return _tokens[i - 1].Kind == TokenKind.Punctuation && prev is '.' or '!' or '?' or ':' or '"' or '\u201C' or '(' or '\u2014' or '-';
    }

    /// <summary>The end of the capitalised part before a lower-case hyphenated tail ("Damascus-based"), or null.</summary>
    public int? HyphenPrefix(int i)
    {
        var t = _tokens[i];
        for (var p = t.Start + 1; p < t.End - 1; p++)
        {
            if (Text[p] is '-' or '\u2010' or '\u2011')
                return char.IsLower(Text[p + 1]) && char.IsUpper(Text[t.Start]) ? p : null;
        }
        return null;
    }
}
