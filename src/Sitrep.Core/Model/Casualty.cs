namespace Sitrep.Model;

/// <summary>The contract's qualifiers of a reported figure.</summary>
public static class Qualifiers
{
    public const string Exact = "exact";
    public const string AtLeast = "at_least";
    public const string MoreThan = "more_than";
    public const string AtMost = "at_most";
    public const string Nearly = "nearly";
    public const string About = "about";
    public const string Dozens = "dozens";
}

/// <summary>One reported figure of killed or injured: "at least 50 (Syrian Observatory for Human Rights)".</summary>
/// <param name="Value">The number, or null for a vague quantity ("dozens").</param>
/// <param name="Qualifier">One of <see cref="Qualifiers"/>.</param>
/// <param name="Source">Who gave the figure, normalised, or null.</param>
/// <param name="Evidence">The words it was read from.</param>
/// <param name="Published">Publication day of the document, to let later reports supersede earlier ones.</param>
/// <param name="Withdrawn">A figure a correction says was wrong ("An earlier version of this story said four were
/// killed"): kept, as what was written, but never an estimate; it withdraws the same value that the incident's other
/// reports gave up to the correction's day (see <see cref="Sitrep.Linking.CasualtyReconciler"/>).</param>
/// <param name="Running">A running toll, told as the count reached so far ("the toll has climbed to five", "a third
/// villager has died"): it updates the figures that earlier days' reports gave (see
/// <see cref="Sitrep.Linking.CasualtyReconciler"/>).</param>
/// <param name="Rumoured">A figure passed on as hearsay ("heard 5 dead", "unconfirmed reports of 12 dead"), or a claimant's
/// boasted count ("the group claimed the attack and inflated the result: nine dead, it said"): kept as a
/// report, but an estimate only when no other figure of its kind was given (see <see cref="Sitrep.Linking.CasualtyReconciler"/>).</param>
/// <param name="Added">Deaths beyond a count the document itself does not give: a later document's "one of the wounded died
/// on Tuesday", "the driver died of his wounds" with no toll of its own before it. Read alone it counts only those who
/// died; across documents it adds to the highest figure that earlier days gave (see <see cref="Sitrep.Linking.CasualtyReconciler"/>).</param>
public sealed record CasualtyFigure(int? Value, string Qualifier, string? Source, Evidence Evidence, DateOnly? Published = null, bool Withdrawn = false, bool Running = false, bool Rumoured = false, bool Added = false);

/// <summary>A reconciled casualty estimate and every report behind it (the contract's casualty object).</summary>
public sealed record CasualtyEstimate(int? Best, int? Low, int? High, IReadOnlyList<CasualtyFigure> Reports, bool Disputed = false)
{
    public static CasualtyEstimate None { get; } = new(null, null, null, Array.Empty<CasualtyFigure>());
}
