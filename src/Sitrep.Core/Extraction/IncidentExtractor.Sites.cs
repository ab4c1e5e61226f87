using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;

namespace Sitrep.Extraction;

// IncidentExtractor, part: attacks of one kind at two or more sites of one town, told apart, one wave (see IncidentExtractor.cs for the whole pipeline).
public sealed partial class IncidentExtractor
{
    /// <summary>Most sites of one town whose attacks <see cref="SiteWave"/> tells apart.</summary>
    private const int MaxTownSites = 4;

    /// <summary>Most capitalised words of a site's name before its site noun ("Old Clock Tower Chowk").</summary>
    private const int MaxSiteNameWords = 3;

    /// <summary>
    /// Two or more attacks of one kind at sites of one town the same day or night, which the gazetteer sees as one place:
    /// "Two bombs went off at two police checkpoints in X ... a bomb exploded next to the checkpoint at A Chowk ... a
    /// second bomb blew up at the B Gate checkpoint". The article must count or number its attacks ("two bombs", "the
    /// two blasts", "a second bomb", "attacked two police posts": <see cref="CountsOrNumbersAttacks"/>), and tell the
    /// sites apart, either by their names (<see cref="SitesToldApart"/>: each site's attack told in a sentence of its own
    /// that names that site alone, by one kind of attack), or by counting the sites an attack word struck ("struck two
    /// checkpoints a few kilometres apart": <see cref="StruckSites"/>, a noun of sites, not of settlements). The town's
    /// frame becomes one frame a site, all of them one wave:
    /// <list type="bullet">
    /// <item>a sentence that names one site alone (not a total) is that site's, figures and all; so is a sentence
    ///   without a site after a site's attack in the same paragraph ("Three policemen were among the dead");</item>
    /// <item>any other sentence (the lead that counts the attacks, a claim of both, a total, a headline) is shared by all
    ///   the sites without its figures: a figure written right before a site ("four at A Chowk and three at B Gate") is
    ///   that site's; the others count the attacks together, the wave's ("Fifteen were injured in the two blasts",
    ///   "the first reports put the toll at five"); a target that names another site is that site's alone.</item>
    /// </list>
    /// A single attack told with two names of its place ("a bomb went off on A Street near B Square") is no such case:
    /// no sentence tells an attack at one site alone for each, and nothing counts two attacks. Only one town's frame may
    /// split so; returns the wave's members, or null.
    /// </summary>
    private List<Frame>? SiteWave(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames, List<SentenceFacts> waveSentences, List<(CasualtyMention, string?)> waveCasualties)
    {
        var candidates = new List<(Frame Frame, List<string> Names, int Count, bool Nouns)>();
        foreach (var frame in frames.Where(fr => fr.Place.Kind == PlaceKind.City && !fr.ToldSeparately))
        {
            var news = frame.Sentences.Where(s => !s.IsBackground && !s.IsCaption && !s.IsTitle).OrderBy(s => s.Sentence.Start).ToList();
            if (!CountsOrNumbersAttacks(doc, news) || AttacksInOtherTowns(frame)) continue;
            var names = SitesToldApart(doc, frame, news);
            // the attacks the article counts outnumber the town's sites it names: some were elsewhere, the sites no split
            // ("three shootings" told at two streets of one town: the third is another town's, misplaced)
            if (names.Count is >= 2 and <= MaxTownSites && !(AttacksCountedTogether(doc, news) > names.Count)) candidates.Add((frame, names, names.Count, false));
            else if (StruckSites(doc, frame, news) is { } count) candidates.Add((frame, [], count, false));
            else if (SiteNounsToldApart(doc, frame, news) is { Count: >= 2 and <= MaxTownSites } nouns && !(AttacksCountedTogether(doc, news) > nouns.Count)
                     && !SiteNounInOtherTown(doc, facts, frame, nouns))
                candidates.Add((frame, nouns, nouns.Count, true));
            else if (SitesListedTogether(doc, frame, news) is { Count: >= 2 and <= MaxTownSites } listed && !(AttacksCountedTogether(doc, news) > listed.Count)
                     && !SiteNounInOtherTown(doc, facts, frame, listed))
                candidates.Add((frame, listed, listed.Count, true));
        }
        if (candidates.Count != 1) return null;
        var (town, sites, parts, byNoun) = candidates[0];
        var members = new List<Frame> { town };
        for (var i = 1; i < parts; i++)
            members.Add(new Frame(town.PlaceMentions[0])
            {
                Place = town.Place, ToldSeparately = true, SiteApart = true,
                Date = town.Date, DateFromAttack = town.DateFromAttack, DatedByPlaceless = town.DatedByPlaceless,
            });
        town.SiteApart = true;
        if (!byNoun) for (var i = 0; i < sites.Count; i++) members[i].Site = sites[i];
        if (Trace) Console.Error.WriteLine($"  sites of {town.Place.Name} told apart{(byNoun ? " by their nouns" : "")}: {(sites.Count > 0 ? string.Join(", ", sites) : $"{parts} counted")}");

        // each sentence that is one site's alone
        var own = new Dictionary<SentenceFacts, int>(ReferenceEqualityComparer.Instance);
        var mentions = new Dictionary<SentenceFacts, List<(int Start, int End, int Site)>>(ReferenceEqualityComparer.Instance);
        int? focus = null;
        var paragraph = -1;
        foreach (var s in town.Sentences.OrderBy(s => s.Sentence.Start))
        {
            var named = mentions[s] = byNoun ? SiteNounMentions(doc, s.Sentence, sites) : SiteMentions(doc, s.Sentence, sites);
            var at = named.Select(m => m.Site).Distinct().ToList();
            // a sentence told under a site's label is that site's, whatever else it names around it
            if (byNoun && SiteLabel(doc, s.Sentence) is { } label && sites.FindIndex(n => string.Equals(n, label, StringComparison.OrdinalIgnoreCase)) is >= 0 and var labelled)
                at = [labelled];
            var total = s.HasTotalCue || TotalOfSeveral(doc, s);
            if (s.IsTitle || s.IsBackground || total || at.Count > 1) { focus = null; continue; }
            if (at.Count == 1)
            {
                own[s] = at[0];
                (focus, paragraph) = (at[0], s.Sentence.Paragraph);
            }
            else if (focus is { } k && s.Sentence.Paragraph == paragraph) own[s] = k;
            else focus = null;
        }
        var sentences = town.Sentences.ToList();
        var casualties = town.Casualties.ToList();
        town.Sentences.Clear();
        town.Casualties.Clear();
        foreach (var s in sentences)
        {
            if (own.TryGetValue(s, out var k)) { members[k].Sentences.Add(s); continue; }
            // a sentence shared by the sites keeps for each only the targets that name no other site ("grenades hit a bar
            // and a bus park": the bar's incident is no attack on transport)
            var named = mentions.GetValueOrDefault(s) ?? [];
            for (var i = 0; i < members.Count; i++)
                members[i].Sentences.Add(s with { Casualties = [], Targets = s.Targets.Where(t => !named.Any(m => m.Site != i && m.Start < t.End && t.Start < m.End)).ToList() });
            waveSentences.Add(s);
        }
        foreach (var c in casualties)
        {
            var told = sentences.FirstOrDefault(s => s.Sentence.Start <= c.Mention.Span.Start && c.Mention.Span.Start < s.Sentence.End);
            if (told is not null && own.TryGetValue(told, out var k)) members[k].Casualties.Add(OwnSiteToll(members, k, c));
            else if (told is not null && SiteAfterFigure(doc, c.Mention, mentions.GetValueOrDefault(told) ?? []) is { } site) members[site].Casualties.Add(c);
            else waveCasualties.Add(c);
        }
        frames.AddRange(members.Skip(1));
        return members;
    }

