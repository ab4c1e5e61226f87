using System.Text;

namespace Sitrep.Evaluation;

/// <summary>The figures of one scoring, in score.py's order, and their mean.</summary>
public sealed class ScoreReport
{
    internal ScoreReport(IReadOnlyList<ScoreFigure> figures, double overall)
    {
        Figures = figures;
        Overall = overall;
    }

    /// <summary>incidents, date, country, perpetrator, responsibility, suicide, weapons, killed_best, injured_best,
    /// targets, killed, injured, documents, group_pairs, group_totals.</summary>
    public IReadOnlyList<ScoreFigure> Figures { get; }

    /// <summary>The mean of the figures that have a value (incidents counting 0 when it has none).</summary>
    public double Overall { get; }

    /// <summary>A figure by name.</summary>
    /// <exception cref="KeyNotFoundException">No figure has that name.</exception>
    public ScoreFigure this[string name] =>
        Figures.FirstOrDefault(f => f.Name == name) ?? throw new KeyNotFoundException($"No score figure named '{name}'.");

    /// <summary>Exactly what <c>score.py GOLD EXPORT</c> prints: one figure a line, then "overall: F".</summary>
    public string Format()
    {
        var text = new StringBuilder();
        foreach (var figure in Figures) text.Append(figure.ToString()).Append('\n');
        text.Append("overall: ").Append(PythonFloat.Fixed3(Overall)).Append('\n');
        return text.ToString();
    }

    /// <summary>Exactly what <c>score.py GOLD EXPORT --json</c> prints: one object, figure names to values, and overall.</summary>
    public string ToJson()
    {
        var text = new StringBuilder("{");
        foreach (var figure in Figures)
        {
            text.Append('"').Append(figure.Name).Append("\": ")
                .Append(figure.Value is { } v ? PythonFloat.Repr(v) : "null").Append(", ");
        }
        text.Append("\"overall\": ").Append(PythonFloat.Repr(Overall)).Append("}\n");
        return text.ToString();
    }

    public override string ToString() => Format();
}
