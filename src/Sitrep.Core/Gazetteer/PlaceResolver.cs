using Sitrep.Model;

namespace Sitrep.Gazetteer;

/// <summary>
/// Picks one place per candidate in the context of the whole text. Each reading scores its prior (population,
/// capital &gt; division seat &gt; other) plus the text's evidence: the country hint, the country of the web address's domain (".re") and the countries that the other
/// names and demonyms point to (a country written after "in" more than one named as an actor), a division written next to it ("Aurora, Colo."), divisions named elsewhere, and,
/// in a second pass, nearness to the places the other names resolved to.
/// </summary>
internal static class PlaceResolver
{
    private const double HintVotes = 5;

    /// <summary>The votes of a country named after a locative cue ("in Mozambique"): more than one named as an actor (2).</summary>
    private const double LocativeCountryVotes = 3;

    /// <summary>The votes a country loses when the text sets its place apart as a namesake's ("not the one in Indonesia"): as many as one written after "in" wins.</summary>
    private const double DisownedCountryVotes = 3;

    /// <summary>
    /// The votes of a name shared by several countries whose likeliest reading is a national capital: more than a name
    /// of small towns' (0.3), so it outweighs one of them, but short of a one-country name's (1), so that alone it
    /// neither lends its own reading the bonus of a country the text points to nor beats the country hint.
    /// </summary>
    private const double CapitalCountryVotes = 0.9;

    /// <summary>2.8 degrees of latitude are at least 311 km on the haversine sphere (6371 km): beyond the farthest nearness bonus (300 km).</summary>
    private const double FarLatitude = 2.8;

    /// <summary>
    /// The votes of the country of the article's web address (".re", ".co.uk"): as many as one name of only that
    /// country's towns (1), so that it tips a name shared by several countries' towns when nothing else in the text does,
    /// but not the text's own names (a national site's report of an attack abroad names the places abroad).
    /// </summary>
    private const double AddressCountryVotes = 1;

    public static void Resolve(Gazetteer gazetteer, List<PlaceCandidate> candidates, string? countryHint, string? addressCountry = null)
    {
        // "the town of X" once: the bare name is that town elsewhere in the text too, not a country or a division that is
        // spelled or folded alike ("the town of Mallawi" and the country Malawi)
        var towns = candidates.Where(c => c.WrittenAsTown && c.Places.Any(p => p.Kind == PlaceKind.City)).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        if (towns.Count > 0)
            foreach (var c in candidates)
                if (!c.IsDemonym && !c.IsCapitalPhrase && !c.WantsAdmin1 && towns.Contains(c.Key)) c.WantsCity = true;
        var votes = CountryVotes(gazetteer, candidates, countryHint);
        if (addressCountry is not null) votes[addressCountry] = votes.GetValueOrDefault(addressCountry) + AddressCountryVotes;
        var dominant = votes.Count == 0 ? null : votes.MaxBy(v => v.Value).Key;

        // "the province of X" read as a second-level province (ProvinceByName): the bare name means the province elsewhere
        // in the text too ("Town, North X", "X farmers"), not the city of another division that bears its name, as a
        // first-level division's name does once the text names it as one (DivisionBySeatAlias)
        var provinces = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var c in candidates)
            if (c.WantsAdmin1 && !c.IsDemonym && !c.IsCapitalPhrase && ProvinceByName(gazetteer, c, votes, candidates) is { } province)
                provinces.TryAdd(c.Key, province);
        if (provinces.Count > 0)
            foreach (var c in candidates)
            {
                if (c.IsDemonym || c.IsCapitalPhrase || c.WantsCity || c.NextAdmin1 is not null || c.NextCountry is not null
                    || !provinces.TryGetValue(c.Key, out var province)) continue;
                c.WantsAdmin1 = true;
                c.Province = province;
            }

