using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;
using Sitrep.Linking;

namespace Sitrep.Extraction;

// IncidentExtractor, part: frames of one article that tell one attack become one (Cohere, MergeNearby) (see IncidentExtractor.cs for the whole pipeline).
public sealed partial class IncidentExtractor
{
    /// <summary>
    /// A place named once, far (over <see cref="HomeKilometres"/>) from the article's home (its dateline, else a big
    /// city its opening names (a town: no province or district however populous), else its most named place), is more
    /// likely a misread name ("Westwood" of another state) than a second attack: outside a stated wave, such a frame is moved home. So is a small town of the home's
    /// country far from a big home city, however often named: a neighbourhood ("the Northgate section of the city")
    /// that shares its name with a distant town.
    /// </summary>
    private List<Frame> Cohere(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames, List<Frame>? wave, IReadOnlySet<string> placeNouns, IReadOnlySet<string> settlementNouns,
                                     IReadOnlySet<string> neighbourhoodNouns)
    {
        var counts = doc.Places.Where(p => !p.IsDemonym && p.Place.Kind != PlaceKind.Country)
            .GroupBy(p => p.Place.GeonameId).ToDictionary(g => g.Key, g => g.Count());
        // a town the article names only as where the wounded were taken, treated or died ("flown to the hospital in X",
        // "who later died in X") is no home, however often it is named or however big: the attack is told elsewhere
        var cared = CaredOnly(doc, facts);
        var statedHome = LeadDateline(facts)
                         ?? facts.Where(f => f.Sentence.Index <= OpeningHomeSentences && !f.IsBackground)
                             // (nor is a town named as where a road or a bus leads: "waiting for the buses to X")
                             .SelectMany(f => f.EventPlaces.Concat(f.OtherPlaces).Except(f.Asides).Except(f.RoadEnds))
                             .Where(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City && !p.Place.IsArea && p.Place.Population >= BigCity && !CapitalAsState(doc, p)
                                         && !cared.Contains(p.Place.GeonameId))
                             .OrderByDescending(p => p.Place.Population).FirstOrDefault();
        var home = statedHome
                   ?? doc.Places.Where(p => !p.IsDemonym && p.Place.Kind != PlaceKind.Country && !cared.Contains(p.Place.GeonameId))
                       .GroupBy(p => p.Place.GeonameId).Where(g => g.Count() >= 2)
                       .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Start).Select(g => g.First()).FirstOrDefault();
        // nor is a dateline's town the text names only as where the wounded went
        if (home is null || cared.Contains(home.Place.GeonameId)) return frames;
        var homeTold = statedHome is not null || NamedWhereAttackIsTold(facts, home.Place);
        var title = facts.FirstOrDefault(f => f.IsTitle);
        foreach (var frame in frames)
        {
            if (wave?.Contains(frame) == true || frame.Place.GeonameId == home.Place.GeonameId) continue;
            // a place written as another attack's ("Meanwhile, police in X said ...") is no misreading
            if (frame != frames[0] && MarkedApart(doc, frame)) continue;
            // a round-up's section headed by its own town ("SALTON: THE FERRY") is no misreading, however far from the first
            if (frame.Sectioned) continue;
            // nor is the town an alert log's line is labelled with ("[4] 08:19 #4411 ELMWOOD: blast at the market"): the
            // sender names the town the alert is about, as a dateline would
            if (frame.PlaceMentions.Any(m => m.Place.GeonameId == frame.Place.GeonameId && LabelsAlertLine(doc, m))) continue;
            // nor is a place told under a paragraph's own dateline naming its country ("KENYA - Gunmen fired at the police
            // station of X", an item of a round-up of news from several countries): the dateline vouches for it
            if (UnderCountryDateline(facts, frame)) continue;
            var distance = frame.Place.KilometresTo(home.Place);
            var sameCountry = frame.Place.CountryCode == home.Place.CountryCode;
            var neighbourhood = homeTold && sameCountry && home.Place.Population >= BigCity && frame.Place.Kind == PlaceKind.City
                                && (frame.Place.Population < SmallTown || frame.PlaceMentions.Any(m => PlaceAgreement.NamedAsNeighbourhood(doc, m)))
                                && distance > NeighbourhoodKilometres
                                && !InOwnProvince(frame, home.Place)
                                // "X, a town of some 5,000 people in Y county": the text describes a town, no neighbourhood
                                && !frame.PlaceMentions.Any(m => m.Place.GeonameId == frame.Place.GeonameId && DescribedAsTown(doc, m))
                                // "some 35 km east of X": a place the text measures a distance from is a town of its own
                                && !MeasuredFrom(doc, frame.Place);
            // a town the text puts the attack near, by its own name ("a village near X"), is a town, not a neighbourhood
            if (distance <= HomeKilometres && (!neighbourhood || frame.PlaceMentions.Any(m => m.Vicinity && OwnName(m)))) continue;
            // a country the text places the attack in ("was kidnapped in Colombia", filed from Caracas) is no misreading
            if (frame.Place.Kind == PlaceKind.Country && !sameCountry) continue;
            // a report filed from the capital covers the whole country: a town of it called by its own name ("killed six
            // farmers near Ayacucho", filed from Lima) is where the text says, unless written as a part of the capital;
            // small towns are left out, as their names are more often a person's or a firm's ("Minister Carlos Morales")
            var fromCapital = sameCountry && statedHome is not null && home.Place.FeatureCode is "PPLC" or "PPLG";
            if (fromCapital && frame.Place.Kind == PlaceKind.City
                && frame.Place.Population >= NationalTownPopulation
                && frame.PlaceMentions.Any(m => m.Place.GeonameId == frame.Place.GeonameId && OwnName(m))
                && !frame.PlaceMentions.Any(m => PlaceAgreement.NamedAsNeighbourhood(doc, m))) continue;
            // nor is a smaller town or a division of it that the text puts the attack near by its own name ("a checkpoint
            // near X", "on the outskirts of X", filed from the capital): a reference point is written as a place, and a
            // wire filed from the capital reaches the whole country, whatever province the town lies in
            if (fromCapital && frame.Place.Kind is PlaceKind.City or PlaceKind.Admin1
                && frame.PlaceMentions.Any(m => m.Vicinity && m.Place.GeonameId == frame.Place.GeonameId && OwnName(m))
                && !frame.PlaceMentions.Any(m => PlaceAgreement.NamedAsNeighbourhood(doc, m))) continue;
            // a town of the home's country placed by the text in a province other than the home's ("in the Santa Rosa
            // district, province of La Mar, department of Ayacucho", a communiqué signed in the capital): where the text says
            if (sameCountry && InOwnProvince(frame, home.Place) && frame.PlaceMentions.Any(m => m.Place.GeonameId == frame.Place.GeonameId && OwnName(m))) continue;
            var named = counts.GetValueOrDefault(frame.Place.GeonameId);
            var inTitle = title is not null && title.EventPlaces.Concat(title.OtherPlaces).Any(p => p.Place.GeonameId == frame.Place.GeonameId);
            // a home the article states (its dateline, a big city of its opening) outweighs a small stranger however often named;
            // so does a home only named most, over a small town of another country that it names less often (see
            // PlaceAgreement.StrangerAbroad: "the Riverside pitch" of a story told at home, read as a hamlet abroad)
            var stranger = statedHome is not null
                ? PlaceAgreement.Stranger(doc, frame.Place, home.Place)
                : counts.GetValueOrDefault(home.Place.GeonameId) > named && PlaceAgreement.StrangerAbroad(doc, frame.Place, home.Place);
            // a town of another country written as a part of the home's town ("in the Riverside sector"), alone of its country
            if (statedHome is not null && PlaceAgreement.ForeignNeighbourhood(doc, frame, home.Place, neighbourhoodNouns))
            {
                frame.Place = home.Place;
                frame.PlaceMentions.Insert(0, home);
                continue;
            }
            if ((named > 1 || inTitle) && !neighbourhood && !stranger) continue;
            // a town the text calls by two of its names, its own and another (a former name: "X, formerly Y"), is no
            // misreading of a neighbourhood's or a person's name: a chance reading gives one spelling, not two
            if (sameCountry && frame.Place.Kind == PlaceKind.City && !stranger && CalledByTwoNames(doc, frame.Place)) continue;
            // a province of the home's country whose headline puts the attack in it or in one of its towns ("blast in X",
            // the lead: "in the governorate of X"): where the text says, not a misread name to move to the capital
            if (sameCountry && frame.Place.Kind == PlaceKind.Admin1 && TitleScenesIn(title, frame.Place)) continue;
            // a big city of the home's country called by its own name is no misreading ("kidnapped in Medellin" filed from
            // Bogota), nor is a town written as one ("the city of Flores", "Flores, in the Peten department")
            if (sameCountry && frame.Place.Kind == PlaceKind.City && frame.Place.Population >= BigCity && frame.PlaceMentions.Any(m => OwnName(m))) continue;
            if (sameCountry && !frame.PlaceMentions.Any(m => PlaceAgreement.NamedAsNeighbourhood(doc, m))
                && frame.PlaceMentions.Any(m => m.Place.GeonameId == frame.Place.GeonameId && PlaceAgreement.WrittenAsPlace(doc, m, placeNouns, settlementNouns))) continue;
            // a town of the home's country the text puts the attack near, by its own name ("abducted in a forest near X",
            // "a village 20 km north of X"): a reference point is written as a place, however far from home
            if (sameCountry && !neighbourhood && !stranger && frame.Place.Kind == PlaceKind.City
                && frame.PlaceMentions.Any(m => m.Vicinity && m.Place.GeonameId == frame.Place.GeonameId && OwnName(m))) continue;
            // a city of another country, called by its own name in an article that speaks of that country elsewhere, may
            // well be a second attack ("twin bombings in Yemen's Aden"); one reached through an alias ("Turk" street),
            // or alone of its country (a district of a big city named like a foreign town), is a misreading
            if (!sameCountry && frame.Place.Population >= 50_000 && frame.PlaceMentions.Any(m => OwnName(m))
                && doc.Places.Any(m => m.Place.CountryCode == frame.Place.CountryCode && m.Place.GeonameId != frame.Place.GeonameId)) continue;
            // a town the text places in its province, filed from another country ("Khan Sheikhun in Syria's Idlib
            // province" under a Beirut dateline): where the text says
            if (!sameCountry && frame.Place.Kind == PlaceKind.City && frame.Place.Admin1Code is not null
                && doc.Places.Any(m => m.Place.Kind == PlaceKind.Admin1 && m.Place.CountryCode == frame.Place.CountryCode && m.Place.Admin1Code == frame.Place.Admin1Code)) continue;
            if (Trace) Console.Error.WriteLine($"  moved home: {frame.Place.Name} to {home.Place.Name}{(statedHome is null ? " (most named)" : "")}");
            frame.Place = home.Place;
            frame.PlaceMentions.Insert(0, home);
        }
        return frames;
    }

    /// <summary>
    /// The text names the place as the reference point of a distance, anywhere in it ("a village some 35 km east of X",
    /// "40 miles from X"): one measures the way to other places from a town, not from a neighbourhood of a distant city.
    /// </summary>
    private bool MeasuredFrom(AnnotatedDocument doc, Place place) =>
        doc.Places.Any(m => m.Place.GeonameId == place.GeonameId && !m.IsDemonym && DistanceReference(doc, doc.SentenceAt(m.Start), m));

    /// <summary>
    /// The frame's place is named in a sentence whose dateline is a country (a paragraph opened by "COUNTRY - ", as the
    /// items of a round-up of news from abroad are), the country the place lies in.
    /// </summary>
    private static bool UnderCountryDateline(List<SentenceFacts> facts, Frame frame) =>
        frame.PlaceMentions.Any(m => m.Place.GeonameId == frame.Place.GeonameId
                                     && facts.Any(f => f.Sentence.Start <= m.Start && m.Start < f.Sentence.End
                                                       && f.Dateline is { Place.Kind: PlaceKind.Country } d && d.Place.CountryCode == frame.Place.CountryCode));

    /// <summary>
    /// The places the article names in its sentences as where the wounded were cared for (<see cref="SentenceFacts.CarePlaces"/>)
    /// and never as a scene of its news (an event place of a sentence that is no background) but in words of care
    /// (<see cref="SentenceFacts.CareWorded"/>: "died at the X hospital" early, "transferred to X" later).
    /// </summary>
    private static HashSet<int> CaredOnly(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var cared = facts.SelectMany(f => f.CarePlaces).Select(p => p.Place.GeonameId).ToHashSet();
        cared.ExceptWith(facts.Where(f => !f.IsBackground).SelectMany(f => f.EventPlaces.Except(f.CareWorded)).Select(p => p.Place.GeonameId));
        return cared;
    }

    /// <summary>
    /// A sentence of the news (no background) that tells an attack or counts a victim names the place: a home taken only
    /// from how often a place is named is one where something happened, not only where the author works or what a column
    /// compares ("a psychiatrist at a hospital in X", "one doctor per ten thousand people outside X"); a small town of the
    /// same country where the attack is told is then no neighbourhood of it.
    /// </summary>
    private static bool NamedWhereAttackIsTold(List<SentenceFacts> facts, Place place) =>
        facts.Any(f => !f.IsBackground && (f.Events.Count > 0 || f.Casualties.Count > 0)
                       && f.EventPlaces.Concat(f.OtherPlaces).Any(p => p.Place.GeonameId == place.GeonameId));

    /// <summary>
    /// The capital is named as its state, the subject of what the state says or will do: a speech verb or a modal verb
    /// (function_words.tsv kinds speech_verb, modal_verb) right after the name, lower-case, no comma between ("what the
    /// capital will not ask about the highlands", "the capital says order is restored"). The government speaks from
    /// there; the article's attack is no nearer to it for that.
    /// </summary>
    private bool CapitalAsState(AnnotatedDocument doc, PlaceMention p)
    {
        if (p.Place.FeatureCode is not ("PPLC" or "PPLG")) return false;
        var next = doc.WordAt(p.End);
        if (next >= doc.Words.Count || doc.Words[next].Start - p.End != 1 || !char.IsLower(doc.Text[doc.Words[next].Start])) return false;
        return _speechVerbs.Contains(doc.Words[next].Key) || _modalVerbs.Contains(doc.Words[next].Key);
    }

    /// <summary>
    /// The frame's town lies in a province of the home's country other than the home's, and a sentence of the frame names
    /// that province ("an outpost in the Savanes region ... near Dapaong", filed from the capital): the town is where the
    /// text says, no namesake neighbourhood of the home city.
    /// </summary>
    private static bool InOwnProvince(Frame frame, Place home) =>
        frame.Place.Kind == PlaceKind.City && frame.Place.Admin1Code is { } province && province != home.Admin1Code
        && frame.Sentences.SelectMany(s => s.EventPlaces.Concat(s.OtherPlaces))
            .Any(m => m.Place.Kind == PlaceKind.Admin1 && m.Place.CountryCode == frame.Place.CountryCode && m.Place.Admin1Code == province);

    /// <summary>
    /// The text names the town both by its own name and by another of its names (an old name, another spelling), outside
    /// captions: two different spellings read as one town tell that the text speaks of that town.
    /// </summary>
    private static bool CalledByTwoNames(AnnotatedDocument doc, Place place)
    {
        var spellings = doc.Places.Where(m => m.Place.GeonameId == place.GeonameId && !m.IsDemonym)
            .Select(m => Gazetteer.NameFolding.Fold(m.Surface)).Distinct().ToList();
        return spellings.Count >= 2 && spellings.Contains(Gazetteer.NameFolding.Fold(place.Name));
    }
    /// <summary>The headline writes the attack as in the province <paramref name="division"/> or in one of its towns.</summary>
    private static bool TitleScenesIn(SentenceFacts? title, Place division) =>
        title is not null && title.EventPlaces.Any(p => !p.IsDemonym && p.Place.Kind != PlaceKind.Country
                                                        && p.Place.CountryCode == division.CountryCode && p.Place.Admin1Code == division.Admin1Code);

    /// <summary>The mention spells the place's own name ("Aden"), not one of its other names.</summary>
    private static bool OwnName(PlaceMention m)
    {
        var surface = Gazetteer.NameFolding.Fold(m.Surface);
        if (string.Equals(surface, Gazetteer.NameFolding.Fold(m.Place.Name), StringComparison.Ordinal)) return true;
        // a name the gazetteer qualifies in brackets ("X (Centre)", the town told from its commune) is its own without them
        var bracket = m.Place.Name.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 && m.Place.Name.EndsWith(')')
               && string.Equals(surface, Gazetteer.NameFolding.Fold(m.Place.Name[..bracket]), StringComparison.Ordinal);
    }

    /// <summary>
    /// The places a sentence puts its attack at: a place named only as a reference point ("In Kut, 160 km southeast of
    /// the capital", "in Douma, near Damascus") is not one when another place is named outright.
    /// </summary>
    private static IReadOnlyList<PlaceMention> Scenes(SentenceFacts f) =>
        f.EventPlaces.Any(p => p.Vicinity) && f.EventPlaces.Any(p => !p.Vicinity) ? f.EventPlaces.Where(p => !p.Vicinity).ToList() : f.EventPlaces;

    /// <summary>In an article about one attack, places close to each other are the same attack (the hospital's town, the suburb).</summary>
    private List<Frame> MergeNearby(AnnotatedDocument doc, List<Frame> frames, List<Frame>? wave)
    {
        if (frames.Count < 2) return frames;
        var result = new List<Frame>();
        bool Apart(Frame a, Frame b) => (wave is not null && (wave.Contains(a) || wave.Contains(b))) || ToldApart(doc, a) || ToldApart(doc, b) || DatedApart(doc, a, b) || KindsApart(a, b);
        // a province's frame joins the frame of a town in it: "a store in Ohio" is the one in the Ohio town the article names
        // so does a frame without victims at a province's seat named like the province ("in X" beside "Y district of X"):
        // the name speaks of the province
        bool Province(Frame f) => f.Place.Kind == PlaceKind.Admin1
                                  || (f.Place.Kind == PlaceKind.City && f.Casualties.Count == 0 && f.Place.FeatureCode.StartsWith("PPLA", StringComparison.Ordinal)
                                      && f.Place.Admin1Name is { } a && string.Equals(Gazetteer.NameFolding.Fold(a), Gazetteer.NameFolding.Fold(f.Place.Name), StringComparison.Ordinal)
                                      && frames.Any(o => o != f && o.Place.Kind == PlaceKind.City && o.Place.GeonameId != f.Place.GeonameId && o.Place.CountryCode == f.Place.CountryCode && o.Place.Admin1Code == f.Place.Admin1Code));
        var ordered = frames.OrderBy(f => Province(f) ? 1 : 0).ToList();
        foreach (var frame in ordered)
        {
            var home = result.FirstOrDefault(r => !Apart(r, frame) && r.Place.CountryCode == frame.Place.CountryCode
                                                  && (r.Place.KilometresTo(frame.Place) < 30
                                                      || (Province(frame) && r.Place.Kind == PlaceKind.City && r.Place.Admin1Code == frame.Place.Admin1Code)));
            if (home is null) { result.Add(frame); continue; }
            if (Trace) Console.Error.WriteLine($"  merged nearby: {frame.Place.Name} into {home.Place.Name}");
            home.Sentences.AddRange(frame.Sentences);
            home.Casualties.AddRange(frame.Casualties);
            home.Date ??= frame.Date;
        }
        return result;
    }

    /// <summary>
    /// Two frames that each tell an attack at their own place, in sentences of the news that name no other place as a
    /// scene, of kinds the other never tells there (a grenade thrown at a bus stand in X, a farm hand shot in an orchard
    /// near Y), and that each count victims of their own: two attacks, however near the towns.
    /// </summary>
    private static bool KindsApart(Frame a, Frame b) =>
        OwnKinds(a) is { Count: > 0 } ka && OwnKinds(b) is { Count: > 0 } kb && !ka.Overlaps(kb)
        && a.Casualties.Any(c => c.Mention.Value > 0) && b.Casualties.Any(c => c.Mention.Value > 0);

    /// <summary>The kinds of attack (not "other") the frame's news tells in strong words at its own place alone (<see cref="KindsApart"/>).</summary>
    private static HashSet<string> OwnKinds(Frame f) =>
        f.Sentences.Where(s => !s.IsTitle && !s.IsBackground && !s.IsCaption && s.EventPlaces.Count > 0 && s.EventPlaces.All(p => f.Holds(p.Place)))
            .SelectMany(s => s.Events.Select(e => e.As<EventCue>()).Where(c => !c.Weak && !c.Vehicle && c.EventType != "other"))
            .Select(c => c.EventType).ToHashSet(StringComparer.Ordinal);

    /// <summary>How many times the people of a town a city must hold for the town, named as the attack's scene, to lie within the city.</summary>
    private const int WiderCityFactor = 3;

    /// <summary>
    /// A frame placed at a wider place than the scene its own sentences name takes the narrower town: a city that holds
    /// (<see cref="Frame.Holds"/>) a town of a third of its people or fewer ("two devices exploded in the city" ... "the
    /// second blew up outside an arcade in X", a district of it), or a town the text first writes as the province named
    /// after it ("in the province of X", "X province"), of a smaller town of that province within
    /// <see cref="Frame.AreaKilometres"/> ("a hamlet north of Y"). Only one such town, named as a scene by a sentence of
    /// the news that tells an attack (not where a road leads or where the wounded were taken, nor a town the text writes as a
    /// part of the wider one: "the X parish of Y"), and held by no other kept frame.
    /// </summary>
    private void NarrowToScene(AnnotatedDocument doc, List<Frame> kept)
    {
        foreach (var frame in kept)
        {
            if (frame.Place.Kind != PlaceKind.City) continue;
            var wide = frame.Place;
            var asDivision = frame.PlaceMentions.FirstOrDefault(m => m.Place.GeonameId == wide.GeonameId) is { } first && WrittenAsDivision(doc, first);
            var towns = frame.Sentences.Where(s => !s.IsBackground && !s.IsCaption && s.Events.Any(e => !e.As<EventCue>().Vehicle))
                .SelectMany(s => Scenes(s).Except(s.RoadEnds).Except(s.CarePlaces))
                .Where(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City && p.Place.GeonameId != wide.GeonameId && p.Place.CountryCode == wide.CountryCode
                            && !PlaceAgreement.WrittenAsPartOf(doc, p, wide)
                            && p.Place.Population < wide.Population
                            && ((frame.Holds(p.Place) && p.Place.Population * WiderCityFactor <= wide.Population)
                                || (asDivision && p.Place.Admin1Code == wide.Admin1Code && p.Place.KilometresTo(wide) < Frame.AreaKilometres)))
                .ToList();
            if (towns.Select(p => p.Place.GeonameId).Distinct().Count() != 1) continue;
            var town = towns[0];
            if (kept.Any(o => o != frame && o.Holds(town.Place))) continue;
            if (Trace) Console.Error.WriteLine($"  frame {wide.Name} narrowed to {town.Place.Name}");
            frame.Place = town.Place;
            if (!frame.PlaceMentions.Contains(town)) frame.PlaceMentions.Add(town);
        }
    }

    /// <summary>
    /// The frame is only a summary's place: every sentence of the news that tells an attack at its place is one that counts
    /// the attacks as a series (a wave cue: "two attacks", "the blasts") and names no other frame's place ("we start in
    /// the country, after two attacks overnight"), no victim is counted there, and at least two other kept frames of
    /// its country count victims or tell attacks at their own places in sentences of their own: the summary counts
    /// those attacks, told item by item further on; it opens no row of its own.
    /// </summary>
    private static bool SummaryOfOthers(AnnotatedDocument doc, Frame frame, List<Frame> kept)
    {
        if (frame.Casualties.Any(c => c.Mention.Value > 0)) return false;
        bool Tells(SentenceFacts s, Frame at) => !s.IsBackground && !s.IsTitle && s.Events.Any(e => !e.As<EventCue>().Vehicle) && s.EventPlaces.Any(p => at.Holds(p.Place));
        var telling = frame.Sentences.Where(s => Tells(s, frame)).ToList();
        if (telling.Count == 0 || !telling.All(s => s.HasWaveCue && s.EventPlaces.All(p => frame.Holds(p.Place)))) return false;
        return kept.Count(o => o != frame && o.Place.CountryCode == frame.Place.CountryCode && !o.Holds(frame.Place)
                               && (o.Casualties.Any(c => c.Mention.Value > 0) || o.Sentences.Any(s => Tells(s, o) && !s.HasWaveCue))) >= 2;
    }

    /// <summary>The mention is written as a division named after its town: "the province of X", "X province" (function_words.tsv kind division_noun).</summary>
    private bool WrittenAsDivision(AnnotatedDocument doc, PlaceMention m)
    {
        var w = doc.WordAt(m.Start) - 1;
        if (w >= 1 && doc.Words[w].Key == "of" && _divisionNouns.Contains(doc.Words[w - 1].Key)) return true;
        var after = doc.WordAt(m.End);
        return after < doc.Words.Count && doc.Words[after].Start - m.End == 1 && _divisionNouns.Contains(doc.Words[after].Key);
    }

    /// <summary>
    /// Two frames that their own sentences date to days more than <see cref="Linking.ReportMatcher.MaxDayGap"/> apart are
    /// two attacks, however near their places: "rebels bombed a bank in X tonight" and, further on, "on 23 October, rebels
    /// set fire to buses across Y", a town next to X.
    /// </summary>
    private static bool DatedApart(AnnotatedDocument doc, Frame a, Frame b) =>
        OwnDay(doc, a) is { } da && OwnDay(doc, b) is { } db && Math.Abs(da.DayNumber - db.DayNumber) > Linking.ReportMatcher.MaxDayGap;

    /// <summary>The frame's day as one of its own sentences writes it (not its dateline's), or null.</summary>
    private static DateOnly? OwnDay(AnnotatedDocument doc, Frame frame) =>
        frame.Date is { Precision: "day" } d
        && frame.Sentences.Any(s => !s.IsTitle && s.Sentence.Start <= d.Start && d.End <= s.Sentence.End && !InDateline(doc, s, d)) ? d.Date : null;

    /// <summary>
    /// The frame's place is named first in a sentence that marks another attack ("Separately, two people were killed in
    /// X, 30 km from the capital"), or the frame has a sentence that tells an attack at its place alone after such words,
    /// though a headline named the place before ("Meanwhile, a trader shot dead in X on Monday was buried"): it stays
    /// apart from a nearby frame.
    /// </summary>
    private static bool ToldApart(AnnotatedDocument doc, Frame frame)
    {
        if (frame.ToldSeparately || frame.Sectioned) return true;
        var first = frame.PlaceMentions.MinBy(p => p.Start);
        if (first is null) return false;
        if (SeparateCues(doc, new TextSpan(doc.SentenceAt(first.Start).Start, first.Start)).Any()) return true;
        return frame.Sentences.Any(s => !s.IsBackground && s.HasStrongEvent && s.EventPlaces.Count > 0 && s.EventPlaces.All(p => frame.Holds(p.Place))
                                        && SeparateCues(doc, new TextSpan(s.Sentence.Start, s.EventPlaces[0].Start)).Any());
    }

    /// <summary>
    /// The frame is another attack the article marks as such: opened by a sentence on another attack, or its place named
    /// after words that mark another attack or place ("In a separate incident on the same day, ... in X", "Meanwhile, in X").
    /// Callers leave out the article's first frame: "Meanwhile, police in X said the toll rose" goes on with X's attack.
    /// </summary>
    private static bool MarkedApart(AnnotatedDocument doc, Frame frame) =>
        frame.ToldSeparately || frame.PlaceMentions.Any(m => SeparateCues(doc, new TextSpan(doc.SentenceAt(m.Start).Start, m.Start)).Any());

    /// <summary>The words of a span that mark another attack or another place than the one told before (waves.tsv kinds separate, elsewhere and sameday).</summary>
    private static IEnumerable<Cue> SeparateCues(AnnotatedDocument doc, TextSpan span) =>
        doc.CuesIn(span, CueKind.Wave).Where(w => w.As<string>() is "separate" or "elsewhere" or "sameday");

    /// <summary>The sentence is a question: its last mark, before closing quotes or brackets, is a question mark.</summary>
    private static bool Asks(AnnotatedDocument doc, Sentence s) =>
        doc.Text.AsSpan(s.Start, s.End - s.Start).TrimEnd().TrimEnd("\"'\u201d\u2019)]").TrimEnd().EndsWith("?");

    /// <summary>The sentence opens on words that mark another attack (waves.tsv kind separate): "Separately, ...", "In another attack, ...".</summary>
    private static bool OpensSeparately(AnnotatedDocument doc, Sentence s) =>
        doc.CuesIn(s.Span, CueKind.Wave).Any(c => c.As<string>() == "separate" && c.FirstWord == doc.WordAt(s.Start));

    /// <summary>A word of the span is one of <paramref name="set"/>.</summary>
    private static bool HasWordOf(AnnotatedDocument doc, TextSpan span, IReadOnlySet<string> set)
    {
        for (var w = doc.WordAt(span.Start); w < doc.Words.Count && doc.Words[w].Start < span.End; w++)
            if (set.Contains(doc.Words[w].Key)) return true;
        return false;
    }
}