    /// <summary>
    /// "Two more people were killed there", told of the second site after the first site's dead: victims beyond those of
    /// another site are this site's own toll, when the site has no figure of that kind before it, not an addition to it.
    /// </summary>
    private static (CasualtyMention Mention, string? Source) OwnSiteToll(List<Frame> members, int k, (CasualtyMention Mention, string? Source) c) =>
        c.Mention.Addition && !c.Mention.LaterDeath && !members[k].Casualties.Any(o => o.Mention.Kind == c.Mention.Kind)
        && members.Where((m, i) => i != k).Any(m => m.Casualties.Any(o => o.Mention.Kind == c.Mention.Kind && o.Mention.Span.Start < c.Mention.Span.Start))
            ? (c.Mention with { Addition = false }, c.Source)
            : c;

    /// <summary>
    /// The article counts two or more attacks or numbers them, in a sentence of its news at the town: a count of attacks
    /// (waves.tsv kind counted: "two bombs went off", "the two blasts"), a count of places struck ("attacked two police
    /// posts"), or a word of one more device or attack right before its noun (function_words.tsv kind repeat_word: "a second
    /// bomb", "the second blast", "another explosion").
    /// </summary>
    private bool CountsOrNumbersAttacks(AnnotatedDocument doc, List<SentenceFacts> news) =>
        news.Any(f => AttackCounts(doc, doc.CuesIn(f.Sentence.Span, CueKind.Wave)).Any(c => !c.Apart)
                      || StruckPlaces(doc, f.Sentence) is not null
                      || NumbersAttack(doc, f));

