using Sitrep.Linking;
using Sitrep.Model;
using static Sitrep.Tests.Linking.LinkingFixtures;

namespace Sitrep.Tests.Linking;

/// <summary>
/// One night told as two days: a report dated to the later day of a night its text names both days of ("during the night
/// of Friday 3 to Saturday 4", <see cref="IncidentReport.DayEndsNight"/>) joins another outlet's report of the evening that
/// night began on, though both days were read from the text; no other pair of days read from two texts a day apart links.
/// </summary>
public sealed class NightSpanTests
{
    private static readonly DateOnly Wednesday = new(2016, 5, 25);
    private static readonly DateOnly Thursday = new(2016, 5, 26);

    // a wire story of Tuesday, published on Wednesday: "the blast went off late on Monday evening"
    private static IncidentReport Evening() => Report("wire", date: "2016-05-23", published: new DateOnly(2016, 5, 24));

    // a clinic's bulletin of Wednesday: "in the night from Monday 23 to Tuesday 24 we admitted ..."
    private static IncidentReport SmallHours(bool endsNight = true) =>
        Report("clinic", date: "2016-05-24", published: Wednesday) with { DayEndsNight = endsNight };

    [Fact]
    public void The_small_hours_of_a_named_night_join_the_evening_it_began_on()
    {
        Assert.True(ReportMatcher.SameIncident(Evening(), SmallHours()));
        Assert.True(ReportMatcher.SameIncident(SmallHours(), Evening()));
    }

    [Fact]
    public void Without_the_named_night_two_days_read_from_the_texts_stay_apart()
    {
        Assert.False(ReportMatcher.SameIncident(Evening(), SmallHours(endsNight: false)));
    }

    [Fact]
    public void The_night_reaches_back_one_evening_only()
    {
        // the night of Tuesday to Wednesday began a day after Monday's blast
        var later = Report("clinic", date: "2016-05-25", published: Thursday) with { DayEndsNight = true };
        Assert.False(ReportMatcher.SameIncident(Evening(), later));
        // nor does it reach forward: a report of the evening after the night is another day's
        var after = Report("desk", date: "2016-05-25", published: Thursday);
        Assert.False(ReportMatcher.SameIncident(SmallHours(), after));
    }

    [Fact]
    public void A_live_blog_stamp_past_midnight_still_keeps_apart_from_the_evening_before()
    {
        var stamp = Report("blog", date: "2016-05-24", published: new DateOnly(2016, 5, 24)) with { DayPastMidnight = true };
        Assert.False(ReportMatcher.SameIncident(stamp, Evening() with { Published = Wednesday }));
    }

    [Fact]
    public void A_named_night_still_needs_the_same_place()
    {
        Assert.False(ReportMatcher.SameIncident(Evening(), SmallHours() with { Place = Homs }));
    }
}
