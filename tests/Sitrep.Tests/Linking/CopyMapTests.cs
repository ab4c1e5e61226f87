using Sitrep.Duplicates;
using Sitrep.Storage;

namespace Sitrep.Tests.Linking;

/// <summary>Within an incident, the earliest published document of a story is its original and the others its copies.</summary>
public sealed class CopyMapTests
{
    private static readonly DateOnly May23 = new(2016, 5, 23);

    [Fact]
    public void The_earliest_published_document_is_the_original_whatever_the_ids()
    {
        var published = new Dictionary<string, DateOnly?> { ["a"] = May23.AddDays(1), ["b"] = May23, ["c"] = null, ["d"] = May23 };
        var copies = CopyMap.Build(published, [NearDuplicate.Of("a", "b", 0.9), NearDuplicate.Of("c", "a", 0.8)]);

        Assert.Equal("b", copies.OriginalOf("a"));
        Assert.Equal("b", copies.OriginalOf("c"));
        Assert.False(copies.IsCopy("b"));
        Assert.False(copies.IsCopy("d"));
        Assert.Equal("d", copies.OriginalOf("d"));
        Assert.Equal(2, copies.Copies.Count);
    }

    [Fact]
    public void Undated_copies_fall_back_to_the_smallest_id_and_pairs_outside_the_incident_are_ignored()
    {
        var published = new Dictionary<string, DateOnly?> { ["x"] = null, ["w"] = null };
        var copies = CopyMap.Build(published, [NearDuplicate.Of("x", "w", 0.7), NearDuplicate.Of("x", "elsewhere", 0.9)]);

        Assert.Equal("w", copies.OriginalOf("x"));
        Assert.False(copies.IsCopy("elsewhere"));
    }
}
