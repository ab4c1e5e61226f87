using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;
using Sitrep.Linking;

namespace Sitrep.Extraction;

// IncidentExtractor, part: responsibility (see IncidentExtractor.cs for the whole pipeline).
public sealed partial class IncidentExtractor
{
    private static readonly string[] Rank = ["claimed", "attributed", "suspected", "denied"];

    /// <summary>
    /// What the article says of who did it. <paramref name="ByAccused"/>: a denial by the accused group that the article
    /// never names ("the group accused by the minister denies everything"), kept on the report with no perpetrator so that
    /// linking may give it to the group another report blames (<see cref="AccusedDenier"/>).
    /// </summary>
    private sealed record Claim(Actor? Actor, string Responsibility, Evidence? ActorEvidence, Evidence? ClaimEvidence, bool ByAccused = false, int SignedIn = -1);

    /// <summary>
    /// The claim's sentence belongs only to other frames, all in another country than <paramref name="frame"/>'s and
    /// far from it (<see cref="AbroadKilometres"/>): the claim was told of another attack abroad. A frame across a
    /// border nearby (rockets on a border town blamed on a group in the town facing it) still shares the claim.
    /// </summary>
    private static bool ToldAbroad(AnnotatedDocument doc, List<Frame> frames, Frame frame, Claim? claim)
    {
        if (claim?.ClaimEvidence is not { } told) return false;
        bool Tells(Frame f) => f.Sentences.Any(s => doc.Document.ToOriginal(s.Sentence.Span) is var o && o.Start < told.End && told.Start < o.End);
        if (Tells(frame)) return false;
        var owners = frames.Where(Tells).ToList();
        return owners.Count > 0 && owners.All(f => f.Place.CountryCode != frame.Place.CountryCode
            && Geo.Kilometres(f.Place.Latitude, f.Place.Longitude, frame.Place.Latitude, frame.Place.Longitude) > AbroadKilometres);
    }

    /// <summary>
    /// The claim's sentence, no headline, belongs only to other frames of the article than <paramref name="frame"/>, each
    /// on another day and at least <see cref="OtherRowKilometres"/> from it: a brief or a round-up that tells several
    /// attacks of a week one after another blames the group in the item of one of them ("Police suspect the X gang" under
    /// Saturday's shooting in one town), and the attacks of its other items, other days in other towns, are no one's the
    /// article names. Attacks of one night keep the claim: a group's communiqué listing its night's actions, or bombs in
    /// two cities the same night with one group's pamphlets at one of them. A wave's members share the claim
    /// instead (the caller leaves them out). A claim told in a sentence whose only scene is a region holding the frame's
    /// town speaks of every attack of that region, whatever their days.
    /// </summary>
    private static bool ToldOfAnotherRow(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames, Frame frame, Claim? claim)
    {
        if (claim?.ClaimEvidence is not { } told || frames.Count < 2) return false;
        bool IsTold(SentenceFacts s) => doc.Document.ToOriginal(s.Sentence.Span) is var o && o.Start < told.End && told.Start < o.End;
        if (facts.Any(s => s.IsTitle && IsTold(s))) return false;
        // a claim told in a sentence whose only scene is a region holding the frame's town ("the group whose leaflets were
        // found at the masts burned across X county denies it") speaks of every attack of that region
        if (facts.Any(s => IsTold(s) && RegionOnly(s) && Scenes(s).Any(p => frame.Holds(p.Place)))) return false;
        bool Tells(Frame f) => f.Sentences.Any(IsTold);
        if (Tells(frame)) return false;
        var owners = frames.Where(Tells).ToList();
        return owners.Count > 0 && owners.All(f => f.Place.GeonameId != frame.Place.GeonameId && OnAnotherDay(f, frame)
            && Geo.Kilometres(f.Place.Latitude, f.Place.Longitude, frame.Place.Latitude, frame.Place.Longitude) > OtherRowKilometres);
    }

    /// <summary>
    /// The claim was told in a table's row (<see cref="SentenceFacts.RowStart"/>: its claim column or a note in its last
    /// cell) and <paramref name="frame"/> is told by another row of a table and not by that one: each row is an attack of
    /// its own, and one row's claim or blame is no other row's.
    /// </summary>
    private static bool ToldInAnotherTableRow(AnnotatedDocument doc, List<SentenceFacts> facts, Frame frame, Claim? claim)
    {
        if (claim?.ClaimEvidence is not { } told) return false;
        bool IsTold(SentenceFacts s) => doc.Document.ToOriginal(s.Sentence.Span) is var o && o.Start < told.End && told.Start < o.End;
        var rows = facts.Where(s => s.RowStart >= 0 && IsTold(s)).Select(s => s.RowStart).ToHashSet();
        if (rows.Count == 0) return false;
        var own = frame.Sentences.Where(s => s.RowStart >= 0).Select(s => s.RowStart).ToHashSet();
        return own.Count > 0 && !own.Overlaps(rows);
    }

    /// <summary>Both frames have a day, and not the same one.</summary>
    private static bool OnAnotherDay(Frame a, Frame b) => a.Date is { } x && b.Date is { } y && x.Value != y.Value;

    /// <summary>How far, at least, another item's attack is from the one a claim was told of to be no part of it.</summary>
    private const double OtherRowKilometres = 10;

    /// <summary>How far, at least, an attack in another country is from the one a claim was told of to be no part of it.</summary>
    private const double AbroadKilometres = 500;

    /// <summary>
    /// The claim of a whole wave: a sentence of the article's news whose claim phrase names every attack of the series
    /// (claims.tsv column series: "the Front claimed both attacks", "the group claimed the two blessed operations"). It
    /// is each member's claim, whichever member's sentences it was told among. Null when no such phrase has an actor.
    /// </summary>
    private Claim? SeriesClaim(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var told = facts.Where(f => !f.IsBackground && f.Claims.Any(c => NamesSeries(doc, c))).ToList();
        return told.Count == 0 ? null : Responsibility(doc, told, articleWide: false) is { Actor: not null } claim ? claim : null;
    }

    /// <summary>
    /// The claim cue is one of the phrases that name every attack of a series (claims.tsv column series), or a group's own
    /// claim (kind claimed, no "by" at its end) whose clause goes on within <see cref="SeriesObjectReach"/> words to a count
    /// of the whole series and a plural noun for attacks (function_words.tsv kinds series_count, series_noun; one describing
    /// word may stand between): "said its fighters had carried out both attacks", "the group said its men were behind the
    /// two raids", "a statement saying that its cells staged all the bombings".
    /// </summary>
    private bool NamesSeries(AnnotatedDocument doc, Cue claim)
    {
        if (_lexicons.SeriesClaims.MatchAt(doc.Words, claim.FirstWord) is { } m && m.Last == claim.LastWord) return true;
        if (claim.As<string>() != "claimed" || doc.Words[claim.LastWord].Key == "by") return false;
        var words = doc.Words;
        var end = Math.Min(words.Count, claim.LastWord + 1 + SeriesObjectReach);
        for (var w = claim.LastWord + 1; w < end; w++)
        {
            var key = words[w].Key;
            if (key is "." or ";" or "?" or "!" || (key == "," && w > claim.LastWord + 1)) return false;
            if (!_seriesCounts.Contains(key)) continue;
            var noun = w + 1;
            if (noun < words.Count && words[noun].Key == "the") noun++;
            if (noun < words.Count && _seriesCounts.Contains(words[noun].Key) && words[noun].Key != "both") noun++;
            if (noun < words.Count && _seriesNouns.Contains(words[noun].Key)) return true;
            if (noun + 1 < words.Count && words[noun].Key.All(char.IsLetter) && _seriesNouns.Contains(words[noun + 1].Key)) return true;
        }
        return false;
    }

    /// <summary>How many words after a group's own claim its count of the whole series may stand: "said its fighters had carried out both attacks".</summary>
    private const int SeriesObjectReach = 8;

    /// <summary>The claim cue is one of the phrases that hold only with the group named in their sentence (claims.tsv column named).</summary>
    private bool NamesItsGroup(AnnotatedDocument doc, Cue claim) =>
        _lexicons.NamedClaims.MatchAt(doc.Words, claim.FirstWord) is { } m && m.Last == claim.LastWord;

    /// <summary>A sentence of the frame, not background, says no one has claimed the attack (claims.tsv kind unclaimed).</summary>
    private static bool SaysUnclaimed(Frame frame) =>
        frame.Sentences.Any(s => !s.IsBackground && s.Claims.Any(c => c.As<string>() == "unclaimed"));

    /// <summary>
    /// The first claim that names an actor, else the first at all; when another of the claims is that same actor's own
    /// claim, the actor claimed it: "the attack bore the hallmarks of the Front" in the attack's sentences and "the Front
    /// said its fighters struck" elsewhere in the article is the Front's claim, not a suspicion. Likewise, when no claim
    /// of it is its own but another says the same actor denied, the blame told among the attack's sentences was answered
    /// elsewhere in the article (a headline's "gang denies involvement" over the police's suspicion in the body).
    /// </summary>
    private static Claim? Prefer(params Claim?[] claims)
    {
        var chosen = claims.FirstOrDefault(c => c is not null && c.Actor is not null) ?? claims.FirstOrDefault(c => c is not null);
        if (chosen is not { Actor: { } actor } || chosen.Responsibility is "claimed" or "denied") return chosen;
        if (claims.FirstOrDefault(c => c is { Responsibility: "claimed" } && c.Actor?.Canonical == actor.Canonical) is { } own)
            return chosen with { Responsibility = "claimed", ClaimEvidence = own.ClaimEvidence };
        return chosen.Responsibility is "attributed" or "suspected"
               && claims.FirstOrDefault(c => c is { Responsibility: "denied" } && c.Actor?.Canonical == actor.Canonical) is { } answer
            ? chosen with { Responsibility = "denied", ClaimEvidence = answer.ClaimEvidence }
            : chosen;
    }

