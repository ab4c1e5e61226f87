using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;
using Sitrep.Linking;

namespace Sitrep.Extraction;

// IncidentExtractor, part: facts (see IncidentExtractor.cs for the whole pipeline).
public sealed partial class IncidentExtractor
{
    /// <summary>
    /// Only a division noun (function_words.tsv kind place_noun: district, province) and "of" stand between the town and
    /// the place after it: "the Akcakale district of Sanliurfa" names the district by its town.
    /// </summary>
    private bool DivisionOf(AnnotatedDocument doc, PlaceMention town, PlaceMention province)
    {
        var w = doc.WordAt(town.End);
        return w + 2 < doc.Words.Count && doc.Words[w].Start >= town.End && _placeNouns.Contains(doc.Words[w].Key)
               && doc.Words[w + 1].Key == "of" && doc.Words[w + 2].Start == province.Start;
    }

    /// <summary>
    /// "the X district of Y" (<see cref="DivisionOf"/>) where Y is the province X lies in, written as the province or as
    /// its seat named like it, and X lies farther from Y than <see cref="Frame.AreaKilometres"/>: X is the town, Y its
    /// province only.
    /// </summary>
    private bool DistrictOfProvince(AnnotatedDocument doc, PlaceMention town, PlaceMention province)
    {
        if (town.IsDemonym || province.IsDemonym || town.Place.Kind != PlaceKind.City || town.Place.GeonameId == province.Place.GeonameId
            || town.Place.CountryCode != province.Place.CountryCode || town.Place.Admin1Code is null
            || town.Place.Admin1Code != province.Place.Admin1Code || !DivisionOf(doc, town, province)) return false;
        if (province.Place.Kind == PlaceKind.Admin1) return true;
        return province.Place.Kind == PlaceKind.City && province.Place.Admin1Name is { } name
               && string.Equals(Gazetteer.NameFolding.Fold(name), Gazetteer.NameFolding.Fold(province.Place.Name), StringComparison.Ordinal)
               && town.Place.KilometresTo(province.Place) > Frame.AreaKilometres;
    }

    /// <summary>Most words between the article of an aside after a town and the "in" before the place it lies in.</summary>
    private const int DescribingAsideReach = 8;

    /// <summary>
    /// An aside right after the town describes it as a kind of place (function_words.tsv kind place_noun) that lies in
    /// the second place: a comma, "a", "an" or "the", then within <see cref="DescribingAsideReach"/> words and no
    /// punctuation a place noun, then "in" (maybe "the") right before the second place: "X, a town of some 5,000 people
    /// in Y county", "X, a small farming village in the Y region".
    /// </summary>
    private bool DescribedAsLyingIn(AnnotatedDocument doc, PlaceMention town, PlaceMention area)
    {
        var words = doc.Words;
        var w = doc.WordAt(town.End);
        if (w + 2 >= words.Count || words[w].Key != "," || words[w + 1].Key is not ("a" or "an" or "the")) return false;
        var nouns = false;
        for (var i = w + 2; i < words.Count && i - (w + 2) <= DescribingAsideReach && words[i].Start < area.Start; i++)
        {
            var key = words[i].Key;
            if (key == "in")
            {
                var next = i + 1 < words.Count && words[i + 1].Key == "the" ? i + 2 : i + 1;
                if (next < words.Count && words[next].Start == area.Start) return nouns;
            }
            if (_placeNouns.Contains(key)) nouns = true;
            else if (key.Length == 1 && !char.IsLetterOrDigit(key[0])) return false;
        }
        return false;
    }

    /// <summary>Farthest a town measured from a reference point may lie from it (a namesake far away is not the town meant).</summary>
    private const double MeasuredReach = 600;

    /// <summary>Kilometres in a mile (function_words.tsv kind mile_unit).</summary>
    private const double KilometresPerMile = 1.609;

    /// <summary>Kilometres a town may lie beyond twice the distance an aside gives from its reference point and still be the town it means.</summary>
    private const double MeasuredSlack = 25;

    /// <summary>
    /// The distance in kilometres that the aside between a town and its reference point gives ("X, a village about 12 km
    /// south of Y": 12; a distance in miles, function_words.tsv kind mile_unit, turned into kilometres), or null when it gives none.
    /// </summary>
    private double? StatedKilometres(AnnotatedDocument doc, PlaceMention town, PlaceMention reference)
    {
        if (doc.NumbersIn(new TextSpan(town.End, reference.Start)).FirstOrDefault(n => n.Value is > 0) is not { } number) return null;
        var next = doc.WordAt(number.End);
        if (next >= doc.Words.Count || !_distanceUnits.Contains(doc.Words[next].Key)) return null;
        return _mileUnits.Contains(doc.Words[next].Key) ? number.Value!.Value * KilometresPerMile : number.Value!.Value;
    }

    /// <summary>Most words of an aside between the comma after a town and the "of" or "from" before its reference point.</summary>
    private const int MeasuringAsideReach = 9;

    /// <summary>
    /// An aside right after the town gives where it lies from the second place, its reference point: a comma, then
    /// within <see cref="MeasuringAsideReach"/> words and no punctuation either a distance and its "of" or "from"
    /// (<see cref="DistanceReference"/>: "X, about 30 km north of Y", "X, a market town 40 miles from Y") or, with the
    /// second place written as a direction from it ("west of Y"), only words of a direction or a place
    /// (function_words.tsv kinds place_modifier, place_noun, settlement_noun) and hedges (kind vicinity_aside_word): "X, west of Y", "X, a town
    /// just north-east of Y".
    /// </summary>
    private bool MeasuredFrom(AnnotatedDocument doc, Sentence s, PlaceMention town, PlaceMention reference)
    {
        var distance = DistanceReference(doc, s, reference);
        if (!distance && !reference.Vicinity) return false;
        var words = doc.Words;
        var w = doc.WordAt(town.End);
        if (w >= words.Count || words[w].Start < town.End || words[w].Key != ",") return false;
        var unit = false;
        var plain = true;
        var i = w + 1;
        for (; i < words.Count && i - w <= MeasuringAsideReach && words[i].Start < reference.Start; i++)
        {
            var key = words[i].Key;
            if (_distanceUnits.Contains(key)) unit = true;
            else if (key.Length == 1 && !char.IsLetterOrDigit(key[0]) && key != "-") return false;
            else if (!(_placeModifiers.Contains(key) || _placeNouns.Contains(key) || _settlementNouns.Contains(key) || _vicinityAsideWords.Contains(key))) plain = false;
        }
        if (i >= words.Count || words[i].Start != reference.Start) return false;
        if (distance) return unit;
        // only a direction: "X, west of Y"; "X, near Y" is as often a second place of the telling ("at X, near Y, a drone hit")
        return plain && i - 2 > w && words[i - 1].Key == "of" && IsCompassWord(words[i - 2].Key);
    }

