namespace Sitrep.Evaluation;

/// <summary>A B-cubed score (<see cref="BCubed"/>) over <see cref="Documents"/> documents.</summary>
public sealed record BCubedScore(double Precision, double Recall, double F1, int Documents)
{
    public override string ToString() =>
        $"B-cubed F1 {F1:0.000} (precision {Precision:0.000}, recall {Recall:0.000}; {Documents} documents)";
}
