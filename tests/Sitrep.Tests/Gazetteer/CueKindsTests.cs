using Sitrep.Gazetteer;
using GazetteerData = Sitrep.Gazetteer.Gazetteer;

namespace Sitrep.Tests.Gazetteer;

/// <summary>
/// The word lists the place recogniser reads from data/gazetteer/cues.tsv by kind (once written in C#): each kind is
/// read, so a row removed from the file fails here.
/// </summary>
public class CueKindsTests
{
    private static readonly PlaceLexicon Lexicon = PlaceLexicon.For(GazetteerData.LoadDefault());

    [Theory]
    [InlineData("distance", "kilometres", true)]
    [InlineData("distance", "metres", true)]
    [InlineData("distance", "mile", false)]
    [InlineData("county", "twp", true)]
    [InlineData("county", "borough", false)]
    [InlineData("direction", "south-west", true)]
    [InlineData("direction", "northern", false)]
    [InlineData("connector", "upon", true)]
    [InlineData("connector", "ibn", true)]
    [InlineData("connector", "in", false)]
    [InlineData("town", "village", true)]
    [InlineData("town", "district", false)]
    [InlineData("body", "church", true)]
    [InlineData("body", "mosque", false)]
    [InlineData("broadcaster", "radio", true)]
    [InlineData("broadcaster", "herald", false)]
    public void A_word_has_its_cue_kind(string kind, string word, bool expected)
    {
        var set = kind switch
        {
            "distance" => Lexicon.DistanceUnits,
            "county" => Lexicon.CountyWords,
            "direction" => Lexicon.Directions,
            "connector" => Lexicon.Connectors,
            "town" => Lexicon.TownNouns,
            "body" => Lexicon.BodyWords,
            "broadcaster" => Lexicon.BroadcasterWords,
            _ => throw new ArgumentException(kind),
        };
        Assert.Equal(expected, set.Contains(word));
    }
}
