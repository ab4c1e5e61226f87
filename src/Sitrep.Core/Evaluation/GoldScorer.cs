using System.Text.Json;

namespace Sitrep.Evaluation;

/// <summary>
/// A faithful port of the reference scorer, tools/score.py (spec/GOLD.md): the same matching, the same figures, the
/// same numbers to the last bit and the same text. Inputs are the gold file's object and the export's records as
/// <c>json.loads</c> would give them. Where score.py would stop with a Python error on malformed input, this throws
/// <see cref="InvalidDataException"/>.
/// </summary>
/// <remarks>
/// One case is not reproducible: when the members of a gold group are matched to predictions that name different
/// groups equally often, score.py picks one by the iteration order of a Python set of strings, which changes from
/// run to run (hash randomisation). Here the group named first among those members wins.
/// </remarks>
public sealed class GoldScorer
{
    /// <summary>score.py's <c>MATCH_KM</c>: the farthest a prediction may be from a gold incident and match it.</summary>
    public const double MatchKilometres = 25.0;

    private static readonly string[] FigureNames =
        ["date", "country", "perpetrator", "responsibility", "suicide", "weapons", "killed_best", "injured_best"];

    private static readonly string[] TallyNames = ["targets", "killed", "injured", "documents"];

    private GoldScorer()
    {
    }

