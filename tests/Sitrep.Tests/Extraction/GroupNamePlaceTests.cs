using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>A place-like word inside an armed group's longer name (IncidentExtractor.InGroupName) is no scene.</summary>
public class GroupNamePlaceTests
{
    [Fact]
    public void A_town_inside_a_gangs_name_is_no_scene()
    {
        const string title = "Prosecutor blames gang for sawmill killings";
        var text = title + "\n\nTwo guards were shot dead at a sawmill on Friday. The prosecutor attributed the shooting to Los Serranos del Filo, a criminal gang.";
        var article = new Article("group-name-place", text, title, Published: new DateOnly(2016, 1, 15));

        var reading = ArticleAnalyzer.Default.Analyze(article).Reading;

        Assert.DoesNotContain(reading.Reports, r => r.Place?.Name == "Los Serranos");
    }
}