    private Claim? Responsibility(AnnotatedDocument doc, IEnumerable<SentenceFacts> sentences, bool articleWide)
    {
        var list = sentences.ToList();
        var mainActor = list.SelectMany(s => s.Actors).Select(a => a.As<Actor>()).Where(a => a.Type != "state")
            .GroupBy(a => a.Canonical).OrderByDescending(g => g.Count()).Select(g => g.First()).FirstOrDefault();
        Claim? best = null;
        foreach (var s in list)
        {
            foreach (var claim in s.Claims)
            {
                var kind = claim.As<string>();
                var actorCue = s.Actors.OrderBy(a => Math.Abs(a.Start - claim.Start)).FirstOrDefault();
                // "positions of the army were the target of attacks carried out by gunmen": a cue ending in "by" names its
                // agent after it; an actor before it is the attack's object or the speaker, never its author
                var doerAfter = claim.LastWord < doc.Words.Count && doc.Words[claim.LastWord].Key == "by";
                if (doerAfter) actorCue = s.Actors.Where(a => a.Start >= claim.End).MinBy(a => a.Start);
                // "the border troops blamed the other side": an active verb of blame names the accused after it; the
                // actor before it is the accuser
                else if (BlamesActively(doc, s, claim))
                {
                    var listed = s.Actors.Where(a => a.Start >= claim.End).MinBy(a => a.Start);
                    actorCue = GenericForces(doc, s, claim.LastWord + 1) ?? NamedMembersAt(doc, s, claim.LastWord + 1)
                               ?? (AccusedState(doc, s, claim.LastWord + 1) is { } state && (listed is null || state.Start < listed.Start) ? state : listed);
                    if (actorCue is null && QuotedAccused(doc, claim)) continue;
                    // "the group denied any part in it and accused the police of lying": the denier turns the blame back on
                    // its accuser, who is never the attack's perpetrator
                    if (s.Claims.Any(c => c.As<string>() == "denied" && c.End <= claim.Start)) continue;
                }
                // "the army attributed the strike to the X Front", "police pinned the ambush on Y": a blame of several words
                // that ends in the word before its accused (function_words.tsv accused_opener) names the actor after it; the
                // actor before it is the accuser
                else if (kind is "attributed" or "suspected" && claim.LastWord > claim.FirstWord && _accusedOpenerWords.Contains(doc.Words[claim.LastWord].Key)
                         && s.Actors.Where(a => a.Start >= claim.End).MinBy(a => a.Start) is { } accused)
                    actorCue = accused;
                // a blame that ends in its accused's article ("police said it was the X Front") names the group right after
                // it, or no one: "officials said it was the first attack on the town"
                if (doc.Words[claim.LastWord].Key == "the" && actorCue?.FirstWord != claim.LastWord + 1) continue;
                // a trace left at the scene ("a flag of the X Front was found at the scene") points at the group it names; a
                // text the group signed ("a note at the scene was signed by the X Front") is its own word, a claim
                if (kind is "trace" or "signature")
                {
                    actorCue = s.Actors.Where(a => a.As<Actor>().Type != "state").OrderBy(a => Math.Abs(a.Start - claim.Start)).FirstOrDefault();
                    if (actorCue is null) continue;
                    kind = kind == "trace" ? "suspected" : "claimed";
                }
                // "a channel in the name of X said it had torched the depot": a claim that says "it" for the group is one only
                // when the sentence names the group (claims.tsv named); elsewhere "it" may be the fire or the hospital
                if (actorCue is null && NamesItsGroup(doc, claim)) continue;
                // "the group denied that one of its members set off the bomb": what the group denies is its denial
                if (kind == "claimed" && DenialVerbBefore(doc, s, claim) is not null) kind = "denied";
                // "the group said that its members \"have never used violence\"": a group's own word of its men, negated, denies
                if (kind == "claimed" && NegatedAfter(doc, s, claim)) kind = "denied";
                if (!Rank.Contains(kind) || (kind == "denied" && (Negated(doc, claim) || SaysCasesUnrelated(doc, claim)))) continue;
                if (kind == "claimed" && (MediumOfDenial(doc, s, claim) || ClaimsOnlyAFight(doc, claim))) continue;
                // "the group has never claimed an attack inside a town", "the Front, which has claimed attacks in the past",
                // "a gang known for claiming its killings": a negated or habitual claim is no claim of this attack
                if (kind == "claimed" && (NegatedClaim(doc, s, claim) || HabitualClaim(doc, s, claim))) continue;
                if (kind == "attributed" && Hedged(doc, s, claim)) kind = "suspected";
                // "police did not say who they believed was behind it": a blame with no one named, in a sentence that
                // says no one is named, is part of the question
                if (actorCue is null && s.Claims.Any(c => c.As<string>() == "unclaimed")) continue;
                // "Group A, a faction of Group B, claimed": the claim's subject is A, not the group of the aside
                if (actorCue is not null && !doerAfter && s.Actors.LastOrDefault(a => a.End < actorCue.Start && Aside(doc.Text, a, actorCue, claim)) is { } head) actorCue = head;
                // "the governor attributed the attack to armed herders", "officials blamed herders for the raids": no group
                // named, but the people others blame, described by what they are
                if (actorCue is null && kind is "attributed" or "suspected") actorCue = DescribedGroupAfter(doc, s, claim);
                // a claim in a table's row ("Claimed" column, a note in the row's last cell) names the group of its row only:
                // one another sentence of the row names, never the article's main group, which may be another row's
                if (actorCue is null && s.RowStart >= 0)
                    actorCue = list.Where(o => o.RowStart == s.RowStart && o != s).SelectMany(o => o.Actors).FirstOrDefault(a => a.As<Actor>().Type != "state");
                // "the junta's spokesman denied any air operation": a state's forces named without their country deny as their subject
                if (actorCue is null && kind == "denied") actorCue = GenericForcesBefore(doc, s, claim);
                // a cue that names its doer after it names no one else when no actor follows it ("the killing was carried
                // out by two ranchers"): not the article's main group
                var actor = actorCue?.As<Actor>() ?? (doerAfter && kind is "attributed" or "suspected" || s.RowStart >= 0 ? null : mainActor);
                // "a little-known faction said its fighters carried out both attacks": a group's own claim that does not name
                // it is the claim of the one armed group the article names in another sentence (in its own, the name
                // describes the claimant: "an al-Qaeda-linked group said it was behind the attack")
                if (actor is null && kind == "claimed" && !doerAfter && s.RowStart < 0 && SoleArmedGroup(doc) is { } sole
                    && !doc.CuesIn(s.Sentence.Span, CueKind.Actor).Any(a => a.As<Actor>().Canonical == sole.As<Actor>().Canonical))
                    (actor, actorCue) = (sole.As<Actor>(), sole);
                var candidate = new Claim(actor, kind,
                    actorCue is null ? null : doc.Document.Evidence("perpetrator", actorCue.Span),
                    doc.Document.Evidence("responsibility", s.Sentence.Span),
                    SignedIn: claim.As<string>() == "signature" ? s.Sentence.Index : -1);
                // a stronger word that names no one never hides a weaker one that names the group
                if (best is null || (Array.IndexOf(Rank, kind) < Array.IndexOf(Rank, best.Responsibility) && (actor is not null || best.Actor is null)) || (best.Actor is null && actor is not null))
                    best = candidate;
            }
            // "\"Our fighters stormed the post,\" said a spokesman for the Front": the group's own words, quoted
            if (best is not { Responsibility: "claimed", Actor: not null } && QuotedOwnAttack(doc, s, NextOf(list, s)) is { } spokenFor)
                best = Said(doc, s, spokenFor, "claimed");
            // "officials held the River Front responsible": the actor between a verb of holding and "responsible"
            if (best is null || Array.IndexOf(Rank, best.Responsibility) > Array.IndexOf(Rank, "attributed") || best.Actor is null)
                if (s.Actors.FirstOrDefault(a => HeldResponsible(doc, a)) is { } held)
                    best = Said(doc, s, held, "attributed");
            // a headline's own short claim: the group right before "claims" ("Taliban claim deadly Kabul attack")
            if (s.IsTitle && (best is null || best.Responsibility != "claimed")
                && s.Actors.FirstOrDefault(a => a.LastWord + 1 < doc.Words.Count && _headlineClaims.Contains(doc.Words[a.LastWord + 1].Key)) is { } claimant)
                best = Said(doc, s, claimant, "claimed");
            // a state force is the perpetrator when it does the attack ("air strikes by Russian jets", "Guatemalan
            // troops killed nine peasants"), but not when it kills the attacker ("the gunman was shot dead by Iraqi police")
            // nor when its deed falls on the attackers ("soldiers killed three of the attackers", "troops neutralised two
            // assailants"): forces that kill, repel or arrest the attackers answered the attack
            bool StateMayAct(Cue actor) => actor.As<Actor>().Type != "state" ||
                (!s.Casualties.Any(c => c.Kind == CasualtyMention.PerpetratorKilled)
                 && !doc.Words.Skip(doc.WordAt(s.Sentence.Start)).TakeWhile(w => w.End <= actor.Start).Any(w => PersonNouns.Default.IsPerpetrator(w.Key))
                 && !ActsOnAttackers(doc, s, actor));
            // "blasts by ISIS", "nine were killed by Guatemalan troops": an attack attributed to an actor in the same breath
            if (best is null && (s.HasStrongEvent || s.Casualties.Any(c => c.Value > 0)))
            {
                foreach (var actorCue in s.Actors)
                {
                    if (ByActor(doc, actorCue) && StateMayAct(actorCue))
                    {
                        best = Said(doc, s, actorCue, "attributed");
                        break;
                    }
                }
            }
            // "the River Front bombed the depot", "members of the River Front [RF] attacked": the actor as the attack's subject
            if (best is null && s.Events.Count > 0)
            {
                foreach (var actorCue in s.Actors.Where(StateMayAct))
                {
                    if (!ActsInAttack(doc, s, actorCue)) continue;
                    // "the Y border service said X soldiers opened fire first": Y's side fired in answer, and is the one
                    // the day's fire is put down to; X is only Y's counter-accusation
                    if (StruckFirst(doc, s, actorCue))
                    {
                        if (s.Actors.LastOrDefault(a => a.End <= actorCue.Start && a.As<Actor>().Canonical != actorCue.As<Actor>().Canonical) is not { } answerer) continue;
                        best = Said(doc, s, answerer, "attributed");
                        break;
                    }
                    best = Said(doc, s, actorCue, "attributed");
                    break;
                }
            }
            // "an Israeli air strike", "a Russian drone": a strike told with its state's adjective is that state's forces'
            if (best is null && StrikeOfState(doc, s) is { } strike) best = strike;
            // "the army shelled the village", "security forces opened fire": the country's own forces as the attack's subject
            if (best is null && s.Events.Count > 0 && GenericForcesAsSubject(doc, s) is { } forces && StateMayAct(forces))
                best = Said(doc, s, forces, "attributed");
        }
        // no group named anywhere, but the accused's denial: "the group accused by the minister denies everything"
        if (best?.Actor is null && UnnamedAccusedDenial(doc, list) is { } unnamed) return unnamed;
        return Answered(doc, list, best);
    }