    /// <summary>
    /// A compass direction ("north", "south-west", "northeastern"): a word that holds a compass stem (function_words.tsv
    /// kind compass_stem) anywhere in it.
    /// </summary>
    private bool IsCompassWord(string key)
    {
        foreach (var stem in _compassStems)
            if (key.Contains(stem, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>An aside right after the place describes it as lying in a place its sentence names after it (<see cref="DescribedAsLyingIn"/>).</summary>
    private bool DescribedAsTown(AnnotatedDocument doc, PlaceMention town) =>
        doc.PlacesIn(doc.SentenceAt(town.Start).Span).Any(area => area.Start > town.End && area.Place.GeonameId != town.Place.GeonameId && DescribedAsLyingIn(doc, town, area));

    /// <summary>
    /// "X of the city of Y", "X of Y district": "of", at most one article, a place noun (function_words.tsv kind
    /// place_noun) and "of" (or the noun after the name) join the smaller place to the larger one it lies in.
    /// </summary>
    private bool InsideOf(AnnotatedDocument doc, PlaceMention inner, PlaceMention outer)
    {
        var w = doc.WordAt(inner.End);
        if (w >= doc.Words.Count || doc.Words[w].Start < inner.End || doc.Words[w].Key != "of") return false;
        w++;
        if (w < doc.Words.Count && doc.Words[w].Key is "the" or "a") w++;
        return w + 2 < doc.Words.Count && _placeNouns.Contains(doc.Words[w].Key) && doc.Words[w + 1].Key == "of"
               && doc.Words[w + 2].Start == outer.Start;
    }

    /// <summary>How far down a web page its headline may come, after the site's name and menu lines it kept.</summary>
    private const int HeadlineSentences = 6;

    /// <summary>
    /// The index of the sentence that is the article's headline: the first of its opening sentences that repeats the
    /// title ("SITE NAME / Home | World / Title"), not only a first sentence; -1 when none does.
    /// </summary>
    private static int TitleIndex(AnnotatedDocument doc)
    {
        if (Sources.Headline.Of(doc.Document.Article.Title) is not { } headline) return -1;
        foreach (var s in doc.Sentences.Take(HeadlineSentences))
            if (string.Equals(s.Of(doc.Text).Trim(), headline, StringComparison.OrdinalIgnoreCase)) return s.Index;
        return -1;
    }

    /// <summary>
    /// The target word is a part of a longer place name the sentence names ("Port" of "Port Moresby", "PORT" of a dateline
    /// "PORT SAID -"): it names a town, not a port, a camp or a church that was hit.
    /// </summary>
    private static bool InPlaceName(List<PlaceMention> places, Cue target) =>
        places.Any(p => p.Start <= target.Start && target.End <= p.End && p.End - p.Start > target.End - target.Start);

    private SentenceFacts Gather(AnnotatedDocument doc, Sentence s)
    {
        var span = s.Span;
        var isTitle = s.Index == TitleIndex(doc);
        var places = doc.PlacesIn(span).ToList();
        var eventPlaces = new List<PlaceMention>();
        var others = new List<PlaceMention>();
        var asides = new List<PlaceMention>();
        var carePlaces = new List<PlaceMention>();
        var careWording = new List<PlaceMention>();
        var countries = new List<PlaceMention>();
        var roadEnds = new List<PlaceMention>();
        PlaceMention? dateline = null;
        PlaceMention? previousLocative = null;
        PlaceMention? previousCare = null;
        foreach (var p in places)
        {
            if (p.IsDemonym) { others.Add(p); continue; }
            if (NamesStreet(doc, p)) continue; // "Beale Street" is no town called Beale
            if (NamesLandform(doc, p)) continue; // "the Fergus Valley" is no town called Fergus
            if (NamesProceeding(doc, p)) { others.Add(p); continue; } // "named in the X trial": a trial, no scene in X
            if (InPeerTitle(doc, p)) continue; // "Lord Roe of X" is a person's title, no place of the news
            if (InGroupName(doc, p)) continue; // "the X del Monte gang" is an armed group's name, no town called X
            if (InAskersLabel(doc, s, p)) continue; // "Q (Laila, X): What happened?": where a reader who asks lives, no place of the news
            if (PlaceAgreement.NamesCounty(doc, p)) { others.Add(p); continue; } // "in Riverside County": the county, not its namesake town
            if (IsDateline(doc, s, p) && !LabelsPostLine(doc, s, p)) { dateline = p; continue; }
            // "blamed the militia, whose positions lie near X": where the attackers are, not where the attack was
            if (DescribesGroupOrRoad(doc, s, p)) { others.Add(p); asides.Add(p); continue; }
            var written = IsLocative(doc, s, p, previousLocative, out var origin, out var alongRoad, out var cared);
            // "flown to X", "died at the hospital in X": where the wounded were cared for, never the article's home either;
            // also a town the sentence does not write as a locative ("transferred to the provincial hospital of X")
            // (a town written so only beside the scene stays one when the text names no other: "died at the X hospital")
            var careWorded = cared || CareWordedPlace(doc, s, p);
            if (careWorded) careWording.Add(p);
            cared = cared || careWorded && SceneNamedElsewhere(doc, p) || CareClauseAfter(doc, s, p);
            // "still in hospital in X and in Y": a town joined to a care place is where others of the wounded are cared for
            cared = cared || previousCare is not null && JoinedToPlace(doc, previousCare, p);
            // "a figure nobody in X believes": where some people are, no scene and never the article's home
            // "the ministry in X did not answer": where an office sits, no scene
            var peoples = PeoplesPlace(doc, s, p);
            var seat = SeatOfOffice(doc, s, p) || CourtSeat(doc, s, p) || SpeaksFromSeat(doc, s, p) || SpeakingOffice(doc, s, p);
            var locative = written && !SpeakersPlace(doc, s, p) && !cared && !peoples && !seat
                           || HeadsListItem(doc, s, p) || HeadsNumberedPlaceLine(doc, s, p) || LabelsPlaceLine(doc, p) || LabelsPostLine(doc, s, p)
                           || isTitle && NamesAttackAfter(doc, p)
                           || !cared && !peoples && !seat && NamesFacilityOfTown(doc, s, p);
            if (origin || cared || peoples || DistanceReference(doc, s, p)) asides.Add(p);
            if (cared) { carePlaces.Add(p); previousCare = p; }
            if (locative && alongRoad) roadEnds.Add(p);
            if (locative && p.Place.Kind != PlaceKind.Country) { eventPlaces.Add(p); previousLocative = p; }
            else
            {
                others.Add(p);
                if (!locative) continue;
                previousLocative = p;
                if (p.Place.Kind == PlaceKind.Country) countries.Add(p);
            }
        }
        // "attacked a post in the commune of X and, almost at once, the police station of Y": a site's town joined by "and"
        // to a town the sentence names before it, not as a scene, tells two sites together (a wave's lead or its toll);
        // the site's town is no scene of its own either, lest the pair's figures go to it alone
        foreach (var q in eventPlaces.ToList())
            if (SiteOfTown(doc, q) && others.Any(p => p.End < q.Start && !p.IsDemonym && p.Place.Kind == PlaceKind.City && AndBetween(doc, p.End, q.Start)))
            { eventPlaces.Remove(q); others.Add(q); }
        // "rockets struck the X district of Y": the town named as the district is the scene, the province after it only
        // says where that lies
        foreach (var q in eventPlaces.ToList())
            if (others.FirstOrDefault(p => p.End < q.Start && !p.IsDemonym && p.Place.Kind == PlaceKind.City && p.Place.CountryCode == q.Place.CountryCode
                                           && DivisionOf(doc, p, q)) is { } town)
            { eventPlaces[eventPlaces.IndexOf(q)] = town; others.Remove(town); others.Add(q); }
        // "a bomb went off in the X district of Y", both written as scenes: when Y names X's own province (a province,
        // or its seat named like it) and X lies beyond the seat's own area, Y only says where X lies ("the X district of
        // Y" of a town within the city's area is a part of the city, and stays with it)
        foreach (var q in eventPlaces.ToList())
            if (eventPlaces.Any(p => p.End < q.Start && DistrictOfProvince(doc, p, q)))
            { eventPlaces.Remove(q); others.Add(q); }
        // "the mayor of X, a town of some 5,000 people in Y county, was shot": the aside describes X, and Y only says
        // where X lies; X is the scene
        foreach (var area in eventPlaces.ToList())
            if (places.FirstOrDefault(p => p.End < area.Start && !p.IsDemonym && p.Place.Kind == PlaceKind.City && p.Place.CountryCode == area.Place.CountryCode
                                           && p.Place.GeonameId != area.Place.GeonameId && (eventPlaces.Contains(p) || others.Contains(p)) && DescribedAsLyingIn(doc, p, area)) is { } described)
            {
                eventPlaces.Remove(area);
                others.Add(area);
                if (others.Remove(described)) eventPlaces.Add(described);
            }
        // "X, about 30 km north of Y, has been hit": the aside measures X from Y, which only says where X lies; X is the scene
        foreach (var reference in eventPlaces.ToList())
            if (places.FirstOrDefault(p => p.End < reference.Start && !p.IsDemonym && p.Place.Kind == PlaceKind.City
                                           && p.Place.GeonameId != reference.Place.GeonameId && (eventPlaces.Contains(p) || others.Contains(p))
                                           && p.Place.CountryCode == reference.Place.CountryCode && p.Place.KilometresTo(reference.Place) <= MeasuredReach
                                           && MeasuredFrom(doc, s, p, reference)) is { } measured)
            {
                eventPlaces.Remove(reference);
                others.Add(reference);
                if (!asides.Contains(reference)) asides.Add(reference);
                if (others.Remove(measured)) eventPlaces.Add(measured);
            }
        // "in X, a village about 12 km south of Y", where the gazetteer's X lies far farther from Y than the aside says: the
        // gazetteer holds a namesake elsewhere, and Y, by which the text places the village, is the nearest place known
        foreach (var town in eventPlaces.ToList())
            if (places.FirstOrDefault(p => p.Start > town.End && !p.IsDemonym && p.Place.Kind == PlaceKind.City && p.Place.GeonameId != town.Place.GeonameId
                                           && (eventPlaces.Contains(p) || others.Contains(p)) && MeasuredFrom(doc, s, town, p)
                                           && StatedKilometres(doc, town, p) is { } stated && town.Place.KilometresTo(p.Place) > stated * 2 + MeasuredSlack) is { } reference)
            {
                eventPlaces.Remove(town);
                others.Add(town);
                if (others.Remove(reference)) eventPlaces.Add(reference);
                if (!asides.Contains(reference)) asides.Add(reference);
            }
        // "shells hit the village of X of the city of Y": X lies inside Y, and the smaller place is the scene
        foreach (var outer in eventPlaces.ToList())
            if (eventPlaces.Any(p => p != outer && p.End < outer.Start && p.Place.Kind == PlaceKind.City && InsideOf(doc, p, outer)))
            { eventPlaces.Remove(outer); others.Add(outer); }
        // "was kidnapped in Bolivia, according to relatives in Quito": where the sentence first says the country
        // it happened in, a town of another country after it is where someone spoke or came from, not the scene
        if (countries.Count > 0)
            foreach (var p in eventPlaces.Where(p => countries[0].End <= p.Start && countries.All(c => c.Place.CountryCode != p.Place.CountryCode)).ToList())
            { eventPlaces.Remove(p); others.Add(p); }
        // "in X: shots at the police post on the road from Y": where the road the site stands on starts is no scene beside a
        // scene of the sentence's own that is neither a road's start nor where it leads (alone, "on the road that climbs
        // from Y towards Z", the start is the stretch's scene)
        var roadStarts = eventPlaces.Where(p => StartsRoad(doc, s, p)).ToList();
        if (eventPlaces.Any(p => !roadEnds.Contains(p) && !roadStarts.Contains(p)))
            foreach (var p in roadStarts) { eventPlaces.Remove(p); others.Add(p); asides.Add(p); }
        // "Apatzingán: gunmen fired on a patrol on the road out of the city towards X": where a road leads is no scene
        // beside a scene of the sentence's own (alone, "ambushed on the highway to X", it is the nearest place there is)
        if (eventPlaces.Any(p => !roadEnds.Contains(p)))
            foreach (var p in eventPlaces.Where(roadEnds.Contains).ToList()) { eventPlaces.Remove(p); others.Add(p); asides.Add(p); }
        var waves = doc.CuesIn(span, CueKind.Wave).ToList();
        var opensWithMember = waves.Any(w => w.As<string>() == "member" && w.FirstWord == doc.WordAt(s.Start));
        // "the claim that 30 died there is false": a refuted figure is no report
        // "died in his sleep at the age of 84": a death of age or illness is no victim of an attack
        var withdrawn = Refutes(doc, span) || TellsNaturalDeath(doc, span);
        var casualties = withdrawn ? [] : _casualties.Recognize(doc, s, headline: isTitle);
        // "An earlier version of this article said that five were killed", "we earlier reported 12 dead; police now say 8":
        // a correction's withdrawn figure is no report, the figure it gives now is
        var corrected = withdrawn ? null : CorrectedFigures(doc, s, casualties);
        if (corrected is not null) casualties = corrected.Casualties;
        var tableRow = false;
        if ((casualties.Count > 0 || _casualties.IsCasualtyTableRow(doc, s)) && TableRowLabel(doc, s, others, eventPlaces) is { } label)
        {
            if (others.Remove(label)) eventPlaces.Add(label);
            tableRow = true;
        }
        var tableTotal = casualties.Count > 0 && _casualties.IsTotalRow(doc, s);
        // "the other side said soldiers opened fire first on its post near X": X is where the accuser says it was provoked,
        // no scene of the attack the article tells
        if (BackgroundCues(doc, span).Any(b => CounterAccusesWithoutHarm(b, casualties))) { others.AddRange(eventPlaces); eventPlaces.Clear(); }
        // "a lawyer who had run the office since 2019": a date in an aside about someone dates them, not the sentence
        // "<ref>Daily Courier, 7 March</ref>": a wiki page's citation dates its source, not the attack
        var dates = doc.DatesIn(span).Where(d => !InDescriptiveClause(doc, s, d, casualties) && !InCitation(doc.Text, d.Start)).ToList();
        // "- Daily Courier: "Two kiosks burned overnight in X"": a link to another outlet's story quotes its headline, whose
        // "overnight" or "on Monday" counts from that story's day, not this page's: only a date written out dates it
        if (QuotesLinkedHeadline(doc, s)) dates = dates.Where(d => doc.Text[d.Start..d.End].Any(char.IsDigit)).ToList();
        // "More than 700 people were killed in the country in July": a month's or a year's toll over a whole country
        // (no town, no day) is a period's, never one attack's
        // so is a toll over a year with no place of its own ("by the close of 1981, 312 people had died"), but not a year
        // written as its attack's own ("convicted of the 2005 murder of a deputy")
        var periodToll = eventPlaces.Count == 0 && dates.Count > 0
                         && (countries.Count > 0 ? dates.All(d => d.Precision != "day") : dates.All(d => d.Precision == "year" && !NamesItsAttack(doc, d, weakToo: true)))
                         && casualties.Any(c => c.Value > 0)
                         || CountsOverPeriod(doc, span) && casualties.Any(c => c.Value > 0);
        // "more than 150 arson attacks were recorded in the first ten months of the year", "40 shootings since January":
        // attacks counted over a period are a statistic, never one attack nor a wave of the day
        var periodCount = CountsAttacksAfresh(doc, waves)
                          && (CountsOverPeriod(doc, span) || dates.Any(d => d.Since && d.Precision is "month" or "year"));
        // "mourners walked behind the coffin on Thursday, a week after the shooting that has now claimed two lives": the
        // clause tells the article's own attack, its day counted back only roughly
        var afterOwn = BackgroundCues(doc, span).Any(b => b.As<string>() == "past_after" && AfterOwnAttack(doc, doc.SentenceAt(s.Start).Span, b));
        if (afterOwn) dates = dates.Select(d => d.CountedBack ? d with { Approximate = true } : d).ToList();
        // "the blast did not occur at 10 p.m. on Sunday, as first reported": a denied time dates nothing
        var denied = dates.Where(d => DeniesTime(doc, s, d)).ToList();
        if (denied.Count > 0) dates = dates.Except(denied).ToList();
        return new SentenceFacts
        {
            Sentence = s,
            IsTitle = isTitle,
            IsCaption = doc.CuesIn(span, CueKind.Caption).Any(),
            Events = doc.CuesIn(span, CueKind.Event).Where(e => !SaidNotToHappen(doc, e)).Select(e => DoneByAttackers(doc, s, e) || DoneWithWeapon(doc, s, e) || BeganAsAttack(doc, s, e) || DatedAttack(doc, s, e) || ClaimedAttack(doc, s, e) || InfrastructureFire(doc, s, e) ? e with { Value = e.As<EventCue>() with { Weak = false } }
                : MadeByAttackers(doc, s, e) ? e with { Value = e.As<EventCue>() with { Weak = false, Act = true } } : e).Concat(KindledFires(doc, s)).Concat(InfrastructureFires(doc, s)).Concat(DeliberateFires(doc, s)).ToList(),
            Casualties = casualties,
            WithdrawnCasualties = corrected?.Withdrawn ?? [],
            CorrectedValues = corrected?.Corrected ?? [],
            CountsDeadAndHurt = !withdrawn && !Withdraws(doc, span) && _casualties.CountsDeadAndHurt(doc, s),
            EventPlaces = eventPlaces,
            Dateline = dateline,
            OtherPlaces = others,
            Asides = asides,
            RoadEnds = roadEnds,
            CarePlaces = carePlaces,
            CareWorded = careWording,
            LocativeCountries = [.. countries, .. SceneByCountryOnly(doc, s, others)],
            Dates = dates,
            DeniedDates = denied,
            HasWaveCue = waves.Any(w => w.As<string>() == "wave" || TellsTimeApart(doc, w)) || CountsStruckPlaces(doc, s) is not null || CountsAttacksOfOneTime(doc, waves),
            TellsMembersInTurn = opensWithMember && TellsMembersInTurn(doc, s, waves),
            HasTotalCue = waves.Any(w => w.As<string>() == "total") || tableTotal,
            IsTableTotal = tableTotal,
            IsTableRow = tableRow && !tableTotal,
            RowStart = PipeTable.RowStart(doc.Text, s.Start),
            OpensWithMember = opensWithMember,
            OpensSeparately = OpensSeparately(doc, s),
            // "has the gang claimed the attacks?": a question claims nothing and blames no one
            Claims = Asks(doc, s) ? [] : doc.CuesIn(span, CueKind.Claim).Concat(LabelledClaim(doc, s)).Concat(TableClaim(doc, s)).ToList(),
            Actors = doc.CuesIn(span, CueKind.Actor).Where(a => !DescribesAnother(doc, a)).ToList(),
            Targets = doc.CuesIn(span, CueKind.Target).Where(t => !InPlaceName(places, t)).ToList(),
            Source = SourceOf(doc, s),
            ClauseSources = ClauseSources(doc, s),
            IsBackground = periodToll || periodCount || _casualties.IsTotalLineUnderTable(doc, s) || RecallsEarlierYear(doc, span) || TellsHabit(doc, span, casualties, dates) || BackgroundCues(doc, span).Any(b => (b.As<string>() is "aggregate" or "past" or "past_after" or "future" || StoppedWithoutHarm(b, casualties)) && !DescribesWave(doc, b) && !PlannedAndDoneBy(doc, b) && !SpansHours(doc, b)
                && !(b.As<string>() == "past_after" && afterOwn)),
        };
    }

    /// <summary>
    /// The position is inside a wiki page's citation on its line, between "&lt;ref&gt;" (or "&lt;ref name=...&gt;") and
    /// "&lt;/ref&gt;": the source's name and its day of publication, not what the sentence tells.
    /// </summary>
    public static bool InCitation(string text, int at)
    {
        var line = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var open = text.LastIndexOf("<ref", at, at - line + 1, StringComparison.OrdinalIgnoreCase);
        if (open < 0) return false;
        var tagEnd = text.IndexOf('>', open);
        if (tagEnd < 0 || tagEnd >= at || text[tagEnd - 1] == '/') return false;
        var close = text.IndexOf("</ref>", tagEnd, StringComparison.OrdinalIgnoreCase);
        var lineEnd = text.IndexOf('\n', at);
        return close >= at && (lineEnd < 0 || close < lineEnd);
    }

    /// <summary>Most words between a negated verb of happening and the date it denies.</summary>
    private const int MaxDeniedTimeGap = 8;

    /// <summary>
    /// The date stands after a negated verb of happening in its clause (function_words.tsv kind occurrence_verb right after
    /// kind verb_negation: "did not occur at 10 p.m. on Sunday", "never happened on the 5th"), no clause break nor word that
    /// ends a denial's reach between (kind denial_break: "did not happen on Monday but on Tuesday": Tuesday stands), nor
    /// a word that makes the date a limit (kind time_limit: "did not take place until Monday": Monday stands).
    /// </summary>
    private bool DeniesTime(AnnotatedDocument doc, Sentence s, DateMention d)
    {
        var first = doc.WordAt(s.Start);
        var words = doc.Words;
        for (int w = doc.WordAt(d.Start) - 1, seen = 0; w > first && seen <= MaxDeniedTimeGap; w--, seen++)
        {
            var key = words[w].Key;
            if (key is "," or ";" or ":" or "\u2014" or "(" or ")" || _denialBreaks.Contains(key) || _timeLimits.Contains(key)) return false;
            if (_occurrenceVerbs.Contains(key) && _verbNegations.Contains(words[w - 1].Key)) return true;
        }
        return false;
    }

    /// <summary>Most describing words between a count and the attacks it counts ("two deadly bomb attacks").</summary>
    private const int MaxCountedNounGap = 2;

    /// <summary>
    /// Each count of attacks in the cues (waves.tsv kind counted, a count of two or more right before it, one or two
    /// describing words between: "two terrorist acts", "three separate blasts", "2 acts of sabotage", "both attacks"),
    /// whether a word before the count makes them attacks already told ("the two crimes", "both attacks"), and whether a
    /// describing word between tells them apart (function_words.tsv kind apart_count: "two separate shootings").
    /// <paramref name="qualified"/> reads the count as a statistic does (<see cref="CountsAttacksAfresh"/>): the count
    /// may be written with a qualifier before it ("more than 150 arson attacks", "some 40 shootings"), any number right
    /// before the describing words ends the search (a count below two counts nothing), and "both" is no count.
    /// </summary>
    internal IEnumerable<(int Count, bool Told, bool Apart)> AttackCounts(AnnotatedDocument doc, IEnumerable<Cue> waves, bool qualified = false)
    {
        var words = doc.Words;
        foreach (var noun in waves.Where(w => w.As<string>() == "counted"))
        {
            var apart = false;
            for (var w = noun.FirstWord - 1; w >= 0 && noun.FirstWord - 1 - w <= MaxCountedNounGap; w--)
            {
                if (!qualified && words[w].Key == "both") { yield return (2, true, apart); break; }
                var number = qualified
                    ? doc.Numbers.FirstOrDefault(n => n.End == words[w].End && n.Start <= words[w].Start)
                    : (doc.NumbersIn(new TextSpan(words[w].Start, words[w].End)).FirstOrDefault(n => n.End == words[w].End) is { Value: >= 2 } count ? count : null);
                if (number is not null)
                {
                    var before = doc.WordAt(number.Start) - 1;
                    // "he had undergone two operations": surgeries, no attacks
                    if (before >= 0 && _surgeryVerbs.Contains(words[before].Key)) break;
                    if (number.Value is int value and >= 2) yield return (value, before >= 0 && _toldCounts.Contains(words[before].Key), apart);
                    break;
                }
                if (!IsDescribingWord(doc, w)) break;
                if (_apartCounts.Contains(words[w].Key)) apart = true;
            }
        }
    }

    /// <summary>
    /// The counted nouns of attacks already told ("the two attacks", "both operations": <see cref="AttackCounts"/> told, not
    /// told apart) that name them all, not one of them: "one of the two attacks", "the first of both raids" name a part
    /// (the word before the count's "the" / "both" is "of" after a word of a part, function_words.tsv kind part_of_told).
    /// In a wave, a sentence's figures after them ("the two attacks have so far cost 8 lives") or, in a sentence without a
    /// place, all its figures ("the casualties of both attacks ... 27 wounded") total the attacks together, as a total's
    /// words do (IncidentExtractor.ToldAttacksBefore, Assign).
    /// </summary>
    internal IEnumerable<Cue> ToldAttacksCounted(AnnotatedDocument doc, IEnumerable<Cue> waves)
    {
        var words = doc.Words;
        foreach (var noun in waves.Where(w => w.As<string>() == "counted"))
        {
            if (!AttackCounts(doc, [noun]).Any(c => c.Told && !c.Apart)) continue;
            // the first word of the count ("the" of "the two", or "both")
            var opener = -1;
            for (var w = noun.FirstWord - 1; w >= 0 && noun.FirstWord - w <= MaxCountedNounGap + 3; w--)
                if (_toldCounts.Contains(words[w].Key)) { opener = w; break; }
            if (opener >= 2 && words[opener - 1].Key == "of" && _partsOfTold.Contains(words[opener - 2].Key)) continue;
            yield return noun;
        }
    }

    /// <summary>
    /// A count of two or more right before a plural noun for attacks (waves.tsv kind counted, at most
    /// <see cref="MaxCountedNounGap"/> describing words between), written with or without a qualifier ("more than 150 arson
    /// attacks", "some 40 shootings"), and no word before it that makes them attacks already told ("the two attacks").
    /// </summary>
    private bool CountsAttacksAfresh(AnnotatedDocument doc, IEnumerable<Cue> waves) =>
        AttackCounts(doc, waves, qualified: true).Any(c => !c.Told);

    /// <summary>
    /// A word of lower-case letters (a hyphen allowed) that joins nothing (function_words.tsv kind count_joiner: "and",
    /// "of"): "deadly", "bomb", "near-simultaneous".
    /// </summary>
    private bool IsDescribingWord(AnnotatedDocument doc, int w)
    {
        var text = doc.Text.AsSpan(doc.Words[w].Start, doc.Words[w].End - doc.Words[w].Start);
        return text.Length > 0 && char.IsLower(text[0]) && !text.ContainsAnyExcept("abcdefghijklmnopqrstuvwxyz-") && !_countJoiners.Contains(doc.Words[w].Key);
    }

    /// <summary>
    /// "Two terrorist acts were committed overnight", "three blasts went off before dawn": attacks the sentence counts
    /// afresh (<see cref="AttackCounts"/>, not "the two attacks" told before) and sets in one night or day (waves.tsv kinds
    /// onenight, sameday: "overnight", "on the same day") tell one series, unless a word tells them apart ("two separate
    /// shootings overnight"). "Three serious attacks this week" in a monitor's report counts a week's unrelated attacks;
    /// two bombs at one place stay one incident (a series needs two places).
    /// </summary>
    private bool CountsAttacksOfOneTime(AnnotatedDocument doc, List<Cue> waves) =>
        waves.Any(w => w.As<string>() is "onenight" or "sameday") && AttackCounts(doc, waves).Any(c => !c.Told && !c.Apart);

    /// <summary>
    /// A speaker's memory of an earlier year (function_words.tsv kind memory_verb, then a year before the publication's):
    /// "We remember 2019, when they burned the market and three died" is background, its figures and places no news of
    /// the day. A memory of the day's own attack ("I remember the gunman shouting") names no earlier year and stays news.
    /// </summary>
    private bool RecallsEarlierYear(AnnotatedDocument doc, TextSpan span)
    {
        if (doc.Published is not { } published) return false;
        var recalling = false;
        for (var w = doc.WordAt(span.Start); w < doc.Words.Count && doc.Words[w].Start < span.End; w++)
        {
            if (_memoryVerbs.Contains(doc.Words[w].Key)) recalling = true;
            else if (recalling && doc.Words[w].Key is { Length: 4 } key && int.TryParse(key, out var year) && year >= MinRecalledYear && year < published.Year) return true;
        }
        return false;
    }

    /// <summary>The earliest number read as a recalled year ("we remember 1994, when ..."); smaller numbers are counts.</summary>
    private const int MinRecalledYear = 1900;

    /// <summary>Most words between an attack word and the count of places it struck ("attacks on two", "raided the two").</summary>
    private const int MaxStruckCountGap = 2;

    /// <summary>Most describing words between a count and the settlements it counts ("two farming villages").</summary>
    private const int MaxStruckNounGap = 2;

    /// <summary>
    /// A lapse of minutes or hours between the attacks (waves.tsv kind apart right after a clock_unit of function_words.tsv)
    /// tells one series, whatever count stands before the unit: "the two raids came within about forty minutes of each
    /// other", "three bombs went off some two hours apart". "Ninety kilometres apart" is a distance and tells nothing.
    /// </summary>
    private bool TellsTimeApart(AnnotatedDocument doc, Cue w) =>
        w.As<string>() == "apart" && w.FirstWord > 0 && _clockUnits.Contains(doc.Words[w.FirstWord - 1].Key);

    /// <summary>
    /// A sentence that opens on an ordinal standing for one attack (checked by the caller) and names another after it
    /// (waves.tsv kind member), and names what was hit, tells the attacks of a series in turn: "The first hit the barracks
    /// at X, the second the police station in Y". "The first leg is played in X, the second in Y" names nothing hit and
    /// tells no attack.
    /// </summary>
    private static bool TellsMembersInTurn(AnnotatedDocument doc, Sentence s, List<Cue> waves) =>
        waves.Count(w => w.As<string>() == "member") >= 2
        && doc.CuesIn(s.Span, CueKind.Target).Any(t => t.As<string>() != "armed_group");

    /// <summary>
    /// "armed men attacked two villages", "the attacks on three farming hamlets", "raids on both villages": an attack
    /// word, a count of two or more (or "both") within a few words after it, and a plural noun of settlements
    /// (function_words.tsv kind struck_place) a few words after the count tell one series of attacks at several places,
    /// as a word of a wave would. Returns the end of the settlement noun, or null.
    /// </summary>
    private int? CountsStruckPlaces(AnnotatedDocument doc, Sentence s) => StruckPlaces(doc, s)?.End;

    /// <summary>
    /// The places an attack word of the sentence counts (<see cref="CountsStruckPlaces"/>): where the plural noun ends, the
    /// count ("both" is two) and the noun ("villages", "checkpoints"); null when the sentence counts none.
    /// </summary>
    private (int End, int Count, string Noun)? StruckPlaces(AnnotatedDocument doc, Sentence s)
    {
        var words = doc.Words;
        var last = doc.WordAt(s.End) - 1;
        foreach (var e in doc.CuesIn(s.Span, CueKind.Event))
        {
            if (e.As<EventCue>() is not { Vehicle: false } cue || !(cue.Assault || cue.Act || cue.EventType != "other")) continue;
            for (var w = e.LastWord + 1; w <= last && w - e.LastWord - 1 <= MaxStruckCountGap; w++)
            {
                if (words[w].Key is "," or ";" or "." or "and") break;
                var number = words[w].Key == "both" ? null : doc.NumbersIn(new TextSpan(words[w].Start, words[w].End)).FirstOrDefault(n => n.Start == words[w].Start && n.Value >= 2);
                var count = words[w].Key == "both" ? w : number is not null ? doc.WordAt(number.End) - 1 : -1;
                if (count < 0) continue;
                for (var noun = count + 1; noun <= last && noun - count - 1 <= MaxStruckNounGap; noun++)
                {
                    if (_struckPlaces.Contains(words[noun].Key)) return (words[noun].End, number?.Value ?? 2, words[noun].Key);
                    if (words[noun].Key is "," or ";" or "." or "and" or "of") break;
                }
                break;
            }
        }
        return null;
    }

    /// <summary>
    /// Scenes a sentence names only by their country: a country's demonym before a kind of settlement that has no name
    /// of its own, written where the attack was ("in a Kenyan border town", "militants attacked a Chadian village"),
    /// or the country written as "the country" or "the nation" where the attack was ("in the north of the country",
    /// "near the country's capital") when the article names that one country alone (by name or people). Each is the
    /// country, the coarsest honest place of a report that names no finer one.
    /// </summary>
    private IEnumerable<PlaceMention> SceneByCountryOnly(AnnotatedDocument doc, Sentence s, List<PlaceMention> others)
    {
        var words = doc.Words;
        var end = doc.WordAt(s.End); // the first word after the sentence
        foreach (var p in others.Where(p => p.IsDemonym && p.Place.Kind == PlaceKind.Country))
        {
            var before = doc.WordAt(p.Start) - 1;
            if (before < 0 || words[before].Key is not ("a" or "an")) continue; // "the Syrian town of X" names its town
            // up to two plain words ("border", "remote") between the people's name and the settlement noun
            var w = doc.WordAt(p.End);
            for (var plain = 0; w < end && plain < 2 && !_settlementNouns.Contains(words[w].Key) && char.IsLower(doc.Text[words[w].Start]); w++, plain++) { }
            if (w >= end || !_settlementNouns.Contains(words[w].Key)) continue;
            if (w + 1 < end && (words[w + 1].Key == "of" || char.IsUpper(doc.Text[words[w + 1].Start]))) continue; // "a Kenyan town of X", "a Kenyan town Y"
            // the whole phrase is the place ("a Malian border village"), written as the scene as a town's name would be
            var scene = new PlaceMention(p.Start, words[w].End, doc.Text[p.Start..words[w].End], p.Place);
            if (IsLocative(doc, s, scene, null, out var origin, out _, out _) && !origin) yield return scene;
        }
        // "the country": the one country the article names
        var codes = doc.Places.Select(p => p.Place.CountryCode).Distinct().ToList();
        if (codes.Count != 1 || doc.Places.FirstOrDefault(p => p.Place.Kind == PlaceKind.Country) is not { } country) yield break;
        for (var w = doc.WordAt(s.Start) + 1; w < end; w++)
        {
            var key = words[w].Key;
            if (key.EndsWith("'s", StringComparison.Ordinal) || key.EndsWith("\u2019s", StringComparison.Ordinal)) key = key[..^2];
            if (!_countryNouns.Contains(key) || words[w - 1].Key != "the") continue;
            var mention = new PlaceMention(words[w - 1].Start, words[w].End, doc.Text[words[w - 1].Start..words[w].End], country.Place);
            if (IsLocative(doc, s, mention, null, out var origin, out _, out _) && !origin) { yield return mention; yield break; }
        }
    }

    /// <summary>
    /// A word of plans ("planned", background.tsv kind future) after an article and before a wave's words ("was part of a
    /// planned wave of bombings that also hit X"), or joined by "and" to a wave's word ("the two attacks were planned and
    /// coordinated by the same hands"), says how the attacks that happened were made, not that they were planned.
    /// </summary>
    private static bool DescribesWave(AnnotatedDocument doc, Cue cue)
    {
        if (cue.As<string>() != "future" || cue.FirstWord != cue.LastWord || cue.FirstWord == 0) return false;
        var next = cue.LastWord + 1;
        if (next + 1 < doc.Words.Count && doc.Words[next].Key == "and") next++;
        else if (doc.Words[cue.FirstWord - 1].Key is not ("a" or "an" or "the")) return false;
        return next < doc.Words.Count
               && doc.CuesIn(new TextSpan(doc.Words[next].Start, doc.Words[next].End), CueKind.Wave).Any(w => w.FirstWord == next && w.As<string>() == "wave");
    }

    /// <summary>
    /// A word of plans (background.tsv kind future) joined by "and" to a cue of responsibility (claims.tsv) says who
    /// made an attack that happened, not that one was planned: "the raid was planned and carried out by the X Front".
    /// </summary>
    private static bool PlannedAndDoneBy(AnnotatedDocument doc, Cue cue)
    {
        if (cue.As<string>() != "future" || cue.FirstWord != cue.LastWord) return false;
        var next = cue.LastWord + 2;
        return next < doc.Words.Count && doc.Words[next - 1].Key == "and"
               && doc.CuesIn(new TextSpan(doc.Words[next].Start, doc.Words[next].End), CueKind.Claim).Any(c => c.FirstWord == next);
    }

    /// <summary>
    /// A weak attack noun (events.tsv flag assault: "attack", "raid") that a day names as its own, right before it
    /// ("last Friday's attack on the market", "the 3 May raid"), tells an attack that took place on that day.
    /// </summary>
    private static bool DatedAttack(AnnotatedDocument doc, Sentence s, Cue e) =>
        e.As<EventCue>() is { Weak: true, Act: false, Vehicle: false } cue && (cue.Assault || cue.EventType == "armed_assault")
        && doc.DatesIn(s.Span).Any(d => d.Precision == "day" && !d.Since && d.End <= e.Start && e.Start - d.End <= 4);

    /// <summary>Most words between a claim's "for" and the attack noun it claims: "for Wednesday evening's attack".</summary>
    private const int MaxClaimedAttackGap = 3;

    /// <summary>
    /// A weak attack noun (events.tsv flag assault: "attack", "raid") that a group's own claim (claims.tsv claimed) takes
    /// responsibility for tells an attack done, as the group says it did it: "the Front took the responsibility for the
    /// attack on the convoy near X", "a cell claimed responsibility for Monday's raid". The noun follows the claim's "for"
    /// within a few words, no comma between.
    /// </summary>
    private static bool ClaimedAttack(AnnotatedDocument doc, Sentence s, Cue e)
    {
        if (e.As<EventCue>() is not { Weak: true, Act: false, Vehicle: false } cue || !(cue.Assault || cue.EventType == "armed_assault")) return false;
        var first = doc.WordAt(s.Start);
        for (var w = e.FirstWord - 1; w >= first && e.FirstWord - w <= MaxClaimedAttackGap + 1; w--)
        {
            var key = doc.Words[w].Key;
            if (key is "," or ";" or ":" or "." or "(" or ")") return false;
            if (key != "for") continue;
            return doc.CuesIn(s.Span, CueKind.Claim).Any(c => c.LastWord == w - 1 && c.As<string>() == "claimed");
        }
        return false;
    }

    /// <summary>
    /// The attack word is denied to have happened by "no" right before it: "there was no explosion at the mine", "no shots
    /// were fired", "police said no attack had taken place". A rumour put right, a false alarm: no attack.
    /// </summary>
    private static bool SaidNotToHappen(AnnotatedDocument doc, Cue e) => e.FirstWord > 0 && doc.Words[e.FirstWord - 1].Key == "no";

    /// <summary>
    /// A verb of an attack done (events.tsv flag act) with attackers as its doer tells an attack: "guerrillas attacked a
    /// house", "gunmen on Monday stormed", "an armed group raided", "the post was attacked by rebels", "the mujahideen
    /// fighters attacked" (persons.tsv perpetrator or combatant nouns, or a named armed group), or a group's own
    /// fighters in its own words ("our units sabotaged the power lines", <see cref="OwnFighters"/>). Without them
    /// ("critics attacked the plan", "police raided a flat") it stays weak.
    /// </summary>
    private bool DoneByAttackers(AnnotatedDocument doc, Sentence s, Cue e)
    {
        if (e.As<EventCue>() is not { Weak: true, Act: true }) return false;
        var first = doc.WordAt(s.Start);
        bool Attackers(int w) => PersonNouns.Default.IsAttacker(doc.Words[w].Key) || OwnFighters(doc, w) || PairedAttackers(doc, w, first)
                                 || doc.CuesIn(new TextSpan(doc.Words[w].Start, doc.Words[w].End), CueKind.Actor).Any(a => a.LastWord == w && a.As<Actor>().Type != "other");
        var next = e.LastWord + 1;
        var end = next >= doc.Words.Count || doc.Words[next].Start >= s.End;
        var passive = !end && doc.Words[next].Key == "by";
        // the doers stand before a verb that goes on to its object: "the guerrillas killed by troops", "the number of
        // guerrillas killed in the area" were not the doers
        var goesOn = !end && !passive && !_locative.Contains(doc.Words[next].Key) && char.IsLetterOrDigit(doc.Text[doc.Words[next].Start]);
        for (var w = e.FirstWord - 1; goesOn && w >= first && w >= e.FirstWord - 4; w--)
        {
            // "clashes between troops and rebels since Monday have killed 30": a toll over days, not the rebels' attack
            if (doc.Words[w].Key is "," or ";" or ":" or "that" or "who" or "which" or "and" or "against" or "on" or "by" or "since") break;
            if (Attackers(w)) return true;
        }
        if (passive)
            for (var w = next + 1; w < doc.Words.Count && doc.Words[w].Start < s.End && w <= next + 4; w++)
            {
                if (doc.Words[w].Key is "," or ";" or "and") break;
                if (Attackers(w)) return true;
            }
        return false;
    }

    /// <summary>Most words between "with" and the weapon it brings in: "with a long machete".</summary>
    private const int MaxWithWeaponWords = 3;

    /// <summary>
    /// A verb of an attack done (events.tsv flag act) whose object is followed in the same clause by "with" and a weapon
    /// tells an attack, whoever the doer: "a man attacked his neighbours with a machete", "a youth attacked two guards
    /// with a knife". Without a weapon ("critics attacked the plan with harsh words") it stays weak.
    /// </summary>
    private static bool DoneWithWeapon(AnnotatedDocument doc, Sentence s, Cue e)
    {
        if (e.As<EventCue>() is not { Weak: true, Act: true, Vehicle: false }) return false;
        var words = doc.Words;
        for (var w = e.LastWord + 1; w < words.Count && words[w].Start < s.End && w - e.LastWord <= MaxObjectWords + 1; w++)
        {
            if (words[w].Key is "," or ";" or ":" or "." or "and") return false;
            if (words[w].Key != "with") continue;
            var from = words[w].End;
            var to = words[Math.Min(words.Count - 1, w + MaxWithWeaponWords)].End;
            return doc.CuesIn(new TextSpan(from, Math.Min(to, s.End)), CueKind.Event)
                .Any(c => c.As<EventCue>() is { Vehicle: false } weapon && weapon.Weapons.Count > 0);
        }
        return false;
    }

    /// <summary>
    /// A weak attack noun (events.tsv flag assault: "attack", "assault") followed by "by" and its attackers tells an attack
    /// done, as the verb would: "an attack by militants on a post near X was repelled on Monday", "the assault by armed
    /// men on the convoy". Not the object of a noun or of a preposition of purpose ("fears of an attack by rebels",
    /// "plans for an assault by the group", "warned against an attack by gunmen").
    /// </summary>
    private bool MadeByAttackers(AnnotatedDocument doc, Sentence s, Cue e)
    {
        if (e.As<EventCue>() is not { Weak: true, Act: false, Vehicle: false, Assault: true }) return false;
        var first = doc.WordAt(s.Start);
        for (var w = e.FirstWord - 1; w >= first && e.FirstWord - w <= 3; w--)
            if (_objectPrepositions.Contains(doc.Words[w].Key)) return false;
        var by = e.LastWord + 1;
        if (by >= doc.Words.Count || doc.Words[by].Start >= s.End || doc.Words[by].Key != "by") return false;
        for (var w = by + 1; w < doc.Words.Count && doc.Words[w].Start < s.End && w <= by + 4; w++)
        {
            if (doc.Words[w].Key is "," or ";" or "and" or "on" or "in" or "at") break;
            if (PersonNouns.Default.IsAttacker(doc.Words[w].Key) || PairedAttackers(doc, w, by + 1)
                || doc.CuesIn(new TextSpan(doc.Words[w].Start, doc.Words[w].End), CueKind.Actor).Any(a => a.LastWord == w && a.As<Actor>().Type != "other"))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The word ends a two-word noun of persons.tsv for the attackers, its modifier right before it: "armed men stormed
    /// a hotel", "masked men attacked a shop" ("men" alone names no attackers: "the men attacked the plan").
    /// </summary>
    private static bool PairedAttackers(AnnotatedDocument doc, int w, int first) =>
        w > first && PersonNouns.Default.IsAttacker(doc.Words[w - 1].Key + " " + doc.Words[w].Key);

    /// <summary>
    /// The word is a group's word for its own fighters after "our" (function_words.tsv kind own_force): "our units",
    /// "our commandos", as a communiqué writes its attackers.
    /// </summary>
    private bool OwnFighters(AnnotatedDocument doc, int w) =>
        w > 0 && doc.Words[w - 1].Key == "our" && _ownForces.Contains(doc.Words[w].Key);

    /// <summary>
    /// A sentence that tells the day's news and, in a clause of its own, an earlier attack (background.tsv kind
    /// past_after) is read as two: the news, and the background clause. The clause follows a comma ("gunmen killed 12
    /// soldiers in X on Monday, days after a bomb killed five in Y", "..., two weeks after ...") or opens the sentence up to its first comma, after at most words
    /// of measure (function_words.tsv kind clause_lead: "Two weeks after the first attack, a second bombing hit Y"). Both keep the sentence's index; a headline stays whole.
    /// </summary>
    private IEnumerable<Sentence> Clauses(AnnotatedDocument doc, Sentence s)
    {
        if (s.Index == 0) return [s];
        var first = doc.WordAt(s.Start);
        foreach (var cue in BackgroundCues(doc, s.Span).Where(b => b.As<string>() == "past_after"))
        {
            // the comma may stand before words of measure: "..., five days after local sources reported the attack"
            var comma = cue.FirstWord - 1;
            while (comma > first && _clauseLeads.Contains(doc.Words[comma].Key)) comma--;
            if (comma > first && doc.Words[comma].Key == ",")
                return [s with { End = doc.Words[comma].Start }, s with { Start = doc.Words[comma + 1].Start }];
            var lead = first;
            while (lead < cue.FirstWord && _clauseLeads.Contains(doc.Words[lead].Key)) lead++;
            if (lead != cue.FirstWord) continue;
            for (var w = cue.LastWord + 1; w < doc.Words.Count && doc.Words[w].Start < s.End; w++)
                if (doc.Words[w].Key == ",")
                    return w + 1 < doc.Words.Count && doc.Words[w + 1].Start < s.End
                        ? [s with { End = doc.Words[w].Start }, s with { Start = doc.Words[w + 1].Start }]
                        : [s];
        }
        return [s];
    }

    /// <summary>
    /// A weak attack noun (events.tsv flag assault: "attack", "assault", "raid") right before a start verb
    /// (function_words.tsv kind start_verb), with at most one word between, tells an attack that took place: "the
    /// second assault began at dawn at the depot", "the raid started shortly after midnight". "Critics attacked the
    /// plan" has no such verb.
    /// </summary>
    private bool BeganAsAttack(AnnotatedDocument doc, Sentence s, Cue e)
    {
        if (e.As<EventCue>() is not { Weak: true, Act: false, Vehicle: false } cue || !(cue.Assault || cue.EventType == "armed_assault")) return false;
        for (var w = e.LastWord + 1; w < doc.Words.Count && doc.Words[w].Start < s.End && w <= e.LastWord + 2; w++)
            if (_startVerbs.Contains(doc.Words[w].Key)) return true;
        return false;
    }

    /// <summary>Most words between a fire noun's relative word and the person who started it: "the fire that a 41-year-old man started".</summary>
    private const int KindlerReach = 3;

    /// <summary>
    /// A fire a person started is arson, an attack (`other`, weapon fire): a fire noun (function_words.tsv kind
    /// fire_noun) with a verb of starting or setting it (kind kindle_verb) whose doer is a person (persons.tsv), in a
    /// relative clause ("the fire that a man started", "the blaze which the suspect set") or after "by" ("a blaze set by
    /// a man", "the fire started by a woman"). A fire alone ("a fire broke out"), or one started by a thing ("a fire
    /// started by a short circuit"), tells no attack.
    /// </summary>
    private IEnumerable<Cue> KindledFires(AnnotatedDocument doc, Sentence s)
    {
        var words = doc.Words;
        var end = doc.WordAt(s.End);
        for (var w = doc.WordAt(s.Start); w + 2 < end && w + 2 < words.Count; w++)
        {
            if (!_fireNouns.Contains(words[w].Key)) continue;
            var verb = KindlerAfterRelative(doc, w + 1, end) ?? KindledByPerson(doc, w + 1, end);
            if (verb is { } v)
                yield return new Cue(CueKind.Event, words[w].Start, words[v].End, new EventCue("other", ["fire"], Suicide: false, Weak: false, Vehicle: false), w, v);
        }
    }

    /// <summary>
    /// A fire at infrastructure (a target of function_words.tsv kind infrastructure_target: a mast, a substation, a
    /// pipeline) told as deliberate is arson, an attack (`other`, weapon fire), though no word of an attack names it: in
    /// a sentence that blames someone for it, or in which someone claims or denies it ("the group says it had nothing to
    /// do with the masts burned overnight"), or in an article that tells such a fire as deliberate elsewhere (such a
    /// sentence, or a word of arson with an infrastructure target: "fires were set at four masts", "the substation was
    /// torched") and then goes on with "the fires hit masts in X and Y". A fire at a power station with nobody blamed
    /// and no arson told ("a fire broke out at the substation") tells none.
    /// </summary>
    private IEnumerable<Cue> InfrastructureFires(AnnotatedDocument doc, Sentence s)
    {
        if (!AtInfrastructure(doc, s) || !(Blames(doc, s) || ToldDeliberateFire(doc))) yield break;
        var words = doc.Words;
        var end = doc.WordAt(s.End);
        for (var w = doc.WordAt(s.Start); w < end && w < words.Count; w++)
        {
            if (!_fireNouns.Contains(words[w].Key) || (w + 1 < words.Count && _fireCompounds.Contains(words[w + 1].Key))) continue;
            var span = new TextSpan(words[w].Start, words[w].End);
            if (doc.CuesIn(span, CueKind.Event).Any()) continue;
            yield return new Cue(CueKind.Event, words[w].Start, words[w].End, new EventCue("other", ["fire"], Suicide: false, Weak: false, Vehicle: false), w, w);
        }
    }

    /// <summary>
    /// A fire that its own sentence tells as set on purpose (a word of function_words.tsv kind deliberate_word: "the fire
    /// was a deliberate act", "police consider the blaze deliberate") is arson, an attack (`other`, weapon fire), though no
    /// word of an attack names it: its first fire noun (kind fire_noun, not one of a fire compound: "fire crews") outside
    /// an attack phrase. Not in a sentence that negates or doubts (kinds negation, verb_negation, deliberate_doubt: "nothing
    /// suggests the fire was deliberate", "was not deliberate", "whether the fire was deliberate") nor one that names an accident or rules out foul play (background.tsv kinds
    /// accident, no_foul_play). A fire alone, or one "under investigation", tells none.
    /// </summary>
    private IEnumerable<Cue> DeliberateFires(AnnotatedDocument doc, Sentence s)
    {
        var words = doc.Words;
        var first = doc.WordAt(s.Start);
        var end = doc.WordAt(s.End);
        var told = false;
        for (var w = first; w < end && w < words.Count; w++)
        {
            var key = words[w].Key;
            if (_negations.Contains(key) || _verbNegations.Contains(key) || _deliberateDoubts.Contains(key)) yield break;
            if (_deliberateWords.Contains(key)) told = true;
        }
        if (!told || BackgroundCues(doc, s.Span).Any(b => b.As<string>() is "accident" or "no_foul_play")) yield break;
        for (var w = first; w < end && w < words.Count; w++)
        {
            if (!_fireNouns.Contains(words[w].Key) || (w + 1 < words.Count && _fireCompounds.Contains(words[w + 1].Key))) continue;
            if (doc.CuesIn(new TextSpan(words[w].Start, words[w].End), CueKind.Event).Any()) yield break;
            yield return new Cue(CueKind.Event, words[w].Start, words[w].End, new EventCue("other", ["fire"], Suicide: false, Weak: false, Vehicle: false), w, w);
            yield break;
        }
    }

    /// <summary>A weak fire word ("burned", "burning") told as deliberate at infrastructure (see <see cref="InfrastructureFires"/>).</summary>
    private bool InfrastructureFire(AnnotatedDocument doc, Sentence s, Cue e) =>
        e.As<EventCue>() is { Weak: true, Vehicle: false } cue && cue.Weapons.Contains("fire")
        && AtInfrastructure(doc, s) && (Blames(doc, s) || ToldDeliberateFire(doc));

    private bool AtInfrastructure(AnnotatedDocument doc, Sentence s) =>
        doc.CuesIn(s.Span, CueKind.Target).Any(t => _infrastructureTargets.Contains(t.As<string>()));

    /// <summary>The sentence blames someone (claims.tsv attributed or suspected) or tells a claim or a denial.</summary>
    private static bool Blames(AnnotatedDocument doc, Sentence s) =>
        doc.CuesIn(s.Span, CueKind.Claim).Any(c => c.As<string>() is "claimed" or "denied" or "attributed" or "suspected");

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<AnnotatedDocument, object> _deliberateFires = new();

    /// <summary>
    /// Some sentence of the article tells a fire at infrastructure as deliberate: a weak fire word or a fire noun in a
    /// sentence of blame, claim or denial, or a word of arson (events.tsv weapon fire, not weak).
    /// </summary>
    private bool ToldDeliberateFire(AnnotatedDocument doc) =>
        (bool)_deliberateFires.GetValue(doc, d => d.Sentences.Any(s => AtInfrastructure(d, s) && (
            d.CuesIn(s.Span, CueKind.Event).Any(e => e.As<EventCue>() is { Vehicle: false } c && c.Weapons.Contains("fire") && (!c.Weak || Blames(d, s)))
            || (Blames(d, s) && d.Words.Skip(d.WordAt(s.Start)).TakeWhile(w => w.Start < s.End).Any(w => _fireNouns.Contains(w.Key))))));

    /// <summary>"that a man started": a relative word, a person within <see cref="KindlerReach"/> words and the kindling verb right after; the verb's word, or null.</summary>
    private int? KindlerAfterRelative(AnnotatedDocument doc, int relative, int end)
    {
        var words = doc.Words;
        if (words[relative].Key is not ("that" or "which")) return null;
        for (var w = relative + 1; w + 1 < end && w <= relative + KindlerReach; w++)
            if (Person(words[w].Key) && _kindleVerbs.Contains(words[w + 1].Key)) return w + 1;
        return null;
    }

    /// <summary>"set by a man": the kindling verb, "by" and a person within <see cref="KindlerReach"/> words; the verb's word, or null.</summary>
    private int? KindledByPerson(AnnotatedDocument doc, int verb, int end)
    {
        var words = doc.Words;
        if (!_kindleVerbs.Contains(words[verb].Key) || verb + 1 >= end || words[verb + 1].Key != "by") return null;
        for (var w = verb + 2; w < end && w <= verb + 1 + KindlerReach; w++)
            if (Person(words[w].Key)) return verb;
        return null;
    }

    /// <summary>A noun of persons.tsv: a victim's ("man", "woman") or an attacker's ("arsonist", "gunman").</summary>
    private static bool Person(string key) => PersonNouns.Default.IsVictim(key) || PersonNouns.Default.IsAttacker(key);

    /// <summary>The actor's name describes another group: "the al-Qaeda-linked group", "an IS-inspired cell" (function_words.tsv kind actor_modifier).</summary>
    private bool DescribesAnother(AnnotatedDocument doc, Cue actor)
    {
        var next = actor.LastWord + 1;
        return next < doc.Words.Count && doc.Words[next].Start - actor.End <= 1 && _actorModifiers.Contains(doc.Words[next].Key);
    }

    /// <summary>Most capitalised words of a name between a title of nobility and its "of": "Lord Jan Roe of X".</summary>
    private const int PeerNameReach = 2;

    /// <summary>
    /// The place is the territorial part of a title of nobility (function_words.tsv kind peer_title), right after its
    /// "of": "Lord Roe of X denied it", "the Baroness Doe of X", "the Duke of X". It names a person, not a place where
    /// anything happened.
    /// </summary>
    /// <summary>Most capitalised words of a speaker's label before its bracket: "Q (", "READER QUESTION (".</summary>
    private const int AskersLabelWords = 3;

    /// <summary>Most tokens of a time stamp in square brackets that opens a chat log's line ("[10/02/2026 23:06]").</summary>
    private const int StampTokens = 12;

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>
    /// The place stands in the brackets of a speaker's label that opens its sentence and ends on a colon right after the
    /// closing bracket, a few capitalised words before the bracket ("Q (Laila, X):", "Question (Ahmad, Y):", "Caller
    /// (Z):"): a question-and-answer page's or a phone-in's note of where the one who speaks lives, not where anything
    /// happened.
    /// </summary>
    private static bool InAskersLabel(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var first = doc.WordAt(s.Start);
        // "[11/02/2026 12:41] Sana (X): ...": a chat log's or a transcript's time stamp in square brackets before the label
        var stamped = false;
        if (first < doc.Words.Count && doc.Words[first].Key == "[")
        {
            var close = first + 1;
            while (close < doc.Words.Count && close - first <= StampTokens && doc.Words[close].Key != "]" && doc.Words[close].Start < s.End) close++;
            if (close >= doc.Words.Count || doc.Words[close].Key != "]" || close == first + 1
                || !doc.Text.AsSpan(doc.Words[first].End, doc.Words[close].Start - doc.Words[first].End).ContainsAny(Digits)) return false;
            first = close + 1;
            stamped = true;
        }
        var open = first;
        while (open < doc.Words.Count && open - first < AskersLabelWords && doc.Words[open].Key is not ("(" or ":"))
        {
            if (!char.IsUpper(doc.Text[doc.Words[open].Start])) return false;
            open++;
        }
        if (open == first || open >= doc.Words.Count) return false;
        // "[time] Sana (X): ...", "[time] Naveed Y: ...": after a time stamp, the label's name before its bracket or its colon
        // is the sender's, a person's name, whatever town it reads as
        if (stamped && doc.Words[open].Start >= p.End && doc.Words[first].Start <= p.Start)
        {
            if (doc.Words[open].Key == ":") return true;
            for (var w = open + 1; w < doc.Words.Count && w - open <= SpeakerLabelWords && doc.Words[w].Start < s.End; w++)
            {
                if (doc.Words[w].Key == "(") return false;
                if (doc.Words[w].Key == ")") return w + 1 < doc.Words.Count && doc.Words[w + 1].Key == ":";
            }
            return false;
        }
        if (doc.Words[open].Key != "(" || doc.Words[open].End > p.Start) return false;
        for (var w = doc.WordAt(p.End); w < doc.Words.Count && w - open <= SpeakerLabelWords && doc.Words[w].Start < s.End; w++)
        {
            if (doc.Words[w].Key == "(") return false;
            if (doc.Words[w].Key == ")") return w + 1 < doc.Words.Count && doc.Words[w + 1].Key == ":";
        }
        return false;
    }

    private bool InPeerTitle(AnnotatedDocument doc, PlaceMention p)
    {
        var of = doc.WordAt(p.Start) - 1;
        if (of < 1 || doc.Words[of].Key != "of" || doc.AllCaps) return false;
        for (var w = of - 1; w >= 0 && of - w <= PeerNameReach + 1; w--)
        {
            if (!char.IsUpper(doc.Text[doc.Words[w].Start])) return false;
            if (_peerTitles.Contains(doc.Words[w].Key)) return true;
        }
        return false;
    }

    /// <summary>
    /// The place lies inside a longer name of an armed group (an actor cue that is no state's force, of actors.tsv or
    /// read as an unlisted group's name): "the X del Monte gang" names a group after a place-like word, no town.
    /// </summary>
    private static bool InGroupName(AnnotatedDocument doc, PlaceMention p) =>
        doc.CuesIn(p.Span, CueKind.Actor).Any(a => a.Start <= p.Start && p.End <= a.End && a.End - a.Start > p.End - p.Start
                                                   && a.As<Actor>().Type != "state");

    private bool NamesStreet(AnnotatedDocument doc, PlaceMention p)
    {
        var next = doc.WordAt(p.End);
        return next < doc.Words.Count && doc.Words[next].Start - p.End <= 1 && _lexicons.StreetWords.Contains(doc.Words[next].Key)
               && char.IsUpper(doc.Text[doc.Words[next].Start]);
    }

    /// <summary>A headline's place right before its attack word ("X shelling: toll rises", "X bombing"): the attack's scene.</summary>
    private static bool NamesAttackAfter(AnnotatedDocument doc, PlaceMention p)
    {
        var next = doc.WordAt(p.End);
        if (next >= doc.Words.Count || doc.Words[next].Start - p.End != 1) return false;
        var start = doc.Words[next].Start;
        return doc.CuesIn(new TextSpan(start, doc.Words[next].End), CueKind.Event)
            .Any(e => e.Start == start && e.As<EventCue>() is { Weak: false, Vehicle: false });
    }

    /// <summary>
    /// The town's name begins a landform's ("in the X Valley"; function_words.tsv kind landform_noun, capitalised): the
    /// region around it, not the town.
    /// </summary>
    private bool NamesLandform(AnnotatedDocument doc, PlaceMention p)
    {
        var next = doc.WordAt(p.End);
        return next < doc.Words.Count && doc.Words[next].Start - p.End <= 1 && _landformNouns.Contains(doc.Words[next].Key)
               && char.IsUpper(doc.Text[doc.Words[next].Start]);
    }

    /// <summary>
    /// The town names a court proceeding right after it ("the group named in the X trial", "a witness in the X case";
    /// function_words.tsv kind proceeding_noun): the trial over an attack there, told in the sentence as no scene of its own.
    /// </summary>
    private bool NamesProceeding(AnnotatedDocument doc, PlaceMention p)
    {
        var next = doc.WordAt(p.End);
        return next < doc.Words.Count && doc.Words[next].Start - p.End <= 1 && _proceedingNouns.Contains(doc.Words[next].Key);
    }

    /// <summary>The most characters of the bracketed area, or of the spot after a comma, an alert's place may give before its colon ("(Hill district)", ", Harbour Road").</summary>
    private const int MaxAlertAreaLength = 40;

    /// <summary>
    /// The place opens a line of its own and a colon after it leads into a clause in lower case ("Riverton: the council
    /// says two guards were killed at the gate", "Elmwood: a bus was set alight overnight"): a running report's post or a
    /// round-up's item labelled by its town, whose scene that town is; not a dateline ("RIVERTON: The council said ..."),
    /// whose report opens on a sentence of its own with a capital. So is the town an alert log's line gives after the
    /// alert's number, hour or sender's code (<see cref="AlertPrefix"/>), whatever the case after its colon: "[4] 08:19
    /// #4411 ELMWOOD: EXPLOSION at the depot" is that alert's scene, and the sentences after it on its line are its too; an
    /// alert's place may give its area in brackets and the spot in it after a comma before the colon ("ELMWOOD (Hill
    /// district), Harbour Road: ...").
    /// </summary>
    private static bool LabelsPostLine(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var text = doc.Text;
        if (p.End >= text.Length || p.IsDemonym || p.Place.Kind != PlaceKind.City) return false;
        var alert = p.Start > s.Start && AlertPrefix.EndsAt(text, p.Start) && AlertPrefix.OpensMessage(text, s.Start);
        if (!alert && (p.Start != s.Start || p.Start > 0 && text[p.Start - 1] is not ('\n' or '\r'))) return false;
        var i = p.End;
        while (i < text.Length && text[i] == ' ') i++;
        // an alert's place may give the area it lies in, bracketed before its colon: "ELMWOOD (Hill district): ..."
        if (alert && i < text.Length && text[i] == '(' && text.IndexOfAny([')', '\n'], i) is var close and > 0 && text[close] == ')'
            && close - i <= MaxAlertAreaLength)
            for (i = close + 1; i < text.Length && text[i] == ' ';) i++;
        // and then the spot in it after a comma: "ELMWOOD (Hill district), Harbour Road: ..."
        if (alert && i < text.Length && text[i] == ',' && text.IndexOfAny([':', ',', '(', '\n'], i + 1) is var spot and > 0 && text[spot] == ':'
            && spot - i <= MaxAlertAreaLength)
            i = spot;
        if (i >= text.Length || text[i] != ':') return false;
        i++;
        while (i < text.Length && text[i] == ' ') i++;
        return i < text.Length && text[i] is not ('\n' or '\r') && (alert || char.IsLower(text[i]));
    }

    /// <summary>
    /// The place labels an alert log's line after the alert's number, hour or sender's code (see <see cref="LabelsPostLine"/>):
    /// "[4] 08:19 #4411 ELMWOOD: blast at the market".
    /// </summary>
    private static bool LabelsAlertLine(AnnotatedDocument doc, PlaceMention p) =>
        AlertPrefix.EndsAt(doc.Text, p.Start) && LabelsPostLine(doc, doc.SentenceAt(p.Start), p);

    /// <summary>
    /// The place heads an item of a list: only a bullet or a dash stands before it in the sentence, and a colon right
    /// after it ("• Riverton: gunmen burned a bus ...", "- Elmwood: a bomb went off ..."). It is the item's scene. So is
    /// a place the item's label gives after the item's day ("• 4 May, Riverton: ...") or with the area it lies in
    /// bracketed after it ("• Riverton (Hill district): ..."), as a brief or a roundup lists each incident.
    /// </summary>
    private static bool HeadsListItem(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var text = doc.Text;
        if (p.Start <= s.Start || p.Start > text.Length || p.End > text.Length) return false;
        var i = s.Start;
        while (i < p.Start && char.IsWhiteSpace(text[i])) i++;
        var bullets = 0;
        while (i < p.Start && IsListBullet(text[i])) { i++; bullets++; }
        if (bullets is 0 or > 2) return false;
        while (i < p.Start && char.IsWhiteSpace(text[i])) i++;
        if (i < p.Start)
        {
            // the item's day before the place: "4 May," and nothing else
            var from = i;
            if (doc.DatesIn(new TextSpan(from, p.Start)).FirstOrDefault(d => d.Start == from && d.End <= p.Start) is not { } day
                || text.AsSpan(day.End, p.Start - day.End).Trim().ToString() != ",") return false;
        }
        var j = p.End;
        while (j < text.Length && text[j] == ' ') j++;
        if (j < text.Length && text[j] == '(')
        {
            var close = text.IndexOf(')', j);
            if (close < 0 || close - j > 40 || text.AsSpan(j, close - j).ContainsAny('\n', '\r')) return false;
            j = close + 1;
            while (j < text.Length && text[j] == ' ') j++;
        }
        return j < text.Length && text[j] == ':';
    }

    private static bool IsListBullet(char c) =>
        c is '\u2022' or '\u25AA' or '\u25CF' or '\u2023' or '\u25E6' or '\u00B7' or '*' or '-' or '\u2013' or '\u2014';

    /// <summary>
    /// The place a pipe table's row of victims is labelled by: the first town in the first cell that names one ("| Riverton (Hill
    /// district) | 2 | 5 |" under "| Site | Killed | Wounded |": Riverton; "| 06 May | Riverton | 2 |": Riverton). It is the scene of the row's figures, as the
    /// place heading a list item is. A cell under a heading that names a division (function_words.tsv kind division_heading:
    /// "Date | Province | Location | Killed" over "06 May | North | Riverton, the depot | 2") tells the division the row lies
    /// in, not its scene, when another cell of the row names a town (the row's label then, even when the sentence already
    /// read it as a scene): a division named after its seat is no attack at the seat.
    /// </summary>
    private PlaceMention? TableRowLabel(AnnotatedDocument doc, Sentence s, List<PlaceMention> others, List<PlaceMention> scenes)
    {
        var cells = PipeTable.CellsAt(doc.Text, s.Start);
        if (cells.Count == 0) return null;
        var label = cells.Select(c => others.FirstOrDefault(p => !p.IsDemonym && p.Start >= c.Start && p.End <= c.End)).FirstOrDefault(p => p is not null);
        if (label is null || label.Place.Kind == PlaceKind.Country) return null;
        var header = PipeTable.HeaderAbove(doc.Text, s.Start);
        if (header.Count != cells.Count) return label;
        bool UnderDivision(PlaceMention p) =>
            cells.FindIndex(c => p.Start >= c.Start && p.End <= c.End) is var i and >= 0
            && _divisionHeadings.Contains(doc.Text.Substring(header[i].Start, header[i].End - header[i].Start).Trim().ToLowerInvariant());
        if (!UnderDivision(label)) return label;
        var town = others.Concat(scenes).Where(p => !p.IsDemonym && p.Place.Kind != PlaceKind.Country && !UnderDivision(p)
                                                    && cells.Any(c => p.Start >= c.Start && p.End <= c.End))
                         .OrderBy(p => p.Start).FirstOrDefault();
        return town ?? label;
    }

    /// <summary>Most words after the town of a numbered item's place line (", Batken district.": a settlement noun, a comma, a division's name and noun, the stop).</summary>
    private const int MaxPlaceLineWords = 6;

    /// <summary>
    /// The place heads a numbered item of a list as a sentence of its own that names only where the item happened: the
    /// item's number alone before it on its line, then the town, perhaps a settlement noun (function_words.tsv kind
    /// settlement_noun) and, after a comma, the division it lies in (names and a division's or place's noun), and the stop ("2. Elmwood village, Hill district.
    /// Mortar bombs hit the village at dawn"). It is the item's scene, as "in Elmwood" would be.
    /// </summary>
    private bool HeadsNumberedPlaceLine(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var text = doc.Text;
        var line = p.Start;
        while (line > 0 && text[line - 1] is not ('\n' or '\r')) line--;
        if (!IsListNumber(text.AsSpan(line, p.Start - line).Trim())) return false;
        var words = doc.Words;
        var w = doc.WordAt(p.End);
        var last = doc.WordAt(s.End) - 1;
        if (last < w || last - w + 1 > MaxPlaceLineWords || words[last].Key != ".") return false;
        if (_settlementNouns.Contains(words[w].Key) && !char.IsUpper(text[words[w].Start])) w++;
        if (w == last) return true;
        if (words[w].Key != ",") return false;
        // the division it lies in: capitalised names and a division's noun ("Hill district", "North Province")
        for (var k = w + 1; k < last; k++)
            if (!char.IsUpper(text[words[k].Start]) && !_divisionNouns.Contains(words[k].Key) && !_placeNouns.Contains(words[k].Key)) return false;
        return w + 1 < last;
    }

    /// <summary>
    /// The place stands right after the label of a "key: value" line that says where a block's event happened, the label
    /// opening its line (function_words.tsv kind place_label): "Location: Elmwood (Hill province) - the depot" in an
    /// incident log or a fact box places the block's event at Elmwood, as "in Elmwood" would. Only the first place after
    /// the colon: the province in brackets after it only says where the town lies.
    /// </summary>
    private bool LabelsPlaceLine(AnnotatedDocument doc, PlaceMention p)
    {
        var text = doc.Text;
        if (p.Start <= 0 || p.Start > text.Length) return false;
        var line = p.Start;
        while (line > 0 && text[line - 1] is not ('\n' or '\r')) line--;
        var lead = text.AsSpan(line, p.Start - line).Trim();
        if (lead.Length < 2 || lead[^1] != ':') return false;
        var label = lead[..^1].TrimEnd();
        return label.Length > 0 && !label.ContainsAny(' ', '\t') && char.IsUpper(label[0]) && _placeLabels.Contains(label.ToString().ToLowerInvariant());
    }

    /// <summary>
    /// The claim of an attribution line of a fact box or of an incident's block of "key: value" lines: a line that opens
    /// on a claim label and a colon (function_words.tsv kind claim_label: "Attribution:", "Responsibility:") and whose
    /// value opens on the name of a kind of claims.tsv ("claimed (X)", "claimed by X", "unclaimed", "suspected: X",
    /// "attributed to X", "denied"): a claim cue of that kind over that word, whose actor is read as a claim phrase's is
    /// (the nearest one named). Nothing for any other line.
    /// </summary>
    private IEnumerable<Cue> LabelledClaim(AnnotatedDocument doc, Sentence s)
    {
        var text = doc.Text;
        var first = doc.WordAt(s.Start);
        if (first + 1 >= doc.Words.Count || doc.Words[first].Start >= s.End || !_claimLabels.Contains(doc.Words[first].Key)) yield break;
        var label = doc.Words[first];
        var line = label.Start;
        while (line > 0 && text[line - 1] is ' ' or '\t') line--;
        if (line > 0 && text[line - 1] is not ('\n' or '\r') || !char.IsUpper(text[label.Start])) yield break;
        var colon = label.End;
        while (colon < text.Length && text[colon] is ' ' or '\t') colon++;
        if (colon >= text.Length || text[colon] != ':') yield break;
        var value = doc.WordAt(colon + 1);
        if (value >= doc.Words.Count || doc.Words[value].End > s.End || text.AsSpan(colon + 1, doc.Words[value].Start - colon - 1).Trim().Length > 0) yield break;
        // the kinds of claims.tsv a key:value attribution line may name as its value ("Attribution: unclaimed")
        var kind = doc.Words[value].Key;
        if (Rank.Contains(kind) || kind == "unclaimed") yield return new Cue(CueKind.Claim, doc.Words[value].Start, doc.Words[value].End, kind, value, value);
    }

    /// <summary>
    /// The claim of a table's row under a column headed by a claim label (function_words.tsv kind claim_label as the
    /// heading's first word: "Claimed", "Claim", "Responsibility", "Attribution"): a cell that names a kind of claims.tsv
    /// ("claimed 14/07", "X faction (suspected)") is a claim of that kind, as a label line's value is (<see cref="LabelledClaim"/>);
    /// a cell that names an actor ("X Front, 14/07", "XF") is that actor's claim under a heading of claim ("Claimed", "Claim")
    /// and others' attribution under any other; a cell that says no (function_words.tsv kind table_no: "no", "none") is
    /// unclaimed. The cue stands over the cell's first word; the actor is read as a claim phrase's is (the nearest one).
    /// </summary>
    private IEnumerable<Cue> TableClaim(AnnotatedDocument doc, Sentence s)
    {
        var cells = PipeTable.CellsAt(doc.Text, s.Start);
        if (cells.Count == 0) yield break;
        var header = PipeTable.HeaderAbove(doc.Text, s.Start);
        if (header.Count != cells.Count) yield break;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (cell.Start < s.Start || cell.End > s.End || cell.End <= cell.Start) continue;
            var heading = doc.Text.Substring(header[i].Start, header[i].End - header[i].Start).Trim().ToLowerInvariant();
            var headWord = PipeTable.HeadingWords(heading).FirstOrDefault();
            if (headWord is null || !_claimLabels.Contains(headWord)) continue;
            var first = doc.WordAt(cell.Start);
            if (first >= doc.Words.Count || doc.Words[first].Start >= cell.End) continue;
            var word = doc.Words[first];
            var kind = word.Key;
            // the kind named anywhere in the cell: "claimed 12/02", "X faction (suspected)"
            var named = first;
            while (named < doc.Words.Count && doc.Words[named].End <= cell.End && !(Rank.Contains(doc.Words[named].Key) || doc.Words[named].Key == "unclaimed")) named++;
            if (named < doc.Words.Count && doc.Words[named].End <= cell.End)
            {
                yield return new Cue(CueKind.Claim, doc.Words[named].Start, doc.Words[named].End, doc.Words[named].Key, named, named);
                continue;
            }
            if (_tableNo.Contains(kind)) { yield return new Cue(CueKind.Claim, word.Start, word.End, "unclaimed", first, first); continue; }
            if (doc.CuesIn(new TextSpan(cell.Start, cell.End), CueKind.Actor).Any())
                yield return new Cue(CueKind.Claim, word.Start, word.End, headWord is "claimed" or "claim" ? "claimed" : "attributed", first, first);
        }
    }

    /// <summary>An item's number as a list writes it: one or two digits and a stop or a bracket ("2.", "10)").</summary>
    private static bool IsListNumber(ReadOnlySpan<char> lead) =>
        lead.Length is 2 or 3 && lead[^1] is '.' or ')' && lead[..^1].IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>
    /// The place opening the sentence is its dateline, where the report was filed, not a scene: the name alone, or
    /// followed by a colon, a bracket or a dash ("KABUL (Reuters) -", "Kabul - "), or a name in capitals and a comma
    /// ("SANTIAGO, 29 MAR 89"), or a name in any case whose comma opens a dateline's tail (<see cref="DatelineTail"/>:
    /// "Tunis, 13 May 2026 (TPD) -", "La Paz, Bolivia (Wire) -").
    /// </summary>
    private static bool IsDateline(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        if (p.Start != s.Start) return false;
        var rest = doc.Text.AsSpan(p.End, Math.Min(12, doc.Text.Length - p.End)).TrimStart(' ');
        if (rest.Length == 0) return true;
        if (rest[0] is ':' or '(' or '\u2014' or '\u2013' or '-') return true;
        return rest[0] == ',' && (p.Surface.All(c => !char.IsLetter(c) || char.IsUpper(c)) || DatelineTail(doc.Text, p.End));
    }

    /// <summary>Most characters from a dateline's place to the dash that ends it ("Harare, Zimbabwe, 14 September 2026 (XNA) -").</summary>
    private const int DatelineTailLength = 64;

    /// <summary>
    /// The text after a place's name is the rest of a dateline, on one line: a country or region, a date, an agency in
    /// brackets, in any order, then a dash with a space after it (", Bolivia (Wire) -", ", 4 March (XNA) —",
    /// ", Jan. 4, 2026 (AP) --"). Only capitalised words, numbers, commas, periods and bracketed words may stand before
    /// the dash: a lower-case word ("Kabul, the capital, was ...") is a sentence going on.
    /// </summary>
    private static bool DatelineTail(string text, int from)
    {
        var end = Math.Min(text.Length, from + DatelineTailLength);
        for (var i = from; i < end;)
        {
            var c = text[i];
            if (c is ' ' or '\t' or ',' or '.' or '/' or '\u00A0') { i++; continue; }
            if (c is '\n' or '\r') return false;
            if (c is '-' or '\u2013' or '\u2014')
            {
                var after = i + 1;
                while (after < text.Length && text[after] is '-' or '\u2013' or '\u2014') after++;
                return after < text.Length && char.IsWhiteSpace(text[after]) && (i == from || !char.IsLetterOrDigit(text[i - 1]));
            }
            if (c == '(')
            {
                var close = text.IndexOf(')', i);
                if (close < 0 || close >= end || text.AsSpan(i, close - i).IndexOfAny('\n', '\r') >= 0) return false;
                i = close + 1;
                continue;
            }
            if (!char.IsLetterOrDigit(c) || char.IsLower(c)) return false;
            var digits = char.IsDigit(c);
            var j = i;
            while (j < end && (char.IsLetterOrDigit(text[j]) || text[j] is '\'' or '\u2019')) j++;
            // "4th", "21st": a day's number may carry its ordinal suffix; any other word opens on a capital
            if (digits && text.AsSpan(i, j - i).IndexOfAnyInRange('A', 'Z') >= 0) return false;
            i = j;
        }
        return false;
    }

    /// <summary>
    /// The place is where a speaker is, not where something happened: "..., said an official of the ministry in X",
    /// "told reporters in X" (a speech verb before it, no attack word between), "according to the director of the
    /// hospital in X" (the source's own place), or "an official in X said ..." (a speech verb right after it), or
    /// where a speaker named before it stands when his words follow (<see cref="SpeakerStandsAt"/>). A place after a colon
    /// is in the speaker's words, no speaker's place.
    /// </summary>
    private bool SpeakersPlace(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var words = doc.Words;
        var first = doc.WordAt(s.Start);
        var next = doc.WordAt(p.End);
        if (next < words.Count && words[next].Start < s.End && _speechVerbs.Contains(words[next].Key)) return true;
        if (SpeakerStandsAt(doc, s, p)) return true;
        // "he said the hamlets were about 10 km from X": the reference point of the speaker's words, not the speaker's place
        if (DistanceReference(doc, s, p)) return false;
        for (int w = doc.WordAt(p.Start) - 1, steps = 0; w >= first && steps < 9; w--, steps++)
        {
            var key = words[w].Key;
            // "..., police in X say: five at Y": past a colon the speaker's words begin, and their places are the news's
            if (key is "," or ";" or ":" or "that" or "and") return false;
            // "a shooting was reported in X" tells the shooting, not a speaker
            if (_speechVerbs.Contains(key)) return !(w > first && _beAuxiliaries.Contains(words[w - 1].Key));
            if (key == "to" && w > first && words[w - 1].Key == "according") return true;
            if (doc.CuesIn(new TextSpan(words[w].Start, words[w].End), CueKind.Event).Any()) return false;
            // "said rescuers recovered eight more bodies around X": the speaker's words tell where the victims were
            if (doc.CuesIn(new TextSpan(words[w].Start, words[w].End), CueKind.Casualty).Any()) return false;
        }
        return false;
    }

    /// <summary>
    /// The place ends an aside that says where a speaker stands, and his words follow it: a colon and an opening quote
    /// mark, or a comma and a speech verb, right after the place ("Government spokesman X Y, at the palace in Z:
    /// \"...\"", "The minister, at the airport in Z, said ..."), in a sentence whose words before the place name a
    /// speaker (function_words.tsv kinds seat_noun, speaker_role) and no attack and no casualty. Z is where he spoke.
    /// </summary>
    private bool SpeakerStandsAt(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var words = doc.Words;
        var first = doc.WordAt(s.Start);
        var next = doc.WordAt(p.End);
        if (next + 1 >= words.Count || words[next + 1].Start >= s.End) return false;
        var speaks = words[next].Key == ":" && words[next + 1].Key is "\"" or "\u201c" or "\u00ab"
                     || words[next].Key == "," && _speechVerbs.Contains(words[next + 1].Key);
        if (!speaks) return false;
        var place = doc.WordAt(p.Start);
        if (place <= first) return false;
        var before = new TextSpan(words[first].Start, words[place - 1].End);
        if (doc.CuesIn(before, CueKind.Event).Any() || doc.CuesIn(before, CueKind.Casualty).Any()) return false;
        for (var w = first; w < place; w++)
            if (_seatNouns.Contains(words[w].Key) || _speakerRoles.Contains(words[w].Key)) return true;
        return false;
    }

    /// <summary>
    /// The place stands right after another joined to it by "and", "or" or a comma, with at most locative words
    /// (function_words.tsv kind locative) between: "in X and in Y", "in X, Y or Z". It is written as the other is.
    /// </summary>
    private bool JoinedToPlace(AnnotatedDocument doc, PlaceMention previous, PlaceMention p)
    {
        var from = doc.WordAt(previous.End);
        var to = doc.WordAt(p.Start);
        if (to <= from || to - from > 3) return false;
        var joined = false;
        for (var w = from; w < to; w++)
        {
            var key = doc.Words[w].Key;
            if (key is "and" or "or" or ",") joined = true;
            else if (!_locative.Contains(key)) return false;
        }
        return joined;
    }

    /// <summary>
    /// The place is written as where the wounded were cared for (<see cref="CarePhrase"/>): "died at the X regional
    /// hospital", "flown to the hospital in X". No scene only when the article names the attack's town elsewhere
    /// (<see cref="SceneNamedElsewhere"/>): a hospital is most often near the scene, the best place an article that
    /// names no other has; but never the article's home (<see cref="SentenceFacts.CareWorded"/>).
    /// </summary>
    private bool CareWordedPlace(AnnotatedDocument doc, Sentence s, PlaceMention p) =>
        CarePhrase(doc, s, p) || NamedCareDestination(doc, s, p);

    /// <summary>
    /// The place locates a named institution a care verb sent the wounded to (<see cref="CaredBefore"/>), whatever its
    /// name calls it: the care verb's locative word, at most an article, a capitalised name of up to
    /// <see cref="CareDestinationNameReach"/> words (with small words inside a name: function_words.tsv kind
    /// name_connector) and a locative word right before the place: "airlifted to the Northfield Medical Institute in X",
    /// "taken by ambulance to the Institute of Surgery in X". The place is where the victim went, not the scene.
    /// </summary>
    private bool NamedCareDestination(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var words = doc.Words;
        var first = doc.WordAt(s.Start);
        var w = doc.WordAt(p.Start) - 1;
        if (doc.AllCaps || w <= first || !_locative.Contains(words[w].Key)) return false;
        var v = CareDestinationNameStart(doc, first, w - 1);
        if (v == w) return false;
        v--;
        if (v > first && words[v].Key is "the" or "a" or "an") v--;
        return v > first && _locative.Contains(words[v].Key) && CaredBefore(doc, v, first);
    }

    /// <summary>
    /// The first word of a capitalised name that ends at word <paramref name="last"/>, read backwards over at most
    /// <see cref="CareDestinationNameReach"/> name words and the name connectors between them ("Institute of Surgery");
    /// <paramref name="last"/> + 1 when no name ends there.
    /// </summary>
    private int CareDestinationNameStart(AnnotatedDocument doc, int first, int last)
    {
        bool Capital(int i) => i > first && char.IsUpper(doc.Text[doc.Words[i].Start]) && NameWord(doc, i);
        var start = last + 1;
        for (int v = last, names = 0; v > first && names < CareDestinationNameReach; )
        {
            if (Capital(v)) { start = v; names++; v--; }
            else if (start <= last && _nameConnectors.Contains(doc.Words[v].Key) && Capital(v - 1)) v--;
            else break;
        }
        return start;
    }

    /// <summary>Most words of an institution's name between a care verb's locative word and the town it lies in.</summary>
    private const int CareDestinationNameReach = 5;

    /// <summary>
    /// The place names a care place (a word of function_words.tsv kind care_noun, or a target phrase of kind health
    /// ending in a place word: "health centre") that the sentence tells as where the wounded went, were treated or died
    /// (<see cref="TellsCare"/>), not as what was attacked. The town stands before the care noun, with at most
    /// <see cref="CareNameReach"/> words of the hospital's name between ("the X General Hospital", "the X regional
    /// hospital", "a X clinic", "X university hospital"), or after it, joined by a locative word or "of" and at most a
    /// place noun phrase ("the hospital in X", "the morgue of X", "a clinic in the town of X").
    /// A hospital that was attacked ("gunmen stormed the X Hospital") is no such place.
    /// </summary>
    private bool CarePhrase(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var words = doc.Words;
        var first = doc.WordAt(s.Start);
        var own = doc.WordAt(p.Start);
        var after = doc.WordAt(p.End);
        foreach (var (start, end) in CareNouns(doc, s))
        {
            // "the X regional hospital": the place opens the hospital's name
            // (or a care noun itself, in a sentence that tells no attack in strong words: "the wounded went on to the
            // University of X Teaching Hospital", however far the verb that carried them)
            if (start >= after && start - after <= CareNameReach && Enumerable.Range(after, start - after).All(w => NameWord(doc, w))
                && (TellsCare(doc, first, own, start) || (start == end && _careNouns.Contains(words[start].Key) && !TellsStrongAttack(doc, s)))) return true;
            // "the hospital in X", "the university hospital of X"
            // (or a care noun itself, in a sentence that tells no attack in strong words, whatever it says of the hospital:
            // "At the hospital in X, families waited through the night", "Staff at the clinic of X said two more had died";
            // not a health target's phrase, often the scene: "I have worked in the health centre of X for years")
            if (end < own && TownOfCare(doc, AfterHospitalName(doc, end, own), own)
                && (TellsCare(doc, first, NameStart(doc, first, start), start)
                    || (start == end && _careNouns.Contains(words[start].Key) && !TellsStrongAttack(doc, s)))) return true;
        }
        return false;
    }

    /// <summary>The sentence holds an attack word in strong words (an event cue that is neither weak nor a vehicle's).</summary>
    private static bool TellsStrongAttack(AnnotatedDocument doc, Sentence s) =>
        doc.CuesIn(s.Span, CueKind.Event).Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false });

    /// <summary>
    /// The word at <paramref name="w"/> is a care noun (function_words.tsv kind care_noun) where the victim died, not
    /// what was attacked: a verb of dying before its name (<see cref="CareDeathBefore"/>: "died during the night at the X
    /// hospital"). Neither a target nor the scene's place within the place.
    /// </summary>
    private bool CareAt(AnnotatedDocument doc, int w)
    {
        if (w < 0 || w >= doc.Words.Count || !_careNouns.Contains(doc.Words[w].Key)) return false;
        var first = doc.WordAt(doc.SentenceAt(doc.Words[w].Start).Start);
        var name = NameStart(doc, first, w);
        if (name > first && doc.Words[name - 1].Key is "the" or "a" or "an") name--;
        return CareDeathBefore(doc, first, name - 1);
    }

    /// <summary>Most words of a hospital's name between its town and the care noun: "the X Regional Referral Hospital".</summary>
    private const int CareNameReach = 3;

    /// <summary>The care nouns of the sentence, as first and last word: words of kind care_noun and health target phrases ending in one or in a place word ("medical centre").</summary>
    private IEnumerable<(int Start, int End)> CareNouns(AnnotatedDocument doc, Sentence s)
    {
        var words = doc.Words;
        var targets = doc.CuesIn(s.Span, CueKind.Target).Where(t => t.As<string>() == "health" && t.LastWord > t.FirstWord).ToList();
        for (int w = doc.WordAt(s.Start), end = doc.WordAt(s.End); w < end && w < words.Count; w++)
        {
            if (targets.FirstOrDefault(t => t.FirstWord == w) is { } phrase && !PersonNouns.Default.IsVictim(words[phrase.LastWord].Key))
            {
                yield return (phrase.FirstWord, phrase.LastWord);
                w = phrase.LastWord;
            }
            else if (_careNouns.Contains(words[w].Key)) yield return (w, w);
        }
    }

    /// <summary>A word of a hospital's name between its town and its care noun: any word of letters ("regional", "General", "children's"), no function word.</summary>
    private bool NameWord(AnnotatedDocument doc, int w)
    {
        var word = doc.Words[w];
        var text = doc.Text[word.Start..word.End];
        if (!text.All(c => char.IsLetter(c) || c is '\'' or '\u2019' or '-' or '.')) return false;
        if (!char.IsLetter(text[0]) || _locative.Contains(word.Key) || word.Key is "and" or "or" or "the" or "a" or "an" or "of") return false;
        var span = new TextSpan(word.Start, word.End);
        return !doc.CuesIn(span, CueKind.Event).Any() && !doc.CuesIn(span, CueKind.Casualty).Any();
    }

    /// <summary>
    /// The first word after a care noun's name that comes after it: a capitalised care noun ("Hospital") may go on with
    /// up to <see cref="CareNameReach"/> words of its name, capitalised or a small word inside a name (function_words.tsv
    /// kind name_connector) before one, short of the town at <paramref name="own"/>: "the Hospital de Urgencias in X",
    /// "the Hospital of the Holy Cross in X". A lower-case noun has no name after it ("the hospital in X").
    /// </summary>
    private int AfterHospitalName(AnnotatedDocument doc, int noun, int own)
    {
        var words = doc.Words;
        var w = noun + 1;
        if (doc.AllCaps || !char.IsUpper(doc.Text[words[noun].Start])) return w;
        bool Capital(int i) => i < own && char.IsUpper(doc.Text[words[i].Start]) && NameWord(doc, i);
        while (w < own && w - noun <= CareNameReach)
        {
            if (Capital(w)) w++;
            else if (_nameConnectors.Contains(words[w].Key) && Capital(w + 1)) w += 2;
            else break;
        }
        return w;
    }

    /// <summary>
    /// The words from <paramref name="from"/> up to the town at <paramref name="own"/> join a care noun to its town: a
    /// locative word or "of", then at most an article, place modifiers and a place noun with its "of" ("in the city of").
    /// The town may also be a later one of a list of towns after that word ("hospitals in X and Y", "in X, Y or Z"): each
    /// of them is where the wounded went.
    /// </summary>
    private bool TownOfCare(AnnotatedDocument doc, int from, int own)
    {
        var words = doc.Words;
        if (from >= own || !(_locative.Contains(words[from].Key) || words[from].Key == "of")) return false;
        if (ListedTownAfter(doc, from + 1, own)) return true;
        for (var w = from + 1; w < own; w++)
        {
            var key = words[w].Key;
            if (w - from > 4 || !(key is "the" or "a" or "of" || _placeNouns.Contains(key) || _placeModifiers.Contains(key))) return false;
        }
        return true;
    }

    /// <summary>
    /// The words from <paramref name="from"/> up to the town at <paramref name="own"/> are towns joined by commas and
    /// one "and" or "or" right before it: "X and", "X, Y and" (at most <see cref="CareTownListReach"/> towns).
    /// </summary>
    private static bool ListedTownAfter(AnnotatedDocument doc, int from, int own)
    {
        var words = doc.Words;
        if (own - 1 <= from || words[own - 1].Key is not ("and" or "or")) return false;
        var towns = 0;
        for (var w = from; w < own - 1; )
        {
            var town = doc.PlacesIn(new TextSpan(words[w].Start, words[w].End)).FirstOrDefault(q => q.Start == words[w].Start && !q.IsDemonym && q.Place.Kind == PlaceKind.City);
            if (town is null || ++towns > CareTownListReach) return false;
            w = doc.WordAt(town.End);
            if (w < own - 1 && words[w].Key == ",") w++;
            else if (w != own - 1) return false;
        }
        return towns > 0;
    }

    /// <summary>Most towns a list of hospital towns names before its last one.</summary>
    private const int CareTownListReach = 3;

    /// <summary>The first word of the care noun's name: capitalised words and the article right before it ("the Coast General hospital").</summary>
    private static int NameStart(AnnotatedDocument doc, int first, int noun)
    {
        var w = noun;
        while (w - 1 >= first && char.IsUpper(doc.Text[doc.Words[w - 1].Start]) && !doc.AllCaps) w--;
        return w;
    }

    /// <summary>
    /// The care noun at <paramref name="noun"/> is told as where the wounded were cared for: a phrase of
    /// target_links.tsv kind elsewhere or a care verb before it (<see cref="Elsewhere"/>: "taken to", "airlifted to"),
    /// or a verb of dying of function_words.tsv kind care_death before its phrase (which opens at
    /// <paramref name="phrase"/>) by at most <see cref="CareDeathReach"/> words, with no comma and no attack word
    /// between: "died overnight at the X hospital", "died of his wounds on Tuesday at the X regional hospital",
    /// "passed away at the hospital in X".
    /// </summary>
    private bool TellsCare(AnnotatedDocument doc, int first, int phrase, int noun) =>
        ElsewhereBefore(doc, noun) || CareDeathBefore(doc, first, phrase - 1);

    /// <summary>
    /// A verb of dying (function_words.tsv kind care_death) stands at or before word <paramref name="w"/> by at most
    /// <see cref="CareDeathReach"/> words, with no comma, no clause word and no attack word between ("died overnight at",
    /// "succumbed on Tuesday in").
    /// </summary>
    private bool CareDeathBefore(AnnotatedDocument doc, int first, int w) => CareDeathAt(doc, first, w, CareDeathReach) >= 0;

    /// <summary>The index of the verb of dying <see cref="CareDeathBefore"/> finds within <paramref name="reach"/> words, or -1.</summary>
    private int CareDeathAt(AnnotatedDocument doc, int first, int w, int reach)
    {
        for (var steps = 0; w >= first && steps < reach; w--, steps++)
        {
            var word = doc.Words[w];
            if (EndsCareClause(word.Key) && !JoinsDays(doc, w)) return -1;
            if (_careDeaths.Contains(word.Key)) return w;
            if (doc.CuesIn(new TextSpan(word.Start, word.End), CueKind.Event).Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false })) return -1;
        }
        return -1;
    }

