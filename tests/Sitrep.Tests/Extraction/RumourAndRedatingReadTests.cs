using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// What an article passes on as hearsay and what day it denies: a figure right after a hearsay cue (background.tsv kind
/// rumoured, only function_words.tsv kind rumour_filler words between) is marked <see cref="CasualtyFigure.Rumoured"/>;
/// a date after a negated verb of happening (kind occurrence_verb after verb_negation) dates nothing, and the report
/// dated otherwise <see cref="IncidentReport.CorrectsDate"/>.
/// </summary>
public sealed class RumourAndRedatingReadTests
{
    private static IReadOnlyList<IncidentReport> Read(string title, string text, DateOnly published)
    {
        var article = new Article("spec-rumour", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: published);
        return ArticleAnalyzer.Default.Analyze(article).Reading.Reports;
    }

    [Fact]
    public void A_larger_rumoured_toll_does_not_make_a_firm_toll_a_part_of_it()
    {
        // "the two dead" after a larger figure of the dead names a part of them, unless that larger figure is hearsay
        var report = Assert.Single(Read("Raid on a bank gate in Tuam",
            "Armed men raided the gate of a credit union in Tuam on Friday. People are saying 15 were killed. "
            + "The gardaí said the two dead were guards at the gate.",
            new DateOnly(2023, 3, 5)));
        Assert.Contains(report.Killed, f => f is { Value: 15, Rumoured: true });
        Assert.Contains(report.Killed, f => f is { Value: 2, Rumoured: false });
    }

    [Fact]
    public void A_toll_a_reader_heard_is_rumoured_and_the_police_toll_is_not()
    {
        var report = Assert.Single(Read("Gunfire at the fairground in Athenry last night?",
            "Posted by tractorboy: Anyone know what happened at the fairground in Athenry last night? Heard 6 dead, my uncle drives an ambulance.\n\n"
            + "Posted by mossy: The gardaí just said three people were shot dead at the fairground in Athenry on Saturday night. Not six.",
            new DateOnly(2023, 3, 5)));
        Assert.Contains(report.Killed, f => f is { Value: 6, Rumoured: true });
        Assert.Contains(report.Killed, f => f is { Value: 3, Rumoured: false });
    }

    [Fact]
    public void A_toll_that_posts_are_saying_is_rumoured()
    {
        var report = Assert.Single(Read("Stall owner recalls the Tuam depot bomb",
            "The gardaí said two drivers were killed when a bomb went off at the bus depot in Tuam on Friday. "
            + "Ignore the posts saying eleven died, the owner of a tea stall told us.",
            new DateOnly(2023, 3, 8)));
        Assert.Contains(report.Killed, f => f is { Value: 11, Rumoured: true });
        Assert.Contains(report.Killed, f => f is { Value: 2, Rumoured: false });
    }

    [Fact]
    public void A_toll_they_say_on_a_messaging_app_is_rumoured()
    {
        var report = Assert.Single(Read("Blast at the ferry office in Tuam?",
            "Posted by cillian: A bomb went off at the ferry office in Tuam on Friday night. On WhatsApp they say 7 dead, can anyone confirm?\n\n"
            + "Posted by aoife: The gardaí said the bomb killed two men and injured four.",
            new DateOnly(2023, 3, 5)));
        Assert.Contains(report.Killed, f => f is { Value: 7, Rumoured: true });
        Assert.Contains(report.Killed, f => f is { Value: 2, Rumoured: false });
    }

    [Fact]
    public void A_toll_that_a_hearsay_cue_closes_is_rumoured()
    {
        var report = Assert.Single(Read("Shots at the mart in Athenry?",
            "Posted by noreen: Gunmen burst into the cattle mart in Athenry on Friday night. Five dead, that is what people are saying.",
            new DateOnly(2023, 3, 5)));
        Assert.Contains(report.Killed, f => f is { Value: 5, Rumoured: true });
    }

    [Fact]
    public void A_hearsay_cue_further_on_leaves_the_toll_alone()
    {
        var report = Assert.Single(Read("Shots at the mart in Athenry",
            "Gunmen burst into the cattle mart in Athenry on Friday night and shot dead two drovers, and people are saying the gate was left open.",
            new DateOnly(2023, 3, 5)));
        Assert.Contains(report.Killed, f => f is { Value: 2, Rumoured: false });
    }

    [Fact]
    public void Hearing_the_blast_that_killed_people_passes_on_no_rumour()
    {
        var report = Assert.Single(Read("Bomb kills four at bus depot",
            "Residents of Tuam heard the bomb that killed four drivers at the bus depot on Friday, the gardaí said.",
            new DateOnly(2023, 3, 4)));
        Assert.DoesNotContain(report.Killed, f => f.Rumoured);
    }

    [Fact]
    public void A_denied_day_dates_nothing_and_the_report_corrects_it()
    {
        var report = Assert.Single(Read("Correction: the stabbing at the bus stop was on Saturday",
            "The stabbing at the bus stop in Tuam did not happen late on Friday, as the gardaí first said. "
            + "Two teenagers were stabbed there shortly after midnight on Saturday, according to a camera on the shelter.",
            new DateOnly(2023, 3, 6)));
        Assert.Equal("2023-03-04", report.Date);
        Assert.True(report.CorrectsDate);
    }

    [Fact]
    public void A_day_after_until_is_a_limit_and_no_denied_day()
    {
        var report = Assert.Single(Read("Bus stop stabbing: two teenagers hurt",
            "The stabbing at the bus stop in Tuam did not happen until late on Friday, the gardaí said. Two teenagers were hurt.",
            new DateOnly(2023, 3, 6)));
        Assert.Equal("2023-03-03", report.Date);
        Assert.False(report.CorrectsDate);
    }

    [Fact]
    public void An_article_that_denies_no_day_corrects_none()
    {
        var report = Assert.Single(Read("Two teenagers stabbed at bus stop",
            "Two teenagers were stabbed at a bus stop in Tuam late on Friday, the gardaí said. Both were taken to hospital in Galway.",
            new DateOnly(2023, 3, 4)));
        Assert.False(report.CorrectsDate);
    }
}
