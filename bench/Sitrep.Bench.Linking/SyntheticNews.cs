using Sitrep.Model;

namespace Sitrep.Bench.Linking;

/// <summary>
/// Made-up articles and the reports an extractor would read from them, spread as real news is: events on every day
/// of the period in 400 places of 20 countries, each reported by one to four articles published that day or the next,
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
            return new Place(1_000_000 + i, "Town" + i, 10 + country * 2 + _random.NextDouble() * 1.5, 20 + _random.NextDouble() * 3,
                $"X{(char)('A' + country)}", $"{i % 7:D2}", "Province" + i % 7, PlaceKind.City, 10_000 + i);
        }).ToList();
    }

    /// <summary>
    /// <paramref name="count"/> articles in publication order, over <paramref name="days"/> days (by default as many as
    /// keep <see cref="EventsPerDay"/> events a day). An article's id starts with its event's: "ev000042-1".
    /// </summary>
    public List<(Document Document, ArticleReading Reading)> Articles(int count, int? days = null)
    {
        days ??= DaysFor(count);
        var start = new DateOnly(2015, 1, 1);
        var articles = new List<(Document, ArticleReading, DateOnly)>();
        var events = 0;
        while (articles.Count < count)
        {
            events++;
            var day = start.AddDays(_random.Next(days.Value));
            var place = _places[_random.Next(_places.Count)];
            var type = Types[_random.Next(Types.Length)];
            var killed = _random.Next(0, 40);
            var names = Enumerable.Range(0, 3).Select(_ => Name() + " " + Name()).ToList();
            string? previous = null;
            var reports = 1 + _random.Next(4);
            for (var a = 0; a < reports && articles.Count < count; a++)
            {
                var id = $"ev{events:D6}-{a}";
                var published = day.AddDays(_random.Next(2));
                var text = previous is not null && _random.Next(10) == 0 ? previous + " Republished with permission." : Text(names, place, killed);
                previous = text;
                var dated = _random.Next(5) != 0;
                var document = new Document(new Article(id, text, Published: published, Outlet: "Outlet" + _random.Next(50)), text, OffsetMap.Identity(text.Length));
                var report = new IncidentReport
                {
                    Id = id + "#1",
                    ArticleId = id,
                    Published = published,
                    Date = dated ? day.ToString("yyyy-MM-dd") : null,
                    DatePrecision = dated ? "day" : "unknown",
                    Place = place,
                    EventType = type,
                    Killed = [new CasualtyFigure(killed + _random.Next(3), Qualifiers.AtLeast, null, new Evidence("killed", id, 0, 10, text[..10]), published)],
                    Evidence = [new Evidence("location", id, 0, 10, text[..10])],
                };
                articles.Add((document, new ArticleReading(id, [report], []), published));
            }
        }
        return articles.OrderBy(a => a.Item3).ThenBy(a => a.Item1.Id, StringComparer.Ordinal).Select(a => (a.Item1, a.Item2)).ToList();
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

    private string Text(List<string> names, Place place, int killed)
    {
        var words = Enumerable.Range(0, 150).Select(_ => Words[_random.Next(Words.Length)]).ToList();
        words.Insert(10, $"in {place.Name}, killing {killed} people,");
        foreach (var name in names) words.Insert(_random.Next(words.Count), name);
        return string.Join(' ', words) + ".";
    }
}
