using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;
using Sitrep.Linking;

namespace Sitrep.Extraction;

// IncidentExtractor, part: accidents (see IncidentExtractor.cs for the whole pipeline).
public sealed partial class IncidentExtractor
{
    /// <summary>
    /// An explosion beside the cause of an accident ("a gas cylinder exploded", "a furnace blast", background.tsv kind
    /// accident) is no attack unless a sign of attackers stands beside it: an attack word that is no mere explosion ("bomb",
    /// "grenade", "attack", "rockets"), a claim, an armed group, or an attack sign (function_words.tsv: "militants",
    /// "planted"). The sentence then tells nothing; and when no sentence of the article shows such a sign, neither does any
    /// other sentence ("The explosion injured seven workers"), nor any sentence of an article that names a place where
    /// explosions are mostly accidents ("a blast at a chemical plant", kind accident_site).
    /// </summary>
    private List<SentenceFacts> WithoutAccidents(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var accidents = facts.Select(f => BackgroundCues(doc, f.Sentence.Span).Any(b => IsAccidentCause(b))).ToList();
        var sites = facts.Any(f => BackgroundCues(doc, f.Sentence.Span).Any(b => b.As<string>() == "accident_site"));
        if (!accidents.Contains(true) && !sites) return facts;
        var cleared = accidents.Contains(true) && facts.Any(f => ClearsFoulPlay(doc, f));
        // an official's word outweighs a sign of attackers that counts no one ("it sounded like a bomb"), not an attack with
        // victims of its own told beside the accident ("gunmen shot dead three guards")
        var signs = facts.Select((f, i) => (!cleared || (CountsVictims(f) && !accidents[i])) && ShowsAttackers(doc, f)).ToList();
        var accidentalArticle = !signs.Contains(true);
        var result = new List<SentenceFacts>(facts.Count);
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (f.Events.Count == 0 || (signs[i] && !RowExplainedByAccident(doc, f, accidents[i])) || !(accidents[i] || accidentalArticle)) { result.Add(f); continue; }
            if (Trace) Console.Error.WriteLine($"  accident: sentence {f.Sentence.Index} tells no attack");
            result.Add(f with { Events = [] });
        }
        return result;
    }

    /// <summary>
    /// A row of a table written with pipes (a police log's "| 02:15 | Shots fired call | Officers found youths setting off
    /// fireworks |") is one item: the cause of an accident its own cells name (background.tsv kind accident) explains the
    /// call the row reports, and when the row counts no victim its attack words ("shots fired") tell no attack, whatever
    /// sign of attackers they are; the rows around it keep theirs.
    /// </summary>
    private static bool RowExplainedByAccident(AnnotatedDocument doc, SentenceFacts f, bool accident) =>
        accident && !CountsVictims(f) && PipeTable.CellsAt(doc.Text, f.Sentence.Start).Count > 0
        && PipeTable.CellsAt(doc.Text, f.Sentence.End - 1).Count > 0;

    /// <summary>
    /// A non-attack told beside an attack lends it no figure and makes no incident of its own. A sentence that names the
    /// cause of an accident ("a gas cylinder exploded", "a crush at the gates", "a stampede", "it was an accident, not an
    /// attack"; background.tsv kind accident), or an official's word that no one meant the harm (kind no_foul_play), or a
    /// mishap told apart from the attack ("Separately, a bus overturned on the highway"; kind mishap), and shows no
    /// attackers, opens a passage of that other event: the sentences after it count its victims until one shows attackers
    /// again or a new paragraph names a place or a day of its own ("The same evening a crush at the stadium gates hurt a
    /// score of fans. Twenty were taken to hospital."). So do the sentences before it in its paragraph and the one before
    /// (a verdict told after the figures: "A blaze gutted a hotel, injuring 21. Police ruled out foul play."), back to the
    /// last that shows attackers. None of them counts a victim, tells an attack or dates the day's news.
    /// </summary>
    private List<SentenceFacts> WithoutAccidentPassages(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var opens = facts.Select((f, i) => OpensNonAttack(doc, f, i == 0 || facts[i - 1].Sentence.Paragraph != f.Sentence.Paragraph)).ToList();
        if (!opens.Contains(true)) return facts;
        var owners = PassageOwners(doc, facts, opens);
        // a passage whose opener tells no harm of its own (no act, no victim: "Investigators said it was an accident") is the
        // passage of a harm told beside it ("A blast at a warehouse injured 13"); where none of its sentences tells an act or
        // counts a victim, the cause it names hurt no one ("work was hampered by heavy rains") and it opens no passage
        var harmless = Enumerable.Range(0, facts.Count)
            .Where(o => opens[o] && !TellsHarm(facts[o]) && !Enumerable.Range(0, facts.Count).Any(i => i != o && owners[i] == o && TellsHarm(facts[i]))).ToList();
        if (harmless.Count > 0)
        {
            foreach (var o in harmless) opens[o] = false;
            if (!opens.Contains(true)) return facts;
            owners = PassageOwners(doc, facts, opens);
        }
        if (Trace) foreach (var i in Enumerable.Range(0, facts.Count).Where(i => owners[i] >= 0)) Console.Error.WriteLine($"  accident passage: sentence {facts[i].Sentence.Index} counts no victim of an attack");
        return facts.Select((f, i) => owners[i] >= 0 && !f.IsTitle ? f with { Events = [], Casualties = [], CountsDeadAndHurt = false, IsBackground = true } : f).ToList();
    }

    /// <summary>
    /// For each sentence, the opener of the non-attack passage it belongs to (WithoutAccidentPassages), or -1: the opener
    /// itself, the sentences after it until one shows attackers or a new paragraph names a place or a day of its own, and
    /// the sentences before it in its paragraph and the one before, back to the last that shows attackers. On a timeline
    /// page (<see cref="TimelineEntries"/>) a passage stays within its own dated entry: the fire of one day is no part of
    /// the stabbing told on the line before it; in a table written with pipes, within its own row.
    /// </summary>
    private int[] PassageOwners(AnnotatedDocument doc, List<SentenceFacts> facts, List<bool> opens)
    {
        var attacks = facts.Select((f, i) => !opens[i] && ShowsAttackers(doc, f)).ToList();
        var owners = Enumerable.Repeat(-1, facts.Count).ToArray();
        var entries = TimelineEntries(doc, facts);
        int EntryOf(int i) => entries.TryGetValue(facts[i].Sentence.Index, out var e) ? e.Opener : -1;
        // a row of a table written with pipes is an item of its own too (a log's "| 11:48 | Loop 286 | Motor vehicle crash |"):
        // the accident of one row is no part of the rows around it, nor of the notes under the table
        int RowOf(int i) => PipeTable.CellsAt(doc.Text, facts[i].Sentence.Start).Count > 0 ? doc.Text.LastIndexOf('\n', Math.Max(0, facts[i].Sentence.Start - 1)) + 1 : -1;
        var rows = facts.Select((_, i) => RowOf(i)).ToArray();
        bool OtherEntry(int i, int j) => (entries.Count > 0 && EntryOf(i) != EntryOf(j)) || ((rows[i] >= 0 || rows[j] >= 0) && rows[i] != rows[j]);
        var lastAttack = -1;
        var open = -1;
        for (var i = 0; i < facts.Count; i++)
        {
            if (attacks[i]) { lastAttack = i; open = -1; continue; }
            if (opens[i])
            {
                owners[i] = open = i;
                for (var j = i - 1; j > lastAttack && facts[j].Sentence.Paragraph >= facts[i].Sentence.Paragraph - 1 && !OtherEntry(i, j); j--) owners[j] = i;
                continue;
            }
            if (open >= 0 && !OtherEntry(open, i) && (facts[i].Sentence.Paragraph == facts[i - 1].Sentence.Paragraph || (facts[i].EventPlaces.Count == 0 && facts[i].Dates.Count == 0)))
                owners[i] = open;
            else open = -1;
        }
        return owners;
    }

    /// <summary>
    /// The sentence tells an act (a blast, a fire, a shooting) or counts a victim; a weak word that names no weapon ("when
    /// the incident occurred") tells none.
    /// </summary>
    private static bool TellsHarm(SentenceFacts f) =>
        CountsVictims(f) || f.Events.Any(e => e.As<EventCue>() is { } c && !(c.Weak && c.Weapons.All(w => w == "other")));

    /// <summary>
    /// The sentence tells an event that is no attack and shows no attackers: the cause of an accident or an official's word
    /// that no one meant the harm anywhere in it, or a mishap (background.tsv kind mishap: "collapsed", "a blaze") when it
    /// opens on words that mark another event than the one told before ("Separately, ...", waves.tsv kind separate) or
    /// opens its paragraph on something new (function_words.tsv kind indefinite_article: "A wall collapsed onto shops"),
    /// not on what was told ("The building collapsed after the blast").
    /// </summary>
    private bool OpensNonAttack(AnnotatedDocument doc, SentenceFacts f, bool opensParagraph)
    {
        var cues = BackgroundCues(doc, f.Sentence.Span).ToList();
        var kinds = cues.Select(b => b.As<string>()).ToList();
        var first = doc.WordAt(f.Sentence.Start);
        var separately = OpensOnAnotherEvent(doc, f);
        var apart = separately || (opensParagraph && first < doc.Words.Count && _indefiniteArticles.Contains(doc.Words[first].Key));
        var clears = kinds.Contains("no_foul_play") || RulesOutAttack(doc, f.Sentence.Span);
        // a cause told as known ("injuries suffered in the crush at the exit") is a part of the story told, not another event
        // a natural hazard is never part of the attack's story: "the storm alone had killed four by then"
        var accident = cues.Any(b => IsAccidentCause(b) && (separately || b.As<string>() == "hazard" || !ToldAsKnown(doc, b)));
        if (!((accident && TellsAccidentsHarm(doc, f)) || clears || (apart && kinds.Contains("mishap")))) return false;
        // what went off, burned or was done without a weapon is no sign of attackers beside the cause of an accident: "leaking
        // gas blew up in a block of flats", "a truck ploughed into the market after its brakes failed"; nor is the word an
        // official rules out ("ruled out sabotage", "not a terrorist attack")
        var acts = f with { Events = f.Events.Where(e => !TellsBlastOrFireOnly(e) && !(e.As<EventCue>().Weak && e.As<EventCue>().Weapons.All(w => w == "other"))).ToList() };
        return !ShowsAttackers(doc, acts, signWords: !clears);
    }

    /// <summary>
    /// A background cue names the cause of an accident or a disaster: background.tsv kind accident, or kind hazard (a
    /// natural hazard: "a typhoon", "an earthquake", "floods"), which no attacker brings about.
    /// </summary>
    private static bool IsAccidentCause(Cue cue) => cue.As<string>() is "accident" or "hazard";

    /// <summary>
    /// An earlier event told in passing only in weak words, with the cause of an accident beside them and no sign of
    /// attackers (a log's row "Road accident | lorry overturned near the ford | 1 | 4"): an accident, no past attack of
    /// its own however many it hurt (see <see cref="WithPastAttacks"/>). A log's cell opens on a capital ("Road accident"),
    /// so the cue is read whatever its case, not as the start of a name.
    /// </summary>
    private bool TellsAccidentOnly(AnnotatedDocument doc, SentenceFacts f) =>
        !f.HasStrongEvent && doc.CuesIn(f.Sentence.Span, CueKind.Background).Any(IsAccidentCause) && !ShowsAttackers(doc, f);

    /// <summary>
    /// The cause of an accident is told as something the article already tells: a determiner that points back
    /// (function_words.tsv kind told_determiner: "the crush", "this stampede") opens it or stands right before it.
    /// </summary>
    private bool ToldAsKnown(AnnotatedDocument doc, Cue cue) =>
        _toldDeterminers.Contains(doc.Words[cue.FirstWord].Key)
        || (cue.FirstWord > 0 && _toldDeterminers.Contains(doc.Words[cue.FirstWord - 1].Key));

    /// <summary>
    /// A sentence with the cause of an accident tells that accident's harm, not a mere topic ("a meeting on flood
    /// prevention", where attackers broke in): it counts victims, tells what went off or burned, denies an attack ("an
    /// accident, not an attack"), or tells no act at all ("Investigators said it was an accident").
    /// </summary>
    private bool TellsAccidentsHarm(AnnotatedDocument doc, SentenceFacts f) =>
        CountsVictims(f) || f.Events.Count == 0 || f.Events.Any(e => TellsBlastOrFireOnly(e) || Negated(doc, e));

    /// <summary>
    /// The sentence opens on words of another event than the one told before: "Separately, ...", "Meanwhile, ...", "Later
    /// that day, ...", "Hours later, ..." (waves.tsv kinds separate, elsewhere, sameday, later).
    /// </summary>
    private static bool OpensOnAnotherEvent(AnnotatedDocument doc, SentenceFacts f) =>
        f.OpensSeparately || doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(c => c.FirstWord == doc.WordAt(f.Sentence.Start) && c.As<string>() is "separate" or "elsewhere" or "sameday" or "later");

    /// <summary>
    /// An explosion or fire word that names no weapon ("blew up", "exploded", "set fire to"), not "bomb" nor "grenade".
    /// </summary>
    private static bool TellsBlastOrFireOnly(Cue e) =>
        e.As<EventCue>() is { WeaponName: false, Suicide: false } c
        && ((c.EventType == "bombing" && c.Weapons.All(w => w == "explosive")) || (c.EventType == "other" && c.Weapons.Count > 0 && c.Weapons.All(w => w == "fire")));

    /// <summary>The sentence counts someone killed or hurt ("killing three", "two were wounded").</summary>
    private static bool CountsVictims(SentenceFacts f) =>
        f.Casualties.Any(c => c.Value > 0 && c.Kind is CasualtyMention.Killed or CasualtyMention.Injured or CasualtyMention.Shot or CasualtyMention.Stabbed);

    /// <summary>
    /// The sentence says no one meant the harm (background.tsv kind no_foul_play: "police found no sign of foul play"). In an
    /// article that names an accident's cause ("a boiler burst at the laundry"), it outweighs any sign of attackers elsewhere
    /// ("a neighbour said it sounded like a bomb", "officials ruled out terrorism"): its explosions tell no attack.
    /// </summary>
    private bool ClearsFoulPlay(AnnotatedDocument doc, SentenceFacts f) =>
        BackgroundCues(doc, f.Sentence.Span).Any(b => b.As<string>() is "no_foul_play" or "no_attack") || RulesOutAttack(doc, f.Sentence.Span);

    /// <summary>
    /// The headline says the attack it names did not happen at all (background.tsv kind no_attack: a fact-check's "No, there
    /// was no bomb attack at X", "There was no attack on the school, police say"): a frame at the headline's place (or any
    /// frame, when the headline names no place) is no incident, whatever the false claim or the rumour quoted in the body
    /// says ("a caption claims that rebels bombed the market and that over 20 are dead").
    /// </summary>
    private static bool DeniedByHeadline(AnnotatedDocument doc, List<SentenceFacts> facts, Frame frame)
    {
        var title = facts.FirstOrDefault(f => f.IsTitle && BackgroundCues(doc, f.Sentence.Span).Any(b => b.As<string>() == "no_attack"));
        if (title is null) return false;
        var places = title.EventPlaces.Concat(title.OtherPlaces).ToList();
        var denied = places.Count == 0 || places.Any(p => frame.Holds(p.Place));
        if (denied && Trace) Console.Error.WriteLine($"  headline says no attack happened: {frame.Place.Name}");
        return denied;
    }

    /// <summary>
    /// A sentence of the frame that names the frame's place says no attack happened there (background.tsv kind not_here: a
    /// brief that clears up a rumour, "police say no bomb went off in X; the wounded of the Y blast were only treated in
    /// X's hospital"), and no sentence of the frame tells an attack in strong words with the
    /// frame's place as its scene: the place is only where the victims of another attack were taken, no incident.
    /// </summary>
    private static bool DeniedAtPlace(AnnotatedDocument doc, Frame frame)
    {
        var denial = frame.Sentences.FirstOrDefault(f => !f.IsBackground && f.EventPlaces.Concat(f.OtherPlaces).Any(p => frame.Holds(p.Place))
                                                         && BackgroundCues(doc, f.Sentence.Span).Any(b => b.As<string>() == "not_here"));
        if (denial is null) return false;
        if (frame.Sentences.Any(f => !f.IsBackground && f.Events.Any(e => e.As<EventCue>() is { Weak: false }) && f.EventPlaces.Any(p => frame.Holds(p.Place)))) return false;
        if (Trace) Console.Error.WriteLine($"  said no attack happened there: {frame.Place.Name}");
        return true;
    }

    /// <summary>
    /// The span rules out a meant harm in other words than background.tsv's: a verb before "out" (function_words.tsv kind
    /// rule_out_verb: "ruled out", "ruling out") with a word of a meant harm (kind rule_out_object: "sabotage", "a deliberate
    /// attack", "any criminal act") at most <see cref="RuleOutReach"/> words after it in its clause ("ruling out the theory of
    /// a deliberate attack"); not when a word before it keeps the possibility open (kind negation or rule_out_doubt: "has not
    /// ruled out sabotage", "refused to rule out an attack", "without ruling out"), nor when the words between name only a
    /// motive (kind rule_out_motive: "ruled out a terrorist motive" for a shooting that stays an attack).
    /// </summary>
    private bool RulesOutAttack(AnnotatedDocument doc, TextSpan span)
    {
        var words = doc.Words;
        for (var w = doc.WordAt(span.Start); w >= 0 && w + 1 < words.Count && words[w].Start < span.End; w++)
        {
            if (!_ruleOutVerbs.Contains(words[w].Key) || words[w + 1].Key != "out") continue;
            var doubted = false;
            for (var b = w - 1; b >= 0 && w - b <= RuleOutDoubtReach && words[b].Start >= span.Start; b--)
                if (_negations.Contains(words[b].Key) || _ruleOutDoubts.Contains(words[b].Key)) doubted = true;
            if (doubted) continue;
            for (var o = w + 2; o < words.Count && o - w - 1 <= RuleOutReach && words[o].Start < span.End; o++)
            {
                var key = words[o].Key;
                if (key is "," or ";" or ":" or "." or "(" or ")" || _ruleOutMotives.Contains(key)) break;
                if (_ruleOutObjects.Contains(key)) return true;
            }
        }
        return false;
    }

    /// <summary>How many words after "ruled out" its object may stand: "ruling out the theory of a deliberate attack".</summary>
    private const int RuleOutReach = 7;

    /// <summary>How many words before "ruled out" a doubt may stand: "have not yet ruled out", "refused to rule out".</summary>
    private const int RuleOutDoubtReach = 3;
}
