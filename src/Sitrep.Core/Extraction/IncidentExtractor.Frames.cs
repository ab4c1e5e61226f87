using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;
using Sitrep.Linking;

namespace Sitrep.Extraction;

// IncidentExtractor, part: frames (see IncidentExtractor.cs for the whole pipeline).
public sealed partial class IncidentExtractor
{
    /// <summary>
    /// A sentence of the news (not background) tells an arson: a strong attack word whose only weapon is fire ("set the
    /// office on fire", "firebombed", "bottles of petrol were thrown"). The accident filters have already cleared the fire
    /// words of an article that names an accident's cause (a kitchen, an electrical fault), so none is left there.
    /// </summary>
    private static bool TellsArson(List<SentenceFacts> facts) =>
        facts.Any(f => !f.IsBackground && f.Events.Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false, EventType: "other" } c
                                                             && c.Weapons.Count > 0 && c.Weapons.All(w => w == "fire")));

    /// <summary>
    /// In an article that tells an arson (<see cref="TellsArson"/>), a sentence that tells a fire in the words of a mishap
    /// (background.tsv kind mishap holding a word of function_words.tsv kind fire_noun: "the fire broke out at about 2 a.m.
    /// on Sunday", "the shop caught fire") tells the attack's fire: its day is the attack's, as a sentence with an attack
    /// word's would be. It opens no frame of its own and tells no attack where no arson is told.
    /// </summary>
    private bool TellsArsonsFire(AnnotatedDocument doc, SentenceFacts f) =>
        !f.IsBackground && !f.IsCaption
        && doc.CuesIn(f.Sentence.Span, CueKind.Background).Any(b => b.As<string>() == "mishap"
            && Enumerable.Range(b.FirstWord, b.LastWord - b.FirstWord + 1).Any(w => _fireNouns.Contains(doc.Words[w].Key)));

    private static bool ReportsAttack(SentenceFacts f) => f.HasStrongEvent || f.Casualties.Any(c => c.Value is not null) || f.CountsDeadAndHurt;

    /// <param name="recorded">The sentence that tells the only attack of a record written weeks after it (<see cref="RecordedAttack"/>).</param>
    private List<Frame> BuildFrames(AnnotatedDocument doc, List<SentenceFacts> facts, bool followUp = false, SentenceFacts? recorded = null)
    {
        var published = doc.Published is not null;
        var frames = new List<Frame>();
        var waveLead = facts.Any(f => (f.HasWaveCue || f.TellsMembersInTurn) && !f.IsBackground && InWaveOpening(doc, facts, f));
        var placingNext = PlacesAttackToldNext(doc, facts);
        var placingTold = facts.Where(f => PlacesToldAttack(doc, f, facts)).Select(f => f.Sentence.Index).ToHashSet();
        placingNext.UnionWith(PlaceLinesOfAttacks(doc, facts));
        placingNext.UnionWith(DatedScenesOfAttacks(doc, facts));
        // "a second church, in Y, was set alight" after "the alarm was raised at the church in X": the first site of a kind struck
        placingNext.UnionWith(RepeatedSiteAttacks(doc, facts).SelectMany(r => new[] { r.First.Sentence.Index, r.Later.Sentence.Index }));
        // an interview's recall of its headline's attack, the next sentence counting its victims
        placingNext.UnionWith(Enumerable.Range(0, facts.Count).Where(i => !facts[i].IsBackground && RecallsHeadlineAttack(facts, i)).Select(i => facts[i].Sentence.Index));
        var openers = facts.Where(f => !f.IsBackground && !f.IsTitle && (ReportsAttack(f) || (waveLead && TellsWaveMember(f)) || placingNext.Contains(f.Sentence.Index) || placingTold.Contains(f.Sentence.Index))).ToList();
        var steps = openers.Where(f => TellsStepOnly(doc, f)).ToList();
        foreach (var f in openers.Except(steps)) OpenFrames(f);
        // an arrest or a hearing over an attack (TellsStepOnly) places that attack only when no other sentence places one
        if (frames.Count == 0) foreach (var f in steps) OpenFrames(f);
        void OpenFrames(SentenceFacts f)
        {
            var inSentence = new List<Frame>();
            foreach (var p in f.EventPlaces)
            {
                // "the bus was travelling from Y to X": where a journey leads is a scene only when nothing before placed the attack
                if (f.RoadEnds.Contains(p) && frames.Count > 0 && frames.All(fr => !fr.Holds(p.Place))) continue;
                // "the airport road west of the capital, Kabul": a place and its landmark are one attack
                // but two towns listed as the scenes of what the sentence tells ("gunmen attacked buses in the
                // municipalities of X and Y, killing four") are two attacks
                var listed = ReportsAttack(f) && inSentence.Any(fr => ListedTowns(doc, fr, p));
                var near = listed ? null : inSentence.FirstOrDefault(fr => fr.Place.CountryCode == p.Place.CountryCode && fr.Place.KilometresTo(p.Place) < ReportMatcherDistance);
                if (near is not null && !near.Holds(p.Place)) { near.PlaceMentions.Add(p); continue; }
                inSentence.Add(listed ? FrameAt(frames, p) : FrameFor(frames, p));
            }
        }
        AddSectionFrames(doc, facts, frames);
        // a lead told under its dateline with no place of its own ("SARAQIB - Three soldiers were killed ... in this town")
        // is an attack there, not at the place of another attack the article tells further on; unless the lead names
        // that other attack's town in passing ("CONCEPCIÓN - The head of X's security office was shot dead")
        if (frames.Count > 0 && facts.FirstOrDefault(f => !f.IsBackground && !f.IsTitle && ReportsAttack(f) && f.EventPlaces.Count == 0
                                                       && f.Dateline is { } d && OpeningNames(facts, new Frame(d))) is { Dateline: { } lead } leadSentence
            && !leadSentence.OtherPlaces.Any(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City && frames.Any(fr => fr.Holds(p.Place)))
            // "BRAZZAVILLE - Gunmen stopped a bus ... The attack took place near X": the next sentence places the lead's attack
            && !(NextTold(facts, leadSentence) is { } next && placingTold.Contains(next.Sentence.Index))
            && !frames.Any(fr => fr.Holds(lead.Place)))
            frames.Insert(0, new Frame(lead));
        if (frames.Count == 0)
        {
            // No place is written as the attack's: when the article reports one, fall back on the title's places, then
            // the dateline, then a city named in a sentence about the attack, then one named in the opening
            if (!facts.Any(f => !f.IsBackground && ReportsAttack(f))) return frames;
            static bool City(PlaceMention p) => !p.IsDemonym && p.Place.Kind != PlaceKind.Country;
            var title = facts.FirstOrDefault(f => f.IsTitle);
            // (not a town the title names only as an official's seat: "Governor of X: 'we held the post'")
            var titled = title?.EventPlaces.Concat(title.OtherPlaces.Where(City)).Where(p => !OfficialsSeat(doc, p)).ToList() ?? [];
            var candidates = HomeCountryFirst(facts, titled.Where(p => p.Place.Kind == PlaceKind.City).ToList());
            var dateline = facts.Select(f => f.Dateline).FirstOrDefault(d => d is not null && d.Place.Kind != PlaceKind.Country);
            // a town the opening writes as where something violent happened ("soldiers were attacked in X") rather than
            // the dateline, which names where the report was filed, when the text never names the dateline's city again
            if (candidates.Count == 0 && dateline is not null)
            {
                var opening = facts.Where(f => !f.IsBackground && !f.IsTitle && f.Sentence.Index <= OpeningSentences && f.Events.Any(e => !e.As<EventCue>().Vehicle)).ToList();
                if (!facts.Any(f => f.EventPlaces.Concat(f.OtherPlaces).Any(p => p.Place.GeonameId == dateline.Place.GeonameId)))
                    candidates.AddRange(opening.SelectMany(f => f.EventPlaces)
                        // or a town of the dateline's country that an opening sentence about violence names at all
                        // ("X continues to live through a wave of terror"), but not one it names only as an aside (where a
                        // road leads, where someone came from)
                        .Concat(opening.SelectMany(f => f.OtherPlaces.Except(f.Asides)).Where(p => p.Place.CountryCode == dateline.Place.CountryCode && !p.IsDemonym && !PlaceAgreement.NamesCounty(doc, p)))
                        .Where(p => p.Place.Kind == PlaceKind.City).Take(1));
            }
            // "the hamlets were about 8 km from X": a town an opening sentence locates the scene by, rather than the
            // dateline, where the report was filed (often the region's capital, named again as where the wounded went)
            if (candidates.Count == 0 && dateline is not null)
                candidates.AddRange(facts.Where(f => !f.IsBackground && !f.IsTitle && f.Sentence.Index <= OpeningSentences + 2)
                    .SelectMany(f => f.EventPlaces.Where(p => p.Place.Kind == PlaceKind.City && p.Place.CountryCode == dateline.Place.CountryCode
                                                              && DistanceReference(doc, f.Sentence, p)))
                    .Take(1));
            // "PORT MORESBY - Armed men attacked several hamlets in the country's Enga province": a region the headline
            // or a sentence about the attack writes as the scene, and the dateline's city lies outside it: the region
            if (candidates.Count == 0 && dateline is not null && RegionOfAttack(facts, title, dateline) is { } region) candidates.Add(region);
            if (candidates.Count == 0)
            {
                if (dateline is not null) candidates.Add(dateline);
                candidates.AddRange(titled); // a province the title names ("a Michigan man") after the dateline's city
                // (never a town named only as where the wounded were taken; a town the scene is located by may do: "the hamlet
                // lies 9 km north of X", and so may a town someone is "a native in", often the scene of a local story)
                if (candidates.Count == 0) candidates.AddRange(facts.Where(f => !f.IsBackground && ReportsAttack(f)).SelectMany(f => f.OtherPlaces.Except(f.CarePlaces)).Where(City)
                    .Where(p => !EndsForeignName(doc, p))
                    .Concat(facts.Where(f => !f.IsBackground && f.Sentence.Index <= OpeningSentences && OpensOnAttack(facts, title))
                        .SelectMany(f => f.EventPlaces.Concat(f.OtherPlaces).Except(f.CarePlaces)).Where(City))
                    .Take(1));
                // a record's only attack ("... the council's depot was set on fire. Nobody was hurt: the fire service from the
                // X fire station had the blaze under control"): a town its paragraph names as it goes on telling it
                if (candidates.Count == 0 && recorded is not null) candidates.AddRange(ParagraphTowns(facts, recorded).Where(City).Take(1));
                // a form, a log or a claim whose field places what it records ("Location: Ahmadu Bello Way, X", "Place of
                // loss: the road out of X", "Scene: a bar in X"), its attack told in the fields below: the field's town
                if (candidates.Count == 0) candidates.AddRange(facts.Where(f => !f.IsTitle && !f.IsCaption && !f.IsBackground && PlaceField(doc, f))
                    .SelectMany(f => f.EventPlaces.Concat(f.OtherPlaces).Except(f.CarePlaces)).Where(City).Take(1));
                // a column, a newsletter or a memoir that tells its attack as "here", "our compound", "the station": the town
                // its writer's line, a caption of its days or its page's own name above the headline gives as its home
                if (candidates.Count == 0 && StoryHomeTown(doc, facts) is { } home) candidates.Add(home);
            }
            // "The village X is located about 9 km north of Y town": with no dateline, a town a sentence of the news measures
            // the scene from is a finer place than the country, and it lies near the scene (a village the gazetteer lacks)
            if (candidates.Count == 0 && published && dateline is null)
                candidates.AddRange(facts.Where(f => !f.IsBackground && !f.IsTitle && !f.IsCaption)
                    .SelectMany(f => f.EventPlaces.Where(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City && DistanceReference(doc, f.Sentence, p)))
                    .Take(1));
            // "two suicide bombers killed ten people outside a mosque in Cameroon": at last, the country it happened in;
            // only in a dated article, as a record with neither a day nor a place finer than a country is no use
            if (candidates.Count == 0 && published)
                // (in a brief, a plainly told attack needs no victims: "suicide bombers blew themselves up at a market in Chad")
                candidates.AddRange(facts.Where(f => !f.IsBackground && ReportsAttack(f) && (f.Casualties.Any(c => c.Value > 0) || (!followUp && IsBrief(doc) && ToldPlainly(doc, f))))
                    .SelectMany(f => f.LocativeCountries).Take(1));
            // "six Malian soldiers were killed when militants ambushed a patrol": with no place named, the victims'
            // nationality gives the coarsest honest place, their country
            if (candidates.Count == 0 && published)
                candidates.AddRange(facts.Where(f => !f.IsBackground && ReportsAttack(f) && (f.Casualties.Any(c => c.Value > 0) || (!followUp && IsBrief(doc) && ToldPlainly(doc, f))))
                    .SelectMany(f => VictimsNationality(doc, f)).Take(1));
            // "I have worked at the health centre of X for years. ... Four men forced the door of the centre. They shot the
            // guard": an account (a column, a memoir) whose attack sentences name no town places its attack by the facility it
            // named just before, with its town (see FacilityTownBeforeAttack)
            DateMention? preludeDay = null;
            if (candidates.Count == 0 && !followUp && FacilityTownBeforeAttack(doc, facts) is ({ } facility, var day))
            {
                candidates.Add(facility);
                preludeDay = day;
            }
            // a trial or an arrest that names the attack's town only further on ("the shootings at the plant in X"):
            // the first town the article places anything at
            if (candidates.Count == 0 && followUp)
                candidates.AddRange(facts.SelectMany(f => f.EventPlaces).Where(City).Take(1));
            // a talk page, an obituary or a chat log that tells its attack in sentences naming no town: the town its news names
            // most; only where a sentence of the news counts victims (not a match report's "blasts an ace" in a named city)
            if (candidates.Count == 0 && !followUp && facts.Any(f => !f.IsBackground && f.Casualties.Any(c => c.Value > 0))
                && MostNamedTown(doc, facts) is { } most) candidates.Add(most);
            if (candidates.Count > 0 && AttackCountryElsewhere(doc, facts, candidates[0]) is { } elsewhere) candidates.Insert(0, elsewhere);
            if (Trace) Console.Error.WriteLine($"  fallback candidates: {string.Join(",", candidates.Select(c => c.Place.Name + "/" + c.Place.Kind))}");
            foreach (var p in candidates.Take(1))
            {
                var frame = FrameFor(frames, p);
                frame.FromTitleOnly = true;
                // "On Saturday night I was at home when my phone rang": the account's own day, until the attack's sentences give one
                frame.Date ??= preludeDay;
            }
        }
        return frames;
    }

    /// <summary>
    /// The place ends a capitalised name written in another language, after a lower-case connector and a capitalised word
    /// (not the sentence's first) ("the studio of Radio Voz del X", "the Colegio San José de X"): the name of a station, a school or a firm,
    /// named after the place, not the place where anything happened.
    /// </summary>
    private bool EndsForeignName(AnnotatedDocument doc, PlaceMention p)
    {
        // (in a text written all in capitals, a capital says nothing)
        var at = doc.WordAt(p.Start);
        if (doc.AllCaps || at < 2 || !_romanceConnectors.Contains(doc.Words[at - 1].Key) || !char.IsLower(doc.Text[doc.Words[at - 1].Start])) return false;
        var before = doc.Words[at - 2];
        return before.End > before.Start && char.IsUpper(doc.Text[before.Start]) && doc.Sentences[doc.SentenceAt(p.Start).Index] is var s && before.Start > s.Start;
    }

    /// <summary>
    /// The towns that the sentences of the paragraph of <paramref name="told"/> name (captions and background aside; not
    /// where the wounded were taken nor an aside): the place of an attack a record tells in a sentence that names none.
    /// </summary>
    private static IEnumerable<PlaceMention> ParagraphTowns(List<SentenceFacts> facts, SentenceFacts told) =>
        facts.Where(f => !f.IsBackground && !f.IsTitle && !f.IsCaption && f.Sentence.Paragraph == told.Sentence.Paragraph)
            .SelectMany(f => f.EventPlaces.Concat(f.OtherPlaces).Except(f.CarePlaces).Except(f.Asides));

    /// <summary>How many sentences before the first that reports the attack may name the facility it befell.</summary>
    private const int FacilityReach = 6;
    /// <summary>The most characters between a facility's noun and its town: "the clinic of X", "the school in X".</summary>
    private const int FacilityTownGap = 4;

    /// <summary>
    /// The town of a facility (a target word right before it: "the health centre of X", "the school in X") that a sentence
    /// names at most <see cref="FacilityReach"/> sentences before the first one that reports the attack, with no other town
    /// named between, when a sentence from there to that first report speaks of the facility again by its noun ("the door
    /// of the centre"): the attack befell that facility. With it, the first day (up to publication) a sentence from the
    /// facility's to that first report writes, none of them background: the day the account tells ("On Saturday night I
    /// was at home when my phone rang"). Null otherwise.
    /// </summary>
    private static (PlaceMention Town, DateMention? Day)? FacilityTownBeforeAttack(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var first = facts.FindIndex(f => !f.IsBackground && !f.IsTitle && ReportsAttack(f));
        if (first < 0) return null;
        for (var i = first - 1; i >= 0 && facts[first].Sentence.Index - facts[i].Sentence.Index <= FacilityReach; i--)
        {
            var f = facts[i];
            if (f.IsTitle) break;
            // the town may be read as the sentence's own place ("at the pharmacy in X") or as another ("the school of X")
            foreach (var p in f.EventPlaces.Concat(f.OtherPlaces).Where(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City))
            {
                if (f.Targets.FirstOrDefault(t => t.End <= p.Start && p.Start - t.End <= FacilityTownGap) is not { } facility) continue;
                var noun = doc.Words[facility.LastWord].Key;
                for (var k = i + 1; k <= first; k++)
                    if (SaysWord(doc, facts[k].Sentence.Span, noun)) return (p, PreludeDay(doc, facts.GetRange(i, first - i + 1)));
            }
            if (f.EventPlaces.Count > 0 || f.OtherPlaces.Any(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City)) return null;
        }
        return null;
    }

    private static DateMention? PreludeDay(AnnotatedDocument doc, List<SentenceFacts> prelude)
    {
        if (prelude.Any(f => f.IsBackground)) return null;
        return prelude.SelectMany(f => f.Dates)
            .FirstOrDefault(d => d.Precision == "day" && !d.Since && !(doc.Published is { } published && d.Date > published));
    }

    private static bool SaysWord(AnnotatedDocument doc, TextSpan span, string key)
    {
        for (var w = doc.WordAt(span.Start); w < doc.Words.Count && doc.Words[w].Start < span.End; w++)
            if (doc.Words[w].Key == key) return true;
        return false;
    }

    /// <summary>
    /// The sentence tells a step after an attack and nothing of the attack itself: a follow-up (a step and the crime,
    /// follow_ups.tsv: "In Riverton, police arrested a man over Monday's shooting") that counts no victim of its own.
    /// Where the article tells an attack in other sentences, the places of such a sentence are where the step was taken
    /// (an arrest, a court), no scene of an attack; in an article of nothing else it still opens the attack it follows up.
    /// </summary>
    private bool TellsStepOnly(AnnotatedDocument doc, SentenceFacts f) =>
        !f.Casualties.Any(c => c.Value > 0) && !f.CountsDeadAndHurt && _followUps.IsFollowUp(doc, f);

    /// <summary>
    /// The sentence places an attack already told, by a weak attack word (no vehicle) that a told determiner opens it with
    /// (function_words.tsv kind told_determiner, at most <see cref="ToldOpeningReach"/> words between) and a placing verb
    /// right after it (kind placing_verb): "The ambush happened near X", "This attack took place 20 km from X". Its places
    /// are the scene of the attack the sentences before it told.
    /// </summary>
    private bool PlacesToldAttack(AnnotatedDocument doc, SentenceFacts f, List<SentenceFacts>? facts = null)
    {
        if (f.IsBackground || f.IsTitle || f.EventPlaces.Count == 0 || ReportsAttack(f)) return false;
        // "It happened at about six, near the village of X, 20 km from Y", "Correspondent: this took place outside Z": a
        // verb of happening with "it"/"this" for its subject places the attack the sentences just before it told
        if (facts is not null && OpensWithHappening(doc, f) && AttackToldJustBefore(facts, f)) return true;
        var first = doc.WordAt(f.Sentence.Start);
        if (first >= doc.Words.Count || !_toldDeterminers.Contains(doc.Words[first].Key)) return false;
        var reach = new TextSpan(doc.Words[first].End, doc.Words[Math.Min(doc.Words.Count - 1, first + ToldOpeningReach + 1)].End);
        var attack = doc.CuesIn(reach, CueKind.Event).FirstOrDefault(e => e.As<EventCue>() is { Vehicle: false });
        if (attack is null || attack.End > f.Sentence.End) return false;
        return PlacingVerbAt(doc, doc.WordAt(attack.End));
    }

    /// <summary>Most sentences back from "It happened near X" to the sentence that told the attack it places.</summary>
    private const int HappeningReach = 4;

    /// <summary>One of the <see cref="HappeningReach"/> sentences before <paramref name="f"/> (neither background, a caption
    /// nor the headline: "Man shot and killed ... / It happened near X and Y" opens the body's own telling) tells an attack by
    /// a word of its own (no vehicle only).</summary>
    private static bool AttackToldJustBefore(List<SentenceFacts> facts, SentenceFacts f) =>
        facts.Where(g => g.Sentence.Index < f.Sentence.Index && g.Sentence.Index >= f.Sentence.Index - HappeningReach && !g.IsBackground && !g.IsCaption && !g.IsTitle)
             .Any(g => g.Events.Any(e => !e.As<EventCue>().Vehicle));

    /// <summary>A placing verb (function_words.tsv kind placing_verb, of one or two words) begins at word <paramref name="w"/>.</summary>
    private bool PlacingVerbAt(AnnotatedDocument doc, int w) =>
        w < doc.Words.Count && (_placingVerbs.Contains(doc.Words[w].Key)
                                || w + 1 < doc.Words.Count && _placingVerbs.Contains(doc.Words[w].Key + " " + doc.Words[w + 1].Key));

    private const int ToldOpeningReach = 2;

    /// <summary>Most words of a label ("Self-post:", "Update:") before the colon a sentence may open with.</summary>
    private const int OpeningLabelReach = 3;

    /// <summary>
    /// The sentence opens, after a short label and its colon or "it"/"this", with a verb of happening and no subject of
    /// its own (function_words.tsv kind placing_verb): "Happened yesterday morning outside the school", "Update: it
    /// took place around noon". It says when the attack already told (the headline's) happened, as a lead would.
    /// </summary>
    private bool OpensWithHappening(AnnotatedDocument doc, SentenceFacts f)
    {
        var first = doc.WordAt(f.Sentence.Start);
        var w = first;
        for (var i = first; i < doc.Words.Count && i <= first + OpeningLabelReach && doc.Words[i].Start < f.Sentence.End; i++)
            if (doc.Words[i].Key == ":") { w = i + 1; break; }
        // "NAME: And it happened on Tuesday evening": a conjunction may open it
        if (w < doc.Words.Count && doc.Words[w].Start < f.Sentence.End && _clauseConjunctions.Contains(doc.Words[w].Key)) w++;
        if (w < doc.Words.Count && doc.Words[w].Key is "it" or "this" or "that") w++;
        return w < doc.Words.Count && doc.Words[w].Start < f.Sentence.End && PlacingVerbAt(doc, w);
    }

    /// <summary>The first sentence after <paramref name="lead"/> that is neither background nor a title, or null.</summary>
    private static SentenceFacts? NextTold(List<SentenceFacts> facts, SentenceFacts lead) =>
        facts.FirstOrDefault(g => g.Sentence.Index > lead.Sentence.Index && !g.IsBackground && !g.IsTitle);

    /// <summary>
    /// Sentences that bring one more band of attackers to a place of their own without telling what they did there
    /// (waves.tsv kind another: "Around 10pm, a second group blocked the road near X"), when the next sentence tells that
    /// attack in words of its own and names no place ("The attackers shot the driver dead"): the place is that attack's.
    /// </summary>
    private static HashSet<int> PlacesAttackToldNext(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var found = new HashSet<int>();
        for (var i = 0; i + 1 < facts.Count; i++)
        {
            var f = facts[i];
            if (f.IsBackground || f.IsTitle || f.IsCaption || f.EventPlaces.Count == 0 || ReportsAttack(f)
                || !doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(c => c.As<string>() == "another")) continue;
            if (facts.Skip(i + 1).FirstOrDefault(g => !g.IsBackground) is { EventPlaces.Count: 0, HasStrongEvent: true, IsCaption: false } next && ReportsAttack(next))
                found.Add(f.Sentence.Index);
        }
        return found;
    }

    /// <summary>Most sentences back from a site struck once more ("a second church") to the sentence that named the first.</summary>
    private const int RepeatedSiteReach = 4;

    /// <summary>
    /// A site struck once more and the first one of its kind (<see cref="RepeatedSiteAttacks"/>): the sentence that names
    /// the first site and its target word, its town, and the later sentence's attack words that tell how both were struck.
    /// </summary>
    private sealed record RepeatedSite(SentenceFacts First, Cue FirstSite, PlaceMention FirstTown, SentenceFacts Later, IReadOnlyList<Cue> Attack);

    /// <summary>
    /// A site struck once more: a target noun that names no person, right after a word of function_words.tsv kind
    /// repeat_word ("a second church", "another police post", one describing word allowed between: "another village
    /// school"), in a sentence of the news with an attack word (no vehicle) and a town of its own. It says a site of that
    /// noun was struck before at another town, and in an article that counts the sites of that noun ("two churches burned
    /// overnight", <see cref="CountedSitesOf"/>) the telling of that first site is its attack, though in no attack word of
    /// its own: the nearest sentence before it (at most <see cref="RepeatedSiteReach"/> back, news only)
    /// that names a target of the same noun at a town of its own other than the later site's tells the first attack
    /// ("Residents raised the alarm at the church in X. ... They found petrol cans by the steps. ... At about 2am a second
    /// church, in Y, was set alight"), and the later sentence's attack words tell how it was struck. The later sentence
    /// tells its own attack in the same words when they are weak ("a second church burned in Y an hour later"), once an
    /// earlier sentence tells an attack of the same kind in strong words. The two are one more site of a series.
    /// </summary>
    private List<RepeatedSite> RepeatedSiteAttacks(AnnotatedDocument doc, List<SentenceFacts> facts, bool trace = false)
    {
        var found = new List<RepeatedSite>();
        for (var i = 1; i < facts.Count; i++)
        {
            var later = facts[i];
            if (later.IsBackground || later.IsTitle || later.IsCaption) continue;
            var towns = later.EventPlaces.Where(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City).ToList();
            if (towns.Count == 0) continue;
            var attacks = later.Events.Where(e => e.As<EventCue>() is { Vehicle: false }).ToList();
            if (attacks.Count == 0) continue;
            // the later site told only in weak words: an attack when an earlier sentence tells one of the same kind in strong words
            var strong = attacks.Where(e => e.As<EventCue>() is var c && (!c.Weak || c.Assault || c.Act)).ToList();
            if (strong.Count == 0)
            {
                var weak = attacks.Select(e => e.As<EventCue>().EventType).ToHashSet();
                if (!facts.Take(i).Any(f => !f.IsBackground && !f.IsCaption && f.Events.Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false } c && weak.Contains(c.EventType)))) continue;
            }
            foreach (var site in later.Targets.Where(t => t.As<string>() != "armed_group" && IsRepeatedSite(doc, later, t)))
            {
                var noun = doc.Words[site.LastWord].Key;
                // the article counts the sites of that noun struck ("two churches burned overnight", "both mosques"), in its headline or its news
                if (!facts.Take(i + 1).Any(f => !f.IsBackground && !f.IsCaption && f.Targets.Any(t => CountedSitesOf(doc, f, t, noun)))) continue;
                for (var j = i - 1; j >= 0 && later.Sentence.Index - facts[j].Sentence.Index <= RepeatedSiteReach; j--)
                {
                    var first = facts[j];
                    if (first.IsBackground || first.IsTitle || first.IsCaption || first.Targets.FirstOrDefault(t => doc.Words[t.LastWord].Key == noun) is not { } named) continue;
                    var own = first.EventPlaces.FirstOrDefault(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City && towns.All(t => t.Place.GeonameId != p.Place.GeonameId));
                    if (own is not null)
                    {
                        found.Add(new RepeatedSite(first, named, own, later, strong.Count > 0 ? strong : attacks));
                        if (trace && Trace) Console.Error.WriteLine($"  repeated site: sentence {later.Sentence.Index} ({noun}) after sentence {first.Sentence.Index} at {own.Place.Name}");
                    }
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>
    /// The target is the plural of <paramref name="noun"/> ("churches", "posts", "cities") counted by a figure of two or
    /// more or "both" right before it, or one lower-case describing word before it: "two churches", "both village schools".
    /// </summary>
    private static bool CountedSitesOf(AnnotatedDocument doc, SentenceFacts f, Cue target, string noun)
    {
        var words = doc.Words;
        var plural = words[target.LastWord].Key;
        if (plural != noun + "s" && plural != noun + "es" && !(noun.EndsWith('y') && plural == noun[..^1] + "ies")) return false;
        var first = doc.WordAt(f.Sentence.Start);
        for (var w = target.FirstWord - 1; w >= first && w >= target.FirstWord - 2; w--)
        {
            if (words[w].Key == "both" || doc.NumbersIn(new TextSpan(words[w].Start, words[w].End)).Any(n => n.End == words[w].End && n.Value >= 2)) return true;
            if (!char.IsLower(doc.Text[words[w].Start]) || !char.IsLetter(doc.Text[words[w].Start])) return false;
        }
        return false;
    }

    /// <summary>
    /// The target is a site struck once more: it names no person (persons.tsv), and a word of function_words.tsv kind
    /// repeat_word stands right before it, or one lower-case describing word before it ("a second church", "another
    /// village school").
    /// </summary>
    private bool IsRepeatedSite(AnnotatedDocument doc, SentenceFacts f, Cue target)
    {
        var words = doc.Words;
        if (PersonNouns.Default.IsVictim(words[target.LastWord].Key) || PersonNouns.Default.IsAttacker(words[target.LastWord].Key)) return false;
        var first = doc.WordAt(f.Sentence.Start);
        var w = target.FirstWord - 1;
        if (w < first) return false;
        if (_repeatWords.Contains(words[w].Key)) return true;
        return w - 1 >= first && char.IsLower(doc.Text[words[w].Start]) && char.IsLetter(doc.Text[words[w].Start]) && _repeatWords.Contains(words[w - 1].Key);
    }

    /// <summary>Sentences after a dated scene that may tell its attack and count its victims without a place of their own.</summary>
    private const int SceneBodyReach = 3;
    /// <summary>The most days a scene's day may lie before the article's date to be the article's own present.</summary>
    private const int SceneRecentDays = 14;

    /// <summary>
    /// A sentence that sets a scene with its place and its day ("On Friday night the choir was singing in the hall in X")
    /// and tells no attack, when the next sentence of its paragraph tells one in strong words without a place of its own
    /// ("... when a man threw a grenade through the window") and, within <see cref="SceneBodyReach"/> sentences, one
    /// counts its victims ("Two were killed"): the scene places that attack, as "in X" in the sentence itself would. Its
    /// day must be a day of the article's own present (up to <see cref="SceneRecentDays"/> before its date, never after):
    /// an attack told so in the middle of an article about something else (a profile of a victim) is still news; one of
    /// years ago is background and is marked so before this.
    /// </summary>
    private static HashSet<int> DatedScenesOfAttacks(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var found = new HashSet<int>();
        if (doc.Published is not { } published) return found;
        for (var i = 0; i + 1 < facts.Count; i++)
        {
            var f = facts[i];
            if (f.IsBackground || f.IsTitle || f.IsCaption || ReportsAttack(f)
                || !f.EventPlaces.Any(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City)
                || !f.Dates.Any(d => d.Precision == "day" && !d.Since && d.Date <= published && d.Date >= published.AddDays(-SceneRecentDays))) continue;
            var body = facts.Skip(i + 1).Where(g => !g.IsCaption).Take(SceneBodyReach).TakeWhile(g => !g.IsBackground && g.EventPlaces.Count == 0).ToList();
            if (body.Count == 0 || body[0].Sentence.Paragraph != f.Sentence.Paragraph || !body[0].HasStrongEvent) continue;
            if (body.Any(g => g.Casualties.Any(c => c.Value > 0 && c.Kind != CasualtyMention.PerpetratorKilled))) found.Add(f.Sentence.Index);
        }
        return found;
    }

    /// <summary>The sentence opens a line of its own after a bullet or an item's number ("- ...", "• ...", "2. ...").</summary>
    private static bool OpensListItem(AnnotatedDocument doc, SentenceFacts f) => OpensListItem(doc, f.Sentence);

    private static bool OpensListItem(AnnotatedDocument doc, Sentence s) =>
        HeadingBullet.Match(doc.Text, LineStart(doc.Text, s.Start)) is { Success: true } bullet
        && doc.Text.AsSpan(bullet.Index + bullet.Length, Math.Max(0, s.Start - bullet.Index - bullet.Length)).Trim().Length == 0;

    /// <summary>Sentences after a numbered item's place line that may tell its attack without a place of their own.</summary>
    private const int PlaceLineBodyReach = 2;

    /// <summary>
    /// A numbered item's place line (<see cref="HeadsNumberedPlaceLine"/>: "2. Elmwood village, Hill district.") whose next
    /// sentences, placed nowhere else, tell an attack ("At dawn the village was shelled. One man died."): the line places
    /// that attack, as "in Elmwood" in the sentence itself would. So does a bulleted item headed by its place ("- Elmwood:
    /// the post was attacked at dawn.") whose next sentence, placed nowhere and no item of its own, counts its victims.
    /// </summary>
    private HashSet<int> PlaceLinesOfAttacks(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var found = new HashSet<int>();
        for (var i = 0; i + 1 < facts.Count; i++)
        {
            var f = facts[i];
            if (f.IsBackground || f.IsTitle || f.IsCaption || ReportsAttack(f)) continue;
            // (or a bulleted item headed by its place that tells its attack in weak words, the next sentence counting its
            // victims: "- X: the police post and the town hall were attacked at 23:00. Seven people died there.")
            var item = f.Events.Count > 0 ? f.EventPlaces.FirstOrDefault(p => HeadsListItem(doc, f.Sentence, p)) : null;
            if ((item ?? f.EventPlaces.FirstOrDefault(p => HeadsNumberedPlaceLine(doc, f.Sentence, p))) is not { } line) continue;
            var body = facts.Skip(i + 1).Where(g => !g.IsBackground && !g.IsCaption).Take(PlaceLineBodyReach)
                .TakeWhile(g => g.EventPlaces.All(p => p.Place == line.Place)).ToList();
            if (item is not null ? body.Count > 0 && ReportsAttack(body[0]) && body[0].EventPlaces.Count == 0 && !OpensListItem(doc, body[0])
                    : body.Any(g => ReportsAttack(g) || g.Events.Count > 0)) found.Add(f.Sentence.Index);
        }
        return found;
    }

    /// <summary>
    /// A sentence of a round-up's section that tells an attack at a place other than its heading's town ("RIVERTON: THE
    /// DEPOT", then "a mob stormed a depot in Oakdale"): the section's attack is that place's. A sentence that names
    /// another town without telling an attack there ("The injured were taken to Oakdale", the round-up's closing words
    /// "our readers in Oakdale and Riverton") leaves the attack at the heading's town.
    /// </summary>
    private static bool PlacesAttackElsewhere(SentenceFacts f, PlaceMention town) =>
        !f.IsBackground && ReportsAttack(f) && f.EventPlaces.Any(p => !new Frame(town).Holds(p.Place));

    /// <summary>Most words of a heading of its own line that closes a round-up's last section ("Background", "What we ask").</summary>
    private const int MaxSubHeadingWords = 4;

    /// <summary>
    /// A first-order division (a province, a state) of the dateline's country that the headline or a sentence about the
    /// attack writes as where it was ("killed in X province"), when the dateline's city lies in another one: the
    /// report was filed in the capital about an attack it places only by its region.
    /// </summary>
    private static PlaceMention? RegionOfAttack(List<SentenceFacts> facts, SentenceFacts? title, PlaceMention dateline)
    {
        // written as where it happened ("killed in X province"), not as who the victims are ("X man wounded")
        var named = (title?.EventPlaces ?? [])
            .Concat(facts.Where(f => !f.IsBackground && !f.IsTitle && ReportsAttack(f)).SelectMany(f => f.EventPlaces));
        return named.FirstOrDefault(p => !p.IsDemonym && p.Place.Kind == PlaceKind.Admin1 && p.Place.CountryCode == dateline.Place.CountryCode
                                         && p.Place.Admin1Code is not null && p.Place.Admin1Code != dateline.Place.Admin1Code);
    }

    private const double ReportMatcherDistance = Linking.ReportMatcher.MaxKilometres;

    /// <summary>
    /// The sentences that report the attack place it in one country ("was kidnapped in Colombia") while the fallback
    /// place (the dateline's city, where the report was filed) is in another: a town or a division of that country those
    /// sentences name, else the country itself.
    /// </summary>
    private static PlaceMention? AttackCountryElsewhere(AnnotatedDocument doc, List<SentenceFacts> facts, PlaceMention fallback)
    {
        var telling = facts.Where(f => !f.IsBackground && !f.IsTitle && ReportsAttack(f)).ToList();
        var countries = telling.SelectMany(f => f.LocativeCountries).ToList();
        if (countries.Count == 0) return SceneOfCommentaryFromAbroad(doc, facts, fallback);
        if (countries.Any(c => c.Place.CountryCode != countries[0].Place.CountryCode)) return null;
        var country = countries[0].Place.CountryCode;
        if (fallback.Place.CountryCode == country) return null;
        // a country named once may be a word of a name ("Beth Israel Hospital") or a passing remark; one the article
        // speaks of again (by name or people) is where it is about
        if (doc.Places.Count(p => p.Place.CountryCode == country && (p.IsDemonym || p.Place.Kind == PlaceKind.Country)) < 2) return null;
        return telling.SelectMany(f => f.EventPlaces.Concat(f.OtherPlaces))
                   .FirstOrDefault(p => !p.IsDemonym && p.Place.Kind != PlaceKind.Country && p.Place.CountryCode == country)
               ?? countries[0];
    }

    /// <summary>
    /// A report filed abroad about another country (a foreign radio's commentary: "HAVANA (CUBA) -- ... the arrest of
    /// Salvadoran soldiers for killing six priests on 16 November"): the fallback place is the dateline, whose country the
    /// text never names again past it, and the first country a sentence with attack or casualty words speaks of (by name,
    /// people or towns) is one the article names at least twice. The scene is in that country: the first of its towns the
    /// article writes as where something happened, else the country. Null otherwise.
    /// </summary>
    private static PlaceMention? SceneOfCommentaryFromAbroad(AnnotatedDocument doc, List<SentenceFacts> facts, PlaceMention fallback)
    {
        if (!facts.Any(f => f.Dateline == fallback)) return null;
        var home = fallback.Place.CountryCode;
        // "HAVANA (CUBA)": the dateline's country in brackets right after its city is still the dateline
        var after = doc.Places.Where(p => p.Start - fallback.End > DatelineCountryGap).ToList();
        if (after.Any(p => p.Place.CountryCode == home)) return null;
        var first = facts.Where(f => f.Events.Count > 0 || f.Casualties.Count > 0).OrderBy(f => f.Sentence.Start)
            .SelectMany(f => doc.PlacesIn(f.Sentence.Span)).FirstOrDefault(p => after.Contains(p));
        if (first is null || after.Count(p => p.Place.CountryCode == first.Place.CountryCode) < 2) return null;
        var country = first.Place.CountryCode;
        return facts.SelectMany(f => f.EventPlaces).FirstOrDefault(p => !p.IsDemonym && p.Place.Kind != PlaceKind.Country && p.Place.CountryCode == country)
               ?? after.FirstOrDefault(p => !p.IsDemonym && p.Place.Kind == PlaceKind.Country && p.Place.CountryCode == country);
    }

    /// <summary>The most characters between a dateline's city and its country written in brackets after it: "HAVANA (CUBA)".</summary>
    private const int DatelineCountryGap = 2;

    /// <summary>The article opens on its attack: its title reports it, or (no title) its opening sentences do.</summary>
    private static bool OpensOnAttack(List<SentenceFacts> facts, SentenceFacts? title) =>
        title is not null ? ReportsAttack(title) : facts.Any(f => !f.IsBackground && f.Sentence.Index <= OpeningSentences + 1 && ReportsAttack(f));

    /// <summary>
    /// The frame that holds the place: the one at that very place first, then the first that holds it (a town within
    /// 12 km, a province's town). Two towns the article told apart ("in X and Y") each keep their own frame.
    /// </summary>
    /// <summary>
    /// The headline's towns, those of the country the text's places are mostly in first: a far capital a headline names
    /// for its government ("... before the capital listens", over a column from a provincial town) is no scene beside a
    /// town of the text's own country. Their order is kept when no country has more of the text's places than the first's.
    /// </summary>
    private static List<PlaceMention> HomeCountryFirst(List<SentenceFacts> facts, List<PlaceMention> towns)
    {
        if (towns.Select(t => t.Place.CountryCode).Distinct().Count() < 2) return towns;
        var counts = facts.Where(f => !f.IsTitle && !f.IsBackground).SelectMany(f => f.EventPlaces.Concat(f.OtherPlaces))
            .Where(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City)
            .GroupBy(p => p.Place.CountryCode).ToDictionary(g => g.Key, g => g.Select(p => p.Place.GeonameId).Distinct().Count());
        int Count(PlaceMention t) => counts.GetValueOrDefault(t.Place.CountryCode);
        return towns.Any(t => Count(t) > Count(towns[0])) ? towns.OrderByDescending(Count).ToList() : towns;
    }

    /// <summary>Another town than the frame's own town, which the frame holds only as a neighbour within reach.</summary>
    private static bool NeighbourOf(Frame frame, Place town) =>
        frame.Place.Kind == PlaceKind.City && town.Kind == PlaceKind.City && frame.Place.GeonameId != town.GeonameId
        && !frame.PlaceMentions.Any(p => p.Place.GeonameId == town.GeonameId);

    private static Frame? HolderOf(IEnumerable<Frame> frames, Place place) =>
        frames.FirstOrDefault(fr => fr.Place.GeonameId == place.GeonameId && fr.Place.Kind == place.Kind) ?? frames.FirstOrDefault(fr => fr.Holds(place));

    /// <summary>The frame at the very place of <paramref name="p"/>, or a new one: a town listed apart from its neighbour is a scene of its own.</summary>
    private static Frame FrameAt(List<Frame> frames, PlaceMention p)
    {
        var frame = frames.FirstOrDefault(fr => fr.Place.GeonameId == p.Place.GeonameId && fr.Place.Kind == p.Place.Kind);
        if (frame is null) { frame = new Frame(p); frames.Add(frame); }
        else frame.PlaceMentions.Add(p);
        return frame;
    }

    private static Frame FrameFor(List<Frame> frames, PlaceMention p)
    {
        var frame = HolderOf(frames, p.Place);
        if (frame is null) { frame = new Frame(p); frames.Add(frame); }
        else frame.Refine(p);
        return frame;
    }

    /// <summary>
    /// A feed's item (<see cref="Cleaning.FeedItems"/>) that tells an attack and names no scene of its own, only a town that
    /// one frame holds ("Elmwood depot siege over: gunman shot dead", "The siege at the depot on Mill Road, Elmwood, has
    /// ended"), is an update of that frame's attack: its sentences and figures are the frame's. An item that names the
    /// towns of several frames, or tells no attack (the town's council news), is nobody's.
    /// </summary>
    private void FeedItemTold(AnnotatedDocument doc, List<Frame> frames, Frame? focus, List<SentenceFacts>? item)
    {
        if (focus is not null || item is not { Count: > 0 } || !Cleaning.FeedItems.IsFeed(doc.Document.Original)) return;
        if (!item.Any(g => !g.IsCaption && ReportsAttack(g))) return;
        if (item.SelectMany(g => g.OtherPlaces).Where(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City)
                .Select(p => HolderOf(frames, p.Place)).OfType<Frame>().Distinct().ToList() is not [var frame]) return;
        foreach (var g in item) { frame.Sentences.Add(g); foreach (var c in g.Casualties) frame.Casualties.Add((c, g.SourceOf(c))); }
        item.Clear();
    }

    /// <summary>
    /// The sentence writes scenes of its own, all towns that no frame holds, each farther than <see cref="HomeKilometres"/>
    /// from the place of the frame in focus: what it tells happened there, not at the attack in focus.
    /// </summary>
    private static bool FarSceneOnly(SentenceFacts f, List<Frame> frames, Frame focus)
    {
        var scenes = Scenes(f).ToList();
        return scenes.Count > 0 && scenes.All(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City && HolderOf(frames, p.Place) is null
                                                   && p.Place.CountryCode == focus.Place.CountryCode && p.Place.KilometresTo(focus.Place) > HomeKilometres);
    }

    /// <summary>The sentences in which an article presents its attacks as one series: a wave is news, told early.</summary>
    private const int WaveSentences = 12;

    /// <summary>
    /// A sentence within the article's first <see cref="WaveSentences"/>, counted from its headline: the lines of a page's
    /// chrome above the headline (a site's menu, a cookie notice, a breadcrumb) are no part of its telling, so a wave told
    /// in the highlights under a headline set low on the page is still told early. Nor are the lines that hold no word
    /// (<see cref="WordlessLine"/>): a channel's posts each stamped by a clock time and a view count ("05:48", "👁 2.1K")
    /// tell as early as the same posts run together.
    /// </summary>
    private static bool InWaveOpening(AnnotatedDocument doc, List<SentenceFacts> facts, SentenceFacts f)
    {
        var title = facts.FirstOrDefault(t => t.IsTitle)?.Sentence.Index ?? 0;
        if (f.Sentence.Index <= WaveSentences + title) return true;
        var told = facts.Count(t => t.Sentence.Index > title && t.Sentence.Index <= f.Sentence.Index && !WordlessLine(doc, t));
        return told <= WaveSentences;
    }

    /// <summary>A sentence with no word of two letters or more: a clock time, a counter ("👁 2.1K"), a rule of dashes.</summary>
    private static bool WordlessLine(AnnotatedDocument doc, SentenceFacts f)
    {
        var run = 0;
        foreach (var c in doc.Text.AsSpan(f.Sentence.Start, f.Sentence.End - f.Sentence.Start))
        {
            run = char.IsLetter(c) ? run + 1 : 0;
            if (run >= 2) return false;
        }
        return true;
    }

    /// <summary>
    /// Names the article gives as a settlement relative to a town: "Hill Top, a village 5 km west of X", "Long Bay, a
    /// hamlet some 3 miles north of X", "Red Well, village of the X district, about 9 km from X" (a capitalised name of at
    /// most <see cref="MaxVillageWords"/> words, a comma, maybe "a" or "the", a settlement noun, maybe "of" and its
    /// district before a comma (function_words.tsv kind settlement_noun), a figure and a distance unit (kind
    /// distance_unit), words of a direction (kinds place_modifier, place_noun), then "of" or "from" and a place of the sentence). Each name with the place it is
    /// measured from.
    /// </summary>
    private List<(string Name, Place Place)> RelativeVillages(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var found = new List<(string, Place)>();
        var words = doc.Words;
        foreach (var f in facts)
        {
            if (f.IsTitle || f.IsCaption) continue;
            var first = doc.WordAt(f.Sentence.Start);
            for (var u = first + 5; u < words.Count && words[u].Start < f.Sentence.End; u++)
            {
                if (!_distanceUnits.Contains(words[u].Key)) continue;
                var of = u + 1;
                while (of < words.Count && of - u <= 3 && words[of].Key is not ("of" or "from") && (_placeModifiers.Contains(words[of].Key) || _placeNouns.Contains(words[of].Key))) of++;
                if (of + 1 >= words.Count || words[of].Key is not ("of" or "from")) continue;
                var reference = f.EventPlaces.Concat(f.OtherPlaces).Concat(f.Asides).FirstOrDefault(p => p.Start == words[of + 1].Start);
                // (a hedged figure is read with its hedge: "about 15")
                if (reference is null || !doc.NumbersIn(new TextSpan(words[Math.Max(first, u - 2)].Start, words[u - 1].End)).Any(n => n.End >= words[u - 1].End)) continue;
                var noun = u - 2;
                if (noun - 1 >= first && _distanceHedges.Contains(words[noun].Key)) noun--;
                // "X, village of the Y sub-prefecture, about 15 km from Y": the district it lies in, told between the noun and the distance
                if (words[noun].Key == ",")
                    for (var k = noun - 2; k >= first && noun - k <= MaxDistrictAsideWords; k--)
                        if (_settlementNouns.Contains(words[k].Key) && words[k + 1].Key == "of") { noun = k; break; }
                // the article before the noun may be left out, as in a headline's style: "X, village of ..."
                var comma = noun - 1 >= first && words[noun - 1].Key is "a" or "the" ? noun - 2 : noun - 1;
                if (comma - 1 < first || !_settlementNouns.Contains(words[noun].Key) || words[comma].Key != ",") continue;
                var last = comma - 1;
                var open = last;
                while (open - 1 >= first && last - open + 1 < MaxVillageWords && char.IsUpper(doc.Text[words[open - 1].Start]) && words[open - 1].Key.All(char.IsLetter)) open--;
                if (last < first || !char.IsUpper(doc.Text[words[last].Start]) || !words[open].Key.All(char.IsLetter)) continue;
                // the name itself is no place the gazetteer knows (a known town is a frame's place of its own)
                if (f.EventPlaces.Concat(f.OtherPlaces).Concat(f.Asides).Any(p => p.Start < words[last].End && p.End > words[open].Start)) continue;
                found.Add((doc.Text[words[open].Start..words[last].End], reference.Place));
            }
        }
        return found;
    }

    /// <summary>Most words between a settlement noun and the comma before its distance: "village of the Y sub-prefecture,".</summary>
    private const int MaxDistrictAsideWords = 8;

    /// <summary>Most words of a settlement's name given relative to a town: "Upper Hill Top".</summary>
    private const int MaxVillageWords = 3;

    /// <summary>
    /// The frame of the town a settlement named in the sentence was given relative to (<see cref="RelativeVillages"/>),
    /// when one frame holds it and the sentence names no other such settlement; null otherwise.
    /// </summary>
    private static Frame? VillageFrame(AnnotatedDocument doc, SentenceFacts f, List<(string Name, Place Place)> villages, List<Frame> frames)
    {
        if (villages.Count == 0) return null;
        var text = doc.Text[f.Sentence.Start..f.Sentence.End];
        var held = villages.Where(v => ContainsName(text, v.Name)).Select(v => HolderOf(frames, v.Place)).Distinct().ToList();
        return held is [{ } frame] ? frame : null;
    }

    /// <summary>The text holds the name as whole words.</summary>
    private static bool ContainsName(string text, string name)
    {
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            var end = i + name.Length;
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
        }
        return false;
    }

    private void Assign(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames, List<Frame>? wave, List<SentenceFacts> waveSentences, List<(CasualtyMention, string?)> waveCasualties)
    {
        var arson = TellsArson(facts);
        Frame? focus = null;
        // the frame in focus is a table's row's: the notes under the table speak of the table or of a row they name
        var rowFocus = false;
        var lead = new List<SentenceFacts>();
        var items = ItemHeadings(doc, facts);
        List<SentenceFacts>? item = null; // an item's sentences that name no place yet, until one does
        SentenceFacts? listing = null; // the last sentence that named the places of several frames
        var seriesTold = false; // a sentence without a place spoke of the wave as a whole: figures without a place are the wave's
        // a sentence without a place totalled the wave after a member's figures: the figures without a place that follow, up to
        // that total, are the wave's too (an earlier report of its toll); one above it is no count of the series as told
        var totalTold = new Dictionary<string, int>();
        var itemOpenings = wave is null ? [] : SeriesItemOpenings(doc, facts);
        var villages = RelativeVillages(doc, facts);
        if (Trace) foreach (var v in villages) Console.Error.WriteLine($"  village {v.Name} at {v.Place.Name}");
        foreach (var told in facts)
        {
            // "| Total | 3 | 8 |" under rows of places: the series' figures when a wave is told, else only the sum of the
            // rows already counted, never one attack's
            var f = told.IsTableTotal && wave is null ? told with { Casualties = [] } : told;
            // a page of briefs: each item is an article of its own, and nothing of one item runs on into the next
            // (an item that holds only its headline, right above, goes on at the run-in head under it: "Guard shot dead",
            // then "ELMWOOD: Two men shot a guard ...", see WithBriefHeadlines)
            var underHeadline = focus is null && item is [var headline] && items.Contains(headline.Sentence.Index) && headline.Sentence.Index == f.Sentence.Index - 1;
            if (items.Contains(f.Sentence.Index) && !underHeadline) { FeedItemTold(doc, frames, focus, item); focus = null; item = []; }
            if (f.IsBackground) continue;
            if (f.IsTitle)
            {
                // the headline speaks of the article's one attack: its toll counts there ("Man shot, killed on the west side")
                // (or the one town of a frame it names at all: "X market bombing toll rises to 14")
                var headlined = f.EventPlaces.Select(p => HolderOf(frames, p.Place)).FirstOrDefault(fr => fr is not null)
                                ?? (frames.Count == 1 ? frames[0] : null)
                                ?? (f.OtherPlaces.Where(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City).Select(p => HolderOf(frames, p.Place)).OfType<Frame>().Distinct().ToList() is [var named] ? named : null);
                if (headlined is not null && wave is null)
                {
                    headlined.Sentences.Add(f);
                    // a headline of two attacks tells each of them: "bomb kills 3 in X; grenade hurts 7 in Y"
                    foreach (var other in f.EventPlaces.Select(p => HolderOf(frames, p.Place)).OfType<Frame>().Distinct())
                        if (other != headlined) other.Sentences.Add(f with { Casualties = [] });
                    // a headline of two attacks gives each its figure: "bomb kills 3 in X; grenade hurts 7 in Y"
                    // not a figure of a clause that does not name the frame's place when another does and the article tells
                    // other attacks: "Roadside bomb toll rises to 4; X grenade victims now 8" (the 4 are not X's)
                    foreach (var c in f.Casualties)
                    {
                        var counted = AfterPlace(doc, f, c, frames) ?? (frames.Count > 1 && OutsidePlaceClause(doc, f, headlined, c.Span.Start) ? null : headlined);
                        counted?.Casualties.Add((c, f.SourceOf(c)));
                    }
                }
                continue;
            }
            var here = Scenes(f).Where(p => !WaveArea(wave, p)).Select(p => HolderOf(frames, p.Place)).Where(fr => fr is not null).Cast<Frame>().Distinct().ToList();
            if (here.Count > 0) { seriesTold = false; totalTold.Clear(); }
            // "The attack on Hill Top began at 10 pm", after "Hill Top, a village 5 km west of X": a place the gazetteer does
            // not hold, named again, is at the frame of the town it was given relative to
            if (here.Count == 0 && !f.IsCaption && VillageFrame(doc, f, villages, frames) is { } village) here.Add(village);
            if (here.Count == 0 && DatelineFrame(facts, f, frames) is { } anchored) here.Add(anchored);
            // "- Road accident on the Y road: 11 injured treated overnight": figures told at a scene of their own that no frame
            // holds, far from the attack in focus, are another event's (an accident, a notice), never the focus's
            if (here.Count == 0 && focus is not null && f.Casualties.Count > 0 && FarSceneOnly(f, frames, focus)) continue;
            // a round-up's section heading ("RIVERTON: THE BAKERY"): its town's frame takes the section
            // (a neighbouring town's heading is another item's, not the frame's: a log's items each keep to their own town)
            if (here.Count == 0 && items.Contains(f.Sentence.Index) && SectionTown(doc, f) is { } section && HolderOf(frames, section.Place) is { } headed
                && !NeighbourOf(headed, section.Place)) here.Add(headed);
            // "In a separate incident, gunmen shot dead two guards": another attack, with no town of its own, than the one
            // in focus: a frame of its own at the same place, which takes the sentences that follow
            if (here.Count == 0 && f.OpensSeparately && wave is null && focus is not null && !f.IsCaption && ReportsAttack(f))
            {
                var apart = new Frame(focus.PlaceMentions[0]) { Place = focus.Place, ToldSeparately = true };
                frames.Add(apart);
                here.Add(apart);
            }
            // "Hours later, gunmen sprayed a house in the same town with bullets": another attack of the same night at the
            // place in focus, a frame of its own (see NightLapseAttack)
            if (here.Count <= 1 && (here.Count == 0 || here[0] == focus) && wave is null && focus is not null && NightLapseAttack(doc, f, focus))
            {
                var apart = new Frame(here.Count == 0 ? focus.PlaceMentions[0] : Scenes(f).First(p => focus.Holds(p.Place)))
                    { Place = focus.Place, ToldSeparately = true, TimedApart = true, Date = focus.Date, DateFromAttack = focus.DateFromAttack };
                focus.TimedApart = true;
                frames.Add(apart);
                if (here.Count == 0) here.Add(apart); else here[0] = apart;
                if (Trace) Console.Error.WriteLine($"  another attack later that night at {focus.Place.Name}: sentence {f.Sentence.Index}");
            }
            // "Minutes later, another clash broke out. During the clash, two guards were killed": one more assault on people,
            // with no town of its own, after the attack in focus already counted its victims (see AnotherAssault)
            if (here.Count == 0 && wave is null && focus is not null && !f.IsCaption && AnotherAssault(doc, f, focus))
            {
                var apart = new Frame(focus.PlaceMentions[0]) { Place = focus.Place, ToldSeparately = true, Date = focus.Date, AssaultAfter = focus };
                frames.Add(apart);
                here.Add(apart);
            }
            // "Meanwhile, two bombs were thrown at a bank in X", after an attack already told at X: another attack at the
            // same place, a frame of its own (see AnotherAttackHere); so is one more assault with victims of its own told
            // at X ("another clash in X killed three soldiers", see AnotherAssault)
            if (here.Count == 1 && wave is null && here[0] == focus && AnotherAttackHere(doc, f, focus))
            {
                var apart = new Frame(Scenes(f).First(p => focus.Holds(p.Place))) { Place = focus.Place, ToldSeparately = true };
                frames.Add(apart);
                here[0] = apart;
            }
            else if (here.Count == 1 && wave is null && here[0] == focus && !f.IsCaption && f.Casualties.Count > 0 && AnotherAssault(doc, f, focus))
            {
                var apart = new Frame(Scenes(f).First(p => focus.Holds(p.Place))) { Place = focus.Place, ToldSeparately = true, Date = focus.Date, AssaultAfter = focus };
                frames.Add(apart);
                here[0] = apart;
            }
            if (here.Count == 1)
            {
                listing = null;
                var frame = here[0];
                if (item is { Count: > 0 } && !f.IsCaption)
                {
                    // the item's heading and lead before its place ("Country: toll rises to 23", then "... north of X")
                    // (a figure the item's lead totals over the wave's attacks is the wave's: "16 dead and 23 wounded, for the two attacks combined";
                    // so is one of a lead that tells the series itself and names no member's town: "Gunmen raided two towns
                    // of the province on Monday, killing at least ten")
                    foreach (var g in item)
                    {
                        frame.Sentences.Add(g);
                        foreach (var c in g.Casualties)
                            if (wave is not null && wave.Contains(frame) && (TotalsWave(doc, g, c) || TellsSeriesAlone(g, frames)))
                            { waveCasualties.Add((c, g.SourceOf(c))); waveSentences.Add(g); }
                            else frame.Casualties.Add((c, g.SourceOf(c)));
                        DateFromPlaceless(doc, frame, g, arson);
                    }
                    item.Clear();
                }
                frame.Sentences.Add(f);
                foreach (var c in f.Casualties)
                {
                    // "added the blast near X and updated the Y item (one killed, five injured)": the bracketed figure is Y's
                    if (BracketedItemOf(doc, f, c, frames) is (true, var bracketed) && bracketed != frame) { bracketed?.Casualties.Add((c, f.SourceOf(c))); continue; }
                    // "... in X on Friday, as the dead across the three cities rose to 19": a figure of the whole wave
                    if (wave is not null && wave.Contains(frame) && (TotalsWave(doc, f, c) || TollOfSeveralMembers(doc, f, c, wave, frames) || TollOfStruckPlaces(doc, f, c))) { waveCasualties.Add((c, f.SourceOf(c))); waveSentences.Add(f); continue; }
                    // a figure before the place of another attack told at the same place is that attack's
                    // "gunmen shot dead two officers at a post on the edge of X, and later a bomb killed one in Y": a
                    // figure of the clause of another member's place is that member's, though its place be only a vicinity
                    var after = AfterPlace(doc, f, c, frames) ?? (wave is not null && wave.Contains(frame) ? OtherMemberOfClause(doc, f, c, frame, wave) : null);
                    (after is not null && !(frame.ToldSeparately && frame.Holds(after.Place)) ? after : frame).Casualties.Add((c, f.SourceOf(c)));
                }
                if (!f.IsCaption) { focus = frame; rowFocus = f.IsTableRow; }
                // the day of a sentence that tells the attack ("was kidnapped on Wednesday") over that of one that only
                // names the place; of several, the earliest: what follows an attack (raids, arrests, a funeral) comes after it
                // a sentence that tells the attack in words of its own at the frame's place dates it over one that named
                // no place (TellsAttackHere), though its day be later
                // the day of a telling ("police said on Monday that three had died") dates the frame only for want of any other
                var day = AttackDay(doc, f);
                // "between the X attack, around 23:00 on Tuesday, and the Y blast, around 01:30 on Wednesday": of the days
                // the sentence pairs with its places, the one written after the frame's own
                if (day is not null && OwnDayBeforeOtherPlace(doc, frame, f) is { } own) day = own;
                if (day is not null && frame.Date is not null && DatesTelling(doc, day)) day = null;
                if (day is not null && PlacedAfterLapse(doc, f, frame, day)) day = null;
                // a table's row of a series dates its own attack ("Elmwood | Mon 4 May, 01:10 | ..."), as a sentence telling it would
                // a day that only dates the telling ("a fifth person has died after the blast at X, police said on Monday")
                // fills an empty frame without counting as the attack's: a later sentence that dates the attack replaces it
                var dated = frame.Date;
                // a day counted back only roughly ("a week after the shooting") dates the frame for want of any other
                if (day is { Approximate: true } && frame.Date is not null) day = null;
                // (a caption's day is the day its photo was taken: "friends hold her photograph on Thursday, the day after
                // she died"; it dates the frame only for want of any other)
                if ((ReportsAttack(f) && !f.IsCaption || f.IsTableRow && TellsWaveMember(f) || (arson && TellsArsonsFire(doc, f))) && day is not null && !DatesTelling(doc, day) && (!frame.DateFromAttack || frame.Date!.Approximate || day.Date < frame.Date!.Date || TellsAttackHere(doc, frame, f, day) || frame.DatedByRegion && !RegionOnly(f))) { frame.Date = day; frame.DateFromAttack = true; frame.DatedByPlaceless = false; }
                // a day told with the weapon used at the frame's place ("At 2 a.m. on Thursday, a device left beside
                // the school in Y brought down two classrooms") is the attack's, though its words are weak: a wave's
                // earlier member does not replace it (DateByWave)
                // so is a day told with an hour of the clock in a wave member's own sentence ("A few hours later, around
                // 1 a.m. on Friday, another group entered Y", the next sentence telling what it did there): the member's
                // own time, which the wave's earliest day does not replace
                else if (frame.Date is null) { frame.Date = day; frame.DateFromAttack = day is not null && !DatesTelling(doc, day) && (NamesWeaponUsed(f) || wave is not null && wave.Contains(frame) && !f.IsCaption && ClockHours(doc, f).Any()); }
                else if (day is not null && EarlierThanPublication(doc, frame, f, day)) frame.Date = day;
                // a day read where the sentence's only scene is a region holding the frame's town is the region's
                if (!ReferenceEquals(dated, frame.Date)) frame.DatedByRegion = frame.Place.Kind == PlaceKind.City && RegionOnly(f);
                continue;
            }
            if (here.Count > 1)
            {
                var aboutWave = wave is not null && here.Any(wave.Contains);
                foreach (var c in f.Casualties)
                {
                    // "two suicide bombings killed 48 people in X and Y": a toll of the series told before the list of its members' towns
                    if (aboutWave && f.HasWaveCue && TollBeforeMembersList(doc, f, c, wave!)) { waveCasualties.Add((c, f.SourceOf(c))); continue; }
                    if (BracketedItemOf(doc, f, c, frames) is (true, var bracketed)) { bracketed?.Casualties.Add((c, f.SourceOf(c))); continue; }
                    var target = AfterPlace(doc, f, c, frames) ?? OpeningScene(doc, f, c, frames);
                    if (target is not null) target.Casualties.Add((c, f.SourceOf(c)));
                    else if (aboutWave) waveCasualties.Add((c, f.SourceOf(c)));
                    else (BeforePlace(f, c, frames) ?? here[0]).Casualties.Add((c, f.SourceOf(c)));
                }
                if (aboutWave) waveSentences.Add(f);
                // shared with each of its frames for dates and claims only
                foreach (var fr in here) fr.Sentences.Add(f with { Casualties = [], Targets = [] });
                DateFromShared(doc, here, f);
                if (!f.IsCaption) { focus = here[^1]; listing = f; rowFocus = false; }
                continue;
            }
            // no place of its own, in an item of a page of briefs that has named none yet: the item's, whatever its place
            if (focus is null && item is not null) { item.Add(f); continue; }
            // no place of its own: about the whole series when the article has not yet turned to one place, or when it totals figures
            // (so are those of the attacks already told, counted together: "the casualties of both attacks ... 27 wounded")
            var toldTotal = wave is not null && f.Casualties.Count > 0 && !f.HasWaveCue && !f.HasTotalCue && ToldAttacksCounted(doc, doc.CuesIn(f.Sentence.Span, CueKind.Wave)).Any();
            if (wave is not null && (focus is null || ((f.HasWaveCue || f.HasTotalCue || toldTotal) && f.Casualties.Count > 0)))
            {
                // the series' total told after a member's figures ("That is fourteen dead in all."): the figures without a
                // place that follow it are the series' too ("The first reports spoke of eleven dead"), until a place is named
                if (focus is not null && wave.Contains(focus))
                    foreach (var c in f.Casualties.Where(c => c.Value is > 0))
                        totalTold[c.Kind] = Math.Max(totalTold.GetValueOrDefault(c.Kind), c.Value!.Value);
                waveSentences.Add(f);
                // a total only through the attacks already told, counted together ("claimed the two operations and
                // boasted of having killed 30"): its other facts (its day, its targets) go on with the member in focus
                if (toldTotal && focus is not null && wave.Contains(focus))
                {
                    focus.Sentences.Add(f with { Casualties = [] });
                    DateFromPlaceless(doc, focus, f, arson);
                }
                foreach (var c in f.Casualties)
                {
                    if ((AfterPlace(doc, f, c, frames) ?? TollOfPlace(doc, f, c, wave)) is { } placed) placed.Casualties.Add((c, f.SourceOf(c)));
                    else waveCasualties.Add((c, f.SourceOf(c)));
                }
                continue;
            }
            if (focus is null) { lead.Add(f); continue; }
            // "Sad news from X: a woman hurt at the bus station died overnight. The city's toll now stands at eight.": a
            // sentence with no scene of its own that names the town of one other member of the wave, not as where the
            // wounded were cared for, turns the focus to that member: it and the sentences after it, until a place is
            // named again, tell of that member (a live blog's entry about one of the towns). It must tell something (an event or a
            // casualty word): "our correspondent joins us from X" only says where a reporter speaks from
            if (wave is not null && !f.IsCaption && wave.Contains(focus) && (f.Events.Count > 0 || f.Casualties.Count > 0)
                && f.OtherPlaces.Except(f.CarePlaces).Where(p => !p.IsDemonym).Select(p => HolderOf(frames, p.Place)).OfType<Frame>().Distinct().ToList() is [var otherMember]
                && otherMember != focus && wave.Contains(otherMember))
            { focus = otherMember; rowFocus = false; }
            // "its units had carried out coordinated operations in both towns": a sentence without a place of its own that
            // speaks of the series as a whole (a word of a wave) turns the figures away from the member in focus; those
            // that follow without a place (a claimant's figure, the attackers' dead) are the series', never one member's,
            // until a sentence names a place again (its other facts still go with the focus)
            // (so does a sentence of the series' total without figures of its own: "The provisional assessment is as
            // follows:", its figures listed after it)
            if (wave is not null && !f.IsCaption && wave.Contains(focus) && !itemOpenings.Contains(f.Sentence.Index)
                && (seriesTold || (f.Casualties.Count > 0 && f.Casualties.All(c => c.Value is > 0 && totalTold.TryGetValue(c.Kind, out var t) && c.Value <= t)) || f.HasWaveCue || (f.HasTotalCue && f.Casualties.Count == 0)))
            {
                seriesTold = true;
                focus.Sentences.Add(f with { Casualties = [] });
                waveSentences.Add(f);
                foreach (var c in f.Casualties) waveCasualties.Add((c, f.SourceOf(c)));
                continue;
            }
            // "six dead - four at the post and two in the blast - and four wounded": a toll broken down among the members
            if (wave is not null && !f.IsCaption && wave.Contains(focus) && BreaksDownToll(doc, f))
            {
                focus.Sentences.Add(f with { Casualties = [] });
                waveSentences.Add(f);
                foreach (var c in f.Casualties) waveCasualties.Add((c, f.SourceOf(c)));
                continue;
            }
            // after a sentence that listed several attacks' places, the one whose site this sentence names again
            if (wave is null && listing is not null && ListedFrame(doc, listing, f, frames) is { } listed) { focus = listed; rowFocus = false; }
            // "Row 5: an earlier count said 9 killed for X": a line of text under a table's rows, with no scene of its own,
            // that names the town of another row tells no figure of the last row read (a line that names none goes on
            // about that row: "The killing of the reporter was condemned ...")
            var underTable = rowFocus && !f.IsTableRow && PipeTable.CellsAt(doc.Text, f.Sentence.Start).Count == 0
                             && f.OtherPlaces.Any(p => !p.IsDemonym && HolderOf(frames, p.Place) is { } named && named != focus);
            focus.Sentences.Add(underTable ? f with { Casualties = [] } : f);
            foreach (var c in underTable ? [] : f.Casualties)
            {
                // "Other alerts: 10/03 (Y well dispute, 2 hurt)": a bracketed figure of another town's item is not the focus's
                if (BracketedItemOf(doc, f, c, frames) is (true, var bracketed) && bracketed != focus) { bracketed?.Casualties.Add((c, f.SourceOf(c))); continue; }
                // "the minister said 'four dead and ten wounded' was the balance of the morning", after the lead gave the
                // series four dead: the series' toll told again, not the member in focus's
                if (wave is not null && wave.Contains(focus) && RestatesWaveToll(waveCasualties, focus, c)) { waveCasualties.Add((c, f.SourceOf(c))); continue; }
                // "The first reports said five dead", no place of its own: the series' early count, not the member in focus's
                if (wave is not null && wave.Contains(focus) && EarlierCountOfSeries(doc, f, c, focus)) { waveCasualties.Add((c, f.SourceOf(c))); continue; }
                // "Y toll climbs to 7", while the sentences before told X: a toll said of another frame's town is that frame's
                if (TollOfPlace(doc, f, c, frames) is { } owner && owner != focus) { owner.Casualties.Add((c, f.SourceOf(c))); continue; }
                focus.Casualties.Add((c, f.SourceOf(c)));
            }
            DateFromPlaceless(doc, focus, f, arson);
            // "... when the attack began on Friday evening": the day its siege began dates the frame, though no place is named
            if (f.Events.Count > 0 && StartDay(doc, f) is { } start && focus.Date is { } current && start.Date < current.Date
                && current.Date.DayNumber - start.Date.DayNumber <= MaxSiegeDays) { focus.Date = start; focus.DateFromAttack = true; }
        }
        FeedItemTold(doc, frames, focus, item);
        // Sentences before any place was named belong to the article's main attack (or to the wave).
        if (lead.Count > 0)
        {
            var main = LeadFrame(lead, frames);
            foreach (var f in lead)
            {
                main.Sentences.Add(f);
                foreach (var c in f.Casualties) main.Casualties.Add((c, f.SourceOf(c)));
                DateFromPlaceless(doc, main, f, arson);
            }
        }
    }

    /// <summary>Most words after the colon of a round-up's section heading ("LA PAZ: THE BAKERY FIRE").</summary>
    private const int MaxSectionTitleWords = 12;

    /// <summary>Most words of an explainer's question heading ("What happened at the depot in Riverton?").</summary>
    private const int MaxQuestionHeadingWords = 10;

    /// <summary>A numbered item's heading line: its number, a short title, a dash, then the town and its unit's name.</summary>
    private static readonly System.Text.RegularExpressions.Regex NumberedItem =
        new(@"^[ \t]*\d{1,2}[.)][ \t]+(?<title>\S[^\n]*?)[ \t]+[-\u2013\u2014][ \t]+(?<rest>\S[^\n]*?)[ \t]*$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The sentence tells an attack of its own: a strong attack word not done before (<see cref="DoneBefore"/>), none of
    /// whose attack words points back to one already told ("the blast", "the same attack"; function_words.tsv kind
    /// told_determiner), and no follow-up (an arrest over the bombing). A kidnapping takes people, not a site: "were
    /// taken hostage from the work site" strikes none.
    /// </summary>
    private bool StrikesSite(AnnotatedDocument doc, SentenceFacts f) =>
        f.Events.Any(e => e.As<EventCue>() is { Weak: false, EventType: not "kidnapping" } && !DoneBefore(doc, e))
        && !f.Events.Any(e => e.As<EventCue>().EventType == "kidnapping")
        && !f.Events.Any(e => PointsBack(doc, f, e))
        && !_followUps.IsFollowUp(doc, f);

    /// <summary>
    /// The attack word follows a determiner that points back to an attack already told (function_words.tsv kind
    /// told_determiner), up to three words before it in its clause ("the blast", "the worst explosion", "the same attack",
    /// "the officer-involved shooting"); "a" or "an" on the way introduces a new one.
    /// </summary>
    private bool PointsBack(AnnotatedDocument doc, SentenceFacts f, Cue e)
    {
        var first = doc.WordAt(f.Sentence.Start);
        for (var w = e.FirstWord - 1; w >= first && w >= e.FirstWord - 4; w--)
        {
            if (_toldDeterminers.Contains(doc.Words[w].Key)) return true;
            if (doc.Words[w].Key is "," or ";" or ":" or "(" or ")" or "a" or "an" or "and" or "or" or "then") return false;
        }
        return false;
    }

    /// <summary>
    /// The attack word follows an indefinite article in its noun phrase, up to three words before it: "A loud blast in
    /// the east of the town", "an explosion was heard": an attack not told before.
    /// </summary>
    private static bool IntroducesNew(AnnotatedDocument doc, SentenceFacts f, Cue e)
    {
        var first = doc.WordAt(f.Sentence.Start);
        for (var w = e.FirstWord - 1; w >= first && w >= e.FirstWord - 3; w--)
        {
            if (doc.Words[w].Key is "a" or "an") return true;
            if (doc.Words[w].Key is "," or ";" or ":" or "(" or ")" or "-" or "and" or "or" or "the") return false;
        }
        return false;
    }

    /// <summary>A site noun in the singular, so that a summary and its detail name one site: "embassies" and "embassy", "buses" and "bus".</summary>
    private static string Singular(string noun) => noun switch
    {
        _ when noun.EndsWith("ies") => noun[..^3] + "y",
        _ when noun.EndsWith("ses") || noun.EndsWith("ches") || noun.EndsWith("shes") || noun.EndsWith("xes") => noun[..^2],
        // "bus", "campus": a singular in -us keeps its s
        _ when noun.EndsWith('s') && !noun.EndsWith("ss") && !noun.EndsWith("us") => noun[..^1],
        _ => noun,
    };

    /// <summary>A speech verb a few words before the day: "told our correspondent on Sunday that ...": the day of the telling.</summary>
    private bool SpokenOn(AnnotatedDocument doc, SentenceFacts f, DateMention d)
    {
        var first = doc.WordAt(f.Sentence.Start);
        for (var w = doc.WordAt(d.Start) - 1; w >= first && w >= doc.WordAt(d.Start) - 4; w--)
            if (_speechVerbs.Contains(doc.Words[w].Key)) return true;
        return false;
    }

    /// <summary>The attack word follows an auxiliary of an earlier time (function_words.tsv kind earlier_auxiliary): "houses that had been burned down".</summary>
    private bool DoneBefore(AnnotatedDocument doc, Cue e)
    {
        var w = e.FirstWord;
        return (w >= 1 && _earlierAuxiliaries.Contains(doc.Words[w - 1].Key))
               || (w >= 2 && doc.Words[w - 1].Key == "been" && _earlierAuxiliaries.Contains(doc.Words[w - 2].Key));
    }

    /// <summary>The head noun of a target cue, lower case: "officer" of "police officer", "station" of "police station".</summary>
    private static string TargetNoun(AnnotatedDocument doc, Cue target) => doc.Words[target.LastWord].Key;

    /// <summary>
    /// A sentence that names the place of the attack in focus but opens on words that turn to another attack or place
    /// (waves.tsv kinds separate and elsewhere: "Separately, ...", "Meanwhile, ...") and tells an attack in words of its
    /// own (a strong attack phrase), after the focus already had one: another attack at the same place, not more about
    /// the first ("Meanwhile, gunmen set fire to a bus in X"). So is one that, anywhere, tells one more attack (waves.tsv
    /// kind another: "another bomb exploded at a school in X") against targets the focus has not named. A heading
    /// (<see cref="UnstoppedLine"/>: an item's "2. X: GUARD SHOT DEAD") tells no attack before the sentence: it announces
    /// the one the sentence tells, "separate" from an attack of another item.
    /// </summary>
    private static bool AnotherAttackHere(AnnotatedDocument doc, SentenceFacts f, Frame focus) =>
        !f.IsCaption && !f.IsTitle && f.HasStrongEvent
        && (doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(c => c.As<string>() is "separate" or "elsewhere" && c.FirstWord == doc.WordAt(f.Sentence.Start))
            || (doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(c => c.As<string>() == "another") && OtherTargets(doc, f, focus)))
        && focus.Sentences.Any(s => !s.IsTitle && !s.IsBackground && s.HasStrongEvent && !UnstoppedLine(doc, s.Sentence));

    /// <summary>The sentence ends its line on a letter or a figure, with no stop: a headline or an item's heading.</summary>
    private static bool UnstoppedLine(AnnotatedDocument doc, Sentence s)
    {
        var text = doc.Text;
        var end = s.End;
        while (end > s.Start && text[end - 1] is ' ' or '\t') end--;
        return end > s.Start && char.IsLetterOrDigit(text[end - 1]) && (end == text.Length || text[end] is '\n' or '\r');
    }

    /// <summary>
    /// An attack and the one more assault told after it (<see cref="AnotherAssault"/>) read as one frame, to weigh whether
    /// they are news: split in two, each may keep too few of the sentences that told the fighting. Null when the frame is
    /// neither.
    /// </summary>
    private static Frame? AssaultPair(Frame frame, List<Frame> frames)
    {
        var (first, second) = frame.AssaultAfter is { } parent ? (parent, frame) : (frame, frames.FirstOrDefault(o => o.AssaultAfter == frame));
        if (second is null) return null;
        var pair = new Frame(first.PlaceMentions[0]) { Date = first.Date };
        pair.Sentences.AddRange(first.Sentences.Concat(second.Sentences));
        pair.Casualties.AddRange(first.Casualties.Concat(second.Casualties));
        return pair;
    }

    /// <summary>
    /// The sentence tells one more assault (waves.tsv kind another: "another clash", "a second attack") whose attack word
    /// is no bomb or blast, after the frame in focus already counted victims of its own: the attackers struck again, at
    /// another spot or other people, so it is an attack of its own at the same place. More bombs at one place are one
    /// incident (a second bomb at the same market), and "another" before no attack word ("another victim") opens nothing.
    /// </summary>
    private static bool AnotherAssault(AnnotatedDocument doc, SentenceFacts f, Frame focus) =>
        focus.Casualties.Any(c => c.Mention.Value > 0 && c.Mention.Kind != CasualtyMention.PerpetratorKilled)
        && focus.Sentences.Any(s => !s.IsTitle && !s.IsBackground && s.Casualties.Count > 0)
        && doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(w => w.As<string>() == "another"
            && f.Events.Any(e => e.Start >= w.Start && e.End <= w.End && e.As<EventCue>() is { EventType: not "bombing", Blast: false, Vehicle: false }));

    /// <summary>
    /// A sentence that opens on another time of the same night (waves.tsv kind later: "Hours later, ...", "Earlier that
    /// night, ...") and tells an attack in words of its own: a strong attack word not done before and not pointing back to
    /// attackers or an attack already told ("the gunman", "the attack"; <see cref="PointsBack"/>), no follow-up (an arrest),
    /// no other town, after the frame in focus told an attack of its own in such words. "Hours later, the gunman shot his
    /// neighbour" goes on with the same attack.
    /// </summary>
    private bool NightLapseAttack(AnnotatedDocument doc, SentenceFacts f, Frame focus) =>
        !f.IsCaption && !f.IsTitle && !f.IsBackground
        && doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(c => c.As<string>() == "later" && c.FirstWord == doc.WordAt(f.Sentence.Start))
        && f.Events.Any(e => !e.As<EventCue>().Weak && !DoneBefore(doc, e) && !PointsBack(doc, f, e))
        && !_followUps.IsFollowUp(doc, f)
        && !f.EventPlaces.Concat(f.OtherPlaces).Any(p => p.Place.Kind == PlaceKind.City && !focus.Holds(p.Place))
        && focus.Sentences.Any(s => !s.IsTitle && !s.IsCaption && !s.IsBackground && s.HasStrongEvent);

    /// <summary>The sentence names targets, none of whose head nouns the frame's sentences named ("another bomb went off at a school" after a bank).</summary>
    private static bool OtherTargets(AnnotatedDocument doc, SentenceFacts f, Frame frame)
    {
        var own = f.Targets.Select(t => TargetNoun(doc, t)).ToHashSet();
        return own.Count > 0 && !frame.Sentences.SelectMany(s => s.Targets).Any(t => own.Contains(TargetNoun(doc, t)));
    }

    /// <summary>
    /// The frame the sentences before any place (a headline, the lead) speak of: one whose place they name in passing
    /// ("Market bombing toll in Mora rises to 14"), else the one with most sentences; never an attack told "separately"
    /// further on (waves.tsv kind separate) while another frame is there: "Separately, gunmen abducted eleven farmers near
    /// X" does not take the headline's toll.
    /// </summary>
    private static Frame LeadFrame(List<SentenceFacts> lead, List<Frame> frames)
    {
        var candidates = frames.Where(fr => !fr.ToldSeparately && (fr.Sentences.Count == 0 || !fr.Sentences.MinBy(s => s.Sentence.Index)!.OpensSeparately)).ToList();
        if (candidates.Count == 0) candidates = frames;
        return candidates.FirstOrDefault(fr => lead.Any(l => l.EventPlaces.Concat(l.OtherPlaces).Any(p => fr.Holds(p.Place))))
               ?? candidates.OrderByDescending(fr => fr.Sentences.Count).First();
    }

    /// <summary>
    /// The frame of an attack told in a sentence with no place of its own but the dateline ("DATU PIANG - Three soldiers
    /// were killed ... in this town"): the frame that holds the dateline's town, when the title or the opening names that frame's
    /// place (the town itself, or a region holding it, which the town then makes precise). A frame named only further on
    /// is another attack than the dateline's lead.
    /// </summary>
    private static Frame? DatelineFrame(List<SentenceFacts> facts, SentenceFacts f, List<Frame> frames)
    {
        if (f.Dateline is not { } dateline || !ReportsAttack(f)) return null;
        var frame = HolderOf(frames, dateline.Place);
        if (frame is null || !OpeningNames(facts, frame)) return null;
        frame.Refine(dateline);
        return frame;
    }

    /// <summary>The title or the opening sentences name the frame's place, or a place it holds (a town, the region of it).</summary>
    private static bool OpeningNames(List<SentenceFacts> facts, Frame frame) =>
        frame.Place.Kind != PlaceKind.Country
        && facts.Where(o => o.IsTitle || o.Sentence.Index <= OpeningHomeSentences)
            .SelectMany(o => o.EventPlaces.Concat(o.OtherPlaces))
            .Any(p => !p.IsDemonym && frame.Holds(p.Place));

    /// <summary>
    /// A sentence that tells the attacks at several frames' places with its day ("a man was killed and 30 wounded in
    /// Friday evening's grenade attacks in X and Y") dates each of those frames no sentence has yet dated by its attack (a sentence of several days dates none);
    /// as a day read in a sentence of no place of its own, a sentence telling the attack at the frame's own place alone
    /// replaces it (<see cref="TellsAttackHere"/>).
    /// </summary>
    private void DateFromShared(AnnotatedDocument doc, List<Frame> here, SentenceFacts f)
    {
        if (f.IsCaption || !f.HasStrongEvent || AttackDay(doc, f) is not { } day || DatesTelling(doc, day)) return;
        // several days ("a bomb in X on Monday and another in Y on Tuesday"): each place's is the one day written after it
        // and before the next place; when that is not so, which day is whose is not said
        if (f.Dates.Any(d => d.Precision == "day" && !d.Since && d.Date != day.Date && !DatesTelling(doc, d) && !InDateline(doc, f, d)))
        {
            // a town's own day replaces one read while its frame was still the region's (DatedByRegion): "masts burned
            // across the county overnight to Monday ... in X just before midnight on Sunday" dates X's fire by Sunday
            foreach (var (fr, own) in DaysInTurn(doc, here, f) ?? [])
                if (!fr.DateFromAttack || fr.DatedByRegion)
                {
                    fr.Date = own;
                    fr.DateFromAttack = fr.DatedByPlaceless = true;
                    fr.DatedByRegion = false;
                }
            foreach (var fr in here.Where(fr => fr.DatedByRegion))
                if (OwnDayAfterPlace(doc, fr, f) is { } own)
                {
                    fr.Date = own;
                    fr.DateFromAttack = fr.DatedByPlaceless = true;
                    fr.DatedByRegion = false;
                }
            return;
        }
        // a place written only after a lapse of hours told after the day is not dated by it (PlacedAfterLapse)
        foreach (var fr in here.Where(fr => (!fr.DateFromAttack || fr.DatedByRegion) && !PlacedAfterLapse(doc, f, fr, day)))
        {
            fr.Date = day;
            fr.DateFromAttack = fr.DatedByPlaceless = true;
            fr.DatedByRegion = false;
        }
    }

    /// <summary>The sentence names a weapon (events.tsv flag weapon: "explosives", "a grenade"), not a vehicle, outside a caption.</summary>
    private static bool NamesWeaponUsed(SentenceFacts f) =>
        !f.IsCaption && f.Events.Any(e => e.As<EventCue>() is { WeaponName: true, Vehicle: false } c && c.Weapons.Any(w => w != "other"));

    /// <summary>
    /// The sentence names the frame's place only after a lapse of hours (waves.tsv kind later: "a few hours later") that
    /// follows its day: "gunmen raided a post near X on Tuesday night and, a few hours later, a bomb went off in Y" does
    /// not date Y's attack, which may lie past midnight; Y's own sentence does ("At 2 a.m. on Wednesday, ... in Y").
    /// </summary>
    private static bool PlacedAfterLapse(AnnotatedDocument doc, SentenceFacts f, Frame frame, DateMention day)
    {
        var lapse = doc.CuesIn(f.Sentence.Span, CueKind.Wave).FirstOrDefault(c => c.As<string>() == "later" && c.Start >= day.End);
        if (lapse is null) return false;
        var named = f.EventPlaces.Concat(f.OtherPlaces).Where(p => frame.Holds(p.Place)).ToList();
        return named.Count > 0 && named.All(p => p.Start >= lapse.End);
    }

    /// <summary>
    /// The places of a sentence shared by several frames each followed by one day of their own, before the next place
    /// ("two aid workers were seized near X last Monday and a farmer was killed near Y on Wednesday"): X's day is
    /// Monday and Y's Wednesday. Null unless every frame's place is written in the sentence, no day comes before the
    /// first place and each stretch from a place to the next holds exactly one day (a day that dates a telling, a
    /// dateline or a period counts for none).
    /// </summary>
    private List<(Frame Frame, DateMention Day)>? DaysInTurn(AnnotatedDocument doc, List<Frame> here, SentenceFacts f)
    {
        var marks = new List<(Frame Frame, PlaceMention Place)>();
        foreach (var fr in here)
        {
            if (f.EventPlaces.Where(p => !p.IsDemonym && fr.Holds(p.Place)).MinBy(p => p.Start) is not { } p) return null;
            marks.Add((fr, p));
        }
        marks.Sort((a, b) => a.Place.Start.CompareTo(b.Place.Start));
        var days = f.Dates.Where(d => d.Precision == "day" && !d.Since && !DatesTelling(doc, d) && !InDateline(doc, f, d)).ToList();
        if (days.Any(d => d.Start < marks[0].Place.Start)) return null;
        var turn = new List<(Frame, DateMention)>();
        for (var i = 0; i < marks.Count; i++)
        {
            var end = i + 1 < marks.Count ? marks[i + 1].Place.Start : f.Sentence.End;
            var own = days.Where(d => d.Start >= marks[i].Place.End && d.End <= end).ToList();
            if (own.Count != 1) return null;
            turn.Add((marks[i].Frame, own[0]));
        }
        return turn;
    }

    /// <summary>The sentence's scenes are only regions (a province, an area), no town: "masts burned across X county".</summary>
    private static bool RegionOnly(SentenceFacts f) =>
        Scenes(f) is { Count: > 0 } scenes && scenes.All(p => p.Place.Kind == PlaceKind.Admin1 || p.Place.IsArea);

    /// <summary>
    /// The one day written right after the frame's place in a sentence of several places, before the next place ("in X
    /// just before midnight on Sunday, and in Y and Z early on Monday": X's Sunday), or null.
    /// </summary>
    private DateMention? OwnDayAfterPlace(AnnotatedDocument doc, Frame frame, SentenceFacts f)
    {
        if (f.EventPlaces.Where(p => !p.IsDemonym && frame.Holds(p.Place)).MinBy(p => p.Start) is not { } at) return null;
        var end = f.EventPlaces.Where(p => p.Start > at.Start).Select(p => p.Start).DefaultIfEmpty(f.Sentence.End).Min();
        var own = f.Dates.Where(d => d.Precision == "day" && !d.Since && !DatesTelling(doc, d) && !InDateline(doc, f, d) && d.Start >= at.End && d.End <= end).ToList();
        return own.Count == 1 ? own[0] : null;
    }

    /// <summary>
    /// The one day written right after the frame's place and before another place the sentence names, as the scene of
    /// an attack of its own or not, when the sentence writes days of more than one date: "the timing, about two hours
    /// between the X attack, around 23:00 on Tuesday, and the Y blast, around 01:30 on Wednesday" dates X's attack by
    /// Tuesday, though Y's strong attack word comes first with a day after it. Null when the place is not followed by
    /// exactly one such day before the next place, or when no other place follows it.
    /// </summary>
    private DateMention? OwnDayBeforeOtherPlace(AnnotatedDocument doc, Frame frame, SentenceFacts f)
    {
        var days = CandidateDays(doc, f).Where(d => !DatesTelling(doc, d) && !DatesDeath(doc, f, d)).ToList();
        if (days.Select(d => d.Date).Distinct().Count() < 2) return null;
        if (f.EventPlaces.Where(p => !p.IsDemonym && frame.Holds(p.Place)).MinBy(p => p.Start) is not { } at) return null;
        var next = f.EventPlaces.Concat(f.OtherPlaces).Where(p => p.Start > at.End && !frame.Holds(p.Place)).Select(p => p.Start).DefaultIfEmpty(-1).Min();
        if (next < 0 || days.Any(d => d.Start < at.Start)) return null;
        var own = days.Where(d => d.Start >= at.End && d.End <= next).ToList();
        return own.Count == 1 ? own[0] : null;
    }

    /// <summary>
    /// A sentence at the frame's place that tells an attack in words of its own (a strong attack word) while the frame's
    /// day was read, as the attack's, in a sentence that named no place: such a sentence joined the frame only because it
    /// came after its place ("Police said a bomb went off last night" after a list of three towns hit) and may tell
    /// another of the article's attacks, so the day of the sentence telling the attack at the place itself wins,
    /// earlier or later. Not the day of a claim or a statement: a sentence that tells who claimed or is blamed for the
    /// attack ("the Front today claimed the bombing of the hotel in X"), or whose day dates the telling, keeps the act's day.
    /// </summary>
    private bool TellsAttackHere(AnnotatedDocument doc, Frame frame, SentenceFacts f, DateMention day) =>
        frame.DatedByPlaceless && frame.DateFromAttack && f.HasStrongEvent && !f.IsCaption && f.Claims.Count == 0 && !DatesTelling(doc, day);

    /// <summary>
    /// A sentence without a place of its own that joins a frame dates it when no sentence naming the frame's place has:
    /// by its attack day when it tells the attack ("The kidnapping on 15 September was condemned"; of several such
    /// sentences the earliest day), else, when nothing dates the frame yet, by a past day of a sentence about the
    /// violence that dates no telling ("Patrols were reinforced overnight following the incident"). A sentence telling the
    /// attack whose only day dates the telling ("one of the wounded is still in hospital, police informed this Monday")
    /// dates the frame only for want of any other day: an earlier day of a later sentence about the violence replaces it.
    /// A sentence that tells no attack dates no frame by the day someone died ("the gunman died after a stand-off with
    /// troops on Friday": his death's day, not the attack's). In an article that tells an arson (<paramref name="arson"/>), a
    /// sentence telling the fire in a mishap's words ("the fire broke out on Tuesday") tells the attack (<see cref="TellsArsonsFire"/>).
    /// </summary>
    private void DateFromPlaceless(AnnotatedDocument doc, Frame frame, SentenceFacts f, bool arson)
    {
        if (f.IsCaption || AttackDay(doc, f) is not { } day) return;
        // "And it happened on Tuesday evening": a sentence that says when the attack already told happened tells it
        var tells = ReportsAttack(f) || (arson && TellsArsonsFire(doc, f)) || OpensWithHappening(doc, f);
        // a day counted back only roughly ("a week after the shooting") gives way to the attack's own day told after it
        if (frame.Date is { Approximate: true } && !day.Approximate)
        {
            if (tells && !DatesTelling(doc, day)) { frame.Date = day; frame.DateFromAttack = true; }
            return;
        }
        // "The mayor of X said a dozen were hurt in this morning's shelling": the sentence names the frame's place,
        // though not as a scene, and tells its attack: its day is the attack's own over that of a sentence naming none
        if (TellsAttackHere(doc, frame, f, day) && f.OtherPlaces.Any(p => !p.IsDemonym && frame.Holds(p.Place)))
        {
            frame.Date = day;
            frame.DatedByPlaceless = false;
            return;
        }
        // a frame dated only by the publication day, at its place in a sentence that tells no attack (a byline "Monday,
        // 6 October | By X, in Y"), takes the earlier day of a sentence that tells the attack, place or no place
        // a frame dated only by a sentence at its place that tells no attack ("a graphic of 20 March showed prices in X
        // market", in a corrections column whose entry above calls the attack by its town) takes the day a sentence writes
        // as its attack's own, before the attack word ("the toll of the Saturday evening bombing now stands at ten"), that
        // dates no telling, no later death and nothing after publication
        var untoldDay = frame.Date is not null && !frame.DateFromAttack && tells && DayOfAttackWord(doc, day) && !DatesTelling(doc, day)
                        && !DatesDeath(doc, f, day) && !(doc.Published is { } issued && day.Date > issued);
        if (frame.Date is not null && !frame.DatedByPlaceless && !DatedByTellingOnly(doc, frame) && !untoldDay)
        {
            if (tells && (EarlierThanPublication(doc, frame, f, day) || AfterDayOfNoAttack(doc, frame, f, day))) { frame.Date = day; frame.DateFromAttack = true; }
            return;
        }
        if (tells)
        {
            if (frame.Date is not null && frame.DateFromAttack && day.Date >= frame.Date.Date) return;
            // "one of the officers wounded in the attack is still in hospital, police said on Monday": the day of the
            // telling dates the frame only for want of a better one, and an earlier day of the violence replaces it
            if (DatesTelling(doc, day))
            {
                if (frame.Date is null) { frame.Date = day; frame.DatedByPlaceless = true; }
                return;
            }
            frame.Date = day;
            frame.DateFromAttack = frame.DatedByPlaceless = true;
        }
        else if ((frame.Date is null || ((DatedByTellingOnly(doc, frame) || DatedByIssueDayOnly(doc, frame) && WritesDayOfMonth(doc, day)) && day.Date < frame.Date!.Date))
                 && (f.Events.Count > 0 || OpensWithHappening(doc, f)) && !DatesTelling(doc, day) && !DatesDeath(doc, f, day) && !(doc.Published is { } published && day.Date > published))
        {
            frame.Date = day;
            frame.DatedByPlaceless = true;
        }
    }

    /// <summary>
    /// The day is written right before a strong attack word, a part of the day (function_words.tsv kind daypart_word) or
    /// a possessive between: "the Saturday evening bombing", "Monday's attack", "the 21 March blast".
    /// </summary>
    private bool DayOfAttackWord(AnnotatedDocument doc, DateMention d)
    {
        var w = doc.WordAt(d.End);
        if (w < doc.Words.Count && doc.Words[w].Key is "'s" or "\u2019s" or "s") w++;
        if (w < doc.Words.Count && _daypartWords.Contains(doc.Words[w].Key)) w++;
        if (w >= doc.Words.Count) return false;
        var word = doc.Words[w];
        return doc.CuesIn(new TextSpan(word.Start, word.End), CueKind.Event).Any(e => e.Start == word.Start && e.As<EventCue>() is { Weak: false, Vehicle: false });
    }

    /// <summary>
    /// The frame's day was read only in sentences with no attack word at all (a notice's "this notice replaces the one of
    /// 16 October (works at X)", "the market of X reopened on Monday"), and a sentence that tells the attack gives a later
    /// day up to publication that dates no telling ("late last night rockets struck the airport", on a page of the day
    /// after): the day of the attack, later though it be; not the day a wounded victim died ("died there on Tuesday").
    /// </summary>
    private bool AfterDayOfNoAttack(AnnotatedDocument doc, Frame frame, SentenceFacts f, DateMention day) =>
        !frame.DateFromAttack && frame.Date is { Precision: "day" } current && doc.Published is { } published
        && day.Precision == "day" && day.Date > current.Date && day.Date <= published && !f.IsCaption && f.HasStrongEvent && !DatesTelling(doc, day)
        && !DatesDeath(doc, f, day)
        && !frame.Sentences.Any(s => s.Events.Any(e => !e.As<EventCue>().Vehicle) && s.Dates.Any(d => d.Date == current.Date));

    /// <summary>
    /// The frame's day is only the publication day, read for want of any other in a sentence that tells no attack (a
    /// newsletter's heading "Thursday Letter No. 12", its issue line "Sent to members on Thursday 19 March"): a later
    /// sentence about the violence that writes an earlier day in full ("On Saturday 14 March at about 10 p.m., armed men
    /// on motorbikes went for the camp") gives the attack's day.
    /// </summary>
    private static bool DatedByIssueDayOnly(AnnotatedDocument doc, Frame frame) =>
        frame.Date is { } current && !frame.DateFromAttack && doc.Published is { } published && current.Date == published;

    /// <summary>
    /// The frame's day only dates a telling ("a fifth victim has died, police said on Monday"), read for want of any
    /// other, in a sentence with or without the frame's place: a later sentence that dates the attack itself replaces it.
    /// </summary>
    private bool DatedByTellingOnly(AnnotatedDocument doc, Frame frame) =>
        frame.Date is { } current && !frame.DateFromAttack && DatesTelling(doc, current);

    /// <summary>
    /// A frame dated only by the publication day, read in a sentence that names its place but tells no attack (a report's
    /// title "Attack near X (19 September 2025)", a byline), takes an earlier day of a later sentence with an attack
    /// word that dates no telling ("On the evening of 16 September, a village near X was attacked"): the publication
    /// day only says the attack came on or before it. So does a day up to publication read in a sentence that tells no
    /// attack (a photo line "The wounded at the hospital in X on Friday"): it is no later than the attack's own day.
    /// </summary>
    private bool EarlierThanPublication(AnnotatedDocument doc, Frame frame, SentenceFacts f, DateMention day) =>
        !frame.DateFromAttack && frame.Date is { } current && doc.Published is { } published && current.Date <= published
        && day.Date < current.Date && f.Events.Any(e => !e.As<EventCue>().Vehicle) && !f.IsCaption && !DatesTelling(doc, day);

    /// <summary>Most words between a wave's total words and its figure ("across the three cities rose to 19", "40 in all").</summary>
    private const int MaxTotalSpan = 6;

    /// <summary>Most words between a toll noun said of a wave and a figure it counts ("the toll of the wave of attacks in X to four dead and five wounded").</summary>
    private const int MaxWaveTollSpan = 14;

    /// <summary>
    /// The frame of a place written just after a figure: "another 48 in Tartus". Not a place past a semicolon, which
    /// opens the clause of another place ("In X, three were killed; in Y, two more": the three are X's).
    /// </summary>
    private static Frame? AfterPlace(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c, List<Frame> frames)
    {
        var next = f.EventPlaces.FirstOrDefault(p => p.Start >= c.Figure.End && p.Start - c.Span.End <= 40);
        if (next is null) return null;
        if (next.Start > c.Span.End && doc.Text.AsSpan(c.Span.End, next.Start - c.Span.End).Contains(';')) return null;
        var between = f.Casualties.Any(o => o != c && o.Figure.Start > c.Figure.End && o.Figure.Start < next.Start);
        return between ? null : HolderOf(frames, next.Place);
    }

    /// <summary>
    /// In a sentence of a wave that tells two members' attacks one after the other ("gunmen shot two guards dead at a
    /// gate on the outskirts of X, and an hour later a mine hit a patrol in Y"), the member whose place the figure's
    /// clause names next, farther than <see cref="AfterPlace"/> reaches: another wave member than the frame in focus,
    /// with no other figure, no semicolon and no mention of the focus's own place between the figure and it. Null when
    /// there is none.
    /// </summary>
    private static Frame? OtherMemberOfClause(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c, Frame focus, List<Frame> wave)
    {
        var next = f.EventPlaces.FirstOrDefault(p => p.Start >= c.Figure.End && !focus.Holds(p.Place));
        if (next is null || HolderOf(wave, next.Place) is not { } member || member == focus) return null;
        if (doc.Text.AsSpan(c.Span.End, Math.Max(0, next.Start - c.Span.End)).Contains(';')) return null;
        if (f.EventPlaces.Any(p => p.Start >= c.Figure.End && p.Start < next.Start && focus.Holds(p.Place))) return null;
        return f.Casualties.Any(o => o != c && o.Figure.Start > c.Figure.End && o.Figure.Start < next.Start) ? null : member;
    }

    /// <summary>Most words between a town's name and the bracket that opens its item's figures ("the X item (one killed)").</summary>
    private const int MaxBracketedItemGap = 3;

    /// <summary>
    /// "updated the X item (one killed, five injured)", "10/03 (Y well dispute, 2 hurt)": a figure inside brackets that
    /// name a town before it, or that follow a town's name within <see cref="MaxBracketedItemGap"/> words of the same
    /// clause, is that town's item's: (true, the frame that holds the town), or (true, null) when no frame holds a town of
    /// the gazetteer so named (an item of no attack told here). (false, null) when the brackets name no place, or name a
    /// town after the figure (a breakdown by town: "seven dead (five in X and two in Y)").
    /// </summary>
    private static (bool Found, Frame? Owner) BracketedItemOf(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c, List<Frame> frames)
    {
        var text = doc.Text;
        var open = -1;
        for (var i = c.Figure.Start - 1; i >= f.Sentence.Start && open < 0; i--)
        {
            if (text[i] is ')' or '\n') return (false, null);
            if (text[i] == '(') open = i;
        }
        if (open < 0) return (false, null);
        var close = text.IndexOf(')', c.Figure.End);
        if (close < 0 || text.AsSpan(c.Figure.End, close - c.Figure.End).Contains('\n')) return (false, null);
        var places = f.EventPlaces.Concat(f.OtherPlaces).Where(p => !p.IsDemonym).OrderBy(p => p.Start).ToList();
        // "killing seven (five in X and two in Y)": a town after the figure in its brackets places it, as AfterPlace reads
        if (places.Any(p => p.Start >= c.Figure.End && p.End <= close)) return (false, null);
        var named = places.LastOrDefault(p => p.Start > open && p.End <= c.Figure.Start)
                    ?? places.LastOrDefault(p => p.End <= open && doc.WordAt(open) - doc.WordAt(p.End) <= MaxBracketedItemGap
                                                 && !doc.Text.AsSpan(p.End, open - p.End).ContainsAny(",;:."));
        if (named is null) return (false, null);
        var owner = HolderOf(frames, named.Place);
        return owner is not null || named.Place.Kind == PlaceKind.City ? (true, owner) : (false, null);
    }

    /// <summary>
    /// "In X, where a grenade went off shortly after the attack in Y, local sources counted 13 wounded": a sentence that
    /// opens with a locative word (function_words.tsv kind locative), a place and a comma sets its scene; a figure after
    /// the comma that no other place follows is the scene's, though the sentence names another attack's place before it
    /// (not past a semicolon, which opens a clause of its own).
    /// </summary>
    private Frame? OpeningScene(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c, List<Frame> frames)
    {
        var words = doc.Words;
        var first = ClauseOpening(doc, f, c);
        var scene = f.EventPlaces.FirstOrDefault(p => doc.WordAt(p.Start) == first + 1);
        if (scene is null || !_locative.Contains(words[first].Key)) return null;
        var comma = doc.WordAt(scene.End);
        if (comma >= words.Count || words[comma].Key != "," || c.Figure.Start < words[comma].End) return null;
        // "In X, three were killed; in Y, two were wounded": past a semicolon another clause sets its own scene
        if (doc.Text.AsSpan(words[comma].End, c.Figure.Start - words[comma].End).Contains(';')) return null;
        return HolderOf(frames, scene.Place);
    }

    /// <summary>
    /// The first word of the figure's clause, past an opening quotation mark: the sentence's first, or the first after the
    /// last semicolon before the figure ("In X, nine were killed; in Y, four more": the four's clause opens on "in Y").
    /// </summary>
    private static int ClauseOpening(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c)
    {
        var words = doc.Words;
        var first = doc.WordAt(f.Sentence.Start);
        var opening = first;
        for (var w = doc.WordAt(c.Figure.Start) - 1; w > first; w--)
            if (words[w].Key == ";") { opening = w + 1; break; }
        while (opening < words.Count && words[opening].Key is "\"" or "“" or "'" or "‘" && words[opening].End < c.Figure.Start) opening++;
        return opening;
    }

    /// <summary>
    /// The wave member (or frame) whose place is written right before a toll's words: "Kandahar toll rises to 40" in a
    /// headline about the whole series is Kandahar's toll, not the wave's, nor that of another town in focus.
    /// </summary>
    private static Frame? TollOfPlace(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c, List<Frame> wave)
    {
        var first = doc.WordAt(c.Span.Start);
        var place = f.EventPlaces.Concat(f.OtherPlaces).FirstOrDefault(p => !p.IsDemonym && p.End <= c.Span.Start && doc.WordAt(p.End) == first);
        return place is null ? null : HolderOf(wave, place.Place);
    }

    /// <summary>The frame of the last place written before a figure: "bombings in Aden on Monday that killed 41".</summary>
    private static Frame? BeforePlace(SentenceFacts f, CasualtyMention c, List<Frame> frames)
    {
        var previous = f.EventPlaces.LastOrDefault(p => p.End <= c.Span.Start);
        return previous is null ? null : HolderOf(frames, previous.Place);
    }

    /// <summary>Most words between a count and the people it counts ("three Salvadoran television journalists").</summary>
    private const int MaxCountGap = 3;

    /// <summary>The most sentences a wire brief has: a report this short tells its news in its lead, dated by its publication.</summary>
    private const int BriefSentences = 3;

    /// <summary>How many words after an attack verb its object's target word may stand: "attacked the remote army post".</summary>
    private const int ObjectReach = 3;

    /// <summary>The last sentence index of an article's lead: the headline (or the dateline line) and the sentence after it.</summary>
    private const int LeadSentences = 2;

    /// <summary>The sentences of an article's opening: an attack it reports is told there.</summary>
    private const int OpeningSentences = 6;

    /// <summary>How many sentences on either side of a deep attack sentence <see cref="AmidViolence"/> reads.</summary>
    private const int RundownReach = 2;

    /// <summary>The title and the sentences after it in which a big city names the article's home.</summary>
    private const int OpeningHomeSentences = 3;
    private const int BigCity = 300_000;
    private const int SmallTown = 100_000;
    /// <summary>Beyond this a small town is no suburb of the big home city.</summary>
    private const double NeighbourhoodKilometres = 60;

    private const double HomeKilometres = 150;
    /// <summary>A town this big, named in a report filed from the capital, is taken at its word.</summary>
    private const int NationalTownPopulation = 50_000;
}
