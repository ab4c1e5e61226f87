namespace Sitrep.Evaluation;

/// <summary>
/// One line of a score: either an F1 with its tally (true positives, false positives, false negatives) or a mean with
/// its count. <see cref="Value"/> is null when there was nothing to score ("n/a").
/// </summary>
public sealed class ScoreFigure
{
    private ScoreFigure(string name, bool isTally, double? value, int truePositives, int falsePositives, int falseNegatives, int count)
    {
        Name = name;
        IsTally = isTally;
        Value = value;
        TruePositives = truePositives;
        FalsePositives = falsePositives;
        FalseNegatives = falseNegatives;
        Count = count;
    }

    public string Name { get; }

    /// <summary>True for an F1 over a tally, false for a mean.</summary>
    public bool IsTally { get; }

    /// <summary>The F1 or the mean, in [0, 1]; null when there was nothing to score.</summary>
    public double? Value { get; }

    public int TruePositives { get; }
    public int FalsePositives { get; }
    public int FalseNegatives { get; }

    /// <summary>For a mean: how many values it is the mean of.</summary>
    public int Count { get; }

    /// <summary>An F1 figure, as score.py's <c>Tally.f1</c> computes it.</summary>
    public static ScoreFigure FromTally(string name, int truePositives, int falsePositives, int falseNegatives)
    {
        double? f1;
        if (truePositives == 0)
        {
            f1 = falsePositives == 0 && falseNegatives == 0 ? null : 0.0;
        }
        else
        {
            double p = (double)truePositives / (truePositives + falsePositives);
            double r = (double)truePositives / (truePositives + falseNegatives);
            f1 = 2 * p * r / (p + r);
        }
        return new ScoreFigure(name, true, f1, truePositives, falsePositives, falseNegatives, 0);
    }

    /// <summary>A mean figure, as score.py's <c>Mean.value</c> computes it (the sum in the order added).</summary>
    public static ScoreFigure FromMean(string name, double total, int count) =>
        new(name, false, count > 0 ? total / count : null, 0, 0, 0, count);

    /// <summary>score.py's text for the value: "0.667  (tp 2, fp 1, fn 1)", "0.500  (n 4)" or "n/a".</summary>
    public string FormatValue()
    {
        if (Value is not { } v) return "n/a";
        return IsTally
            ? $"{PythonFloat.Fixed3(v)}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})"
            : $"{PythonFloat.Fixed3(v)}  (n {Count})";
    }

    public override string ToString() => $"{Name,-15} {FormatValue()}";
}
