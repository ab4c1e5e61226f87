namespace Sitrep.Annotation.Numbers;

/// <summary>
/// A piece of text for the number and date recognizers: a <see cref="Token"/>, except that hyphenated words are
/// split into word, hyphen, word ("seventy-three", "year-old") and a final possessive "'s" is its own piece.
/// <see cref="Glued"/> is true when no space separates it from the piece before; <see cref="LineStart"/> when a
/// line break does (or it is the first piece).
/// </summary>
internal readonly record struct Piece(int Start, int End, TokenKind Kind, bool Glued, bool LineStart)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);

    public bool Is(string text, char c) => Kind == TokenKind.Punctuation && text[Start] == c;

    public bool IsHyphen(string text) => Kind == TokenKind.Punctuation && text[Start] is '-' or '\u2010' or '\u2011';

    /// <summary>Pure digits (no separator), <paramref name="digits"/> long.</summary>
    public bool IsDigits(string text, int digits)
    {
        if (Kind != TokenKind.Number || Length != digits) return false;
        for (var i = Start; i < End; i++) if (!char.IsAsciiDigit(text[i])) return false;
        return true;
    }

    /// <summary>The value of a piece of 1 to 9 plain digits, or -1.</summary>
    public int PlainValue(string text)
    {
        if (Kind != TokenKind.Number || Length > 9) return -1;
        var v = 0;
        for (var i = Start; i < End; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return -1;
            v = v * 10 + (text[i] - '0');
        }
        return v;
    }

    /// <summary>Starts with an upper-case letter.</summary>
    public bool IsCapitalized(string text) => char.IsUpper(text[Start]);

    /// <summary>Every letter upper case ("NOV").</summary>
    public bool IsAllCaps(string text)
    {
        for (var i = Start; i < End; i++) if (char.IsLower(text[i])) return false;
        return true;
    }
}
