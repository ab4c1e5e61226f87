using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;
using Sitrep.Linking;

namespace Sitrep.Extraction;

// IncidentExtractor, part: drills (see IncidentExtractor.cs for the whole pipeline).
public sealed partial class IncidentExtractor
{
    /// <summary>Most words between a drill setting word and its drill word: "during a joint counter-terrorism exercise".</summary>
    private const int MaxDrillSettingGap = 5;

    /// <summary>
    /// An exercise stages the attack and the victims its sentence tells ("the drill simulated a bomb on a train", "volunteers
    /// played 30 injured", background.tsv kinds drill and staged): such a sentence tells no attack nor victims. When one that
    /// is no background tells an attack or a victim, the drill is its article's subject and no sentence of it tells one ("The
    /// "injured" were taken to hospital"), unless another sentence with no drill word counts victims of an attack, or a
    /// sentence makes the drill the time of a real attack ("a gunman opened fire during the exercise, killing two";
    /// function_words.tsv kind drill_setting), which it still tells. A drill sentence that denies a link ("the drill had
    /// nothing to do with the attack", claims.tsv kind denied) sets the drill apart from a real attack: the article is no
    /// drill article, and only its drill sentences tell nothing.
    /// </summary>
    private List<SentenceFacts> WithoutDrills(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var staged = facts.Select(f => StagesDrill(doc, f.Sentence.Span)).ToList();
        if (!staged.Contains(true)) return facts;
        var drillArticle = facts.Where((f, i) => staged[i] && !f.IsBackground && TellsAttackOrVictim(f)).Any()
                           && !facts.Any(f => CountsVictimsOfAttack(f) && !doc.CuesIn(f.Sentence.Span, CueKind.Background).Any(IsDrillWord))
                           && !facts.Where((f, i) => staged[i] && f.Claims.Any(c => c.As<string>() == "denied")).Any();
        var result = new List<SentenceFacts>(facts.Count);
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            var real = !staged[i] && (!drillArticle || SetsInDrill(doc, f.Sentence.Span));
            if (real || !TellsAttackOrVictim(f)) { result.Add(f); continue; }
            if (Trace) Console.Error.WriteLine($"  drill: sentence {f.Sentence.Index} tells no attack");
            result.Add(f with { Events = [], Casualties = [] });
        }
        return result;
    }

    /// <summary>The fewest distinct match words (function_words.tsv kind match_word) that make an article a match report.</summary>
    private const int MinMatchWords = 3;

    /// <summary>
    /// A match report ("the visitors were massacred", "fired a low shot", "killed off the game", "bombed forward") uses the
    /// words of attacks for play: an article with at least <see cref="MinMatchWords"/> distinct words of a match
    /// ("goalkeeper", "equaliser", "half-time", "hat-trick") tells no attack and no victim, unless one of its sentences
    /// counts victims of an attack ("a grenade thrown at the stand during the match injured six fans"), when it is the news.
    /// </summary>
    private List<SentenceFacts> WithoutMatchReport(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in doc.Words)
            if (_matchWords.Contains(word.Key)) seen.Add(word.Key);
        if (seen.Count < MinMatchWords || facts.Any(CountsVictimsOfAttack)) return facts;
        if (Trace) Console.Error.WriteLine($"  match report ({string.Join(", ", seen.Order())}): no sentence tells an attack");
        return facts.Select(f => TellsAttackOrVictim(f) ? f with { Events = [], Casualties = [] } : f).ToList();
    }

    /// <summary>The fewest distinct fiction words (function_words.tsv kind fiction_word) that make an article a review of fiction.</summary>
    private const int MinFictionWords = 4;

    /// <summary>
    /// A review or a summary of a film, a series or a novel tells the attacks and deaths of its plot ("in the pilot a bomb
    /// kills eleven passengers"): an article with at least <see cref="MinFictionWords"/> distinct words of fiction and its
    /// screening ("thriller", "subplot", "premiere", "viewers") tells no attack and no victim, unless one of its sentences
    /// counts victims of an attack and gives their day or who counted them ("an actor was shot dead outside his home on
    /// Sunday", "six were hurt when a grenade hit a cinema, police said"): a plot has neither, a real attack has.
    /// </summary>
    private List<SentenceFacts> WithoutFiction(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in doc.Words)
            if (_fictionWords.Contains(word.Key)) seen.Add(word.Key);
        if (seen.Count < MinFictionWords || facts.Any(f => CountsVictimsOfAttack(f) && (f.Dates.Count > 0 || f.Source is not null))) return facts;
        if (Trace) Console.Error.WriteLine($"  fiction ({string.Join(", ", seen.Order())}): no sentence tells an attack");
        return facts.Select(f => TellsAttackOrVictim(f) ? f with { Events = [], Casualties = [] } : f).ToList();
    }

    private static bool IsDrillWord(Cue cue) => cue.As<string>() is "drill" or "staged";

    private static bool TellsAttackOrVictim(SentenceFacts f) => f.Events.Count > 0 || f.Casualties.Count > 0;

    private static bool CountsVictimsOfAttack(SentenceFacts f) =>
        !f.IsBackground && f.HasStrongEvent
        && f.Casualties.Any(c => c.Value > 0 && c.Kind is CasualtyMention.Killed or CasualtyMention.Injured or CasualtyMention.Shot or CasualtyMention.Stabbed);

    /// <summary>
    /// The span stages what it tells: a staged word ("a mock explosion"), or a drill word that is no setting ("the exercise
    /// simulated", not "during the exercise") and no other sense ("the exercise of power", "urged to exercise restraint").
    /// </summary>
    private bool StagesDrill(AnnotatedDocument doc, TextSpan span) =>
        doc.CuesIn(span, CueKind.Background).Any(c => c.As<string>() == "staged"
                                                       || (c.As<string>() == "drill" && DrillNoun(doc, c) && !InDrillSetting(doc, span, c)));

    /// <summary>The span makes a drill the time of what it tells: "during the drill", "amid a joint exercise".</summary>
    private bool SetsInDrill(AnnotatedDocument doc, TextSpan span) =>
        doc.CuesIn(span, CueKind.Background).Any(c => c.As<string>() == "drill" && DrillNoun(doc, c) && InDrillSetting(doc, span, c));

    /// <summary>The drill word names an exercise: not before "of" ("the exercise of power"), nor a verb after "to".</summary>
    private static bool DrillNoun(AnnotatedDocument doc, Cue cue) =>
        !(cue.LastWord + 1 < doc.Words.Count && doc.Words[cue.LastWord + 1].Key == "of")
        && !(cue.FirstWord > 0 && doc.Words[cue.FirstWord - 1].Key == "to");

    /// <summary>A drill setting word stands a few words before the drill word in its clause: "during a training exercise".</summary>
    private bool InDrillSetting(AnnotatedDocument doc, TextSpan span, Cue cue)
    {
        for (var w = cue.FirstWord - 1; w >= 0 && w >= cue.FirstWord - 1 - MaxDrillSettingGap && doc.Words[w].Start >= span.Start; w--)
        {
            if (_drillSettings.Contains(doc.Words[w].Key)) return true;
            if (doc.Words[w].Key is "," or ";" or ":" or "." or "(" or ")") return false;
        }
        return false;
    }

    private bool ShowsAttackers(AnnotatedDocument doc, SentenceFacts f, bool signWords = true)
    {
        // a weak word of a weapon or a fight ("rockets", "gun", "clashes") is one too; a weak word of explosives, of harm or
        // of a blow by no weapon named ("dynamite", "mine", "killed", "an earthquake struck") is not
        // a denied attack word shows no one: "it was an accident, not an attack"
        if (f.Events.Any(e => !Negated(doc, e) && e.As<EventCue>() is { } c && !c.Vehicle && !c.Blast
                              && (!c.Weak || c.Assault || c.EventType == "battle" || (c.Weapons.Count > 0 && c.EventType is not ("bombing" or "other"))))) return true;
        if (f.Claims.Any(c => c.As<string>() is "claimed" or "unclaimed")) return true;
        if (f.Actors.Any(a => a.As<Actor>().Type is not ("state" or "other"))) return true;
        return signWords && (HasWordOf(doc, f.Sentence.Span, _attackSigns) || ConcealsDevice(doc, f.Sentence.Span));
    }

    /// <summary>Most words between a device noun and its verb of hiding (a comma between them counts none).</summary>
    private const int MaxConcealingGap = 3;

    /// <summary>
    /// A charge hidden in or disguised as an ordinary object is a bomb, whatever the object: "the device, hidden in a
    /// cooking-gas cylinder, exploded", "explosives concealed in a propane tank went off", "someone had packed a charge into a
    /// gas canister". A noun of a device or its filling (function_words.tsv kind made_noun: "device", "explosives", "charge")
    /// and a verb of hiding (kind conceal_verb: "hidden", "concealed", "packed", "disguised") a few words apart in one
    /// sentence (no semicolon or colon between) say someone set it, as "planted" does: beside an accident word it is still
    /// an attack; a gas cylinder that exploded with no device named stays an accident, and so do cylinders packed into a lorry.
    /// </summary>
    private bool ConcealsDevice(AnnotatedDocument doc, TextSpan span)
    {
        var first = doc.WordAt(span.Start);
        for (var w = first; w < doc.Words.Count && doc.Words[w].Start < span.End; w++)
        {
            if (!_madeNouns.Contains(doc.Words[w].Key)) continue;
            foreach (var step in new[] { 1, -1 })
            {
                var gap = 0;
                for (var v = w + step; v >= first && v < doc.Words.Count && doc.Words[v].Start < span.End; v += step)
                {
                    var key = doc.Words[v].Key;
                    if (key is "." or ";" or ":" or "!" or "?") break;
                    if (key is "," or "(" or ")" or "-" or "—" or "–") continue;
                    if (_concealVerbs.Contains(key)) return true;
                    if (++gap > MaxConcealingGap) break;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// Weapons found, seized or handed in ("troops seized an arms cache", "bombs were discovered", background.tsv kind find)
    /// were not used: when no sentence of an article that tells a find tells harm (an act of attack such as "bombing" or
    /// "opened fire", something exploded, a victim, an assault, a claim) or says a weapon was set to go off
    /// (function_words.tsv kind set_weapon: "planted"), its weapons' names (events.tsv flag weapon) tell no attack, in
    /// any sentence ("They destroyed 23 IEDs"). Beside an attack, a find is left to tell what it tells.
    /// </summary>
    private List<SentenceFacts> WithoutFinds(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        if (!facts.Any(f => BackgroundCues(doc, f.Sentence.Span).Any(b => b.As<string>() == "find")) || facts.Any(f => TellsHarm(doc, f))) return facts;
        var result = new List<SentenceFacts>(facts.Count);
        foreach (var f in facts)
        {
            if (!f.Events.Any(Named)) { result.Add(f); continue; }
            if (Trace) Console.Error.WriteLine($"  find: sentence {f.Sentence.Index} tells no attack");
            result.Add(f with { Events = f.Events.Where(e => !Named(e)).ToList() });
        }
        return result;

        static bool Named(Cue e) => e.As<EventCue>().WeaponName;
    }

    /// <summary>
    /// A bomb or shell left over from a war long past (background.tsv kind relic: "a Second World War bomb", "a wartime
    /// shell"), named beside it in one sentence, is the subject of its article: a find, an evacuation, its destruction by
    /// experts ("the bomb was detonated at noon behind sandbags"). When no sentence of the article counts anyone killed or
    /// hurt, tells a claim, names an armed group or says a weapon was set to go off (function_words.tsv kind set_weapon:
    /// "planted"), and every attack word of its news is a word of explosives or a weapon's
    /// name (no shooting, no assault; the air raids of that war, dated years ago, are history; a weak word that tells no
    /// assault, as "struck" for a plough that hit the shell, tells no attack without a victim), its explosives and
    /// explosions tell no attack, in any sentence. A word for an assault is no bar when the article says plainly that no
    /// one meant harm (background.tsv kinds no_foul_play, no_attack: "some feared an attack ... this was not a terrorist
    /// attack"): the attack it names is the rumour it clears.
    /// </summary>
    private List<SentenceFacts> WithoutRelics(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        if (!facts.Any(f => f.Events.Any(e => e.As<EventCue>().WeaponName && RelicBeside(doc, f, e)))) return facts;
        var cleared = facts.Any(f => ClearsFoulPlay(doc, f));
        if (facts.Any(f => f.Casualties.Any(c => c.Value is > 0 || c.Qualifier == Qualifiers.Dozens) || f.CountsDeadAndHurt
                           || f.Claims.Any(c => c.As<string>() is "claimed" or "unclaimed")
                           || f.Actors.Any(a => a.As<Actor>().Type is not ("state" or "other")) || HasWordOf(doc, f.Sentence.Span, _setWeapon)
                           || !cleared && !f.IsBackground && !DatedYearsAgo(doc, f) && f.Events.Any(e => !Negated(doc, e) && e.As<EventCue>() is { WeaponName: false } c && (c.Assault || !c.Weak && c.EventType is not ("bombing" or "other"))))) return facts;
        var result = new List<SentenceFacts>(facts.Count);
        foreach (var f in facts)
        {
            if (f.Events.Count == 0) { result.Add(f); continue; }
            if (Trace) Console.Error.WriteLine($"  relic: sentence {f.Sentence.Index} tells no attack");
            result.Add(f with { Events = [] });
        }
        return result;
    }

    /// <summary>The sentence gives a date of a year before the last: history ("the air raids of 1942").</summary>
    private static bool DatedYearsAgo(AnnotatedDocument doc, SentenceFacts f) =>
        doc.Published is { } published && f.Dates.Any(d => d.Date.Year < published.Year - 1);

    /// <summary>Most words between a word of a war long past and the weapon's name it qualifies (<see cref="RelicBeside"/>).</summary>
    private const int MaxRelicGap = 3;

    /// <summary>
    /// Most words between the weapon's name and a word of a war long past after it, all of them link and filler words
    /// (<see cref="RelicBeside"/>): "a rusty bomb thought to be of the First World War".
    /// </summary>
    private const int MaxRelicLinkGap = 5;

    /// <summary>
    /// A word of a war long past (background.tsv kind relic, capitalised or not) qualifies the weapon's name: a few words
    /// before it ("a Second World War bomb", "a wartime aerial bomb") or after it, joined by a link word (function_words.tsv
    /// kinds relic_link, relic_filler: "from", "of") ("a bomb from
    /// the First World War", "shells dating from World War II", "a rusty bomb thought to be of the First World War"); not a memorial a bomb went off at ("a bomb at the Second
    /// World War memorial").
    /// </summary>
    private bool RelicBeside(AnnotatedDocument doc, SentenceFacts f, Cue weapon) =>
        doc.CuesIn(f.Sentence.Span, CueKind.Background).Any(b => b.As<string>() == "relic"
                                                              && (b.LastWord < weapon.FirstWord && weapon.FirstWord - b.LastWord - 1 <= MaxRelicGap
                                                                  || b.FirstWord > weapon.LastWord && b.FirstWord - weapon.LastWord - 1 <= MaxRelicLinkGap
                                                                     && Enumerable.Range(weapon.LastWord + 1, b.FirstWord - weapon.LastWord - 1).Select(w => doc.Words[w].Key) is var between
                                                                     && between.Any(_relicLinks.Contains) && between.All(k => _relicLinks.Contains(k) || _relicFillers.Contains(k))));

    /// <summary>
    /// A sentence that names a weapon only by its name and tells its find (background.tsv kind find: "a grenade was found
    /// under a bench in March"), with no harm told beside it (<see cref="TellsHarm"/>): the weapon was not used, and the
    /// sentence tells no past attack of its own, whatever the page's own attack (<see cref="WithPastAttacks"/>).
    /// </summary>
    private bool TellsFindOnly(AnnotatedDocument doc, SentenceFacts f) =>
        f.Events.Count > 0 && f.Events.All(e => e.As<EventCue>().WeaponName)
        && BackgroundCues(doc, f.Sentence.Span).Any(b => b.As<string>() == "find") && !TellsHarm(doc, f);

    private bool TellsHarm(AnnotatedDocument doc, SentenceFacts f)
    {
        if (f.Events.Any(e => e.As<EventCue>() is { Blast: true } or { Assault: true } or { Weak: false, Vehicle: false, WeaponName: false })) return true;
        if (f.Casualties.Any(c => c.Value is > 0 || c.Qualifier == Qualifiers.Dozens)) return true;
        if (f.Claims.Any(c => c.As<string>() is "claimed" or "unclaimed")) return true;
        return HasWordOf(doc, f.Sentence.Span, _setWeapon);
    }
}
