namespace Sitrep.Evaluation;

/// <summary>
/// The ECB+ linking scores: <see cref="AllDocuments"/> over every selected document (one in no incident is a cluster
/// of its own), <see cref="LinkedDocuments"/> over the documents in at least one incident; and each document's incidents.
/// </summary>
public sealed record BCubedEcbPlusResult(BCubedScore AllDocuments, BCubedScore LinkedDocuments, IReadOnlyDictionary<string, IReadOnlyCollection<string>> IncidentsOfDocument)
{
    public override string ToString() =>
        $"ECB+ topics {string.Join(", ", BCubedEcbPlus.Topics)}\n" +
        $"  documents in an incident: {LinkedDocuments}\n" +
        $"  all documents:            {AllDocuments}";
}