    /// <summary>
    /// A denial (<see cref="Denial"/>) in a sentence that names no actor, by the accused described as such
    /// (<see cref="AccusedDenier"/>): a responsibility "denied" with no perpetrator, which linking gives to the group
    /// another report of the attack blames.
    /// </summary>
    private Claim? UnnamedAccusedDenial(AnnotatedDocument doc, List<SentenceFacts> sentences)
    {
        foreach (var s in sentences.Where(s => s.Actors.Count == 0))
            foreach (var denial in s.Claims.Select(c => Denial(doc, s, c)).OfType<Cue>())
                if (AccusedDenier(doc, s, denial))
                    return new Claim(null, "denied", null, doc.Document.Evidence("responsibility", s.Sentence.Span), ByAccused: true);
        return null;
    }

    /// <summary>
    /// The subject of the denial, within <see cref="AccusedDenierReach"/> words before it in its clause, is a noun for the
    /// group (function_words.tsv kind denier_pronoun) marked as the accused by a word of kind accused_marker: right
    /// after "the" before the noun ("the accused gang denies") or right after the noun, before "by", "of" or "for" ("the
    /// group accused by the minister denies everything", "the network blamed for the raid rejects the accusation"). A
    /// pronoun ("it", "he") is no such noun: "he accused" is a speaker's verb. Or the subject, asides included, holds one
    /// who speaks for the group ("a voice note from the gang leader rejects the accusation").
    /// </summary>
    private bool AccusedDenier(AnnotatedDocument doc, SentenceFacts s, Cue denial)
    {
        var words = doc.Words;
        for (int w = denial.FirstWord - 1, steps = 0; w >= 0 && words[w].Start >= s.Sentence.Start && steps < AccusedDenierReach; w--, steps++)
        {
            var key = words[w].Key;
            if (key is "," or ";" or ":" || _denialBreaks.Contains(key) || _speechVerbs.Contains(key)) break;
            if (!_denierPronouns.Contains(key) || w == 0) continue;
            if (_accusedMarkers.Contains(words[w - 1].Key) && w >= 2 && words[w - 2].Key == "the") return true;
            if (w + 2 < denial.FirstWord && _accusedMarkers.Contains(words[w + 1].Key) && words[w + 2].Key is "by" or "of" or "for") return true;
        }
        // the denial comes from one who speaks for the group the article has been telling of, anywhere in the subject
        // before it, asides included: "a voice note, said to be from the gang leader, rejects the accusation", "a letter
        // signed by the militia's commander denied any role" ("the", a noun for the group or its possessive, a word of kind
        // speaker_role)
        for (var w = doc.WordAt(s.Sentence.Start); w + 2 < denial.FirstWord; w++)
            if (words[w].Key == "the" && (_denierPronouns.Contains(words[w + 1].Key) || OwnerNoun(words[w + 1].Key))
                && _speakerRoles.Contains(words[w + 2].Key)) return true;
        // or it comes from a text the group put out, named by its noun: "a banner signed with the gang's name denied any
        // part", "a note posted by the militia rejects the accusation" (function_words.tsv kind release_verb, then "by" or
        // "with" and "the" before the noun or its possessive)
        for (var w = doc.WordAt(s.Sentence.Start); w + 3 < denial.FirstWord; w++)
            if (_releaseVerbs.Contains(words[w].Key) && words[w + 1].Key is "by" or "with" && words[w + 2].Key == "the"
                && (_denierPronouns.Contains(words[w + 3].Key) || OwnerNoun(words[w + 3].Key))) return true;
        return false;
    }

    /// <summary>How many words before a denial its accused subject may stand: "the gang blamed by police for the bombing denies".</summary>
    private const int AccusedDenierReach = 9;

    /// <summary>
    /// Background sentences right after one of the frame's own, in its paragraph, whose claim and actor come before a
    /// relative clause that alone makes them background (its date, its count of past attacks): "Residents suspect X
    /// fighters, who have kidnapped six leaders this year"; "a banner was signed by the X Front, a group that has burned
    /// machinery over the past year". The claim is about the frame's attack; the clause only describes the group.
    /// </summary>
    private IEnumerable<SentenceFacts> AsideClaims(AnnotatedDocument doc, List<SentenceFacts> facts, Frame frame)
    {
        var own = frame.Sentences.Select(f => f.Sentence.Index).ToHashSet();
        for (var i = 1; i < facts.Count; i++)
        {
            var (before, f) = (facts[i - 1], facts[i]);
            if (!f.IsBackground || f.Claims.Count == 0 || own.Contains(f.Sentence.Index) || !own.Contains(before.Sentence.Index)) continue;
            if (before.Sentence.Paragraph == f.Sentence.Paragraph && ClaimBeforeAside(doc, f)) yield return f;
        }
    }

    /// <summary>
    /// The sentence's claims and an actor stand before a clause boundary (a comma, "and", or a relative word:
    /// "who", "which", "that", function_words.tsv kind relative_word) after which come all its dates and background
    /// cues: "investigators suspected X, a gang ..., and that the officers had seized its cargo earlier in the week".
    /// A date before the boundary may stay when it is the day of the story's attack or the day after, never a
    /// "since", and the sentence tells only a group's own claim (<paramref name="story"/>: "on Monday night a group said
    /// it had carried out the raid and threatened more": the threat alone makes the sentence background, the claim is
    /// the attack's; others' blame or charges told with the day stay background: "the accused bomber pleaded not guilty
    /// on Thursday to charges that he ...").
    /// </summary>
    private bool ClaimBeforeAside(AnnotatedDocument doc, SentenceFacts f, DateMention? story = null)
    {
        var words = doc.Words;
        var claim = f.Claims[0];
        for (var w = claim.LastWord + 1; w < words.Count && words[w].Start < f.Sentence.End; w++)
        {
            if (!_relativeWords.Contains(words[w].Key) && words[w].Key is not ("that" or "," or "and")) continue;
            var opener = words[w].Start;
            if (!f.Actors.Any(a => a.End <= opener) && !f.Claims.Any(c => DescribedGroupAfter(doc, f, c) is { } group && group.End <= opener)) continue;
            return f.Dates.All(d => d.Start >= opener || (ClaimDayOfStory(d, story) && f.Claims.All(c => c.As<string>() == "claimed")))
                   && f.Claims.All(c => c.End <= opener)
                   && BackgroundCues(doc, f.Sentence.Span).All(b => b.Start >= opener);
        }
        return false;
    }

    /// <summary>A day, no "since", that is the story's attack's day or the day after it: a claim told with it is told of that attack.</summary>
    private static bool ClaimDayOfStory(DateMention date, DateMention? story) =>
        story is { Precision: "day" } && date is { Precision: "day", Since: false } && date.Date.DayNumber - story.Date.DayNumber is >= 0 and <= 1;

    /// <summary>
    /// A word of belief or likelihood (function_words.tsv kind hedge_word) stands shortly before a cue of others' blame,
    /// in its clause: "we believe this is the work of the Front", "officials think the Front was behind it" only
    /// suspect the Front (claims.tsv suspected), however firmly "the work of" or "was behind" would name it alone.
    /// </summary>
    private bool Hedged(AnnotatedDocument doc, SentenceFacts s, Cue claim)
    {
        var words = doc.Words;
        for (int w = claim.FirstWord - 1, steps = 0; w >= 0 && words[w].Start >= s.Sentence.Start && steps < HedgeReach; w--, steps++)
        {
            if (words[w].Key is "," or ";" or ":") return false;
            if (_hedgeWords.Contains(words[w].Key)) return true;
        }
        return false;
    }

    /// <summary>How many words before a cue of blame a word of belief may stand: "we believe this is the work of".</summary>
    private const int HedgeReach = 6;

    /// <summary>
    /// A text the actor issued is named within three words after its name, bracketed words aside (function_words.tsv kind
    /// communique_noun): "the Front [FR] issued a communiqué", "the Front's statement", "the FMLN document".
    /// </summary>
    private bool IssuesText(AnnotatedDocument doc, Cue actor)
    {
        var words = doc.Words;
        var sentenceEnd = doc.SentenceAt(actor.Start).End;
        var bracket = 0;
        var seen = 0;
        for (var w = actor.LastWord + 1; w < words.Count && words[w].Start < sentenceEnd && seen < 4; w++)
        {
            var key = words[w].Key;
            if (key is "[" or "(") { bracket++; continue; }
            if (key is "]" or ")") { bracket = Math.Max(0, bracket - 1); continue; }
            if (bracket > 0 || key == "'s") continue;
            if (_communiqueNouns.Contains(key)) return true;
            seen++;
        }
        return false;
    }

    /// <summary>
    /// An earlier attack the article recalls (a frame of <see cref="WithPastAttacks"/>, which the article's own claim
    /// does not reach): the article names one armed group only, and a sentence of the frame has its people do the
    /// attack in words for them, without the name ("GUERRILLAS ATTACKED THE MINISTER'S HOME 5 DAYS AGO", "rebels had
    /// burned the depot": a noun of function_words.tsv kind actor_member that persons.tsv gives as an attacker, right
    /// before the attack word or a "have" of the perfect before it). Those people are the article's group, attributed.
    /// Never a state's forces, and never when a sentence of the frame says no one claimed it ("No group has said it did
    /// that"): the article keeps its group apart from that attack. (The day's own attacks share the article's claim instead.)
    /// </summary>
    private Claim? ArticleGroupAsAttackers(AnnotatedDocument doc, List<SentenceFacts> facts, Frame frame)
    {
        if (frame.Sentences.Any(s => s.Claims.Any(c => c.As<string>() == "unclaimed"))) return null;
        var groups = facts.SelectMany(f => f.Actors).Where(a => ArmedGroupTypes.Contains(a.As<Actor>().Type))
            .GroupBy(a => a.As<Actor>().Canonical).ToList();
        if (groups.Count != 1) return null;
        var words = doc.Words;
        foreach (var s in frame.Sentences)
            foreach (var e in s.Events)
            {
                var w = e.FirstWord - 1;
                while (w >= 0 && words[w].Start >= s.Sentence.Start && (_newsAuxiliaries.Contains(words[w].Key) || _earlierAuxiliaries.Contains(words[w].Key))) w--;
                if (w < 0 || words[w].Start < s.Sentence.Start) continue;
                var key = words[w].Key;
                if (!_actorMembers.Contains(key) || !PersonNouns.Default.IsAttacker(key)) continue;
                var named = groups[0].First();
                return new Claim(named.As<Actor>(), "attributed", doc.Document.Evidence("perpetrator", named.Span),
                    doc.Document.Evidence("responsibility", s.Sentence.Span));
            }
        return null;
    }

