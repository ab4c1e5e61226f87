namespace Sitrep.Storage;

/// <summary>
/// Two stored articles whose texts are near-identical (a wire copy, a syndicated reprint): <see cref="FirstId"/> sorts
/// before <see cref="SecondId"/> (ordinal), and <see cref="Similarity"/> is the Jaccard similarity of their shingles.
/// </summary>
public sealed record NearDuplicate(string FirstId, string SecondId, double Similarity)
{
    /// <summary>The pair with its ids in ordinal order.</summary>
    public static NearDuplicate Of(string a, string b, double similarity) =>
        string.CompareOrdinal(a, b) <= 0 ? new(a, b, similarity) : new(b, a, similarity);
}
