using Sitrep.Duplicates;
using Sitrep.Model;
using Sitrep.Storage;
using Sitrep.Tests.Integration;

namespace Sitrep.Tests.Linking;

/// <summary>Shingles, MinHash, LSH bands and the detector that finds wire copies through the store's band index.</summary>
public sealed class NearDuplicateTests
{
    [Fact]
    public void Shingles_ignore_case_punctuation_and_layout()
    {
        Assert.Equal(WordShingles.Of("A car bomb, in the town of Jableh; killed 20."), WordShingles.Of("a CAR bomb in\nthe town of jableh killed 20"));
        Assert.NotEqual(WordShingles.Of("a car bomb in the town of Jableh killed 20"), WordShingles.Of("a car bomb in the town of Jableh killed 21"));
        Assert.Empty(WordShingles.Of("four words only here"));
    }

    [Fact]
    public void Jaccard_of_shingle_sets()
    {
        var a = WordShingles.Of(LinkingFixtures.Story(1));
        Assert.Equal(1.0, WordShingles.Jaccard(a, WordShingles.Of(LinkingFixtures.Story(1))));
        Assert.True(WordShingles.Jaccard(a, WordShingles.Of(LinkingFixtures.Story(2))) < 0.05);
    }

    [Fact]
    public void MinHash_agreement_estimates_the_jaccard_similarity()
    {
        var a = WordShingles.Of(LinkingFixtures.Story(3, 400));
        var b = WordShingles.Of(LinkingFixtures.Story(3, 400)[..1400] + " " + LinkingFixtures.Story(4, 150));
        var exact = WordShingles.Jaccard(a, b);
        var (sa, sb) = (MinHash.Of(a), MinHash.Of(b));
        var estimate = sa.Zip(sb).Count(p => p.First == p.Second) / (double)MinHash.Size;
        Assert.InRange(exact, 0.4, 0.9);
        Assert.InRange(estimate, exact - 0.15, exact + 0.15);
    }

    [Fact]
    public void Copies_share_band_keys_and_unrelated_texts_do_not()
    {
        var original = LshBands.Keys(MinHash.Of(WordShingles.Of(LinkingFixtures.Story(5))));
        var copy = LshBands.Keys(MinHash.Of(WordShingles.Of(LinkingFixtures.Story(5) + " Republished with permission.")));
        var other = LshBands.Keys(MinHash.Of(WordShingles.Of(LinkingFixtures.Story(6))));
        Assert.Equal(LshBands.Bands, original.Count);
        Assert.True(original.Intersect(copy).Count() >= LshBands.Bands / 2);
        Assert.Empty(original.Intersect(other));
    }

    [Fact]
    public void The_detector_finds_a_stored_copy_through_the_index_and_records_the_pair()
    {
        using var ws = new Workspace();
        using var store = StoreFactory.Open(ws.Db);
        var detector = new NearDuplicateDetector(store);
        IReadOnlyList<NearDuplicate> Register(string id, string text) => Save(store, id, text, detector);

        Assert.Empty(Register("b-original", LinkingFixtures.Story(7)));
        Assert.Empty(Register("c-unrelated", LinkingFixtures.Story(8)));
        Assert.Empty(Register("d-short", "A bomb exploded."));
        var found = Register("a-copy", "UPDATE: " + LinkingFixtures.Story(7) + " Copyright the wire.");

        var pair = Assert.Single(found);
        Assert.Equal(("a-copy", "b-original"), (pair.FirstId, pair.SecondId));
        Assert.InRange(pair.Similarity, NearDuplicateDetector.MinSimilarity, 1.0);
        Assert.Equal([pair], store.NearDuplicatesOf(["b-original"]));
        Assert.Empty(store.NearDuplicatesOf(["c-unrelated", "d-short"]));
    }

    private static IReadOnlyList<NearDuplicate> Save(IIncidentStore store, string id, string text, NearDuplicateDetector detector)
    {
        var document = new Document(new Article(id, text), text, OffsetMap.Identity(text.Length));
        IReadOnlyList<NearDuplicate> found = [];
        store.RunInTransaction(() =>
        {
            store.SaveArticle(document, ArticleReading.Empty(id), []);
            found = detector.Register(document);
        });
        return found;
    }
}