    /// <summary>
    /// The first mention of the one armed group (<see cref="ArmedGroupTypes"/>) the article names, in any sentence; null
    /// when it names none or several.
    /// </summary>
    private static Cue? SoleArmedGroup(AnnotatedDocument doc)
    {
        var groups = doc.CuesIn(new TextSpan(0, doc.Text.Length), CueKind.Actor).Where(a => ArmedGroupTypes.Contains(a.As<Actor>().Type))
            .GroupBy(a => a.As<Actor>().Canonical).ToList();
        return groups.Count == 1 ? groups[0].First() : null;
    }

    /// <summary>The types of actors.tsv that are armed groups (not a state's forces, not a party or other body).</summary>
    private static readonly HashSet<string> ArmedGroupTypes = ["jihadist", "insurgent", "separatist", "militia", "criminal"];

    /// <summary>
    /// An armed group's communiqué reproduced in the article tells the attack in its own words: a sentence of the frame,
    /// not background, speaks of "our" fighters (function_words.tsv kind own_force: "a clash with our units", "our
    /// fighters carried out"), and the article is the group's text (<see cref="IssuerOfText"/>). The issuer claimed the
    /// attack. A sentence in which they only met an attack (kind defence_verb: "our units repelled an assault", a national
    /// army's statement) claims none, nor do a police release's "our units".
    /// </summary>
    private Claim? OwnForcesClaim(AnnotatedDocument doc, List<SentenceFacts> facts, Frame frame)
    {
        if (IssuerOfText(doc, facts) is not { } issuer) return null;
        var words = doc.Words;
        foreach (var s in frame.Sentences.Where(f => !f.IsBackground))
        {
            var first = doc.WordAt(s.Sentence.Start);
            var ours = false;
            var defends = false;
            for (var w = first; w < words.Count && words[w].Start < s.Sentence.End; w++)
            {
                if (words[w].Key == "our" && w + 1 < words.Count && _ownForces.Contains(words[w + 1].Key)) ours = true;
                if (_defenceVerbs.Contains(words[w].Key)) defends = true;
            }
            if (!ours || defends) continue;
            return new Claim(issuer.Actor, "claimed", doc.Document.Evidence("perpetrator", issuer.Span),
                doc.Document.Evidence("responsibility", s.Sentence.Span));
        }
        return null;
    }

    /// <summary>
    /// The armed group whose text the article is: the group whose own outlet issued it (<see cref="OutletVoice"/>), else
    /// the article names an armed group as the issuer of a text (function_words.tsv kind communique_noun a few words after
    /// its name: "the Front issued a communiqué", "the Front's document adds") and no state force; of several issuers,
    /// the one named most often, and none on a tie.
    /// </summary>
    private (Actor Actor, TextSpan Span)? IssuerOfText(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        if (OutletVoice(doc) is { } voice) return voice;
        var actors = facts.SelectMany(f => f.Actors).ToList();
        if (actors.Any(a => a.As<Actor>().Type == "state")) return null;
        var issuers = actors.Where(a => ArmedGroupTypes.Contains(a.As<Actor>().Type) && IssuesText(doc, a)).Select(a => a.As<Actor>().Canonical).ToHashSet();
        var groups = actors.Where(a => issuers.Contains(a.As<Actor>().Canonical)).GroupBy(a => a.As<Actor>().Canonical)
            .OrderByDescending(g => g.Count()).ToList();
        if (groups.Count == 0 || (groups.Count > 1 && groups[1].Count() == groups[0].Count())) return null;
        var named = groups[0].First();
        return (named.As<Actor>(), named.Span);
    }

    /// <summary>The sentences at an article's head where a wire credit in brackets may stand: a headline, then the dateline.</summary>
    private const int CreditSentences = 2;

    /// <summary>
    /// The armed group whose own outlet issued the article: the credit in brackets at its head names a source that speaks
    /// for the group (outlets.tsv: "CLANDESTINE, 3 MAY 90 (RADIO LIBERTAD) -- ..." from a rebel front's radio). The whole
    /// text is then the group's, whatever forces it names.
    /// </summary>
    private (Actor Actor, TextSpan Span)? OutletVoice(AnnotatedDocument doc)
    {
        foreach (var s in doc.Sentences.Take(CreditSentences))
            foreach (var cue in doc.CuesIn(s.Span, CueKind.Source).Where(c => Credit(doc.Text, c)))
                if (_lexicons.OutletGroups.TryGetValue(cue.As<string>(), out var group)) return (group, cue.Span);
        return null;
    }

    /// <summary>
    /// An accusation the accused answers with a denial, and nobody claims: "the minister blamed the Front ... The Front
    /// denied any involvement" is responsibility denied, the accused still the perpetrator (claims.tsv kind denied). The
    /// denial may come from another armed group named for the accused one ("blamed the PKK ... the SDF denied"), never
    /// from a state force answering for a group.
    /// </summary>
    private Claim? Answered(AnnotatedDocument doc, List<SentenceFacts> sentences, Claim? best)
    {
        if (best is { Responsibility: "claimed", SignedIn: >= 0 } && SignedTextDenies(doc, sentences, best) is { } denies) return denies;
        if (best is not { Responsibility: "attributed" or "suspected", Actor: { } accused }) return best;
        foreach (var s in sentences)
            foreach (var denial in s.Claims.Select(c => Denial(doc, s, c)).OfType<Cue>())
            {
                if (s.Actors.OrderBy(a => Math.Abs(a.Start - denial.Start)).FirstOrDefault()?.As<Actor>() is not { } denier)
                {
                    if (!PronounAnswersAccusation(doc, s, denial, best) && !StateAnswersAccusation(doc, s, denial, accused)) continue;
                    return best with { Responsibility = "denied", ClaimEvidence = doc.Document.Evidence("responsibility", s.Sentence.Span) };
                }
                if (denier.Canonical == accused.Canonical || (denier.Type != "state" && accused.Type != "state"))
                    return best with { Responsibility = "denied", ClaimEvidence = doc.Document.Evidence("responsibility", s.Sentence.Span) };
            }
        return best;
    }

    /// <summary>
    /// A claim read from a text the group signed (claims.tsv signature) whose words deny the attack: a denial (<see
    /// cref="Denial"/>) in the signature's sentence or the next one that names no other actor ("two banners signed by the X
    /// cartel appeared on a bridge. The banners denied any part in the killing", "a note signed by the X Front, which
    /// rejects any role"). The group put its name to a denial, not to a claim: the claim becomes the group's denial.
    /// </summary>
    private Claim? SignedTextDenies(AnnotatedDocument doc, List<SentenceFacts> sentences, Claim signed)
    {
        foreach (var s in sentences.Where(s => s.Sentence.Index - signed.SignedIn is 0 or 1))
            foreach (var denial in s.Claims.Select(c => Denial(doc, s, c)).OfType<Cue>())
                if (s.Actors.All(a => a.As<Actor>().Canonical == signed.Actor?.Canonical || a.Start > denial.Start))
                    return signed with { Responsibility = "denied", ClaimEvidence = doc.Document.Evidence("responsibility", s.Sentence.Span) };
        return null;
    }

    /// <summary>
    /// The cue as a denial, or null: a cue of denial (claims.tsv denied) that no negation undoes, or a claim cue told inside a
    /// denial (<see cref="DenialVerbBefore"/>), then from the verb of denial on: "Boko Haram denied that one of its
    /// fighters carried out the shooting" denies from "denied".
    /// </summary>
    private Cue? Denial(AnnotatedDocument doc, SentenceFacts s, Cue cue)
    {
        var kind = cue.As<string>();
        if (kind == "denied") return Negated(doc, cue) || SaysCasesUnrelated(doc, cue) ? null : cue;
        if (kind != "claimed" || DenialVerbBefore(doc, s, cue) is not { } verb) return null;
        return cue with { Start = doc.Words[verb].Start, FirstWord = verb };
    }

    /// <summary>
    /// The words of denial run on into words that say attacks are unrelated to one another (waves.tsv kind unrelated,
    /// starting inside the cue and ending after it): "the prefect told reporters both fires have nothing to do with each
    /// other" tells two attacks apart, no group denying its part.
    /// </summary>
    private static bool SaysCasesUnrelated(AnnotatedDocument doc, Cue denial) =>
        doc.CuesIn(new TextSpan(denial.Start, doc.SentenceAt(denial.Start).End), CueKind.Wave)
            .Any(w => w.As<string>() == "unrelated" && w.Start > denial.Start && w.Start < denial.End && w.End > denial.End);

    /// <summary>
    /// A claim cue told inside a denial: a verb of denial (function_words.tsv kind denial_verb) that no negation undoes
    /// stands before it within <see cref="DenialReach"/> words of its clause (no "but" or semicolon between, kind
    /// denial_break): "the group denied that one of its members set off the bomb", "rejected claims that its fighters
    /// were involved", "denied, in a statement on Tuesday, that its commandos attacked". What a group denies is no claim.
    /// Returns the verb's word.
    /// </summary>
    private int? DenialVerbBefore(AnnotatedDocument doc, SentenceFacts s, Cue claim)
    {
        var words = doc.Words;
        // a claim that opens on its own verb of speech is a statement of its own: "rejected the deal, said its fighters ..."
        if (_speechVerbs.Contains(words[claim.FirstWord].Key)) return null;
        for (int w = claim.FirstWord - 1, steps = 0; w >= 0 && words[w].Start >= s.Sentence.Start && steps < DenialReach; w--, steps++)
        {
            // a word that ends the denial's clause, or a new verb of speech: "denied the blast but said its fighters ..."
            if (_denialBreaks.Contains(words[w].Key) || _speechVerbs.Contains(words[w].Key)) return null;
            if (!_denialVerbs.Contains(words[w].Key)) continue;
            for (var n = w - 1; n >= 0 && w - n <= NegationReach && words[n].Start >= s.Sentence.Start; n--)
                if (_negations.Contains(words[n].Key)) return null;
            return w;
        }
        return null;
    }

    /// <summary>How many words before a claim cue a verb of denial may stand: "denied, in a statement on Tuesday, that its commandos".</summary>
    private const int DenialReach = 10;

    /// <summary>
    /// A group's own words quoted in the sentence tell the attack as its own, and the sentence gives them to one who speaks
    /// for an armed group it names (<see cref="SpokenForGroup"/>). Inside quotation marks: "our" and a word for its
    /// fighters (function_words.tsv kind own_force) or "we", then within <see cref="OwnActionReach"/> words an attack word
    /// or a verb that carries one (kind attack_support), with no negation and no "be" between: "our fighters stormed the
    /// post", "we have attacked the barracks", "our fighters carried out this operation". A quote that only meets an attack
    /// (kind defence_verb: "our fighters repelled the attackers") claims nothing, nor does "we were attacked". When the
    /// quote runs on into the next sentence, the speaker may be named there ("\"Our fighters planted it. We will strike
    /// again,\" said a spokesman for the Front").
    /// </summary>
    private Cue? QuotedOwnAttack(AnnotatedDocument doc, SentenceFacts s, SentenceFacts? next)
    {
        if (!QuoteTellsOwnAttack(doc, s)) return null;
        return SpokenForGroup(doc, s) ?? (next is null ? null : SpokenForGroup(doc, next));
    }

