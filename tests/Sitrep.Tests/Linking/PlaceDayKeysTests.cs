using Sitrep.Linking;
using Sitrep.Model;
using static Sitrep.Tests.Linking.LinkingFixtures;

namespace Sitrep.Tests.Linking;

/// <summary>The day-and-place index finds every pair the day rule links (else the result would depend on arrival order), and few others.</summary>
public sealed class PlaceDayKeysTests
{
    [Fact]
    public void Every_pair_the_day_rule_links_shares_a_key_in_both_directions()
    {
        var random = new Random(7);
        var linked = 0;
        for (var i = 0; i < 20000; i++)
        {
            // places anywhere, including near the poles and across the 180th meridian, and a second one close by
            var latitude = random.NextDouble() * 170 - 85;
            var longitude = random.NextDouble() * 360 - 180;
            var a = RandomPlace(random, latitude, longitude);
            var b = RandomPlace(random, latitude + (random.NextDouble() - 0.5) * 1.2, Wrap(longitude + (random.NextDouble() - 0.5) * 3));
            var x = Report("x", place: a, date: "2016-05-23");
            // the other day is the publication day (a day apart is linked only when one day was not read from the text)
            var day = random.Next(2) == 0 ? new DateOnly(2016, 5, 24) : new DateOnly(2016, 5, 22);
            var y = Report("y", place: b, date: day.ToString("yyyy-MM-dd"), published: day);
            if (!ReportMatcher.SameIncident(x, y)) continue;
            linked++;
            Assert.True(PlaceDayKeys.Lookup(x).Intersect(PlaceDayKeys.Stored(y)).Any(), $"{a} / {b}");
            Assert.True(PlaceDayKeys.Lookup(y).Intersect(PlaceDayKeys.Stored(x)).Any(), $"{b} / {a}");
        }
        Assert.True(linked > 1000, $"only {linked} linked pairs were tried");
    }

    [Fact]
    public void Reports_far_apart_or_days_apart_share_no_key()
    {
        Assert.Empty(PlaceDayKeys.Lookup(Report("x", place: Homs)).Intersect(PlaceDayKeys.Stored(Report("y", place: Hasakah))));
        Assert.Empty(PlaceDayKeys.Lookup(Report("x", date: "2016-05-23")).Intersect(PlaceDayKeys.Stored(Report("y", date: "2016-05-26"))));
        Assert.Empty(PlaceDayKeys.Lookup(Report("x", date: null)));
        Assert.Empty(PlaceDayKeys.Stored(Report("x", date: "2016-05")));
    }

    private static Place RandomPlace(Random random, double latitude, double longitude)
    {
        var admin1 = random.Next(3).ToString();
        var kind = random.Next(5) == 0 ? PlaceKind.Admin1 : PlaceKind.City;
        return new Place(random.Next(), "P", Math.Clamp(latitude, -89.5, 89.5), longitude, "ZZ", admin1, "A" + admin1, kind, 1000);
    }

    private static double Wrap(double longitude) => longitude > 180 ? longitude - 360 : longitude < -180 ? longitude + 360 : longitude;
}