    /// <summary>
    /// The locative word <paramref name="w"/> follows a verb of dying (function_words.tsv kind care_death) by at most
    /// <see cref="WoundedDeathReach"/> words, and the one who died was wounded: a word of kind wound_word stands in the
    /// verb's clause before it ("two of the wounded soldiers died in X") or between it and the locative word ("died of his
    /// wounds in X", "succumbed to her injuries in X"). The place after it is where the wounded were cared for, not the scene.
    /// </summary>
    private bool WoundedDiedBefore(AnnotatedDocument doc, int w, int first)
    {
        var verb = CareDeathAt(doc, first, w - 1, WoundedDeathReach);
        if (verb < 0) return false;
        for (var v = verb + 1; v < w; v++)
            if (_woundWords.Contains(doc.Words[v].Key)) return true;
        var crossed = false;
        for (int v = verb - 1, steps = 0; v >= first && steps < WoundedDeathReach * 2; v--, steps++)
        {
            var key = doc.Words[v].Key;
            if (EndsCareClause(key)) return false;
            // "Passenger shot on a coach south of X dies in Y": hurt where the clause places it, dead where it goes on to
            if (_locative.Contains(key)) { crossed = true; continue; }
            if (!crossed && _woundWords.Contains(key)) return true;
            if (crossed && HurtAt(doc, v)) return crossed;
        }
        return false;
    }