    /// <summary>Inside the sentence's quotation marks, "our" fighters or "we" do an attack (<see cref="QuotedOwnAttack"/>).</summary>
    private bool QuoteTellsOwnAttack(AnnotatedDocument doc, SentenceFacts s)
    {
        var words = doc.Words;
        var quoted = false;
        var ours = false;
        for (var w = doc.WordAt(s.Sentence.Start); w < words.Count && words[w].Start < s.Sentence.End; w++)
        {
            var key = words[w].Key;
            if (key == "\u201c") { quoted = true; continue; }
            if (key == "\u201d") { quoted = false; continue; }
            if (key == "\"") { quoted = !quoted; continue; }
            if (!quoted) continue;
            if (_defenceVerbs.Contains(key)) return false;
            if (key == "our" && w + 1 < words.Count && _ownForces.Contains(words[w + 1].Key) && OwnActionAfter(doc, s, w + 1)) ours = true;
            if (key == "we" && OwnActionAfter(doc, s, w)) ours = true;
        }
        return ours;
    }

    /// <summary>An attack word or a verb that carries one follows word <paramref name="w"/> within <see cref="OwnActionReach"/> words, no negation and no "be" between.</summary>
    private bool OwnActionAfter(AnnotatedDocument doc, SentenceFacts s, int w)
    {
        var words = doc.Words;
        for (var n = w + 1; n < words.Count && n - w <= OwnActionReach && words[n].Start < s.Sentence.End; n++)
        {
            var key = words[n].Key;
            if (_negations.Contains(key) || _beAuxiliaries.Contains(key)) return false;
            if (_attackSupport.Contains(key) || s.Events.Any(e => e.FirstWord == n)) return true;
        }
        return false;
    }

    /// <summary>How many words after "our fighters" or "we" the attack may come: "we have attacked", "our fighters carried".</summary>
    private const int OwnActionReach = 2;

    /// <summary>
    /// An armed group the sentence names with a speaker's role (function_words.tsv kind speaker_role) right before it,
    /// through "for" or "of" ("a spokesman for the Front", "the commander of the Front"), or right after it, maybe through
    /// a possessive ("a Front spokesman", "the Front's spokesman").
    /// </summary>
    private Cue? SpokenForGroup(AnnotatedDocument doc, SentenceFacts s)
    {
        var words = doc.Words;
        foreach (var actor in s.Actors.Where(a => ArmedGroupTypes.Contains(a.As<Actor>().Type)))
        {
            var w = actor.FirstWord - 1;
            if (w >= 0 && words[w].Key == "the") w--;
            if (w >= 1 && words[w].Key is "for" or "of" && _speakerRoles.Contains(words[w - 1].Key)) return actor;
            var after = actor.LastWord + 1;
            if (after < words.Count && words[after].Key == "'s") after++;
            if (after < words.Count && words[after].Start < s.Sentence.End && _speakerRoles.Contains(words[after].Key)) return actor;
        }
        return null;
    }

    /// <summary>The sentence right after <paramref name="s"/> in the list, when the list holds it.</summary>
    private static SentenceFacts? NextOf(List<SentenceFacts> list, SentenceFacts s)
    {
        var i = list.IndexOf(s);
        return i >= 0 && i + 1 < list.Count && list[i + 1].Sentence.Index == s.Sentence.Index + 1 ? list[i + 1] : null;
    }

    /// <summary>
    /// A claim cue that is no verb (function_words.tsv kind claim_non_verb: "on its Telegram channel", "in a statement")
    /// in a sentence that denies (claims.tsv denied, not negated) only tells where the denial was posted: "in a message
    /// on its Telegram channel, the group rejected the accusation" claims nothing.
    /// </summary>
    private bool MediumOfDenial(AnnotatedDocument doc, SentenceFacts s, Cue claim) =>
        _claimNonVerbs.Contains(doc.Words[claim.FirstWord].Key)
        && s.Claims.Any(c => c.As<string>() == "denied" && !Negated(doc, c));

    /// <summary>
    /// A speaker's own claim ("said its troops", a cue opening with a speech verb) goes on to say only that they fought
    /// a side (function_words.tsv kind combat_verb within <see cref="CombatReach"/> words): "the army said its troops had
    /// been fighting the Hill Militia near the river" claims no attack, and the side it names is no claimant.
    /// </summary>
    private bool ClaimsOnlyAFight(AnnotatedDocument doc, Cue claim)
    {
        if (!_speechVerbs.Contains(doc.Words[claim.FirstWord].Key)) return false;
        for (var w = claim.LastWord + 1; w < doc.Words.Count && w - claim.LastWord <= CombatReach; w++)
            if (_combatVerbs.Contains(doc.Words[w].Key)) return true;
        return false;
    }

    /// <summary>How many words after "said its troops" the verb of fighting may stand: "had been fighting".</summary>
    private const int CombatReach = 3;

    /// <summary>
    /// A word of negation (function_words.tsv kind negation) stands within <see cref="NegationReach"/> words before the
    /// cue: "the capital has not denied that its forces fired" denies nothing.
    /// </summary>
    private bool Negated(AnnotatedDocument doc, Cue cue)
    {
        for (var w = cue.FirstWord - 1; w >= 0 && cue.FirstWord - w <= NegationReach; w--)
            if (_negations.Contains(doc.Words[w].Key)) return true;
        return false;
    }

    /// <summary>
    /// A word of negation (function_words.tsv kind verb_negation) stands within <see cref="NegationAfterReach"/> words after a
    /// group's own word of its men (claims.tsv claimed, "that its members"), in the same sentence: "said that its members
    /// had not taken part", "that its fighters \"have never used violence\"" tells a denial, not a claim.
    /// </summary>
    private bool NegatedAfter(AnnotatedDocument doc, SentenceFacts s, Cue cue)
    {
        for (var w = cue.LastWord + 1; w < doc.Words.Count && doc.Words[w].Start < s.Sentence.End && w - cue.LastWord <= NegationAfterReach; w++)
            if (_verbNegations.Contains(doc.Words[w].Key)) return true;
        return false;
    }

    /// <summary>
    /// A word of negation (function_words.tsv kind negation) stands within <see cref="NegationReach"/> words before a
    /// claim cue, in its sentence, with no verb of denial between ("has never before claimed", "has not owned up to"); a
    /// negated denial ("did not deny that its fighters") is no negated claim.
    /// </summary>
    private bool NegatedClaim(AnnotatedDocument doc, SentenceFacts s, Cue cue)
    {
        for (var w = cue.FirstWord - 1; w >= 0 && cue.FirstWord - w <= NegationReach && doc.Words[w].Start >= s.Sentence.Start; w--)
        {
            if (_denialVerbs.Contains(doc.Words[w].Key)) return false;
            if (_negations.Contains(doc.Words[w].Key)) return true;
        }
        return false;
    }

    /// <summary>
    /// A word or phrase of function_words.tsv kind habitual_claim stands within <see cref="HabitBeforeReach"/> words before the
    /// claim cue or <see cref="HabitAfterReach"/> after it, in its sentence: "the Front has previously claimed attacks", "which has claimed similar
    /// attacks in the past", "a group known for claiming", "has often claimed": the cue tells the group's habit, not
    /// a claim of the attack. A phrase is written with spaces ("in the past"); the words of the cue itself are passed over.
    /// </summary>
    private bool HabitualClaim(AnnotatedDocument doc, SentenceFacts s, Cue cue)
    {
        var words = doc.Words;
        var from = cue.FirstWord - HabitBeforeReach;
        var to = cue.LastWord + HabitAfterReach;
        for (var w = Math.Max(0, from); w <= to && w < words.Count; w++)
        {
            if (words[w].Start < s.Sentence.Start || words[w].End > s.Sentence.End) continue;
            if (w >= cue.FirstWord && w <= cue.LastWord) continue;
            if (_habitualClaims.Any(phrase => PhraseAt(doc, w, phrase, s.Sentence.End))) return true;
        }
        return false;
    }

    /// <summary>The words from <paramref name="w"/> on are the phrase (its words split at spaces), all ending by <paramref name="end"/>.</summary>
    private static bool PhraseAt(AnnotatedDocument doc, int w, string[] phrase, int end)
    {
        if (w + phrase.Length > doc.Words.Count) return false;
        for (var k = 0; k < phrase.Length; k++)
            if (doc.Words[w + k].Key != phrase[k] || doc.Words[w + k].End > end) return false;
        return true;
    }

    /// <summary>How many words before a claim cue its word of habit may stand: "is known for claiming", "has previously claimed".</summary>
    private const int HabitBeforeReach = 3;

    /// <summary>How many words after a claim cue its word of habit may start: "claimed responsibility for similar attacks in the past".</summary>
    private const int HabitAfterReach = 5;

    /// <summary>How many words after a group's word of its men the negation may stand: "that its members have never", "\"had not".</summary>
    private const int NegationAfterReach = 3;

    /// <summary>How many words before a denial its negation may stand: "has not denied", "has not yet denied".</summary>
    private const int NegationReach = 2;

    /// <summary>
    /// A denial in a sentence that names no actor, spoken by the accused state: the last place named before the denial
    /// is the accused forces' country, by its name, its adjective or its capital ("Ruritania's foreign ministry rejected
    /// the accusation", "Ruritanian officials denied any involvement", "Zenda has denied any role" for Zenda the capital).
    /// A state answers for its own forces.
    /// </summary>
    private bool StateAnswersAccusation(AnnotatedDocument doc, SentenceFacts s, Cue denial, Actor accused)
    {
        if (accused.Type != "state") return false;
        var speaker = doc.PlacesIn(new TextSpan(s.Sentence.Start, denial.Start)).LastOrDefault();
        if (speaker is null || !(speaker.Place.Kind == PlaceKind.Country || speaker.Place.FeatureCode == CapitalFeature)) return false;
        return StateOf(speaker)?.Canonical == accused.Canonical;
    }

    /// <summary>The GeoNames feature code of a country's capital.</summary>
    private const string CapitalFeature = "PPLC";

    /// <summary>
    /// The state a place speaks for: its country's forces (state_forces.tsv); without a row, a demonym's forces as
    /// written ("Ruritanian forces") or a country's own name; null for any other place of a country without a row.
    /// </summary>
    private Actor? StateOf(PlaceMention place)
    {
        if (_lexicons.StateForces.TryGetValue(place.Place.CountryCode, out var forces)) return new Actor(forces, "state");
        if (place.IsDemonym && place.Place.Kind == PlaceKind.Country) return ForcesOf(place);
        return place.Place.Kind == PlaceKind.Country ? new Actor(place.Place.Name, "state") : null;
    }