    /// <summary>Reads an export as score.py's <c>load_export</c> does: one JSON value a line, blank lines skipped.</summary>
    /// <exception cref="InvalidDataException">A line is not JSON; the message names the line.</exception>
    public static IReadOnlyList<JsonElement> ReadExport(TextReader reader, string name = "export")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = new List<JsonElement>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.All(PythonText.IsSpace)) continue;
            try
            {
                using var document = JsonDocument.Parse(line);
                records.Add(document.RootElement.Clone());
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{name}:{number}: not JSON: {e.Message}", e);
            }
        }
        return records;
    }

    /// <summary>Scores export records against a gold file's object.</summary>
    public static ScoreReport Score(JsonElement gold, IReadOnlyList<JsonElement> exportRecords)
    {
        ArgumentNullException.ThrowIfNull(exportRecords);
        var documentsValue = PythonJson.Get(gold, "documents") ?? throw new InvalidDataException("gold: no 'documents'");
        var docs = PythonJson.Items(documentsValue).ToHashSet(StringComparer.Ordinal);

        var incidents = new List<JsonElement>();
        var groups = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var r in exportRecords)
        {
            var kind = PythonJson.Get(r, "kind");
            if ((kind is null || PythonJson.EqualString(kind, "incident"))
                && PythonJson.ItemsOrEmpty(PythonJson.Get(r, "documents")).Any(docs.Contains))
            {
                incidents.Add(r);
            }
        }
        foreach (var r in exportRecords)
        {
            if (PythonJson.EqualString(PythonJson.Get(r, "kind"), "group")) groups[PythonJson.Key(PythonJson.Get(r, "id"))] = r;
        }
        var goldIncidentsValue = PythonJson.Get(gold, "incidents") ?? throw new InvalidDataException("gold: no 'incidents'");
        if (goldIncidentsValue.ValueKind != JsonValueKind.Array) throw new InvalidDataException("gold: 'incidents' is not a list");
        var goldIncidents = goldIncidentsValue.EnumerateArray().ToList();

        var matched = Match(goldIncidents, incidents);
        int foundTp = 0, foundFp = 0, foundFn = 0;
        for (var pi = 0; pi < incidents.Count; pi++)
        {
            if (!matched.ContainsKey(pi)) foundFp++;
        }
        var goldMatched = matched.ToDictionary(m => m.Value, m => m.Key);
        for (var gi = 0; gi < goldIncidents.Count; gi++)
        {
            if (PythonJson.Truthy(PythonJson.Get(goldIncidents[gi], "optional"))) continue;
            if (goldMatched.ContainsKey(gi)) foundTp++;
            else foundFn++;
        }

        // Fields: a missed gold incident counts as wrong on every field it has.
        var totals = FigureNames.ToDictionary(n => n, _ => 0.0);
        var counts = FigureNames.ToDictionary(n => n, _ => 0);
        void Add(string name, double x)
        {
            totals[name] += x;
            counts[name]++;
        }
        var tallies = TallyNames.ToDictionary(n => n, _ => new Tally());
        for (var gi = 0; gi < goldIncidents.Count; gi++)
        {
            var g = goldIncidents[gi];
            if (PythonJson.Truthy(PythonJson.Get(g, "optional"))) continue;
            JsonElement? p = goldMatched.TryGetValue(gi, out var matchedPi) ? incidents[matchedPi] : null;
            var matchedP = p is not null;

            var goldDate = PythonJson.Get(g, "date");
            if (PythonJson.Truthy(goldDate) && PythonLength(goldDate!.Value) == 10)
            {
                Add("date", PythonJson.Equal(PythonJson.Get(p, "date"), goldDate) ? 1.0 : 0.0);
            }
            var goldCountry = PythonJson.Get(g, "country");
            if (PythonJson.Truthy(goldCountry))
            {
                var predicted = PythonJson.Get(p, "country");
                var upper = PythonJson.Truthy(predicted) ? PythonText.Upper(AsString(predicted!.Value, "country")) : "";
                Add("country", goldCountry!.Value.ValueKind == JsonValueKind.String && upper == goldCountry.Value.GetString() ? 1.0 : 0.0);
            }
            var goldPerpetrator = PythonJson.Get(g, "perpetrator");
            if (!PythonJson.IsNone(goldPerpetrator))
            {
                Add("perpetrator", matchedP && ActorMatches(PythonJson.Get(p, "perpetrator"), goldPerpetrator!.Value) ? 1.0 : 0.0);
            }
            var goldResponsibility = PythonJson.Get(g, "responsibility");
            if (!PythonJson.IsNone(goldResponsibility))
            {
                Add("responsibility", PythonJson.Equal(PythonJson.Get(p, "responsibility"), goldResponsibility) ? 1.0 : 0.0);
            }
            var goldSuicide = PythonJson.Get(g, "suicide");
            if (!PythonJson.IsNone(goldSuicide))
            {
                Add("suicide", Identical(PythonJson.Get(p, "suicide"), goldSuicide!.Value) ? 1.0 : 0.0);
            }
            var goldWeapons = PythonJson.Get(g, "weapons");
            if (!PythonJson.IsNone(goldWeapons))
            {
                var gw = PythonJson.Items(goldWeapons).ToHashSet(StringComparer.Ordinal);
                var pw = PythonJson.ItemsOrEmpty(PythonJson.Get(p, "weapons")).ToHashSet(StringComparer.Ordinal);
                var union = gw.Union(pw).Count();
                Add("weapons", union > 0 ? (double)gw.Intersect(pw).Count() / union : matchedP ? 1.0 : 0.0);
            }
            var goldTargets = PythonJson.Get(g, "targets");
            if (!PythonJson.IsNone(goldTargets))
            {
                tallies["targets"].Add(PythonJson.ItemsOrEmpty(PythonJson.Get(p, "targets")), PythonJson.Items(goldTargets),
                    PythonJson.ItemsOrEmpty(g, "targets_optional"));
            }
            foreach (var what in (string[])["killed", "injured"])
            {
                var goldValues = PythonJson.Get(g, what);
                if (!PythonJson.IsNone(goldValues))
                {
                    tallies[what].Add(Values(PythonJson.Get(p, what)), PythonJson.Items(goldValues), PythonJson.ItemsOrEmpty(g, what + "_optional"));
                }
            }
            foreach (var what in (string[])["killed", "injured"])
            {
                var goldBest = PythonJson.Get(g, what + "_best");
                if (!PythonJson.IsNone(goldBest))
                {
                    JsonElement? best = null;
                    if (matchedP)
                    {
                        var casualty = PythonJson.Get(p, what);
                        best = PythonJson.Truthy(casualty) ? PythonJson.Get(casualty, "best") : null;
                    }
                    var bestOrZero = PythonJson.Truthy(best) ? best : Zero;
                    Add(what + "_best", matchedP && PythonJson.Equal(bestOrZero, goldBest) ? 1.0 : 0.0);
                }
            }
            tallies["documents"].Add(PythonJson.ItemsOrEmpty(PythonJson.Get(p, "documents")).Where(docs.Contains),
                PythonJson.ItemsOrEmpty(PythonJson.Get(g, "documents")), PythonJson.ItemsOrEmpty(g, "documents_optional"));
        }

        // Groups: pairs of non-optional gold incidents placed together (a missed member loses its pairs).
        var pairTally = new Tally();
        var totalsTally = new Tally();
        var live = Enumerable.Range(0, goldIncidents.Count)
            .Where(gi => !PythonJson.Truthy(PythonJson.Get(goldIncidents[gi], "optional"))).ToList();
        var goldPairs = new List<string>();
        var predPairs = new List<string>();
        for (var a = 0; a < live.Count; a++)
        {
            for (var b = a + 1; b < live.Count; b++)
            {
                int ga = live[a], gb = live[b];
                var g1 = PythonJson.Get(goldIncidents[ga], "group");
                var g2 = PythonJson.Get(goldIncidents[gb], "group");
                if (PythonJson.Truthy(g1) && PythonJson.Equal(g1, g2)) goldPairs.Add($"{ga},{gb}");
                if (goldMatched.TryGetValue(ga, out var pa) && goldMatched.TryGetValue(gb, out var pb))
                {
                    var q1 = PythonJson.Get(incidents[pa], "group");
                    var q2 = PythonJson.Get(incidents[pb], "group");
                    if (PythonJson.Truthy(q1) && PythonJson.Equal(q1, q2)) predPairs.Add($"{ga},{gb}");
                }
            }
        }
        pairTally.Add(predPairs, goldPairs, []);
        var goldIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var gi = 0; gi < goldIncidents.Count; gi++)
        {
            var id = PythonJson.Get(goldIncidents[gi], "id") ?? throw new InvalidDataException($"gold: incident {gi + 1} has no 'id'");
            goldIndex[PythonJson.Key(id)] = gi;
        }
        var goldGroups = PythonJson.Get(gold, "groups");
        foreach (var gg in goldGroups is { } gs ? Elements(gs, "groups") : [])
        {
            var members = PythonJson.Get(gg, "members") ?? throw new InvalidDataException("gold: a group has no 'members'");
            var memberPreds = new List<int>();
            foreach (var m in Elements(members, "members"))
            {
                if (goldIndex.TryGetValue(PythonJson.Key(m), out var gi) && goldMatched.TryGetValue(gi, out var pi)) memberPreds.Add(pi);
            }
            var candidates = memberPreds.Select(pi => PythonJson.Get(incidents[pi], "group")).Where(PythonJson.Truthy)
                .Select(PythonJson.Key).ToList();
            JsonElement? predGroup = null;
            if (candidates.Count > 0)
            {
                var chosen = candidates.Distinct().OrderByDescending(c => candidates.Count(x => x == c)).First();
                predGroup = groups.TryGetValue(chosen, out var found) ? found : null;
            }
            foreach (var what in (string[])["killed", "injured"])
            {
                totalsTally.Add(predGroup is not null ? Values(PythonJson.Get(predGroup, what)) : [],
                    PythonJson.ItemsOrEmpty(gg, what), PythonJson.ItemsOrEmpty(gg, what + "_optional"));
            }
        }

        var figures = new List<ScoreFigure> { ScoreFigure.FromTally("incidents", foundTp, foundFp, foundFn) };
        figures.AddRange(FigureNames.Select(n => ScoreFigure.FromMean(n, totals[n], counts[n])));
        figures.AddRange(TallyNames.Select(n => tallies[n].Figure(n)));
        figures.Add(pairTally.Figure("group_pairs"));
        figures.Add(totalsTally.Figure("group_totals"));

        var parts = new List<double> { figures[0].Value ?? 0.0 };
        parts.AddRange(figures.Skip(1).Where(f => f.Value is not null).Select(f => f.Value!.Value));
        var sum = 0.0;
        foreach (var x in parts) sum += x;
        return new ScoreReport(figures, sum / parts.Count);
    }

    /// <summary>score.py's <c>match</c>: greedy one-to-one, best pairs first. Returns prediction index to gold index.</summary>
    private static Dictionary<int, int> Match(List<JsonElement> goldIncidents, List<JsonElement> predicted)
    {
        var pairs = new List<(int Shared, double Distance, int Gold, int Predicted)>();
        var predictedCoords = predicted.Select(Coords).ToList();
        var predictedDocs = predicted.Select(p => PythonJson.ItemsOrEmpty(PythonJson.Get(p, "documents")).ToHashSet(StringComparer.Ordinal)).ToList();
        for (var gi = 0; gi < goldIncidents.Count; gi++)
        {
            var g = goldIncidents[gi];
            var gc = Coords(g);
            HashSet<string>? goldDocs = null;
            for (var pi = 0; pi < predicted.Count; pi++)
            {
                var pc = predictedCoords[pi];
                if (gc is null || pc is null || !DatesAgree(PythonJson.Get(g, "date"), PythonJson.Get(predicted[pi], "date"))) continue;
                var d = Kilometres(gc.Value, pc.Value);
                if (d > MatchKilometres) continue;
                goldDocs ??= PythonJson.ItemsOrEmpty(PythonJson.Get(g, "documents")).ToHashSet(StringComparer.Ordinal);
                var shared = goldDocs.Count(predictedDocs[pi].Contains);
                pairs.Add((shared, d, gi, pi));
            }
        }
        // Python sorts (-shared, d, gi, pi): most shared documents first, then nearest, then list order.
        pairs.Sort((x, y) =>
        {
            var c = y.Shared.CompareTo(x.Shared);
            if (c == 0) c = x.Distance.CompareTo(y.Distance);
            if (c == 0) c = x.Gold.CompareTo(y.Gold);
            return c != 0 ? c : x.Predicted.CompareTo(y.Predicted);
        });
        var usedGold = new HashSet<int>();
        var result = new Dictionary<int, int>();
        foreach (var (_, _, gi, pi) in pairs)
        {
            if (!usedGold.Contains(gi) && !result.ContainsKey(pi))
            {
                usedGold.Add(gi);
                result[pi] = gi;
            }
        }
        return result;
    }

    /// <summary>score.py's <c>km</c>: haversine on a sphere of radius 6371 km, computed step for step as Python does.</summary>
    internal static double Kilometres((double Lat, double Lon) a, (double Lat, double Lon) b)
    {
        const double radians = Math.PI / 180.0;
        double lat1 = a.Lat * radians, lon1 = a.Lon * radians, lat2 = b.Lat * radians, lon2 = b.Lon * radians;
        var h = Math.Pow(Math.Sin((lat2 - lat1) / 2), 2) + Math.Cos(lat1) * Math.Cos(lat2) * Math.Pow(Math.Sin((lon2 - lon1) / 2), 2);
        var root = Math.Sqrt(h);
        if (double.IsNaN(root) || root > 1.0) throw new InvalidDataException("math domain error (antipodal coordinates)");
        return 2 * 6371.0 * Math.Asin(root);
    }

    /// <summary>score.py's <c>coords</c>: (latitude, longitude) when both are numbers.</summary>
    private static (double, double)? Coords(JsonElement record)
    {
        var lat = PythonJson.Get(record, "latitude");
        var lon = PythonJson.Get(record, "longitude");
        if (PythonJson.IsNumber(lat) && PythonJson.IsNumber(lon)) return (PythonJson.Float(lat!.Value), PythonJson.Float(lon!.Value));
        return null;
    }

    /// <summary>score.py's <c>dates_agree</c>: a gold day within one day, a gold month (or year) as a prefix.</summary>
    private static bool DatesAgree(JsonElement? gold, JsonElement? predicted)
    {
        if (PythonJson.IsNone(gold)) return true;
        if (predicted is not { ValueKind: JsonValueKind.String } pred) return false;
        var goldText = AsString(gold!.Value, "date");
        if (PythonText.Length(goldText) == 10)
        {
            var g = PythonDate.ParseDay(goldText);
            var p = PythonDate.ParseDay(pred.GetString()!);
            return g is not null && p is not null && Math.Abs(g.Value.DayNumber - p.Value.DayNumber) <= 1;
        }
        return pred.GetString()!.StartsWith(goldText, StringComparison.Ordinal);
    }

    /// <summary>score.py's <c>values</c>: the numbers reported in a casualty object (or a plain list).</summary>
    private static IEnumerable<string> Values(JsonElement? casualty)
    {
        if (PythonJson.IsNone(casualty)) return [];
        var c = casualty!.Value;
        if (c.ValueKind == JsonValueKind.Array) return c.EnumerateArray().Where(v => PythonJson.IsNumber(v)).Select(v => PythonJson.Key(v)).ToList();
        var reports = PythonJson.Get(c, "reports");
        if (!PythonJson.Truthy(reports)) return [];
        if (reports!.Value.ValueKind != JsonValueKind.Array) throw new InvalidDataException("'reports' is not a list of objects");
        return reports.Value.EnumerateArray().Select(r => PythonJson.Get(r, "value")).Where(PythonJson.IsNumber).Select(PythonJson.Key).ToList();
    }

    /// <summary>score.py's <c>actor_matches</c>; a gold value may be a list of acceptable names.</summary>
    private static bool ActorMatches(JsonElement? predicted, JsonElement gold)
    {
        var golds = gold.ValueKind == JsonValueKind.Array ? gold.EnumerateArray().ToList() : [gold];
        var folded = golds.Select(g => FoldActor(g)).ToHashSet();
        return folded.Contains(FoldActor(predicted));
    }

    private static string? FoldActor(JsonElement? name) =>
        PythonJson.Truthy(name) ? ActorNames.Canonical(AsString(name!.Value, "perpetrator")) : null;

    /// <summary>
    /// Python's <c>a is b</c> for values from <c>json.loads</c> in CPython: the same singleton (true, false, null), the
    /// same cached small int (-5 to 256), or the same cached one-character Latin-1 string.
    /// </summary>
    private static bool Identical(JsonElement? a, JsonElement b)
    {
        if (PythonJson.IsNone(a)) return false; // b is not None here
        var x = a!.Value;
        if (x.ValueKind is JsonValueKind.True or JsonValueKind.False || b.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return x.ValueKind == b.ValueKind;
        }
        if (x.ValueKind == JsonValueKind.Number && b.ValueKind == JsonValueKind.Number)
        {
            var (i, _) = PythonJson.Number(x);
            var (j, _) = PythonJson.Number(b);
            return i is { } m && j is { } n && m == n && m >= -5 && m <= 256;
        }
        if (x.ValueKind == JsonValueKind.String && b.ValueKind == JsonValueKind.String)
        {
            var s = x.GetString()!;
            return s == b.GetString() && (s.Length == 0 || (s.Length == 1 && s[0] < 256));
        }
        return false;
    }

    private static int PythonLength(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => PythonText.Length(value.GetString()!),
        JsonValueKind.Array => value.GetArrayLength(),
        JsonValueKind.Object => PythonJson.Members(value).Count,
        _ => throw new InvalidDataException($"object of type {PythonJson.Describe(value)} has no len()"),
    };

    private static string AsString(JsonElement value, string field) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new InvalidDataException($"'{field}' is {PythonJson.Describe(value)}, not a string");

    private static IEnumerable<JsonElement> Elements(JsonElement value, string field) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw new InvalidDataException($"'{field}' is not a list");

    private static readonly JsonElement Zero = JsonDocument.Parse("0").RootElement.Clone();

    /// <summary>score.py's <c>Tally</c>: counts over sets.</summary>
    private sealed class Tally
    {
        private int _tp, _fp, _fn;

        public void Add(IEnumerable<string> predicted, IEnumerable<string> gold, IEnumerable<string> optional)
        {
            var p = predicted.ToHashSet(StringComparer.Ordinal);
            var g = gold.ToHashSet(StringComparer.Ordinal);
            var allowed = g.Union(optional).ToHashSet(StringComparer.Ordinal);
            _tp += p.Count(g.Contains);
            _fp += p.Count(x => !allowed.Contains(x));
            _fn += g.Count(x => !p.Contains(x));
        }

        public ScoreFigure Figure(string name) => ScoreFigure.FromTally(name, _tp, _fp, _fn);
    }
}