    /// <summary>
    /// The word at <paramref name="w"/> says its subject was hurt or attacked, not killed: a casualty cue of an injury or
    /// a shooting ("shot", "wounded") or an attack word that is no vehicle ("stabbed", "attacked", "bombing").
    /// </summary>
    private static bool HurtAt(AnnotatedDocument doc, int w)
    {
        var span = new TextSpan(doc.Words[w].Start, doc.Words[w].End);
        return doc.CuesIn(span, CueKind.Casualty).Any(c => c.As<CasualtyCue>().Kind is CasualtyMention.Injured or CasualtyMention.Shot or CasualtyMention.Stabbed)
               || doc.CuesIn(span, CueKind.Event).Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false });
    }

    private const int WoundedDeathReach = 5;

    /// <summary>
    /// The place ends a care place phrase written before its verb of dying, as a translation keeps the order of a
    /// language that puts the verb after the place ("in a hospital in X died a man of 67", "at the regional hospital in X
    /// died on Sunday the second victim"): the locative word <paramref name="w"/> follows a care noun (function_words.tsv
    /// kind care_noun, at most <see cref="CareNameReach"/> words of its name between) and a verb of dying (kind
    /// care_death) comes right after the place. X is where the victim died, not the scene.
    /// </summary>
    private bool DiedAfterCarePlace(AnnotatedDocument doc, Sentence s, PlaceMention p, int w, int first)
    {
        var words = doc.Words;
        var next = doc.WordAt(p.End);
        if (next >= words.Count || words[next].Start >= s.End || !_careDeaths.Contains(words[next].Key)) return false;
        for (int v = w - 1, steps = 0; v >= first && steps <= CareNameReach; v--, steps++)
        {
            if (_careNouns.Contains(words[v].Key)) return true;
            if (!NameWord(doc, v)) return false;
        }
        return false;
    }

    /// <summary>
    /// The word at <paramref name="w"/> is an "and" between two day phrases of one clause ("died on Monday and early on
    /// Tuesday at the hospital in X"): a date ends right before it and another begins at most
    /// <see cref="JoinedDayGap"/> words after it. It joins the days, not two clauses.
    /// </summary>
    private static bool JoinsDays(AnnotatedDocument doc, int w)
    {
        if (doc.Words[w].Key != "and" || w == 0 || w + 1 >= doc.Words.Count) return false;
        var before = doc.Words[w - 1];
        var sentence = doc.SentenceAt(doc.Words[w].Start);
        if (!doc.DatesIn(sentence.Span).Any(d => d.Start <= before.Start && before.End <= d.End)) return false;
        var last = Math.Min(w + 1 + JoinedDayGap, doc.Words.Count - 1);
        if (doc.Words[last].Start >= sentence.End) last = doc.WordAt(sentence.End) - 1;
        if (last <= w) return false;
        for (var v = w + 1; v <= last; v++)
        {
            if (doc.Words[v].Key is "," or ";" or ":") return false;
            if (doc.DatesIn(new TextSpan(doc.Words[v].Start, doc.Words[v].End)).Any()) return true;
        }
        return false;
    }

    /// <summary>Most words between "and" and the day phrase it joins to the one before ("and early on Tuesday": two).</summary>
    private const int JoinedDayGap = 2;

    /// <summary>A word that ends the clause of a verb of dying when read backwards: punctuation or a clause word ("when", "after").</summary>
    private static bool EndsCareClause(string key) => key is "," or ";" or ":" or "and" or "when" or "after" or "as";

    private const int CareDeathReach = 10;

    /// <summary>
    /// The article names a town other than <paramref name="p"/> where its attack may be: in its headline ("Policeman dies
    /// after X post attack"), as its outlet's home above the headline (<see cref="HomeAboveHeadline"/>), as the reference point of a distance phrase ("the hamlets were about 8 km from X"), or as
    /// where something happened before <paramref name="p"/> is named (<see cref="WrittenAsScene"/>); not when the headline
    /// names <paramref name="p"/> too.
    /// </summary>
    private bool SceneNamedElsewhere(AnnotatedDocument doc, PlaceMention p)
    {
        static bool Town(PlaceMention q, PlaceMention p) => !q.IsDemonym && q.Place.Kind == PlaceKind.City && q.Place.GeonameId != p.Place.GeonameId;
        var title = TitleIndex(doc);
        var titled = title >= 0 ? doc.PlacesIn(doc.Sentences[title].Span).ToList() : [];
        // a headline that names the hospital's town too ("13 treated after X grenade blast") may tell an attack there;
        // not when it writes the town as where a victim hurt elsewhere died ("Man shot near Y dies in X")
        // (not when it names the town only as an official's seat: "Governor of X: 'our men held the post'")
        if (titled.Any(q => q.Place.GeonameId == p.Place.GeonameId && !CaredIn(doc, doc.Sentences[title], q) && !OfficialsSeat(doc, q))) return false;
        if (titled.Any(q => Town(q, p))) return true;
        if (HomeAboveHeadline(doc, p, title)) return true;
        // a writer's line, a caption of the article's days or a page's own name names another town near it as home: the
        // scene, the hospital's town the one the wounded were taken to (a correspondent in a far capital says nothing)
        if (HomeTowns(doc).Any(q => Town(q, p) && q.Place.CountryCode == p.Place.CountryCode && q.Place.KilometresTo(p.Place) <= HomeCareKilometres)) return true;
        return doc.Sentences.Any(s => doc.PlacesIn(s.Span).Any(q => Town(q, p) && (DistanceReference(doc, s, q)
            || q.End <= p.Start && (WrittenAsScene(doc, s, q, p) || q.Place.CountryCode == p.Place.CountryCode && NamesAttackAfterSite(doc, q)))));
    }

    /// <summary>
    /// The place follows "of" right after the title of a province's officer (function_words.tsv kind province_title):
    /// "Governor of X". It names the seat of the province the officer runs, no scene (a mayor's town is his own: not so).
    /// </summary>
    private bool OfficialsSeat(AnnotatedDocument doc, PlaceMention p)
    {
        var of = doc.WordAt(p.Start) - 1;
        return of >= 1 && doc.Words[of].Key == "of" && _provinceTitles.Contains(doc.Words[of - 1].Key);
    }

    /// <summary>Most target words between a town and the attack word it names: "the X hotel bombing", "the X market car bomb".</summary>
    private const int AttackSiteWords = 2;

    /// <summary>
    /// The town names an attack as its scene by standing before its attack word, at most <see cref="AttackSiteWords"/>
    /// words of a target between ("the X bombing", "the X hotel bombing", "a X market attack"): the attack's town, as a
    /// corrections note or a follow-up calls the attack by it, not where its wounded were later taken.
    /// </summary>
    private static bool NamesAttackAfterSite(AnnotatedDocument doc, PlaceMention p)
    {
        var w = doc.WordAt(p.End);
        for (var steps = 0; w < doc.Words.Count && steps <= AttackSiteWords; steps++, w++)
        {
            var word = doc.Words[w];
            if (word.Start - (steps == 0 ? p.End : doc.Words[w - 1].End) != 1) return false;
            var span = new TextSpan(word.Start, word.End);
            if (doc.CuesIn(span, CueKind.Event).Any(e => e.Start == word.Start && e.As<EventCue>() is { Weak: false, Vehicle: false })) return true;
            if (!doc.CuesIn(span, CueKind.Target).Any()) return false;
        }
        return false;
    }

    /// <summary>The sentence writes the place as where the wounded were taken or died (<see cref="IsLocative"/>'s cared).</summary>
    private bool CaredIn(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        IsLocative(doc, s, p, null, out _, out _, out var cared);
        return cared;
    }

    /// <summary>
    /// The lines of a web page above its headline (the site's name, a date and weather bar: "THE X COURIER", "X +9°C")
    /// name a town of the care place's country other than it, and the body writes that town again as where something
    /// happens (<see cref="WrittenAsScene"/>: "a day of mourning in X"; not as the outlet's name, a speaker's place or
    /// where the wounded went): a local outlet at home there, whose attack is at home rather than where a victim was
    /// flown to ("a woman stabbed at the market bus stop died in a Y clinic", Y the far capital).
    /// </summary>
    private bool HomeAboveHeadline(AnnotatedDocument doc, PlaceMention p, int title)
    {
        if (title <= 0) return false;
        var headline = doc.Sentences[title];
        bool Home(PlaceMention q) => !q.IsDemonym && q.Place.Kind == PlaceKind.City && q.Place.CountryCode == p.Place.CountryCode && q.Place.GeonameId != p.Place.GeonameId;
        var body = doc.PlacesIn(new TextSpan(headline.End, doc.Text.Length)).ToList();
        return doc.PlacesIn(new TextSpan(0, headline.Start)).Where(Home)
            .Any(q => body.Any(r => r.Place.GeonameId == q.Place.GeonameId && WrittenAsScene(doc, doc.SentenceAt(r.Start), r, p)));
    }

    /// <summary>
    /// A town of the care place's country that a sentence writes as where something happened ("gunmen attacked a bus stop
    /// in X"), not itself as a care place: the article has a scene other than where the wounded went. Only a town written
    /// before the care place (<see cref="SceneNamedElsewhere"/>): an article tells the scene first, and the towns it names
    /// after the care place are often the aftermath's (where the gunman was chased, caught, buried), the hospital's
    /// town then being nearer the scene than they are.
    /// </summary>
    private bool WrittenAsScene(AnnotatedDocument doc, Sentence s, PlaceMention q, PlaceMention care) =>
        q.Place.CountryCode == care.Place.CountryCode && IsLocative(doc, s, q, null, out var origin, out _, out _) && !origin
        && !SpeakersPlace(doc, s, q) && !CarePhrase(doc, s, q);

    /// <summary>The place's name stands before a word for people or a target ("an Ohio policeman", "Kabul police").</summary>
    private static bool QualifiesPeople(AnnotatedDocument doc, PlaceMention p)
    {
        var next = doc.WordAt(p.End);
        if (next >= doc.Words.Count || doc.Words[next].Start - p.End > 1) return false;
        var word = doc.Words[next];
        return PersonNouns.Default.IsVictim(word.Key) || PersonNouns.Default.IsPerpetrator(word.Key)
               || doc.CuesIn(new TextSpan(word.Start, word.End), CueKind.Target).Any(t => t.Start == word.Start);
    }

    /// <summary>
    /// The place opens the name of a public place (function_words.tsv kind site_noun, capitalised, right after the name
    /// or after one more capitalised word) in a sentence that tells an attack in strong words: "gunmen stormed the X
    /// Prison", "a blast at the gate of the X Central Market". A facility called after its town stands in it, so the
    /// town is the scene, as "the prison of X" makes it.
    /// </summary>
    private bool NamesFacilityOfTown(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        if (doc.AllCaps || p.IsDemonym || p.Place.Kind != PlaceKind.City) return false;
        var w = doc.WordAt(p.End);
        bool Capital(int i) => i < doc.Words.Count && doc.Words[i].Start < s.End && char.IsUpper(doc.Text[doc.Words[i].Start]);
        if (!Capital(w) || doc.Words[w].Start - p.End > 1) return false;
        var noun = _siteNouns.Contains(doc.Words[w].Key) ? w : Capital(w + 1) && _siteNouns.Contains(doc.Words[w + 1].Key) ? w + 1 : -1;
        return noun >= 0 && TellsStrongAttack(doc, s);
    }

    /// <summary>The place is written as the town of a public place (function_words.tsv kind site_noun): "the police station of X".</summary>
    private bool SiteOfTown(AnnotatedDocument doc, PlaceMention p)
    {
        var w = doc.WordAt(p.Start) - 1;
        return w >= 1 && doc.Words[w].Key == "of" && _siteNouns.Contains(doc.Words[w - 1].Key);
    }

    /// <summary>The word "and" stands between the two offsets.</summary>
    private static bool AndBetween(AnnotatedDocument doc, int from, int to)
    {
        for (var w = doc.WordAt(from); w < doc.Words.Count && doc.Words[w].Start < to; w++)
            if (doc.Words[w].Key == "and") return true;
        return false;
    }

    /// <summary>
    /// The place is where a road starts: a word of function_words.tsv kind road_origin right before it (place nouns and
    /// modifiers aside) after a road noun ("on the road from X", "the highway out of the town of X").
    /// </summary>
    private bool StartsRoad(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var first = doc.WordAt(s.Start);
        for (int w = doc.WordAt(p.Start) - 1, steps = 0; w >= first && steps < 7; w--, steps++)
        {
            var key = doc.Words[w].Key;
            if (_placeNouns.Contains(key) || _placeModifiers.Contains(key)) continue;
            return _roadOrigins.Contains(key) && RoadNounBefore(doc, w, first, vehicles: false, journeys: false);
        }
        return false;
    }

    /// <summary>
    /// Is the place written as where something happens: "in X", "near X", "the city of X", "X and Y" after such a place.
    /// <paramref name="cared"/> tells a place written as where the wounded were taken or died ("airlifted to X", "two of
    /// the wounded died in X"): no scene, and never the article's home.
    /// </summary>
    private bool IsLocative(AnnotatedDocument doc, Sentence s, PlaceMention p, PlaceMention? previousLocative, out bool origin, out bool alongRoad, out bool cared)
    {
        origin = false;
        alongRoad = false;
        cared = false;
        var words = doc.Words;
        // "in X province": the division word after the name, or read into the name
        var after = doc.WordAt(p.End);
        if (after < words.Count && words[after].Start < s.End && NamesDivisionNotTown(doc, after, p)) return false;
        if (doc.WordAt(p.Start) is var own && own < after - 1 && NamesDivisionNotTown(doc, after - 1, p)) return false;
        var w = doc.WordAt(p.Start) - 1;
        var first = doc.WordAt(s.Start);
        for (var steps = 0; w >= first && steps < 7; w--, steps++)
        {
            var key = words[w].Key;
            if (key.EndsWith("'s", StringComparison.Ordinal) || key.EndsWith("\u2019s", StringComparison.Ordinal)) key = key[..^2]; // "the city's Northgate section"
            // a possessive written apart from its name: "in Colombia's Santander department" (the country's name before it)
            if (key.Length == 0) continue;
            // "across from the X bus station" (function_words.tsv kind locative_pair): the two words are one locative
            if (w > first && _locativePairs.Contains($"{words[w - 1].Key} {key}")) key = words[--w].Key;
            // "were being treated in X", "taken to a hospital in X": where the wounded were cared for, not the scene
            if (_locative.Contains(key))
            {
                // "on the road leading out of town towards X": where the road leads (a scene only when the sentence has no other)
                alongRoad = LeadsAlongRoad(doc, w, first) || NamesRoadAfter(doc, s, p);
                origin = Origin(doc, w, first);
                cared = !origin && !AttackClauseAfter(doc, s, p) && (CaredBefore(doc, w, first) || WoundedDiedBefore(doc, w, first) || DiedAfterCarePlace(doc, s, p, w, first));
                return !(origin || cared || GatheringBefore(doc, w, first) || OwnerAfter(doc, w, first));
            }
            // "a native of X", "the home town of X"
            if (key == "of" && Origin(doc, w, first))
            {
                origin = true;
                return false;
            }
            if (key == "of" && w > first && NamesDivisionNotTown(doc, w - 1, p)) return false;
            if (key == "of" && w > first && _placeNouns.Contains(words[w - 1].Key)) return true;
            // "on the northern way out of X": a place noun of two words (function_words.tsv kind place_noun, "way out")
            if (key == "of" && w - 1 > first && _placeNouns.Contains($"{words[w - 2].Key} {words[w - 1].Key}")) return true;
            // "in colonia Las Flores, zone 3 of X": the neighbourhood lies in the town; read on before it
            if (key is "of" or "," && NeighbourhoodBefore(doc, w, first) is var n and >= 0)
            {
                w = n;
                steps = Math.Max(0, steps - 4);
                continue;
            }
            // "the weekly market of X": a public place of the town (function_words.tsv kind site_noun)
            if (key == "of" && w > first && _siteNouns.Contains(words[w - 1].Key)) return true;
            // "a bomb went off 20 km from X": the scene is near the reference point, as in "20 km north of X"
            // "19 km off X" (function_words.tsv kind distance_link): at sea by the coastal town, its scene too
            // "12 km out of X" (a link of two words)
            if (DistanceLinkStart(doc, w, first) is var link and > 0 && link > first && _distanceUnits.Contains(words[link - 1].Key)) return true;
            if (key is "and" or "," or "or")
            {
                var listed = previousLocative is not null && w > first && previousLocative.End == words[w - 1].End
                             || (previousLocative is not null && w > first && words[w - 1].Key is "," && previousLocative.End == words[w - 1].Start);
                // "on the road between X and Y": one stretch between two towns; the first is its scene, the second only
                // where the stretch ends (a scene only when the sentence has no other)
                alongRoad = listed && key == "and" && BetweenBefore(doc, previousLocative!, first);
                return listed;
            }
            if (_placeNouns.Contains(key) || _placeModifiers.Contains(key)) continue;
            // "on the road that climbs from X towards Y" (function_words.tsv kind road_origin): the stretch starts at X, its scene
            // (a road only: "the wounded came on the train from X" tells where they travelled from, not where they were hurt,
            // and so does "a bus travelling from X": function_words.tsv kind journey_word)
            if (_roadOrigins.Contains(key) && RoadNounBefore(doc, w, first, vehicles: false, journeys: false)) return true;
            // "bombs went off in Westhaven (Carrick)": the place in brackets right after a name the gazetteer does not
            // hold says where that place lies, and so is where the attack was when a locative opens the name
            if (key == "(" && steps == 0 && UnknownNameBefore(doc, w, first)) continue;
            // the object of an attack verb is its scene: "gunmen attacked Camp X", "warplanes bombed X"; not a name
            // that qualifies the victims ("shooting an Ohio policeman")
            if (doc.CuesIn(new TextSpan(words[w].Start, words[w].End), CueKind.Event)
                .Any(e => e.End == words[w].End && e.As<EventCue>() is { Vehicle: false } c && (!c.Weak || c.Assault)))
                return !QualifiesPeople(doc, p);
            // "two attacks with explosives hit X", "explosions rocked the town of X": a verb of striking (function_words.tsv
            // kind strike_verb) whose subject is an attack word (<see cref="AttackBefore"/>) strikes its object, the scene
            if (_strikeVerbs.Contains(key) && AttackBefore(doc, w, first)) return !QualifiesPeople(doc, p);
            // capitalised words: names before the place ("the Syrian city of", "Kurdish-controlled")
            if (char.IsUpper(doc.Text[words[w].Start]) && !doc.AllCaps) continue;
            if (doc.PlacesIn(new TextSpan(words[w].Start, words[w].End)).Any()) continue;
            return false;
        }
        return false;
    }

    /// <summary>Most words between an attack word and the verb of striking after it ("two attacks with explosives hit").</summary>
    private const int StrikeSubjectReach = 4;

    /// <summary>Most words of an attack phrase read as the subject of a verb of striking ("suicide car bomb attacks").</summary>
    private const int MaxAttackPhraseWords = 4;

    /// <summary>
    /// An attack word (an event cue, no vehicle, not one that only names a weapon) ends at most
    /// <see cref="StrikeSubjectReach"/> words before the verb at <paramref name="verb"/>, with no clause break between:
    /// the verb's subject is the attack ("two attacks with explosives hit X", not "the news hit X").
    /// </summary>
    private static bool AttackBefore(AnnotatedDocument doc, int verb, int first)
    {
        for (var w = verb - 1; w >= first && verb - w <= StrikeSubjectReach + 1; w--)
        {
            if (doc.Words[w].Key is "," or ";" or ":" or "." or "that" or "which" or "who") return false;
            // (a phrase of several words that ends here counts: "two bomb attacks hit X", its cue from "bomb" on)
            if (doc.CuesIn(new TextSpan(doc.Words[Math.Max(first, w - MaxAttackPhraseWords + 1)].Start, doc.Words[w].End), CueKind.Event)
                .Any(e => e.End == doc.Words[w].End && e.As<EventCue>() is { Vehicle: false, WeaponName: false } c && (!c.Weak || c.Assault || c.Blast)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The word before the bracket at <paramref name="bracket"/> ends a capitalised name that no place of the gazetteer
    /// covers ("in Westhaven (Carrick)"): the bracket gives where that unknown place lies.
    /// </summary>
    private static bool UnknownNameBefore(AnnotatedDocument doc, int bracket, int first)
    {
        if (bracket <= first || doc.AllCaps) return false;
        var name = doc.Words[bracket - 1];
        return char.IsUpper(doc.Text[name.Start]) && !doc.PlacesIn(new TextSpan(name.Start, name.End)).Any();
    }

    /// <summary>
    /// The place lies in a relative clause that describes an armed group or a road, not the attack: the clause opens with
    /// a relative word (function_words.tsv kind relative_word) right after a comma, the words right before the comma name
    /// an armed group (an actor, or a word of targets.tsv class armed_group) or a road (kind road_noun, at most
    /// <see cref="RoadNameReach"/> words before the comma: "National Road 4,"), and no attack word stands between the
    /// opener and the place, nor a comma: "the shelling was blamed on the Hill Front militia, whose guns are dug in near
    /// X" (where the fire came from), "on the coast road, which joins X with the harbour town of Y" (the towns a road
    /// links). A clause that tells an attack ("the rebels, who stormed a school in X") places it as usual.
    /// </summary>
    private bool DescribesGroupOrRoad(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var first = doc.WordAt(s.Start);
        var opener = RelativeOpenerBefore(doc, s, p.Start);
        var comma = opener - 1;
        if (opener < 0 || comma - 1 < first || doc.Words[comma].Key != ",") return false;
        if (doc.CuesIn(new TextSpan(doc.Words[opener].Start, p.Start), CueKind.Event).Any()) return false;
        return NamesArmedGroupBefore(doc, comma) || NamesRoadBefore(doc, comma, first);
    }

    /// <summary>An actor's name or an armed group's word (targets.tsv class armed_group) ends right before the word at <paramref name="comma"/>.</summary>
    private static bool NamesArmedGroupBefore(AnnotatedDocument doc, int comma)
    {
        var last = doc.Words[comma - 1];
        var span = new TextSpan(last.Start, last.End);
        return doc.CuesIn(span, CueKind.Actor).Any(a => a.End == last.End)
               || doc.CuesIn(span, CueKind.Target).Any(t => t.End == last.End && t.As<string>() == "armed_group");
    }

    /// <summary>A road word (function_words.tsv kind road_noun) stands at most <see cref="RoadNameReach"/> words before the word at <paramref name="comma"/>.</summary>
    private bool NamesRoadBefore(AnnotatedDocument doc, int comma, int first)
    {
        for (int v = comma - 1, steps = 0; v >= first && steps < RoadNameReach; v--, steps++)
            if (_roadNouns.Contains(doc.Words[v].Key)) return true;
        return false;
    }

    private const int RoadNameReach = 3;

    /// <summary>
    /// The word at <paramref name="w"/> is a division word (function_words.tsv kind division_noun) written with a name the
    /// gazetteer knows only as a town, and the phrase locates a town the sentence speaks of: "the small town in the
    /// province of X", "a village in X province" speak of a province named after its seat (a division the gazetteer does
    /// not hold), not of the town X, so the name is no scene.
    /// </summary>
    private bool NamesDivisionNotTown(AnnotatedDocument doc, int w, PlaceMention p)
    {
        if (p.Place.Kind != PlaceKind.City || !_divisionNouns.Contains(doc.Words[w].Key)) return false;
        // only where the division locates a town the sentence speaks of: "the small town in the province of X", "a
        // village in X province" (a settlement noun, "in", the division); "an attack in the province of X" is placed there
        var k = Math.Min(w, doc.WordAt(p.Start)) - 1;
        if (k >= 0 && doc.Words[k].Key is "the" or "a") k--;
        return k >= 1 && doc.Words[k].Key == "in" && _settlementNouns.Contains(doc.Words[k - 1].Key);
    }

    /// <summary>
    /// A neighbourhood (function_words.tsv kind neighbourhood_noun) is written right before the "of" or "," at
    /// <paramref name="w"/>: its noun and a figure ("zone 6 of X") or its noun and a capitalised name ("colonia Las
    /// Flores, X", "sector Santa Ana of X"). Returns the index of the neighbourhood noun, or -1.
    /// </summary>
    private int NeighbourhoodBefore(AnnotatedDocument doc, int w, int first)
    {
        var words = doc.Words;
        if (w - 2 < first) return -1;
        if (_neighbourhoodNouns.Contains(words[w - 2].Key) && words[w - 1].Key.All(char.IsDigit)) return w - 2;
        for (int v = w - 1, names = 0; v >= first && names < 4; v--, names++)
        {
            if (_neighbourhoodNouns.Contains(words[v].Key)) return names > 0 ? v : -1;
            if (!char.IsUpper(doc.Text[words[v].Start])) return -1;
        }
        return -1;
    }

    /// <summary>
    /// The locative word <paramref name="w"/> is a direction word (function_words.tsv kind direction_word) with a road or a
    /// journey (kind road_noun) at most <see cref="RoadReach"/> words before it and no comma between: "on the road to X",
    /// "the highway leading out of the city towards X", "on their way to X". The place after it is where the road leads,
    /// a scene only when the sentence names no other.
    /// </summary>
    private bool LeadsAlongRoad(AnnotatedDocument doc, int w, int first) => _directionWords.Contains(doc.Words[w].Key) && RoadNounBefore(doc, w, first);

    /// <summary>
    /// A road or a journey (function_words.tsv kinds road_noun, journey_vehicle) at most <see cref="RoadReach"/> words before
    /// <paramref name="w"/>, no comma between; with <paramref name="journeys"/> false, a road only (not kind journey_word).
    /// </summary>
    private bool RoadNounBefore(AnnotatedDocument doc, int w, int first, bool vehicles = true, bool journeys = true)
    {
        for (int v = w - 1, steps = 0; v >= first && steps < RoadReach; v--, steps++)
        {
            var key = doc.Words[v].Key;
            if (key is "," or ";") return false;
            // "waiting for the last train towards X": a vehicle's run leads there, as a road does (kind journey_vehicle;
            // read here only, so "a bus, which ..." is no road a relative clause describes)
            if (_roadNouns.Contains(key) && (journeys || !_journeyWords.Contains(key)) || vehicles && _journeyVehicles.Contains(key)) return true;
        }
        return false;
    }

    private const int RoadReach = 6;

    /// <summary>
    /// The place names a road by where it leads, a road noun (function_words.tsv kind road_noun) right after it: "on the X
    /// road", "near the checkpoint on the X highway". Like where a road leads, a scene only when the sentence has no other
    /// ("20 km north-east of Y on the X road": the scene lies by Y).
    /// </summary>
    private bool NamesRoadAfter(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var next = doc.WordAt(p.End);
        return next < doc.Words.Count && doc.Words[next].Start < s.End && _roadNouns.Contains(doc.Words[next].Key);
    }

    /// <summary>The place is the first of a pair opened by a word of function_words.tsv kind span_word: "between X (and Y)".</summary>
    private bool BetweenBefore(AnnotatedDocument doc, PlaceMention p, int first)
    {
        var w = doc.WordAt(p.Start) - 1;
        return w >= first && _spanWords.Contains(doc.Words[w].Key);
    }

    /// <summary>
    /// A care verb of function_words.tsv stands before the locative word <paramref name="w"/>: right before it ("were
    /// treated in X", "airlifted to X"), or before a means phrase opened by a word of kind care_means that fills the
    /// gap ("evacuated by helicopter to X", "flown aboard a military plane to X", "taken by ambulance to X" with a verb of
    /// <see cref="CarryingVerb"/>, at most <see cref="CareMeansReach"/>
    /// words, no comma). The place after it is where the victims were taken, not the scene.
    /// </summary>
    private bool CaredBefore(AnnotatedDocument doc, int w, int first)
    {
        if (w > first && _careVerbs.Contains(doc.Words[w - 1].Key)) return true;
        if (w > first && _transferVerbs.Contains(doc.Words[w - 1].Key) && SpeaksOfHurt(doc, w)) return true;
        for (int v = w - 1, steps = 0; v > first && steps < CareMeansReach; v--, steps++)
        {
            var key = doc.Words[v].Key;
            if (_careMeans.Contains(key) && (_careVerbs.Contains(doc.Words[v - 1].Key) || CarryingVerb(doc.Words[v - 1].Key, doc.Words[w].Key)
                                            || (_transferVerbs.Contains(doc.Words[v - 1].Key) && SpeaksOfHurt(doc, w)))) return true;
            if (key is "," or ";" || _locative.Contains(key)) return false;
        }
        return CarriedObjectBefore(doc, w, first);
    }

    /// <summary>Most words of the object between a verb of moving people and its "to": "transferred the most serious cases to".</summary>
    private const int CarriedObjectReach = 5;

    /// <summary>
    /// "to" at <paramref name="w"/> ends a transfer told with its object between: a care verb or a verb of moving people
    /// (function_words.tsv kinds care_verb, transfer_verb), then at most <see cref="CarriedObjectReach"/> lower-case words
    /// (no comma, no locative word, no attack word), in a sentence that speaks of the hurt (<see cref="SpeaksOfHurt"/>):
    /// "medics moved the three worst hurt to X", "doctors may send him to X". Where the wounded went, not the scene.
    /// </summary>
    private bool CarriedObjectBefore(AnnotatedDocument doc, int w, int first)
    {
        if (doc.Words[w].Key != "to" || !SpeaksOfHurt(doc, w)) return false;
        for (int v = w - 1, steps = 0; v > first && steps <= CarriedObjectReach; v--, steps++)
        {
            var key = doc.Words[v].Key;
            if (steps > 0 && (_careVerbs.Contains(key) || _transferVerbs.Contains(key))) return true;
            if (key is "," or ";" or "and" or "or" || _locative.Contains(key) || !char.IsLower(doc.Text[doc.Words[v].Start])) return false;
            var span = new TextSpan(doc.Words[v].Start, doc.Words[v].End);
            if (doc.CuesIn(span, CueKind.Event).Any(e => !e.As<EventCue>().Weak)) return false;
        }
        return false;
    }

    /// <summary>
    /// The sentence of the word at <paramref name="w"/> speaks of the hurt or their care: a word of function_words.tsv
    /// kind care_sign ("injured", "surgeon") or care_noun ("hospital"). A verb of moving people (kind transfer_verb) then
    /// tells where the wounded were taken ("two were sent on to X"), not where troops went ("troops were sent to X").
    /// </summary>
    private bool SpeaksOfHurt(AnnotatedDocument doc, int w)
    {
        var s = doc.SentenceAt(doc.Words[w].Start);
        for (var v = doc.WordAt(s.Start); v < doc.Words.Count && doc.Words[v].Start < s.End; v++)
            if (_careSigns.Contains(doc.Words[v].Key) || _careNouns.Contains(doc.Words[v].Key)) return true;
        return false;
    }

    private const int CareMeansReach = 4;

    /// <summary>Most words between the relative word after a town and the care verb of its clause ("where she is still recovering").</summary>
    private const int CareClauseReach = 8;

    /// <summary>
    /// A relative clause of care follows the place (at most a comma between): "where" (function_words.tsv kind
    /// relative_opener) and, within <see cref="CareClauseReach"/> words and no clause break, a care verb (kind care_verb):
    /// "The interview was done in X, where she is recovering from a wound", "flown to X, where they are being treated".
    /// The town is where the wounded are cared for, when the article names another town where its attack may be
    /// (<see cref="SceneNamedElsewhere"/>): "shot in X, where he is being treated" alone keeps X the scene.
    /// </summary>
    private bool CareClauseAfter(AnnotatedDocument doc, Sentence s, PlaceMention p) =>
        RelativeClauseAfter(doc, s, p, (key, _) => _careVerbs.Contains(key)) && SceneNamedElsewhere(doc, p);

    /// <summary>
    /// A relative clause that tells an attack follows the place: "two of the wounded were taken to X, where gunmen later
    /// stormed a clinic" - whatever the words before it say of care, X is the scene of the clause's attack.
    /// </summary>
    private bool AttackClauseAfter(AnnotatedDocument doc, Sentence s, PlaceMention p) =>
        RelativeClauseAfter(doc, s, p, (_, v) => doc.CuesIn(new TextSpan(doc.Words[v].Start, doc.Words[v].End), CueKind.Event)
            .Any(e => e.As<EventCue>() is { Vehicle: false } c && (!c.Weak || c.Assault)));

    /// <summary>
    /// "X, where ...": after the place (a comma, "on" or a date between), "where" (function_words.tsv kind relative_opener)
    /// and, within <see cref="CareClauseReach"/> words and no clause break, a word <paramref name="verb"/> accepts (its key, its index).
    /// </summary>
    private bool RelativeClauseAfter(AnnotatedDocument doc, Sentence s, PlaceMention p, Func<string, int, bool> verb)
    {
        var words = doc.Words;
        var w = doc.WordAt(p.End);
        var last = doc.WordAt(s.End - 1);
        // "in X on Saturday, where": a date between the town and its clause is read past
        var dates = doc.DatesIn(s.Span).ToList();
        for (var steps = 0; w <= last && w < words.Count && steps < 4 && words[w].Key != "where"; w++, steps++)
            if (words[w].Key is not ("," or "on") && !dates.Any(d => d.Start <= words[w].Start && words[w].End <= d.End)) return false;
        if (w > last || w >= words.Count || words[w].Key != "where" || !_relativeOpeners.Contains("where")) return false;
        for (int v = w + 1, steps = 0; v <= last && v < words.Count && steps < CareClauseReach; v++, steps++)
        {
            var key = words[v].Key;
            // (an apposition stays in the clause: "where Ms X, 29, is recovering")
            if (key is ";" or ":" or "." or "and" or "but") return false;
            if (verb(key, v)) return true;
        }
        return false;
    }

    /// <summary>
    /// The verb and "to" make a phrase of target_links.tsv kind elsewhere ("taken to", "brought to"): with the means of the
    /// transfer between them ("taken by ambulance and helicopter to") it tells where the wounded were cared for. Only a
    /// transfer: "died in an ambush in X" tells the scene.
    /// </summary>
    private bool CarryingVerb(string verb, string locative) =>
        locative == "to" && _lexicons.TargetElsewhere.Any(p => p.Length == 2 && p[0] == verb && p[1] == locative);

    /// <summary>
    /// The first word of a distance link (function_words.tsv kind distance_link, of one or two words: "from", "off",
    /// "out of") that ends at word <paramref name="w"/>, or -1.
    /// </summary>
    private int DistanceLinkStart(AnnotatedDocument doc, int w, int first)
    {
        var key = doc.Words[w].Key;
        if (_distanceLinks.Contains(key)) return w;
        return w > first && _distanceLinks.Contains(doc.Words[w - 1].Key + " " + key) ? w - 1 : -1;
    }

    /// <summary>
    /// The place is the reference point of a distance: "130 km southeast of X", "about 40 miles from X" (a unit of
    /// function_words.tsv kind distance_unit, then at most direction words, then "of" or "from" right before the name).
    /// </summary>
    private bool DistanceReference(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var first = doc.WordAt(s.Start);
        var w = doc.WordAt(p.Start) - 1;
        if (w < first) return false;
        var link = DistanceLinkStart(doc, w, first);
        if (link < 0 && doc.Words[w].Key != "of") return false;
        for (int steps = 0, v = (link < 0 ? w : link) - 1; v >= first && steps < 3; v--, steps++)
        {
            var key = doc.Words[v].Key;
            if (_distanceUnits.Contains(key)) return true;
            if (!_placeNouns.Contains(key) && !_placeModifiers.Contains(key) && key is not ("to" or "the")) return false;
        }
        return false;
    }

    /// <summary>
    /// Most words between the time word and the gathering noun of a phrase like "48 hours before the drug summit in X".
    /// </summary>
    private const int MaxGatheringGap = 4;

    /// <summary>
    /// The locative word at <paramref name="w"/> places a gathering that a time phrase refers to, not the attack: right
    /// after a gathering noun (function_words.tsv kind gathering_noun) that a time word (kind gathering_time) opens at most
    /// <see cref="MaxGatheringGap"/> words before ("kidnapped 48 hours before the drug summit in X", "a day after the
    /// peace talks in X").
    /// </summary>
    private bool GatheringBefore(AnnotatedDocument doc, int w, int first)
    {
        var noun = w - 1;
        if (noun < first || !_gatheringNouns.Contains(doc.Words[noun].Key)) return false;
        for (var t = noun - 1; t >= first && noun - t <= MaxGatheringGap; t--)
            if (_gatheringTimes.Contains(doc.Words[t].Key)) return true;
        return false;
    }

    /// <summary>
    /// The locative word at <paramref name="w"/> follows a verb of belonging (function_words.tsv kind possession_verb):
    /// the name after it is an owner, however like a town it reads ("a shop belonging to Florencia Ruiz"), not a scene.
    /// </summary>
    private bool OwnerAfter(AnnotatedDocument doc, int w, int first) =>
        w > first && _possessionVerbs.Contains(doc.Words[w - 1].Key);

    /// <summary>
    /// The place follows a locative word right after an indefinite pronoun for people (function_words.tsv kind
    /// people_pronoun): it is where some people are, think or do something, not a scene nor the article's home ("the group
    /// boasted of 20 dead, a figure nobody in X believes", "a claim no one in X takes seriously"). "one" only after "no".
    /// </summary>
    private bool PeoplesPlace(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var first = doc.WordAt(s.Start);
        var w = doc.WordAt(p.Start) - 1;
        if (w - 1 < first || !_locative.Contains(doc.Words[w].Key) || !_peoplePronouns.Contains(doc.Words[w - 1].Key)) return false;
        return doc.Words[w - 1].Key != "one" || w - 2 >= first && doc.Words[w - 2].Key == "no";
    }

    /// <summary>
    /// A speech verb in the present (function_words.tsv kind present_speech_verb) right after the place: "The governor's
    /// office in X speaks of four people killed", "a clinic in X confirms two dead". X is where the speaker is, not the scene,
    /// when the article names another town as where its attack was (<see cref="SceneNamedElsewhere"/>).
    /// </summary>
    private bool SpeaksFromSeat(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var next = doc.WordAt(p.End);
        return next < doc.Words.Count && doc.Words[next].Start < s.End && _presentSpeechVerbs.Contains(doc.Words[next].Key) && SceneNamedElsewhere(doc, p);
    }

    /// <summary>Most words before an office's noun at a sentence's opening: "A rebel border commander in X".</summary>
    private const int SeatSubjectReach = 4;

    /// <summary>
    /// The place follows "in" right after an office or a role that speaks for one (function_words.tsv kind seat_noun) that
    /// opens its sentence as its subject, with at most <see cref="SeatSubjectReach"/> words before it and no attack word nor
    /// casualty word in them, in a sentence that counts no casualty: where the office sits or the official is, not a scene
    /// ("The interior ministry in X did not answer our questions", "A rebel commander in X province denied firing").
    /// </summary>
    private bool SeatOfOffice(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var first = doc.WordAt(s.Start);
        var w = doc.WordAt(p.Start) - 1;
        if (w - 1 < first || doc.Words[w].Key != "in" || !_seatNouns.Contains(doc.Words[w - 1].Key)) return false;
        if (w - 1 - first > SeatSubjectReach || doc.CuesIn(s.Span, CueKind.Casualty).Any()) return false;
        var subject = new TextSpan(doc.Words[first].Start, doc.Words[w - 1].End);
        return !doc.CuesIn(subject, CueKind.Event).Any();
    }

    /// <summary>Most lower-case words between a town's name and the noun of the office named after it: "X governorate's health department".</summary>
    private const int OfficeNounReach = 3;

    /// <summary>
    /// The place names the seat of a local office that speaks: right after it, at most <see cref="OfficeNounReach"/>
    /// lower-case words and an office's noun (function_words.tsv kind office_noun), then a speech verb ("a source in the X
    /// security directorate said", "the X police command told"). The office's town is no scene: such offices sit in a
    /// province's capital, often not where the attack they speak of was.
    /// </summary>
    private bool SpeakingOffice(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var w = doc.WordAt(p.End);
        for (var k = w; k < doc.Words.Count && k <= w + OfficeNounReach && doc.Words[k].Start < s.End; k++)
        {
            var word = doc.Words[k];
            if (word.End <= word.Start || !char.IsLetter(doc.Text[word.Start])) return false;
            if (_officeNouns.Contains(word.Key))
                return k + 1 < doc.Words.Count && doc.Words[k + 1].Start < s.End && _speechVerbs.Contains(doc.Words[k + 1].Key);
            if (char.IsUpper(doc.Text[word.Start])) return false;
        }
        return false;
    }

    /// <summary>
    /// The place follows "in" or "at" right after a court or one who judges in it (function_words.tsv kind court_seat):
    /// "are to be brought before a judge in X on Tuesday", "was remanded by the district court in X". X is where a hearing
    /// is held, not a scene: only when the article names another town as where its attack was
    /// (<see cref="SceneNamedElsewhere"/>), and not when an attack or casualty word stands in the court's clause before it
    /// ("gunmen attacked the court in X", "a bomb went off outside the court in X").
    /// </summary>
    private bool CourtSeat(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var first = doc.WordAt(s.Start);
        var w = doc.WordAt(p.Start) - 1;
        if (w - 1 < first || doc.Words[w].Key is not ("in" or "at") || !_courtSeats.Contains(doc.Words[w - 1].Key)) return false;
        var clause = w - 1;
        while (clause > first && doc.Words[clause - 1].Key is not ("," or ";" or ":")) clause--;
        var before = new TextSpan(doc.Words[clause].Start, doc.Words[w - 1].End);
        if (doc.CuesIn(before, CueKind.Event).Any(e => !e.As<EventCue>().Weak) || doc.CuesIn(before, CueKind.Casualty).Any()) return false;
        return SceneNamedElsewhere(doc, p);
    }

    /// <summary>
    /// The words before the locative (or "of") word <paramref name="w"/> say where someone comes from, is based, fled to or
    /// was buried, not where the attack was (function_words.tsv kind origin_word): right before it ("born in X", "based
    /// in X", "fled towards X", "a native of X") or before a word for a kind of place right before it ("his native
    /// village in X", "the ancestral town of X").
    /// </summary>
    private bool Origin(AnnotatedDocument doc, int w, int first)
    {
        var before = w - 1;
        if (before >= first && _placeNouns.Contains(doc.Words[before].Key)) before--;
        return before >= first && _originWords.Contains(doc.Words[before].Key);
    }

    /// <summary>
    /// The sources of a sentence's clauses, when it has several clauses and more than one names a source; a clause
    /// starts at a semicolon or at a comma before a clause opener ("X said 58 were killed, while state media reported
    /// 20"; function_words.tsv). An agency's credit in brackets ("BEIRUT (AFP) -") is no one's figure.
    /// </summary>
    private List<(int Start, int End, string Source)> ClauseSources(AnnotatedDocument doc, Sentence s)
    {
        var text = doc.Text;
        var words = doc.Words;
        var bounds = new List<int> { s.Start };
        for (var w = doc.WordAt(s.Start); w + 1 < words.Count && words[w].Start < s.End; w++)
            if (words[w].Key == ";" || (words[w].Key == "," && _clauseOpeners.Contains(words[w + 1].Key))) bounds.Add(words[w].Start);
        if (bounds.Count == 1) return [];
        bounds.Add(s.End);
        var result = new List<(int, int, string)>();
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var clause = new TextSpan(bounds[i], bounds[i + 1]);
            var cue = doc.CuesIn(clause, CueKind.Source).Where(c => !Credit(text, c)).OrderByDescending(c => c.LastWord - c.FirstWord).FirstOrDefault();
            if (cue is not null) result.Add((clause.Start, clause.End, cue.As<string>()));
        }
        return result.Count > 1 ? result : [];
    }

    /// <summary>
    /// A claim's own figures: a sentence that names no source and opens on the claimant's speech ("It said its fighters
    /// killed 45 soldiers", "The group claimed ..."; function_words.tsv kinds claim_speaker, claim_verb) right after a
    /// sentence where an armed group claimed the attack, and that names no other source than the group's outlet, gives
    /// the group's figures: their source is that outlet ("Amaq"), else the group, so the estimate never trusts them.
    /// </summary>
    private List<SentenceFacts> WithClaimantSources(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var claimants = facts.Select(f => ClaimIn(f) is { } claim ? Claimant(doc, f, claim) : null).OfType<string>().Distinct().ToList();
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (f.Casualties.Count == 0) continue;
            // "REPORTER: The XYZ claims more than ten soldiers were killed": the claimant speaks, by its name or its
            // capitals, whatever victim noun ("police") the sentence reads as a source; a sentence that is the claim itself
            // ("X claimed both raids, which killed 60 soldiers according to witnesses") keeps its own
            if (f.ClauseSources.Count == 0 && ClaimIn(f) is null && ClaimantOpening(doc, f.Sentence, claimants) is { } speaker)
            {
                if (Trace) Console.Error.WriteLine($"  claimant: sentence {f.Sentence.Index} opens on the speech of {speaker}");
                facts[i] = f with { Source = speaker };
                continue;
            }
            // a sentence opening on the claimant's speech ("It said its fighters killed 12, a figure far higher than any
            // given by officials") is the claimant's, whoever its later words compare the figure with
            var speaksOn = i > 0 && f.ClauseSources.Count == 0 && OpensOnClaimantSpeech(doc, f.Sentence) && ClaimIn(facts[i - 1]) is not null;
            if (!speaksOn && (f.Source is not null || f.ClauseSources.Count > 0)) continue;
            var boaster = BoastingGroup(doc, f);
            if (boaster is not null)
            {
                if (Trace) Console.Error.WriteLine($"  claimant: sentence {f.Sentence.Index} gives the boasted figures of {boaster}");
                facts[i] = f with { Source = boaster };
                continue;
            }
            if (ClaimedThatGroup(doc, f) is { } asserter)
            {
                if (Trace) Console.Error.WriteLine($"  claimant: sentence {f.Sentence.Index} gives the asserted figures of {asserter}");
                facts[i] = f with { Source = asserter };
                continue;
            }
            if (i == 0 || !OpensOnClaimantSpeech(doc, f.Sentence)) continue;
            var before = facts[i - 1];
            var claim = ClaimIn(before);
            if (claim is null) continue;
            string? source;
            if (before.Source is null) source = Claimant(doc, before, claim);
            else if (CasualtyReconciler.Default.IsPerpetratorOutlet(before.Source)) source = before.Source;
            else continue;
            if (source is null) continue;
            if (Trace) Console.Error.WriteLine($"  claimant: sentence {f.Sentence.Index} gives the figures of {source}");
            facts[i] = f with { Source = source };
        }
        return facts;
    }

    /// <summary>Most words of a transcript's speaker label before its colon: "[01:46] REPORTER (by phone):".</summary>
    private const int SpeakerLabelWords = 12;

    /// <summary>
    /// The sentence opens (after a transcript's speaker label up to a colon, and "the") on the name of a group that claimed
    /// the attack in the article, or on the capitals of that name ("ZRDF" for "Zawgyi River Defence Force"), right before a
    /// speech verb or a claim verb (function_words.tsv kind claim_verb: "claims"): its figures are the claimant's own.
    /// Returns the group, else null.
    /// </summary>
    private string? ClaimantOpening(AnnotatedDocument doc, Sentence s, IReadOnlyList<string> claimants)
    {
        if (claimants.Count == 0) return null;
        var words = doc.Words;
        var first = doc.WordAt(s.Start);
        var end = Math.Min(doc.WordAt(s.End), words.Count);
        var w = first;
        for (var k = first; k < end && k < first + SpeakerLabelWords; k++)
            if (words[k].Key == ":") { w = k + 1; break; }
        if (w < end && words[w].Key == "the") w++;
        if (w >= end) return null;
        foreach (var group in claimants)
        {
            var name = group.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int verb;
            var initials = string.Concat(name.Where(n => char.IsUpper(n[0])).Select(n => n[0]));
            var word = doc.Text[words[w].Start..words[w].End];
            if (initials.Length >= 2 && word == initials) verb = w + 1;
            else if (w + name.Length < end && name.Select((n, k) => string.Equals(n, doc.Text[words[w + k].Start..words[w + k].End], StringComparison.OrdinalIgnoreCase)).All(b => b)) verb = w + name.Length;
            else continue;
            if (verb < end && (_speechVerbs.Contains(words[verb].Key) || _claimVerbs.Contains(words[verb].Key))) return group;
        }
        return null;
    }

    /// <summary>
    /// "The group claimed the raids and boasted of having killed 30 soldiers": a sentence where an armed group claims the
    /// attack and a boasting word (function_words.tsv kind claim_boast) stands between the claim and the first figure
    /// gives the group's own figures; returns that group (the claim's subject), else null.
    /// </summary>
    private string? BoastingGroup(AnnotatedDocument doc, SentenceFacts f)
    {
        var claim = ClaimIn(f);
        if (claim is null) return null;
        var first = f.Casualties.Min(c => c.Figure.Start);
        if (first <= claim.Start) return null;
        var boasts = false;
        for (var w = doc.WordAt(claim.Start); w < doc.Words.Count && doc.Words[w].Start < first; w++)
            if (_claimBoasts.Contains(doc.Words[w].Key)) { boasts = true; break; }
        return boasts ? Claimant(doc, f, claim) : null;
    }

    /// <summary>
    /// "In a message on its channel the X Front praised the attackers and claimed that twelve guards had died": a verb of a
    /// claimant's speech (function_words.tsv kind claim_verb) right before "that", both before the sentence's first figure,
    /// after an armed group the sentence names (no state force, no possessive): the figures are that group's own assertion,
    /// never trusted for the best estimate. Returns the group (the first such before the verb), else null.
    /// </summary>
    private string? ClaimedThatGroup(AnnotatedDocument doc, SentenceFacts f)
    {
        var first = f.Casualties.Min(c => c.Figure.Start);
        var words = doc.Words;
        for (var w = doc.WordAt(f.Sentence.Start); w + 1 < words.Count && words[w + 1].End <= first; w++)
        {
            if (!_claimVerbs.Contains(words[w].Key) || words[w + 1].Key != "that") continue;
            var verb = words[w].Start;
            return f.Actors.Where(a => a.End <= verb && a.As<Actor>().Type != "state" && !Possessive(doc.Text, a.End))
                .MinBy(a => a.Start)?.As<Actor>().Canonical;
        }
        return null;
    }

    /// <summary>The sentence's claim of the attack ("claimed"), if any.</summary>
    private static Cue? ClaimIn(SentenceFacts f) => f.Claims.FirstOrDefault(c => c.As<string>() == "claimed");

    /// <summary>
    /// Who made the claim: the claim's subject, the first armed actor before it ("JNIM, a branch of al Qaeda, claimed"),
    /// else the armed actor nearest to it. A possessive names whose branch claimed, not the claimant: in "al Qaeda's Sahel
    /// affiliate JNIM claimed" the claimant is JNIM.
    /// </summary>
    private static string? Claimant(AnnotatedDocument doc, SentenceFacts f, Cue claim)
    {
        var armed = f.Actors.Where(a => a.As<Actor>().Type != "state" && !Possessive(doc.Text, a.End)).ToList();
        var subject = armed.Where(a => a.Start < claim.Start).OrderBy(a => a.Start).FirstOrDefault()
                      ?? armed.OrderBy(a => Math.Abs(a.Start - claim.Start)).FirstOrDefault();
        return subject?.As<Actor>().Canonical;
    }

    /// <summary>The name ending at <paramref name="end"/> is a possessive: "al Qaeda's".</summary>
    private static bool Possessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] is 's' or 'S';

    /// <summary>
    /// "It said", "The group claimed", "They added", "Its spokesman, a man called X, said": the sentence's first words are a
    /// claimant's speech (an aside between commas may stand between the speaker and the verb).
    /// </summary>
    private bool OpensOnClaimantSpeech(AnnotatedDocument doc, Sentence s)
    {
        var w = doc.WordAt(s.Start);
        if (w < doc.Words.Count && doc.Words[w].Key is "the" or "its" or "their") w++;
        if (w + 1 >= doc.Words.Count || doc.Words[w + 1].Start >= s.End || !_claimSpeakers.Contains(doc.Words[w].Key)) return false;
        var v = w + 1;
        if (doc.Words[v].Key == ",")
        {
            // skip an aside: "Its spokesman, who goes by a nom de guerre, said ..."
            v++;
            while (v < doc.Words.Count && v <= w + 16 && doc.Words[v].Start < s.End && doc.Words[v].Key != ",") v++;
            v++;
            if (v >= doc.Words.Count || v > w + 16 || doc.Words[v].Start >= s.End) return false;
        }
        var verb = doc.Words[v].Key;
        return _speechVerbs.Contains(verb) || _claimVerbs.Contains(verb);
    }

    /// <summary>A source written in brackets, as a wire credit: "(AFP)".</summary>
    private static bool Credit(string text, Cue c) => c.Start > 0 && text[c.Start - 1] == '(' && c.End < text.Length && text[c.End] == ')';

    private static string? SourceOf(AnnotatedDocument doc, Sentence s)
    {
        var cue = doc.CuesIn(s.Span, CueKind.Source).Where(c => !Credit(doc.Text, c)).OrderByDescending(c => c.LastWord - c.FirstWord).FirstOrDefault();
        if (cue is not null) return cue.As<string>();
        var text = s.Of(doc.Text);
        var at = text.IndexOf("according to ", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var words = text[(at + 13)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = new List<string>();
        foreach (var word in words)
        {
            var title = word.EndsWith('.') && word.Length <= 5 && name.Count == 0; // "Gov.", "Gen.", "Lt."
            var clean = title ? word : word.TrimEnd(',', '.', ';', ':');
            if (clean.Length == 0 || !char.IsUpper(clean[0])) break;
            name.Add(clean);
            if (clean.Length != word.Length) break;
        }
        return name.Count > 0 ? string.Join(' ', name) : null;
    }

    private static readonly System.Text.RegularExpressions.Regex LinkedHeadline =
        new(@"^[-•*▸]\s*[^:""“”\n]{2,60}:\s*[""“][^""“”\n]+[""”]\s*$", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>
    /// The sentence is a whole line of a list of links that quotes another outlet's headline: a dash, the outlet's name,
    /// a colon and the headline in quotation marks ("- Daily Courier: "Two kiosks burned overnight in X"").
    /// </summary>
    private static bool QuotesLinkedHeadline(AnnotatedDocument doc, Sentence s)
    {
        var text = doc.Text;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, s.Start - 1)) + 1;
        var lineEnd = text.IndexOf('\n', s.Start);
        if (lineEnd < 0) lineEnd = text.Length;
        if (s.End < lineEnd - 1 && text[s.End..lineEnd].Trim().Length > 0) return false;
        return LinkedHeadline.IsMatch(text[lineStart..lineEnd].Trim());
    }
}