    /// <summary>
    /// A state named as the accused right after an active verb of blame, from word <paramref name="w"/>: its forces by the
    /// country's adjective (<see cref="DemonymForces"/>: "blamed the Ruritanian army", "the Ruritanian special services"),
    /// or the country itself by name ("Zenda blames Ruritania": Ruritania's forces, <see cref="StateOf"/>).
    /// </summary>
    private Cue? AccusedState(AnnotatedDocument doc, SentenceFacts s, int w)
    {
        if (DemonymForces(doc, s, w) is { } forces) return forces;
        var words = doc.Words;
        if (w < 0 || w >= words.Count || words[w].Start < s.Sentence.Start) return null;
        var first = w;
        if (words[w].Key == "the") w++;
        if (w >= words.Count) return null;
        var country = doc.PlacesIn(s.Sentence.Span).FirstOrDefault(p => !p.IsDemonym && p.Place.Kind == PlaceKind.Country && p.Start == words[w].Start);
        if (country is null || StateOf(country) is not { } state) return null;
        var last = w;
        while (last + 1 < words.Count && words[last + 1].End <= country.End) last++;
        return new Cue(CueKind.Actor, words[first].Start, words[last].End, state, first, last);
    }

    /// <summary>
    /// A denial in a sentence that names no actor, whose subject is a pronoun right before it (function_words.tsv kind
    /// denier_pronoun; maybe an auxiliary and an adverb between, "the movement has flatly denied"; or the noun's possessive
    /// before one who speaks for it, "the group's spokesman denied"), told after an accusation of an armed group (no state force): "The governor blamed Red Hand
    /// militiamen. ... He rejected the accusation." The pronoun speaks for the accused, who answers the blame.
    /// </summary>
    private bool PronounAnswersAccusation(AnnotatedDocument doc, SentenceFacts s, Cue denial, Claim accusation)
    {
        if (accusation.Actor is not { Type: not "state" } || accusation.ClaimEvidence is not { } told) return false;
        if (AccusedDenier(doc, s, denial)) return true;
        // evidence is placed in the original text: the denial's sentence is placed the same way to compare; a headline
        // sums up the body, so its denial answers the blame told below it ("Inn bombing toll rises; gang denies involvement")
        if (told.Document != doc.Document.Id || (!s.IsTitle && told.Start >= doc.Document.Evidence("responsibility", s.Sentence.Span).Start)) return false;
        // an auxiliary or an adverb may stand between the subject and its verb: "The movement has denied any role", "they
        // have flatly rejected the accusation" (function_words.tsv kinds auxiliary, denial_adverb)
        var before = denial.FirstWord - 1;
        for (var skipped = 0; before >= 0 && skipped < DenierGapWords && doc.Words[before].Start >= s.Sentence.Start
             && (_denierAuxiliaries.Contains(doc.Words[before].Key) || _denialAdverbs.Contains(doc.Words[before].Key)); skipped++) before--;
        // one who speaks for the group named by its noun: "the movement's spokesman denied", "the militia's leader rejected
        // the accusation" (function_words.tsv kind speaker_role after the noun's possessive)
        if (before >= 1 && _speakerRoles.Contains(doc.Words[before].Key) && doc.Words[before - 1].Start >= s.Sentence.Start
            && OwnerNoun(doc.Words[before - 1].Key))
            return true;
        return before >= 0 && doc.Words[before].Start >= s.Sentence.Start && _denierPronouns.Contains(doc.Words[before].Key);
    }

    /// <summary>The word is the possessive of a noun for the group (function_words.tsv kind denier_pronoun): "the movement's", "the gang's".</summary>
    private bool OwnerNoun(string key) => key is [.. var owner, '\'', 's'] && _denierPronouns.Contains(owner);

    /// <summary>How many auxiliaries and adverbs may stand between a denier's pronoun and its denial: "it has since strongly denied".</summary>
    private const int DenierGapWords = 3;

    /// <summary>
    /// A person named right after a word for the attacker ("accused bomber Ahmad Roe", "the gunman, John Roe,", persons.tsv
    /// role perpetrator: attributed; "suspect John Roe": suspected) or after a verb of a charge ("prosecutors indicted
    /// John Roe", function_words.tsv kind charge_verb: attributed). A name is two to four capitalised words in mixed-case
    /// text, no place and no armed group; headlines, capitalised throughout, name nobody.
    /// </summary>
    private Claim? NamedAttacker(AnnotatedDocument doc, IEnumerable<SentenceFacts> sentences)
    {
        foreach (var s in sentences.Where(s => !s.IsTitle))
        {
            for (var w = doc.WordAt(s.Sentence.Start); w < doc.Words.Count - 1 && doc.Words[w].End <= s.Sentence.End; w++)
            {
                var key = doc.Words[w].Key;
                var charge = _chargeVerbs.Contains(key);
                if (!charge && !PersonNouns.Default.IsSingularPerpetrator(key)) continue;
                if (PersonName(doc, s, w + 1) is not { } name) continue;
                var actor = new Actor(doc.Text[name.Start..name.End], "individual");
                return new Claim(actor, key == "suspect" ? "suspected" : "attributed", doc.Document.Evidence("perpetrator", name),
                    doc.Document.Evidence("responsibility", s.Sentence.Span));
            }
        }
        return null;
    }

    /// <summary>
    /// A clan or tribe named as the attackers' own: a word for armed men, "of" or "from", maybe "the" and a word of
    /// rivalry, one or two capitalised words and a word for a kin group (function_words.tsv kinds kin_fighter,
    /// kin_modifier, kin_group): "fighters from the rival Mokeba clan" is the actor "Mokeba clan", attributed. A name
    /// that is a place or a catalogued armed group is no clan's.
    /// </summary>
    private Claim? KinGroupAttacker(AnnotatedDocument doc, IEnumerable<SentenceFacts> sentences)
    {
        var words = doc.Words;
        foreach (var s in sentences.Where(s => !s.IsTitle))
        {
            for (var w = doc.WordAt(s.Sentence.Start); w + 3 < words.Count && words[w + 3].End <= s.Sentence.End; w++)
            {
                if (!_kinFighters.Contains(words[w].Key) || words[w + 1].Key is not ("of" or "from")) continue;
                var n = w + 2;
                if (words[n].Key == "the") n++;
                while (n < words.Count && _kinModifiers.Contains(words[n].Key)) n++;
                var first = n;
                while (n < words.Count && n - first < 2 && words[n].End <= s.Sentence.End && !_kinGroups.Contains(words[n].Key) && IsCapitalised(doc.Text.AsSpan(words[n].Start, words[n].End - words[n].Start))) n++;
                if (n == first || n >= words.Count || words[n].End > s.Sentence.End || !_kinGroups.Contains(words[n].Key)) continue;
                var name = new TextSpan(words[first].Start, words[n - 1].End);
                if (doc.PlacesIn(name).Any() || s.Actors.Any(a => a.Start < name.End && a.End > name.Start)) continue;
                var actor = new Actor(doc.Text[name.Start..words[n].End], "militia");
                return new Claim(actor, "attributed", doc.Document.Evidence("perpetrator", new TextSpan(name.Start, words[n].End)),
                    doc.Document.Evidence("responsibility", s.Sentence.Span));
            }
        }
        return null;

        static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length >= 2 && char.IsUpper(word[0]) && word[1..].ContainsAnyInRange('a', 'z');
    }

    /// <summary>
    /// Members of an armed group caught after the attack: a verb of capture (function_words.tsv kind arrest_verb), maybe a
    /// count, a word for the group's people (kind actor_member) and "of" or "from", then the group: "police arrested three
    /// members of the X gang", "our units captured two (2) terrorists of the X" is the group, attributed. A state force
    /// is never the one caught.
    /// </summary>
    private Claim? CaughtMembers(AnnotatedDocument doc, IEnumerable<SentenceFacts> sentences)
    {
        var words = doc.Words;
        foreach (var s in sentences.Where(s => !s.IsTitle))
            foreach (var actor in s.Actors.Where(a => a.As<Actor>().Type != "state"))
            {
                var w = actor.FirstWord - 1;
                if (w >= 0 && words[w].Key == "the") w--;
                if (w < 0 || words[w].Key is not ("of" or "from")) continue;
                w--;
                if (w < 0 || !_actorMembers.Contains(words[w].Key)) continue;
                w--;
                // a count, in words or digits, maybe repeated in brackets: "three (3)"
                while (w >= 0 && words[w].Start >= s.Sentence.Start && (!words[w].Key.Any(char.IsLetter) || doc.NumbersIn(new TextSpan(words[w].Start, words[w].End)).Any())) w--;
                if (w < 0 || words[w].Start < s.Sentence.Start || !_arrestVerbs.Contains(words[w].Key)) continue;
                return Said(doc, s, actor, "attributed");
            }
        return null;
    }

    /// <summary>The span of a person's name starting at word <paramref name="w"/> (after at most a comma), or null.</summary>
    private static TextSpan? PersonName(AnnotatedDocument doc, SentenceFacts s, int w)
    {
        var words = doc.Words;
        if (w < words.Count && words[w].Key == ",") w++;
        if (w == 0 || w >= words.Count || !Gap(doc.Text, words[w - 1].End, words[w].Start)) return null;
        var first = w;
        var end = -1;
        for (; w < words.Count && words[w].End <= s.Sentence.End && w - first < 5; w++)
        {
            if (w > first && !Gap(doc.Text, words[w - 1].End, words[w].Start)) break;
            var text = doc.Text.AsSpan(words[w].Start, words[w].End - words[w].Start);
            var possessive = text.EndsWith("'s") || text.EndsWith("\u2019s");
            if (possessive) text = text[..^2];
            if (!NameWord(text)) break;
            end = words[w].Start + text.Length;
            if (possessive) { w++; break; }
        }
        var count = w - first;
        if (count is < 2 or > 4 || (w < words.Count && words[w].End <= s.Sentence.End && Gap(doc.Text, words[w - 1].End, words[w].Start) && NameWord(doc.Text.AsSpan(words[w].Start, words[w].End - words[w].Start))))
            return null;
        var span = new TextSpan(words[first].Start, end);
        if (doc.PlacesIn(span).Any() || s.Actors.Any(a => a.Start < span.End && a.End > span.Start)) return null;
        return span;

        static bool Gap(string text, int from, int to) => text.AsSpan(from, to - from) is var between && (between is " " || between.IsEmpty);
        static bool NameWord(ReadOnlySpan<char> word)
        {
            if (word.Length < 2 || !char.IsUpper(word[0])) return false;
            var lower = false;
            foreach (var c in word[1..])
            {
                if (char.IsLower(c)) lower = true;
                else if (!char.IsLetter(c) && !Tokenizer.IsInnerJoiner(c)) return false;
            }
            return lower;
        }
    }

