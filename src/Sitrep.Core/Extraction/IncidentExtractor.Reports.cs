using System.Text.RegularExpressions;
using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;
using Sitrep.Linking;

namespace Sitrep.Extraction;

// IncidentExtractor, part: reports (see IncidentExtractor.cs for the whole pipeline).
public sealed partial class IncidentExtractor
{
    /// <summary>The frame counts people killed ("killed 12 and abducted four"), not only people taken.</summary>
    private static bool KilledPeople(Frame frame) =>
        frame.Casualties.Any(c => c.Mention.Kind == CasualtyMention.Killed && c.Mention.Value > 0);

    /// <summary>
    /// The frame's dead are a raid's ("killed 12 and abducted four"), not only the one or two who drove, guarded or escorted
    /// those taken (function_words.tsv kind escort_victim, at most <see cref="MaxKilledInAbduction"/>: "shot the driver dead and
    /// drove off with three engineers", "killed a guard and took the crew" is a kidnapping, the gold's convention).
    /// </summary>
    private bool KilledInRaid(AnnotatedDocument doc, Frame frame) =>
        KilledPeople(frame) && !frame.Casualties.Where(c => c.Mention.Kind == CasualtyMention.Killed && c.Mention.Value > 0)
            .All(c => c.Mention.Value <= MaxKilledInAbduction && NamesEscort(doc, c.Mention.Span));

    /// <summary>Most words (a name, an age, commas) between an escort's word and the count that names the escort by name.</summary>
    private const int EscortNameReach = 8;

    /// <summary>The most dead an abduction may leave and stay a kidnapping: a driver, a guard or an escort or two.</summary>
    private const int MaxKilledInAbduction = 2;

    /// <summary>A casualty count names one who drove, guarded or escorted (function_words.tsv kind escort_victim): "the driver was shot dead".</summary>
    private bool NamesEscort(AnnotatedDocument doc, TextSpan span)
    {
        var first = doc.WordAt(span.Start);
        // the escort's word before the name the count opens on or after: "the crew's security guard, Ana Ruiz, was shot
        // dead", "Driver Jon Roe (41) was shot and died"
        var sentenceStart = doc.SentenceAt(span.Start).Start;
        for (var w = first - 1; w >= 0 && w >= first - EscortNameReach && doc.Words[w].Start >= sentenceStart; w--)
        {
            if (_escortVictims.Contains(doc.Words[w].Key)) return true;
            var c = doc.Text[doc.Words[w].Start];
            if (!(char.IsUpper(c) || char.IsDigit(c) || doc.Words[w].Key is "," or "(" or ")")) break;
        }
        for (var w = Math.Max(0, first - 1); w < doc.Words.Count && doc.Words[w].Start < span.End; w++)
            if (_escortVictims.Contains(doc.Words[w].Key)
                || w + 1 < doc.Words.Count && doc.Words[w + 1].Start < span.End && _escortVictims.Contains(doc.Words[w].Key + " " + doc.Words[w + 1].Key)) return true;
        return false;
    }

    /// <summary>
    /// The type of a raid that killed people and abducted some: the killing's, not the kidnapping's (the convention of
    /// the gold: a raid with deaths is an armed assault whatever else the raiders did). Another attack type of the
    /// frame's strongest cues by priority, else <c>armed_assault</c>.
    /// </summary>
    private static string KillingType(List<string> types) =>
        EventTypes.ByPriority.FirstOrDefault(t => t is not ("kidnapping" or "other") && types.Contains(t)) ?? "armed_assault";

    /// <summary>
    /// People held inside a place by their captor, told as a siege ("the bank siege", events.tsv flag siege) beside a
    /// hostage word: a hostage-taking whatever deaths it had (the gold's convention), unlike a raid that killed some and
    /// carried others off (<see cref="KillingType"/>).
    /// </summary>
    private static bool HostageSiege(List<Cue> events) =>
        events.Any(e => e.As<EventCue>().Siege) && events.Any(e => e.As<EventCue>() is { Weak: false, EventType: "kidnapping" });

    /// <summary>
    /// Shots and a charge thrown beside them ("opened fire on the post and threw a grenade", "fired at the patrol and hurled
    /// explosives"): the armed assault the charge served, not a bombing (the gold's convention: a raid with guns and
    /// grenades is an armed assault). A device laid, driven or worn (Weapons.SetDevices) keeps the bombing, shots besides or
    /// not. A kidnapping that killed nobody or an assassination told besides keeps its own type.
    /// </summary>
    private static string AssaultWithThrownCharge(string eventType, ISet<string> weapons, List<string> types, Frame frame)
    {
        if (eventType != "bombing" || !weapons.Contains("firearm") || !weapons.Overlaps(Weapons.ThrownCharges) || weapons.Overlaps(Weapons.SetDevices)) return eventType;
        if (types.Contains("kidnapping") && !KilledPeople(frame)) return "kidnapping";
        return types.Contains("assassination") ? "assassination" : "armed_assault";
    }

    /// <summary>
    /// The type the attack's weapons tell where its words told another (the gold's convention): a knife used beside a fire
    /// set ("threw petrol bombs at the office and stabbed the guard") is an armed assault, not an arson. (Drones whose blasts
    /// read as a bombing are typed at the incident, over all its reports' weapons: Linking.IncidentBuilder.ByWeapons.)
    /// </summary>
    private static string TypeOfWeapons(string eventType, ISet<string> weapons) =>
        eventType == "other" && weapons.Contains("knife") ? "armed_assault" : eventType;

    /// <summary>
    /// An attack told only as "an attack" (events.tsv type other: no bomb, no arson, no weapon named) that killed or hurt
    /// people is an armed assault, as the contract codes an attack whose means are not told: "an attack on the army post
    /// at Tamba killed nine soldiers" (and, at the incident, its implied firearm). An attack with no victims counted stays
    /// of no type; an arson keeps its type by its fire.
    /// </summary>
    private static string AssaultWhenOnlyAttacked(string eventType, ISet<string> weapons, Frame frame) =>
        eventType == "other" && weapons.Count == 0
        && frame.Casualties.Any(c => c.Mention.Kind is CasualtyMention.Killed or CasualtyMention.Injured) ? "armed_assault" : eventType;

    /// <summary>
    /// The event cues of a sentence whose weapons the frame's attack used. A weak cue ("shot", "gun", "machetes") names
    /// the weapon when the sentence counts its victims ("died after being shot") or names it as the instrument of the
    /// attack's act ("attacked them with machetes"), or adds it to a list of weapons the attack used ("fired rifles and
    /// an RPG"). A vehicle noun that only
    /// begins a place's name ("bus stand", a longer phrase of targets.tsv) is no vehicle. In a sentence that also names
    /// another attack's town ("grenade attack in X wounds nine; trader shot dead in Y"), or with
    /// <paramref name="nearTownOnly"/> in one that names several places and counts no victims, a cue belongs to the town
    /// written after it in its clause (<see cref="TownAfterInClause"/>), or else to the town written nearest it.
    /// </summary>
    private IEnumerable<Cue> WeaponCues(AnnotatedDocument doc, SentenceFacts s, Frame frame, IReadOnlyList<Frame> others, bool nearTownOnly = false)
    {
        // the towns of this attack and of the article's other attacks (with nearTownOnly, every town named)
        var towns = s.EventPlaces.Concat(s.OtherPlaces)
            .Where(p => p.Place.Kind == PlaceKind.City && !p.IsDemonym && (nearTownOnly || frame.Holds(p.Place) || others.Any(o => o != frame && o.Holds(p.Place)))).ToList();
        if (nearTownOnly && !towns.Any(p => frame.Holds(p.Place))) yield break;
        var shared = nearTownOnly || towns.Any(p => !frame.Holds(p.Place));
        if (RelatesAttacks(doc, s)) yield break;
        foreach (var e in s.Events)
        {
            var c = e.As<EventCue>();
            // (a vehicle driven into people names its weapon with the people it hit: "drove through the barrier and into the crowd")
            if (c.Weak && !c.Vehicle && !(c.Weapons.Count > 0 && (s.Casualties.Count > 0 || Instrument(doc, s, e) || CarriedByAttackers(doc, s, e) || ListedWithUsedWeapon(doc, s, e) || DrivenIntoPeople(s, e)))) continue;
            if (c.Vehicle && s.Targets.Any(t => t.Start <= e.Start && t.End >= e.End && t.End - t.Start > e.End - e.Start)) continue;
            if (shared && (TownAfterInClause(doc, s, e, towns) ?? towns.MinBy(p => Math.Min(Math.Abs(p.Start - e.End), Math.Abs(e.Start - p.End)))) is { } nearest && !frame.Holds(nearest.Place)) continue;
            if (OfAnotherHeadlinePart(doc, s, frame, others, e.Start)) continue;
            yield return e;
        }
    }

    /// <summary>Most words between a weapon's cue and the town after it in its clause: "a grenade attack on the traffic police post in Y".</summary>
    private const int MaxTownAfterWords = 8;

    /// <summary>
    /// The first of <paramref name="towns"/> written after the cue in its clause, at most <see cref="MaxTownAfterWords"/>
    /// words on, with no punctuation nor "and" between: the place of the attack it names, though another town stands
    /// closer before it ("a parcel bomb by the X taxi rank, then gunfire and grenades against the police post in Y": the
    /// grenade is Y's, not X's).
    /// </summary>
    private static PlaceMention? TownAfterInClause(AnnotatedDocument doc, SentenceFacts s, Cue cue, IReadOnlyList<PlaceMention> towns)
    {
        foreach (var town in towns.Where(p => p.Start >= cue.End && p.End <= s.Sentence.End).OrderBy(p => p.Start))
        {
            var first = doc.WordAt(town.Start);
            if (first - cue.LastWord - 1 > MaxTownAfterWords) return null;
            for (var w = cue.LastWord + 1; w < first; w++)
                if (doc.Words[w].Key is "," or ";" or ":" or "." or "(" or ")" or "and" or "but" or "\u2013" or "\u2014") return null;
            return town;
        }
        return null;
    }

    /// <summary>Most words between a responder's noun and the act it did: "patrol police have opened fire".</summary>
    private const int MaxResponderGap = 3;

    /// <summary>
    /// The act from word <paramref name="first"/> to <paramref name="last"/> was done by a force that answered the attack
    /// (function_words.tsv kind responder_noun): its noun stands right before it, or with only an auxiliary of news or an
    /// adverb of a subject between (function_words.tsv kinds news_auxiliary, subject_adverb: "police opened fire", "officers
    /// have fired", "police then shot him"; not "two officers were shot", "soldiers killed by a bomb"), or after "by" right after it ("he was
    /// shot by a patrol police officer").
    /// </summary>
    private bool ResponderAct(AnnotatedDocument doc, SentenceFacts s, int first, int last)
    {
        var words = doc.Words;
        if (last + 1 < words.Count && words[last + 1].Start < s.Sentence.End && words[last + 1].Key == "by")
            for (var w = last + 2; w < words.Count && w <= last + 2 + MaxResponderGap && words[w].Start < s.Sentence.End; w++)
            {
                if (_responderNouns.Contains(words[w].Key)) return true;
                if (words[w].Key is "," or ";" or ":" or "." or "and" or "after" or "when") break;
            }
        var doer = first - 1;
        while (doer >= 0 && doer >= first - MaxResponderGap && words[doer].Start >= s.Sentence.Start
               && (_newsAuxiliaries.Contains(words[doer].Key) || _subjectAdverbs.Contains(words[doer].Key))) doer--;
        return doer >= 0 && words[doer].Start >= s.Sentence.Start && _responderNouns.Contains(words[doer].Key);
    }

    /// <summary>Most words of a relative clause between a responder's noun and its act: "officers who arrived within minutes fired".</summary>
    private const int MaxResponderClause = 8;

    /// <summary>
    /// The target word is a force that answered the attack (function_words.tsv kind responder_noun), the doer of an attack word
    /// of its sentence aimed at the attacker: a pronoun or a perpetrator noun of persons.tsv right after the act ("police shot
    /// him dead", "police shoot assailant", "officers fired at the suspect"), its noun right before the act (an auxiliary of
    /// news or an adverb of a subject between) or before a relative clause that ends at the act ("officers who came within
    /// minutes fired at the gunman"), or of any other act right after its noun whose object is a perpetrator noun ("an
    /// officer held the attacker down"). It answered the attack; it was not what the attack hit ("two police shot dead" has no
    /// attacker after the act and stays a target).
    /// </summary>
    private bool FiresAtAttacker(AnnotatedDocument doc, SentenceFacts s, Cue target) =>
        ResponderFiresAtAttacker(doc, s, target.LastWord) || InResponderClause(doc, s, target);

    /// <summary>
    /// The target word stands in the relative clause of a force that answered the attack (<see cref="FiresAtAttacker"/>):
    /// "constables on patrol close by then shot the attacker" (the patrol is that force, not what was hit).
    /// </summary>
    private bool InResponderClause(AnnotatedDocument doc, SentenceFacts s, Cue target)
    {
        var words = doc.Words;
        for (var w = target.FirstWord - 1; w >= 1 && w >= target.FirstWord - MaxResponderClause && words[w].Start >= s.Sentence.Start; w--)
        {
            var key = words[w].Key;
            if (key is "," or ";" or ":" or "." or "and" or "but") return false;
            if (key is "who" or "that") return words[w - 1].Start >= s.Sentence.Start && ResponderFiresAtAttacker(doc, s, w - 1);
        }
        return false;
    }

    /// <summary>The responder noun at word <paramref name="noun"/> acted against the attacker: see <see cref="FiresAtAttacker"/>.</summary>
    private bool ResponderFiresAtAttacker(AnnotatedDocument doc, SentenceFacts s, int noun)
    {
        var words = doc.Words;
        if (!_responderNouns.Contains(words[noun].Key)) return false;
        foreach (var e in s.Events.Where(e => e.FirstWord > noun))
        {
            var doer = e.FirstWord - 1;
            while (doer > noun && (_newsAuxiliaries.Contains(words[doer].Key) || _subjectAdverbs.Contains(words[doer].Key))) doer--;
            var subject = doer == noun
                || (noun + 1 < e.FirstWord && words[noun + 1].Key is "who" or "that" && e.FirstWord - noun - 1 <= MaxResponderClause
                    && !words.Skip(noun + 1).Take(e.FirstWord - noun - 1).Any(w => w.Key is "," or ";" or ":" or "." or "and" or "but"));
            if (!subject) continue;
            var o = e.LastWord + 1;
            if (o < words.Count && words[o].Key is "at" or "on") o++;
            if (o < words.Count && words[o].Key is "the" or "a" or "an") o++;
            if (o < words.Count && words[o].Start < s.Sentence.End
                && (words[o].Key is "him" or "her" or "them" || PersonNouns.Default.IsPerpetrator(words[o].Key))) return true;
        }
        // any other act of the force right after its noun whose object is the attacker by a perpetrator noun: "a police
        // officer held the attacker down", "troops chased the gunmen" (a word of function_words.tsv kind responder_break after the noun is no act: "police and the gunmen")
        var v = noun + 1;
        while (v < words.Count && (_newsAuxiliaries.Contains(words[v].Key) || _subjectAdverbs.Contains(words[v].Key))) v++;
        return v + 2 < words.Count && words[v + 2].Start < s.Sentence.End && char.IsLower(doc.Text[words[v].Start])
               && char.IsLetter(doc.Text[words[v].Start]) && !_responderBreaks.Contains(words[v].Key)
               && words[v + 1].Key is "the" or "a" or "an" && PersonNouns.Default.IsPerpetrator(words[v + 2].Key);
    }

    /// <summary>
    /// A person counted as shot by a force that answered the attack: "the attacker was shot by police", or, told in the
    /// active, the count opening on its verb of shooting right after the force ("armed officers shot the man", "police then
    /// shot him"; not "police officers were shot", whose count opens on the officers).
    /// </summary>
    private bool ShotByResponder(AnnotatedDocument doc, CasualtyMention m)
    {
        var sentence = doc.Sentences.FirstOrDefault(x => x.Start <= m.Span.Start && x.End >= m.Span.End);
        if (sentence is null) return false;
        var facts = new SentenceFacts { Sentence = sentence, Events = [], Casualties = [], EventPlaces = [], OtherPlaces = [], Dates = [], Claims = [], Actors = [], Targets = [] };
        var last = doc.WordAt(m.Span.End) - 1;
        if (ResponderAct(doc, facts, last, last)) return true;
        var first = doc.WordAt(m.Span.Start);
        return first < last && doc.CuesIn(new TextSpan(doc.Words[first].Start, doc.Words[first].End), CueKind.Event).Any()
               && ResponderAct(doc, facts, first, first);
    }

    /// <summary>
    /// The sentence relates two attacks of different weapons (function_words.tsv kind link_word: "investigators found nothing
    /// linking the grenade attack to the bombing"): it tells neither, so its weapons are no attack's.
    /// </summary>
    private bool RelatesAttacks(AnnotatedDocument doc, SentenceFacts s) =>
        s.Events.Select(e => e.As<EventCue>()).Where(c => !c.Vehicle && c.Weapons.Count > 0).Select(c => string.Join(",", c.Weapons)).Distinct().Count() >= 2
        && HasWordOf(doc, s.Sentence.Span, _linkWords);

    /// <summary>
    /// The sentence says its bomb was set under something (function_words.tsv kind beneath right after a bomb word or a
    /// word of its going off, at most two words between): "an explosive device planted under his car", "the device went
    /// off under the black sedan".
    /// </summary>
    private bool SetBeneath(AnnotatedDocument doc, SentenceFacts s) =>
        s.Events.Any(e => e.As<EventCue>() is { Vehicle: false } c && (c.Blast || c.Weapons.Any(w => w is "explosive" or "ied" or "vehicle_bomb"))
                          && Enumerable.Range(e.LastWord + 1, 3).Any(w => w < doc.Words.Count && doc.Words[w].Start < s.Sentence.End && _beneath.Contains(doc.Words[w].Key)));

    /// <summary>
    /// Another sentence of the article names the vehicle noun <paramref name="vehicle"/> (the same word) beside a phrase
    /// of its loading with explosives (events.tsv flags vehicle, load): "a motorcycle packed with explosives".
    /// </summary>
    private static bool LoadedElsewhere(AnnotatedDocument doc, SentenceFacts s, Cue vehicle)
    {
        var key = doc.Words[vehicle.LastWord].Key;
        foreach (var other in doc.Sentences)
        {
            if (other.Start == s.Sentence.Start) continue;
            var events = doc.CuesIn(other.Span, CueKind.Event).ToList();
            if (events.Any(e => e.As<EventCue>().Load)
                && events.Any(e => e.As<EventCue>().Vehicle && e.LastWord == e.FirstWord + (vehicle.LastWord - vehicle.FirstWord) && doc.Words[e.LastWord].Key == key))
                return true;
        }
        return false;
    }

    /// <summary>Most device_copula words between a device noun and the word of its making or hiding after it: "was believed to have been hidden".</summary>
    private const int MaxCopulaWords = 5;

    /// <summary>Most words between "in" and the container a device was hidden in: "hidden in a plastic cool-box".</summary>
    private const int MaxContainerWords = 3;

    /// <summary>
    /// The sentence tells its bomb as made by hand or hidden in something carried (function_words.tsv kinds made_noun,
    /// improvised_mark, device_copula, device_part, conceal_verb, conceal_preposition, container_noun): a mark right before
    /// a device noun, one word between at most ("a home-made device", "makeshift explosive charges"), or after it past
    /// copula words only ("the device was home-made", "the bomb was a pressure cooker"); a timer named beside a device noun
    /// ("the device had a timer"); a device hidden in a container ("the bomb, hidden in a plastic cool-box", "a device
    /// concealed inside a rucksack"). A bomb only left in a bag, or hidden in a room, is no such telling.
    /// </summary>
    private bool ImprovisedDevice(AnnotatedDocument doc, SentenceFacts s)
    {
        var first = doc.WordAt(s.Sentence.Start);
        bool InSentence(int w) => w >= first && w < doc.Words.Count && doc.Words[w].Start < s.Sentence.End;
        bool IsWord(int w) => InSentence(w) && char.IsLetterOrDigit(doc.Text[doc.Words[w].Start]);
        bool Is(int w, IReadOnlySet<string> kind) => IsWord(w) && kind.Contains(doc.Words[w].Key);
        // a mark of one word, or of two read as one ("home made" for "home-made", "pressure cooker")
        bool MarkEndsAt(int w) => Is(w, _improvisedMarks) || IsWord(w) && IsWord(w - 1) && _improvisedMarks.Contains(doc.Words[w - 1].Key + " " + doc.Words[w].Key);
        bool MarkStartsAt(int w) => Is(w, _improvisedMarks) || IsWord(w) && IsWord(w + 1) && _improvisedMarks.Contains(doc.Words[w].Key + " " + doc.Words[w + 1].Key);
        var nouns = new List<int>();
        var part = false;
        for (var w = first; InSentence(w); w++)
        {
            if (Is(w, _madeNouns)) nouns.Add(w);
            if (Is(w, _deviceParts)) part = true;
        }
        if (nouns.Count == 0) return false;
        if (part) return true;
        foreach (var n in nouns)
        {
            if (MarkEndsAt(n - 1) || IsWord(n - 1) && MarkEndsAt(n - 2)) return true;
            var w = n + 1;
            if (InSentence(w) && doc.Words[w].Key == ",") w++;
            for (var copulas = 0; copulas < MaxCopulaWords && Is(w, _deviceCopulas); copulas++) w++;
            if (MarkStartsAt(w)) return true;
            if (!Is(w, _concealVerbs) || !Is(w + 1, _concealPrepositions)) continue;
            for (var c = w + 2; c <= w + 2 + MaxContainerWords && IsWord(c); c++)
                if (Is(c, _containerNouns)) return true;
        }
        return false;
    }

