using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;
using Sitrep.Linking;

namespace Sitrep.Extraction;

// IncidentExtractor, part: frames (see IncidentExtractor.cs for the whole pipeline).
public sealed partial class IncidentExtractor
{
    private static bool ReportsAttack(SentenceFacts f) => f.HasStrongEvent || f.Casualties.Any(c => c.Value is not null) || f.CountsDeadAndHurt;

    /// <summary>
    /// In an article whose opening presents a coordinated series (waves.tsv kind wave), a sentence with only a weak
    /// attack word still tells one of its attacks when it places it and names what was hit, or is the sentence of the
    /// series itself: "At Dunmore, the assault on the depot was beaten back", "positions in X and Y were the target of
    /// simultaneous attacks". Armed men named as the ones hit ("rebels") and words of fear ("terror") tell no attack.
    /// A sentence that opens on an ordinal standing for one of the attacks (waves.tsv kind member) tells its members
    /// whatever its verb: "The first hit the barracks at X, the second the police post of Y".
    /// </summary>
    private static bool TellsWaveMember(SentenceFacts f) =>
        f.EventPlaces.Count > 0
        && (f.TellsMembersInTurn
            || (f.OpensWithMember || f.Events.Any(e => e.As<EventCue>() is { Vehicle: false } c && (c.Assault || c.Act || c.EventType != "other")))
            && (f.Targets.Any(t => t.As<string>() != "armed_group") || f.HasWaveCue));

