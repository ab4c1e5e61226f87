namespace Sitrep.Annotation;

/// <summary>
/// A quantity written in the text: "at least 50", "seventy-three", "a dozen", "between 30 and 40", "dozens".
/// <see cref="Value"/> is the figure to report (null for vague quantities such as "dozens", "scores",
/// "hundreds"); <see cref="Low"/>/<see cref="High"/> bound it when the text gives a range;
/// <see cref="Qualifier"/> is one of <see cref="Model.Qualifiers"/>.
/// The span covers the qualifier words too ("at least 50").
/// </summary>
public sealed record NumberMention(int Start, int End, int? Value, string Qualifier, int? Low = null, int? High = null)
{
    public Model.TextSpan Span => new(Start, End);
    public bool IsVague => Value is null;
}
