using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>A target word that names who speaks ("police said") is no target. Our own wording.</summary>
public class TargetSpeakerTests
{
    private static IReadOnlyList<string> Targets(string text)
    {
        var article = new Article("target-speaker", text, Published: new DateOnly(2019, 1, 16));
        return Assert.Single(ArticleAnalyzer.Default.Analyze(article).Reading.Reports).Targets;
    }

    [Theory]
    [InlineData("Gunmen killed 14 people at a hotel in Nairobi on Tuesday, police said.", "police")]
    [InlineData("Gunmen killed 14 people at a hotel in Nairobi on Tuesday, a hospital official told reporters.", "health")]
    public void The_speaker_is_no_target(string text, string speaker) => Assert.DoesNotContain(speaker, Targets(text));

    [Fact]
    public void The_attacked_police_are_a_target() =>
        Assert.Contains("police", Targets("Gunmen killed 14 police officers at a checkpoint in Nairobi on Tuesday, officials said."));
}