    /// <summary>
    /// The claim cue is a lone verb of blame (function_words.tsv kind blame_verb: "blamed", "accuses") used actively:
    /// not after a form of "be" or a comma ("the Front, accused of"), not before "of" or "for" ("was blamed for").
    /// </summary>
    private bool BlamesActively(AnnotatedDocument doc, SentenceFacts s, Cue claim)
    {
        if (claim.FirstWord != claim.LastWord || !_blameVerbs.Contains(doc.Words[claim.FirstWord].Key)) return false;
        var before = claim.FirstWord - 1;
        if (before < 0 || doc.Words[before].Start < s.Sentence.Start || _beAuxiliaries.Contains(doc.Words[before].Key) || doc.Words[before].Key == ",") return false;
        return claim.LastWord + 1 >= doc.Words.Count || doc.Words[claim.LastWord + 1].Key is not ("of" or "for");
    }

    /// <summary>
    /// The accused right after an active verb of blame is written in quotation marks: "she blamed 'land traffickers'"
    /// blames people of the speaker's own words, no armed group of the article.
    /// </summary>
    private static bool QuotedAccused(AnnotatedDocument doc, Cue claim) =>
        claim.LastWord + 1 < doc.Words.Count && doc.Words[claim.LastWord + 1].Key is "\"" or "\u201c" or "'" or "\u2018";

    /// <summary>
    /// Stands for a state's forces named without their country ("the military"); <see cref="OfAttackCountry"/> names the
    /// forces of the attack's country in its place (state_forces.tsv).
    /// </summary>
    private static readonly Actor CountryForces = new("(the country's own forces)", "state");

    /// <summary>
    /// A state's forces named without their country from word <paramref name="w"/>: an optional "the", then "the military",
    /// "the army", "troops", "security forces", "government troops" (function_words.tsv kinds force_noun, force_modifier,
    /// force_head). Returns a cue for <see cref="CountryForces"/>, or null.
    /// </summary>
    private Cue? GenericForces(AnnotatedDocument doc, SentenceFacts s, int w)
    {
        var words = doc.Words;
        if (w < 0 || w >= words.Count || words[w].Start < s.Sentence.Start) return null;
        var first = w;
        if (words[w].Key == "the") w++;
        var modifiers = 0;
        var last = -1;
        for (; w < words.Count && words[w].End <= s.Sentence.End; w++)
        {
            var key = words[w].Key;
            if (_forceNouns.Contains(key) || (_forceHeads.Contains(key) && modifiers > 0)) last = w;
            if (!_forceModifiers.Contains(key)) break;
            modifiers++;
        }
        if (last < 0 || s.Actors.Any(a => a.Start < words[last].End && a.End > words[first].Start)) return null;
        return new Cue(CueKind.Actor, words[first].Start, words[last].End, CountryForces, first, last);
    }

    /// <summary>
    /// The first state's forces named without their country (<see cref="GenericForces"/>) that end before <paramref
    /// name="claim"/> in its sentence: the subject of a denial ("The army's spokesman denied any air strike").
    /// </summary>
    private Cue? GenericForcesBefore(AnnotatedDocument doc, SentenceFacts s, Cue claim)
    {
        for (var w = doc.WordAt(s.Sentence.Start); w >= 0 && w < claim.FirstWord; w++)
        {
            if (GenericForces(doc, s, w) is { } forces && forces.LastWord < claim.FirstWord) return forces;
        }
        return null;
    }

    /// <summary>
    /// A state's forces named by their country's adjective from word <paramref name="w"/>: an optional "the", the
    /// adjective, then the words of <see cref="GenericForces"/> ("the Ruritanian army", "Ruritanian government troops").
    /// Returns a cue for that country's forces (<see cref="ForcesOf"/>), or null.
    /// </summary>
    private Cue? DemonymForces(AnnotatedDocument doc, SentenceFacts s, int w)
    {
        var words = doc.Words;
        if (w < 0 || w >= words.Count || words[w].Start < s.Sentence.Start) return null;
        var first = w;
        if (words[w].Key == "the") w++;
        if (w >= words.Count) return null;
        var start = words[w].Start;
        var state = doc.PlacesIn(s.Sentence.Span).FirstOrDefault(p => p.IsDemonym && p.Place.Kind == PlaceKind.Country && p.Start == start);
        if (state is null) return null;
        while (w < words.Count && words[w].Start < state.End) w++;
        var last = -1;
        for (; w < words.Count && words[w].End <= s.Sentence.End; w++)
        {
            var key = words[w].Key;
            if (_forceNouns.Contains(key) || _forceHeads.Contains(key)) last = w;
            if (!_forceModifiers.Contains(key)) break;
        }
        return last < 0 ? null : new Cue(CueKind.Actor, words[first].Start, words[last].End, ForcesOf(state), first, last);
    }

    /// <summary>
    /// The forces of the country a demonym names: its row of state_forces.tsv, else the adjective as written and "forces"
    /// ("Ruritanian forces").
    /// </summary>
    private Actor ForcesOf(PlaceMention demonym) =>
        new(_lexicons.StateForces.TryGetValue(demonym.Place.CountryCode, out var forces) ? forces : $"{demonym.Surface} forces", "state");

    /// <summary>
    /// A state's forces named without their country as the subject of the sentence's attack, first in the sentence or
    /// in a clause after a comma: "the army shelled the village", "troops opened fire on the crowd".
    /// </summary>
    private Cue? GenericForcesAsSubject(AnnotatedDocument doc, SentenceFacts s)
    {
        for (var w = doc.WordAt(s.Sentence.Start); w < doc.Words.Count && doc.Words[w].End <= s.Sentence.End; w++)
        {
            if (doc.Words[w].Start != s.Sentence.Start && doc.Words[w - 1].Key != ",") continue;
            if (GenericForces(doc, s, w) is { } forces && ActsInAttack(doc, s, forces)) return forces;
        }
        return null;
    }

    /// <summary>
    /// An air strike or a bombardment (events.tsv types air_strike, shelling) written right after a country's adjective
    /// ("an Israeli air strike", "a Russian drone hit"): the forces of that country (state_forces.tsv), attributed.
    /// </summary>
    private Claim? StrikeOfState(AnnotatedDocument doc, SentenceFacts s)
    {
        foreach (var e in s.Events)
        {
            if (e.As<EventCue>().EventType is not ("air_strike" or "shelling")) continue;
            var state = doc.PlacesIn(new TextSpan(Math.Max(s.Sentence.Start, e.Start - 40), e.Start))
                .LastOrDefault(p => p.IsDemonym && p.Place.Kind == PlaceKind.Country && doc.Text.AsSpan(p.End, e.Start - p.End).IsWhiteSpace());
            if (state is null) continue;
            return new Claim(ForcesOf(state), "attributed", doc.Document.Evidence("perpetrator", state.Span),
                doc.Document.Evidence("responsibility", s.Sentence.Span));
        }
        return null;
    }

    /// <summary>
    /// A claim naming a state's forces without their country (<see cref="CountryForces"/>) names the forces of the
    /// attack's country (state_forces.tsv); a country with none leaves the perpetrator unnamed.
    /// </summary>
    private Claim? OfAttackCountry(Claim? claim, string? countryCode)
    {
        if (claim?.Actor != CountryForces) return claim;
        return countryCode is not null && _lexicons.StateForces.TryGetValue(countryCode, out var forces)
            ? claim with { Actor = new Actor(forces, "state") }
            : claim with { Actor = null, ActorEvidence = null };
    }

    /// <summary>The actor of a sentence with a responsibility, and where both were read.</summary>
    private static Claim Said(AnnotatedDocument doc, SentenceFacts s, Cue actor, string responsibility) =>
        new(actor.As<Actor>(), responsibility, doc.Document.Evidence("perpetrator", actor.Span), doc.Document.Evidence("responsibility", s.Sentence.Span));

    /// <summary>A verb of holding right before the actor (past "the") and "responsible" right after it: "held the Front responsible".</summary>
    private bool HeldResponsible(AnnotatedDocument doc, Cue actor)
    {
        var before = actor.FirstWord - 1;
        if (before >= 0 && doc.Words[before].Key == "the") before--;
        return before >= 0 && _holdVerbs.Contains(doc.Words[before].Key)
            && actor.LastWord + 1 < doc.Words.Count && doc.Words[actor.LastWord + 1].Key == "responsible";
    }

    /// <summary>
    /// The actor <paramref name="inner"/> stands in an aside after <paramref name="head"/>, closed right before the claim:
    /// "A, a faction of B, claimed", "A, B's Sahel branch, claimed", or in brackets "A (AF, allied with B) claimed".
    /// </summary>
    private static bool Aside(string text, Cue head, Cue inner, Cue claim)
    {
        if (claim.Start < inner.End || claim.Start - inner.End > 40) return false;
        if (BracketAside(text, head, inner, claim)) return true;
        // the head may carry its abbreviation in brackets: "A (AF), a branch of B, claimed"
        var before = text.AsSpan(head.End, inner.Start - head.End).TrimStart();
        if (before.StartsWith("(") && before.IndexOf(')') is var close and > 0) before = before[(close + 1)..];
        before = before.TrimStart(')');
        // the aside may go on past the inner name: "A, B's branch in the Sahel, claimed"
        var after = text.AsSpan(inner.End, claim.Start - inner.End).Trim();
        return before.StartsWith(",") && before.Count(',') == 1 && after.EndsWith(",") && after.Count(',') == 1;
    }

    /// <summary>The aside is in brackets opened right after the head and closed right before the claim: "A (AF, allied with B) claimed".</summary>
    private static bool BracketAside(string text, Cue head, Cue inner, Cue claim)
    {
        var before = text.AsSpan(head.End, inner.Start - head.End).Trim();
        var after = text.AsSpan(inner.End, claim.Start - inner.End).Trim();
        return before.StartsWith("(") && !before.Contains(')') && after.EndsWith(")") && after.Count(')') == 1 && !after.Contains('(');
    }