    /// <summary>
    /// The kind of a device the frame tells as one more of those named before: a word of repetition (function_words.tsv
    /// kind repeat_word: "second", "another") right before a device noun (kind device_noun), at most one word between
    /// ("a second device damaged the valve station", "another explosive device went off"), takes the kind of the nearest
    /// device the article named earlier when that one was an improvised device ("a home-made bomb ... exploded"). A bare
    /// blast or bomb named in between names no kind and is passed over; a device of another kind (a grenade, a car bomb)
    /// ends the search with nothing.
    /// </summary>
    private string? RepeatedDeviceKind(AnnotatedDocument doc, Frame frame)
    {
        foreach (var s in frame.Sentences.Where(s => !s.IsBackground))
        {
            bool InSentence(int w) => w < doc.Words.Count && doc.Words[w].Start < s.Sentence.End;
            for (var w = doc.WordAt(s.Sentence.Start); InSentence(w); w++)
            {
                if (!_repeatWords.Contains(doc.Words[w].Key)) continue;
                if (!(InSentence(w + 1) && _deviceNouns.Contains(doc.Words[w + 1].Key))
                    && !(InSentence(w + 2) && char.IsLetter(doc.Text[doc.Words[w + 1].Start]) && _deviceNouns.Contains(doc.Words[w + 2].Key))) continue;
                var earlier = doc.CuesIn(new TextSpan(0, doc.Words[w].Start), CueKind.Event)
                    .Where(e => e.As<EventCue>() is { Vehicle: false } c && c.Weapons.Any(x => x == "explosive" || Weapons.SetDevices.Contains(x) || Weapons.Launched.Contains(x)))
                    .OrderByDescending(e => e.Start)
                    .FirstOrDefault(e => e.As<EventCue>().Weapons.Any(x => x != "explosive"));
                if (earlier?.As<EventCue>().Weapons is { } kinds && kinds.Contains("ied")) return "ied";
            }
        }
        return null;
    }

    /// <summary>Most words between a laying verb and the bomb word after it: "planted a small time bomb".</summary>
    private const int MaxLaidWords = 4;

    /// <summary>
    /// The sentence tells its bomb as laid and left to go off, so no bomber died with it (function_words.tsv kind
    /// laying_verb): the verb at most <see cref="MaxLaidWords"/> words before a bomb word, no punctuation between ("the gang planted a time bomb in
    /// the pub", "he left another bomb on the corner") or after it, past auxiliaries only (kind laid_auxiliary) ("the bomb was placed at the
    /// gate", "a pipe bomb planted by the suspect"). "Left" after a bomb word is its toll ("the bomb left ten dead"), not
    /// its laying, unless a place word (kind laid_place) follows it ("a van loaded with explosives and left beside the
    /// mosque"). A grenade thrown ("threw a grenade into the queue") is told the same way: the thrower stood away from it.
    /// A suicide word elsewhere in the attack's sentences still wins.
    /// </summary>
    private bool LaidDevice(AnnotatedDocument doc, SentenceFacts s)
    {
        var first = doc.WordAt(s.Sentence.Start);
        bool InSentence(int w) => w >= first && w < doc.Words.Count && doc.Words[w].Start < s.Sentence.End;
        foreach (var e in s.Events)
        {
            if (e.As<EventCue>() is not { Vehicle: false, WeaponName: true } c || !c.Weapons.Any(w => w is "explosive" or "ied" or "vehicle_bomb" or "grenade")) continue;
            for (var w = e.FirstWord - 1; InSentence(w) && e.FirstWord - w <= MaxLaidWords; w--)
            {
                if (!char.IsLetterOrDigit(doc.Text[doc.Words[w].Start])) break;
                if (_layingVerbs.Contains(doc.Words[w].Key)) return true;
            }
            for (var w = e.LastWord + 1; InSentence(w) && w - e.LastWord <= MaxLaidWords; w++)
            {
                var key = doc.Words[w].Key;
                if (_layingVerbs.Contains(key) && (key != "left" || InSentence(w + 1) && _laidPlaces.Contains(doc.Words[w + 1].Key))) return true;
                if (!_laidAuxiliaries.Contains(key)) break;
            }
        }
        return false;
    }

    /// <summary>Most words between "with" and the weapon it brings in: "with two AK-47 rifles", "with knives and machetes".</summary>
    private const int MaxInstrumentWords = 4;

    /// <summary>Most words of the act's object before "with": "attacked the people who were inside with".</summary>
    private const int MaxObjectWords = 6;

    /// <summary>
    /// A weapon named as the instrument of an attack's act ("attacked the guards with machetes", "killed villagers with
    /// knives and rifles"): the attack's weapon, though the word alone is weak.
    /// </summary>
    private bool Instrument(AnnotatedDocument doc, SentenceFacts s, Cue weapon)
    {
        var first = doc.WordAt(weapon.Start);
        var with = -1;
        for (var w = first - 1; w >= 0 && w >= first - MaxInstrumentWords && doc.Words[w].Start >= s.Sentence.Start; w--)
        {
            if (doc.Words[w].Key == "with") { with = w; break; }
            if (doc.Words[w].Key == "by") return ActRightBefore(doc, s, weapon, w);
            if (doc.Words[w].Key is "," or ";" or ":" or ".") break;
        }
        // the act that used it stands right before "with", or before its one object ("attacked residents with", "killed
        // villagers with"), or, a verb of an attack done (events.tsv flag act), before its object however described, in the
        // same clause ("attacked the people who were inside with"), or before an object its determiner opens ("attacked the
        // family who lived there with"); "threatened them with a knife" used none, nor does "the shooting" before it ("the
        // suspect in the shooting threatened them with a knife")
        // an act phrase that ends in the "with" itself ("were attacked with machetes") used it too
        if (with >= 1 && s.Events.Any(o => o != weapon && o.LastWord == with && o.As<EventCue>() is { Vehicle: false, WeaponName: false, Weak: false })) return true;
        return with >= 1 && s.Events.Any(o => o != weapon && o.As<EventCue>() is { Vehicle: false, WeaponName: false } c && (!c.Weak || c.Assault || c.Act || c.EventType != "other")
                                              && doc.WordAt(o.End) is var after && after <= with
                                              && (with - after <= 1 || ObjectBeforeWith(doc, after, with)
                                                  || (c.Act && with - after <= MaxObjectWords
                                                      && Enumerable.Range(after, with - after).All(w => doc.Words[w].Key is not ("," or ";" or ":" or "." or "and")))));
    }

    /// <summary>
    /// A weapon the attackers are told to carry (function_words.tsv kind arming_word at most <see cref="MaxInstrumentWords"/>
    /// words before it, no punctuation between): "raiders armed with rifles attacked the village", "masked men carrying rifles
    /// stopped the lorry". Not a force's that answered (responder_noun right before: "police armed with rifles"). A list of
    /// weapons after the word that an attack's act follows is carried whole: its commas are passed over when a weapon's
    /// name ends right before them, and the reach counts from each weapon of the list ("men carrying rifles, home-made guns
    /// and machetes stormed the post"); a list told of a man found armed is no attack's use ("emerged armed with three
    /// rifles, a machete and a hatchet"). A share of them before "with" or "had" (function_words.tsv kind armed_share) bore
    /// it too: "the raiders, some with guns and others with spears, stormed the post", "some had rifles, some had machetes".
    /// </summary>
    private bool CarriedByAttackers(AnnotatedDocument doc, SentenceFacts s, Cue weapon)
    {
        var first = doc.WordAt(weapon.Start);
        var reach = first - MaxInstrumentWords;
        var listEnds = ActRightAfter(s, weapon);
        for (var w = first - 1; w >= 0 && w >= reach && doc.Words[w].Start >= s.Sentence.Start; w--)
        {
            var key = doc.Words[w].Key;
            if (listEnds && s.Events.FirstOrDefault(e => e.LastWord == w && e.As<EventCue>().WeaponName) is { } before) reach = Math.Min(reach, before.FirstWord - MaxInstrumentWords);
            if (listEnds && key == "," && ListedWeaponBefore(s, w)) continue;
            if (key is "," or ";" or ":" or "." or "(" or ")") return false;
            if (key is "with" or "had" && w >= 1 && doc.Words[w - 1].Start >= s.Sentence.Start && _armedShares.Contains(doc.Words[w - 1].Key)) return true;
            // (an arming word in the passive carries no weapon of the attackers: "the wounded, carried by two military aircraft")
            if (_armingWords.Contains(key)) return !(w >= 1 && doc.Words[w - 1].Start >= s.Sentence.Start && _responderNouns.Contains(doc.Words[w - 1].Key)) && doc.Words[w + 1].Key != "by";
        }
        return false;
    }

    /// <summary>Most words of quantity or determiners between the "and" of a list of weapons and the weapon it adds: "and at least one RPG".</summary>
    private const int MaxListedWeaponFillers = 3;

    /// <summary>
    /// A weapon added by "and" or a comma to a list whose weapon before it the attack used (a phrase of its use that is not
    /// weak, or a weak name used as its <see cref="Instrument"/>, or itself so listed): "the attackers fired rifles and at
    /// least one RPG at the first car", "shot with Kalashnikovs and two rockets" (a list only carried is read by
    /// <see cref="CarriedByAttackers"/>, which asks for an act after it: "emerged armed with rifles and a machete" used none). Only
    /// words of function_words.tsv kind listed_weapon_filler ("at least one", "two") may stand between the joiner and the
    /// weapon.
    /// </summary>
    private bool ListedWithUsedWeapon(AnnotatedDocument doc, SentenceFacts s, Cue weapon)
    {
        var w = weapon.FirstWord - 1;
        for (var fillers = 0; fillers < MaxListedWeaponFillers && w >= 0 && doc.Words[w].Start >= s.Sentence.Start && _listedWeaponFillers.Contains(doc.Words[w].Key); fillers++) w--;
        if (w < 1 || doc.Words[w].Start < s.Sentence.Start || doc.Words[w].Key is not ("and" or ",")) return false;
        var before = s.Events.FirstOrDefault(o => o != weapon && o.LastWord == w - 1 && o.As<EventCue>() is { Vehicle: false } c && c.Weapons.Count > 0);
        return before is not null && (!before.As<EventCue>().Weak || Instrument(doc, s, before) || ListedWithUsedWeapon(doc, s, before));
    }

    /// <summary>An attack's act (events.tsv flag act, or an attack word that is not weak) starts right after the weapon: the list of weapons is the attackers' ("carrying rifles and machetes stormed").</summary>
    private static bool ActRightAfter(SentenceFacts s, Cue weapon) =>
        s.Events.Any(e => e.FirstWord == weapon.LastWord + 1 && e.As<EventCue>() is { WeaponName: false, Vehicle: false } c && (c.Act || !c.Weak));

    /// <summary>A weapon's name (events.tsv flag weapon) ends right before the comma at <paramref name="comma"/>: the comma lists weapons.</summary>
    private static bool ListedWeaponBefore(SentenceFacts s, int comma) =>
        s.Events.Any(e => e.LastWord == comma - 1 && e.As<EventCue>().WeaponName);

    /// <summary>
    /// A verb of an attack done stands right before the "by" of the weapon: "they were killed by pangas and guns".
    /// </summary>
    private static bool ActRightBefore(AnnotatedDocument doc, SentenceFacts s, Cue weapon, int by) =>
        s.Events.Any(o => o != weapon && o.LastWord == by - 1 && o.As<EventCue>() is { Vehicle: false, WeaponName: false, Act: true });

    /// <summary>
    /// The words from <paramref name="first"/> up to "with" are the act's object: opened by a determiner (function_words.tsv
    /// kind victim_determiner: "the family who lived there"), at most <see cref="MaxObjectWords"/> words, no punctuation.
    /// </summary>
    private bool ObjectBeforeWith(AnnotatedDocument doc, int first, int with) =>
        first < with && with - first <= MaxObjectWords && _determiners.Contains(doc.Words[first].Key)
        && !Enumerable.Range(first, with - first).Any(w => doc.Words[w].Key is "," or ";" or ":" or ".");

