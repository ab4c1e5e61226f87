namespace Sitrep.Annotation;

/// <summary>A sentence of the cleaned text; <see cref="Paragraph"/> counts blocks separated by blank lines or line breaks.</summary>
public sealed record Sentence(int Index, int Start, int End, int Paragraph)
{
    public Model.TextSpan Span => new(Start, End);
    public string Of(string text) => text[Start..End];
}