    /// <summary>
    /// "by the Islamic State", "by a group of terrorists from the River Front", "by members of the Front": the actor
    /// after "by", with nothing between but articles, "of"/"from", nationalities and words for the actor's people.
    /// </summary>
    private bool ByActor(AnnotatedDocument doc, Cue actor)
    {
        var first = doc.WordAt(doc.SentenceAt(actor.Start).Start);
        for (int w = actor.FirstWord - 1, steps = 0; w >= first && steps < 7; w--, steps++)
        {
            var key = doc.Words[w].Key;
            if (key == "by") return true;
            // a nationality before the name: "by Colombian ELN guerrillas"
            if (doc.PlacesIn(new TextSpan(doc.Words[w].Start, doc.Words[w].End)).Any(p => p.IsDemonym)) continue;
            if (key is not ("the" or "a" or "an" or "of" or "from") && !_actorMembers.Contains(key)) return false;
        }
        return false;
    }

    /// <summary>
    /// An attack phrase follows the actor's name, with nothing between but bracketed text, other actor names ("the
    /// River Front [RF]"), words for the actor's people ("urban commandos"), verbs that carry an attack noun ("launched
    /// an", function_words.tsv kind attack_support, then up to three words that describe the noun: "carried out two
    /// simultaneous attacks"), a quotation mark closing a quoted name, and after a possessive name the name of its unit and a "have" of
    /// the perfect ("the Front's Davao brigade had bombed", function_words.tsv kinds news_auxiliary, earlier_auxiliary):
    /// the actor did it.
    /// </summary>
    private bool ActsInAttack(AnnotatedDocument doc, SentenceFacts s, Cue actor)
    {
        var words = doc.Words;
        var bracket = 0;
        var possessive = Possessive(doc.Text, actor.End);
        var supported = false;
        var described = 0;
        for (var w = actor.LastWord + 1; w < words.Count && words[w].Start < s.Sentence.End; w++)
        {
            var start = words[w].Start;
            var key = words[w].Key;
            if (key is "[" or "(") { bracket++; continue; }
            if (key is "]" or ")") { bracket = Math.Max(0, bracket - 1); continue; }
            if (bracket > 0) continue;
            // words for the actor's people come first: "Hamas terror operatives" names people, not an attack
            if (_actorMembers.Contains(key)) continue;
            // "the Front's Davao brigade had bombed": the possessive, the unit's name (a capitalised word of mixed-case
            // text) and the perfect's auxiliary
            if (possessive && (key is "'s" || _newsAuxiliaries.Contains(key) || _earlierAuxiliaries.Contains(key)
                || NamePart(doc.Text.AsSpan(start, words[w].End - start)))) continue;
            if (s.Events.Any(e => e.Start == start && !e.As<EventCue>().Vehicle)) return true;
            // a verb of choice or attempt before "to", its perfect's auxiliary before it: "the terrorists of X have chosen to
            // kill traders", "X tried to storm the post" (function_words.tsv intent_verb)
            if (!supported && (_newsAuxiliaries.Contains(key) || _earlierAuxiliaries.Contains(key))
                && w + 2 < words.Count && _intentVerbs.Contains(words[w + 1].Key) && words[w + 2].Key == "to") continue;
            if (!supported && _intentVerbs.Contains(key) && w + 1 < words.Count && words[w + 1].Key == "to") { w++; continue; }
            // a verb that carries the attack noun: "the Front launched an attack", "rebels staged an ambush"
            if (_attackSupport.Contains(key)) { supported = true; described = 0; continue; }
            // the quotation mark that closes a name written in quotes: "a group calling itself \"X\" carried out"
            if (w == actor.LastWord + 1 && key is "\"" or "\u201d" or "'" or "\u2019") continue;
            if (supported && DescribesAttack(doc, w) && ++described <= MaxAttackDescribingWords) continue;
            if (s.Actors.FirstOrDefault(a => a.Start == start) is { } other) { w = other.LastWord; continue; }
            return false;
        }
        return false;
    }

    /// <summary>
    /// The first person noun after a state's forces, within <see cref="ResponderReach"/> words of their clause, names
    /// the attackers (persons.tsv role perpetrator): "soldiers killed three of the attackers", "police arrested two
    /// suspects", "troops neutralised the assailants". The forces answered the attack; they did not do it. A victim noun
    /// first ("troops killed nine villagers") leaves them its doer.
    /// </summary>
    private static bool ActsOnAttackers(AnnotatedDocument doc, SentenceFacts s, Cue actor)
    {
        var words = doc.Words;
        for (int w = actor.LastWord + 1, steps = 0; w < words.Count && words[w].Start < s.Sentence.End && steps < ResponderReach; w++, steps++)
        {
            var key = words[w].Key;
            if (key is ";" or ":") return false;
            if (PersonNouns.Default.IsPerpetrator(key)) return true;
            if (PersonNouns.Default.IsVictim(key)) return false;
        }
        return false;
    }

    /// <summary>How many words after a state's forces <see cref="ActsOnAttackers"/> looks for the people their deed falls on.</summary>
    private const int ResponderReach = 8;

    /// <summary>
    /// How many describing words may stand between a verb that carries an attack noun and the noun: "carried out two
    /// simultaneous night attacks", "launched a deadly assault".
    /// </summary>
    private const int MaxAttackDescribingWords = 3;

    /// <summary>
    /// Word <paramref name="w"/> may describe an attack noun after it: a figure, or a word in lower case that is no
    /// preposition (function_words.tsv kinds locative, name_connector; "the" aside): "two", "coordinated", "the", but not
    /// "into" of "launched an inquiry into the bombing".
    /// </summary>
    private bool DescribesAttack(AnnotatedDocument doc, int w)
    {
        var word = doc.Text.AsSpan(doc.Words[w].Start, doc.Words[w].End - doc.Words[w].Start);
        var key = doc.Words[w].Key;
        if (word.Length == 0 || _locative.Contains(key) || (key != "the" && _nameConnectors.Contains(key))) return false;
        return char.IsDigit(word[0]) || (char.IsLower(word[0]) && char.IsLetter(word[^1]));
    }

    /// <summary>How many words after a verb of ascribing its "to" may stand: "attributed the deadly raid to".</summary>
    private const int AscribeReach = 5;

    /// <summary>
    /// People blamed by what they are, right after a cue of blame that names its accused after it (one ending in "to" or
    /// "by", or an active verb of blame): maybe "the", words of function_words.tsv kind described_group_modifier, then a
    /// noun of kind described_group: "attributed the attack to armed herders", "blamed herders for the raids" (after a verb
    /// of kind ascribe_verb, the words after its "to": "attributed the raid to herders"). The actor
    /// is the phrase as written ("armed herders"), a militia.
    /// </summary>
    private Cue? DescribedGroupAfter(AnnotatedDocument doc, SentenceFacts s, Cue claim)
    {
        var words = doc.Words;
        var last = words[claim.LastWord].Key;
        var w = claim.LastWord + 1;
        // "attributed the raid to": a verb of ascribing names its accused after "to", a few words on
        if (claim.FirstWord == claim.LastWord && _ascribeVerbs.Contains(last))
        {
            while (w < words.Count && words[w].End <= s.Sentence.End && w - claim.LastWord <= AscribeReach && words[w].Key != "to") w++;
            if (w >= words.Count || words[w].Key != "to") return null;
            w++;
        }
        else if (last is not ("to" or "by") && !BlamesActively(doc, s, claim)) return null;
        if (NamedMembersAt(doc, s, w) is { } named) return named;
        if (w < words.Count && words[w].Key == "the") w++;
        var first = w;
        while (w < words.Count && words[w].End <= s.Sentence.End && _describedGroupModifiers.Contains(words[w].Key)) w++;
        if (w >= words.Count || words[w].End > s.Sentence.End || !_describedGroups.Contains(words[w].Key)) return null;
        return new Cue(CueKind.Actor, words[first].Start, words[w].End, new Actor(doc.Text[words[first].Start..words[w].End], "militia"), first, w);
    }

    /// <summary>
    /// An armed group named by its name and a noun for its fighters, from word <paramref name="w"/> (right after a cue of
    /// blame that names its accused after it): maybe "the" and an opening quotation mark, one or two capitalised words that
    /// are no place, no catalogued actor and no word that only says the group is armed (kind armed_descriptor: "Islamist
    /// militants" names no group), then a noun of function_words.tsv kind named_member_noun: "the minister blamed
    /// Zulu militiamen", "attributed the raid to Red Hand fighters". The actor is the name and the noun as written, a militia.
    /// </summary>
    private Cue? NamedMembersAt(AnnotatedDocument doc, SentenceFacts s, int w)
    {
        var words = doc.Words;
        if (w < words.Count && words[w].Key == "the") w++;
        if (w < words.Count && words[w].Key is "\"" or "\u201c" or "'" or "\u2018") w++;
        var first = w;
        while (w < words.Count && words[w].End <= s.Sentence.End && w - first < MaxMemberNameWords
               && NamePart(doc.Text.AsSpan(words[w].Start, words[w].End - words[w].Start)) && !_armedDescriptors.Contains(words[w].Key)) w++;
        if (w == first || w >= words.Count || words[w].End > s.Sentence.End || !_namedMemberNouns.Contains(words[w].Key)) return null;
        int start = words[first].Start, end = words[w - 1].End;
        if (s.Actors.Any(a => a.Start < end && a.End > start) || doc.PlacesIn(s.Sentence.Span).Any(p => p.Start < end && p.End > start)) return null;
        return new Cue(CueKind.Actor, start, words[w].End, new Actor(doc.Text[start..words[w].End], "militia"), first, w);
    }

    /// <summary>The most capitalised words of a group's name before the noun for its fighters: "Red Hand fighters".</summary>
    private const int MaxMemberNameWords = 2;

    /// <summary>
    /// The attack the actor does in the sentence is told as the one that started the fighting: a word of function_words.tsv
    /// kind provocation_word within <see cref="ProvocationReach"/> words after its attack word, in its clause ("X soldiers
    /// opened fire first on a post", "X fired first").
    /// </summary>
    private bool StruckFirst(AnnotatedDocument doc, SentenceFacts s, Cue actor)
    {
        if (s.Events.Where(e => e.Start >= actor.End).MinBy(e => e.Start) is not { } attack) return false;
        var words = doc.Words;
        for (var w = attack.LastWord + 1; w < words.Count && w - attack.LastWord <= ProvocationReach && words[w].Start < s.Sentence.End; w++)
        {
            if (words[w].Key is "," or ";" or ":") return false;
            if (_provocationWords.Contains(words[w].Key)) return true;
        }
        return false;
    }

    /// <summary>How many words after an attack word a word that makes it the first strike may stand: "opened fire first".</summary>
    private const int ProvocationReach = 2;

    /// <summary>A capitalised word with lower-case letters after its first: a part of a name in mixed-case text ("Davao").</summary>
    private static bool NamePart(ReadOnlySpan<char> word) => word.Length >= 2 && char.IsUpper(word[0]) && word[1..].ContainsAnyInRange('a', 'z');
}