    /// <summary>The words of a target cue in lower case, one space between ("Fuel\nTerminal" is "fuel terminal"): its lexicon key.</summary>
    private static string CuePhrase(AnnotatedDocument doc, Cue t) =>
        string.Join(' ', doc.Text[t.Start..t.End].ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// A force's site or unit that names no force (function_words.tsv kind bare_force_site: "a checkpoint", "the patrol")
    /// takes the force the attack's other target words name: "gunmen attacked a checkpoint, killing three soldiers" hit the
    /// military, not the police besides; "a team on patrol ... two constables were wounded" hit the police. When only bare
    /// sites name a force, their classes stay.
    /// </summary>
    private List<Cue> DropBareForceSite(AnnotatedDocument doc, List<Cue> targets)
    {
        bool Bare(Cue t) => _bareForceSites.Contains(CuePhrase(doc, t));
        var named = targets.Where(t => !Bare(t)).Select(t => t.As<string>()).Where(k => k is "police" or "military").ToHashSet();
        if (named.Count != 1) return targets;
        return targets.Where(t => !(Bare(t) && t.As<string>() is "police" or "military" && !named.Contains(t.As<string>()))).ToList();
    }

    /// <summary>
    /// A word for people that names no class of its own (function_words.tsv kind bare_people: "men") gives way when the
    /// attack's other target words name a force: "a bomb wounded four soldiers ... two of the wounded men died" counts the
    /// soldiers again, and "two men on a motorbike fired on the police post" are the attackers, not civilians hit besides.
    /// Where no force is named ("gunmen shot three men at a bar") the men stay civilians.
    /// </summary>
    private List<Cue> DropBarePeople(AnnotatedDocument doc, List<Cue> targets)
    {
        bool Bare(Cue t) => _barePeople.Contains(doc.Text[t.Start..t.End].ToLowerInvariant());
        return targets.Any(t => !Bare(t) && t.As<string>() is "police" or "military") ? targets.Where(t => !Bare(t)).ToList() : targets;
    }

    /// <summary>
    /// A goods vehicle (function_words.tsv kind goods_vehicle: "truck", "lorries") gives way when the attack's other target
    /// words name a force: "a mine exploded under their truck" (the soldiers'), "a convoy of lorries escorted by army troops";
    /// where no force is named ("gunmen fired at the lead truck of a cement convoy") the trucks are the transport hit. One
    /// told in a sentence of an accident or a mishap ("a car crashes into a truck", background.tsv) is no target either.
    /// </summary>
    private List<Cue> DropForceVehicle(AnnotatedDocument doc, List<Cue> targets, bool vehicleBomb)
    {
        bool Goods(Cue t) => _goodsVehicles.Contains(CuePhrase(doc, t));
        // the truck of a truck bomb ("a truck packed with explosives ... the truck exploded") carried the attack: no target
        if (vehicleBomb) return targets.Where(t => !Goods(t)).ToList();
        // a goods vehicle told in a sentence of an accident or a mishap (background.tsv: "a car crashed into a truck") is the road's
        targets = targets.Where(t => !(Goods(t) && BackgroundCues(doc, doc.SentenceAt(t.Start).Span).Any(b => b.As<string>() is "accident" or "mishap" or "hazard"))).ToList();
        return targets.Any(t => !Goods(t) && t.As<string>() is "police" or "military") ? targets.Where(t => !Goods(t)).ToList() : targets;
    }

    /// <summary>
    /// A word for people who work at or guard a site (function_words.tsv kind site_staff: "workers", "a night watchman")
    /// gives way when the attack's other target words name a site or a force: "a convoy of a road company's trucks with an
    /// army escort ... two soldiers and two workers were wounded" hit the company and the army, "a guard of the substation
    /// died" the substation; no civilians besides. Where nothing else is named the workers stay civilians.
    /// </summary>
    private List<Cue> DropSiteStaff(AnnotatedDocument doc, List<Cue> targets)
    {
        bool Staff(Cue t) => _siteStaff.Contains(doc.Text[t.Start..t.End].ToLowerInvariant());
        return targets.Any(t => !Staff(t) && t.As<string>() != "civilians") ? targets.Where(t => !Staff(t)).ToList() : targets;
    }

    /// <summary>A casualty count names a site's staff (function_words.tsv kind site_staff): "the night watchman was hurt", "a guard of the depot died".</summary>
    private bool OfSiteStaff(AnnotatedDocument doc, TextSpan span)
    {
        // a two-word name may open right before the count's noun ("security officer": the count reads "officer suffered burns")
        var first = doc.WordAt(span.Start);
        if (first > 0 && _siteStaff.Contains(doc.Words[first - 1].Key + " " + doc.Words[first].Key)) return true;
        for (var w = first; w < doc.Words.Count && doc.Words[w].Start < span.End; w++)
            if (_siteStaff.Contains(doc.Words[w].Key)
                || w + 1 < doc.Words.Count && doc.Words[w + 1].Start < span.End && _siteStaff.Contains(doc.Words[w].Key + " " + doc.Words[w + 1].Key)) return true;
        return false;
    }

    /// <summary>
    /// The frame's casualties that name who was harmed (a person noun of persons.tsv or a staff word) all name hired guards
    /// (<see cref="HiredGuard"/>), at least one; none was taken (no kidnapping). "The second was wounded" names nobody of its own.
    /// </summary>
    private bool HarmedHiredGuardsOnly(AnnotatedDocument doc, Frame frame, IReadOnlyList<Cue> strong)
    {
        if (strong.Any(e => e.As<EventCue>().EventType == "kidnapping")) return false;
        var named = frame.Casualties.Where(c => c.Mention.Kind != CasualtyMention.PerpetratorKilled && NamesSomeone(doc, c.Mention.Span)).ToList();
        return named.Count > 0 && named.All(c => HiredGuard(doc, c.Mention.Span));
    }

    /// <summary>The frame's casualties that name who was harmed (<see cref="NamesSomeone"/>) all name a site's staff (<see cref="OfSiteStaff"/>), at least one.</summary>
    private bool HarmedStaffOnly(AnnotatedDocument doc, Frame frame)
    {
        var named = frame.Casualties.Where(c => c.Mention.Kind != CasualtyMention.PerpetratorKilled && NamesSomeone(doc, c.Mention.Span)).ToList();
        return named.Count > 0 && named.All(c => OfSiteStaff(doc, c.Mention.Span));
    }

    /// <summary>A word of the span is a person noun (persons.tsv) or a site's staff (function_words.tsv kind site_staff).</summary>
    private bool NamesSomeone(AnnotatedDocument doc, TextSpan span)
    {
        for (var w = doc.WordAt(span.Start); w < doc.Words.Count && doc.Words[w].Start < span.End; w++)
            if (PersonNouns.Default.IsVictim(doc.Words[w].Key) || PersonNouns.Default.IsCountedVictim(doc.Words[w].Key) || _siteStaff.Contains(doc.Words[w].Key)) return true;
        return OfSiteStaff(doc, span) || doc.CuesIn(span, CueKind.Target).Any();
    }

    /// <summary>
    /// A casualty count names a hired guard (function_words.tsv kind hired_guard): "one guard died", "a security guard was
    /// hurt"; not a force's or a state's guard (kind state_guard_modifier right before: "a border guard was shot").
    /// </summary>
    private bool HiredGuard(AnnotatedDocument doc, TextSpan span)
    {
        var first = doc.WordAt(span.Start);
        for (var w = Math.Max(0, first - 1); w < doc.Words.Count && doc.Words[w].Start < span.End; w++)
        {
            var two = w + 1 < doc.Words.Count && doc.Words[w + 1].Start < span.End && _hiredGuards.Contains(doc.Words[w].Key + " " + doc.Words[w + 1].Key);
            if (!two && (w < first || !_hiredGuards.Contains(doc.Words[w].Key))) continue;
            if (w > 0 && _stateGuardModifiers.Contains(doc.Words[w - 1].Key)) return false;
            // a bare "the guard" of a page that names a state's guard force ("joined the National Republican Guard") is one of it
            return two || !NamesStateGuard(doc, doc.Words[w].Key);
        }
        return false;
    }

    /// <summary>The page writes the word after a state_guard_modifier somewhere ("the National Republican Guard", "a border guard").</summary>
    private bool NamesStateGuard(AnnotatedDocument doc, string key)
    {
        for (var w = 1; w < doc.Words.Count; w++)
            if (doc.Words[w].Key == key && _stateGuardModifiers.Contains(doc.Words[w - 1].Key)) return true;
        return false;
    }

    /// <param name="others">the article's frames, kept or not: a sentence that names another one's town shares its weapons by nearness</param>
    private IncidentReport BuildReport(AnnotatedDocument doc, Frame frame, int number, DateMention? story, string? waveId, Claim? claim, IReadOnlyList<Frame> others)
    {
        var document = doc.Document;
        claim = OfAttackCountry(claim, frame.Place.CountryCode);
        var evidence = new List<Evidence>();
        var own = frame.Sentences.Where(s => s.EventPlaces.Count <= 1 || s.Casualties.Count > 0).ToList();

        var date = frame.Date ?? (story is { Precision: "day" } ? story : null); // a year bound of an undated article is no date
        if (date is not null && date.End > date.Start) evidence.Add(document.Evidence("date", date.Span));
        var placeMention = frame.PlaceMentions.FirstOrDefault(p => p.Place.GeonameId == frame.Place.GeonameId) ?? frame.PlaceMentions[0];
        evidence.Add(document.Evidence("location", placeMention.Span));

        // a headline of several attacks ("abduction in X, arson in Y") gives each only the words written nearest its town
        var events = frame.Sentences.SelectMany(s => s.Events.Where(e => !(s.IsTitle && OfOtherTown(doc, s, frame, others, e)))).Where(e => !e.As<EventCue>().Vehicle).ToList();
        // the first site of a kind struck, told in no strong attack word of its own: struck as the later one was ("a second church ... was set alight in the same way")
        var struckLike = frame.StruckLike.Count > 0 && !events.Any(e => !e.As<EventCue>().Weak);
        if (struckLike) events = events.Concat(frame.StruckLike).ToList();
        var strong = events.Where(e => !e.As<EventCue>().Weak).ToList();
        var types = (strong.Count > 0 ? strong : events).Select(e => e.As<EventCue>().EventType).ToList();
        var shooting = frame.Casualties.Any(c => c.Mention.Kind == CasualtyMention.Shot);
        if (shooting) types.Add("armed_assault");
        var eventType = EventTypes.ByPriority.FirstOrDefault(types.Contains) ?? (frame.Casualties.Count > 0 ? "armed_assault" : "other");
        if (eventType == "kidnapping" && KilledInRaid(doc, frame) && !HostageSiege(events)) eventType = KillingType(types);
        var typeCue = (strong.Count > 0 ? strong : events).FirstOrDefault(e => e.As<EventCue>().EventType == eventType);
        if (typeCue is not null) evidence.Add(document.Evidence("event_type", typeCue.Span));

        var weapons = new SortedSet<string>(StringComparer.Ordinal);
        // the weapons of the police or guards who answered the attack ("police opened fire", "he was shot by an officer")
        var responders = new SortedSet<string>(StringComparer.Ordinal);
        bool? suicide = null;
        bool assumedArtillery = false, namedArtillery = false, namedExplosive = false, namedVest = false, namedFirearm = false;
        // a sentence of several places that counts no victims ("drove the truck from X to Y, where it was detonated") lends
        // the weapons written nearest this attack's town
        foreach (var s in frame.Sentences)
        {
            var found = WeaponCues(doc, s, frame, others, nearTownOnly: !own.Contains(s)).ToList();
            foreach (var e in found.Where(e => ResponderAct(doc, s, e.FirstWord, e.LastWord))) foreach (var w in e.As<EventCue>().Weapons) responders.Add(w);
            var cues = found.Where(e => !ResponderAct(doc, s, e.FirstWord, e.LastWord)).Select(e => e.As<EventCue>()).ToList();
            // a vehicle noun's weapons are what it becomes with explosives, below
            foreach (var c in cues.Where(c => !c.Vehicle)) foreach (var w in c.Weapons) weapons.Add(w);
            // a vehicle loaded with explosives is a vehicle bomb (events.tsv flag load); a car the bombers rode, the truck that
            // hit a mine or a car a bomb was planted under is not; beside a grenade or a shell it is what was hit
            if (cues.Any(c => c.Vehicle) && cues.Any(c => c.Load)
                && !cues.Any(c => c.Weapons.Any(Weapons.Launched.Contains))) weapons.Add("vehicle_bomb");
            // "the motorcycle exploded" where another sentence of the article told that vehicle loaded with explosives
            // ("detonated a motorcycle packed with explosives by a police post, ... in three towns"): it is that bomb
            if (found.Any(e => e.As<EventCue>().Blast) && found.Any(e => e.As<EventCue>().Vehicle && LoadedElsewhere(doc, s, e))
                && !cues.Any(c => c.Weapons.Any(Weapons.Launched.Contains))) weapons.Add("vehicle_bomb");
            if (cues.Any(c => c.Suicide)) suicide = true;
            else if (suicide is null && LaidDevice(doc, s)) suicide = false;
            if (cues.Any(c => c.Generic && c.Weapons.Contains("artillery"))) assumedArtillery = true;
            if (cues.Any(c => !c.Generic && c.Weapons.Contains("artillery"))) namedArtillery = true;
            if (cues.Any(c => !c.Vehicle && !c.Blast && c.Weapons.Contains("explosive"))) namedExplosive = true;
            if (cues.Any(c => !c.Generic && c.Weapons.Contains("suicide_vest"))) namedVest = true;
            if (cues.Any(c => !c.Generic && c.Weapons.Contains("firearm"))) namedFirearm = true;
            foreach (var e in s.Events.Where(e => !e.As<EventCue>().Weak && (e.As<EventCue>().Weapons.Count > 0 || e.As<EventCue>().Suicide))) evidence.Add(document.Evidence("weapons", e.Span));
        }
        if (struckLike && weapons.Count == 0)
            foreach (var e in frame.StruckLike.Where(e => e.As<EventCue>().Weapons.Count > 0))
            {
                weapons.UnionWith(e.As<EventCue>().Weapons);
                evidence.Add(document.Evidence("weapons", e.Span));
            }
        // a knife attacker shot by the police: the police's gunfire is no weapon of the attack, unless the attack has no other
        if (weapons.Count == 0) weapons.UnionWith(responders);
        if (shooting && (weapons.Count == 0 || frame.Casualties.Any(c => c.Mention.Kind == CasualtyMention.Shot && !ShotByResponder(doc, c.Mention)))) weapons.Add("firearm");
        Weapons.DropBareExplosive(weapons);
        Weapons.DropAssumedArtillery(weapons, assumedArtillery && !namedArtillery);
        Weapons.DropBlastOfImpact(weapons, !namedExplosive);
        Weapons.DropAssumedVest(weapons, !namedVest);
        Weapons.DropAssumedFirearm(weapons, !namedFirearm && !shooting);
        Weapons.DropFireOfBlast(weapons);
        if (eventType != "bombing" && weapons.Contains("vehicle_bomb") && !strong.Any(e => e.As<EventCue>().EventType == "bombing")) weapons.Remove("vehicle_bomb");
        // "a car bomb", told as a device set under the car ("planted under his car"): an ied to kill its occupant
        if (weapons.Contains("vehicle_bomb") && frame.Sentences.Any(s => !s.IsBackground && SetBeneath(doc, s))) { weapons.Remove("vehicle_bomb"); weapons.Add("ied"); }
        // a bomb told as set under a road or a vehicle it waited for ("a bomb planted under the road exploded beneath their
        // truck", "a device went off under their vehicle"): an improvised device laid in wait, not a bare explosive
        if (weapons.Contains("explosive") && frame.Sentences.Any(s => !s.IsBackground && SetBeneath(doc, s))) { weapons.Remove("explosive"); weapons.Add("ied"); }
        // a bomb told as made by hand or hidden in something carried ("the device was home-made", "a bomb hidden in a
        // cool-box"): an improvised device, not a bare explosive
        if ((weapons.Contains("explosive") || weapons.Count == 0 && eventType == "bombing") && frame.Sentences.Any(s => !s.IsBackground && ImprovisedDevice(doc, s))) { weapons.Remove("explosive"); weapons.Add("ied"); }
        // one more device of a kind named before ("a second device", "another bomb"): the kind of the first
        if ((weapons.Contains("explosive") || weapons.Count == 0 && eventType == "bombing") && RepeatedDeviceKind(doc, frame) is { } repeated) { weapons.Remove("explosive"); weapons.Add(repeated); }
        eventType = AssaultWhenOnlyAttacked(eventType, weapons, frame);
        if (TypeOfWeapons(AssaultWithThrownCharge(eventType, weapons, types, frame), weapons) is var assault && assault != eventType)
        {
            eventType = assault;
            evidence.RemoveAll(x => x.Field == "event_type");
            if ((strong.Count > 0 ? strong : events).FirstOrDefault(e => e.As<EventCue>().EventType == eventType) is { } cue) evidence.Add(document.Evidence("event_type", cue.Span));
        }

        var targets = new SortedSet<string>(StringComparer.Ordinal);
        var targetCues = own.SelectMany(s => s.Targets.Where(t => ((s.HasStrongEvent || s.Casualties.Count > 0) && LinkedTarget(doc, t) || NamedHarmed(doc, t) || CountedVictim(s, t) || NamedVictim(doc, t) || SubjectHarmedLater(doc, s, t))
                                                                && !OfOtherTown(doc, s, frame, others, t) && !OfOtherCountryAndDay(s, frame) && !HeadOfAnother(doc, t) && !OtherSense(doc, t) && !OfAnotherHeadlinePart(doc, s, frame, others, t.Start)
                                                                && !InUnitName(doc, s, t) && !FiresAtAttacker(doc, s, t) && !InStreetName(doc, t) && !CareSiteBesideToll(doc, s, t)
                                                                && !InTollOverTime(doc, s, t) && !StructureToldAsLandmark(doc, own, t)))
            // the first site of a kind struck before a later one is what was hit there, though its sentence tells no attack
            .Concat(frame.StruckSites).Distinct().ToList();
        // a member of a stated wave told in a table's row that names no target ("X | Sun 20 Sep, 23:50 | Mast destroyed |
        // None"): the series' headline names what its attacks hit ("Fires at four mobile masts overnight in Y: series of
        // arson attacks"), each member's target
        if (targetCues.Count == 0 && waveId is not null && frame.Sentences.Any(s => s.IsTableRow && !s.IsBackground)
            && TitleIndex(doc) is var title and >= 0 && title < doc.Sentences.Count)
        {
            var head = doc.Sentences[title];
            if (doc.CuesIn(head.Span, CueKind.Event).Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false }) && doc.CuesIn(head.Span, CueKind.Wave).Any())
                targetCues = doc.CuesIn(head.Span, CueKind.Target).Where(t => LinkedTarget(doc, t) && !OtherSense(doc, t) && !HeadOfAnother(doc, t)).ToList();
        }
        targetCues = DropBareForceSite(doc, targetCues);
        targetCues = DropBarePeople(doc, targetCues);
        targetCues = DropForceVehicle(doc, targetCues, weapons.Contains("vehicle_bomb"));
        targetCues = DropSiteStaff(doc, targetCues);
        foreach (var t in targetCues)
        {
            targets.Add(t.As<string>());
            evidence.Add(document.Evidence("targets", t.Span));
        }
        // an oil or fuel terminal, a gas plant (function_words.tsv kind trade_utility): a site a company runs to sell fuel or gas,
        // so the attack hit a business besides the utility
        if (targetCues.Any(t => t.As<string>() == "utilities"
                                && _tradeUtilities.Contains(CuePhrase(doc, t))))
            targets.Add("business");
        // Only a site's hired guards harmed (function_words.tsv kind hired_guard: "attacked two security guards ... one guard
        // died and the second was wounded") and no site or group named that the attack hit: they keep a business's site or
        // work for a security firm, a business, not civilians
        var hiredGuards = targets.Count == 0 && HarmedHiredGuardsOnly(doc, frame, strong);
        if (hiredGuards)
        {
            targets.Add("business");
            evidence.Add(document.Evidence("targets", frame.Casualties.First(c => HiredGuard(doc, c.Mention.Span)).Mention.Span));
        }
        // People killed, hurt or taken and no site or group named that the attack hit: the victims themselves were its
        // target, and people as such are civilians (a named official, soldier or reporter is read by the rules above)
        // (a guard or a worker of the site hurt there is the site's, function_words.tsv kind site_staff: "the night watchman was hurt")
        // (a count that names nobody, "the second was wounded", a table's figure, is of the staff when the counts that name
        // someone all name the staff)
        var staffOnly = targets.Count > 0 && HarmedStaffOnly(doc, frame);
        var harmed = frame.Casualties.Where(c => c.Mention.Kind != CasualtyMention.PerpetratorKilled && !(targets.Count > 0 && (staffOnly || OfSiteStaff(doc, c.Mention.Span)))).Select(c => c.Mention.Span)
            .Concat(strong.Where(e => e.As<EventCue>().EventType == "kidnapping").Select(e => e.Span)).ToList();
        // People killed, hurt or taken where only public sites were read (a market, a bus, a bar, a shrine: function_words.tsv
        // kind public_site_class) are a target beside the site, civilians; not where a class names who was there (soldiers,
        // police, officials)
        // (where no target word was read at all, only a toll, the civilians give way to another report of the attack that
        // names who was hit: IncidentBuilder.Targets)
        var civiliansByHarm = false;
        if (harmed.Count > 0 && targets.All(_publicSiteClasses.Contains))
        {
            civiliansByHarm = targets.Count == 0;
            targets.Add("civilians");
            evidence.Add(document.Evidence("targets", harmed[0]));
        }

        // a bomb set under a vehicle (SetBeneath: "a device placed under his car") whose only target is the government's
        // person it carried (a prosecutor, a judge, a district head): a killing aimed at that official, an assassination (the
        // gold's convention), not a bombing of a public place
        var aimedAtOfficial = eventType == "bombing" && targets.Count > 0 && targets.All(t => t == "government")
                              && frame.Sentences.Any(s => !s.IsBackground && SetBeneath(doc, s));
        if (aimedAtOfficial) eventType = "assassination";
        // a journalist shot, stabbed or attacked and killed, and no force or armed group hit besides: a killing aimed at the
        // journalist, an assassination (the gold's convention), as a bomb under an official's car is
        if (eventType is "armed_assault" or "other" && targets.Contains("journalists") && KilledPeople(frame)
            && !targets.Overlaps(["police", "military", "armed_group"])) eventType = "assassination";

        if (claim?.ActorEvidence is not null) evidence.Add(claim.ActorEvidence);
        if (claim?.ClaimEvidence is not null) evidence.Add(claim.ClaimEvidence);

        var killed = Figures(doc, frame.Casualties, CasualtyMention.Killed);
        if (OneByOne(doc, frame, killed, CasualtyMention.Killed) is { } oneByOne) killed.Add(oneByOne);
        if (WithAttackerDeath(doc, frame, killed) is { } all) killed.Add(all);
        if (SceneAndLaterDeaths(doc, frame, killed) is { } both) killed.Add(both);
        var injured = Figures(doc, frame.Casualties, CasualtyMention.Injured);
        // "Jon Roe, 40, was wounded ... Roe later died": the one hurt under a name that a death names later is one of the dead
        if (NamedLaterDead(doc, frame) is { Count: > 0 } laterDead)
            injured.RemoveAll(i => i.Value == 1 && laterDead.Any(m => m.Span.Start == i.Evidence.Start && m.Span.End == i.Evidence.End));
        if (OneByOne(doc, frame, injured, CasualtyMention.Injured) is { } hurtOneByOne) injured.Add(hurtOneByOne);
        if (ShotButNotKilled(doc, frame, killed, CasualtyMention.Shot) is { } shot)
        {
            // "the victim of a deadly shooting ... was found shot": those shot are the dead the article calls it deadly for
            if (killed.All(k => k.Value is null) && injured.All(i => i.Value is null) && CalledDeadly(doc, frame)) killed.Add(shot with { Evidence = shot.Evidence with { Field = CasualtyMention.Killed } });
            else injured.Add(shot);
        }
        // people stabbed or knifed, likewise injured only beyond the dead ("a guard was stabbed and died later": none hurt)
        if (ShotButNotKilled(doc, frame, killed, CasualtyMention.Stabbed) is { } stabbed) injured.Add(stabbed);
        // a count of people taken to hospital ("three were taken to a hospital") stands beside the dead; one person may be one of them;
        // a part of the hurt counted before it ("Of the nine hurt, five were flown to ...") is no count of its own
        foreach (var (m, source) in frame.Casualties.Where(c => c.Mention.Kind == CasualtyMention.Treated && doc.NumbersIn(c.Mention.Figure).Any()
                                                                 && !PartOfCountOpening(doc, c.Mention, frame.Casualties) && !RemainderAfterLarger(doc, c.Mention, frame.Casualties)))
            injured.Add(new CasualtyFigure(m.Value, m.Qualifier, source, doc.Document.Evidence(CasualtyMention.Injured, m.Span), doc.Published));
        if (ShotButNotKilled(doc, frame, killed, CasualtyMention.Treated) is { } treated) injured.Add(treated);

