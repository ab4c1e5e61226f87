using Sitrep.Model;

namespace Sitrep.Bench.Linking;

/// <summary>
/// Made-up articles and the reports an extractor would read from them, spread as real news is: events on every day
/// of the period in 400 places of 20 countries (each about 500 by 700 km), each reported by one to four articles published that day or the next,
/// one article in ten a wire copy of another, one report in five without a day (linked through the names the
/// articles share). Deterministic for a seed.
/// </summary>
public sealed class SyntheticNews
{
    public const int EventsPerDay = 8;

    private static readonly string[] Syllables = ["ka", "ro", "mi", "tal", "ben", "sa", "dor", "vi", "lu", "an", "qu", "ez", "mar", "hol", "ni", "gre", "tu", "sel"];
    private static readonly string[] Words =
    [
        "the", "police", "said", "bomb", "market", "killed", "wounded", "officials", "on", "in", "a", "after", "explosion", "near",
        "checkpoint", "witnesses", "army", "town", "residents", "car", "at", "least", "people", "hospital", "was", "by", "group",
        "claimed", "attack", "morning", "blast", "security", "forces", "road", "north", "gunmen", "opened", "fire", "local",
    ];
    private static readonly string[] Types = ["bombing", "armed_assault", "bombing", "armed_assault", "air_strike", "kidnapping"];

    private readonly Random _random;
    private readonly List<Place> _places;

    public SyntheticNews(int seed)
    {
        _random = new Random(seed);
        _places = Enumerable.Range(0, 400).Select(i =>
        {
            var country = i % 20;
            // countries of about 500 x 700 km on a 4 x 5 grid between 10 and 30 degrees north
            return new Place(1_000_000 + i, "Town" + i, 10 + country / 5 * 5 + _random.NextDouble() * 4.5, 20 + country % 5 * 8 + _random.NextDouble() * 7,
                $"X{(char)('A' + country)}", $"{i % 7:D2}", "Province" + i % 7, PlaceKind.City, 10_000 + i);
        }).ToList();
    }

    /// <summary>
    /// <paramref name="count"/> articles in publication order, over <paramref name="days"/> days (by default as many as
    /// keep <see cref="EventsPerDay"/> events a day). An article's id starts with its event's: "ev000042-1". Only a small
    /// plan of each article is kept; its text is made when it is read, so that a larger set does not make the process
    /// hold (and the collector trace) more text than ingest would.
    /// </summary>
    public IEnumerable<(Document Document, ArticleReading Reading)> Articles(int count, int? days = null)
    {
        days ??= DaysFor(count);
        var start = new DateOnly(2015, 1, 1);
        var plans = new List<ArticlePlan>();
        var events = 0;
        while (plans.Count < count)
        {
            events++;
            var day = start.AddDays(_random.Next(days.Value));
            var place = _places[_random.Next(_places.Count)];
            var type = Types[_random.Next(Types.Length)];
            var killed = _random.Next(0, 40);
            var names = Enumerable.Range(0, 3).Select(_ => Name() + " " + Name()).ToArray();
            int? previousText = null;
            var reports = 1 + _random.Next(4);
            for (var a = 0; a < reports && plans.Count < count; a++)
            {
                var copy = previousText is not null && _random.Next(10) == 0;
                var text = copy ? previousText!.Value : _random.Next();
                plans.Add(new ArticlePlan($"ev{events:D6}-{a}", day, day.AddDays(_random.Next(2)), _random.Next(5) != 0, place, type,
                    killed, killed + _random.Next(3), names, text, copy, "Outlet" + _random.Next(50)));
                previousText = text;
            }
        }
        foreach (var plan in plans.OrderBy(p => p.Published).ThenBy(p => p.Id, StringComparer.Ordinal))
            yield return Article(plan);
    }

    /// <summary>What an article will be: enough to make it again, without its text.</summary>
    private sealed record ArticlePlan(string Id, DateOnly Day, DateOnly Published, bool Dated, Place Place, string Type,
        int Killed, int Reported, string[] Names, int TextSeed, bool Copy, string Outlet);

    private static (Document, ArticleReading) Article(ArticlePlan p)
    {
        var text = Text(p.TextSeed, p.Names, p.Place, p.Killed) + (p.Copy ? " Republished with permission." : "");
        var document = new Document(new Article(p.Id, text, Published: p.Published, Outlet: p.Outlet), text, OffsetMap.Identity(text.Length));
        var report = new IncidentReport
        {
            Id = p.Id + "#1",
            ArticleId = p.Id,
            Published = p.Published,
            Date = p.Dated ? p.Day.ToString("yyyy-MM-dd") : null,
            DatePrecision = p.Dated ? "day" : "unknown",
            Place = p.Place,
            EventType = p.Type,
            Killed = [new CasualtyFigure(p.Reported, Qualifiers.AtLeast, null, new Evidence("killed", p.Id, 0, 10, text[..10]), p.Published)],
            Evidence = [new Evidence("location", p.Id, 0, 10, text[..10])],
        };
        return (document, new ArticleReading(p.Id, [report], []));
    }

    /// <summary>The days over which <paramref name="count"/> articles keep <see cref="EventsPerDay"/> events a day (2.5 articles an event).</summary>
    public static int DaysFor(int count) => Math.Max(1, count * 2 / (EventsPerDay * 5));

    /// <summary>The event an article reports, from its id.</summary>
    public static string EventOf(string articleId) => articleId[..articleId.IndexOf('-')];

    private string Name()
    {
        var s = string.Concat(Enumerable.Range(0, 2 + _random.Next(2)).Select(_ => Syllables[_random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(s[0]) + s[1..];
    }

    private static string Text(int seed, string[] names, Place place, int killed)
    {
        var random = new Random(seed);
        var words = Enumerable.Range(0, 150).Select(_ => Words[random.Next(Words.Length)]).ToList();
        words.Insert(10, $"in {place.Name}, killing {killed} people,");
        foreach (var name in names) words.Insert(random.Next(words.Count), name);
        return string.Join(' ', words) + ".";
    }
}
