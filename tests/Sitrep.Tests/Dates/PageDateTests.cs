using Sitrep.Annotation;
using Sitrep.Annotation.Dates;
using Sitrep.Model;
using Sitrep.Tests.Numbers;

namespace Sitrep.Tests.Dates;

public class PageDateTests
{
    private static readonly DateRecognizer Recognizer = DateRecognizer.Default;

    public static IEnumerable<object[]> Spec() => SpecFile.Cases("Dates", "page_dates.spec.tsv", 2);

    /// <summary>One line of page_dates.spec.tsv: a page's top and the publication day its date line shows.</summary>
    [Theory]
    [MemberData(nameof(Spec))]
    public void Reads_the_spec(int line, string text, string expected)
    {
        var day = Recognizer.PageDate(text, Recognizer.Recognize(text, null));
        var actual = day?.ToString("yyyy-MM-dd") ?? "-";
        Assert.True(expected == actual, $"page_dates.spec.tsv:{line}: {text}\n  expected: {expected}\n  actual:   {actual}");
    }

    [Fact]
    public void An_undated_article_resolves_its_weekdays_against_the_date_line()
    {
        var article = new Article("page-date-1", "Town hall fire\nWed, 14 Mar 2012 07: 15 AM\nA fire destroyed the town hall on Tuesday.");
        var doc = Annotator.Default.Annotate(Sitrep.Cleaning.BoilerplateCleaner.Clean(article));
        Assert.Equal(new DateOnly(2012, 3, 14), doc.Published);
        Assert.Contains(doc.Dates, d => d.Date == new DateOnly(2012, 3, 13) && d.Precision == "day");
    }

    [Fact]
    public void The_source_publication_day_wins_over_the_date_line()
    {
        var article = new Article("page-date-2", "Town hall fire\nWed, 14 Mar 2012 07: 15 AM\nA fire destroyed the town hall on Tuesday.", Published: new DateOnly(2012, 3, 25));
        var doc = Annotator.Default.Annotate(Sitrep.Cleaning.BoilerplateCleaner.Clean(article));
        Assert.Equal(new DateOnly(2012, 3, 25), doc.Published);
        Assert.Contains(doc.Dates, d => d.Date == new DateOnly(2012, 3, 20) && d.Precision == "day");
    }
}
