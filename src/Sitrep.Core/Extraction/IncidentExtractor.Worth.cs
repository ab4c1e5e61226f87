using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;
using Sitrep.Linking;

namespace Sitrep.Extraction;

// IncidentExtractor, part: whether a frame tells an attack of the article's own news (Worth) and the tests it uses (see IncidentExtractor.cs for the whole pipeline).
public sealed partial class IncidentExtractor
{
    /// <summary>A frame is an attack when it has a victim figure in a sentence about violence, or enough sentences about an attack.</summary>
    /// <param name="recalls">The sentences that recall the headline's attack, the next counting its victims (<see cref="RecallsHeadlineAttack"/>).</param>
    /// <param name="recorded">The sentence that tells the only attack of a record written weeks after it (<see cref="RecordedAttack"/>).</param>
    private bool Worth(AnnotatedDocument doc, Frame frame, bool inWave, Place? dateline, bool followUp = false, bool otherNews = false, IReadOnlySet<int>? recalls = null,
                       SentenceFacts? recorded = null)
    {
        // a brief's plainly told lead is news of its own; not one reread as the attack a trial or an arrest follows up
        var brief = !followUp && IsBrief(doc);
        // one of attacks told as a timeline under their times of the day (see SplitByTimeline)
        if (frame.TimedApart) return true;
        // (a round-up's section is its attack's own telling, never a mention in passing)
        if (!inWave && !frame.Sectioned && InPassing(doc, frame, dateline, otherNews)) return false;
        // the only attack of a record (minutes, a committee's report), told in strong words and dated in full by its own
        // sentence: the record's subject, with or without victims
        if (recorded is not null && frame.Sentences.Contains(recorded)) return true;
        // one of attacks told at one place on different days, each with its day and its targets (see SplitByDay)
        if (frame.DayApart) return true;
        // one of attacks told at one place against different buildings or vehicles (see SplitBySite)
        if (frame.SiteApart) return true;
        var strong = frame.Sentences.Count(s => s.HasStrongEvent);
        // a fire at infrastructure that the article blames on someone, or that someone claims or denies (see
        // InfrastructureFires), told at the frame's place in a sentence of its own: "the fires hit masts in X on Sunday
        // and in Y and Z on Monday", where the article's group "denies any part in the blazes"
        if (ToldDeliberateFire(doc) && doc.Sentences.Any(s => AtInfrastructure(doc, s) && Blames(doc, s))
            && frame.Sentences.Any(s => !s.IsTitle && !s.IsBackground && AtInfrastructure(doc, s.Sentence)
                                        && s.Events.Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false } c && c.Weapons.Contains("fire"))
                                        && s.EventPlaces.Any(p => frame.Holds(p.Place)))) return true;
        // without a victim figure: three sentences about the attack, or one when it is a member of a stated wave, or
        // two when one is the headline ("Shots fired at officers on Main Street") or the lead of a wire message
        // without a headline (its first sentences after the dateline)
        // a member of a stated wave that a sentence places and tells with an attack word, however weak ("At X, the
        // assault on the post was contained"; see TellsWaveMember)
        if (inWave && frame.Sentences.Any(s => !s.IsTitle && !s.IsBackground && TellsWaveMember(s) && s.EventPlaces.Any(p => frame.Holds(p.Place)))) return true;
        // the first site of a kind that a later sentence tells as struck before it ("a second church, in Y, was set alight")
        if (frame.StruckSites.Count > 0) return true;
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
        SentenceFacts? SentenceOf(CasualtyMention c) => frame.SentenceAt(c.Span.Start);
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
        // a fire set on purpose that the article's first sentence of an attack tells with its place and its day ("Unknown
        // men set fire to a shelter in X early on Tuesday"), the next sentences counting the people it hurt ("Two residents
        // were injured"): an arson attack, though no sentence alone tells it whole; not one set in a protest or a riot
        // (function_words.tsv kind protest_noun)
        if (victims.Any(c => SentenceOf(c.Mention) is { IsBackground: false })
            && frame.Sentences.Where(s => !s.IsTitle && s.HasStrongEvent).MinBy(s => s.Sentence.Index) is { IsBackground: false } s
            && s.Events.Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false } c && c.Weapons.Contains("fire"))
            && (s.EventPlaces.Any(p => frame.Holds(p.Place)) || FirePlacedBefore(frame, s)) && s.Dates.Any(d => d.Precision == "day" && !d.Since)
            && !HasWordOf(doc, s.Sentence.Span, _protestNouns))
            return true;
        // an interview's or a long read's opening that recalls its headline's attack with its day and town, in words that
        // name its kind or its weapon however weakly ("a man with an axe walked into the hall in X on Sunday 3 May"), the
        // next sentence counting its victims: the two sentences tell the attack
        if (recalls is { Count: > 0 } && frame.Sentences.Any(s => recalls.Contains(s.Sentence.Index) && s.EventPlaces.Any(p => frame.Holds(p.Place))
                                                                 && s.Events.Any(e => e.As<EventCue>() is { Vehicle: false } c && (c.EventType != "other" || c.Weapons.Count > 0))))
            return true;
        // a vehicle driven into people, the people inside the words of its driving ("drove through the barrier and into the
        // crowd"), the victims counted in a sentence a little after it ("One woman was pronounced dead"): the ramming is the
        // attack, though its figures stand apart from its verb
        if (victims.Any(v => SentenceOf(v.Mention) is { IsBackground: false } told
                             && frame.Sentences.Any(s => !s.IsBackground && !s.IsTitle && s.Sentence.Index < told.Sentence.Index
                                                         && told.Sentence.Index - s.Sentence.Index <= RammingFigureReach && DrivenIntoPeople(s))))
            return true;
        // a death or an injury alone ("has died", "was injured") is no attack: the article must name the violence
        if (frame.Sentences.Any(s => s.Events.Any(e => e.As<EventCue>() is { Weak: false, EventType: not "other" }))) return true;
        // ... such as a fire set on purpose that the news tells in strong words ("they set fire to both buildings") after
        // a word for an assault on people, however weak ("armed men attack the school"), the victims counted in
        // sentences of the news of their own ("two teachers were killed"); not a fire set at a march or a rally
        // (function_words.tsv kind protest_noun)
        bool News(SentenceFacts s) => !s.IsBackground && !s.IsTitle;
        if (victims.Any(v => SentenceOf(v.Mention) is { IsBackground: false })
            && frame.Sentences.Any(s => News(s) && s.Events.Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false, EventType: "other" } c
                                                                  && c.Weapons.Count > 0 && c.Weapons.All(w => w == "fire")))
            && frame.Sentences.Any(s => News(s) && s.Events.Any(e => e.As<EventCue>() is { Weak: true, Assault: true, Vehicle: false }))
            && !frame.Sentences.Any(s => HasWordOf(doc, s.Sentence.Span, _protestNouns)))
            return true;
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

    /// <summary>Most sentences from a ramming told with its people to the sentence that counts its victims.</summary>
    private const int RammingFigureReach = 5;

    /// <summary>
    /// The sentence tells a vehicle driven into people in one phrase that holds them (events.tsv weak assault rows such as
    /// "drove * into the crowd", "ploughed into pedestrians"): a target of people read inside the phrase of the act.
    /// </summary>
    private static bool DrivenIntoPeople(SentenceFacts s) => s.Events.Any(e => DrivenIntoPeople(s, e));

    /// <summary>The event cue <paramref name="e"/> of the sentence is such a phrase of a vehicle driven into people (<see cref="DrivenIntoPeople(SentenceFacts)"/>).</summary>
    private static bool DrivenIntoPeople(SentenceFacts s, Cue e) =>
        e.As<EventCue>() is { Weak: true, Assault: true, Vehicle: false, EventType: "armed_assault" } c && c.Weapons.Count > 0 && c.Weapons.All(w => w == "other")
        && s.Targets.Any(t => t.As<string>() == "civilians" && t.Start >= e.Start && t.End <= e.End);

    /// <summary>
    /// The sentence right before <paramref name="s"/> (no headline, no background) names a fire, however weakly, at the
    /// frame's place: a statement's or a denial's lead names the fire ("the group denied it organised Saturday's burning
    /// of the police post in X") and the next sentence tells it ("The post was set on fire on Saturday by a crowd"), the
    /// place given once for both.
    /// </summary>
    private static bool FirePlacedBefore(Frame frame, SentenceFacts s) =>
        frame.Sentences.FirstOrDefault(p => p.Sentence.Index == s.Sentence.Index - 1) is { IsTitle: false, IsBackground: false } before
        && before.Events.Any(e => e.As<EventCue>() is { Vehicle: false } c && c.Weapons.Contains("fire"))
        && before.EventPlaces.Any(p => frame.Holds(p.Place));

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

    /// <summary>A number stands at most <see cref="MaxCountGap"/> words before the target: the people are counted.</summary>
    private static bool CountedBefore(AnnotatedDocument doc, Cue target) =>
        doc.Numbers.Any(n => n.Value is > 0 && n.End <= target.Start && doc.WordAt(target.Start) - doc.WordAt(n.End) <= MaxCountGap
                             && doc.SentenceAt(n.Start).Index == doc.SentenceAt(target.Start).Index);

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
                if (_relativePronouns.Contains(key) || (key == "that" && !ReportsSpeech(doc, w, first)) || _chargeVerbs.Contains(key)) return false;
                if (e.FirstWord - w <= 3 && _objectPrepositions.Contains(key) && !CollectiveSubject(doc, w, first)) return false;
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

    /// <summary>
    /// The "of" at <paramref name="of"/> follows a noun of a body of people (function_words.tsv kind collective_noun) that
    /// opens the clause: "a group of", "a band of", "a gang of" name the attackers who act, not what an attack word is the
    /// object of ("A band of armed men stormed the village"; not "accused of storming").
    /// </summary>
    private bool CollectiveSubject(AnnotatedDocument doc, int of, int first)
    {
        if (doc.Words[of].Key != "of" || of - 1 < first || !_collectiveNouns.Contains(doc.Words[of - 1].Key)) return false;
        for (var w = of - 2; w >= first; w--)
            if (_objectPrepositions.Contains(doc.Words[w].Key) || _chargePrepositions.Contains(doc.Words[w].Key)) return false; // "accused of leading a gang of gunmen who ..."
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

    /// <summary>
    /// Where the headline stands among the page's sentences (0 when it is first or not found): lines a page keeps
    /// above it (the site's name, its menu, a "PRESS RELEASE" kicker) push the lead down by as many; so do the lines
    /// right under it that only label the page (<see cref="LabelLine"/>: "Town, 12 February 2023", "PRESS RELEASE No.
    /// 14/2023"), which the lead follows.
    /// </summary>
    private static int HeadlineAt(AnnotatedDocument doc)
    {
        var at = TitleIndex(doc);
        if (at < 0) return 0;
        while (!doc.AllCaps && at + 1 < doc.Sentences.Count && LabelLine(doc, doc.Sentences[at + 1])) at++;
        return at;
    }

    /// <summary>Most words of a line that labels a page (<see cref="LabelLine"/>).</summary>
    private const int LabelWords = 6;

    /// <summary>
    /// A line that labels a page rather than telling anything: at most <see cref="LabelWords"/> words and numbers, none
    /// of its words in lower case ("Town, 12 February 2023", "PRESS RELEASE No. 14/2023/MS"); a sentence has a word in
    /// lower case. Not on a page written all in capitals, whose every line would pass.
    /// </summary>
    private static bool LabelLine(AnnotatedDocument doc, Sentence s)
    {
        var words = doc.Words.Skip(doc.WordAt(s.Start)).TakeWhile(w => w.Start < s.End).Where(w => char.IsLetterOrDigit(doc.Text[w.Start])).ToList();
        return words.Count is > 0 and <= LabelWords && !words.Any(w => char.IsLower(doc.Text[w.Start]));
    }

    /// <summary>
    /// The sentence is in the article's lead: up to <see cref="LeadSentences"/> sentences from the headline, counted
    /// from where the headline stands ("SITE NAME / menu / PRESS RELEASE / headline / dateline / lead").
    /// </summary>
    private static bool InLead(AnnotatedDocument doc, Sentence s) => s.Index <= LeadSentences + HeadlineAt(doc);

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
    /// its news is ("Someone set fire to the chapel ... Nobody was injured in Friday night's blaze").
    /// </summary>
    private static bool OpensOnOtherNews(AnnotatedDocument doc, List<SentenceFacts> facts) =>
        facts.Any(f => f.IsTitle)
        && facts.Where(f => f.IsTitle || InLead(doc, f.Sentence)).All(f => !f.HasStrongEvent && f.Casualties.Count == 0);

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
}
