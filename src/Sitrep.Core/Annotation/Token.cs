namespace Sitrep.Annotation;

public enum TokenKind { Word, Number, Punctuation }

/// <summary>A token: a span of the document text.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
}