        return new IncidentReport
        {
            Id = $"{document.Id}#{number}",
            ArticleId = document.Id,
            Published = doc.Published,
            Date = date?.Value,
            DatePrecision = date?.Precision ?? "unknown",
            DayPastMidnight = frame.PastMidnight && date == frame.Date,
            DayEndsNight = frame.Date is { } night && date == night && EndsNight(doc, night),
            Place = frame.Place,
            Sublocation = frame.Site ?? SublocationReader.Find(doc, own.Where(s => s.EventPlaces.Count <= 1).Select(s => s.Sentence), (_, end) => CareAt(doc, doc.WordAt(end) - 1) || CareTold(doc, doc.WordAt(end) - 1)),
            Streets = StreetReader.Default.Read(doc, frame.Sentences.Where(s => !s.IsBackground).Select(s => s.Sentence)),
            EventType = eventType,
            Suicide = suicide,
            Weapons = weapons.ToList(),
            Targets = targets.ToList(),
            CiviliansByHarm = civiliansByHarm,
            NamesWhoWasHit = targets.Any(t => t != "civilians" && !_publicSiteClasses.Contains(t)),
            AimedAtOfficial = aimedAtOfficial,
            Perpetrator = claim?.Actor?.Canonical,
            PerpetratorAliases = claim?.Actor?.Canonical is { } actor ? _groupAliases.Of(doc.Text, actor) : Array.Empty<string>(),
            // the accused's denial told without its name stays "denied" with no perpetrator: linking gives it to the blamed group
            Responsibility = claim?.Actor is null ? (claim is { Responsibility: "denied", ByAccused: true } ? "denied" : "unknown") : claim.Responsibility,
            Killed = killed,
            Injured = injured,
            WaveId = waveId,
            Evidence = evidence,
        };
    }

    /// <summary>
    /// A headline that tells several attacks lends a weapon or a target word at <paramref name="at"/> to the attack its
    /// part is about, not to the frame that took the headline: when the article tells another attack apart at the
    /// frame's own place, the headline lists them all ("Night of gunfire in X: official shot dead, checkpoint and
    /// farmhouse fired on"), and its words are no one attack's (each is told in the body); when the headline is made of
    /// clauses between semicolons and one of them names the frame's place, a word of a clause that does not is
    /// another attack's ("Roadside bomb toll rises to 4; X grenade victims now 8": the bomb is not X's).
    /// </summary>
    private static bool OfAnotherHeadlinePart(AnnotatedDocument doc, SentenceFacts s, Frame frame, IReadOnlyList<Frame> others, int at)
    {
        if (!s.IsTitle) return false;
        if (others.Any(o => o != frame && ToldApartAtOnePlace(frame, o))) return true;
        return OutsidePlaceClause(doc, s, frame, at);
    }

    /// <summary>Two frames at one place that the article tells as attacks apart (another attack there, a timeline, days or sites apart).</summary>
    private static bool ToldApartAtOnePlace(Frame a, Frame b) =>
        a.Place.GeonameId == b.Place.GeonameId && a.Place.Kind == b.Place.Kind
        && (a.ToldSeparately || b.ToldSeparately || a.TimedApart || b.TimedApart || a.DayApart || b.DayApart || a.SiteApart || b.SiteApart);

    /// <summary>
    /// The sentence is made of clauses between semicolons, one of them names a place the frame holds, and the position
    /// <paramref name="at"/> lies in a clause that names none: "grenade hurts 7 in X; trader shot dead" (for X, the
    /// trader's death is outside).
    /// </summary>
    private static bool OutsidePlaceClause(AnnotatedDocument doc, SentenceFacts s, Frame frame, int at)
    {
        var text = doc.Text;
        var start = s.Sentence.Start;
        var end = s.Sentence.End;
        if (text.IndexOf(';', start, end - start) < 0) return false;
        var before = at > start ? text.LastIndexOf(';', at - 1, at - start) : -1;
        var from = before >= start ? before + 1 : start;
        var after = at < end ? text.IndexOf(';', at, end - at) : -1;
        var to = after >= 0 ? after : end;
        var places = s.EventPlaces.Concat(s.OtherPlaces).Where(p => !p.IsDemonym && frame.Holds(p.Place)).ToList();
        return places.Count > 0 && !places.Any(p => p.Start >= from && p.Start < to);
    }

    /// <summary>
    /// In a sentence that also names another attack's town ("gunmen killed seven in X, hours after a police station was
    /// bombed in Y"), a target word belongs to the town written nearest it: it is not this frame's when that town is
    /// another frame's.
    /// </summary>
    private static bool OfOtherTown(AnnotatedDocument doc, SentenceFacts s, Frame frame, IReadOnlyList<Frame> others, Cue target)
    {
        var towns = s.EventPlaces.Concat(s.OtherPlaces)
            .Where(p => p.Place.Kind == PlaceKind.City && !p.IsDemonym && (frame.Holds(p.Place) || others.Any(o => o != frame && o.Holds(p.Place)))).ToList();
        if (!towns.Any(p => !frame.Holds(p.Place))) return false;
        var nearest = towns.MinBy(p => WordsBetween(doc, target, p.Start, p.End));
        return nearest is not null && !frame.Holds(nearest.Place);
    }

    /// <summary>
    /// The sentence tells another story: every place it names lies in another country than the frame's, and every day it
    /// writes is another day than the frame's ("- Thursday 5 February: (a neighbouring country) - two soldiers killed near
    /// (a town there)", a line of a list of earlier bulletins under an attack's report): what it hit is not this attack's.
    /// </summary>
    private static bool OfOtherCountryAndDay(SentenceFacts s, Frame frame)
    {
        if (frame.Date is not { Precision: "day" } day || s.Dates.Count == 0 || s.Dates.Any(d => d.Precision != "day" || d.Date == day.Date)) return false;
        var places = s.EventPlaces.Concat(s.OtherPlaces).ToList();
        return places.Count > 0 && places.All(p => p.Place.CountryCode != frame.Place.CountryCode);
    }

    /// <summary>
    /// How far a place's mention stands from a target word, in words; a comma, semicolon or colon between them counts
    /// as many words ("seven shot dead at X cockpit, police post bombed in Y": the post is Y's).
    /// </summary>
    private static int WordsBetween(AnnotatedDocument doc, Cue target, int start, int end)
    {
        var (from, to) = end <= target.Start ? (doc.WordAt(end), target.FirstWord) : (target.LastWord + 1, doc.WordAt(start));
        var far = 0;
        for (var w = from; w < to && w < doc.Words.Count; w++) far += doc.Words[w].Key is "," or ";" or ":" ? ClauseWords : 1;
        return far;
    }

    /// <summary>How many words a comma, semicolon or colon between a target word and a town counts for.</summary>
    private const int ClauseWords = 10;

    /// <summary>How many words (a determiner, describing words) may stand between "of" and the target word that owns the head.</summary>
    private const int OwnerReach = 3;

    /// <summary>
    /// The target word heads a phrase whose owner, after "of", is another target word: "a patrol of the state police", "a
    /// convoy of the national guard": the owner says whose it was, and the head's own class (a patrol: military) is not read.
    /// </summary>
    private static bool HeadOfAnother(AnnotatedDocument doc, Cue target)
    {
        var of = target.LastWord + 1;
        if (of >= doc.Words.Count || doc.Words[of].Key != "of") return false;
        var sentenceEnd = doc.SentenceAt(target.Start).End;
        for (var w = of + 1; w < doc.Words.Count && w <= of + 1 + OwnerReach && doc.Words[w].Start < sentenceEnd; w++)
        {
            if (doc.Words[w].Key is "," or ";" or ":" or "and" or "or") return false;
            var word = new TextSpan(doc.Words[w].Start, doc.Words[w].End);
            if (doc.CuesIn(word, CueKind.Target).Any(c => c.FirstWord == w)) return true;
        }
        return false;
    }

    /// <summary>
    /// The target word, written in lower case, stands inside a phrase of target_links.tsv kind sense that gives it another
    /// sense than the site it lists: "the body was found on the bank of the river", "an army truck hit a mine on the river
    /// bank" name a shore, not a bank that was hit ("the Bank of Kano", written with a capital, is still one).
    /// </summary>
    private bool OtherSense(AnnotatedDocument doc, Cue target)
    {
        if (!char.IsLower(doc.Text[target.Start])) return false;
        var at = target.FirstWord;
        foreach (var phrase in _lexicons.TargetSenses)
            for (var k = 0; k < phrase.Length; k++)
            {
                var start = at - k;
                if (phrase[k] == doc.Words[at].Key && start >= 0 && start + phrase.Length <= doc.Words.Count
                    && Enumerable.Range(0, phrase.Length).All(i => doc.Words[start + i].Key == phrase[i]))
                    return true;
            }
        return SenseNamedBefore(doc, target);
    }

    /// <summary>
    /// The target word, after "the", names again a thing the article named before by a phrase of target_links.tsv kind
    /// sense that ends with the same word: "charges went off against two storage tanks ... flames rose above the tanks"
    /// (the stored fuel's tanks, not an army's), "a bag was found on the river bank ... divers searched the bank".
    /// </summary>
    private bool SenseNamedBefore(AnnotatedDocument doc, Cue target)
    {
        var at = target.FirstWord;
        if (at < 1 || target.LastWord != at || doc.Words[at - 1].Key != "the") return false;
        var key = doc.Words[at].Key;
        foreach (var phrase in _lexicons.TargetSenses)
        {
            if (phrase.Length < 2 || phrase[^1] != key) continue;
            for (var start = 0; start + phrase.Length <= at - 1; start++)
                if (Enumerable.Range(0, phrase.Length).All(i => doc.Words[start + i].Key == phrase[i])) return true;
        }
        return false;
    }

    /// <summary>
    /// The target word is counted by a toll of no figure, a vague quantity (numbers.tsv kind vague) told in the perfect, in
    /// a sentence that gives no day: "dozens of troops have died along the frontier", "hundreds of villagers have
    /// been abducted over the years". It sums up a stretch of time; those it counts are not who the day's attack hit.
    /// </summary>
    private static bool InTollOverTime(AnnotatedDocument doc, SentenceFacts s, Cue target) =>
        s.Dates.Count == 0
        && s.Casualties.Any(c => c.Value is null && c.Qualifier == Qualifiers.Dozens && c.Span.Start <= target.Start && target.End <= c.Span.End
                                 && Enumerable.Range(doc.WordAt(c.Span.Start), Math.Max(0, doc.WordAt(c.Span.End) - doc.WordAt(c.Span.Start)))
                                     .Any(w => w + 1 < doc.Words.Count && doc.Words[w].Key is "have" or "has" && doc.Words[w + 1].Key == "been"));

    /// <summary>
    /// The target word is the noun a casualty figure counts, between the figure and its casualty word: "Eleven soldiers
    /// died there", "four policemen lost their lives": those who died were the target (attackers' own dead are not).
    /// </summary>
    private static bool CountedVictim(SentenceFacts s, Cue target) =>
        s.Casualties.Any(c => c.Kind is CasualtyMention.Killed or CasualtyMention.Injured or CasualtyMention.Shot or CasualtyMention.Stabbed
                              && c.Figure.End <= target.Start && target.End < c.Span.End && c.Span.Start <= c.Figure.Start);

    /// <summary>
    /// The target word names who was killed or hurt, though its sentence holds no figure of its own (the count stands
    /// elsewhere): the word, alone or in a list of victims joined by commas and "and" (appositions between: "Two of our
    /// nurses, both women, and the police officer escorting them died at the scene", "a guard and the driver were
    /// wounded"), is the subject of a casualty phrase (<see cref="SubjectOfCasualty"/>), or it follows a noun for the
    /// dead or the hurt as a group and a word of target_links.tsv kind roll (<see cref="AmongVictims"/>: "among the dead
    /// were two teachers", "the wounded include a soldier", "the victims, two aid workers, were shot"). Attackers (armed
    /// groups) are not read so.
    /// </summary>
    private bool NamedVictim(AnnotatedDocument doc, Cue target)
    {
        if (target.As<string>() == "armed_group") return false;
        if (Speaks(doc, target) || Elsewhere(doc, target) || CareAt(doc, target.FirstWord) || Responds(doc, target) || Addressed(doc, target, doc.WordAt(doc.SentenceAt(target.Start).Start))) return false;
        return AmongVictims(doc, target) || SubjectOfCasualty(doc, target);
    }

    /// <summary>
    /// The target word, a person's trade in the singular (persons.tsv role victim), is the sentence's subject (only
    /// determiners and describing words before it, back to the start or an opening phrase's comma) and a clause after
    /// "when" or "as" (function_words.tsv kind harm_clause_opener) tells the harm done to "him" or "her" (kind harmed_pronoun):
    /// "the old printer was closing his shop when a man walked in and shot him" (the printer was who was hit).
    /// </summary>
    private bool SubjectHarmedLater(AnnotatedDocument doc, SentenceFacts s, Cue target)
    {
        if (target.FirstWord != target.LastWord || !PersonNouns.Default.IsSingularVictim(doc.Words[target.FirstWord].Key)) return false;
        var first = doc.WordAt(s.Sentence.Start);
        // back to the sentence's start or the comma after an opening phrase ("On the night of Monday, the old printer ...")
        for (var w = target.FirstWord - 1; w >= first && doc.Words[w].Key != ","; w--)
            if (!_determiners.Contains(doc.Words[w].Key) && !DescribingWord(doc, w) && !AgeOrCompound(doc, w)) return false;
        var end = s.Sentence.End;
        var when = -1;
        for (var w = target.LastWord + 1; w < doc.Words.Count && doc.Words[w].Start < end; w++)
        {
            var key = doc.Words[w].Key;
            if (key is ";" or ":") return false;
            if (_harmClauseOpeners.Contains(key)) { when = w; break; }
        }
        if (when < 0) return false;
        return s.Casualties.Any(c => c.Kind is CasualtyMention.Killed or CasualtyMention.Injured or CasualtyMention.Shot or CasualtyMention.Stabbed
                                     && c.Span.Start > doc.Words[when].Start
                                     && doc.WordAt(c.Span.End) - 1 is var last and >= 0
                                     && (_harmedPronouns.Contains(doc.Words[last].Key)
                                         || last + 1 < doc.Words.Count && _harmedPronouns.Contains(doc.Words[last + 1].Key)));
    }

    /// <summary>A number, a hyphen or a hyphenated word not capitalised before a trade: "the 59-year-old editor", "a well-known printer".</summary>
    private static bool AgeOrCompound(AnnotatedDocument doc, int w) =>
        doc.Words[w].Key.Contains('-') && !char.IsUpper(doc.Text[doc.Words[w].Start]) || doc.Words[w].Key.All(char.IsDigit);

    /// <summary>
    /// A describing word before a victim's trade ("a local councillor"): lower case, no preposition and no verb's
    /// participle ("treated by ambulance staff" tells who cared for the victims, not who they were).
    /// </summary>
    private bool DescribingWord(AnnotatedDocument doc, int w)
    {
        var key = doc.Words[w].Key;
        return char.IsLower(doc.Text[doc.Words[w].Start]) && !_locative.Contains(key) && !_relationPrepositions.Contains(key)
               && !key.EndsWith("ed", StringComparison.Ordinal) && !key.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>Words a list of victims may open its next member with: determiners, numbers and "both"/"all" ("and their police escort", ", both women,").</summary>
    private bool ListFiller(AnnotatedDocument doc, int w) =>
        _determiners.Contains(doc.Words[w].Key) || _listOpeners.Contains(doc.Words[w].Key) || doc.NumbersIn(new TextSpan(doc.Words[w].Start, doc.Words[w].End)).Any();

    /// <summary>
    /// The target word opens, or stands in, the subject of a casualty phrase: over the members of a list joined by
    /// commas and "and"/"or" (a member may name no target: "and the team's driver"), a passive harm follows
    /// (<see cref="SubjectOfHarm(AnnotatedDocument, int, int)"/>: "were wounded") or, within eight words, a casualty
    /// phrase of casualties.tsv that stands after its subject and opens on a verb of dying (function_words.tsv kind
    /// death_verb, or "lost": "died at the scene", "lost their lives"; not a noun for the victims, "the deceased",
    /// "injured people", nor "lives" as a verb), with no clause break, speech verb, number, joining word or relative
    /// "who" between ("a motorcycle taxi driver who died of his wounds" names a man by his trade among the dead of a shop's
    /// bombing, no transport hit).
    /// </summary>
    private bool SubjectOfCasualty(AnnotatedDocument doc, Cue target)
    {
        var sentenceEnd = doc.SentenceAt(target.Start).End;
        var n = doc.Words.Count;
        if (AfterPreposition(doc, target)) return false;
        var last = target.LastWord;
        for (var hops = 0; hops < 4; hops++)
        {
            var w = last + 1;
            var joined = false;
            if (w < n && doc.Words[w].Start < sentenceEnd && doc.Words[w].Key == ",") w++;
            if (w < n && doc.Words[w].Start < sentenceEnd && _listJoiners.Contains(doc.Words[w].Key)) { w++; joined = true; }
            if (w == last + 1 || w >= n || doc.Words[w].Start >= sentenceEnd) break;
            // an aside between commas after the joining word: "owner, printer and, most days, driver"
            if (joined && AsideEnd(doc, w, sentenceEnd) is var aside and > 0) w = aside + 1;
            var v = w;
            while (v < n && v < w + 3 && doc.Words[v].Start < sentenceEnd && ListFiller(doc, v)) v++;
            var from = w;
            var next = doc.CuesIn(new TextSpan(doc.Words[w].Start, sentenceEnd), CueKind.Target).FirstOrDefault(c => c.FirstWord >= from && c.FirstWord <= v + 1);
            if (next is not null && next.As<string>() != "armed_group") { last = next.LastWord; continue; }
            if (joined && v > w) last = v - 1;
            // the list's last member names no target, a trade in lower-case words before a comma ("and, most days, delivery
            // driver, Ana Ruiz, was shot"): it ends the list
            else if (joined && LowerCaseMemberEnd(doc, w, sentenceEnd) is var member and > 0) last = member;
            break;
        }
        if (last != target.LastWord && SubjectOfHarm(doc, target.Start, last)) return true;
        for (var w = last + 1; w < n && w <= last + 8 && doc.Words[w].Start < sentenceEnd; w++)
        {
            var key = doc.Words[w].Key;
            if (_casualtyClauseBreaks.Contains(key)
                || _speechVerbs.Contains(key) || _beAuxiliaries.Contains(key) || doc.NumbersIn(new TextSpan(doc.Words[w].Start, doc.Words[w].End)).Any()) return false;
            var at = w;
            if (doc.Within(doc.Cues, new TextSpan(doc.Words[w].Start, doc.Words[w].End), c => c.Start)
                .Any(c => c.FirstWord == at && c.Kind == CueKind.Casualty && c.As<CasualtyCue>() is { Kind: "killed" or "injured", Position: "after" } && (_deathVerbs.Contains(key) || key == "lost")))
                return true;
        }
        return false;
    }

    /// <summary>How many words an aside between commas inside a list of victims may hold ("and, on most days, driver").</summary>
    private const int AsideWords = 5;

    /// <summary>
    /// The word at <paramref name="w"/> is a comma that opens an aside of lower-case words closed by a comma within
    /// <see cref="AsideWords"/> words: the closing comma's index, else -1.
    /// </summary>
    private static int AsideEnd(AnnotatedDocument doc, int w, int sentenceEnd)
    {
        if (doc.Words[w].Key != ",") return -1;
        for (var v = w + 1; v < doc.Words.Count && v <= w + 1 + AsideWords && doc.Words[v].Start < sentenceEnd; v++)
        {
            if (doc.Words[v].Key == ",") return v > w + 1 ? v : -1;
            if (!char.IsLower(doc.Text[doc.Words[v].Start])) return -1;
        }
        return -1;
    }

    /// <summary>
    /// One to three lower-case words from <paramref name="w"/> closed by a comma ("delivery driver,"): the last word's
    /// index, else -1.
    /// </summary>
    private int LowerCaseMemberEnd(AnnotatedDocument doc, int w, int sentenceEnd)
    {
        for (var v = w; v < doc.Words.Count && v < w + 3 && doc.Words[v].Start < sentenceEnd; v++)
        {
            if (!char.IsLower(doc.Text[doc.Words[v].Start]) || _casualtyClauseBreaks.Contains(doc.Words[v].Key) || _beAuxiliaries.Contains(doc.Words[v].Key)) return -1;
            if (v + 1 < doc.Words.Count && doc.Words[v + 1].Key == ",") return v;
        }
        return -1;
    }

    /// <summary>
    /// The target word ends a preposition's phrase (up to six words back, within its list item): "two employees of a
    /// company working on the second compressor train lost their lives" (the employees died, not the train); a partitive
    /// "of" after a number ("two of our nurses") still leaves the word the subject.
    /// </summary>
    private bool AfterPreposition(AnnotatedDocument doc, Cue target)
    {
        var first = doc.WordAt(doc.SentenceAt(target.Start).Start);
        for (var w = target.FirstWord - 1; w >= first && w >= target.FirstWord - 6; w--)
        {
            var key = doc.Words[w].Key;
            if (_listItemBreaks.Contains(key)) return false;
            if (key == "of")
                return !(w - 1 >= first && (doc.NumbersIn(new TextSpan(doc.Words[w - 1].Start, doc.Words[w - 1].End)).Any() || _partitiveQuantifiers.Contains(doc.Words[w - 1].Key)));
            if (_locative.Contains(key) || _relationPrepositions.Contains(key)) return true;
        }
        return false;
    }

    /// <summary>
    /// The target word follows, over determiners, numbers and the members of a list before it, a word of target_links.tsv
    /// kind roll right after a noun of kind victims (over determiners): it names who the dead or the hurt were: "among the
    /// dead were two teachers and a nurse", "the wounded include a soldier", "the victims, two aid workers, were shot".
    /// </summary>
    private bool AmongVictims(AnnotatedDocument doc, Cue target)
    {
        var first = doc.WordAt(doc.SentenceAt(target.Start).Start);
        // the target word heads the victim's noun phrase: "a motorcycle taxi driver" names a driver, not a taxi
        var after = target.LastWord + 1;
        if (after < doc.Words.Count && doc.Words[after].Start < doc.SentenceAt(target.Start).End
            && !_victimHeadFollowers.Contains(doc.Words[after].Key)) return false;
        var w = target.FirstWord - 1;
        var start = doc.SentenceAt(target.Start).Start;
        for (var hops = 0; hops < 4 && w >= first; hops++)
        {
            // determiners, numbers, adverbs and up to two describing words in lower case ("a local councillor")
            var describing = 0;
            while (w >= first && (ListFiller(doc, w) && !_lexicons.TargetRollWords.Contains(doc.Words[w].Key) || _passiveAdverbs.Contains(doc.Words[w].Key)
                                  || describing < 2 && w == target.FirstWord - 1 - describing && DescribingWord(doc, w)
                                     && !_lexicons.TargetRollWords.Contains(doc.Words[w].Key) && !_lexicons.TargetVictimNouns.Contains(doc.Words[w].Key)
                                     && !_listJoiners.Contains(doc.Words[w].Key) && ++describing > 0)) w--;
            if (w < first) return false;
            // an earlier member of the list: "two teachers and a nurse"
            if ((_listJoiners.Contains(doc.Words[w].Key) || doc.Words[w].Key == ",") && w - 1 >= first)
            {
                var end = doc.Words[w - 1].End;
                var previous = doc.CuesIn(new TextSpan(start, end), CueKind.Target).FirstOrDefault(c => c.End == end);
                if (previous is not null) { w = previous.FirstWord - 1; continue; }
            }
            if (!_lexicons.TargetRollWords.Contains(doc.Words[w].Key)) return false;
            // "the victims, their families and friends": a possessive after a comma names others than the victims
            if (doc.Words[w].Key == "," && w + 1 < doc.Words.Count && _othersPossessives.Contains(doc.Words[w + 1].Key)) return false;
            var v = w - 1;
            while (v >= first && (_determiners.Contains(doc.Words[v].Key) || doc.NumbersIn(new TextSpan(doc.Words[v].Start, doc.Words[v].End)).Any())) v--;
            return v >= first && _lexicons.TargetVictimNouns.Contains(doc.Words[v].Key);
        }
        return false;
    }

    /// <summary>A target word counts when an attack is tied to it: "at an army checkpoint", "targeted a school", "killed five security forces".</summary>
    private bool LinkedTarget(AnnotatedDocument doc, Cue target)
    {
        var sentenceStart = doc.SentenceAt(target.Start).Start;
        var first = doc.WordAt(sentenceStart);
        var armed = target.As<string>() == "armed_group"; // militants are mostly the attackers: only "attacked militants" makes them targets
        if (Speaks(doc, target) || Elsewhere(doc, target) || CareAt(doc, target.FirstWord) || AreaOfPlace(doc, target) || Landmark(doc, target) || NamesSettlement(doc, target)) return false;
        // "gunmen in military uniforms", "revenge for military operations": the word describes something else
        var after = target.LastWord + 1;
        if (after < doc.Words.Count && doc.Words[after].Start - target.End <= 1 && _lexicons.TargetAttributes.Contains(doc.Words[after].Key)) return false;
        if (Responds(doc, target) || Addressed(doc, target, first)) return false;
        if (!armed && (SubjectOfHarm(doc, target) || HarmedAfter(doc, target) || TitledNameHarmed(doc, target))) return true;
        // "says police superintendent X", "announced extra police patrols", "told police": a speech verb right before the
        // word is who spoke, who was told or what was announced, not what was hit
        if (AfterSpeechVerb(doc, target, first)) return false;
        // an attack word inside a claim ("claimed the bombing in a statement to reporters") ties nothing by its nearness;
        // a word that ties the attack to its target still does ("claimed the attack on the base")
        var claims = doc.CuesIn(new TextSpan(sentenceStart, target.Start), CueKind.Claim).ToList();
        var comma = false;
        var reach = target.FirstWord - LinkReach;
        for (var w = target.FirstWord - 1; w >= first && w >= reach; w--)
        {
            var key = doc.Words[w].Key;
            if (key is "." or ";" or "said" or "told") return false;
            if (PartOf(doc, w, first)) reach = Math.Min(reach, w - 1 - LinkReach);
            // the owner of a head target word ("a bomb left at the door of the district office of the power utility"): the
            // head gives way to it (HeadOfAnother), so the head's link is the owner's
            // (an owner after "by" or "with" is the side that acted, and so is what it owns: "kidnapped by Colombian Army of
            // National Liberation guerrillas" names the kidnappers, no target)
            if (OwnedBy(doc, w, first) is { } head) return !ActingAgent(doc, head, first) && LinkedTarget(doc, head);
            // "was shot by police", "a shootout with soldiers", "shot dead by armed officers": the side that acted
            if (_lexicons.TargetAgents.Contains(key) && AgentModifiersOnly(doc, w + 1, target.FirstWord)) return false;
            if (_lexicons.TargetLinks.Contains(key) && !comma && (!armed || key is "against" or "targeting" or "targeted" or "attacked" or "ambushed" or "raided")) return true;
            if (key == ",") comma = true;
            if (armed) continue;
            var at = doc.Words[w].Start;
            if (doc.Within(doc.Cues, new TextSpan(sentenceStart, at + 1), c => c.Start)
                .Any(c => (c.Kind == CueKind.Event && !c.As<EventCue>().Weak || c.Kind == CueKind.Casualty) && c.End > at
                          && !claims.Any(k => k.Start <= c.Start && c.End <= k.End))) return true;
            // a list: "hit a school, a clinic and a water plant"
            if (key is "," or "and" or "or" && w > first
                && doc.CuesIn(new TextSpan(sentenceStart, doc.Words[w - 1].End), CueKind.Target).FirstOrDefault(c => c.End == doc.Words[w - 1].End) is { } previous)
                return LinkedTarget(doc, previous);
        }
        return false;
    }

    /// <summary>How many words before a target word a link, attack or casualty word may stand.</summary>
    private const int LinkReach = 6;

    /// <summary>
    /// A speech verb of function_words.tsv stands right before the target word, over its determiners and describing
    /// words of a force (kind agent_modifier): the word names who spoke, put after its verb ("says police superintendent
    /// Ana Ruiz"), who was told ("a witness told police"), or what was announced ("announced extra police patrols"), not
    /// what the attack hit. A harm told of it after it ("said two soldiers were killed") is read before this.
    /// Up to <see cref="SpeakerNameWords"/> words of the speaker's longer name may stand between its determiner and the
    /// word, describing words in lower case or a name's capitalised words: "says the interior ministry", "said the Tamba
    /// regional ministry".
    /// </summary>
    private bool AfterSpeechVerb(AnnotatedDocument doc, Cue target, int first)
    {
        var w = target.FirstWord - 1;
        for (var named = 0; w > first && named < SpeakerNameWords && (DescribingWord(doc, w) || char.IsUpper(doc.Text[doc.Words[w].Start]))
                            && !_determiners.Contains(doc.Words[w].Key) && !_speechVerbs.Contains(doc.Words[w].Key)
                            && !doc.CuesIn(new TextSpan(doc.Words[w].Start, doc.Words[w].End), CueKind.Event).Any(); named++) w--;
        if (w == target.FirstWord - 1 || !_determiners.Contains(doc.Words[w].Key)) w = target.FirstWord - 1;
        while (w >= first && (_determiners.Contains(doc.Words[w].Key) || _agentModifiers.Contains(doc.Words[w].Key))) w--;
        return w >= first && _speechVerbs.Contains(doc.Words[w].Key);
    }

    /// <summary>How many words of a speaker's longer name may stand between its determiner and the target word after a speech verb.</summary>
    private const int SpeakerNameWords = 2;

    /// <summary>
    /// The word at <paramref name="of"/> is "of" after a word for a part of a building or a home (target_links.tsv kind
    /// part): the target word after it is what the attack on the part hit, and the link is read back from the part: "men
    /// poured kerosene on the shutters and the door of a tailor's shop", "threw a petrol bomb through the window of the house
    /// of a councillor".
    /// </summary>
    private bool PartOf(AnnotatedDocument doc, int of, int first) =>
        doc.Words[of].Key == "of" && of > first && _lexicons.TargetParts.Contains(doc.Words[of - 1].Key);

    /// <summary>
    /// The word at <paramref name="of"/> is "of" right after a target word that heads a phrase whose owner is another
    /// target word (<see cref="HeadOfAnother"/>: "the district office of the power utility", "the fuel depot of a mining
    /// contractor"): that head, whose link to the attack is the owner's.
    /// </summary>
    private static Cue? OwnedBy(AnnotatedDocument doc, int of, int first)
    {
        if (doc.Words[of].Key != "of" || of <= first) return null;
        var head = doc.CuesIn(new TextSpan(doc.Words[first].Start, doc.Words[of - 1].End), CueKind.Target).FirstOrDefault(c => c.LastWord == of - 1);
        return head is not null && HeadOfAnother(doc, head) ? head : null;
    }

    /// <summary>
    /// The target word is who was spoken to: a verb of function_words.tsv kind addressee_verb stands right before it or its
    /// determiners or a possessive of function_words.tsv kind addressee_possessive ("the minister told parliament that six
    /// people were killed", "the chief tells our reporter that three officers were hurt"), so the harm told after it is not its own.
    /// </summary>
    private bool Addressed(AnnotatedDocument doc, Cue target, int first)
    {
        var w = target.FirstWord - 1;
        while (w >= first && (_determiners.Contains(doc.Words[w].Key) || _addresseePossessives.Contains(doc.Words[w].Key))) w--;
        return w >= first && _addresseeVerbs.Contains(doc.Words[w].Key);
    }

    /// <summary>How many words (forms of "be" or "have", past adverbs) may stand between a target word and its response verb.</summary>
    private const int ResponseReach = 2;

    /// <summary>
    /// The target word is the subject of a verb of target_links.tsv kind response: a force that came or acted after the
    /// attack ("police arrived at the scene", "troops were deployed", "police have launched a manhunt"), not what was hit.
    /// </summary>
    private bool Responds(AnnotatedDocument doc, Cue target)
    {
        var sentenceEnd = doc.SentenceAt(target.Start).End;
        for (var w = target.LastWord + 1; w < doc.Words.Count && w <= target.LastWord + 1 + ResponseReach && doc.Words[w].Start < sentenceEnd; w++)
        {
            var key = doc.Words[w].Key;
            if (_lexicons.TargetResponses.Contains(key)) return true;
            if (!(_beAuxiliaries.Contains(key) || _passiveAdverbs.Contains(key) || key is "have" or "has" or "had")) return false;
        }
        return false;
    }

    /// <summary>
    /// The target word is one word of target_links.tsv kind area right after a place's name: "a bar in Kano
    /// Municipality" names the area the bar is in, not a government building that was hit.
    /// </summary>
    private bool AreaOfPlace(AnnotatedDocument doc, Cue target) =>
        target.FirstWord == target.LastWord && target.FirstWord > 0 && _lexicons.TargetAreas.Contains(doc.Words[target.FirstWord].Key)
        && doc.PlacesIn(new TextSpan(doc.Words[target.FirstWord - 1].Start, doc.Words[target.FirstWord - 1].End)).Any(p => p.End == doc.Words[target.FirstWord - 1].End);

    /// <summary>
    /// The target word is a settlement's common noun before "of" and its name (target_links.tsv kind settlement): it places
    /// the scene, not what was hit: "a bomb went off near the village of Tamba", "on a track between the villages of Tamba
    /// and Koro". A harm word right before it (over its determiners: "gunmen raided the village of Tamba") or a harm told
    /// of it ("the village of Tamba was shelled") still makes it the target.
    /// </summary>
    private bool NamesSettlement(AnnotatedDocument doc, Cue target)
    {
        if (target.FirstWord != target.LastWord || !_lexicons.TargetSettlements.Contains(doc.Words[target.FirstWord].Key)) return false;
        if (SettlementOfSite(doc, target) || SettlementAfterName(doc, target) || SettlementAsScene(doc, target) || SettlementAfterCapitalisedName(doc, target)) return true;
        var of = target.LastWord + 1;
        var sentenceEnd = doc.SentenceAt(target.Start).End;
        if (of + 1 >= doc.Words.Count || doc.Words[of + 1].Start >= sentenceEnd || doc.Words[of].Key != "of" || !char.IsUpper(doc.Text[doc.Words[of + 1].Start])) return false;
        var first = doc.WordAt(doc.SentenceAt(target.Start).Start);
        var before = target.FirstWord - 1;
        while (before >= first && _determiners.Contains(doc.Words[before].Key)) before--;
        return !(before >= first && _lexicons.TargetHarms.Contains(doc.Words[before].Key)) && !SubjectOfHarm(doc, target);
    }

    /// <summary>
    /// The settlement noun follows, over its determiners, a word of target_links.tsv kind settlement_scene: "witnesses who
    /// were near the village" tells where people were, not a village that was hit.
    /// </summary>
    private bool SettlementAsScene(AnnotatedDocument doc, Cue target)
    {
        var first = doc.WordAt(doc.SentenceAt(target.Start).Start);
        var before = target.FirstWord - 1;
        while (before >= first && _determiners.Contains(doc.Words[before].Key)) before--;
        return before >= first && _lexicons.TargetSettlementScenes.Contains(doc.Words[before].Key);
    }

    /// <summary>
    /// The settlement noun describes the site named right after it: "the village school", "a village courthouse" (the
    /// school or the courthouse was hit, not the village); so does a road word of function_words.tsv kind road_noun after
    /// it: "their jeep hit a mine on a village road" names the scene, not a village that was hit.
    /// </summary>
    private bool SettlementOfSite(AnnotatedDocument doc, Cue target)
    {
        var next = target.LastWord + 1;
        if (next >= doc.Words.Count || doc.Words[next].Start - target.End > 1 || doc.Words[next].Start >= doc.SentenceAt(target.Start).End) return false;
        return _roadNouns.Contains(doc.Words[next].Key)
               || doc.CuesIn(new TextSpan(doc.Words[next].Start, doc.Words[next].End), CueKind.Target).Any(c => c.FirstWord == next);
    }

    /// <summary>
    /// The settlement noun, in lower case, follows a capitalised word that is not the sentence's first and no target
    /// word: the name it ends ("a blast near Kolpur village", "gunmen came from Tamba village") places the scene. A harm word
    /// right before the name ("raided Kolpur village") or a harm told of it ("Kolpur village was shelled") still makes it one
    /// (<see cref="NamesSettlement"/>).
    /// </summary>
    private bool SettlementAfterCapitalisedName(AnnotatedDocument doc, Cue target)
    {
        var first = doc.WordAt(doc.SentenceAt(target.Start).Start);
        var name = target.FirstWord - 1;
        if (name <= first || doc.AllCaps || !char.IsLower(doc.Text[target.Start]) || !char.IsUpper(doc.Text[doc.Words[name].Start])) return false;
        if (doc.CuesIn(new TextSpan(doc.Words[name].Start, doc.Words[name].End), CueKind.Target).Any()) return false;
        var before = name - 1;
        while (before >= first && char.IsUpper(doc.Text[doc.Words[before].Start])) before--;
        return !(before >= first && _lexicons.TargetHarms.Contains(doc.Words[before].Key)) && !SubjectOfHarm(doc, target);
    }

    /// <summary>
    /// The settlement noun, after its article, tells what the name right before its comma is: "in Tamba, a village 10 km
    /// east of Koro" places the scene, it names nothing that was hit.
    /// </summary>
    private bool SettlementAfterName(AnnotatedDocument doc, Cue target)
    {
        var first = doc.WordAt(doc.SentenceAt(target.Start).Start);
        var w = target.FirstWord - 1;
        // the article, or a describing word of function_words.tsv kind settlement_adjective with or without it ("a small village")
        if (w < first || !(doc.Words[w].Key is "a" or "an" or "the" || _settlementAdjectives.Contains(doc.Words[w].Key))) return false;
        if (_settlementAdjectives.Contains(doc.Words[w].Key) && w - 1 >= first && doc.Words[w - 1].Key is "a" or "the") w--;
        var comma = w - 1;
        if (comma - 1 < first || doc.Words[comma].Key != ",") return false;
        var name = doc.Words[comma - 1];
        return char.IsUpper(doc.Text[name.Start]) || doc.PlacesIn(new TextSpan(name.Start, name.End)).Any(p => p.End == name.End);
    }

    /// <summary>
    /// The target word names a structure (target_links.tsv kind landmark_structure) that another target word stands at:
    /// over determiners, describing words and the capitalised words of its name, a locative word with that target word's
    /// end right before it: "the police post at the Koro bridge", "a checkpoint on the old bridge". The structure places
    /// the site; what was hit is the post.
    /// </summary>
    private bool StructureOfSite(AnnotatedDocument doc, Cue target, int first)
    {
        if (StructureAfterLocative(doc, target, first) is not { } w || w <= first) return false;
        var before = doc.Words[w - 1];
        return doc.CuesIn(new TextSpan(doc.Words[first].Start, before.End), CueKind.Target).Any(c => c.End == before.End);
    }

    /// <summary>
    /// The index of the locative word before a target word for a structure (target_links.tsv kind landmark_structure), over
    /// determiners, describing words and the capitalised words of its name ("at the old Koro bridge"); null when none stands there.
    /// </summary>
    private int? StructureAfterLocative(AnnotatedDocument doc, Cue target, int first)
    {
        if (!_lexicons.TargetLandmarkStructures.Contains(doc.Words[target.LastWord].Key)) return null;
        var w = target.FirstWord - 1;
        for (var n = 0; w > first && n < LandmarkReach && (_determiners.Contains(doc.Words[w].Key) || char.IsUpper(doc.Text[doc.Words[w].Start]) || DescribingWord(doc, w)); n++) w--;
        return w >= first && _locative.Contains(doc.Words[w].Key) ? w : null;
    }

    /// <summary>
    /// The target word names a structure that a sentence of the report tells as where a site stood (<see cref="StructureOfSite"/>:
    /// "the police post at the Koro bridge"): its other mentions after a locative word place the same scene ("a night
    /// attack at the Koro bridge"); the structure told harmed is still read ("a bomb destroyed the bridge", "the bridge was
    /// blown up").
    /// </summary>
    private bool StructureToldAsLandmark(AnnotatedDocument doc, IReadOnlyList<SentenceFacts> own, Cue target)
    {
        var noun = doc.Words[target.LastWord].Key;
        if (StructureAfterLocative(doc, target, doc.WordAt(doc.SentenceAt(target.Start).Start)) is null || SubjectOfHarm(doc, target) || HarmedAfter(doc, target)) return false;
        return own.SelectMany(s => s.Targets).Any(t => doc.Words[t.LastWord].Key == noun && StructureOfSite(doc, t, doc.WordAt(doc.SentenceAt(t.Start).Start)));
    }

    /// <summary>How many words (a determiner, describing words) may stand between a landmark phrase and the target word.</summary>
    private const int LandmarkReach = 3;

    /// <summary>
    /// The target word is a landmark that places the scene, not what was hit: a phrase of target_links.tsv kind
    /// landmark ends within <see cref="LandmarkReach"/> words before it (no comma between) and another target word, or
    /// a noun after its determiner that is no weapon or attack word, stands right before the phrase: "a grenade went off
    /// in a bar close to the central market" (the bar was hit); "a bomb exploded next to the police station" is read.
    /// </summary>
    private bool Landmark(AnnotatedDocument doc, Cue target)
    {
        var first = doc.WordAt(doc.SentenceAt(target.Start).Start);
        if (StructureOfSite(doc, target, first)) return true;
        for (var w = target.FirstWord - 1; w >= first && w >= target.FirstWord - 1 - LandmarkReach; w--)
        {
            if (doc.Words[w].Key is "," or ";" or ":") return false;
            foreach (var phrase in _lexicons.TargetLandmarks)
            {
                var start = w - phrase.Length + 1;
                if (start <= first || !Enumerable.Range(0, phrase.Length).All(i => doc.Words[start + i].Key == phrase[i])) continue;
                var before = doc.Words[start - 1];
                // a target word of its own, or the last of a target's words ("the electricity substation on the road to")
                if (doc.CuesIn(new TextSpan(doc.Words[first].Start, before.End), CueKind.Target).Any(c => c.End == before.End)) return true;
                // a noun after its determiner that is no weapon or attack word: "in a bar close to", not "a bomb next to";
                // one describing word in lower case may stand between ("the station stands on the main square opposite the church")
                var det = start - 2;
                if (det >= first && !_determiners.Contains(doc.Words[det].Key) && DescribingWord(doc, det)) det--;
                var nounPhrase = new TextSpan(doc.Words[Math.Max(det + 1, first)].Start, before.End);
                return det >= first && start - 2 - det <= 1 && _determiners.Contains(doc.Words[det].Key)
                       && !doc.CuesIn(nounPhrase, CueKind.Event).Any() && !doc.CuesIn(nounPhrase, CueKind.Casualty).Any();
            }
        }
        return false;
    }

    /// <summary>
    /// The words from <paramref name="w"/> back to the sentence's first, nearest first, passing over a day or a time of
    /// the day written inside a phrase and the word that opens it ("died on Tuesday afternoon at" and "died at around 2
    /// a.m. at" are read as "died at").
    /// </summary>
    private List<int> WordsBackOverDate(AnnotatedDocument doc, int w, int first)
    {
        var back = new List<int> { w };
        var dates = doc.DatesIn(new TextSpan(doc.Words[first].Start, doc.Words[w].Start)).ToList();
        var times = ClockTimeWords(doc, first, w);
        bool InDate(int v) => times.Contains(v) || dates.Any(d => d.Start <= doc.Words[v].Start && doc.Words[v].End <= d.End);
        for (var v = w - 1; v >= first && back.Count < 4; v--)
        {
            if (InDate(v)) continue;
            // the preposition that opens the day: "on" Tuesday, "last" Sunday is inside it
            if (v + 1 < w && InDate(v + 1) && doc.Words[v].Key is "on" or "in" or "at" && !InDate(v)) continue;
            back.Add(v);
        }
        return back;
    }

    /// <summary>
    /// The words of the clock times (<see cref="ClockTimeAt"/>: "2 a.m.", "21:40") from word <paramref name="first"/> up to
    /// word <paramref name="end"/>, each with the words that make it approximate right before it (function_words.tsv kind
    /// clock_lead: "around", "shortly after").
    /// </summary>
    private HashSet<int> ClockTimeWords(AnnotatedDocument doc, int first, int end)
    {
        var words = new HashSet<int>();
        for (var v = first; v < end; v++)
        {
            var after = ClockTimeAt(doc, v);
            if (after <= v) continue;
            for (var t = v; t < after && t < end; t++) words.Add(t);
            for (var lead = v - 1; lead >= first && _clockLeads.Contains(doc.Words[lead].Key); lead--) words.Add(lead);
            v = after - 1;
        }
        return words;
    }

    /// <summary>How many words before a target word a phrase of kind elsewhere may end: names may stand between.</summary>
    private const int ElsewhereReach = 8;

    /// <summary>
    /// The target word is where the wounded went or a speaker spoke, not what the attack hit: a phrase of
    /// target_links.tsv kind elsewhere, or a care verb of function_words.tsv and a locative word, ends within the
    /// <see cref="ElsewhereReach"/> words before it ("were taken to Ward Nine General Hospital", "died of his wounds in hospital", "told reporters
    /// outside police headquarters", "airlifted to"), with no comma, attack, casualty or link word between them.
    /// </summary>
    private bool Elsewhere(AnnotatedDocument doc, Cue target) => ElsewhereBefore(doc, target.FirstWord);

    /// <summary>
    /// The word at <paramref name="w"/> is a care noun (function_words.tsv kind care_noun) that a phrase before it tells as
    /// where the wounded went (<see cref="ElsewhereBefore"/>): "were treated at the X City hospital", "taken to the X
    /// hospital". No place within the scene.
    /// </summary>
    private bool CareTold(AnnotatedDocument doc, int w) =>
        w >= 0 && w < doc.Words.Count && _careNouns.Contains(doc.Words[w].Key) && ElsewhereBefore(doc, w);

    /// <summary>The word at <paramref name="at"/> (a target word or a care noun) follows a phrase that tells where the wounded went: see <see cref="Elsewhere"/>.</summary>
    private bool ElsewhereBefore(AnnotatedDocument doc, int at)
    {
        var first = doc.WordAt(doc.SentenceAt(doc.Words[at].Start).Start);
        if (InCarePhrase(doc, first, at)) return true;
        for (var w = at - 1; w >= first && w >= at - ElsewhereReach; w--)
        {
            var back = WordsBackOverDate(doc, w, first);
            foreach (var phrase in _lexicons.TargetElsewhere)
                if (phrase.Length <= back.Count && Enumerable.Range(0, phrase.Length).All(i => doc.Words[back[phrase.Length - 1 - i]].Key == phrase[i]))
                    return true;
            var key = doc.Words[w].Key;
            // a care verb of function_words.tsv before a locative word: "hospitalised in", "airlifted to", also with the
            // means of the transfer between them ("transferred by helicopter to")
            if (_locative.Contains(key) && CaredBefore(doc, w, first)) return true;
            if (key is "," or ";" || _lexicons.TargetLinks.Contains(key) || _lexicons.TargetAgents.Contains(key)) return false;
            var word = new TextSpan(doc.Words[w].Start, doc.Words[w].End);
            if (doc.CuesIn(word, CueKind.Event).Any(c => !c.As<EventCue>().Weak) || doc.CuesIn(word, CueKind.Casualty).Any()) return false;
        }
        return false;
    }

    /// <summary>
    /// The word at <paramref name="at"/> is a care noun (function_words.tsv kind care_noun) that ends a casualty phrase of
    /// casualties.tsv read in its sentence: "two are in the hospital", "both of them are in hospital". The phrase counts
    /// the wounded where they are cared for; the hospital is where they went, not what the attack hit.
    /// </summary>
    private bool InCarePhrase(AnnotatedDocument doc, int first, int at)
    {
        var word = doc.Words[at];
        if (!_careNouns.Contains(word.Key)) return false;
        var from = Math.Max(first, at - CarePhraseReach);
        return doc.CuesIn(new TextSpan(doc.Words[from].Start, word.Start), CueKind.Casualty).Any(c => c.End == word.End);
    }

    /// <summary>Most words a casualty phrase ending in a care noun holds before it: "were still in the hospital".</summary>
    private const int CarePhraseReach = 5;

    /// <summary>
    /// The target word is described by its harm, in any sentence of the incident: "the slain minister", "the murdered
    /// diplomat", "the kidnapped engineers": a determiner, an attack or casualty word, the target word; or the harm's noun
    /// with "of" between ("the killing of the radio presenter", "after the abduction of two nurses").
    /// </summary>
    private bool NamedHarmed(AnnotatedDocument doc, Cue target)
    {
        if (target.As<string>() == "armed_group" || target.FirstWord < 2) return false;
        var b = target.FirstWord - 1;
        // the harm's noun and "of" before the word: "after the killing of the radio presenter", "the abduction of two nurses"
        var o = b;
        while (o > 0 && _determiners.Contains(doc.Words[o].Key)) o--;
        if (o >= 2 && doc.Words[o].Key == "of") b = o - 1;
        var before = doc.Words[b];
        var harm = doc.CuesIn(new TextSpan(before.Start, before.End), CueKind.Casualty).Concat(doc.CuesIn(new TextSpan(before.Start, before.End), CueKind.Event))
            .FirstOrDefault(c => c.End == before.End && (c.Kind == CueKind.Casualty || !c.As<EventCue>().Vehicle));
        return harm is not null && harm.FirstWord >= 1 && _determiners.Contains(doc.Words[harm.FirstWord - 1].Key);
    }

    /// <summary>
    /// Only determiners and describing words of a force (function_words.tsv kind agent_modifier) stand between an agent
    /// word and the force: "by the police", "with police", "by armed officers", "by the uniformed police".
    /// </summary>
    /// <summary>
    /// The target word stands right after an agent word (target_links.tsv kind agent: "by", "with"), over determiners,
    /// describing words of a force (function_words.tsv kind agent_modifier) and a people's or a country's name
    /// ("by Colombian army ...", "by the Sudanese army"): it names the side that acted.
    /// </summary>
    private bool ActingAgent(AnnotatedDocument doc, Cue target, int first)
    {
        var w = target.FirstWord - 1;
        while (w >= first && (_determiners.Contains(doc.Words[w].Key) || _agentModifiers.Contains(doc.Words[w].Key)
                              || doc.Places.Any(p => p.Start <= doc.Words[w].Start && doc.Words[w].End <= p.End))) w--;
        return w >= first && _lexicons.TargetAgents.Contains(doc.Words[w].Key);
    }

    private bool AgentModifiersOnly(AnnotatedDocument doc, int from, int to)
    {
        for (var w = from; w < to; w++) if (!_determiners.Contains(doc.Words[w].Key) && !_agentModifiers.Contains(doc.Words[w].Key)) return false;
        return true;
    }

    /// <summary>
    /// A health site (a health target whose last word is a care place, function_words.tsv kind care_noun, or a phrase of
    /// several words that names no person: "the district hospital", "a health centre") in a sentence that tells its toll or
    /// its care but no attack: no event cue that is strong, nor a verb of an attack done (events.tsv flag act), nor an
    /// attack word right before "on" or "against" and the site ("the attack on the clinic"). The hospital counted the
    /// dead, the wounded reached it or died there: "the hospital reported nine dead", "two of the wounded were flown to
    /// the hospital", "a doctor at the hospital said", not what was hit.
    /// </summary>
    private bool CareSiteBesideToll(AnnotatedDocument doc, SentenceFacts s, Cue target)
    {
        if (target.As<string>() != "health") return false;
        var last = doc.Words[target.LastWord].Key;
        if (!_careNouns.Contains(last) && (target.LastWord == target.FirstWord || PersonNouns.Default.IsVictim(last))) return false;
        foreach (var e in doc.CuesIn(s.Sentence.Span, CueKind.Event))
        {
            var c = e.As<EventCue>();
            if (c is { Weak: false, Vehicle: false } || c.Act) return false;
            if (c.Assault && e.LastWord < target.FirstWord && target.FirstWord - e.LastWord <= AttackOnReach && e.LastWord + 1 < doc.Words.Count
                && doc.Words[e.LastWord + 1].Key is "on" or "against") return false;
        }
        return true;
    }

    /// <summary>Most words from an attack word to the site after its "on": "the attack on the district hospital".</summary>
    private const int AttackOnReach = 4;

    /// <summary>
    /// The target word, capitalised, opens or stands inside a street's name: a capitalised street word (numbers.tsv kind
    /// street) follows it, only capitalised words between: "the shop on Church Street", "flowers outside the bank on
    /// Parliament Street", "between the Market Place and the bridge" name where a site stands, not what was hit; a link
    /// or locative word between ends the name ("Shooting At Hotel Near X Place", a headline in capitals, still names the hotel).
    /// </summary>
    private bool InStreetName(AnnotatedDocument doc, Cue target) =>
        !doc.AllCaps && char.IsUpper(doc.Text[target.Start])
        && StreetReader.Default.EndsNameAfter(doc, target.LastWord, key => _lexicons.TargetLinks.Contains(key) || _locative.Contains(key));

    /// <summary>Only determiners stand between two words: "by the police", "with police".</summary>
    private bool DeterminersOnly(AnnotatedDocument doc, int from, int to)
    {
        for (var w = from; w < to; w++) if (!_determiners.Contains(doc.Words[w].Key)) return false;
        return true;
    }

    /// <summary>
    /// The target word is the subject of a passive harm: "the mayor was shot", "three farmers were kidnapped",
    /// "the judge, a father of two, was later found murdered", "the guards, who were wounded", "the office was the
    /// target": the first form of "be" within the clause after it is followed (past passive adverbs and determiners)
    /// by an attack or casualty word or a harm word of target_links.tsv.
    /// </summary>
    private bool SubjectOfHarm(AnnotatedDocument doc, Cue target) => SubjectOfHarm(doc, target.Start, target.LastWord);

    private bool SubjectOfHarm(AnnotatedDocument doc, int start, int lastWord)
    {
        var sentenceEnd = doc.SentenceAt(start).End;
        for (var w = lastWord + 1; w < doc.Words.Count && w <= lastWord + 8 && doc.Words[w].Start < sentenceEnd; w++)
        {
            var key = doc.Words[w].Key;
            if (key is "." or ";" or "and" || _speechVerbs.Contains(key)) return false;
            if (!_beAuxiliaries.Contains(key)) continue;
            var v = w + 1;
            while (v < doc.Words.Count && (_passiveAdverbs.Contains(doc.Words[v].Key) || _determiners.Contains(doc.Words[v].Key))) v++;
            if (v >= doc.Words.Count || doc.Words[v].Start >= sentenceEnd) return false;
            // "was the main target", "was the intended target": a describing word after the determiner
            if (_determiners.Contains(doc.Words[v - 1].Key) && v + 1 < doc.Words.Count && _lexicons.TargetHarms.Contains(doc.Words[v + 1].Key)) return true;
            var at = new TextSpan(doc.Words[w].Start, doc.Words[v].End);
            return _lexicons.TargetHarms.Contains(doc.Words[v].Key)
                   || doc.Within(doc.Cues, at, c => c.Start).Any(c => c.End >= doc.Words[v].End && (c.Kind == CueKind.Casualty || c.Kind == CueKind.Event && !c.As<EventCue>().Vehicle));
        }
        return false;
    }

    /// <summary>
    /// The target word is a title or an occupation right before a person's name, and the harm is told of the name:
    /// "radio presenter Ana Ruiz was shot dead", "the district nurse Jon Roe was abducted on Monday", a headline's
    /// passive without its "be" ("Radio host Ana Ruiz shot dead outside his station"), or a second title joined by "and"
    /// before the name ("radio presenter and sports announcer Ana Ruiz was killed"): the named person was what the
    /// attack hit, and the title names the kind of target. A name is capitalised words (a nickname in quotes among them),
    /// no place's name and no weekday; the harm after it is read as after the target word itself.
    /// </summary>
    private bool TitledNameHarmed(AnnotatedDocument doc, Cue target)
    {
        if (doc.AllCaps) return false;
        var sentenceEnd = doc.SentenceAt(target.Start).End;
        var w = target.LastWord + 1;
        // a second title joined by "and": up to three lower-case words before the name
        if (w < doc.Words.Count && doc.Words[w].Key == "and")
        {
            var v = w + 1;
            while (v < doc.Words.Count && v <= w + 3 && doc.Words[v].Start < sentenceEnd && char.IsLower(doc.Text[doc.Words[v].Start])) v++;
            if (v == w + 1) return false;
            w = v;
        }
        var nameStart = w;
        while (w < doc.Words.Count && w < nameStart + MaxNameWords && doc.Words[w].Start < sentenceEnd)
        {
            var text = doc.Text[doc.Words[w].Start];
            if (text is '"' or '\u201c' or '\u201d' or '\'' or '\u2018' or '\u2019' or '-') { w++; continue; }
            if (!char.IsUpper(text) || doc.DatesIn(new TextSpan(doc.Words[w].Start, doc.Words[w].End)).Any()) break;
            if (doc.PlacesIn(new TextSpan(doc.Words[w].Start, doc.Words[w].End)).Any()) return false;
            w++;
        }
        // two capitalised words at least ("Ana Ruiz"), or one and a nickname; the last word of the name is a word
        var capitals = Enumerable.Range(nameStart, w - nameStart).Count(i => char.IsUpper(doc.Text[doc.Words[i].Start]));
        if (capitals < 2 || w >= doc.Words.Count || doc.Words[w].Start >= sentenceEnd) return false;
        var last = w - 1;
        if (doc.Words[w].Key == ",") return false; // "presenter Ana Ruiz, who ..." reads no further: an apposition is SubjectOfHarm's
        if (SubjectOfHarm(doc, doc.Words[nameStart].Start, last)) return true;
        // a headline's passive: the harm participle right after the name, then the sentence's end or its circumstances
        var h = w;
        while (h < doc.Words.Count && doc.Words[h].Start < sentenceEnd && _passiveAdverbs.Contains(doc.Words[h].Key)) h++;
        if (h >= doc.Words.Count || doc.Words[h].Start >= sentenceEnd) return false;
        var harm = doc.Within(doc.Cues, new TextSpan(doc.Words[h].Start, doc.Words[h].End), c => c.Start)
            .FirstOrDefault(c => c.FirstWord == h && (c.Kind == CueKind.Casualty || c.Kind == CueKind.Event && !c.As<EventCue>().Vehicle && !c.As<EventCue>().Weak));
        if (harm is null || !(doc.Words[h].Key.EndsWith("ed", StringComparison.Ordinal) || doc.Words[h].Key is "shot" or "slain" or "hurt" or "taken" or "stabbed" || harm.LastWord > harm.FirstWord)) return false;
        var after = harm.LastWord + 1;
        return after >= doc.Words.Count || doc.Words[after].Start >= sentenceEnd
               || doc.Words[after].Key is "in" or "during" or "by" or "at" or "on" or "near" or "outside" or "inside" or "after" or "while" or "as" or "," or "." or ":" or "-";
    }

    /// <summary>Most words of a person's name after a title (a nickname in quotes counts its quote marks).</summary>
    private const int MaxNameWords = 7;

    /// <summary>
    /// The target word is followed by a shortened passive of harm: "a police officer wounded in Tuesday's ambush", "one of
    /// the buses set on fire in X", "the clinic hit by the shell": an attack or casualty word starts right after it
    /// (past passive adverbs) and a preposition of its circumstances ("in", "during", "by", "at", "on", "near") right
    /// after that word. "Police killed two gunmen" (an object after the word) is no such phrase.
    /// </summary>
    private bool HarmedAfter(AnnotatedDocument doc, Cue target)
    {
        var sentenceEnd = doc.SentenceAt(target.Start).End;
        var v = target.LastWord + 1;
        while (v < doc.Words.Count && doc.Words[v].Start < sentenceEnd && _passiveAdverbs.Contains(doc.Words[v].Key)) v++;
        if (v >= doc.Words.Count || doc.Words[v].Start >= sentenceEnd) return false;
        var harm = doc.Within(doc.Cues, new TextSpan(doc.Words[v].Start, doc.Words[v].End), c => c.Start)
            .FirstOrDefault(c => c.FirstWord == v && (c.Kind == CueKind.Casualty || c.Kind == CueKind.Event && !c.As<EventCue>().Vehicle && !c.As<EventCue>().Weak));
        // a participle: "wounded", "hurt", "set on fire"; not "killing", "kills" (casualty words before their figure) or "attack"
        if (harm is null || (harm.Kind == CueKind.Casualty ? harm.As<CasualtyCue>().Position == "before"
                                 : !(doc.Words[v].Key.EndsWith("ed", StringComparison.Ordinal) || harm.LastWord > harm.FirstWord))) return false;
        var after = harm.LastWord + 1;
        return after < doc.Words.Count && doc.Words[after].Start < sentenceEnd && doc.Words[after].Key is "in" or "during" or "by" or "at" or "on" or "near";
    }

    /// <summary>A sentence of the frame calls its attack deadly: a fatal word right before an attack word ("a deadly shooting", "the fatal Christmas Day shooting").</summary>
    private bool CalledDeadly(AnnotatedDocument doc, Frame frame)
    {
        foreach (var s in frame.Sentences.Where(s => !s.IsBackground))
            foreach (var e in s.Events)
                for (var w = e.FirstWord - 1; w >= 0 && w >= e.FirstWord - 4 && doc.Words[w].Start >= s.Sentence.Start; w--)
                {
                    if (_fatalWords.Contains(doc.Words[w].Key)) return true;
                    if (!char.IsUpper(doc.Text[doc.Words[w].Start])) break; // only names between ("Christmas Day")
                }
        return false;
    }

    /// <summary>
    /// The target word names who speaks: "police said", "a hospital official told", "the army reported", and one of
    /// two speakers: "police and medics said" (a speech verb right after the word after "and"). The word may head a
    /// longer speaker's name: "the Ministry of Health's emergency service said" (up to <see cref="SpeakerReach"/> words,
    /// past the third only over words that are no link, attack or casualty word), and the speaker's own name may stand
    /// between commas before the verb: "the governor of the region, Ana Ruiz, wrote". A verb or phrase of target_links.tsv
    /// kind speaker tells a statement too: "police confirm", "police have not named a suspect".
    /// </summary>
    private bool Speaks(AnnotatedDocument doc, Cue target)
    {
        var reach = target.LastWord + SpeakerReach;
        for (var w = target.LastWord + 1; w < doc.Words.Count && w <= reach; w++)
        {
            var key = doc.Words[w].Key;
            if (_speechVerbs.Contains(key) || SpeakerPhraseAt(doc, w)) return true;
            if (key == "and") return w + 2 < doc.Words.Count && _speechVerbs.Contains(doc.Words[w + 2].Key);
            if (key == "," && NameAside(doc, w) is var close and > 0) { reach += close - w; w = close; continue; }
            // ... or an aside on how the speaker spoke: "a clinical officer at the district hospital, who asked not to be
            // named, said", "..., speaking on condition of anonymity, told reporters"
            if (key == "," && SpeakingAside(doc, w) is var shut and > 0) { reach = Math.Max(reach, shut + 1); w = shut; continue; }
            // the speaker's seat may stand before the verb: "the prosecutor's office in Tamba said"
            if (key is "in" or "at" && PlaceNameAfter(doc, w) is var end and > 0) { reach += end - w; w = end; continue; }
            if (key is "," or "." or ";" or "were" or "was" or "in" or "at") return false;
            if (w <= target.LastWord + 3) continue;
            var word = new TextSpan(doc.Words[w].Start, doc.Words[w].End);
            if (key is "who" or "which" or "that" or "where" || _lexicons.TargetLinks.Contains(key) || _lexicons.TargetAgents.Contains(key)
                || doc.CuesIn(word, CueKind.Event).Any(c => !c.As<EventCue>().Weak) || doc.CuesIn(word, CueKind.Casualty).Any()) return false;
        }
        return false;
    }

    /// <summary>Most words of an aside between commas before a speaker's verb (<see cref="SpeakingAside"/>).</summary>
    private const int SpeakingAsideWords = 16;

    /// <summary>
    /// The comma at <paramref name="comma"/> opens an aside about the one who speaks, closed by a second comma right before
    /// a speech verb (or a phrase of target_links.tsv kind speaker): the aside opens with a word of function_words.tsv kind
    /// speaking_aside ("who asked not to be named", "speaking on condition of anonymity") and holds no attack nor casualty word
    /// (up to <see cref="SpeakingAsideWords"/> words). The closing comma's word index, or -1.
    /// </summary>
    private int SpeakingAside(AnnotatedDocument doc, int comma)
    {
        var sentenceEnd = doc.SentenceAt(doc.Words[comma].Start).End;
        if (comma + 1 >= doc.Words.Count || !_speakingAsides.Contains(doc.Words[comma + 1].Key)) return -1;
        for (var w = comma + 2; w < doc.Words.Count && w <= comma + 1 + SpeakingAsideWords && doc.Words[w].Start < sentenceEnd; w++)
        {
            if (doc.Words[w].Key is "." or ";") return -1;
            if (doc.Words[w].Key != ",") continue;
            var aside = new TextSpan(doc.Words[comma + 1].Start, doc.Words[w].Start);
            if (doc.CuesIn(aside, CueKind.Event).Any(c => !c.As<EventCue>().Vehicle) || doc.CuesIn(aside, CueKind.Casualty).Any()) return -1;
            return w + 1 < doc.Words.Count && doc.Words[w + 1].Start < sentenceEnd && (_speechVerbs.Contains(doc.Words[w + 1].Key) || SpeakerPhraseAt(doc, w + 1)) ? w : -1;
        }
        return -1;
    }

    /// <summary>The last word index of a place's name that opens right after word <paramref name="w"/> and is followed by a speech verb, or -1.</summary>
    private int PlaceNameAfter(AnnotatedDocument doc, int w)
    {
        if (w + 1 >= doc.Words.Count || !char.IsUpper(doc.Text[doc.Words[w + 1].Start])) return -1;
        var place = doc.PlacesIn(new TextSpan(doc.Words[w + 1].Start, doc.SentenceAt(doc.Words[w + 1].Start).End)).FirstOrDefault(p => p.Start == doc.Words[w + 1].Start);
        if (place is null) return -1;
        var end = w + 1;
        while (end + 1 < doc.Words.Count && doc.Words[end + 1].Start < place.End) end++;
        return end + 1 < doc.Words.Count && _speechVerbs.Contains(doc.Words[end + 1].Key) ? end : -1;
    }

    /// <summary>How many words after a target word a speech verb may make it the speaker's name.</summary>
    private const int SpeakerReach = 8;

    /// <summary>A phrase of target_links.tsv kind speaker starts at word <paramref name="w"/>: "confirm", "have not named".</summary>
    private bool SpeakerPhraseAt(AnnotatedDocument doc, int w) =>
        _lexicons.TargetSpeakers.Any(p => w + p.Length <= doc.Words.Count && Enumerable.Range(0, p.Length).All(i => doc.Words[w + i].Key == p[i]));

    /// <summary>Most words of a person's name written between commas after a speaker's title.</summary>
    private const int NameAsideWords = 4;

    /// <summary>
    /// The comma at <paramref name="comma"/> opens a person's name that a second comma closes: only capitalised words
    /// (up to <see cref="NameAsideWords"/>) stand between ("the governor of the region, Ana Ruiz, wrote"). The closing
    /// comma's word index, or -1.
    /// </summary>
    private static int NameAside(AnnotatedDocument doc, int comma)
    {
        var sentenceEnd = doc.SentenceAt(doc.Words[comma].Start).End;
        for (var w = comma + 1; w < doc.Words.Count && w <= comma + 1 + NameAsideWords && doc.Words[w].Start < sentenceEnd; w++)
        {
            if (doc.Words[w].Key == ",") return w > comma + 1 ? w : -1;
            if (!char.IsUpper(doc.Text[doc.Words[w].Start])) return -1;
        }
        return -1;
    }

    /// <summary>
    /// People "shot" are injured only beyond those the article counts as killed: "a man was shot and died" is one
    /// killed, "two were shot, one fatally" one killed and one injured. It stands beside an explicit injury figure
    /// ("Three shot, one dead" and "a man was critically wounded": 2 injured, the higher). So are people taken to
    /// hospital one by one (<paramref name="kind"/> treated): "was taken to a hospital, where he died" is one killed, none injured.
    /// </summary>
    private static CasualtyFigure? ShotButNotKilled(AnnotatedDocument doc, Frame frame, List<CasualtyFigure> killed, string kind)
    {
        var shot = frame.Casualties.Where(c => c.Mention.Kind == kind && c.Mention.Value is not null && (kind != CasualtyMention.Treated || !doc.NumbersIn(c.Mention.Figure).Any()))
            .OrderByDescending(c => c.Mention.Value).ThenBy(c => c.Mention.Span.Start).FirstOrDefault();
        if (shot.Mention is null) return null;
        var dead = killed.Where(k => k.Value is not null).Select(k => k.Value!.Value).DefaultIfEmpty(0).Max();
        var hit = shot.Mention.Value!.Value;
        // people hit one by one under names of their own ("Officer A. Roe was shot in the head ... Officer B. Doe suffered
        // two gunshot wounds"): each name is one person hit, the one who died among them
        if (CasualtyMention.IsHit(kind) && NamedOneByOne(doc, frame, kind) is var named && named > hit) hit = named;
        // "a man was stabbed to death and two other men were stabbed": the others are hit beside the dead, none of them died
        var wounded = CasualtyMention.IsHit(kind) && shot.Mention.Addition && hit == shot.Mention.Value ? hit : hit - dead;
        if (wounded <= 0) return null;
        return new CasualtyFigure(wounded, shot.Mention.Qualifier, shot.Source, doc.Document.Evidence(CasualtyMention.Injured, shot.Mention.Span), doc.Published);
    }

    /// <summary>
    /// How many different people the frame's one-person mentions of <paramref name="kind"/> name (outside its headline,
    /// captions and background): a mention whose person is a name, the name's last word (capitalized, letters only) right
    /// before its casualty words ("Barney was shot", "Officer Jon Richey suffered three gunshot wounds"); a pronoun or a
    /// common noun ("he", "the victim") names no one. Zero unless two names or more.
    /// </summary>
    private static int NamedOneByOne(AnnotatedDocument doc, Frame frame, string kind)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (m, _) in frame.Casualties)
        {
            if (m.Kind != kind || m.Value != 1 || m.Addition || m.Total || doc.NumbersIn(m.Figure).Any()) continue;
            var sentence = frame.SentenceAt(m.Span.Start);
            if (sentence is null || sentence.IsTitle || sentence.IsCaption || sentence.IsBackground) continue;
            var first = doc.WordAt(m.Figure.Start);
            var count = 0;
            string? last = null;
            for (var w = first; w < doc.Words.Count && doc.Words[w].Start < m.Span.End && count < MaxNamedWords; w++, count++)
            {
                var word = doc.Words[w];
                if (!char.IsUpper(doc.Text[word.Start]) || word.Key.Length < 2 || !word.Key.All(char.IsLetter)) break;
                last = word.Key;
            }
            // a name of two words or more, or of one inside its sentence (a sentence's capitalized first word may be any noun)
            if (last is null || count < 2 && first == doc.WordAt(sentence.Sentence.Start) || Person(last)) continue;
            names.Add(last);
        }
        return names.Count >= 2 ? names.Count : 0;
    }

    /// <summary>
    /// The frame's one-person injuries (outside its background) whose person is named by the same name's last word
    /// (as <see cref="NamedOneByOne"/> reads it) as a one-person death after them: "Jon Roe, 40, was wounded in the leg
    /// ... Roe later died in hospital" tells one death and no one hurt.
    /// </summary>
    private static List<CasualtyMention> NamedLaterDead(AnnotatedDocument doc, Frame frame)
    {
        var found = new List<CasualtyMention>();
        var dead = frame.Casualties.Where(c => c.Mention is { Kind: CasualtyMention.Killed, Value: 1, Addition: false, Total: false } && !doc.NumbersIn(c.Mention.Figure).Any())
            .Select(c => c.Mention).ToList();
        if (dead.Count == 0) return found;
        foreach (var (m, _) in frame.Casualties)
        {
            if (m is not { Kind: CasualtyMention.Injured, Value: 1, Addition: false, Total: false } || doc.NumbersIn(m.Figure).Any()) continue;
            var sentence = frame.SentenceAt(m.Span.Start);
            if (sentence is null || sentence.IsBackground) continue;
            if (LastNameWord(doc, m) is { } name && dead.Any(d => d.Span.Start > m.Span.End && LastNameWord(doc, d) == name)) found.Add(m);
        }
        // the headline's nameless one hurt ("Man wounded in ...") is the same person the body names
        if (found.Count > 0)
            found.AddRange(frame.Casualties.Select(c => c.Mention).Where(m => m is { Kind: CasualtyMention.Injured, Value: 1, Addition: false, Total: false }
                && !doc.NumbersIn(m.Figure).Any() && frame.SentenceAt(m.Span.Start) is { IsTitle: true } && LastNameWord(doc, m) is null));
        return found;
    }

    /// <summary>Most words after a death's own words to its later-death word: "died of his wounds".</summary>
    private const int LaterDeathReach = 4;

    /// <summary>
    /// A one-person death of a named person told as a later death (function_words.tsv kind later_death after its figure:
    /// "Mr Musa died of his wounds on Friday"), whose name stands in an earlier sentence that counts people hurt ("His
    /// bodyguard, Ali Musa, and a clerk were wounded", a casualty word of hurt) after the dead counted before, and who is
    /// not that dead: a death beyond that count.
    /// </summary>
    private bool NamedLaterDeath(AnnotatedDocument doc, CasualtyMention m, CasualtyMention dead)
    {
        if (m is not { Kind: CasualtyMention.Killed, Value: 1, Addition: false, Total: false } || doc.NumbersIn(m.Figure).Any()) return false;
        if (LastNameWord(doc, m) is not { } name || LastNameWord(doc, dead) == name) return false;
        // the later-death word may follow the death's own words: "died of his wounds", "succumbed to her injuries"
        var own = doc.Sentences.FirstOrDefault(s => s.Start <= m.Span.Start && m.Span.Start < s.End);
        if (own is null) return false;
        var later = false;
        var reach = doc.WordAt(m.Span.End) + LaterDeathReach;
        for (var w = doc.WordAt(m.Figure.End); w < doc.Words.Count && w <= reach && doc.Words[w].Start < own.End; w++)
            if (_laterDeathWords.Contains(doc.Words[w].Key)) later = true;
        if (!later) return false;
        bool Names(Sentence s)
        {
            for (var w = doc.WordAt(s.Start); w < doc.Words.Count && doc.Words[w].Start < s.End; w++)
                if (doc.Words[w].Key == name && char.IsUpper(doc.Text[doc.Words[w].Start])) return true;
            return false;
        }
        // a sentence before it, after the dead counted, that names the person with words of hurt ("were wounded")
        return doc.Sentences.Any(s => s.Start >= dead.Span.Start && s.End <= m.Span.Start && Names(s)
                                      && doc.CuesIn(s.Span, CueKind.Casualty).Any(c => c.As<CasualtyCue>().Kind != CasualtyMention.Killed));
    }

    /// <summary>The last capitalised word (letters only) of the words that name a one-person mention's person, or null.</summary>
    private static string? LastNameWord(AnnotatedDocument doc, CasualtyMention m)
    {
        string? last = null;
        var count = 0;
        for (var w = doc.WordAt(m.Figure.Start); w < doc.Words.Count && doc.Words[w].Start < m.Span.End && count < MaxNamedWords; w++, count++)
        {
            var word = doc.Words[w];
            if (!char.IsUpper(doc.Text[word.Start]) || word.Key.Length < 2 || !word.Key.All(char.IsLetter)) break;
            last = word.Key;
        }
        return last is not null && !Person(last) ? last : null;
    }

    /// <summary>Most words of a person's name and rank before the casualty words ("Sheriff's Deputy Jon Richey").</summary>
    private const int MaxNamedWords = 4;

    /// <summary>
    /// Victims who each die (or each are hurt, <paramref name="kind"/>) in a sentence of their own, each opened by "a"/"an"
    /// or a possessive ("his", "her": someone named by a relation to another) and a person of their own ("A guard died
    /// at the scene. A passer-by died later in hospital."; "A man of 27 died on the spot. A man of 33 died in hospital
    /// days later."; "His driver was wounded in the arm. A woman selling fruit was hurt."), with no figure told that
    /// counts them: their sum. People are told apart by their nouns or, for one
    /// noun, by the numbers (ages) each is given; a noun that may stand for anyone (function_words.tsv kind
    /// anyone_noun: "a person", "a victim") tells no one apart, and "A man was shot dead ... A man aged 30 died" is one
    /// man told twice. Not beside any figure with a number (a toll covers them, or tells otherwise), a running toll or
    /// victims added to a count.
    /// </summary>
    private CasualtyFigure? OneByOne(AnnotatedDocument doc, Frame frame, List<CasualtyFigure> killed, string kind)
    {
        var dead = frame.Casualties.Where(c => c.Mention.Kind == kind).ToList();
        // a number in the person's words is an age ("a 27-year-old man"), not a count of one ("one man died")
        if (dead.Count < 2 || dead.Any(c => c.Mention.Total || c.Mention.Value is not 1 || doc.NumbersIn(c.Mention.Figure).Any(n => n.Value == 1))) return null;
        var people = new List<(string Noun, string Ages, CasualtyMention Mention, string? Source)>();
        foreach (var (m, source) in dead.OrderBy(c => c.Mention.Span.Start))
        {
            var sentence = frame.SentenceAt(m.Span.Start);
            if (sentence is null || sentence.IsTitle || sentence.IsCaption || sentence.IsBackground) return null;
            var first = doc.WordAt(sentence.Sentence.Start);
            var noun = doc.WordAt(m.Figure.End) - 1;
            if (first >= doc.Words.Count || !(doc.Words[first].Key is "a" or "an" || _possessivePronouns.Contains(doc.Words[first].Key)) || noun <= first || noun - first > MaxOneByOneSubject
                || people.Any(p => doc.SentenceAt(p.Mention.Span.Start).Start == sentence.Sentence.Start)) return null;
            var key = doc.Words[noun].Key;
            if (_anyoneNouns.Contains(key)) return null;
            // the numbers the person is given before the verb: "a man of 27", "a 33-year-old man"
            var ages = string.Join(" ", doc.NumbersIn(new TextSpan(doc.Words[first].End, m.Span.Start > m.Figure.End ? m.Span.Start : m.Figure.End)).Select(n => n.Value));
            people.Add((key, ages, m, source));
        }
        for (var i = 0; i < people.Count; i++)
            for (var j = i + 1; j < people.Count; j++)
                if (people[i].Noun == people[j].Noun && (people[i].Ages.Length == 0 || people[j].Ages.Length == 0 || people[i].Ages == people[j].Ages)) return null;
        if (killed.Any(k => k.Value >= people.Count)) return null;
        var last = people[^1];
        return new CasualtyFigure(people.Count, Qualifiers.Exact, last.Source, doc.Document.Evidence(kind, last.Mention.Span), doc.Published);
    }

    /// <summary>
    /// Deaths told apart as at the scene and later, each counted alone: "One person was killed at the scene ... A second
    /// victim died overnight in hospital", "one patient died overnight ... the guest who lost his life at the scene". The
    /// one who died later is brought in afresh (<see cref="IntroducedAfresh"/>: "a", "another", "one", a figure; not "he"
    /// or "the man", who may be the one killed at the scene told again), so he is another person: the dead at the scene and
    /// those who died later add up, when no figure told (a toll, a headline) counts that many already.
    /// </summary>
    private CasualtyFigure? SceneAndLaterDeaths(AnnotatedDocument doc, Frame frame, List<CasualtyFigure> killed)
    {
        int scene = 0, later = 0;
        (CasualtyMention Mention, string? Source)? last = null;
        foreach (var (m, source) in frame.Casualties.OrderBy(c => c.Mention.Span.Start))
        {
            if (m is not { Kind: CasualtyMention.Killed, Value: > 0 and var value, Total: false }) continue;
            var sentence = frame.SentenceAt(m.Span.Start);
            if (sentence is null || sentence.IsTitle || sentence.IsCaption || sentence.IsBackground) continue;
            var (atScene, after) = DeathTiming(doc, m, sentence.Sentence.End);
            if (atScene == after) continue;
            if (atScene) scene = Math.Max(scene, value);
            else if (IntroducedAfresh(doc, m))
            {
                later = Math.Max(later, value);
                last = (m, source);
            }
        }
        if (scene == 0 || later == 0 || last is not { } told) return null;
        var sum = scene + later;
        if (killed.Any(k => k.Value >= sum)) return null;
        return new CasualtyFigure(sum, Qualifiers.Exact, told.Source, doc.Document.Evidence(CasualtyMention.Killed, told.Mention.Span), doc.Published, Running: true);
    }

    /// <summary>
    /// Whether the words of a death, and those after them to the end of their clause (at most <see cref="MaxTimingReach"/>),
    /// place it at the scene (function_words.tsv kind scene_death: "killed at the scene", "died on the spot") or after the
    /// attack (kind after_scene_death: "died overnight in hospital", "later died"); the clause ends at a word of kind
    /// death_clause_end ("," "and" "when").
    /// </summary>
    private (bool Scene, bool After) DeathTiming(AnnotatedDocument doc, CasualtyMention m, int sentenceEnd)
    {
        var words = doc.Words;
        var first = doc.WordAt(m.Span.Start);
        var end = doc.WordAt(m.Span.End);
        var last = end;
        while (last < words.Count && words[last].Start < sentenceEnd && last - end < MaxTimingReach
               && !_deathClauseEnds.Contains(words[last].Key)) last++;
        bool scene = false, after = false;
        for (var w = first; w < last; w++)
        {
            if (_afterSceneDeaths.Contains(words[w].Key)) after = true;
            for (var n = 1; n <= MaxScenePhrase && w + n <= last; n++)
                if (_sceneDeaths.Contains(string.Join(' ', Enumerable.Range(w, n).Select(i => words[i].Key)))) scene = true;
        }
        return (scene, after);
    }

    /// <summary>Most words after a death's own words that may tell where or when it came ("died overnight in the district hospital").</summary>
    private const int MaxTimingReach = 6;

    /// <summary>Most words of a scene_death phrase ("where he fell").</summary>
    private const int MaxScenePhrase = 3;

    /// <summary>
    /// The dead of a mention are brought in afresh: its words open on "a", "an", "another" or a figure ("a second victim",
    /// "another man", "one patient", "two of the wounded"), not on a word that points back ("he", "the man", "the victim").
    /// </summary>
    private bool IntroducedAfresh(AnnotatedDocument doc, CasualtyMention m)
    {
        var figure = doc.WordAt(m.Figure.Start);
        if (doc.NumbersIn(m.Figure).Any()) return true;
        // a noun that may stand for anyone (function_words.tsv kind anyone_noun: "a person died later") may be the one
        // killed at the scene told again: only a word of one more (kind repeat_word: "a second victim", "another person") parts it
        var anyone = _anyoneNouns.Contains(doc.Words[doc.WordAt(m.Figure.End) - 1].Key);
        var repeated = false;
        // the figure is the person's noun: its determiner stands before it, over describing words ("a wounded woman")
        var sentenceStart = doc.SentenceAt(m.Figure.Start).Start;
        for (var w = figure - 1; w >= 0 && w >= figure - 1 - MaxFreshModifiers && doc.Words[w].Start >= sentenceStart; w--)
        {
            var key = doc.Words[w].Key;
            if (_repeatWords.Contains(key)) repeated = true;
            if (_freshDeterminers.Contains(key) || doc.NumbersIn(new TextSpan(doc.Words[w].Start, doc.Words[w].End)).Any()) return !anyone || repeated;
            if (!key.All(char.IsLetter) || !char.IsLower(doc.Text[doc.Words[w].Start]) || _backDeterminers.Contains(key)) return false;
        }
        return false;
    }

    /// <summary>Most describing words between a fresh victim's determiner and its noun ("a second badly wounded victim").</summary>
    private const int MaxFreshModifiers = 3;

    /// <summary>How many words may open a one-person death's sentence before its person's noun ("A 33-year-old man").</summary>
    private const int MaxOneByOneSubject = 8;

    /// <summary>
    /// An attacker's death ("then turned the gun on himself") adds one to the victims the article names one by one
    /// ("Roe has died": 1 + 1); a counted toll ("three people are dead") already holds everyone and is left alone.
    /// </summary>
    private static CasualtyFigure? WithAttackerDeath(AnnotatedDocument doc, Frame frame, List<CasualtyFigure> killed)
    {
        var attacker = frame.Casualties.FirstOrDefault(c => c.Mention.Kind == CasualtyMention.PerpetratorKilled);
        if (attacker.Mention is null) return null;
        var victims = frame.Casualties.Where(c => c.Mention.Kind == CasualtyMention.Killed && c.Mention.Value is not null).ToList();
        var counted = victims.Where(c => doc.NumbersIn(c.Mention.Figure).Any()).Select(c => c.Mention.Value!.Value).DefaultIfEmpty(0).Max();
        var named = victims.Where(c => !doc.NumbersIn(c.Mention.Figure).Any()).Select(c => c.Mention.Value!.Value).DefaultIfEmpty(0).Max();
        var all = named + attacker.Mention.Value!.Value;
        if (all <= counted || killed.Any(k => k.Value == all)) return null;
        return new CasualtyFigure(all, Qualifiers.Exact, attacker.Source, doc.Document.Evidence(CasualtyMention.Killed, attacker.Mention.Span), doc.Published);
    }

    /// <summary>
    /// The figure's source is an armed group the article names (no state force), or such a group's own outlet (outlets.tsv):
    /// a claimant's count ("the group claimed that fourteen soldiers had been killed"), which tells nothing of the victims
    /// others count: a soldier the army says was killed is no part of it.
    /// </summary>
    private static bool ClaimantSource(AnnotatedDocument doc, string? source) =>
        source is not null && (CasualtyReconciler.Default.IsPerpetratorOutlet(source)
                               || doc.Cues.Any(c => c.Kind == CueKind.Actor && c.As<Actor>() is { Type: not "state" } a
                                                    && string.Equals(a.Canonical, source, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// One victim named without a number ("including a woman in critical condition", a caption's "a boy hurt in the
    /// blast") where the article counts more of that kind with a number: one of those counted, no count of one.
    /// Victims beyond those counted ("another man was also killed" read as an addition) and running tolls stay. So is one
    /// named after the persons a list counted before it ("His driver and a boy were wounded ... the driver was in a
    /// serious condition": one of the two).
    /// </summary>
    private static bool OneOfCounted(AnnotatedDocument doc, CasualtyMention m, IEnumerable<(CasualtyMention Mention, string? Source)> casualties) =>
        m is { Value: 1, Addition: false, Total: false } && !doc.NumbersIn(m.Figure).Any()
        && casualties.Any(c => c.Mention.Kind == m.Kind && c.Mention.Value > 1
                               && (doc.NumbersIn(c.Mention.Figure).Any() || c.Mention.Span.End <= m.Span.Start && !c.Mention.Addition && !c.Mention.Total));

    /// <summary>
    /// "Three people died ... The two children who died were eight", "the deaths of the two civilians": a figure after
    /// "the" names victims already told; after a larger figure of its kind told before it, it is a part of them, no count.
    /// </summary>
    private static bool DefiniteAfterLarger(AnnotatedDocument doc, CasualtyMention m, IEnumerable<(CasualtyMention Mention, string? Source)> casualties)
    {
        if (m is not { Value: { } value, Addition: false, Total: false } || !doc.NumbersIn(m.Figure).Any()) return false;
        var figure = doc.WordAt(m.Figure.Start);
        if (figure < 1 || doc.Words[figure - 1].Key != "the") return false;
        return casualties.Any(c => c.Mention.Kind == m.Kind && c.Mention.Value > value && c.Mention.Span.Start < m.Span.Start && doc.NumbersIn(c.Mention.Figure).Any());
    }

    /// <summary>
    /// "Of the eleven injured, seven were flown to X and four were treated in Y": a smaller figure of its kind after a
    /// count the sentence opens with "of the" (in its first words) is a part of that count, no count of its own.
    /// </summary>
    private static bool PartOfCountOpening(AnnotatedDocument doc, CasualtyMention m, IEnumerable<(CasualtyMention Mention, string? Source)> casualties)
    {
        if (m is not { Value: { } value, Addition: false, Total: false } || !doc.NumbersIn(m.Figure).Any()) return false;
        // "Of the nine hurt, five were flown to a clinic in X": those taken to care are a part of the hurt counted
        return casualties.Any(c => (c.Mention.Kind == m.Kind || m.Kind == CasualtyMention.Treated && c.Mention.Kind == CasualtyMention.Injured)
                                   && c.Mention.Value > value && c.Mention.Span.Start < m.Span.Start
                                   && InOneSentence(doc, c.Mention, m) && OpensWithOfThe(doc, c.Mention));
    }

    /// <summary>
    /// "Twelve people were wounded ... Four were still in hospital on Monday": a figure of the hurt whose words hold a word
    /// of function_words.tsv kind remainder_word ("still", "remain") counts those still in care, after a larger figure of
    /// the hurt told before it in the report a part of them, no count of its own. So does a figure whose words tell the
    /// state of those hurt (kind condition_word): "Thirty were wounded. ... Four are in a critical condition", "three were
    /// treated and released".
    /// </summary>
    private bool RemainderAfterLarger(AnnotatedDocument doc, CasualtyMention m, IEnumerable<(CasualtyMention Mention, string? Source)> casualties)
    {
        if (m is not { Value: { } value, Addition: false, Total: false } || !IsHurt(m.Kind) || !doc.NumbersIn(m.Figure).Any()) return false;
        var first = doc.WordAt(m.Figure.End);
        var last = doc.WordAt(m.Span.End) - 1;
        if (!Enumerable.Range(first, Math.Max(0, last - first + 1))
                .Any(w => w < doc.Words.Count && (_remainderWords.Contains(doc.Words[w].Key) || _conditionWords.Contains(doc.Words[w].Key)))) return false;
        return casualties.Any(c => IsHurt(c.Mention.Kind) && c.Mention.Value > value && c.Mention.Span.End <= m.Span.Start && doc.NumbersIn(c.Mention.Figure).Any());
    }

    /// <summary>
    /// "leaving seven people dead ... two bodies were found in the back room": a figure of the dead whose casualty noun is
    /// one of function_words.tsv kind remains_noun tells where some of the dead were found, after a count of the dead as
    /// large or larger told before it in the report: a part of them, no count of its own. "two more bodies" (an addition)
    /// and "the toll rose to nine as two bodies were recovered" (a running toll) are not parts.
    /// </summary>
    private bool RemainsOfCounted(AnnotatedDocument doc, CasualtyMention m, IEnumerable<(CasualtyMention Mention, string? Source)> casualties)
    {
        if (m is not { Kind: CasualtyMention.Killed, Value: { } value, Addition: false, Total: false } || !doc.NumbersIn(m.Figure).Any()) return false;
        var first = doc.WordAt(m.Figure.End);
        var last = doc.WordAt(m.Span.End) - 1;
        if (!Enumerable.Range(first, Math.Max(0, last - first + 1)).Any(w => w < doc.Words.Count && _remainsNouns.Contains(doc.Words[w].Key))) return false;
        return casualties.Any(c => c.Mention.Kind == CasualtyMention.Killed && c.Mention.Value >= value && c.Mention.Span.End <= m.Span.Start
                                   && !ReferenceEquals(c.Mention, m) && doc.NumbersIn(c.Mention.Figure).Any());
    }

    /// <summary>
    /// "Twenty-three were killed ... Most of the dead are traders, but four of our constables also died": a figure of the
    /// dead in a sentence that names the dead as a whole ("the" and a word of function_words.tsv kind dead_whole) tells
    /// who they were; after a larger count of the dead told before it in the report, a part of that count, no count of
    /// its own. Victims added to the count ("four more") are no part.
    /// </summary>
    private bool MakeUpOfDead(AnnotatedDocument doc, CasualtyMention m, IEnumerable<(CasualtyMention Mention, string? Source)> casualties)
    {
        if (m is not { Kind: CasualtyMention.Killed, Value: { } value, Addition: false, Total: false } || !doc.NumbersIn(m.Figure).Any()) return false;
        var sentence = doc.SentenceAt(m.Figure.Start);
        var end = doc.WordAt(sentence.End);
        var whole = false;
        for (var w = doc.WordAt(sentence.Start) + 1; w < end && !whole; w++)
            // "the dead man's brother" names one person, not the dead as a whole
            whole = doc.Words[w - 1].Key == "the" && _deadWhole.Contains(doc.Words[w].Key) && !(w + 1 < end && Person(doc.Words[w + 1].Key));
        if (!whole) return false;
        return casualties.Any(c => c.Mention.Kind == CasualtyMention.Killed && c.Mention.Value > value && c.Mention.Span.End <= m.Span.Start
                                   && !c.Mention.Addition && doc.NumbersIn(c.Mention.Figure).Any());
    }

    /// <summary>
    /// The figure a toll rose from in the sentence of <paramref name="m"/>: the number right after a phrase of
    /// function_words.tsv kind toll_rise_from ("raised from eight after two more bodies were pulled out": 8), or null.
    /// </summary>
    private int? RiseFrom(AnnotatedDocument doc, CasualtyMention m)
    {
        var sentence = doc.SentenceAt(m.Figure.Start);
        var end = doc.WordAt(sentence.End);
        for (var w = doc.WordAt(sentence.Start); w < end; w++)
        {
            if (PhraseEnd(doc, w, end, _tollRiseFrom) is not (>= 0 and var last) || last + 1 >= end) continue;
            if (doc.NumbersIn(sentence.Span).FirstOrDefault(n => n.Start == doc.Words[last + 1].Start) is { Value: { } value } number && number.Start != m.Figure.Start) return value;
        }
        return null;
    }

    /// <summary>A kind that counts the hurt: injured, or treated (taken to hospital).</summary>
    private static bool IsHurt(string kind) => kind is CasualtyMention.Injured or CasualtyMention.Treated;

    /// <summary>The count's figure follows "of the" that open its sentence ("Of the 20 wounded, ...").</summary>
    private static bool OpensWithOfThe(AnnotatedDocument doc, CasualtyMention c)
    {
        var figure = doc.WordAt(c.Figure.Start);
        if (figure < 2 || doc.Words[figure - 1].Key != "the" || doc.Words[figure - 2].Key != "of") return false;
        return figure - 2 == doc.WordAt(doc.SentenceAt(doc.Words[figure - 2].Start).Start);
    }

    /// <summary>
    /// The figure is a claimant's boast: its sentence claims the attack (claims.tsv claimed) before it and a boasting
    /// word (function_words.tsv kind claim_boast) stands between the claim and the figure ("a channel ... saying its
    /// men did it and claiming that nine officers had died").
    /// </summary>
    private bool BoastedCount(AnnotatedDocument doc, CasualtyMention m)
    {
        var sentence = doc.SentenceAt(m.Figure.Start);
        var claim = doc.CuesIn(sentence.Span, CueKind.Claim).FirstOrDefault(c => c.As<string>() == "claimed" && c.Start < m.Figure.Start);
        if (claim is null) return false;
        for (var w = doc.WordAt(claim.Start); w < doc.Words.Count && doc.Words[w].Start < m.Figure.Start; w++)
            if (_claimBoasts.Contains(doc.Words[w].Key)) return true;
        return false;
    }

    /// <summary>Two figures with no sentence's end (a full stop or a line break) between them.</summary>
    private static bool InOneSentence(AnnotatedDocument doc, CasualtyMention first, CasualtyMention second) =>
        first.Span.End <= second.Span.Start && doc.Text.AsSpan(first.Span.End, second.Span.Start - first.Span.End).IndexOfAny('.', '\n') < 0;

    /// <summary>
    /// A line that marks a paragraph appended to a developing story: a word of function_words.tsv kind update_word, then a
    /// clock time or a number or nothing ("Update (10:35):", "UPDATE 2", "Updated at 15:20"), then a colon, a dash or the
    /// line's end; a stamp ("Updated: 10 March 2026") has a figure right after its colon and marks nothing.
    /// </summary>
    private static readonly Regex UpdateLine = new(@"^[ \t]*(?<word>[A-Za-z]+)[ \t]*(?:\(?[ \t]*(?:at[ \t]+)?\d{1,2}(?:[:.h]\d{2})?[ \t]*(?:[ap]\.?m\.?)?[ \t]*\)?)?[ \t]*(?:[:\u2013\u2014-](?![ \t]*\d)|\r?$)", RegexOptions.Multiline, TimeSpan.FromSeconds(1));

    /// <summary>The starts of the lines that mark an update (<see cref="UpdateLine"/>), in order.</summary>
    private List<int> UpdateStarts(AnnotatedDocument doc) =>
        UpdateLine.Matches(doc.Text).Where(m => _updateWords.Contains(m.Groups["word"].Value.ToLowerInvariant())).Select(m => m.Index).ToList();

    /// <summary>
    /// The start of the last update (<see cref="UpdateStarts"/>) that has figures of <paramref name="kind"/> both after it
    /// and before it, or -1: the update's figures are the story's final ones ("Police said three were wounded ... Update
    /// (15:20): police now say the woman was not hit; one wounded").
    /// </summary>
    private int LastUpdateWith(AnnotatedDocument doc, IEnumerable<(CasualtyMention Mention, string? Source)> casualties, string kind)
    {
        var told = casualties.Where(c => c.Mention.Kind == kind && c.Mention.Value is not null).Select(c => c.Mention.Span.Start).ToList();
        if (told.Count < 2) return -1;
        var starts = UpdateStarts(doc);
        for (var i = starts.Count - 1; i >= 0; i--)
            if (told.Any(t => t >= starts[i]) && told.Any(t => t < starts[i])) return starts[i];
        return -1;
    }

    /// <summary>
    /// An update put on top of the story it updates: the first update line (<see cref="UpdateStarts"/>) whose paragraph
    /// (up to the next blank line) has figures of <paramref name="kind"/> and the story below it has more ("UPDATED 4pm: one
    /// of the two wounded died; the toll now stands at two killed and one wounded. [blank line] One was killed and two
    /// wounded on Tuesday ..."): the paragraph's figures are the story's final ones, lower or higher. Only an update with
    /// no attack nor toll told above it but in the headline. (start, end) of the paragraph, or (-1, -1).
    /// </summary>
    private (int Start, int End) LeadUpdateWith(AnnotatedDocument doc, IEnumerable<(CasualtyMention Mention, string? Source)> casualties, string kind)
    {
        var told = casualties.Where(c => c.Mention.Kind == kind && c.Mention.Value is not null).Select(c => c.Mention.Span.Start).ToList();
        if (told.Count < 2) return (-1, -1);
        var title = TitleIndex(doc);
        foreach (var start in UpdateStarts(doc))
        {
            // on top: no sentence above it but the headline tells an attack or a toll (an update line amid embedded posts
            // or further down a story is one voice among others, not the story's final word)
            if (doc.Sentences.Any(s => s.Start < start && s.Index != title
                                       && (doc.CuesIn(s.Span, CueKind.Event).Any() || doc.CuesIn(s.Span, CueKind.Casualty).Any()))) break;
            var end = doc.Text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0) break;
            if (told.Any(t => t >= start && t < end) && told.Any(t => t >= end)) return (start, end);
        }
        return (-1, -1);
    }

    private List<CasualtyFigure> Figures(AnnotatedDocument doc, IEnumerable<(CasualtyMention Mention, string? Source)> casualties, string kind)
    {
        // an update on top of the story: its paragraph's figures are the final ones, and the ones a lone victim or a part is read against
        var (leadStart, leadEnd) = LeadUpdateWith(doc, casualties, kind);
        // after the last update that counts them, the update's own figures are the ones a lone victim or a part is read against
        var update = leadStart >= 0 ? -1 : LastUpdateWith(doc, casualties, kind);
        var updated = casualties.Where(c => update >= 0 && c.Mention.Span.Start >= update).ToList();
        var lead = casualties.Where(c => leadStart >= 0 && c.Mention.Span.Start >= leadStart && c.Mention.Span.Start < leadEnd).ToList();
        var figures = new List<CasualtyFigure>();
        var added = new Dictionary<CasualtyMention, CasualtyFigure>();
        var inLead = new HashSet<CasualtyFigure>(ReferenceEqualityComparer.Instance);
        CasualtyMention? previous = null;
        CasualtyMention? previousDead = null;
        foreach (var (mention, source) in casualties.OrderBy(c => c.Mention.Span.Start))
        {
            var m = mention;
            var summed = false;
            // "killing five people. Three others died later": the others are added to the count right before them when it
            // is of their kind ("one dead and two others hurt" adds nothing), no toll that holds them already and no
            // figure they restate ("two others were wounded ... Two other people were wounded"). Deaths are added to the
            // dead counted last, across a count of the hurt between ("killing five and wounding 12. Two later died": 7)
            var before = m.Kind == CasualtyMention.Killed ? previousDead : previous;
            // "killing the prosecutor; his driver, Ali Musa, was wounded ... Mr Musa died of his wounds on Friday": one of
            // the hurt, named, who died later adds one to the dead counted before
            if (previousDead is { Value: { } dead, Total: false } && NamedLaterDeath(doc, m, previousDead))
            {
                if (Trace) Console.Error.WriteLine($"  named later death: {doc.Text[m.Span.Start..m.Span.End]} adds one to {dead}");
                m = m with { Value = dead + 1, Qualifier = previousDead.Qualifier, Addition = true };
                summed = true;
            }
            // "killing ten people ... the count was raised from eight after two more bodies were pulled out": the figure the toll
            // rose from and the added victims make the count before, which holds them already
            else if (m.Addition && before is { Value: { } held } && before.Kind == m.Kind && RiseFrom(doc, m) is { } from && from + m.Value == held) continue;
            else if (m.Addition && before is { Value: { } count, Total: false } && before.Kind == m.Kind && count != m.Value)
            {
                // "four died on the spot and one succumbed in hospital": the first count is a part of the sum its sentence gives
                if (InOneSentence(doc, before, m) && added.TryGetValue(before, out var part)) figures.Remove(part);
                m = m with { Value = count + m.Value, Qualifier = before.Qualifier == Qualifiers.Exact ? m.Qualifier : before.Qualifier };
                summed = true;
            }
            // "rescuers found eight more bodies" with no count here to add them to, or an addition to a count that holds
            // it already ("the toll rose to 17 ... two died of their injuries overnight"): an increment to a toll, no toll
            else if (m.Addition && (before is { Value: not null } && before.Kind == m.Kind
                                    || doc.WordAt(m.Figure.End) is var next && next < doc.Words.Count && doc.Words[next].Key == "more")) continue;
            // "claiming that eight guards were killed ... Two of the wounded have died": a claimant's boasted count is no
            // toll a later death adds to
            var boasted = BoastedCount(doc, m);
            if (!boasted) previous = m;
            if (m.Kind == CasualtyMention.Killed && m.Value is not null && !boasted) previousDead = m;
            if (m.Kind != kind) continue;
            // a zero ("0 KIA / 2 WIA", "0 killed, 3 injured") counts no one: a toll of none is no figure, as the golds code it
            // (no value, not [0]); it still parts the counts around it above
            if (m.Value == 0) continue;
            var inLeadUpdate = leadStart >= 0 && m.Span.Start >= leadStart && m.Span.Start < leadEnd;
            if (figures.FirstOrDefault(f => f.Value == m.Value && f.Qualifier == m.Qualifier && f.Source == source) is { } same)
            {
                if (inLeadUpdate) inLead.Add(same);
                continue;
            }
            // (nor is hearsay, "people are saying 15 died", a count the firm figures told beside it are a part of)
            var among = (leadStart >= 0 && m.Span.Start >= leadStart && m.Span.Start < leadEnd ? lead : update >= 0 && m.Span.Start >= update ? updated : casualties).Where(c => !ClaimantSource(doc, c.Source) && !Hearsay(doc, c.Mention));
            if (OneOfCounted(doc, m, among) || DefiniteAfterLarger(doc, m, among) || PartOfCountOpening(doc, m, among) || RemainderAfterLarger(doc, m, among) || RemainsOfCounted(doc, m, among) || MakeUpOfDead(doc, m, among)) continue;
            // deaths among the hurt with no count of the dead before them here ("one of the wounded died on Tuesday", "the
            // driver, who was wounded, died"): an addition to a count an earlier document gave (CasualtyReconciler)
            // a claimant's boast ("inflated the result: nine dead, it said") is a report, but an estimate only when no one
            // else gave a figure, as hearsay is (CasualtyFigure.Rumoured)
            var figure = new CasualtyFigure(m.Value, m.Qualifier, source, doc.Document.Evidence(kind, m.Span), doc.Published, Running: m.Total || summed,
                                            Rumoured: boasted,
                                            Added: kind == CasualtyMention.Killed && (m.Addition || m.LaterDeath) && !summed && !m.Total && before is null);
            figures.Add(figure);
            added[m] = figure;
            if (inLeadUpdate) inLead.Add(figure);
        }
        // the figures told above the last update that gives some of its own are superseded by it
        if (update >= 0 && figures.Any(f => f.Evidence.Start >= update)) figures.RemoveAll(f => f.Evidence.Start < update);
        // the figures of the story below an update on top of it (and of the headline above) are superseded by the update's
        if (inLead.Count > 0) figures.RemoveAll(f => !inLead.Contains(f));
        return figures;
    }
}