    private List<Frame> BuildFrames(AnnotatedDocument doc, List<SentenceFacts> facts, bool followUp = false)
    {
        var published = doc.Published is not null;
        var frames = new List<Frame>();
        var waveLead = facts.Any(f => (f.HasWaveCue || f.TellsMembersInTurn) && !f.IsBackground && f.Sentence.Index <= WaveSentences);
        var placingNext = PlacesAttackToldNext(doc, facts);
        var placingTold = facts.Where(f => PlacesToldAttack(doc, f)).Select(f => f.Sentence.Index).ToHashSet();
        placingNext.UnionWith(PlaceLinesOfAttacks(doc, facts));
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
            var titled = title?.EventPlaces.Concat(title.OtherPlaces.Where(City)).ToList() ?? [];
            var candidates = titled.Where(p => p.Place.Kind == PlaceKind.City).ToList();
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
                    .Concat(facts.Where(f => !f.IsBackground && f.Sentence.Index <= OpeningSentences && OpensOnAttack(facts, title))
                        .SelectMany(f => f.EventPlaces.Concat(f.OtherPlaces).Except(f.CarePlaces)).Where(City))
                    .Take(1));
            }
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
            // a trial or an arrest that names the attack's town only further on ("the shootings at the plant in X"):
            // the first town the article places anything at
            if (candidates.Count == 0 && followUp)
                candidates.AddRange(facts.SelectMany(f => f.EventPlaces).Where(City).Take(1));
            if (candidates.Count > 0 && AttackCountryElsewhere(doc, facts, candidates[0]) is { } elsewhere) candidates.Insert(0, elsewhere);
            if (Trace) Console.Error.WriteLine($"  fallback candidates: {string.Join(",", candidates.Select(c => c.Place.Name + "/" + c.Place.Kind))}");
            foreach (var p in candidates.Take(1)) FrameFor(frames, p).FromTitleOnly = true;
        }
        return frames;
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
    private bool PlacesToldAttack(AnnotatedDocument doc, SentenceFacts f)
    {
        if (f.IsBackground || f.IsTitle || f.EventPlaces.Count == 0 || ReportsAttack(f)) return false;
        var first = doc.WordAt(f.Sentence.Start);
        if (first >= doc.Words.Count || !_toldDeterminers.Contains(doc.Words[first].Key)) return false;
        var reach = new TextSpan(doc.Words[first].End, doc.Words[Math.Min(doc.Words.Count - 1, first + ToldOpeningReach + 1)].End);
        var attack = doc.CuesIn(reach, CueKind.Event).FirstOrDefault(e => e.As<EventCue>() is { Vehicle: false });
        if (attack is null || attack.End > f.Sentence.End) return false;
        return PlacingVerbAt(doc, doc.WordAt(attack.End));
    }

    /// <summary>A placing verb (function_words.tsv kind placing_verb, of one or two words) begins at word <paramref name="w"/>.</summary>
    private bool PlacingVerbAt(AnnotatedDocument doc, int w) =>
        w < doc.Words.Count && (_placingVerbs.Contains(doc.Words[w].Key)
                                || w + 1 < doc.Words.Count && _placingVerbs.Contains(doc.Words[w].Key + " " + doc.Words[w + 1].Key));

    private const int ToldOpeningReach = 2;

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

    /// <summary>Sentences after a numbered item's place line that may tell its attack without a place of their own.</summary>
    private const int PlaceLineBodyReach = 2;

    /// <summary>
    /// A numbered item's place line (<see cref="HeadsNumberedPlaceLine"/>: "2. Elmwood village, Hill district.") whose next
    /// sentences, placed nowhere else, tell an attack ("At dawn the village was shelled. One man died."): the line places
    /// that attack, as "in Elmwood" in the sentence itself would.
    /// </summary>
    private HashSet<int> PlaceLinesOfAttacks(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var found = new HashSet<int>();
        for (var i = 0; i + 1 < facts.Count; i++)
        {
            var f = facts[i];
            if (f.IsBackground || f.IsTitle || f.IsCaption || ReportsAttack(f)
                || f.EventPlaces.FirstOrDefault(p => HeadsNumberedPlaceLine(doc, f.Sentence, p)) is not { } line) continue;
            var body = facts.Skip(i + 1).Where(g => !g.IsBackground && !g.IsCaption).Take(PlaceLineBodyReach)
                .TakeWhile(g => g.EventPlaces.All(p => p.Place == line.Place)).ToList();
            if (body.Any(g => ReportsAttack(g) || g.Events.Count > 0)) found.Add(f.Sentence.Index);
        }
        return found;
    }

    /// <summary>
    /// A round-up's section (<see cref="SectionHeadings"/>) whose body tells an attack but places it nowhere of its own
    /// ("RIVERTON: THE BAKERY", then "Before dawn, two men shot the baker ...") or only at the heading's town again
    /// ("... a mob stormed a depot in Riverton", then "Two drivers were hurt") tells it at its heading's town: a frame
    /// there, in the order the article tells its sections. The section ends at the next heading or at a heading of the
    /// article's own (<see cref="SubHeading"/>: "Background"). A frame already at the heading's town is the section's too;
    /// either stays apart from the other sections' attacks, however near.
    /// </summary>
    private void AddSectionFrames(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        foreach (var (town, body) in Sections(doc, facts))
        {
            if (HolderOf(frames, town.Place) is { } told) { told.Sectioned |= !DayHeaded(doc, facts, town) || TellsViolence(body); continue; }
            // (a section that tells only an arrest or a hearing over an attack told elsewhere opens no attack of its own)
            if (!body.Any(f => !f.IsBackground && !f.IsCaption && ReportsAttack(f) && !TellsStepOnly(doc, f))
                || body.Any(f => PlacesAttackElsewhere(f, town))) continue;
            var at = frames.FindIndex(fr => fr.PlaceMentions[0].Start > town.Start);
            frames.Insert(at < 0 ? frames.Count : at, new Frame(town) { Sectioned = true });
        }
    }

    /// <summary>
    /// A section's body names violence done to people or things in a word of its own, not a vehicle's word or a weak word
    /// for harm alone: "gunmen opened fire", "set fire to three houses"; not "six died when a bus overturned" (an
    /// accident under a timeline's day heading is no attack its town's frame may be kept for).
    /// </summary>
    private static bool TellsViolence(List<SentenceFacts> body) =>
        body.Any(f => !f.IsBackground && !f.IsCaption
                      && f.Events.Any(e => e.As<EventCue>() is { Vehicle: false } c && (!c.Weak || c.EventType != "other" || c.Assault)));

    /// <summary>
    /// A round-up's section (<see cref="SectionHeadings"/>) is dated by its own opening: the first day, of no telling, read
    /// in its sentences up to the first that tells its attack ("DALEFORD: THE BAKERY", "Early on Saturday it was the
    /// bakery's turn.", "Two masked men shot the baker ...") is the day of the section's attack, over a later day of the
    /// section (a call for ransom, a death in hospital) and over none (the publication day). Each section keeps its own.
    /// </summary>
    private void DateSections(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        foreach (var (town, body) in Sections(doc, facts))
        {
            if (HolderOf(frames, town.Place) is not { Sectioned: true } frame
                || (SectionOpeningDay(doc, body) ?? AttackHeadingDay(doc, facts, town, body)) is not { } day) continue;
            if (frame.Date is { } current && frame.DateFromAttack && current.Date <= day.Date) continue;
            frame.Date = day;
            frame.DateFromAttack = true;
            frame.DatedByPlaceless = false;
        }
    }

    /// <summary>
    /// A round-up's sections (<see cref="SectionHeadings"/>) with a town: the heading's town and the sentences after it up
    /// to the next heading, a heading of the article's own (<see cref="SubHeading"/>: "Background") or an explainer's
    /// next question (<see cref="QuestionHeading"/>: "**Who is behind it?**").
    /// </summary>
    private IEnumerable<(PlaceMention Town, List<SentenceFacts> Body)> Sections(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var heads = SectionHeadings(doc, facts);
        if (heads.Count == 0) yield break;
        for (var i = 0; i < facts.Count; i++)
        {
            if (!heads.Contains(facts[i].Sentence.Index) || SectionTown(doc, facts[i]) is not { } town) continue;
            yield return (town, facts.Skip(i + 1).TakeWhile(f => !heads.Contains(f.Sentence.Index) && !SubHeading(doc, f) && !QuestionHeading(doc, f)).ToList());
        }
    }

    /// <summary>
    /// The day of a timeline's day heading (<see cref="HeadingDay"/>: "MONDAY, 3 MARCH - RIVERTON") whose section tells an
    /// attack: the day of that attack when the section names none before telling it; null for a section of no attack
    /// (a prayer for peace on Sunday does not redate Monday's shooting in the same town).
    /// </summary>
    private static DateMention? AttackHeadingDay(AnnotatedDocument doc, List<SentenceFacts> facts, PlaceMention town, List<SentenceFacts> body) =>
        body.Any(f => !f.IsBackground && !f.IsCaption && ReportsAttack(f)) && HeadingOf(facts, town) is { } head ? HeadingDay(doc, head) : null;

    /// <summary>The sentence a section's heading town is written in.</summary>
    private static SentenceFacts? HeadingOf(List<SentenceFacts> facts, PlaceMention town) =>
        facts.FirstOrDefault(f => f.Sentence.Start <= town.Start && town.End <= f.Sentence.End);

    /// <summary>
    /// The section is headed by a timeline's day ("TUESDAY, 4 MARCH - ELMWOOD"), not by an attack's town: a timeline
    /// tells the week's news of every kind (an accident, a seizure, a prayer), so its section is an attack only where it
    /// names violence (see <see cref="TellsViolence"/>), unlike a round-up of attacks, whose every section tells one.
    /// </summary>
    private static bool DayHeaded(AnnotatedDocument doc, List<SentenceFacts> facts, PlaceMention town) =>
        HeadingOf(facts, town) is { } head && HeadingDay(doc, head) is not null;

    /// <summary>The first day of no telling in a section's sentences up to the first that tells its attack (see <see cref="DateSections"/>).</summary>
    private DateMention? SectionOpeningDay(AnnotatedDocument doc, List<SentenceFacts> body)
    {
        foreach (var f in body.Where(f => !f.IsBackground && !f.IsCaption))
        {
            if (AttackDay(doc, f) is { } day && !DatesTelling(doc, day)) return day;
            if (ReportsAttack(f)) return null;
        }
        return null;
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
    /// A short line of its own without a sentence's stop, a place or an attack word ("Background", "Our demands"): a heading
    /// of the article's own, after which the last section of a round-up has ended (what follows, as a list of related
    /// stories, is none of its attack's).
    /// </summary>
    private static bool SubHeading(AnnotatedDocument doc, SentenceFacts f)
    {
        if (f.IsTitle || f.Events.Count > 0 || f.EventPlaces.Count > 0 || f.OtherPlaces.Count > 0 || f.Dateline is not null) return false;
        var text = doc.Text;
        var line = f.Sentence.Of(text).Trim();
        if (line.Length == 0 || !char.IsLetter(line[^1]) || line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxSubHeadingWords) return false;
        var before = f.Sentence.Start;
        while (before > 0 && text[before - 1] is ' ' or '\t') before--;
        var after = f.Sentence.End;
        while (after < text.Length && text[after] is ' ' or '\t') after++;
        return (before == 0 || text[before - 1] is '\n' or '\r') && (after >= text.Length || text[after] is '\n' or '\r');
    }

    /// <summary>
    /// The town <paramref name="p"/> is written right after one of the frame's towns as the next item of a list of scenes,
    /// joined by "and" or "or" ("in X and Y", "in X and in Y"): two towns, each with its own attack, not a place and its
    /// landmark ("the airport road west of the capital, Kabul").
    /// </summary>
    private static bool ListedTowns(AnnotatedDocument doc, Frame frame, PlaceMention p)
    {
        if (p.IsDemonym || p.Place.Kind != PlaceKind.City || frame.Place.Kind != PlaceKind.City || frame.Place.GeonameId == p.Place.GeonameId) return false;
        var before = frame.PlaceMentions.Where(m => m.End <= p.Start && !m.IsDemonym && m.Place.Kind == PlaceKind.City).MaxBy(m => m.End);
        if (before is null) return false;
        var between = doc.Text[before.End..p.Start].Trim().ToLowerInvariant();
        return between is "and" or "or" or "and in" or "or in";
    }

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
    /// The members of a wave struck together: one dated only by the day its news was told ("In X, officials said on Tuesday
    /// that 30 had been hurt"), or only by a sentence that tells no attack ("the road to X stayed closed on Wednesday"),
    /// takes the earliest day of a member whose attack is dated.
    /// </summary>
    private void DateByWave(AnnotatedDocument doc, List<Frame> wave, DateMention? story)
    {
        var attackDays = wave.Where(fr => fr.Date is { Precision: "day" } d && fr.DateFromAttack && !DatesTelling(doc, d)).Select(fr => fr.Date!).ToList();
        // no member dated by a sentence that counts its victims: a day the text gives a member, before the story's
        if (attackDays.Count == 0 && WrittenMemberDay(doc, wave, story) is { } written) attackDays.Add(written);
        // no member dated by its own attack: the story's day (the lead's "on Tuesday") is the wave's
        if (attackDays.Count == 0 && story is { Precision: "day" }) attackDays.Add(story);
        if (attackDays.Count == 0) return;
        var first = attackDays.MinBy(d => d.Date)!;
        foreach (var fr in wave.Where(fr => fr.Date is null || DatesTelling(doc, fr.Date) || !fr.DateFromAttack))
            if (fr.Date is null || first.Date < fr.Date.Date) { fr.Date = first; fr.DateFromAttack = true; }
    }

    /// <summary>
    /// "Overnight" or "last night" in a story of day D names the night that ends on D: an attack it dates whose own
    /// sentences give an hour after midnight and before dawn ("At about 02:30 a drone struck the substation", "shortly
    /// after midnight") struck on D, not on the day before, which the word alone was read as.
    /// </summary>
    private void DateNightByEarlyHour(AnnotatedDocument doc, List<Frame> frames)
    {
        if (doc.Published is not { } published) return;
        foreach (var frame in frames)
        {
            if (frame.Date is not { Precision: "day" } d || d.Date != published.AddDays(-1) || !NamesLastNight(doc, d)) continue;
            var told = frame.Sentences.Where(s => !s.IsTitle && !s.IsCaption).ToList();
            // an evening hour told beside it ("at around 23:15 last night") keeps the night the day before: the early hour is
            // then a later moment (a ticker's "00:35 (Sat)" entry, "the shooting stopped at 02:10")
            if (!told.Any(s => TellsEarlyHour(doc, s)) || told.Any(s => ClockHours(doc, s).Any(h => h >= EveningHour))) continue;
            frame.Date = d with { Date = published };
            frame.PastMidnight = true;
        }
    }

    /// <summary>A date of the night before written in words alone, no day's name nor figure ("overnight", "last night"; waves.tsv kind onenight).</summary>
    private static bool NamesLastNight(AnnotatedDocument doc, DateMention d) =>
        !doc.Text.AsSpan(d.Start, d.End - d.Start).ContainsAnyExcept("abcdefghijklmnopqrstuvwxyz ")
        && doc.CuesIn(d.Span, CueKind.Wave).Any(w => w.As<string>() == "onenight");

    /// <summary>Hours of the small hours: a clock time from midnight to before this hour is after midnight, before dawn.</summary>
    private const int DawnHour = 6;

    /// <summary>An hour from which a clock time is in the evening (18:00, "6 p.m.") and names the night before midnight.</summary>
    private const int EveningHour = 18;

    /// <summary>
    /// The sentence gives a time after midnight and before dawn: a clock time ("02:30", "1.15am", "2 a.m.", "0210 hours")
    /// whose hour is under <see cref="DawnHour"/>, or "after midnight".
    /// </summary>
    private bool TellsEarlyHour(AnnotatedDocument doc, SentenceFacts f)
    {
        var words = doc.Words;
        for (var w = Math.Max(1, doc.WordAt(f.Sentence.Start)); w < words.Count && words[w].Start < f.Sentence.End; w++)
            if (words[w].Key == "midnight" && words[w - 1].Key == "after") return true;
        return ClockHours(doc, f).Any(h => h < DawnHour);
    }

    /// <summary>
    /// The hours of the clock times the sentence gives, on a 24-hour clock: "02:30" 2, "0210 hours" 2, "11 p.m." 23,
    /// "23h15" 23.
    /// </summary>
    private IEnumerable<int> ClockHours(AnnotatedDocument doc, SentenceFacts f)
    {
        var words = doc.Words;
        for (var w = doc.WordAt(f.Sentence.Start); w < words.Count && words[w].Start < f.Sentence.End; w++)
        {
            var after = ClockTimeAt(doc, w);
            if (after == w) continue;
            var key = words[w].Key;
            var digits = key.Length == 4 && key.All(char.IsDigit) ? key[..2] : key.Split(':', '.', 'h')[0];
            var suffix = string.Concat(Enumerable.Range(w + 1, Math.Max(0, after - w - 1)).Select(i => words[i].Key));
            if (int.TryParse(digits, out var hour)) yield return suffix.StartsWith('p') && hour < 12 ? hour + 12 : hour;
            w = after - 1;
        }
    }

    /// <summary>
    /// The earliest day written in the text that dates a member of a wave whose sentences tell its attack only in weak
    /// words ("at about 21:30 on Monday a band stormed the police post of X"), when it comes before the story's day (the
    /// publication's, when no sentence with victims gives one): the other members, told with no day of their own
    /// ("twenty minutes on, another band forced its way into the office of Y"), struck that day, not on the day of the news.
    /// </summary>
    private DateMention? WrittenMemberDay(AnnotatedDocument doc, List<Frame> wave, DateMention? story) =>
        wave.Where(fr => fr.Date is { Precision: "day", End: > 0 } d && !DatesTelling(doc, d) && (story is null || d.Date < story.Date))
            .Select(fr => fr.Date!).MinBy(d => d.Date);

    /// <summary>The sentences in which an article presents its attacks as one series: a wave is news, told early.</summary>
    private const int WaveSentences = 12;

    /// <summary>The frames that the article presents as one coordinated series, or null.</summary>
    private List<Frame>? FindWave(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames, DateMention? story)
    {
        if (frames.Count < 2) return null;
        // the article itself says its attacks are not linked ("police found nothing to connect the three attacks"): a
        // round-up of unrelated attacks, however it counts them
        if (SaysUnrelated(doc, facts)) return null;
        // a round-up told in sections, one town's attack under each heading: attacks told apart, however it counts them
        if (SectionHeadings(doc, facts).Count > 0) return null;
        // a wave told before any background ("a wave of attacks on Monday killed 107, after the group warned it would strike")
        if (!facts.Any(f => (f.HasWaveCue || f.HasTotalCue || f.TellsMembersInTurn) && f.Sentence.Index <= WaveSentences && (!f.IsBackground || DayWave(doc, f)))
            && SeriesItemOpenings(doc, facts).Count == 0 && !ClaimsSeries(doc, facts) && !TotalsSeveralAttacks(doc, facts)) return null;
        var country = frames.GroupBy(f => f.Place.CountryCode).OrderByDescending(g => g.Count()).First().Key;
        var members = frames.Where(f => f.Place.CountryCode == country).ToList();
        return members.Count >= 2 ? members : null;
    }

    /// <summary>
    /// A sentence of the article's news gives a toll of several of its attacks together (<see cref="TotalOfSeveral"/>: "In
    /// total, one officer died and three people were hurt in the two attacks"): it presents them as one series, however
    /// far down the page the total is told, after each attack was told in turn.
    /// </summary>
    private static bool TotalsSeveralAttacks(AnnotatedDocument doc, List<SentenceFacts> facts) =>
        facts.Any(f => !f.IsBackground && f.Casualties.Any(c => c.Value > 0) && TotalOfSeveral(doc, f));

    /// <summary>
    /// A sentence of the article's news claims every attack of a series at once (claims.tsv column series): one group that
    /// claims "both attacks" presents them as one series, however far down the page the claim is told ("On Monday the
    /// Front claimed responsibility for both attacks on its channel" after the two towns' stories).
    /// </summary>
    private bool ClaimsSeries(AnnotatedDocument doc, List<SentenceFacts> facts) =>
        facts.Any(f => !f.IsBackground && f.Claims.Any(c => c.As<string>() == "claimed" && NamesSeries(doc, c)));

    /// <summary>
    /// The sentences that open a numbered item of a list on words of a series (waves.tsv kind wave) right after its place
    /// line: "2. Elmwood village, Hill district. At about the same time mortar bombs hit the village" tells one more attack
    /// of the series the items before it began, however deep in the page the list stands (a wave), and tells it of the
    /// item's own place, not of the series as a whole (its figures and those after it stay the item's).
    /// </summary>
    private HashSet<int> SeriesItemOpenings(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var found = new HashSet<int>();
        for (var i = 0; i + 1 < facts.Count; i++)
            if (!facts[i].IsBackground && facts[i].EventPlaces.Any(p => HeadsNumberedPlaceLine(doc, facts[i].Sentence, p))
                && facts[i + 1] is { IsBackground: false, HasWaveCue: true, HasTotalCue: false } body
                && doc.CuesIn(body.Sentence.Span, CueKind.Wave).Any(c => c.As<string>() == "wave" && c.FirstWord == doc.WordAt(body.Sentence.Start)))
                found.Add(body.Sentence.Index);
        return found;
    }

    /// <summary>
    /// Some sentence of the article denies a link between its attacks (waves.tsv kind unrelated: "nothing to connect",
    /// "no link between", "appeared to be unrelated").
    /// </summary>
    private static bool SaysUnrelated(AnnotatedDocument doc, List<SentenceFacts> facts) =>
        facts.Any(f => doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(w => w.As<string>() == "unrelated"));

    /// <summary>
    /// A background sentence still tells the day's wave when the wave comes before any background ("a wave of attacks on
    /// Monday killed 107, after the group warned it would strike"), unless it counts over a period (background.tsv kind
    /// aggregate): "the province has seen a string of bombings this year" is no wave of the day.
    /// </summary>
    private static bool DayWave(AnnotatedDocument doc, SentenceFacts f) =>
        !BackgroundCues(doc, f.Sentence.Span).Any(b => b.As<string>() == "aggregate")
        && TellsBeforeBackground(doc, f, doc.CuesIn(f.Sentence.Span, CueKind.Wave).FirstOrDefault(w => w.As<string>() is "wave" or "total")?.End ?? f.Sentence.End);

    private void Assign(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames, List<Frame>? wave, List<SentenceFacts> waveSentences, List<(CasualtyMention, string?)> waveCasualties)
    {
        Frame? focus = null;
        var lead = new List<SentenceFacts>();
        var items = ItemHeadings(doc, facts);
        List<SentenceFacts>? item = null; // an item's sentences that name no place yet, until one does
        SentenceFacts? listing = null; // the last sentence that named the places of several frames
        var seriesTold = false; // a sentence without a place spoke of the wave as a whole: figures without a place are the wave's
        var itemOpenings = wave is null ? [] : SeriesItemOpenings(doc, facts);
        foreach (var told in facts)
        {
            // "| Total | 3 | 8 |" under rows of places: the series' figures when a wave is told, else only the sum of the
            // rows already counted, never one attack's
            var f = told.IsTableTotal && wave is null ? told with { Casualties = [] } : told;
            // a page of briefs: each item is an article of its own, and nothing of one item runs on into the next
            if (items.Contains(f.Sentence.Index)) { focus = null; item = []; }
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
            if (here.Count > 0) seriesTold = false;
            if (here.Count == 0 && DatelineFrame(facts, f, frames) is { } anchored) here.Add(anchored);
            // a round-up's section heading ("RIVERTON: THE BAKERY"): its town's frame takes the section
            if (here.Count == 0 && items.Contains(f.Sentence.Index) && SectionTown(doc, f) is { } section && HolderOf(frames, section.Place) is { } headed) here.Add(headed);
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
                    foreach (var g in item) { frame.Sentences.Add(g); foreach (var c in g.Casualties) frame.Casualties.Add((c, g.SourceOf(c))); DateFromPlaceless(doc, frame, g); }
                    item.Clear();
                }
                frame.Sentences.Add(f);
                foreach (var c in f.Casualties)
                {
                    // "... in X on Friday, as the dead across the three cities rose to 19": a figure of the whole wave
                    if (wave is not null && wave.Contains(frame) && (TotalsWave(doc, f, c) || TollOfSeveralMembers(doc, f, c, wave, frames))) { waveCasualties.Add((c, f.SourceOf(c))); waveSentences.Add(f); continue; }
                    // a figure before the place of another attack told at the same place is that attack's
                    var after = AfterPlace(doc, f, c, frames);
                    (after is not null && !(frame.ToldSeparately && frame.Holds(after.Place)) ? after : frame).Casualties.Add((c, f.SourceOf(c)));
                }
                if (!f.IsCaption) focus = frame;
                // the day of a sentence that tells the attack ("was kidnapped on Wednesday") over that of one that only
                // names the place; of several, the earliest: what follows an attack (raids, arrests, a funeral) comes after it
                // a sentence that tells the attack in words of its own at the frame's place dates it over one that named
                // no place (TellsAttackHere), though its day be later
                // the day of a telling ("police said on Monday that three had died") dates the frame only for want of any other
                var day = AttackDay(doc, f);
                if (day is not null && frame.Date is not null && DatesTelling(doc, day)) day = null;
                if (ReportsAttack(f) && day is not null && (!frame.DateFromAttack || day.Date < frame.Date!.Date || TellsAttackHere(doc, frame, f, day))) { frame.Date = day; frame.DateFromAttack = true; frame.DatedByPlaceless = false; }
                else if (frame.Date is null) frame.Date = day;
                else if (day is not null && EarlierThanPublication(doc, frame, f, day)) frame.Date = day;
                continue;
            }
            if (here.Count > 1)
            {
                var aboutWave = wave is not null && here.Any(wave.Contains);
                foreach (var c in f.Casualties)
                {
                    // "two suicide bombings killed 48 people in X and Y": a toll of the series told before the list of its members' towns
                    if (aboutWave && f.HasWaveCue && TollBeforeMembersList(doc, f, c, wave!)) { waveCasualties.Add((c, f.SourceOf(c))); continue; }
                    var target = AfterPlace(doc, f, c, frames) ?? OpeningScene(doc, f, c, frames);
                    if (target is not null) target.Casualties.Add((c, f.SourceOf(c)));
                    else if (aboutWave) waveCasualties.Add((c, f.SourceOf(c)));
                    else (BeforePlace(f, c, frames) ?? here[0]).Casualties.Add((c, f.SourceOf(c)));
                }
                if (aboutWave) waveSentences.Add(f);
                // shared with each of its frames for dates and claims only
                foreach (var fr in here) fr.Sentences.Add(f with { Casualties = [], Targets = [] });
                DateFromShared(doc, here, f);
                if (!f.IsCaption) { focus = here[^1]; listing = f; }
                continue;
            }
            // no place of its own, in an item of a page of briefs that has named none yet: the item's, whatever its place
            if (focus is null && item is not null) { item.Add(f); continue; }
            // no place of its own: about the whole series when the article has not yet turned to one place, or when it totals figures
            if (wave is not null && (focus is null || ((f.HasWaveCue || f.HasTotalCue) && f.Casualties.Count > 0)))
            {
                waveSentences.Add(f);
                foreach (var c in f.Casualties)
                {
                    if ((AfterPlace(doc, f, c, frames) ?? TollOfPlace(doc, f, c, wave)) is { } placed) placed.Casualties.Add((c, f.SourceOf(c)));
                    else waveCasualties.Add((c, f.SourceOf(c)));
                }
                continue;
            }
            if (focus is null) { lead.Add(f); continue; }
            // "its units had carried out coordinated operations in both towns": a sentence without a place of its own that
            // speaks of the series as a whole (a word of a wave) turns the figures away from the member in focus; those
            // that follow without a place (a claimant's figure, the attackers' dead) are the series', never one member's,
            // until a sentence names a place again (its other facts still go with the focus)
            // (so does a sentence of the series' total without figures of its own: "The provisional assessment is as
            // follows:", its figures listed after it)
            if (wave is not null && !f.IsCaption && wave.Contains(focus) && !itemOpenings.Contains(f.Sentence.Index)
                && (seriesTold || f.HasWaveCue || (f.HasTotalCue && f.Casualties.Count == 0)))
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
            if (wave is null && listing is not null && ListedFrame(doc, listing, f, frames) is { } listed) focus = listed;
            focus.Sentences.Add(f);
            foreach (var c in f.Casualties)
            {
                // "the minister said 'four dead and ten wounded' was the balance of the morning", after the lead gave the
                // series four dead: the series' toll told again, not the member in focus's
                if (wave is not null && wave.Contains(focus) && RestatesWaveToll(waveCasualties, focus, c)) { waveCasualties.Add((c, f.SourceOf(c))); continue; }
                focus.Casualties.Add((c, f.SourceOf(c)));
            }
            DateFromPlaceless(doc, focus, f);
            // "... when the attack began on Friday evening": the day its siege began dates the frame, though no place is named
            if (f.Events.Count > 0 && StartDay(doc, f) is { } start && focus.Date is { } current && start.Date < current.Date
                && current.Date.DayNumber - start.Date.DayNumber <= MaxSiegeDays) { focus.Date = start; focus.DateFromAttack = true; }
        }
        // Sentences before any place was named belong to the article's main attack (or to the wave).
        if (lead.Count > 0)
        {
            var main = LeadFrame(lead, frames);
            foreach (var f in lead)
            {
                main.Sentences.Add(f);
                foreach (var c in f.Casualties) main.Casualties.Add((c, f.SourceOf(c)));
                DateFromPlaceless(doc, main, f);
            }
        }
    }

    /// <summary>
    /// "The army put the toll at six dead - four guards at the depot and two soldiers in the blast - and four wounded":
    /// a figure followed in its sentence by two or more counts that add up to it breaks the toll down among several
    /// attacks; in a wave, a sentence without a place of its own that does so gives the series' figures (all of them),
    /// not those of the member in focus.
    /// </summary>
    private static bool BreaksDownToll(AnnotatedDocument doc, SentenceFacts f) =>
        f.Casualties.Any(c => c.Value is > 2 && SumsTo(doc.NumbersIn(new TextSpan(c.Figure.End, f.Sentence.End)).Select(n => n.Value).ToList(), c.Value.Value));

    /// <summary>Whether the first two or more of the counts (none unknown) add up to the total.</summary>
    private static bool SumsTo(List<int?> counts, int total)
    {
        var sum = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            if (counts[i] is not { } n || n <= 0) return false;
            sum += n;
            if (sum == total) return i >= 1;
            if (sum > total) return false;
        }
        return false;
    }

    /// <summary>
    /// A sentence without a place of its own after one that listed several attacks' sites and places ("they hit the
    /// cultural institute, a chapel in the capital and a bank in X"): the frame of the place named first after the
    /// target it names again ("a bomb went off on the fifth floor of the cultural institute" is the capital's). Null when
    /// it names none of the listing's targets again, or targets placed in different frames.
    /// </summary>
    private static Frame? ListedFrame(AnnotatedDocument doc, SentenceFacts listing, SentenceFacts f, List<Frame> frames)
    {
        var nouns = f.Targets.Select(t => TargetNoun(doc, t)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var scenes = Scenes(listing);
        var found = listing.Targets.Where(t => nouns.Contains(TargetNoun(doc, t)))
            .Select(t => scenes.Where(p => p.Start > t.End).MinBy(p => p.Start))
            .Select(p => p is null ? null : HolderOf(frames, p.Place))
            .Distinct().ToList();
        return found is [{ } one] ? one : null;
    }

    /// <summary>
    /// The sentences that head the items of a page of briefs: lines that open on a country, written as a dateline
    /// ("Ruritania: two guards shot dead at a depot"), each followed by a body sentence of its own (not by another such
    /// line, as in a list of related headlines, nor by an unfinished line), when the page has at least two; else none.
    /// </summary>
    private HashSet<int> ItemHeadings(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        if (SectionHeadings(doc, facts) is { Count: > 0 } sections) return sections;
        static bool Heading(AnnotatedDocument doc, SentenceFacts f) =>
            f.Dateline is { Place.Kind: PlaceKind.Country } d && d.Start >= f.Sentence.Start
            && string.IsNullOrWhiteSpace(doc.Text[f.Sentence.Start..d.Start]);
        var heads = new HashSet<int>();
        for (var i = 0; i + 1 < facts.Count; i++)
        {
            var next = facts[i + 1];
            if (Heading(doc, facts[i]) && !Heading(doc, next)
                && next.Sentence.Of(doc.Text).TrimEnd() is [.., '.' or '!' or '?' or '"' or '\u201D'])
                heads.Add(facts[i].Sentence.Index);
        }
        return heads.Count >= 2 ? heads : [];
    }

    /// <summary>Most words after the colon of a round-up's section heading ("LA PAZ: THE BAKERY FIRE").</summary>
    private const int MaxSectionTitleWords = 12;

    /// <summary>
    /// The sentences that head the sections of a round-up of attacks in several towns: lines of their own that open on a
    /// town written as a dateline with a colon and a short title after it, without a sentence's stop ("RIVERTON: THE
    /// BAKERY", "2. Elmwood: a night at the depot"), each followed by a body sentence, when the article has at least
    /// two. Each section tells the attack at its heading's town; empty when the article has fewer than two.
    /// </summary>
    private HashSet<int> SectionHeadings(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var heads = new HashSet<int>();
        for (var i = 0; i + 1 < facts.Count; i++)
            if (SectionTown(doc, facts[i]) is not null && SectionTown(doc, facts[i + 1]) is null
                && facts[i + 1].Sentence.Of(doc.Text).TrimEnd() is [.., '.' or '!' or '?' or '"' or '\u201D'])
                heads.Add(facts[i].Sentence.Index);
        return heads.Count >= 2 ? heads : [];
    }

    /// <summary>
    /// The town a sentence heads a section with (see <see cref="SectionHeadings"/>): a town's dateline followed by a
    /// colon, a short title without a stop, and the end of the line; else null.
    /// </summary>
    private PlaceMention? SectionTown(AnnotatedDocument doc, SentenceFacts f) =>
        f.IsTitle ? null : DatelineSectionTown(doc, f) ?? NumberedItemTown(doc, f) ?? DayHeadingTown(doc, f) ?? RunInHeadingTown(doc, f)
                           ?? QuestionHeadingTown(doc, f);

    /// <summary>Most words of an explainer's question heading ("What happened at the depot in Riverton?").</summary>
    private const int MaxQuestionHeadingWords = 10;

    /// <summary>
    /// An explainer's question heading: a short line of its own that asks a question, perhaps set in bold or as a
    /// heading's markup ("**What happened in Riverton?**", "## Who is behind the attacks?"). An explainer answers each
    /// question in the lines under it, so such a line opens a section and closes the one before.
    /// </summary>
    private static bool QuestionHeading(AnnotatedDocument doc, SentenceFacts f)
    {
        if (f.IsTitle || f.IsCaption) return false;
        var text = doc.Text;
        var start = f.Sentence.Start;
        while (start > 0 && text[start - 1] is ' ' or '\t') start--;
        if ((start > 0 && text[start - 1] is not ('\n' or '\r')) || LineEndAfter(text, f.Sentence.End) is null) return false;
        var line = f.Sentence.Of(text).Trim().Trim('*', '_', '#', ' ');
        return line.EndsWith('?') && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxQuestionHeadingWords;
    }

    /// <summary>
    /// The town an explainer's question heading (<see cref="QuestionHeading"/>) asks about, when it names one town and
    /// no other place ("**What happened in Riverton?**", "What do we know about the attack in Elmwood?"): the lines
    /// under it tell that town's attack; else null.
    /// </summary>
    private static PlaceMention? QuestionHeadingTown(AnnotatedDocument doc, SentenceFacts f)
    {
        if (!QuestionHeading(doc, f)) return null;
        var places = f.EventPlaces.Concat(f.OtherPlaces).Where(p => !p.IsDemonym).DistinctBy(p => p.Place).ToList();
        return places is [{ Place.Kind: PlaceKind.City } town] ? town : null;
    }

    /// <summary>
    /// The town a brief's run-in heading heads its section with: a sentence that opens its line and is nothing but a
    /// town's name and a full stop, the section's text running on after it ("Riverton. Late on Friday, gunmen fired on a
    /// bus ..."); else null. A brief tells each town's incident under such a heading, apart from the others.
    /// </summary>
    private static PlaceMention? RunInHeadingTown(AnnotatedDocument doc, SentenceFacts f)
    {
        var text = doc.Text;
        var start = f.Sentence.Start;
        if (start > 0 && text[start - 1] is not ('\n' or '\r')) return null;
        if (text.AsSpan(start, f.Sentence.End - start).TrimEnd() is not [.., '.'] sentence) return null;
        var end = start + sentence.Length - 1;
        return f.EventPlaces.Concat(f.OtherPlaces)
            .FirstOrDefault(p => p.Start == start && p.End == end && !p.IsDemonym && p.Place.Kind == PlaceKind.City);
    }

    /// <summary>
    /// The town a timeline's day heading heads its section with: a line of its own that is only a day ("MONDAY, 3
    /// MARCH", "Tuesday 4 March 2025"), a dash or a colon, and the town, perhaps with one more joined by "and"
    /// ("WEDNESDAY, 5 MARCH - RIVERTON", "Thursday 6 March: Elmwood and Oakdale"); else null. The day dates the items
    /// told below it (<see cref="HeadingDay"/>) as the town places them.
    /// </summary>
    private static PlaceMention? DayHeadingTown(AnnotatedDocument doc, SentenceFacts f)
    {
        if (HeadingDay(doc, f) is not { } day || LineEndAfter(doc.Text, f.Sentence.End) is null) return null;
        var text = doc.Text;
        var rest = text.AsSpan(day.End, f.Sentence.End - day.End).TrimStart(" \t");
        if (rest.Length < 2 || rest[0] is not ('-' or '\u2013' or '\u2014' or ':')) return null;
        var at = f.Sentence.End - rest[1..].TrimStart(" \t").Length;
        var towns = f.EventPlaces.Concat(f.OtherPlaces).Where(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City && p.Start >= day.End && p.End <= f.Sentence.End).OrderBy(p => p.Start).ToList();
        if (towns.FirstOrDefault(p => p.Start == at) is not { } town) return null;
        var tail = text[town.End..f.Sentence.End].Trim();
        if (tail.Length == 0) return town;
        return towns.FirstOrDefault(p => p.Start > town.End) is { } second && text[second.End..f.Sentence.End].Trim().Length == 0
               && text[town.End..second.Start].Trim().ToLowerInvariant() is "and" or "&" or "," ? town : null;
    }

    /// <summary>
    /// The day a line opens on when nothing but that day comes before it on its line ("MONDAY, 3 MARCH - RIVERTON"): a
    /// timeline's day heading (see <see cref="DayHeadingTown"/>); else null.
    /// </summary>
    private static DateMention? HeadingDay(AnnotatedDocument doc, SentenceFacts f)
    {
        if (f.IsTitle || f.IsCaption) return null;
        var text = doc.Text;
        var start = f.Sentence.Start;
        while (start > 0 && text[start - 1] is ' ' or '\t') start--;
        if (start > 0 && text[start - 1] is not ('\n' or '\r')) return null;
        var first = f.Dates.Where(d => d.Precision == "day" && !d.Since && d.Start >= f.Sentence.Start && d.End <= f.Sentence.End).MinBy(d => d.Start);
        if (first is null) return null;
        var before = text[f.Sentence.Start..first.Start].Trim().TrimEnd(',').Trim();
        return before.Length == 0 || IsWeekdayName(before) ? first : null;
    }

    /// <summary>A weekday's name, written before the date it heads ("MONDAY, 3 MARCH").</summary>
    private static bool IsWeekdayName(string word) =>
        Enum.TryParse<DayOfWeek>(word, ignoreCase: true, out _) && !int.TryParse(word, out _);

    /// <summary>A numbered item's heading line: its number, a short title, a dash, then the town and its unit's name.</summary>
    private static readonly System.Text.RegularExpressions.Regex NumberedItem =
        new(@"^[ \t]*\d{1,2}[.)][ \t]+(?<title>\S[^\n]*?)[ \t]+[-\u2013\u2014][ \t]+(?<rest>\S[^\n]*?)[ \t]*$");

    /// <summary>
    /// The town a numbered item of a round-up heads its section with: a line of its own that opens on the item's number,
    /// then a short title without a stop (the kind of crime), a dash, the town, and to the end of the line only the name
    /// of the unit that covers it (function_words.tsv kind unit_noun): "2. Arson - Riverton Police Division",
    /// "4. Robbery – Elmwood District". Null for any other line.
    /// </summary>
    private PlaceMention? NumberedItemTown(AnnotatedDocument doc, SentenceFacts f)
    {
        var text = doc.Text;
        var start = f.Sentence.Start;
        while (start > 0 && text[start - 1] is not ('\n' or '\r')) start--;
        if (LineEndAfter(text, f.Sentence.End) is not { } end) return null;
        if (NumberedItem.Match(text[start..end]) is not { Success: true } m) return null;
        if (!IsSectionTitle(m.Groups["title"].Value)) return null;
        var at = start + m.Groups["rest"].Index;
        if (f.EventPlaces.Concat(f.OtherPlaces).FirstOrDefault(p => p.Start == at && !p.IsDemonym && p.Place.Kind == PlaceKind.City) is not { } town) return null;
        var unit = Enumerable.Range(0, doc.Words.Count).Where(w => doc.Words[w].Start >= town.End && doc.Words[w].End <= start + m.Groups["rest"].Index + m.Groups["rest"].Length).ToList();
        return unit.Count > 0 && unit.All(w => _unitNouns.Contains(doc.Words[w].Key)) ? town : null;
    }

    /// <summary>
    /// The target word names the unit of a numbered item's heading (see <see cref="NumberedItemTown"/>): "3. Arson - X
    /// Police Division" says which police covers the town, not that the police were hit.
    /// </summary>
    private bool InUnitName(AnnotatedDocument doc, SentenceFacts s, Cue t) =>
        NumberedItemTown(doc, s) is { } town && t.Start >= town.End;

    /// <summary>
    /// The town a dateline heads a section with: a town's dateline followed by a colon, a short title without a stop,
    /// and the end of the line ("RIVERTON: THE BAKERY"); else null.
    /// </summary>
    private PlaceMention? DatelineSectionTown(AnnotatedDocument doc, SentenceFacts f)
    {
        if (f.Dateline is not { Place.Kind: PlaceKind.City } town) return null;
        var text = doc.Text;
        var colon = text.AsSpan(town.End, f.Sentence.End - town.End).TrimStart(' ');
        // "3. ELMWOOD (North Province): a night at the depot": the town's region in brackets before the colon
        if (colon.Length > 0 && colon[0] == '(' && colon.IndexOf(')') is var close and > 0 && colon[1..close].IndexOfAny(":\n") < 0)
        {
            if (UnitBracketEndsHeading(doc, f, town.End + (f.Sentence.End - town.End - colon.Length), close)) return town;
            colon = colon[(close + 1)..].TrimStart(' ');
        }
        if (colon.Length < 2 || colon[0] != ':') return null;
        return IsSectionTitle(colon[1..].Trim().ToString()) && LineEndAfter(text, f.Sentence.End) is not null ? town : null;
    }

    /// <summary>
    /// A section's heading of a police bulletin: the town's dateline, then only its unit's name in brackets to the end of
    /// the line ("ELMWOOD (Northern Regional Directorate)", "RIVERTON (West Police Division)"), the bracket's last word a
    /// unit word (function_words.tsv kind unit_noun). <paramref name="open"/> is where the bracket opens,
    /// <paramref name="close"/> where it closes, counted from the bracket.
    /// </summary>
    private bool UnitBracketEndsHeading(AnnotatedDocument doc, SentenceFacts f, int open, int close)
    {
        var text = doc.Text;
        var end = open + close + 1;
        if (end > f.Sentence.End || text.AsSpan(end, f.Sentence.End - end).Trim().Length > 0) return false;
        if (LineEndAfter(text, f.Sentence.End) is null) return false;
        var inside = text[(open + 1)..(open + close)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return inside.Length is > 0 and <= MaxSectionTitleWords && _unitNouns.Contains(inside[^1].ToLowerInvariant());
    }

    /// <summary>A section's title: some words, at most <see cref="MaxSectionTitleWords"/>, and no stop at its end.</summary>
    private static bool IsSectionTitle(string title) =>
        title.Length > 0 && title[^1] is not ('.' or '!' or '?' or ':' or ';' or ',')
        && title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxSectionTitleWords;

    /// <summary>Where the line ends when only spaces follow <paramref name="end"/> on it (a heading of its own), else null.</summary>
    private static int? LineEndAfter(string text, int end)
    {
        while (end < text.Length && text[end] is ' ' or '\t') end++;
        return end >= text.Length || text[end] is '\n' or '\r' ? end : null;
    }

    /// <summary>
    /// Attacks on different days at one place, told one after the other ("last night a bank was attacked ... today a
    /// bomb went off in a restaurant"): a sentence that tells an attack in words of its own (a strong attack phrase) on
    /// an explicit day later than that of an attack its frame told before, against other targets than all the frame's
    /// sentences so far (no target noun in common), opens a frame of its own at the same place that takes it and the
    /// sentences after it. What follows an attack on a later day stays with it: a death, an arrest, a funeral, a toll
    /// tell no new target, a day that dates a death (<see cref="DatesDeath"/>: "who died of his wounds on Tuesday at the
    /// X hospital") is no attack's, and a follow-up sentence (an arrest over the bombing) never splits. The earlier attack must
    /// have been told with a day and a target too; both frames are then worth reporting (<see cref="Frame.DayApart"/>).
    /// </summary>
    private void SplitByDay(AnnotatedDocument doc, List<Frame> frames)
    {
        foreach (var frame in frames.ToList())
        {
            var current = frame;
            DateOnly? day = null;
            var targets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var f in frame.Sentences.Where(s => !s.IsTitle && !s.IsCaption && !s.IsBackground).OrderBy(s => s.Sentence.Index).ToList())
            {
                var own = f.Targets.Select(t => TargetNoun(doc, t)).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var told = f.Events.Count > 0 ? AttackDay(doc, f) : null;
                if (told is not null && (DatesTelling(doc, told) || SpokenOn(doc, f, told))) told = null;
                // "the driver died of his wounds on Tuesday at the regional hospital": a later death's day is no new attack's
                if (told is not null && DatesDeath(doc, f, told)) told = null;
                if (day is not null && told is not null && told.Date > day && f.Events.Any(e => !e.As<EventCue>().Weak && !DoneBefore(doc, e))
                    && own.Count > 0 && !own.Overlaps(targets)
                    && !_followUps.IsFollowUp(doc, f))
                {
                    current = new Frame(frame.PlaceMentions[0]) { Place = frame.Place, ToldSeparately = true, Date = told, DateFromAttack = true, DayApart = true };
                    frame.DayApart = true;
                    frames.Add(current);
                    day = told.Date;
                    targets.Clear();
                    if (Trace) Console.Error.WriteLine($"  another day at {frame.Place.Name}: {told.Value} from sentence {f.Sentence.Index}");
                }
                else if (day is null && told is not null && own.Count > 0 && !_followUps.IsFollowUp(doc, f)) day = told.Date;
                targets.UnionWith(own);
                if (current == frame) continue;
                frame.MoveSentenceTo(current, f);
            }
            // the first attack keeps its own day, not that of one told after it, nor the day of a byline or a
            // "Published:" line that tells no attack
            if (current != frame && frame.Sentences.Where(s => !s.IsCaption && ReportsAttack(s)).OrderBy(s => s.Sentence.Index)
                    .Select(s => AttackDay(doc, s)).FirstOrDefault(d => d is not null && !DatesTelling(doc, d)) is { } first
                && frame.Date?.Date != first.Date)
                frame.Date = first;
        }
    }


    /// <summary>
    /// Attacks on different buildings or vehicles at one place, told one after the other ("a bomb wrecked a bank in X
    /// overnight ... at dawn incendiary bombs were thrown at a chapel in X"): a sentence that strikes a site anew (see
    /// <see cref="StrikesSite"/>) against site nouns (function_words.tsv kind site_target) none of which the frame's
    /// sentences named so far, after a sentence of the frame that struck a site of its own, opens a frame of its own at
    /// the same place that takes it and the sentences after it. People hit (a guard, passers-by) never split: a shooting
    /// told over several sentences names its victims again and again, and a site named only in passing in a toll or an
    /// account of damage ("the blast also shattered the windows of a school") is the same attack.
    /// </summary>
    private void SplitBySite(AnnotatedDocument doc, List<Frame> frames)
    {
        foreach (var frame in frames.ToList())
        {
            var current = frame;
            var struck = false;
            var sites = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var f in frame.Sentences.Where(s => !s.IsTitle && !s.IsCaption && !s.IsBackground).OrderBy(s => s.Sentence.Index).ToList())
            {
                var own = f.Targets.Select(t => TargetNoun(doc, t)).Where(_siteTargets.Contains).Select(Singular).ToHashSet(StringComparer.OrdinalIgnoreCase);
                // a sentence naming another town strikes a site there, not here ("drone strikes Y fuel depot" in X's frame)
                var strikes = own.Count > 0 && StrikesSite(doc, f)
                    && !f.EventPlaces.Concat(f.OtherPlaces).Any(p => p.Place.Kind == PlaceKind.City && !frame.Holds(p.Place));
                if (struck && strikes && !own.Overlaps(sites))
                {
                    current = new Frame(frame.PlaceMentions[0])
                    {
                        Place = frame.Place, ToldSeparately = true, SiteApart = true,
                        Date = frame.Date, DateFromAttack = frame.DateFromAttack, DayApart = frame.DayApart,
                    };
                    frame.SiteApart = true;
                    frames.Add(current);
                    sites.Clear();
                    if (Trace) Console.Error.WriteLine($"  another site at {frame.Place.Name}: {string.Join(',', own)} from sentence {f.Sentence.Index}");
                }
                struck |= strikes;
                sites.UnionWith(own);
                if (current == frame) continue;
                frame.MoveSentenceTo(current, f);
            }
        }
    }

    /// <summary>
    /// Several attacks at one place told as a timeline ("At about 8 p.m. gunmen fired on the police post ... Some 40
    /// minutes later men sprayed a house with bullets ... The killing came just before midnight"): in an article that
    /// counts its attacks (<see cref="CountedAttacks"/>: "the last of four attacks"), each sentence of the frame that tells an
    /// attack (an attack word or a casualty) and gives its time of the day (<see cref="TellsTimeOfDay"/>), when at least
    /// two do and no more than the article counts, opens a frame of its own at the same place that takes it and the sentences after it up to the next one. A
    /// sentence told before the first of them (a lead that sums up the night) goes with the first later part that names a
    /// target of the same kind (its head noun), else stays with the first. Separate from <see cref="SplitBySite"/> (sites
    /// struck anew) and <see cref="SplitByDay"/> (other days): a timeline may hit people, houses and vehicles alike.
    /// </summary>
    private void SplitByTimeline(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        var counted = CountedAttacks(doc, facts);
        foreach (var frame in frames.Where(fr => !fr.SiteApart && !fr.DayApart && !fr.TimedApart).ToList())
        {
            var told = frame.Sentences.Where(s => !s.IsTitle && !s.IsCaption && !s.IsBackground).OrderBy(s => s.Sentence.Index).ToList();
            // the time-stamped lines of a running report that each tell a new one, whether or not the article counts
            // its attacks ("Three attacks in less than three hours"): a live blog's other stamped lines (traffic,
            // weather, a question put to the police) tell none
            var stamped = StampedAttacks(doc, told);
            var timed = stamped.Count >= 2 || counted < 2 ? stamped
                : told.Where(s => (s.Events.Count > 0 || s.Casualties.Any(c => c.Value > 0)) && TellsTimeOfDay(doc, s)
                                  && !_followUps.IsFollowUp(doc, s)).ToList();
            if (timed.Count < 2 || (counted >= 2 && timed.Count > counted)) continue;
            // parts of the timeline: each timed sentence up to the next, the first part also taking what comes before it
            var parts = new List<Frame> { frame };
            for (var i = 1; i < timed.Count; i++)
            {
                parts.Add(new Frame(frame.PlaceMentions[0])
                {
                    Place = frame.Place, ToldSeparately = true, TimedApart = true,
                    Date = frame.Date, DateFromAttack = frame.DateFromAttack,
                });
                if (Trace) Console.Error.WriteLine($"  another time at {frame.Place.Name}: from sentence {timed[i].Sentence.Index}");
            }
            frame.TimedApart = true;
            int PartOf(int index)
            {
                var k = 0;
                while (k + 1 < timed.Count && timed[k + 1].Sentence.Index <= index) k++;
                return k;
            }
            // the target nouns each part names, in all its sentences (a background aside about a victim's post too)
            var nouns = parts.Select(_ => new HashSet<string>(StringComparer.OrdinalIgnoreCase)).ToList();
            foreach (var f in facts.Where(f => !f.IsTitle && !f.IsCaption && f.Sentence.Index >= timed[0].Sentence.Index))
                nouns[PartOf(f.Sentence.Index)].UnionWith(f.Targets.Select(t => Singular(TargetNoun(doc, t))));
            foreach (var f in told)
            {
                var k = PartOf(f.Sentence.Index);
                if (f.Sentence.Index < timed[0].Sentence.Index && f.Casualties.Any(c => c.Value > 0))
                {
                    var own = f.Targets.Select(t => Singular(TargetNoun(doc, t))).ToHashSet(StringComparer.OrdinalIgnoreCase);
                    k = own.Count == 0 ? 0 : Enumerable.Range(0, parts.Count).FirstOrDefault(j => nouns[j].Overlaps(own));
                }
                if (k == 0) continue;
                frame.MoveSentenceTo(parts[k], f);
            }
            foreach (var part in parts.Skip(1)) part.Sentences.Sort((a, b) => a.Sentence.Index.CompareTo(b.Sentence.Index));
            if (stamped.Count >= 2) DateAfterMidnight(doc, timed, parts);
            else DateAfterMidnightWord(doc, timed, parts);
            frames.AddRange(parts.Skip(1));
        }
    }

    /// <summary>
    /// The most attacks the article counts in words of a series (waves.tsv kind wave with a figure: "four attacks", "the
    /// last of three bombings"), in a sentence not of the background; 0 when it counts none ("a series of blasts").
    /// </summary>
    private static int CountedAttacks(AnnotatedDocument doc, List<SentenceFacts> facts) =>
        facts.Where(f => !f.IsBackground)
            .SelectMany(f => doc.CuesIn(f.Sentence.Span, CueKind.Wave).Where(c => c.As<string>() == "wave"))
            .SelectMany(c => doc.NumbersIn(new TextSpan(c.Start, c.End)))
            .Select(n => n.Value ?? 0).DefaultIfEmpty(0).Max();

    /// <summary>
    /// The sentence gives a time of the day: a clock time (<see cref="ClockTimeAt"/>: "at 8:30", "20:30 hours", "10 p.m.",
    /// "8.40pm", "22h30"), a time word (function_words.tsv kind clock_word: "just before midnight"), or, in its opening
    /// words, a lapse after the moment told before ("Some 80 minutes later", "An hour later"; kind clock_unit then "later").
    /// </summary>
    private bool TellsTimeOfDay(AnnotatedDocument doc, SentenceFacts f)
    {
        var first = doc.WordAt(f.Sentence.Start);
        var dated = f.Dates;
        for (var w = first; w < doc.Words.Count && doc.Words[w].Start < f.Sentence.End; w++)
        {
            var key = doc.Words[w].Key;
            if (_clockWords.Contains(key)) return true;
            // "Correction, 17 April 2025, 16:20": the time of a telling, right after its date
            if (dated.Any(d => d.End <= doc.Words[w].Start && doc.Words[w].Start - d.End <= 3)) continue;
            if (ClockTimeAt(doc, w) > w) return true;
            if (w - first < 6 && _clockUnits.Contains(key) && LaterAfterUnit(doc, w + 1)) return true;
        }
        return false;
    }

    /// <summary>"later" right after a unit of time, or after a fraction joined to it: "an hour later", "an hour and a half later".</summary>
    private static bool LaterAfterUnit(AnnotatedDocument doc, int w)
    {
        if (w + 3 < doc.Words.Count && doc.Words[w].Key == "and" && doc.Words[w + 1].Key is "a" && doc.Words[w + 2].Key is "half" or "quarter") w += 3;
        return w < doc.Words.Count && doc.Words[w].Key == "later";
    }

    /// <summary>
    /// A clock time that starts at word <paramref name="w"/>: "21:40" (with "hours" or "hrs" after it or not), an hour
    /// with a suffix (function_words.tsv kind clock_suffix: "9 pm", "8.40pm"), "10 p.m." written with periods, "22h30",
    /// or four figures before "hours" ("2340 hours"). Returns the word after the time (after its suffix), or
    /// <paramref name="w"/> when none starts there; a figure with a decimal point and no suffix is no time ("3.5").
    /// </summary>
    private int ClockTimeAt(AnnotatedDocument doc, int w)
    {
        var words = doc.Words;
        var key = words[w].Key;
        if (key.Length == 0 || !char.IsDigit(key[0])) return w;
        var next = w + 1 < words.Count ? words[w + 1].Key : "";
        // the suffix after the figure, if any: "pm", "p . m .", "hrs"
        int Suffixed()
        {
            if (_clockSuffixes.Contains(next)) return w + 2;
            if (next is "a" or "p" && w + 3 < words.Count && words[w + 2].Key == "." && words[w + 3].Key == "m")
                return w + 4 < words.Count && words[w + 4].Key == "." ? w + 5 : w + 4;
            return w;
        }
        var sep = key.IndexOfAny([':', '.']);
        if (sep is 1 or 2 && key.Length - sep == 3 && int.TryParse(key.AsSpan(0, sep), out var hour) && hour <= 23
            && int.TryParse(key.AsSpan(sep + 1), out var minute) && minute <= 59)
        {
            var after = Suffixed();
            if (after > w) return after;
            if (key[sep] == ':') return next is "hours" ? w + 2 : w + 1;
            return w;
        }
        if (!key.All(char.IsDigit)) return w;
        if (key.Length <= 2 && int.TryParse(key, out var h) && h <= 23)
        {
            if (Suffixed() is var after && after > w && h <= 12) return after;
            // "22h30", "22h"
            if (next.Length is 1 or 3 && next[0] == 'h' && next.Skip(1).All(char.IsDigit)
                && w + 1 < words.Count && words[w + 1].Start == words[w].End) return w + 2;
            return w;
        }
        if (key.Length == 4 && int.Parse(key.AsSpan(0, 2)) <= 23 && int.Parse(key.AsSpan(2)) <= 59 && next is "hours" or "hrs") return w + 2;
        return w;
    }

    /// <summary>
    /// The sentence opens on a time stamp, as the lines of a running report or a live blog do ("About 8.40pm: shots
    /// at a house", "21:40 - Gunmen open fire", "At 22h30 – ..."): a clock time (<see cref="ClockTimeAt"/>) among its
    /// first three words, right followed by a colon or a dash.
    /// </summary>
    private bool OpensOnTimeStamp(AnnotatedDocument doc, SentenceFacts f)
    {
        var first = doc.WordAt(f.Sentence.Start);
        for (var w = first; w < first + 3 && w < doc.Words.Count && doc.Words[w].Start < f.Sentence.End; w++)
        {
            var after = ClockTimeAt(doc, w);
            if (after == w) continue;
            return after < doc.Words.Count && doc.Words[after].Start < f.Sentence.End
                   && doc.Words[after].Key is ":" or "-" or "\u2013" or "\u2014";
        }
        return false;
    }

    /// <summary>
    /// The parts of a running report whose time stamps run past midnight ("21:40 - shots ...", "00:35 - a bus on
    /// fire"): a stamp earlier in the day than the one before it opens the next day, for its part and those after it.
    /// </summary>
    private void DateAfterMidnight(AnnotatedDocument doc, List<SentenceFacts> stamps, List<Frame> parts)
    {
        var days = 0;
        for (var i = 1; i < stamps.Count && i < parts.Count; i++)
        {
            if (StampMinutes(doc, stamps[i]) is { } now && StampMinutes(doc, stamps[i - 1]) is { } before && now < before) days++;
            if (days > 0 && parts[i].Date is { Precision: "day" } d)
            {
                parts[i].Date = d with { Date = d.Date.AddDays(days) };
                parts[i].PastMidnight = true;
            }
        }
    }

    /// <summary>
    /// A part of a timeline told "after midnight" in its opening sentence, which writes no date of its own ("Then, just
    /// after midnight, men set fire to a bus"), after parts told the evening before: it happened the next day.
    /// </summary>
    private static void DateAfterMidnightWord(AnnotatedDocument doc, List<SentenceFacts> timed, List<Frame> parts)
    {
        for (var i = 1; i < timed.Count && i < parts.Count; i++)
        {
            if (timed[i].Dates.Count > 0 || parts[i].Date is not { Precision: "day" } d) continue;
            var first = doc.WordAt(timed[i].Sentence.Start);
            var afterMidnight = false;
            for (var w = first + 1; w < doc.Words.Count && doc.Words[w].Start < timed[i].Sentence.End; w++)
                afterMidnight |= doc.Words[w].Key == "midnight" && doc.Words[w - 1].Key == "after";
            if (!afterMidnight) continue;
            parts[i].Date = d with { Date = d.Date.AddDays(1) };
            parts[i].PastMidnight = true;
        }
    }

    /// <summary>The minutes after midnight of the time stamp a line opens on ("23:50 -", "About 11.15pm:", "22h30 -"), or null.</summary>
    private int? StampMinutes(AnnotatedDocument doc, SentenceFacts f)
    {
        var first = doc.WordAt(f.Sentence.Start);
        for (var w = first; w < first + 3 && w < doc.Words.Count && doc.Words[w].Start < f.Sentence.End; w++)
        {
            if (ClockTimeAt(doc, w) == w) continue;
            var key = doc.Words[w].Key;
            var sep = key.IndexOfAny([':', '.']);
            var next = w + 1 < doc.Words.Count ? doc.Words[w + 1].Key : "";
            if (!int.TryParse(sep < 0 ? key : key[..sep], out var hour)) return null;
            var minute = sep < 0 ? 0 : int.TryParse(key[(sep + 1)..], out var m) ? m : 0;
            if (sep < 0 && next.Length == 3 && next[0] == 'h' && int.TryParse(next[1..], out var hm)) minute = hm;
            if (next is "pm" or "p" && hour < 12) hour += 12;
            if (next is "am" or "a" && hour == 12) hour = 0;
            return hour * 60 + minute;
        }
        return null;
    }

    /// <summary>
    /// The time-stamped lines of a running report (<see cref="OpensOnTimeStamp"/>) that each open the telling of an
    /// attack of their own, when at least two do; else none. A stamped line opens one when its part (it and what
    /// follows up to the next stamped line) has a sentence with a strong attack word not done before and no
    /// follow-up, and, after the first, that word points back to no attack already told ("the shooting",
    /// <see cref="PointsBack"/>) and the part names a target noun none of the parts before it named: "21:55 - Police confirm two dead at the market" after a line that told the market's attack is the same one.
    /// </summary>
    private List<SentenceFacts> StampedAttacks(AnnotatedDocument doc, List<SentenceFacts> told)
    {
        var stamps = told.Where(s => OpensOnTimeStamp(doc, s)).ToList();
        if (stamps.Count < 2) return [];
        var opening = new List<SentenceFacts>();
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < stamps.Count; i++)
        {
            var part = told.Where(s => s.Sentence.Index >= stamps[i].Sentence.Index
                                       && (i + 1 == stamps.Count || s.Sentence.Index < stamps[i + 1].Sentence.Index)).ToList();
            // a sentence of the part, no follow-up, with a strong attack word not done before that also holds what is asked
            bool TellsAttack(Func<SentenceFacts, Cue, bool> also) =>
                part.Any(s => !_followUps.IsFollowUp(doc, s) && s.Events.Any(e => !e.As<EventCue>().Weak && !DoneBefore(doc, e) && also(s, e)));
            var attack = TellsAttack((s, e) => opening.Count == 0 || !PointsBack(doc, s, e));
            // the people a stamped line gives as its source ("00:52 - Residents say ...") are no target it names
            var nouns = part.SelectMany(s => s.Targets.Where(t => s != stamps[i] || !Speaks(doc, t))).Select(t => Singular(TargetNoun(doc, t))).ToHashSet(StringComparer.OrdinalIgnoreCase);
            // a part that names no target at all but brings in its attack with an indefinite article ("About 11pm: A
            // loud blast in the west of the city") tells a new one
            var untargetedNew = nouns.Count == 0 && TellsAttack((s, e) => IntroducesNew(doc, s, e));
            // a line that says it brings another attack ("00:35 - New incident: a bus is on fire") opens one on its word
            var markedNew = opening.Count > 0 && doc.CuesIn(stamps[i].Sentence.Span, CueKind.Wave).Any(c => c.As<string>() is "separate" or "another");
            if ((attack || markedNew) && (opening.Count == 0 || !nouns.IsSubsetOf(named) || untargetedNew)) opening.Add(stamps[i]);
            if (Trace) Console.Error.WriteLine($"  time stamp at sentence {stamps[i].Sentence.Index}: attack {attack}, targets {string.Join(',', nouns)}");
            named.UnionWith(nouns);
        }
        return opening.Count >= 2 ? opening : [];
    }

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
        _ when noun.EndsWith('s') && !noun.EndsWith("ss") => noun[..^1],
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
    /// kind another: "another bomb exploded at a school in X") against targets the focus has not named.
    /// </summary>
    private static bool AnotherAttackHere(AnnotatedDocument doc, SentenceFacts f, Frame focus) =>
        !f.IsCaption && !f.IsTitle && f.HasStrongEvent
        && (doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(c => c.As<string>() is "separate" or "elsewhere" && c.FirstWord == doc.WordAt(f.Sentence.Start))
            || (doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(c => c.As<string>() == "another") && OtherTargets(doc, f, focus)))
        && focus.Sentences.Any(s => !s.IsTitle && !s.IsBackground && s.HasStrongEvent);

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
    /// A place that holds two or more of the wave's members (their province, a region written as "the department of X")
    /// names the whole series, not one attack: "The bombings across the province began at noon" speaks of the
    /// wave, and the place-less sentences after it (a ministry's "nine dead and 30 hurt") total the wave until a member's
    /// own place is named. A member's own town is that member's, though a neighbour lies within reach.
    /// </summary>
    private static bool WaveArea(List<Frame>? wave, PlaceMention p) =>
        wave is not null && wave.Count(fr => fr.Holds(p.Place)) >= 2 && !wave.Any(fr => fr.Place.GeonameId == p.Place.GeonameId && fr.Place.Kind == p.Place.Kind);

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
        // several days ("a bomb in X on Monday and another in Y on Tuesday"): which day is whose is not said
        if (f.Dates.Any(d => d.Precision == "day" && !d.Since && d.Date != day.Date && !DatesTelling(doc, d) && !InDateline(doc, f, d))) return;
        foreach (var fr in here.Where(fr => !fr.DateFromAttack))
        {
            fr.Date = day;
            fr.DateFromAttack = fr.DatedByPlaceless = true;
        }
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
    /// violence that dates no telling ("Security was stepped up last night after the incident"). A sentence telling the
    /// attack whose only day dates the telling ("one of the wounded is still in hospital, police informed this Monday")
    /// dates the frame only for want of any other day: an earlier day of a later sentence about the violence replaces it.
    /// A sentence that tells no attack dates no frame by the day someone died ("the gunman died after a stand-off with
    /// troops on Friday": his death's day, not the attack's).
    /// </summary>
    private void DateFromPlaceless(AnnotatedDocument doc, Frame frame, SentenceFacts f)
    {
        if (f.IsCaption || AttackDay(doc, f) is not { } day) return;
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
        if (frame.Date is not null && !frame.DatedByPlaceless)
        {
            if (ReportsAttack(f) && EarlierThanPublication(doc, frame, f, day)) { frame.Date = day; frame.DateFromAttack = true; }
            return;
        }
        if (ReportsAttack(f))
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
        else if ((frame.Date is null || (!frame.DateFromAttack && frame.DatedByPlaceless && DatesTelling(doc, frame.Date) && day.Date < frame.Date.Date))
                 && f.Events.Count > 0 && !DatesTelling(doc, day) && !DatesDeath(doc, f, day) && !(doc.Published is { } published && day.Date > published))
        {
            frame.Date = day;
            frame.DatedByPlaceless = true;
        }
    }

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

    /// <summary>
    /// A figure of a member's sentence that totals the wave: a total's words (waves.tsv kind total) after the sentence's
    /// places and at most <see cref="MaxTotalSpan"/> words before the figure, or right after it or after its casualty
    /// words ("seven people have now died in the twin attacks", after "two killed in X"); or a toll said of the series
    /// itself (<see cref="TollOfWave"/>).
    /// </summary>
    private bool TotalsWave(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c)
    {
        var lastPlace = f.EventPlaces.Count == 0 ? f.Sentence.Start : f.EventPlaces.Max(p => p.End);
        var figure = doc.WordAt(c.Figure.Start);
        var after = doc.WordAt(c.Figure.End);
        var afterWords = doc.WordAt(c.Span.End);
        return doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(w => w.As<string>() == "total" && w.Start >= lastPlace
            && ((w.LastWord < figure && figure - w.LastWord <= MaxTotalSpan) || (w.FirstWord >= after && w.FirstWord - after <= 1)
                || (w.FirstWord >= afterWords && w.FirstWord - afterWords <= 1)))
            || TollOfWave(doc, f, c);
    }

    /// <summary>
    /// "Eleven guards were killed when gunmen carried out simultaneous attacks on a police post in X and a base in Y":
    /// a sentence with words of a series (waves.tsv kind wave) that names the places of two or more members of the wave
    /// gives the whole series' figures, when they stand before or after all those places (not between two, "four in X,
    /// three in Y") and no place follows a figure right after it (<see cref="AfterPlace"/>).
    /// </summary>
    private static bool TollOfSeveralMembers(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c, List<Frame> wave, List<Frame> frames)
    {
        if (!f.HasWaveCue || AfterPlace(doc, f, c, frames) is not null) return false;
        var named = f.EventPlaces.Concat(f.OtherPlaces).Where(p => HolderOf(wave, p.Place) is not null).ToList();
        if (named.Select(p => HolderOf(wave, p.Place)).Distinct().Count() < 2) return false;
        return named.All(p => p.End <= c.Figure.Start) || named.All(p => p.Start >= c.Figure.End);
    }

    /// <summary>
    /// "Two suicide bombings killed 48 people in X and Y": in a sentence with words of a series (waves.tsv kind wave), the
    /// town written right after a figure opens a list of the towns of two or more members of the wave, joined by "and" or
    /// commas only: the figure counts the whole series, not the first town's attack (unlike "killed 30 in X and wounded
    /// 12 in Y", where a casualty word parts the towns).
    /// </summary>
    private static bool TollBeforeMembersList(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c, List<Frame> wave)
    {
        var next = f.EventPlaces.FirstOrDefault(p => p.Start >= c.Figure.End && p.Start - c.Span.End <= 40);
        if (next is null || HolderOf(wave, next.Place) is not { } first) return false;
        if (f.Casualties.Any(o => o != c && o.Figure.Start > c.Figure.End && o.Figure.Start < next.Start)) return false;
        var members = new HashSet<Frame> { first };
        var end = next.End;
        foreach (var p in f.EventPlaces.Where(p => p.Start >= end).OrderBy(p => p.Start))
        {
            var gap = doc.Text.AsSpan(end, p.Start - end).Trim();
            if (!(gap.SequenceEqual(",") || gap.SequenceEqual("and") || gap.SequenceEqual(", and")) || HolderOf(wave, p.Place) is not { } member) break;
            members.Add(member);
            end = p.End;
        }
        return members.Count >= 2;
    }

    /// <summary>Most words between a toll noun said of a wave and a figure it counts ("the toll of the wave of attacks in X to four dead and five wounded").</summary>
    private const int MaxWaveTollSpan = 14;

    /// <summary>
    /// "bringing the toll of the wave of attacks in X to four dead and five wounded", "the number of dead from the series
    /// of bombings rose to 30": the nearest toll noun before the figure (function_words.tsv toll_noun) is followed by
    /// "of" or a toll qualifier and the words of a series (waves.tsv kind wave): its figures count the whole series,
    /// even when a member's town is named before.
    /// </summary>
    private bool TollOfWave(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c)
    {
        var words = doc.Words;
        var first = doc.WordAt(f.Sentence.Start);
        var figure = doc.WordAt(c.Figure.Start);
        for (var t = figure - 1; t >= first && figure - t <= MaxWaveTollSpan; t--)
        {
            if (words[t].Key is ";" or ".") return false;
            if (!_tollNouns.Contains(words[t].Key)) continue;
            var q = t + 1;
            if (q >= figure || !(words[q].Key == "of" || _tollQualifiers.Contains(words[q].Key))) return false;
            var opener = q + 1 < figure && words[q + 1].Key is "the" or "this" or "that" or "a" ? q + 2 : q + 1;
            return doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(w => w.As<string>() == "wave" && (w.FirstWord == q + 1 || w.FirstWord == opener));
        }
        return false;
    }

    /// <summary>
    /// A figure without a place of its own that gives again a figure of the same kind the series as a whole was already
    /// given ("leaving four dead and ten wounded" in the lead, then "four dead and ten wounded was the balance"), when
    /// the member in focus was already given a smaller figure of that kind of its own (one killed, six wounded). A
    /// member whose own toll is the whole series' (the others had no dead) takes it.
    /// </summary>
    private static bool RestatesWaveToll(List<(CasualtyMention Mention, string? Source)> waveCasualties, Frame focus, CasualtyMention c) =>
        c.Value is > 1 && waveCasualties.Any(w => w.Mention.Kind == c.Kind && w.Mention.Value == c.Value)
        && focus.Casualties.Any(o => o.Mention.Kind == c.Kind && o.Mention.Value < c.Value);

    /// <summary>
    /// "The number killed in the two attacks rose to five", in an article where no series was found: a toll of several
    /// attacks is none of them alone, so no frame keeps it (its sentence still tells the frames their targets and days).
    /// </summary>
    private static void DropTotalsOfSeveral(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        var totals = facts.Where(f => !f.IsBackground && f.Casualties.Count > 0 && TotalOfSeveral(doc, f)).SelectMany(f => f.Casualties).ToHashSet();
        totals.UnionWith(facts.Where(f => !f.IsBackground && f.HasTotalCue).SelectMany(f => f.Casualties.Where(c => SumsFrames(f, c, frames))));
        if (totals.Count == 0) return;
        foreach (var frame in frames) frame.Casualties.RemoveAll(c => totals.Contains(c.Mention));
    }

    /// <summary>
    /// "In all, three people died over the weekend", after two killed in X and one in Y: a figure of a sentence with a
    /// total word (waves.tsv kind total) that is the sum of the figures of its kind two or more attacks of the article
    /// were given elsewhere (each one's largest) counts them together, no single attack.
    /// </summary>
    private static bool SumsFrames(SentenceFacts f, CasualtyMention c, List<Frame> frames)
    {
        if (c is not { Value: > 1 and var total, Kind: CasualtyMention.Killed or CasualtyMention.Injured }) return false;
        var own = frames.Select(fr => fr.Casualties.Where(o => o.Mention.Kind == c.Kind && o.Mention.Value is > 0 && !f.Casualties.Contains(o.Mention))
                                                   .Select(o => o.Mention.Value!.Value).DefaultIfEmpty(0).Max())
                        .Where(v => v > 0).ToList();
        return own.Count >= 2 && own.Sum() == total;
    }

    /// <summary>
    /// A sentence that gives a figure for several attacks together: a total word (waves.tsv kind total) that counts them
    /// ("in the two attacks", "toll of both attacks", "across the three towns"), or a total word beside attacks the
    /// sentence counts ("the two attacks killed seven people in all"). Such a toll is no single attack's.
    /// </summary>
    private static bool TotalOfSeveral(AnnotatedDocument doc, SentenceFacts f)
    {
        if (!f.HasTotalCue) return false;
        var totals = doc.CuesIn(f.Sentence.Span, CueKind.Wave).Where(w => w.As<string>() == "total").ToList();
        if (totals.Any(w => doc.NumbersIn(new TextSpan(w.Start, w.End)).Any(n => n.Value >= 2))) return true;
        // "as a result of the two crimes", "in both acts of sabotage": attacks counted (waves.tsv kind counted) beside the total word
        if (AttackCounts(doc, doc.CuesIn(f.Sentence.Span, CueKind.Wave)).Any()) return true;
        // a count of two or more written right before a word of attacks ("the two attacks", "both bombings")
        return f.Events.Any(e => e.As<EventCue>() is { } ev && (ev.Assault || ev.Blast) && e.FirstWord > 0
                                 && doc.NumbersIn(f.Sentence.Span).Any(n => n.Value >= 2 && doc.WordAt(n.Start) == e.FirstWord - 1));
    }

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
    /// The wave member whose place is written right before a toll's words: "Kandahar toll rises to 40" in a headline about
    /// the whole series is Kandahar's toll, not the wave's.
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

    /// <summary>A frame is an attack when it has a victim figure in a sentence about violence, or enough sentences about an attack.</summary>
    private bool Worth(AnnotatedDocument doc, Frame frame, bool inWave, Place? dateline, bool followUp = false, bool otherNews = false)
    {
        // a brief's plainly told lead is news of its own; not one reread as the attack a trial or an arrest follows up
        var brief = !followUp && IsBrief(doc);
        // one of attacks told as a timeline under their times of the day (see SplitByTimeline)
        if (frame.TimedApart) return true;
        // (a round-up's section is its attack's own telling, never a mention in passing)
        if (!inWave && !frame.Sectioned && InPassing(doc, frame, dateline, otherNews)) return false;
        // one of attacks told at one place on different days, each with its day and its targets (see SplitByDay)
        if (frame.DayApart) return true;
        // one of attacks told at one place against different buildings or vehicles (see SplitBySite)
        if (frame.SiteApart) return true;
        var strong = frame.Sentences.Count(s => s.HasStrongEvent);
        // without a victim figure: three sentences about the attack, or one when it is a member of a stated wave, or
        // two when one is the headline ("Shots fired at officers on Main Street") or the lead of a wire message
        // without a headline (its first sentences after the dateline)
        // a member of a stated wave that a sentence places and tells with an attack word, however weak ("At X, the
        // assault on the post was contained"; see TellsWaveMember)
        if (inWave && frame.Sentences.Any(s => !s.IsTitle && !s.IsBackground && TellsWaveMember(s) && s.EventPlaces.Any(p => frame.Holds(p.Place)))) return true;
        if (strong >= 3 || (inWave && strong >= 1) || (strong >= 2 && frame.Sentences.Any(s => (s.IsTitle || InLead(doc, s.Sentence)) && s.HasStrongEvent))) return true;
        // a brief whose lead tells the attack whole, its kind (or its attackers), its place and its day (or a period of
        // hours up to now), or in the tense of news: "Turkish warplanes bombed targets near X on Saturday", "gunmen have
        // kidnapped a teacher in X", "a post in X was attacked by militants on Monday", "two engineers kidnapped in X in
        // the past few hours"; a sentence that opens another attack's own telling ("Separately, on Tuesday, gunmen
        // abducted eleven herders near X") is that attack's lead wherever it stands
        if (frame.Sentences.Any(s => !s.IsTitle && !s.IsBackground && (InLead(doc, s.Sentence) || s.OpensSeparately)
                                     && s.Events.Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false } c && NamesKind(c))
                                     && (s.EventPlaces.Any(p => frame.Holds(p.Place)) || (brief && ToldPlainly(doc, s) && BriefNamesFallback(doc, frame, s)))
                                     && (s.Dates.Any(d => d.Precision == "day" && !d.Since) || NewsTense(doc, s) || WithinHours(doc, s) || (brief && ToldPlainly(doc, s)))))
            return true;
        // a gun incident without victims ("held at gunpoint", "fired shots into the air") in the article's own city (its
        // dateline's, or without a dateline the place its opening names): the attack named and its weapon in three
        // sentences in all
        var ownCity = dateline is not null
            ? frame.Place.GeonameId == dateline.GeonameId
            : frame.PlaceMentions.Any(p => doc.SentenceAt(p.Start).Index <= 3);
        if (strong >= 1 && ownCity
            && frame.Sentences.Count(s => s.HasStrongEvent || s.Events.Any(e => e.As<EventCue>() is { Vehicle: false } c && c.Weapons.Count > 0)) >= 3)
            return true;
        // a hostage-taking in the article's own city, which the text names as a scene beyond the dateline, told in
        // strong words with the people held ("two diplomats are still being held hostage"): a kidnapping counts no dead
        // or wounded
        if (ownCity && frame.Sentences.Any(s => HoldsPeople(doc, s))
            && frame.Sentences.Any(s => !s.IsBackground && s.EventPlaces.Any(p => frame.Holds(p.Place)))) return true;
        // a round-up's section that tells its attack in words of its own, with or without victims ("masked men set the
        // bakery alight")
        if (frame.Sectioned && frame.Sentences.Any(s => !s.IsBackground && s.Events.Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false }))) return true;
        // a vague count is victims too ("killing dozens", "left scores dead")
        SentenceFacts? SentenceOf(CasualtyMention c) => frame.Sentences.FirstOrDefault(f => f.Sentence.Start <= c.Span.Start && c.Span.Start < f.Sentence.End);
        var victims = frame.Casualties.Where(c => (c.Mention.Value is > 0 || c.Mention is { Value: null, Qualifier: Qualifiers.Dozens }) && c.Mention.Kind != CasualtyMention.PerpetratorKilled).ToList();
        // "the troops killed and wounded scores of fighters": one figure for the dead and the hurt says there were victims
        var deadAndHurt = frame.Sentences.Where(s => s.CountsDeadAndHurt && !s.IsBackground).ToList();
        if (victims.Count == 0 && deadAndHurt.Count == 0) return false;
        // a member of a stated wave told in the article's rundown of its places, a sentence that opens with the member's
        // place and counts its victims: the wave named the violence ("In X, three guards were shot at a checkpoint"); so
        // does any sentence that counts the member's victims with a number and names its place ("11 were killed in X and
        // 6 in Y")
        if (inWave && frame.Sentences.Any(s => s.Casualties.Any(c => victims.Any(v => v.Mention == c))
                                               && s.EventPlaces.Any(p => frame.Holds(p.Place) && doc.WordAt(p.Start) - doc.WordAt(s.Sentence.Start) <= 1))) return true;
        if (inWave && victims.Any(v => doc.NumbersIn(v.Mention.Figure).Any() && SentenceOf(v.Mention) is { } told
                                       && told.EventPlaces.Any(p => frame.Holds(p.Place)))) return true;
        // a round-up's section tells one attack under its town's heading: victims and a word of violence anywhere in it,
        // however weak ("shots were fired at the bus"), are its attack
        if (frame.Sectioned && frame.Sentences.Any(s => !s.IsBackground && s.Events.Any(e => e.As<EventCue>() is { Vehicle: false } c && (c.EventType != "other" || c.Assault)))) return true;
        // a death or an injury alone ("has died", "was injured") is no attack: the article must name the violence
        if (frame.Sentences.Any(s => s.Events.Any(e => e.As<EventCue>() is { Weak: false, EventType: not "other" }))) return true;
        // ... or a word for an assault on people ("were killed in an attack by rebels", "assailants stormed the village")
        // (the events its sentence's facts keep: an accident's explosion is none)
        if (victims.Any(c => (SentenceOf(c.Mention)?.Events ?? doc.CuesIn(doc.SentenceAt(c.Mention.Span.Start).Span, CueKind.Event))
            .Any(e => e.As<EventCue>() is { Vehicle: false } cue && (!cue.Weak || cue.EventType != "other" || cue.Assault) && !ProtestClash(doc, e, cue))))
            return true;
        if (deadAndHurt.Any(f => f.Events.Any(e => e.As<EventCue>() is { Vehicle: false } cue && (!cue.Weak || cue.EventType != "other" || cue.Assault) && !ProtestClash(doc, e, cue))
                                 || f.Actors.Any(a => ByActor(doc, a) || ActsInAttack(doc, f, a))))
            return true;
        // "nine farmers were killed by Guatemalan troops", "rebels of the X Front killed two guards": deaths an armed
        // actor dealt are an attack, however plain the verb
        return victims.Any(c => SentenceOf(c.Mention) is { } f && f.Actors.Any(a => ByActor(doc, a) || ActsInAttack(doc, f, a)));
    }

    /// <summary>
    /// A weak battle word in a sentence that names a protest or unrest (function_words.tsv kind protest_noun): "two marchers
    /// died during the rally and clashes with police" tells deaths in unrest, not the violence of an attack.
    /// </summary>
    private bool ProtestClash(AnnotatedDocument doc, Cue e, EventCue cue) =>
        cue is { Weak: true, EventType: "battle" } && HasWordOf(doc, doc.SentenceAt(e.Start).Span, _protestNouns);

    /// <summary>
    /// A strong attack phrase that says what kind of attack it was: its type ("bombed", "ambushed"), a verb of an attack
    /// done ("attacked"), or the agent of a chemical attack ("a chlorine attack on X", "used poison gas": weapon other). An
    /// arson word (weapon fire) does not: banks set ablaze in a riot are no attack told whole.
    /// </summary>
    private static bool NamesKind(EventCue c) => c.EventType != "other" || c.Act || c.Weapons.Any(w => w != "fire");

    /// <summary>
    /// A sentence of the day's news tells a kidnapping in strong words of people it counts ("three journalists are still
    /// being held hostage"); not the kidnappings of a kind ("the kidnapping of registry officials") nor a threat ("they
    /// would have us kidnapped"), which count no one.
    /// </summary>
    private static bool HoldsPeople(AnnotatedDocument doc, SentenceFacts s) =>
        !s.IsTitle && !s.IsBackground && s.Events.Any(e => e.As<EventCue>() is { Weak: false, EventType: "kidnapping" })
        && s.Targets.Any(t => CountedBefore(doc, t));

    /// <summary>Most words between a count and the people it counts ("three Salvadoran television journalists").</summary>
    private const int MaxCountGap = 3;

    /// <summary>A number stands at most <see cref="MaxCountGap"/> words before the target: the people are counted.</summary>
    private static bool CountedBefore(AnnotatedDocument doc, Cue target) =>
        doc.Numbers.Any(n => n.Value is > 0 && n.End <= target.Start && doc.WordAt(target.Start) - doc.WordAt(n.End) <= MaxCountGap
                             && doc.SentenceAt(n.Start).Index == doc.SentenceAt(target.Start).Index);

    /// <summary>The most sentences a wire brief has: a report this short tells its news in its lead, dated by its publication.</summary>
    private const int BriefSentences = 3;

    /// <summary>
    /// The article is a brief (at most <see cref="BriefSentences"/> sentences, headline included): its lead's attack is the
    /// news of its publication day even without a day or the tense of news ("two suicide bombers blew themselves up at a
    /// mosque in X").
    /// </summary>
    private static bool IsBrief(AnnotatedDocument doc) => doc.Published is not null && doc.Sentences.Count <= BriefSentences;

    /// <summary>
    /// The sentence tells an attack in its own clause: a strong attack word that is no weapon's name ("destroyed a
    /// bomb"), not inside a relative clause ("a commander who led the shelling of X") and not the object of a noun or
    /// of a preposition of purpose ("accused of bombing", "preparations for an assault", "a commander of the gunmen"),
    /// nor the setting of other news in the phrase of a preposition before it (function_words.tsv setting_preposition:
    /// "talks opened despite air strikes by warplanes"),
    /// nor a charge's ("charged with robbery and kidnapping"), nor in a sentence of habits (function_words.tsv habitual_adverb:
    /// "have often bombed"), nor followed by a purpose ("jets to make a sortie"). A word
    /// for a blast tells an attack only beside a weapon's name ("a bomb exploded"; not "a plant explosion").
    /// </summary>
    private bool ToldPlainly(AnnotatedDocument doc, SentenceFacts s)
    {
        var first = doc.WordAt(s.Sentence.Start);
        var weapon = s.Events.Any(e => e.As<EventCue>().WeaponName);
        for (var w = first; w < doc.Words.Count && doc.Words[w].Start < s.Sentence.End; w++)
            if (_habitualAdverbs.Contains(doc.Words[w].Key)) return false; // "warplanes have often bombed markets"
        return s.Events.Any(e =>
        {
            if (e.As<EventCue>() is not { Weak: false, Vehicle: false, WeaponName: false } c || (c.Blast && !weapon)) return false;
            if (c.EventType == "other" && !(c.Act && ActOnTarget(s, e))) return false;
            // "prompting fighter jets to make a sortie", "police opened fire to disperse a crowd": a purpose, not the news
            if (e.LastWord + 1 < doc.Words.Count && doc.Words[e.LastWord + 1].Start < s.Sentence.End && doc.Words[e.LastWord + 1].Key == "to") return false;
            var clause = true; // no comma yet between the word and the attack
            for (var w = e.FirstWord - 1; w >= first; w--)
            {
                var key = doc.Words[w].Key;
                if (key is "who" or "which" or "whose" or "whom" || (key == "that" && !ReportsSpeech(doc, w, first)) || _chargeVerbs.Contains(key)) return false;
                if (e.FirstWord - w <= 3 && key is "of" or "for" or "to" or "against" && !CollectiveSubject(doc, w, first)) return false;
                // "talks opened despite the air strikes carried out by warplanes": the whole phrase is the setting (not
                // "Despite the truce, gunmen attacked a village", whose comma closes it)
                if (key == ",") clause = false;
                if (clause && _settingPrepositions.Contains(key)) return false;
            }
            return true;
        });
    }

    /// <summary>
    /// The "that" at word <paramref name="w"/> opens what someone said, not a relative clause: a speech verb
    /// (function_words.tsv speech_verb) stands at most three words before it ("officials said on Monday that gunmen
    /// attacked a post").
    /// </summary>
    private bool ReportsSpeech(AnnotatedDocument doc, int w, int first)
    {
        for (var v = w - 1; v >= first && w - v <= 3; v--)
            if (_speechVerbs.Contains(doc.Words[v].Key)) return true;
        return false;
    }

    /// <summary>
    /// A verb of an attack done that says no kind ("attacked", "assaulted") followed by what it struck, a target word
    /// at most <see cref="ObjectReach"/> words after it: "insurgents attacked an army checkpoint in X", "gunmen attacked
    /// a village in X" tell an attack whole; "attacked" alone says too little ("the minister attacked the plan").
    /// </summary>
    private static bool ActOnTarget(SentenceFacts s, Cue e) =>
        s.Targets.Any(t => t.FirstWord > e.LastWord && t.FirstWord - e.LastWord <= ObjectReach);

    /// <summary>How many words after an attack verb its object's target word may stand: "attacked the remote army post".</summary>
    private const int ObjectReach = 3;

    /// <summary>
    /// The "of" at <paramref name="of"/> follows a noun of a body of people (function_words.tsv kind collective_noun) that
    /// opens the clause: "a group of", "a band of", "a gang of" name the attackers who act, not what an attack word is the
    /// object of ("A band of armed men stormed the village"; not "accused of storming").
    /// </summary>
    private bool CollectiveSubject(AnnotatedDocument doc, int of, int first)
    {
        if (doc.Words[of].Key != "of" || of - 1 < first || !_collectiveNouns.Contains(doc.Words[of - 1].Key)) return false;
        for (var w = of - 2; w >= first; w--)
            if (doc.Words[w].Key is "of" or "for" or "to" or "against" or "with" or "by") return false; // "accused of leading a gang of gunmen who ..."
        return true;
    }

    /// <summary>
    /// A brief's lead that tells its attack plainly names the place the frame fell back on, though not as a scene
    /// ("a bomb exploded in the country's Y province", "... at a market in Chad"): the coarsest place it gives.
    /// </summary>
    private bool BriefNamesFallback(AnnotatedDocument doc, Frame frame, SentenceFacts s) =>
        frame.FromTitleOnly
        && s.OtherPlaces.Concat(s.LocativeCountries).Where(p => !p.IsDemonym).Concat(VictimsNationality(doc, s)).Any(p => frame.Holds(p.Place));

    /// <summary>
    /// A country's demonym that names the nationality of the security forces attacked, not of the attackers: right
    /// before a target word of the military or the police (targets.tsv) that is the object of the attack ("militants
    /// ambushed Malian soldiers": after its first attack word) or the subject of a passive ("six Malian soldiers were
    /// killed"). "Turkish jets bombed a village" names the attackers' country; civilians, tourists or an embassy abroad
    /// ("French tourists were killed", "the Moroccan embassy") say nothing of the scene; and an article that names a
    /// country of its own ("in Libya") is placed by that, never against it.
    /// </summary>
    private static IEnumerable<PlaceMention> VictimsNationality(AnnotatedDocument doc, SentenceFacts s)
    {
        var firstEvent = s.Events.Count == 0 ? int.MaxValue : s.Events.Min(e => e.FirstWord);
        foreach (var p in s.OtherPlaces.Where(p => p.IsDemonym && p.Place.Kind == PlaceKind.Country))
        {
            if (doc.Places.Any(o => !o.IsDemonym && o.Place.Kind == PlaceKind.Country && o.Place.CountryCode != p.Place.CountryCode)) yield break;
            var after = doc.WordAt(p.End);
            var target = s.Targets.FirstOrDefault(t => t.FirstWord == after && t.As<string>() is "military" or "police");
            if (target is null) continue;
            var next = target.LastWord + 1;
            var passive = next < doc.Words.Count && doc.Words[next].Start < s.Sentence.End && doc.Words[next].Key is "were" or "was";
            if (passive || after > firstEvent) yield return p;
        }
    }

    /// <summary>A strong attack verb in the present perfect: "have kidnapped", "has been abducted", "have attacked".</summary>
    private bool NewsTense(AnnotatedDocument doc, SentenceFacts s) =>
        s.Events.Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false } && doc.WordAt(e.Start) is var w && w > 0
                          && (_newsAuxiliaries.Contains(doc.Words[w - 1].Key)
                              || (w > 1 && _beAuxiliaries.Contains(doc.Words[w - 1].Key) && _newsAuxiliaries.Contains(doc.Words[w - 2].Key))));

    /// <summary>
    /// The frame has a sentence of its own that tells an attack: a strong attack phrase with no place but the frame's
    /// (not a list of places, not the headline, not background), and it is more than a mention in passing.
    /// </summary>
    private static bool TellsOwnAttack(AnnotatedDocument doc, Frame frame, Place? dateline, bool otherNews) =>
        !InPassing(doc, frame, dateline, otherNews)
        && frame.Sentences.Any(s => !s.IsBackground && !s.IsTitle && s.HasStrongEvent && s.EventPlaces.Count > 0 && s.EventPlaces.All(p => frame.Holds(p.Place)));

    /// <summary>The last sentence index of an article's lead: the headline (or the dateline line) and the sentence after it.</summary>
    private const int LeadSentences = 2;

    /// <summary>
    /// Where the headline stands among the page's sentences (0 when it is first or not found): lines a page keeps
    /// above it (the site's name, its menu, a "PRESS RELEASE" kicker) push the lead down by as many.
    /// </summary>
    private static int HeadlineAt(AnnotatedDocument doc) => Math.Max(TitleIndex(doc), 0);

    /// <summary>
    /// The sentence is in the article's lead: up to <see cref="LeadSentences"/> sentences from the headline, counted
    /// from where the headline stands ("SITE NAME / menu / PRESS RELEASE / headline / dateline / lead").
    /// </summary>
    private static bool InLead(AnnotatedDocument doc, Sentence s) => s.Index <= LeadSentences + HeadlineAt(doc);

    /// <summary>The sentences of an article's opening: an attack it reports is told there.</summary>
    private const int OpeningSentences = 6;

    /// <summary>
    /// An attack told in one undated sentence deep in an article about something else (a film's plot, a star's past,
    /// a match report's "shot") is mentioned in passing, not reported; so is one told just after the lead when neither
    /// the headline nor the lead tells an attack (<see cref="OpensOnOtherNews"/>: "Her paintings go on sale ... She was
    /// shot outside her home in 1990"); unless it is in the dateline's city, or the
    /// sentence opens by turning to it from the article's attack (waves.tsv kinds separate and elsewhere: "Hours before
    /// the raid, a drone hit a car in X", "Meanwhile, in X, ...") and places it at the frame's place alone: another
    /// attack of the same news, dated by the first; or it is told in a rundown of violence (see <see cref="AmidViolence"/>);
    /// or the headline names its place (see below).
    /// </summary>
    private static bool InPassing(AnnotatedDocument doc, Frame frame, Place? dateline, bool otherNews)
    {
        if (dateline is not null && frame.Place.GeonameId == dateline.GeonameId) return false; // the article's own city
        // a headline that names the place with words of an attack ("Three held for the murder of four in X") makes it
        // the article's subject, however deep a release's numbered points put the toll
        if (frame.Sentences.Any(s => s.IsTitle && (s.Events.Count > 0 || s.Casualties.Count > 0)
                                     && s.EventPlaces.Concat(s.OtherPlaces).Any(p => !p.IsDemonym && frame.Holds(p.Place)))) return false;
        var telling = frame.Sentences.Where(s => !s.IsBackground && (s.HasStrongEvent || s.Casualties.Count > 0)).ToList();
        // "... including twin bombings in Aden on Monday that killed 41": a dated attack of the same days is news
        return telling.Count == 1 && (telling[0].Sentence.Index > OpeningSentences || (otherNews && !InLead(doc, telling[0].Sentence))) && !telling[0].IsTitle
               && !telling[0].Dates.Any(d => d.Precision == "day")
               && !(SeparateCues(doc, telling[0].Sentence.Span).Any(c => c.FirstWord == doc.WordAt(telling[0].Sentence.Start))
                    && telling[0].EventPlaces.Count > 0 && telling[0].EventPlaces.All(p => frame.Holds(p.Place)))
               && !AmidViolence(frame, telling[0]);
    }

    /// <summary>
    /// Neither the headline nor the lead (the sentences up to <see cref="LeadSentences"/>) names an attack in strong
    /// words or counts a victim: the article's news is something else ("An auction of the late designer's paintings is
    /// planned"), and an attack it tells once further on ("the designer was shot outside his home in 1990") is told in
    /// passing, however early. Only an article with a headline: without one, the lead alone is too little to tell what
    /// its news is ("An arsonist badly damaged the church ... No one was hurt in the fire on Friday night").
    /// </summary>
    private static bool OpensOnOtherNews(List<SentenceFacts> facts) =>
        facts.Any(f => f.IsTitle)
        && facts.Where(f => f.IsTitle || f.Sentence.Index <= LeadSentences + facts.First(t => t.IsTitle).Sentence.Index).All(f => !f.HasStrongEvent && f.Casualties.Count == 0);

    /// <summary>How many sentences on either side of a deep attack sentence <see cref="AmidViolence"/> reads.</summary>
    private const int RundownReach = 2;

    /// <summary>
    /// A deep attack sentence told in a rundown of violence: at least two other sentences of its frame within
    /// <see cref="RundownReach"/> of it tell violence too, however weakly ("the guard murdered a student at X. Meanwhile,
    /// police seized two more. A farmer was taken to a jail and murdered."). The passage reports, it does not mention in passing.
    /// </summary>
    private static bool AmidViolence(Frame frame, SentenceFacts telling) =>
        frame.Sentences.Count(s => s != telling && !s.IsBackground && !s.IsTitle && s.Events.Count > 0
                                   && Math.Abs(s.Sentence.Index - telling.Sentence.Index) <= RundownReach) >= 2;

    /// <summary>
    /// The dateline the article was filed under: the first one written no later than the first sentence of the body that
    /// tells the attack. A "Town: ..." line after it is a link to another story ("Other dispatches", "Read also"), not
    /// where this report was filed.
    /// </summary>
    private static PlaceMention? LeadDateline(List<SentenceFacts> facts)
    {
        var firstTelling = facts.FirstOrDefault(f => !f.IsBackground && !f.IsTitle && ReportsAttack(f))?.Sentence.Index ?? int.MaxValue;
        return facts.Where(f => f.Sentence.Index <= firstTelling).Select(f => f.Dateline)
            .FirstOrDefault(d => d is not null && d.Place.Kind != PlaceKind.Country);
    }

    /// <summary>
    /// A place named once, far (over <see cref="HomeKilometres"/>) from the article's home (its dateline, else a big
    /// city its opening names, else its most named place), is more likely a misread name ("Westwood" of another state)
    /// than a second attack: outside a stated wave, such a frame is moved home. So is a small town of the home's
    /// country far from a big home city, however often named: a neighbourhood ("the Northgate section of the city")
    /// that shares its name with a distant town.
    /// </summary>
    private List<Frame> Cohere(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames, List<Frame>? wave, IReadOnlySet<string> placeNouns, IReadOnlySet<string> settlementNouns,
                                     IReadOnlySet<string> neighbourhoodNouns)
    {
        var counts = doc.Places.Where(p => !p.IsDemonym && p.Place.Kind != PlaceKind.Country)
            .GroupBy(p => p.Place.GeonameId).ToDictionary(g => g.Key, g => g.Count());
        var statedHome = LeadDateline(facts)
                         ?? facts.Where(f => f.Sentence.Index <= OpeningHomeSentences && !f.IsBackground)
                             .SelectMany(f => f.EventPlaces.Concat(f.OtherPlaces).Except(f.Asides))
                             .Where(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City && p.Place.Population >= BigCity && !CapitalAsState(doc, p))
                             .OrderByDescending(p => p.Place.Population).FirstOrDefault();
        var home = statedHome
                   ?? doc.Places.Where(p => !p.IsDemonym && p.Place.Kind != PlaceKind.Country)
                       .GroupBy(p => p.Place.GeonameId).Where(g => g.Count() >= 2)
                       .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Start).Select(g => g.First()).FirstOrDefault();
        if (home is null) return frames;
        var homeTold = statedHome is not null || NamedWhereAttackIsTold(facts, home.Place);
        var title = facts.FirstOrDefault(f => f.IsTitle);
        foreach (var frame in frames)
        {
            if (wave?.Contains(frame) == true || frame.Place.GeonameId == home.Place.GeonameId) continue;
            // a place written as another attack's ("Meanwhile, police in X said ...") is no misreading
            if (frame != frames[0] && MarkedApart(doc, frame)) continue;
            // a round-up's section headed by its own town ("SALTON: THE FERRY") is no misreading, however far from the first
            if (frame.Sectioned) continue;
            var distance = frame.Place.KilometresTo(home.Place);
            var sameCountry = frame.Place.CountryCode == home.Place.CountryCode;
            var neighbourhood = homeTold && sameCountry && home.Place.Population >= BigCity && frame.Place.Kind == PlaceKind.City
                                && (frame.Place.Population < SmallTown || frame.PlaceMentions.Any(m => PlaceAgreement.NamedAsNeighbourhood(doc, m)))
                                && distance > NeighbourhoodKilometres
                                && !InOwnProvince(frame, home.Place);
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
            // a home the article states (its dateline, a big city of its opening) outweighs a small stranger however often named
            var stranger = statedHome is not null && PlaceAgreement.Stranger(doc, frame.Place, home.Place);
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
            frame.Place = home.Place;
            frame.PlaceMentions.Insert(0, home);
        }
        return frames;
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
    private static bool OwnName(PlaceMention m) =>
        string.Equals(Gazetteer.NameFolding.Fold(m.Surface), Gazetteer.NameFolding.Fold(m.Place.Name), StringComparison.Ordinal);

    /// <summary>The title and the sentences after it in which a big city names the article's home.</summary>
    private const int OpeningHomeSentences = 3;
    private const int BigCity = 300_000;
    private const int SmallTown = 100_000;
    /// <summary>Beyond this a small town is no suburb of the big home city.</summary>
    private const double NeighbourhoodKilometres = 60;

    private const double HomeKilometres = 150;
    /// <summary>A town this big, named in a report filed from the capital, is taken at its word.</summary>
    private const int NationalTownPopulation = 50_000;

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
        bool Apart(Frame a, Frame b) => (wave is not null && (wave.Contains(a) || wave.Contains(b))) || ToldApart(doc, a) || ToldApart(doc, b) || DatedApart(doc, a, b);
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
            home.Sentences.AddRange(frame.Sentences);
            home.Casualties.AddRange(frame.Casualties);
            home.Date ??= frame.Date;
        }
        return result;
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
