using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// A night told as running from one day into the next (function_words.tsv kind night_word, "to" or "into" between two days
/// that follow each other) dates its attack by the later day, the small hours, and marks the report
/// <see cref="IncidentReport.DayEndsNight"/>; a single day, or two days that are no one night, marks nothing.
/// </summary>
public sealed class NightSpanReadTests
{
    private static IReadOnlyList<IncidentReport> Read(string title, string text, DateOnly published)
    {
        var article = new Article("spec-nightspan", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: published);
        return ArticleAnalyzer.Default.Analyze(article).Reading.Reports;
    }

    [Fact]
    public void The_night_of_one_day_to_the_next_dates_the_later_day_and_marks_it()
    {
        var report = Assert.Single(Read("Clinic treats victims of petrol bomb at Ballinrobe disco",
            "During the night of Friday 3 to Saturday 4 March, the clinic in Ballinrobe admitted six people hurt when a petrol bomb was thrown into a disco.",
            new DateOnly(2023, 3, 6)));
        Assert.Equal("2023-03-04", report.Date);
        Assert.True(report.DayEndsNight);
    }

    [Fact]
    public void Overnight_from_one_weekday_into_the_next_marks_the_later_day()
    {
        var report = Assert.Single(Read("Shots fired at Ballinrobe pub",
            "Two men were shot and wounded outside a pub in Ballinrobe overnight Friday into Saturday, the gardaí said.",
            new DateOnly(2023, 3, 6)));
        Assert.Equal("2023-03-04", report.Date);
        Assert.True(report.DayEndsNight);
    }

    [Fact]
    public void A_single_night_marks_nothing()
    {
        var report = Assert.Single(Read("Shots fired at Ballinrobe pub",
            "Two men were shot and wounded outside a pub in Ballinrobe on Friday night, the gardaí said.",
            new DateOnly(2023, 3, 6)));
        Assert.Equal("2023-03-03", report.Date);
        Assert.False(report.DayEndsNight);
    }
}
