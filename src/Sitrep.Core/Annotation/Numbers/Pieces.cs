namespace Sitrep.Annotation.Numbers;

/// <summary>Cuts text into <see cref="Piece"/>s with the project's <see cref="Tokenizer"/> (or its tokens, when the caller has them): one list per call.</summary>
internal static class Pieces
{
    public static List<Piece> Of(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        return Of(text, Tokenizer.Tokenize(text, start, end));
    }

    /// <summary>The pieces of already tokenised text (the tokens of <see cref="Tokenizer.Tokenize"/> over it).</summary>
    public static List<Piece> Of(string text, List<Token> tokens)
    {
        var pieces = new List<Piece>(tokens.Count + (tokens.Count >> 3) + 4);
        var previousEnd = -1;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                Add(text, pieces, ref previousEnd, token.Start, token.End, token.Kind);
                continue;
            }
            var e = token.End;
            var possessive = token.Length > 2 && text[e - 1] is 's' or 'S' && text[e - 2] is '\'' or '\u2019';
            if (possessive) e -= 2;
            var s = token.Start;
            for (var c = token.Start; c <= e; c++)
            {
                if (c < e && text[c] is not ('-' or '\u2010' or '\u2011')) continue;
                if (c > s) Add(text, pieces, ref previousEnd, s, c, TokenKind.Word);
                if (c < e) Add(text, pieces, ref previousEnd, c, c + 1, TokenKind.Punctuation);
                s = c + 1;
            }
            if (possessive) Add(text, pieces, ref previousEnd, e, token.End, TokenKind.Word);
        }
        return pieces;
    }

    private static void Add(string text, List<Piece> pieces, ref int previousEnd, int start, int end, TokenKind kind)
    {
        var glued = previousEnd == start;
        var lineStart = previousEnd < 0 || (!glued && text.AsSpan(previousEnd, start - previousEnd).Contains('\n'));
        pieces.Add(new Piece(start, end, kind, glued, lineStart));
        previousEnd = end;
    }
}