        // Divisions the text names outright ("Illinois", "Colo.") lend weight to the towns in them.
        var admin1s = new HashSet<(string Country, string? Admin1)>();
        foreach (var c in candidates)
        {
            if (c.NextAdmin1 is { } next) admin1s.Add((next.CountryCode, next.Admin1Code));
            if (c.IsDemonym || c.IsCapitalPhrase || c.WantsCity) continue;
            // "the province of X" read as a second-level province: the towns of its division, as a division's own name would
            if (c.WantsAdmin1 && c.Province is { } province)
            {
                admin1s.Add((province.CountryCode, province.Admin1Code));
                continue;
            }
            Place? division = null;
            var divisions = 0;
            for (var i = 0; i < c.Places.Count; i++)
            {
                if (c.Places[i].Kind != PlaceKind.Admin1) continue;
                division ??= c.Places[i];
                divisions++;
            }
            if (divisions == 1 && (c.Places.Count == 1 || c.WantsAdmin1 || Best(gazetteer, c, votes, dominant, admin1s, null) == division))
                admin1s.Add((division!.CountryCode, division.Admin1Code));
        }

        // First pass: without nearness. Second pass: near the places the other names resolved to (as resolved so far).
        foreach (var c in candidates) c.Resolved = First(gazetteer, c, votes, dominant, admin1s, null);
        var anchors = candidates.Where(c => c.Resolved is { Kind: PlaceKind.City } && !c.IsDemonym).ToList();
        var others = new List<Place>(anchors.Count);
        foreach (var c in candidates)
        {
            if (c.IsDemonym || c.IsCapitalPhrase || c.Places.Count < 2) continue;
            others.Clear();
            foreach (var a in anchors) if (a.Key != c.Key) others.Add(a.Resolved!);
            if (others.Count > 0) c.Resolved = Best(gazetteer, c, votes, dominant, admin1s, others);
        }
        ReadCounties(gazetteer, candidates, dominant, countryHint);
        DropStrays(gazetteer, candidates, dominant);
    }

    /// <summary>A town this far from a county's seat may lie in the county (counties of a few thousand square kilometres).</summary>
    internal const double CountyReach = 80;

    /// <summary>A county this many times as populous as every town of its name elsewhere is what the bare name means when nothing else in the text says which.</summary>
    private const double CountyDwarfs = 20;

    /// <summary>
    /// A bare name that is a county of one country and names only small towns (below <see cref="StrayTownPopulation"/>) in
    /// others ("Devon": the English county; towns in Alberta and Pennsylvania) is the county when the text is about the
    /// county's country, or when the county dwarfs those towns and nothing else in the text (no other name, no hint)
    /// points to a town's country. A county is no town,
    /// but its seat stands for it, as a division's does.
    /// </summary>
    private static void ReadCounties(Gazetteer gazetteer, List<PlaceCandidate> candidates, string? dominant, string? countryHint)
    {
        foreach (var c in candidates)
        {
            if (c.Resolved is not { Kind: PlaceKind.City } town || c.IsDemonym || c.IsCapitalPhrase || c.IsContext || c.WantsCity
                || c.NextAdmin1 is not null || c.NextCountry is not null || c.IsOwnerOfFacility || c.InFacilityName || c.Key.Length == 0) continue;
            var counties = gazetteer.Counties(c.Key);
            if (counties.Count == 0 || c.Places.Any(p => p.Kind != PlaceKind.City)) continue;
            Place? chosen = null;
            foreach (var county in counties)
            {
                if (c.Places.Any(p => p.CountryCode == county.CountryCode)) continue;
                if (chosen is null || county.Population > chosen.Population) chosen = county;
            }
            if (chosen is null) continue;
            var largest = c.Places.Max(p => p.Population);
            // a town abroad of some size is as likely ("Kent", Washington): the reading stays
            if (largest >= StrayTownPopulation) continue;
            if (chosen.CountryCode != dominant)
            {
                if (chosen.Population < CountyDwarfs * Math.Max(largest, 1) || !string.IsNullOrEmpty(countryHint)) continue;
                var backed = false;
                foreach (var o in candidates)
                    if (o.Key != c.Key && o.Resolved is { } q && q.CountryCode == town.CountryCode) { backed = true; break; }
                if (backed) continue;
            }
            c.Resolved = chosen;
        }
    }

    /// <summary>Below this a town of a country nothing else in the text names is dropped even when read by its own name.</summary>
    private const long StrayTownPopulation = 100_000;

    /// <summary>
    /// A name read as a place only through one of its other names (an alias, a former or foreign name), in a country
    /// nothing else in the text points to, while the text is about another country: a camp, a person or a building
    /// that bears a far place's old name ("Yida" is also one of Jeddah's names, in a story about South Sudan). No place;
    /// nor a small town read by its own name in such a country ("Ash", England, in a story about Afghanistan).
    /// </summary>
    private static void DropStrays(Gazetteer gazetteer, List<PlaceCandidate> candidates, string? dominant)
    {
        foreach (var c in candidates)
        {
            if (c.Resolved is not { } p || p.Kind == PlaceKind.Country || c.IsDemonym || c.IsCapitalPhrase || c.IsContext || c.Key.Length == 0) continue;
            // "Yida, South Sudan" read as a town of another country: the country written after it says otherwise
            if (c.NextCountry is { } written && written != p.CountryCode) { c.Resolved = null; continue; }
            if (dominant is null || p.CountryCode == dominant || c.NextAdmin1 is not null || c.NextCountry is not null) continue;
            // "on Gardner's Row" read as a town of a country the text's other names do not vote for: a person's name, no place
            if (c.IsOwnerOfFacility) { c.Resolved = null; continue; }
            // "the Legion of X" read as a town of another country: the body's patron or namesake, unless the text names
            // that place outside a body's name too; and then it is no surer a place than that other mention (a small town
            // of a far country stays a stray: "the Church of the X" and "the feast of the X")
            if (c.InBodyName && !candidates.Any(o => o != c && !o.InBodyName && !o.IsContext && o.Resolved is { } q && q.GeonameId == p.GeonameId))
            {
                c.Resolved = null;
                continue;
            }
            var own = gazetteer.FoldedName(p);
            var alias = own != c.Key && !IsWithoutArticle(own, c.Key) && !gazetteer.IsHandName(c.Key, p);
            // by its own name, only a small town, whose name is more often a person's or a thing's ("Ash Carter", "Ash")
            // nor a division of a far country written without it ("West Coast Bank" in a story about Oregon)
            if (!alias && p.Kind != PlaceKind.Admin1 && (p.Kind != PlaceKind.City || p.Population >= StrayTownPopulation)) continue;
            var backed = false;
            foreach (var o in candidates)
                if (o.Key != c.Key && o.Resolved is { } q && q.CountryCode == p.CountryCode) { backed = true; break; }
            if (!backed) c.Resolved = null;
        }
    }

    private static Place? First(Gazetteer gazetteer, PlaceCandidate c, Dictionary<string, double> votes, string? dominant,
        HashSet<(string Country, string? Admin1)> admin1s, List<Place>? anchors)
    {
        if (c.IsCapitalPhrase)
        {
            var country = c.CapitalOf ?? dominant;
            return country is null ? null : gazetteer.Capital(country);
        }
        if (c.IsDemonym) return c.Places[0];
        return Best(gazetteer, c, votes, dominant, admin1s, anchors);
    }

    private static Dictionary<string, double> CountryVotes(Gazetteer gazetteer, List<PlaceCandidate> candidates, string? countryHint)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        void Vote(string cc, double weight) => votes[cc] = votes.GetValueOrDefault(cc) + weight;
        if (!string.IsNullOrEmpty(countryHint)) Vote(countryHint.ToUpperInvariant(), HintVotes);
        // a name votes once however often it is repeated: "West Coast" three times is one misread name, not three places
        var counted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            // "on Gardner's Row", "the Legion of X": a name a street, a building or a body is named by is no evidence of the text's country
            if (c.IsOwnerOfFacility || c.InBodyName) continue;
            // "the Elm Ridge Shopping Centre": a name that opens another locality's name in a building's name is no evidence
            // either, unless it may be a division or a country by its own name
            if (c.HeadsLocalityName && !c.Places.Any(p => p.Kind != PlaceKind.City && gazetteer.FoldedName(p) == c.Key)) continue;
            // "not the one in Indonesia", "no relation to Y": the text says its place is not there, a vote against that country
            if (c.Disowned && !c.IsCapitalPhrase && !c.IsDemonym && c.Places.Count > 0)
            {
                var disowned = c.Places.FirstOrDefault(p => p.Kind == PlaceKind.Country) ?? c.Places.MaxBy(p => Prior(gazetteer, p, c.Key))!;
                // only where the text names a place that has a namesake there: "or the one in X" after "the attack in Y" speaks of another attack
                var cc = disowned.CountryCode;
                if (candidates.Any(o => o != c && !o.IsDemonym && !o.IsCapitalPhrase && o.Places.Any(p => p.CountryCode == cc) && o.Places.Any(p => p.CountryCode != cc)))
                {
                    Vote(cc, -DisownedCountryVotes);
                    continue;
                }
            }
            if (c.Key.Length > 0 && !c.IsCapitalPhrase && !counted.Add(c.Key)) continue;
            if (c.IsCapitalPhrase)
            {
                if (c.CapitalOf is not null) Vote(c.CapitalOf, 1);
                continue;
            }
            if (c.IsDemonym)
            {
                if (!c.IsWeakDemonym) Vote(c.Places[0].CountryCode, 1);
                continue;
            }
            if (c.NextAdmin1 is not null) { Vote(c.NextAdmin1.CountryCode, 2); continue; }
            if (c.NextCountry is not null) { Vote(c.NextCountry, 2); continue; }
            Place? country = null;
            var oneCountry = c.Places.Count > 0;
            for (var i = 0; i < c.Places.Count; i++)
            {
                var p = c.Places[i];
                if (country is null && p.Kind == PlaceKind.Country) country = p;
                if (p.CountryCode != c.Places[0].CountryCode) oneCountry = false;
            }
            if (country is not null && !c.WantsCity)
            {
                // "Georgia" is a country and a division of another: a vote for each, the rest of the text decides
                var division = c.Places.FirstOrDefault(p => p.Kind == PlaceKind.Admin1 && p.CountryCode != country.CountryCode);
                // "the worst attack in Mozambique this year" places the story there; "Spain and Portugal condemned it" speaks of it
                if (division is null) Vote(country.CountryCode, c.Cued ? LocativeCountryVotes : 2);
                else { Vote(country.CountryCode, 1); Vote(division.CountryCode, 1); }
                continue;
            }
            if (oneCountry) { Vote(c.Places[0].CountryCode, 1); continue; }
            var best = c.Places.MaxBy(p => Prior(gazetteer, p, c.Key))!;
            // a name best read as a national capital speaks for its country more than a name shared by small towns does
            // (a small town of the article's country named like a larger town abroad)
            Vote(best.CountryCode, best.FeatureCode == "PPLC" && best.Kind == PlaceKind.City ? CapitalCountryVotes : 0.3);
        }
        return votes;
    }

    private static Place? Best(Gazetteer gazetteer, PlaceCandidate c, Dictionary<string, double> votes, string? dominant,
        HashSet<(string Country, string? Admin1)> admin1s, List<Place>? anchors)
    {
        if (!c.WantsCity && DivisionBySeatAlias(gazetteer, c, admin1s) is { } division) return division;
        if (c.WantsAdmin1 && c.Province is { } province) return province;
        if (c.WantsAdmin1 && DivisionOfSeat(gazetteer, c) is { } seated) return seated;
        Place? best = null;
        var bestScore = double.NegativeInfinity;
        var places = c.Places;
        for (var i = 0; i < places.Count; i++)
        {
            var p = places[i];
            var score = Prior(gazetteer, p, c.Key);
            if (c.WantsAdmin1 && p.Kind == PlaceKind.Admin1) score += 20;
            if (c.WantsCity && p.Kind != PlaceKind.City) score -= 20;
            if (c.NextAdmin1 is { } a && p.Kind == PlaceKind.City && p.CountryCode == a.CountryCode && p.Admin1Code == a.Admin1Code) score += 20;
            // "Newport, Shropshire": of the towns of that name in the county's division, the one near the county's seat
            if (c.NextCounty is { } county && p.Kind == PlaceKind.City && p.CountryCode == county.CountryCode && p.KilometresTo(county) < CountyReach) score += 5;
            if (c.NextCountry is { } nc && p.CountryCode == nc) score += 10;
            if (p.CountryCode == dominant) score += 4;
            else if (votes.TryGetValue(p.CountryCode, out var v) && v >= 1) score += 1.5;
            if (p.Kind == PlaceKind.City && p.Admin1Code is not null && admin1s.Contains((p.CountryCode, p.Admin1Code))) score += 2.5;
            if (anchors is not null && p.Kind == PlaceKind.City)
            {
                var nearest = double.MaxValue;
                foreach (var anchor in anchors)
                {
                    // An anchor more than FarLatitude degrees north or south is over 300 km away whatever the longitudes
                    // (a great circle is never shorter than the meridian between the two latitudes): it cannot change
                    // the bonus below, so its distance is not computed.
                    if (Math.Abs(anchor.Latitude - p.Latitude) > FarLatitude) continue;
                    if (anchor.GeonameId != p.GeonameId) nearest = Math.Min(nearest, p.KilometresTo(anchor));
                }
                score += nearest switch { < 30 => 4, < 100 => 2.5, < 300 => 1, _ => 0 };
            }
            if (score > bestScore) { bestScore = score; best = p; }
        }
        return best;
    }

    /// <summary>
    /// A name written as a province ("X province", "the province of X") that no first-level division bears, but a
    /// second-level one (admin2.tsv.gz) of a country the text speaks of does: that province, though a city elsewhere
    /// bears its name (the Philippine province of Cotabato and Cotabato City, seat of another region), when the text names
    /// a town that may lie in it (in its division, near its seat): the province is where the text is, not the city. The
    /// county stands for an area (<see cref="Place.IsArea"/>), not a town. Null when the name is a division's own, or no
    /// such county is known, or the text points to none of their countries, or names no town that may lie in one.
    /// </summary>
    private static Place? ProvinceByName(Gazetteer gazetteer, PlaceCandidate c, Dictionary<string, double> votes, List<PlaceCandidate> candidates)
    {
        if (c.Key.Length == 0) return null;
        foreach (var p in c.Places)
            if (p.Kind != PlaceKind.City && gazetteer.FoldedName(p) is var own && (own == c.Key || IsWithoutArticle(own, c.Key))) return null;
        Place? chosen = null;
        foreach (var county in gazetteer.Counties(c.Key))
        {
            if (!votes.TryGetValue(county.CountryCode, out var v) || v < 1) continue;
            if (!candidates.Any(o => o.Key != c.Key && !o.IsDemonym && !o.IsCapitalPhrase && !o.IsContext
                                     && o.Places.Any(p => p.Kind == PlaceKind.City && !p.IsArea && p.CountryCode == county.CountryCode
                                                          && p.Admin1Code == county.Admin1Code && p.KilometresTo(county) < CountyReach))) continue;
            if (chosen is null || votes[county.CountryCode] > votes[chosen.CountryCode]
                || (county.CountryCode == chosen.CountryCode && county.Population > chosen.Population)) chosen = county;
        }
        return chosen;
    }

    /// <summary>
    /// The name is a division's own name and otherwise only another name of that division's seat, which has a name of
    /// its own unlike it ("Gia Lai" for the province and, as an alias, for its seat Pleiku): once the text names the
    /// division as one ("X province", "the province of X"), the bare name means the division too, not its seat (a town
    /// far from the scene, often where the wounded were taken). A seat whose own name is a spelling of the division's
    /// ("Basrah" for "Basra") or begins with it is left to the usual reading.
    /// </summary>
    /// <summary>
    /// A name written with a division word ("in X Region", "the X province") that the gazetteer knows by no division
    /// of that spelling, only as towns, one of them the seat of its first-level division (feature PPLA): the division
    /// named after its seat and spelled otherwise by GeoNames. The division is meant, not its seat town.
    /// </summary>
    private static Place? DivisionOfSeat(Gazetteer gazetteer, PlaceCandidate c)
    {
        Place? seat = null;
        foreach (var p in c.Places)
        {
            if (p.Kind != PlaceKind.City) return null;
            if (p.FeatureCode != "PPLA" || p.Admin1Code is null) continue;
            if (seat is not null) return null;
            seat = p;
        }
        return seat is null ? null : gazetteer.Admin1(seat.CountryCode, seat.Admin1Code!);
    }

    private static Place? DivisionBySeatAlias(Gazetteer gazetteer, PlaceCandidate c, HashSet<(string Country, string? Admin1)> admin1s)
    {
        Place? division = null;
        foreach (var p in c.Places)
            if (p.Kind == PlaceKind.Admin1 && gazetteer.FoldedName(p) == c.Key && admin1s.Contains((p.CountryCode, p.Admin1Code))) { division = p; break; }
        if (division is null || c.Places.Count < 2) return null;
        foreach (var p in c.Places)
        {
            if (p.GeonameId == division.GeonameId) continue;
            if (p.Kind != PlaceKind.City || p.FeatureCode is not ("PPLA" or "PPLA2") || p.CountryCode != division.CountryCode || p.Admin1Code != division.Admin1Code) return null;
            var own = gazetteer.FoldedName(p);
            if (gazetteer.IsHandName(c.Key, p) || !UnlikeNames(own, c.Key)) return null;
        }
        return division;
    }

    /// <summary>Two folded names that are no spellings of one another: neither begins with the other's first four letters and more than half their letters differ.</summary>
    private static bool UnlikeNames(string a, string b)
    {
        var head = Math.Min(4, Math.Min(a.Length, b.Length));
        if (a.AsSpan(0, head).SequenceEqual(b.AsSpan(0, head))) return false;
        return EditDistance(a, b) * 2 > Math.Max(a.Length, b.Length);
    }

    /// <summary>The Levenshtein distance between two short names.</summary>
    private static int EditDistance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) row[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    /// <summary>Whether <paramref name="key"/> is <see cref="NameFolding.WithoutArticle"/> of <paramref name="own"/> (without making it).</summary>
    private static bool IsWithoutArticle(string own, string key)
    {
        var article = NameFolding.ArticleLength(own);
        return article > 0 && own.AsSpan(article).SequenceEqual(key);
    }

    /// <summary>The population a town listed with none (GeoNames' 0: unknown) weighs as: the least of cities500's own towns.</summary>
    internal const long UnknownTownPopulation = 500;

    /// <summary>How likely a name means this place before reading the rest of the text.</summary>
    private static double Prior(Gazetteer gazetteer, Place p, string key)
    {
        // cities500 lists a town of 500 people or more, and a division's seat whatever its size: a seat listed with
        // population 0 is one whose population GeoNames does not know, no empty town; it weighs as the smallest listed
        // town, so that the country, division and towns the text names decide against a namesake of some size abroad
        var population = p.Kind == PlaceKind.City && p.Population == 0 ? UnknownTownPopulation : p.Population;
        var score = Math.Log10(population + 1);
        // Its own name, not an alias: "Philadelphia" is the city in Pennsylvania before it is Amman's ancient name. A name
        // written by hand in aliases.tsv is the one English news uses ("Jenin" for Janin, not the Polish village Jenin).
        if (key.Length > 0 && gazetteer.FoldedName(p) is var own && (own == key || IsWithoutArticle(own, key) || gazetteer.IsHandName(key, p))) score += 2;
        score += p.Kind switch
        {
            PlaceKind.Country => 3,
            PlaceKind.Admin1 => 1.5,
            _ => p.FeatureCode switch
            {
                "PPLC" => 2,
                "PPLA" => 1.5,
                "PPLA2" => 0.8,
                "PPLA3" or "PPLA4" or "PPLG" => 0.2,
                "PPLX" => 0,
                _ => 0,
            },
        };
        return score;
    }
}
