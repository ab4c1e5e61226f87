namespace Sitrep.Model;

/// <summary>An input that could not be read as an article: where it was and why.</summary>
public sealed record ArticleError(string File, int Line, string Reason)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Reason}" : $"{File}: {Reason}";
}