    /// <summary>
    /// The attacks the article tells are spread over towns: a sentence of the frame (the headline too) that tells an attack in
    /// strong words names the frame's town and another town as its scenes ("3 separate shootings in A, B, and C"): the attacks
    /// it counts are one a town, not several at sites of this one.
    /// </summary>
    private static bool AttacksInOtherTowns(Frame frame) =>
        frame.Sentences.Any(s => !s.IsBackground && s.Events.Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false })
                                 && s.EventPlaces.Any(p => p.Place.Kind == PlaceKind.City && frame.Holds(p.Place))
                                 && s.EventPlaces.Any(p => p.Place.Kind == PlaceKind.City && !frame.Holds(p.Place) && !p.IsDemonym));

    /// <summary>The largest count of attacks told together in the news ("three shootings", "the two blasts"), or 0.</summary>
    private int AttacksCountedTogether(AnnotatedDocument doc, List<SentenceFacts> news) =>
        news.SelectMany(f => AttackCounts(doc, doc.CuesIn(f.Sentence.Span, CueKind.Wave)).Where(c => !c.Apart).Select(c => c.Count)).DefaultIfEmpty(0).Max();

    /// <summary>"a second bomb", "the second blast", "another explosion": a repeat word right before a device noun or an attack word.</summary>
    private bool NumbersAttack(AnnotatedDocument doc, SentenceFacts f)
    {
        var words = doc.Words;
        for (var w = doc.WordAt(f.Sentence.Start); w + 1 < words.Count && words[w + 1].Start < f.Sentence.End; w++)
        {
            if (!_repeatWords.Contains(words[w].Key) || UnspentNear(doc, f, w + 1)) continue;
            if (_deviceNouns.Contains(words[w + 1].Key) || f.Events.Any(e => e.FirstWord == w + 1 && e.As<EventCue>() is { Vehicle: false, Weak: false } || e.FirstWord == w + 1 && e.As<EventCue>().Blast)) return true;
        }
        return false;
    }

    /// <summary>
    /// The named sites of the town whose attacks the article tells apart, in the order it tells them: each named alone
    /// in a sentence of the news at the town (no other town as its scene, no total) that tells an attack in words of its
    /// own ("a bomb exploded next to the checkpoint at A Chowk"); the sites' attacks must share a kind (two bombings, not
    /// a bombing and a shooting). Empty when fewer than two.
    /// </summary>
    private List<string> SitesToldApart(AnnotatedDocument doc, Frame frame, List<SentenceFacts> news)
    {
        var names = new List<string>();
        var kinds = new List<HashSet<string>>();
        foreach (var s in news)
        {
            var cues = s.Events.Select(e => e.As<EventCue>()).ToList();
            var strong = cues.Where(c => c is { Weak: false, Vehicle: false, WeaponName: false }).ToList();
            // a device named and a word of its going off ("an explosive device ... went off at A Road"): a bombing told
            if (strong.Count == 0 && cues.Any(c => c.Blast)) strong = cues.Where(c => c is { WeaponName: true, Vehicle: false, Weak: false }).ToList();
            if (strong.Count == 0 || s.HasTotalCue || s.EventPlaces.Any(p => !frame.Holds(p.Place))) continue;
            var named = SiteNames(doc, s.Sentence).Distinct().ToList();
            if (named.Count != 1) continue;
            var at = names.FindIndex(n => SameSite(n, named[0]));
            if (at < 0) { names.Add(named[0]); kinds.Add(strong.Select(c => c.EventType).ToHashSet(StringComparer.Ordinal)); }
            else kinds[at].UnionWith(strong.Select(c => c.EventType));
        }
        if (names.Count < 2) return [];
        var shared = kinds.Skip(1).Aggregate(new HashSet<string>(kinds[0], StringComparer.Ordinal), (a, b) => { a.IntersectWith(b); return a; });
        // attacks of two kinds (a bomb at A Road, gunmen at B Church) are two when the article counts just as many ("two
        // attacks hit the town"): one attack told with two names of its place is never counted so
        return shared.Count > 0 || AttacksCountedTogether(doc, news) == names.Count ? names : [];
    }

    /// <summary>
    /// The sites of the town whose attacks the article tells apart by the common nouns of the places struck, when it
    /// names them no name ("a car bomb went off beside the mosque on the main square ... an hour later a roadside device
    /// exploded at the police checkpoint on the road out of town", "a charge exploded against the wall of the registry
    /// office ... minutes later gunmen threw grenades at the police station"): each told in a sentence of the news at the
    /// town (no other town as its scene, no total) that tells an attack in words of its own, not a word that points back to
    /// one told ("the blast", <see cref="PointsBack"/>), and whose targets name one site noun alone (function_words.tsv kind
    /// site_target or site_noun, in the singular), a site not struck before; a site noun that only places another
    /// (target_links.tsv kind landmark: "the market facing the railway station", "the substation on the road to the shrine")
    /// is none. The sites' attacks must share a kind, or be
    /// just as many as the attacks the article counts. The article must count or number its attacks
    /// (<see cref="CountsOrNumbersAttacks"/>): one attack told in two sentences that name two places ("a bomb exploded in
    /// the market ... it also damaged a school") is never counted so. Empty when fewer than two.
    /// </summary>
    private List<string> SiteNounsToldApart(AnnotatedDocument doc, Frame frame, List<SentenceFacts> news)
    {
        var nouns = new List<string>();
        var kinds = new List<HashSet<string>>();
        foreach (var s in news)
        {
            if (s.HasTotalCue || s.EventPlaces.Any(p => !frame.Holds(p.Place) && !RouteDestination(doc, p))) continue;
            // a device found, defused or unexploded ("a second grenade was found near the bus park") struck no site
            if (UnspentDevice(doc, s)) continue;
            // a post, item or paragraph told under its site's label ("5/ Substation: a guard was shot dead ...", "Market - the
            // bomb was hidden in a gas bottle"): the label names its site, whatever else the sentence names around it, and an
            // attack it points back to is that site's ("the bomb"); a label of no site ("Update: the market blast ...") is none
            var label = SiteLabel(doc, s.Sentence);
            if (label is null && _followUps.IsFollowUp(doc, s)) continue;
            // a device brought in by "a" or "an" is a new attack's too ("a car packed with explosives ... detonated"), and so
            // is one numbered right before it ("the second bomb", "the second exploded at the bus terminal")
            var fresh = s.Events.Where(e => e.As<EventCue>() is { Weak: false, Vehicle: false, EventType: not "kidnapping" } && !DoneBefore(doc, e)
                                            && (label is not null || IntroducesNew(doc, s, e) || NumberedBefore(doc, s, e) || OpensOnMember(doc, s, e) || !PointsBackToAttack(doc, s, e)))
                .Select(e => e.As<EventCue>()).ToList();
            // one more device numbered ("a second device went off at the taxi rank") is a new attack, however weak the word of its going off
            if (fresh.Count == 0 && NumbersAttack(doc, s)) fresh = s.Events.Where(e => e.As<EventCue>() is { Blast: true, Vehicle: false }).Select(e => e.As<EventCue>()).ToList();
            if (fresh.Count == 0) continue;
            var own = label is not null ? [label] : s.Targets.Where(t => !Elsewhere(doc, t) && !Landmark(doc, t)).Select(t => Singular(TargetNoun(doc, t)))
                .Where(n => _siteTargets.Contains(n) || _siteNouns.Contains(n)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (own.Count != 1) continue;
            var at = nouns.FindIndex(n => string.Equals(n, own[0], StringComparison.OrdinalIgnoreCase));
            if (at < 0) { nouns.Add(own[0]); kinds.Add(fresh.Select(c => c.EventType).ToHashSet(StringComparer.Ordinal)); }
            else kinds[at].UnionWith(fresh.Select(c => c.EventType));
        }
        if (nouns.Count < 2) return [];
        var shared = kinds.Skip(1).Aggregate(new HashSet<string>(kinds[0], StringComparer.Ordinal), (a, b) => { a.IntersectWith(b); return a; });
        return shared.Count > 0 || AttacksCountedTogether(doc, news) == nouns.Count ? nouns : [];
    }

    /// <summary>Most words between attacks in the plural and the first site they struck, or between two sites of the list.</summary>
    private const int MaxListedSiteGap = 4;

    /// <summary>
    /// The sites of the town that attacks in the plural struck, listed after them (function_words.tsv kind site_target or
    /// site_noun, in the singular, joined by "and" or a comma): "the gun attacks on a bar and a bus park", "bombs went
    /// off at a church, a school and a market". A later page that names both sites together this way (and counts or
    /// numbers its attacks, <see cref="CountsOrNumbersAttacks"/>) tells each its own attack, though no sentence tells one
    /// site alone. Empty when no sentence of the news at the town lists two or more.
    /// </summary>
    private List<string> SitesListedTogether(AnnotatedDocument doc, Frame frame, List<SentenceFacts> news)
    {
        foreach (var s in news)
        {
            if (s.HasTotalCue || s.EventPlaces.Any(p => !frame.Holds(p.Place) && !RouteDestination(doc, p)) || UnspentDevice(doc, s)) continue;
            foreach (var e in s.Events.Where(e => e.As<EventCue>() is { Weak: false, Vehicle: false, EventType: not "kidnapping" } && PluralWord(doc.Words[e.LastWord].Key)))
            {
                var nouns = new List<string>();
                var end = e.LastWord;
                foreach (var t in s.Targets.Where(t => t.FirstWord > e.LastWord).OrderBy(t => t.FirstWord))
                {
                    if (t.FirstWord - end - 1 > MaxListedSiteGap || Elsewhere(doc, t) || Landmark(doc, t)) break;
                    if (nouns.Count > 0 && !Enumerable.Range(end + 1, t.FirstWord - end - 1).Any(w => doc.Words[w].Key is "and" or ",")) break;
                    if (SiteNounOf(doc, t) is not { } noun || nouns.Contains(noun, StringComparer.OrdinalIgnoreCase)) break;
                    nouns.Add(noun);
                    end = t.LastWord;
                }
                if (nouns.Count >= 2) return nouns;
            }
        }
        return [];
    }

    /// <summary>A word in the plural: it ends in s and is not its own singular ("attacks", "bombs"; not "bus" or "press").</summary>
    private static bool PluralWord(string key) => key.EndsWith('s') && Singular(key) != key;

    /// <summary>The target's site noun in the singular: its head noun, or a word before it ("bus" of "bus park"), or null.</summary>
    private string? SiteNounOf(AnnotatedDocument doc, Cue t)
    {
        for (var w = t.LastWord; w >= t.FirstWord; w--)
        {
            var noun = Singular(doc.Words[w].Key);
            if (_siteTargets.Contains(noun) || _siteNouns.Contains(noun)) return noun;
        }
        return null;
    }

    /// <summary>Most words of a site's label before its site noun: "At the checkpoint", "Electricity substation", "Old bus station".</summary>
    private const int MaxSiteLabelWords = 3;

    /// <summary>
    /// The site a label that opens the sentence names: after a list's bullet or number if any ("•", "-", "5/", "3.", "(b)"),
    /// a short phrase of words alone (<see cref="MaxSiteLabelWords"/> before its noun, no figure or comma) that ends on a
    /// site noun (function_words.tsv kind site_target or site_noun, singular) right before a colon or a dash ("5/ Substation:
    /// a guard at the gate was shot dead", "• Night market - the device was in a gas bottle", "At the checkpoint — two
    /// soldiers ..."): a thread's post, a list's item or a round-up's paragraph told under the site it is about; not a care
    /// place (function_words.tsv kind care_noun: "Hospital: eleven hurt"), whose label heads its patients. The noun in the
    /// singular, or null.
    /// </summary>
    private string? SiteLabel(AnnotatedDocument doc, Sentence s)
    {
        var text = doc.Text;
        var i = s.Start;
        while (i < s.End && char.IsWhiteSpace(text[i])) i++;
        // the list's marker: one or two bullets, or a number (or a letter in brackets) closed by "/", "." or ")"
        var bullets = 0;
        while (i < s.End && bullets < 2 && IsListBullet(text[i])) { i++; bullets++; }
        if (bullets == 0)
        {
            var j = i;
            if (j < s.End && text[j] == '(') j++;
            var digits = j;
            while (j < s.End && j - digits < 3 && char.IsLetterOrDigit(text[j])) j++;
            if (j > digits && j < s.End && text[j] is '/' or '.' or ')' && j + 1 < s.End && text[j + 1] == ' '
                && (text[i] == '(' || char.IsDigit(text[digits])))
                i = j + 1;
        }
        while (i < s.End && char.IsWhiteSpace(text[i])) i++;
        if (i >= s.End || !char.IsUpper(text[i])) return null;
        var words = doc.Words;
        var first = doc.WordAt(i);
        if (first >= words.Count || words[first].Start != i) return null;
        for (var w = first; w < words.Count && w - first <= MaxSiteLabelWords && words[w].End < s.End; w++)
        {
            if (text.AsSpan(words[w].Start, words[w].End - words[w].Start).ContainsAnyExcept(LetterOrApostrophe)) return null;
            var k = words[w].End;
            while (k < s.End && text[k] == ' ') k++;
            var colon = k == words[w].End && k < s.End && text[k] == ':';
            var dash = k < s.End && (text[k] is '\u2014' or '\u2013' || text[k] == '-' && k > words[w].End) && k + 1 < s.End && text[k + 1] == ' ';
            if (!colon && !dash) continue;
            // a hospital's label heads what it says of its patients ("Hospital: eleven hurt in the attack"), no site struck
            var noun = Singular(words[w].Key);
            return (_siteTargets.Contains(noun) || _siteNouns.Contains(noun)) && !_careNouns.Contains(words[w].Key) && !_careNouns.Contains(noun) ? noun : null;
        }
        return null;
    }

    /// <summary>
    /// The attack word points back to an attack told (<see cref="PointsBack"/>: "the blast", "the first explosion") with
    /// its own determiner: "the" of a site or of people hit on the way back ("a charge placed against the wall of the tax
    /// office exploded") is theirs, not the attack's.
    /// </summary>
    private bool PointsBackToAttack(AnnotatedDocument doc, SentenceFacts f, Cue e)
    {
        if (!PointsBack(doc, f, e)) return false;
        var first = doc.WordAt(f.Sentence.Start);
        for (var w = e.FirstWord - 1; w >= first && w >= e.FirstWord - 4; w--)
        {
            if (_toldDeterminers.Contains(doc.Words[w].Key)) return true;
            if (_siteTargets.Contains(doc.Words[w].Key) || _siteNouns.Contains(doc.Words[w].Key) || f.Targets.Any(t => t.FirstWord <= w && w <= t.LastWord)) return false;
        }
        return true;
    }

    /// <summary>A word of one more attack right before the attack word, or before it and a device noun: "the second exploded", "a second bomb went off".</summary>
    private bool NumberedBefore(AnnotatedDocument doc, SentenceFacts f, Cue e)
    {
        var first = doc.WordAt(f.Sentence.Start);
        var w = e.FirstWord - 1;
        if (w >= first && _deviceNouns.Contains(doc.Words[w].Key)) w--;
        return w >= first && _repeatWords.Contains(doc.Words[w].Key);
    }

    /// <summary>
    /// The attack word stands right after an ordinal that opens the sentence for one attack of the series (waves.tsv kind
    /// member: "The first grenade was thrown into the bar"): a member told, not one pointed back to.
    /// </summary>
    private static bool OpensOnMember(AnnotatedDocument doc, SentenceFacts f, Cue e) =>
        f.OpensWithMember && doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(w => w.As<string>() == "member" && w.LastWord + 1 == e.FirstWord);

    /// <summary>Most words between a device (its noun or a weapon's name) and a word that tells it never went off.</summary>
    private const int UnspentReach = 5;

    /// <summary>
    /// The sentence tells a device that never went off: a word of function_words.tsv kind unspent_word within
    /// <see cref="UnspentReach"/> words of a device noun or a weapon's name ("a second grenade was found unexploded near
    /// the bus park", "police defused another bomb at the gate"). Such a device struck no site.
    /// </summary>
    private bool UnspentDevice(AnnotatedDocument doc, SentenceFacts f)
    {
        var first = doc.WordAt(f.Sentence.Start);
        for (var w = first; w < doc.Words.Count && doc.Words[w].Start < f.Sentence.End; w++)
            if ((_deviceNouns.Contains(doc.Words[w].Key) || f.Events.Any(e => e.FirstWord == w && e.As<EventCue>().WeaponName)) && UnspentNear(doc, f, w)) return true;
        return false;
    }

    /// <summary>A word of function_words.tsv kind unspent_word within <see cref="UnspentReach"/> words of word <paramref name="w"/>, in its sentence.</summary>
    private bool UnspentNear(AnnotatedDocument doc, SentenceFacts f, int w)
    {
        var first = doc.WordAt(f.Sentence.Start);
        for (var v = Math.Max(first, w - UnspentReach); v <= w + UnspentReach && v < doc.Words.Count && doc.Words[v].Start < f.Sentence.End; v++)
            if (_unspentWords.Contains(doc.Words[v].Key)) return true;
        return false;
    }

    /// <summary>
    /// A town written right after "to" and a noun of a route (function_words.tsv kind route_noun: "the night coaches to X",
    /// "the road to X"): where the vehicle or road goes, no scene of the sentence's attack.
    /// </summary>
    private bool RouteDestination(AnnotatedDocument doc, PlaceMention p)
    {
        var w = doc.WordAt(p.Start);
        return w >= 2 && doc.Words[w - 1].Key == "to" && _routeNouns.Contains(doc.Words[w - 2].Key);
    }

    /// <summary>
    /// The article writes one of the site nouns as the place of another town of the frame's country, in a sentence of its
    /// news or a caption ("People gather by the vegetable market in Y"): that site's attack may lie there
    /// (<see cref="PlaceSitesApart"/>), no split of this town.
    /// </summary>
    private bool SiteNounInOtherTown(AnnotatedDocument doc, List<SentenceFacts> facts, Frame frame, List<string> nouns) =>
        facts.Any(f => !f.IsBackground && SiteWordsNamed(doc, f.Sentence, definite: false).Overlaps(nouns)
                       && f.EventPlaces.Any(p => !p.IsDemonym && !RouteDestination(doc, p) && p.Place.Kind == PlaceKind.City && p.Place.CountryCode == frame.Place.CountryCode && !frame.Holds(p.Place)
                                                 && !f.CarePlaces.Any(c => c.Place.GeonameId == p.Place.GeonameId)));

    /// <summary>Where the sentence names one of the sites told apart by their nouns (<see cref="SiteNounsToldApart"/>): the noun, singular or plural.</summary>
    private static List<(int Start, int End, int Site)> SiteNounMentions(AnnotatedDocument doc, Sentence s, List<string> sites)
    {
        var found = new List<(int Start, int End, int Site)>();
        for (var w = doc.WordAt(s.Start); w < doc.Words.Count && doc.Words[w].Start < s.End; w++)
        {
            var site = sites.FindIndex(n => string.Equals(n, Singular(doc.Words[w].Key), StringComparison.OrdinalIgnoreCase));
            if (site >= 0) found.Add((doc.Words[w].Start, doc.Words[w].End, site));
        }
        return found;
    }

    /// <summary>Two names of one site: equal, or one the other's first words ("A Chowk" and "A").</summary>
    private static bool SameSite(string a, string b) =>
        a == b || a.StartsWith(b + " ", StringComparison.Ordinal) || b.StartsWith(a + " ", StringComparison.Ordinal);

    /// <summary>
    /// The names of sites the sentence writes before a site noun (function_words.tsv kind site_name_noun): up to
    /// <see cref="MaxSiteNameWords"/> capitalised words, none a word that names no site (kind site_name_stop: "the Police
    /// checkpoint"), no town, day or group the annotator read in them; the noun is part of the name when capitalised
    /// ("A Chowk", "B Square") and left out when not ("the B Gate checkpoint" names "B Gate").
    /// </summary>
    private IEnumerable<string> SiteNames(AnnotatedDocument doc, Sentence s)
    {
        if (doc.AllCaps) yield break;
        var words = doc.Words;
        var first = doc.WordAt(s.Start);
        for (var w = first + 1; w < words.Count && words[w].Start < s.End; w++)
        {
            if (!_siteNameNouns.Contains(words[w].Key)) continue;
            var start = w;
            while (start - 1 >= first && w - (start - 1) <= MaxSiteNameWords && SiteNameWord(doc, start - 1)) start--;
            if (start == w) continue;
            var span = new TextSpan(words[start].Start, words[w - 1].End);
            if (doc.PlacesIn(span).Any() || doc.DatesIn(span).Any() || doc.CuesIn(span, CueKind.Actor).Any()) continue;
            var end = char.IsUpper(doc.Text[words[w].Start]) ? words[w].End : words[w - 1].End;
            yield return doc.Text[words[start].Start..end];
        }
    }

    /// <summary>A capitalised word of letters that may be part of a site's name.</summary>
    private bool SiteNameWord(AnnotatedDocument doc, int w)
    {
        var text = doc.Text.AsSpan(doc.Words[w].Start, doc.Words[w].End - doc.Words[w].Start);
        return text.Length > 0 && char.IsUpper(text[0]) && !text.ContainsAnyExcept(LetterOrApostrophe) && !_siteNameStops.Contains(doc.Words[w].Key);
    }

    private static readonly System.Buffers.SearchValues<char> LetterOrApostrophe =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'’-ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿ");

    /// <summary>Where the sentence names one of the sites (by its name as written, whole words), longest names first.</summary>
    private static List<(int Start, int End, int Site)> SiteMentions(AnnotatedDocument doc, Sentence s, List<string> sites)
    {
        var found = new List<(int Start, int End, int Site)>();
        foreach (var (name, site) in sites.Select((n, i) => (n, i)).OrderByDescending(p => p.n.Length))
            for (var at = doc.Text.IndexOf(name, s.Start, s.End - s.Start, StringComparison.Ordinal); at >= 0 && at + name.Length <= s.End;
                 at = at + name.Length < s.End ? doc.Text.IndexOf(name, at + name.Length, s.End - at - name.Length, StringComparison.Ordinal) : -1)
            {
                var end = at + name.Length;
                var whole = (at == 0 || !char.IsLetterOrDigit(doc.Text[at - 1])) && (end >= doc.Text.Length || !char.IsLetterOrDigit(doc.Text[end]));
                if (whole && !found.Any(f => f.Start < end && at < f.End)) found.Add((at, end, site));
            }
        return found;
    }

    /// <summary>
    /// The site named right after a figure or its casualty words, a locative word between ("four at A Chowk", "three
    /// people were killed at B Gate"): the figure is that site's. Null when none is.
    /// </summary>
    private int? SiteAfterFigure(AnnotatedDocument doc, CasualtyMention c, List<(int Start, int End, int Site)> mentions)
    {
        foreach (var end in new[] { c.Figure.End, c.Span.End })
        {
            var w = doc.WordAt(end);
            if (w + 1 >= doc.Words.Count || !_locative.Contains(doc.Words[w].Key)) continue;
            if (mentions.FirstOrDefault(m => m.Start == doc.Words[w + 1].Start) is { End: > 0 } m) return m.Site;
        }
        return null;
    }

    /// <summary>
    /// The sites of the town an attack word of the news counts, by a noun of sites (function_words.tsv kind site_target or
    /// site_noun, in the singular: "struck two checkpoints", "attacked two police posts"), not of settlements, in a
    /// sentence whose only scene is the town (or none): how many, or null.
    /// </summary>
    private int? StruckSites(AnnotatedDocument doc, Frame frame, List<SentenceFacts> news)
    {
        foreach (var s in news)
        {
            if (s.EventPlaces.Any(p => !frame.Holds(p.Place)) || StruckPlaces(doc, s.Sentence) is not { } struck) continue;
            var noun = Singular(struck.Noun);
            if (struck.Count is >= 2 and <= MaxTownSites && (_siteTargets.Contains(noun) || _siteNouns.Contains(noun))) return struck.Count;
        }
        return null;
    }
}
