using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;
using Sitrep.Linking;

namespace Sitrep.Extraction;

// IncidentExtractor, part: coordinated waves: their members, their day and their totals (see IncidentExtractor.cs for the whole pipeline).
public sealed partial class IncidentExtractor
{
    /// <summary>
    /// In an article whose opening presents a coordinated series (waves.tsv kind wave), a sentence with only a weak
    /// attack word still tells one of its attacks when it places it and names what was hit, or is the sentence of the
    /// series itself: "At Dunmore, the assault on the depot was beaten back", "positions in X and Y were the target of
    /// simultaneous attacks". Armed men named as the ones hit ("rebels") and words of fear ("terror") tell no attack.
    /// A sentence that opens on an ordinal standing for one of the attacks (waves.tsv kind member) tells its members
    /// whatever its verb: "The first hit the barracks at X, the second the police post of Y". So does a row of a table
    /// of victims labelled by a town (<see cref="SentenceFacts.IsTableRow"/>), whatever its cells say.
    /// </summary>
    private static bool TellsWaveMember(SentenceFacts f) =>
        f.EventPlaces.Count > 0
        && (f.TellsMembersInTurn || f.IsTableRow
            || (f.OpensWithMember || f.Events.Any(e => e.As<EventCue>() is { Vehicle: false } c && (c.Assault || c.Act || c.EventType != "other")))
            && (f.Targets.Any(t => t.As<string>() != "armed_group") || f.HasWaveCue));

    /// <summary>
    /// The members of a wave struck together: one dated only by the day its news was told ("In X, officials said on Tuesday
    /// that 30 had been hurt"), or only by a sentence that tells no attack ("the road to X stayed closed on Wednesday"),
    /// takes the earliest day of a member whose attack is dated.
    /// </summary>
    private void DateByWave(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> wave, DateMention? story)
    {
        // a member with no day of its own that the text pairs with a day elsewhere ("the Y blast, around 01:30 on Wednesday")
        foreach (var fr in wave.Where(fr => fr.Date is null || !fr.DateFromAttack || DatesTelling(doc, fr.Date)))
            if (DayAfterPlaceNamed(doc, facts, fr) is { } named) { fr.Date = named; fr.DateFromAttack = true; }
        var attackDays = wave.Where(fr => fr.Date is { Precision: "day" } d && fr.DateFromAttack && !DatesTelling(doc, d)).Select(fr => fr.Date!).ToList();
        // the day the sentence of the series itself gives ("Overnight, the night of Friday 6 March, three attacks were
        // carried out within forty minutes of each other"): the series struck that day (or the night after it), whatever
        // later sentences of one member tell ("I spoke to their families this morning")
        if (SeriesDay(doc, facts) is { } told) attackDays.Add(told);
        // the day the sentence that opens the series gives, before any member is told ("In the early hours of Tuesday 15
        // October, two armed attacks struck army and police posts in two towns"): every member struck that day
        if (attackDays.Count == 0 && OpeningDay(doc, facts, wave) is { } opening) attackDays.Add(opening);
        // no member dated by a sentence that counts its victims: a day the text gives a member, before the story's
        if (attackDays.Count == 0 && WrittenMemberDay(doc, wave, story) is { } written) attackDays.Add(written);
        // no member dated by its own attack: the story's day (the lead's "on Tuesday") is the wave's
        if (attackDays.Count == 0 && story is { Precision: "day" }) attackDays.Add(story);
        if (attackDays.Count == 0) return;
        var first = attackDays.MinBy(d => d.Date)!;
        // a member told by an hour after midnight, in a wave whose day is told by an evening or a night, struck the next day
        var evening = EveningDay(doc, first) || wave.Any(fr => fr.Date is { } d && d.Date == first.Date && fr.Sentences.Any(s => !s.IsCaption && !IsBareTimeStamp(doc, s) && ClockHours(doc, s).Any(h => h >= EveningHour)));
        foreach (var fr in wave.Where(fr => fr.Date is null || DatesTelling(doc, fr.Date) || !fr.DateFromAttack))
            if (fr.Date is null || first.Date < fr.Date.Date)
            {
                var smallHours = evening && TellsOwnEarlyHour(doc, facts, fr);
                fr.Date = smallHours ? first with { Date = first.Date.AddDays(1) } : first;
                fr.DateFromAttack = true;
                fr.PastMidnight |= smallHours;
            }
    }

    /// <summary>
    /// The one day the article's sentences of the series (a word of a wave, not background) write for it, not the day of
    /// a telling nor a start ("since Monday"); null when they write none or more than one.
    /// </summary>
    private DateMention? SeriesDay(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var days = facts.Where(f => f.HasWaveCue && !f.IsBackground && !f.IsTitle && !f.IsCaption)
            .SelectMany(f => f.Dates.Where(d => d.Precision == "day" && !d.Since && !d.Approximate && !DatesTelling(doc, d))).ToList();
        return days.Select(d => d.Date).Distinct().Count() == 1 ? days[0] : null;
    }

    /// <summary>
    /// The one day written by the sentences of the news that tell attacks before the first sentence of any member (the
    /// series' opening: "In the early hours of Tuesday 15 October, two armed attacks struck posts in two towns") with its
    /// day of the month (a bare weekday of an aside, "before the start on Saturday of a holiday", dates no series), not a
    /// telling's day nor a start ("since Monday"); null when they write none or more than one.
    /// </summary>
    private DateMention? OpeningDay(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> wave)
    {
        var firstMember = wave.SelectMany(fr => fr.Sentences).Where(s => !s.IsTitle && !s.IsCaption).Select(s => s.Sentence.Start).DefaultIfEmpty(-1).Min();
        if (firstMember < 0) return null;
        var days = facts.Where(f => f.Sentence.Start < firstMember && !f.IsBackground && !f.IsTitle && !f.IsCaption && f.Events.Any(e => !e.As<EventCue>().Vehicle))
            .SelectMany(f => f.Dates.Where(d => d.Precision == "day" && !d.Since && !d.Approximate && !DatesTelling(doc, d) && WrittenInFull(doc, d))).ToList();
        if (days.Select(d => d.Date).Distinct().Count() != 1) return null;
        if (Trace) Console.Error.WriteLine($"  wave's opening day: {days[0].Value}");
        return days[0];
    }

    /// <summary>
    /// The day is told as an evening or a night: a part of the day after it or before it ("Saturday night", "on the
    /// evening of 3 May", "late on Saturday"; function_words.tsv kind evening_word).
    /// </summary>
    private bool EveningDay(AnnotatedDocument doc, DateMention d)
    {
        var (first, last) = (doc.WordAt(d.Start), doc.WordAt(Math.Max(d.Start, d.End - 1)));
        for (var w = Math.Max(0, first - 3); w <= last + 1 && w < doc.Words.Count; w++)
            if (_eveningWords.Contains(doc.Words[w].Key)) return true;
        return false;
    }

    /// <summary>
    /// The wave member's own sentences, or a sentence that names its place and no other scene, tell an hour after midnight
    /// and before dawn (<see cref="TellsEarlyHour"/>: "Near 0:45 another band hit the post of Y", "shooting from
    /// half past midnight") and no evening hour and no day of their own.
    /// </summary>
    private bool TellsOwnEarlyHour(AnnotatedDocument doc, List<SentenceFacts> facts, Frame fr)
    {
        var told = fr.Sentences.Concat(facts.Where(f => f.OtherPlaces.Any(p => fr.Holds(p.Place)) && f.EventPlaces.All(p => fr.Holds(p.Place))))
            .Where(s => !s.IsTitle && !s.IsCaption && !IsBareTimeStamp(doc, s)).Distinct().ToList();
        var early = told.Where(s => TellsEarlyHour(doc, s)).ToList();
        return early.Count > 0 && early.All(s => s.Dates.Count(d => d.Precision == "day") == 0)
               && !told.Any(s => ClockHours(doc, s).Any(h => h >= EveningHour));
    }

    /// <summary>
    /// A day a sentence of the article writes right after the member's place, with an attack word between or just before
    /// the place, and before any other place it names: "between the X attack, around 23:00 on Tuesday, and the Y blast,
    /// around 01:30 on Wednesday" gives Y Wednesday, though Y is no scene of the sentence's own attack. Null when no
    /// sentence, or more than one date, does so.
    /// </summary>
    private DateMention? DayAfterPlaceNamed(AnnotatedDocument doc, List<SentenceFacts> facts, Frame fr)
    {
        var found = new List<DateMention>();
        foreach (var f in facts.Where(f => !f.IsTitle && !f.IsCaption && !f.IsBackground))
        {
            var places = f.EventPlaces.Concat(f.OtherPlaces).Where(p => !p.IsDemonym).OrderBy(p => p.Start).ToList();
            var at = places.FirstOrDefault(p => fr.Holds(p.Place));
            if (at is null) continue;
            var days = CandidateDays(doc, f).Where(d => !DatesTelling(doc, d) && !DatesDeath(doc, f, d)).ToList();
            if (days.Select(d => d.Date).Distinct().Count() < 2) continue;
            var end = places.Where(p => p.Start > at.End && !fr.Holds(p.Place)).Select(p => p.Start).DefaultIfEmpty(f.Sentence.End).Min();
            var own = days.Where(d => d.Start >= at.End && d.End <= end).ToList();
            if (own.Count != 1) continue;
            var from = doc.WordAt(at.Start) - 2;
            if (!f.Events.Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false } && e.FirstWord >= from && e.Start < own[0].Start)) continue;
            found.Add(own[0]);
        }
        return found.Select(d => d.Date).Distinct().Count() == 1 ? found[0] : null;
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

    /// <summary>The frames that the article presents as one coordinated series, or null.</summary>
    private List<Frame>? FindWave(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames, DateMention? story)
    {
        if (frames.Count < 2) return null;
        // the article itself says its attacks are not linked ("police found nothing to connect the three attacks"): a
        // round-up of unrelated attacks, however it counts them
        if (SaysUnrelated(doc, facts)) return null;
        // a report of key:value blocks whose blocks of one day and one kind of attack the report links (a summary's
        // "coordinated series", a total for the series, one claim of them all): those blocks are the wave, not the others
        if (LabelledBlockWave(doc, facts, frames) is { } blocks) return blocks;
        // a round-up told in sections, one town's attack under each heading: attacks told apart, however it counts them
        // (a digest's run-in items, "- Riverton: gunmen fired on a patrol ...", may list the towns of one wave)
        // unless a sentence of its news links attacks of its items afterwards ("the police treat the two blasts as linked"):
        // those items are one wave, the others stay apart
        if (SectionHeadings(doc, facts) is var heads && facts.Any(f => heads.Contains(f.Sentence.Index) && RunInItemTown(doc, f) is null))
            return LinkedSections(doc, facts, frames);
        // a wave told before any background ("a wave of attacks on Monday killed 107, after the group warned it would strike")
        // (or told in a timeline page's entry of the page's news, which opens as a lead does: "15 June - Bombs explode at
        // two police posts, in X and on Y")
        // (a word of a total opens a wave only where it totals something: a figure or an attack in its sentence, not the
        // "overall level of advice" of a page's header)
        var entries = TimelineEntries(doc, facts);
        if (!facts.Any(f => (f.HasWaveCue || (f.HasTotalCue && (f.Casualties.Count > 0 || f.Events.Count > 0)) || f.TellsMembersInTurn) && InWaveOpening(doc, facts, f) && (!f.IsBackground || DayWave(doc, f))
                            || f.HasWaveCue && !f.IsBackground && entries.TryGetValue(f.Sentence.Index, out var e) && e.Opener == f.Sentence.Index)
            && SeriesItemOpenings(doc, facts).Count == 0 && !AnnouncesMemberList(doc, facts) && !ClaimsSeries(doc, facts) && !TotalsSeveralAttacks(doc, facts) && !SplitsTollAmongTowns(doc, facts)
            // "a second church, in Y, was set alight" after the first one's telling in X: one more site of the series
            && RepeatedSiteAttacks(doc, facts).Count == 0) return null;
        var country = frames.GroupBy(f => f.Place.CountryCode).OrderByDescending(g => g.Count()).First().Key;
        var members = frames.Where(f => f.Place.CountryCode == country).ToList();
        return members.Count >= 2 ? members : null;
    }

    /// <summary>Most days between the attacks of one wave: a night's attacks may fall on two dates, never more.</summary>
    private const int MaxWaveDaySpan = 1;

    /// <summary>
    /// "Monitors logged two attacks over the week, five dead overall", after a bombing on the 10th and an
    /// ambush on the 12th: attacks the article dates by their own days (not by the day their news was told) more than a
    /// night apart are separate attacks that a report counts or totals together over a period, no coordinated series,
    /// however the article totals them; a wave strikes within one day or one night.
    /// </summary>
    private bool SpreadOverDays(AnnotatedDocument doc, List<Frame> members)
    {
        var days = members.Where(fr => fr.Date is { Precision: "day" } d && fr.DateFromAttack && !DatesTelling(doc, d)).Select(fr => fr.Date!.Date).ToList();
        if (days.Count < 2) return false;
        var spread = days.Max().DayNumber - days.Min().DayNumber > MaxWaveDaySpan;
        if (spread && Trace) Console.Error.WriteLine($"  no wave: attacks {days.Min():yyyy-MM-dd} .. {days.Max():yyyy-MM-dd}");
        return spread;
    }

    /// <summary>
    /// The frames of a round-up's sections (<see cref="Sections"/>) that a sentence of its news links as one series after
    /// telling them one by one (<see cref="LinksToldAttacks"/>: "Police treat the two blasts as linked", "Both attacks came
    /// within an hour", "The Front claimed both bombings"): the sections whose towns it names, when it names two or more;
    /// else its own section and the nearest sections before it that tell an attack, as many as it counts ("the two" is its
    /// own and one more); else, written outside any section, the sections of the one day that has as many attacks as it
    /// counts, or all the sections when they are as many as it counts and none gives a day of its own. The sections must
    /// tell their attacks on one day (or the night across two): a sentence that links attacks
    /// of other days names no wave here. Null when no sentence links sections so: a round-up's attacks stay apart, however
    /// close in time they were.
    /// </summary>
    private List<Frame>? LinkedSections(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        var sections = Sections(doc, facts)
            .Where(s => s.Body.Any(b => !b.IsBackground && !b.IsCaption && ReportsAttack(b)) && HolderOf(frames, s.Town.Place) is not null)
            .Select(s => (s.Town, s.Body, Day: SectionDay(doc, facts, s.Town, s.Body), Frame: HolderOf(frames, s.Town.Place)!)).ToList();
        if (sections.Count < 2) return null;
        foreach (var f in facts)
        {
            if (LinksToldAttacks(doc, f) is not { } count) continue;
            var named = sections.Where(s => f.EventPlaces.Concat(f.OtherPlaces).Any(p => p.Place.GeonameId == s.Town.Place.GeonameId)).ToList();
            var own = sections.FindIndex(s => s.Body.Any(b => b.Sentence.Index == f.Sentence.Index));
            // (a report's sections that give no day of their own, as many as the sentence counts, are those it links:
            // "Both bombings were claimed by the Front" in the summary above the sections "Riverton." and "Elmwood.")
            var undated = own < 0 && named.Count < 2 && sections.Count == count && sections.All(s => s.Day is null);
            var linked = named.Select(s => s.Frame).Distinct().Count() >= 2 ? named
                : own >= 0 ? sections.Take(own + 1).Where(s => SameNight(s.Day, sections[own].Day)).TakeLast(count).ToList()
                : undated ? sections
                : sections.Where(s => s.Day is not null).GroupBy(s => s.Day!.Date).Where(g => g.Count() == count).Select(g => g.ToList()).SingleOrDefault() ?? [];
            if (linked.Count < 2 || (named.Count < 2 && linked.Count != count) || !(undated || linked.All(s => SameNight(s.Day, linked[0].Day)))) continue;
            var members = linked.Select(s => s.Frame).Distinct().ToList();
            if (members.Count < 2) continue;
            if (Trace) Console.Error.WriteLine($"  sections linked by sentence {f.Sentence.Index}: {string.Join(", ", members.Select(m => m.Place.Name))}");
            return members;
        }
        return null;
    }

    /// <summary>Two days of the same attack night: equal, or one the day after the other; a day unknown links nothing.</summary>
    private static bool SameNight(DateMention? a, DateMention? b) =>
        a is not null && b is not null && Math.Abs(a.Date.DayNumber - b.Date.DayNumber) <= 1;

    /// <summary>The day of a round-up's section: a day written in its heading ("Riverton (31 Mar)"), else its opening's.</summary>
    private DateMention? SectionDay(AnnotatedDocument doc, List<SentenceFacts> facts, PlaceMention town, List<SentenceFacts> body) =>
        HeadingOf(facts, town)?.Dates.FirstOrDefault(d => d.Precision == "day" && !d.Since) ?? SectionOpeningDay(doc, body);

    /// <summary>
    /// A sentence of the article's news that links attacks it told before as one series: it names them together as
    /// already told ("the two blasts", "both attacks": waves.tsv kind counted after "the" or "both") and says they belong
    /// together: words of a series (kind wave: "coordinated", "within an hour of each other") or of a link (kind link:
    /// "are treated as linked", "one joint inquiry", "within the hour", "the same cell"), no negation before them ("no
    /// sign the two attacks were linked"); or it claims them at once, or totals their victims. Returns how many attacks
    /// it names, or null.
    /// </summary>
    private int? LinksToldAttacks(AnnotatedDocument doc, SentenceFacts f)
    {
        if (f.IsBackground || f.IsTitle || f.IsCaption) return null;
        var cues = doc.CuesIn(f.Sentence.Span, CueKind.Wave).ToList();
        if (AttackCounts(doc, cues).Where(c => c.Told && !c.Apart).Select(c => (int?)c.Count).FirstOrDefault() is not { } count) return null;
        var links = cues.Where(w => w.As<string>() is "wave" or "link" || TellsTimeApart(doc, w)).ToList();
        var first = doc.WordAt(f.Sentence.Start);
        if (links.Any(l => !Enumerable.Range(first, Math.Max(0, l.FirstWord - first)).Any(w => _negations.Contains(doc.Words[w].Key)))) return count;
        if (f.Claims.Any(c => c.As<string>() == "claimed" && NamesSeries(doc, c))) return count;
        return f.Casualties.Any(c => c.Value > 0) && TotalOfSeveral(doc, f) ? count : null;
    }

    /// <summary>
    /// The kind of attack the article's words of a series tell of the series as a whole ("police investigate a series of
    /// arson attacks", "a wave of bombings hit four towns"): the one event type of the strong attack words in the news
    /// sentences that carry a wave cue, with their weapons and the words read (the evidence a member that takes them
    /// carries). Null when those words name no attack or more than one type.
    /// </summary>
    private static (string Type, IReadOnlyList<string> Weapons, IReadOnlyList<TextSpan> Spans)? SeriesKind(List<SentenceFacts> facts)
    {
        var cues = facts.Where(f => f.HasWaveCue && !f.IsBackground && !f.IsCaption).SelectMany(f => f.Events)
            .Where(e => e.As<EventCue>() is { Weak: false, Vehicle: false, WeaponName: false }).ToList();
        var types = cues.Select(c => c.As<EventCue>().EventType).Distinct().ToList();
        if (types.Count != 1) return null;
        var weapons = cues.SelectMany(c => c.As<EventCue>().Weapons).Distinct().Order(StringComparer.Ordinal).ToList();
        return weapons.Count == 0 ? null : (types[0], weapons, cues.Where(c => c.As<EventCue>().Weapons.Count > 0).Select(c => c.Span).ToList());
    }

    /// <summary>
    /// A member of a series whose own sentences name no attack (only weak words, no shot victim: a table row "Town | Sun
    /// 20 Sep, 23:50 | cabinet destroyed", "In the second town the equipment burned"): its kind is the series' kind.
    /// </summary>
    private static bool TellsNoKind(Frame frame) =>
        !frame.Sentences.Any(s => s.Events.Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false }))
        && !frame.Casualties.Any(c => CasualtyMention.IsHit(c.Mention.Kind));

    /// <summary>
    /// The frames of a report's key:value blocks (<see cref="LabelledBlockTown"/>) that tell one series: two or more blocks
    /// of the report's news (not those kept for reference) dated the same day by their "Date:" lines, whose lines tell the
    /// same kind of attack ("Type: IED / parcel bomb", "a parcel exploded"), in a report that links its attacks with the
    /// evidence a prose wave needs, read anywhere in its news since a report opens on headers and a summary: words of a
    /// series ("a coordinated series of parcel bombs"), a total of several ("Total for the series: ..."), a claim of the
    /// series ("claimed the three attacks"). Blocks of another day or another kind stay apart, and so do all blocks of a
    /// report that links none. Null when no such blocks are found (the report may still be one of several days: only one
    /// day's blocks may form the wave).
    /// </summary>
    private List<Frame>? LabelledBlockWave(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        var blocks = new List<(Frame Frame, DateOnly Day, string Kind)>();
        for (var i = 0; i < facts.Count; i++)
        {
            if (LabelledBlockTown(doc, facts[i]) is not { } town) continue;
            var lines = BlockLines(doc, facts, i, before: true).Append(facts[i]).Concat(BlockLines(doc, facts, i, before: false)).ToList();
            if (facts[i].IsBackground || LabelledBlockDay(doc, facts, town) is not { } day || HolderOf(frames, town.Place) is not { } frame
                || frame.Place.GeonameId != town.Place.GeonameId) continue;
            var kind = lines.SelectMany(l => l.Events).Select(e => e.As<EventCue>()).Where(e => !e.Weak)
                .GroupBy(e => e.EventType).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
            if (kind is not null) blocks.Add((frame, day.Date, kind));
        }
        var series = blocks.GroupBy(b => (b.Day, b.Kind)).Where(g => g.Select(b => b.Frame).Distinct().Count() >= 2).ToList();
        if (series.Count != 1) return null;
        var linked = facts.Any(f => !f.IsBackground && !f.IsTitle && (f.HasWaveCue || f.HasTotalCue && f.Casualties.Count > 0))
                     || ClaimsSeries(doc, facts) || TotalsSeveralAttacks(doc, facts);
        return linked ? series[0].Select(b => b.Frame).Distinct().ToList() : null;
    }

    /// <summary>
    /// A sentence of the article's news gives a toll of several of its attacks together (<see cref="TotalOfSeveral"/>: "In
    /// total, one officer died and three people were hurt in the two attacks"): it presents them as one series, however
    /// far down the page the total is told, after each attack was told in turn.
    /// </summary>
    private bool TotalsSeveralAttacks(AnnotatedDocument doc, List<SentenceFacts> facts) =>
        facts.Any(f => !f.IsBackground && f.Casualties.Any(c => c.Value > 0) && TotalOfSeveral(doc, f));

    /// <summary>
    /// A sentence of the article's news splits one toll, with no verb of its own, among two or more of its towns ("killing
    /// six people, four in X and two in Y", "seven were hurt: six in X, one in Y"): the figures after the total
    /// (continuations of its kind) each stand right before "in" and a different scene of the sentence. One toll spread so
    /// over several towns presents their attacks as one series, the toll its own. The sentence must tell an attack
    /// (an event cue: "bombs went off", "raids"): deaths counted by state with no attack ("died of poisoning in X; 12
    /// in Y") are no series.
    /// </summary>
    private static bool SplitsTollAmongTowns(AnnotatedDocument doc, List<SentenceFacts> facts) =>
        facts.Any(f => !f.IsBackground && !f.IsTitle && !f.IsCaption && f.Events.Count > 0 && f.Casualties.Any(c => !c.Continuation && c.Value > 1
            && f.Casualties.Where(p => p.Continuation && p.Kind == c.Kind && p.Figure.Start > c.Figure.End)
                .Select(p => TownAfterFigure(doc, f, p)).OfType<Place>().Select(t => t.GeonameId).Distinct().Count() >= 2));

    /// <summary>The scene of the sentence written right after a figure and "in" ("four in X"), or null.</summary>
    private static Place? TownAfterFigure(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c)
    {
        var w = doc.WordAt(c.Figure.End);
        if (w + 1 >= doc.Words.Count || doc.Words[w].Key != "in") return null;
        return f.EventPlaces.FirstOrDefault(p => p.Start == doc.Words[w + 1].Start)?.Place;
    }

    /// <summary>
    /// A sentence of the article's news claims every attack of a series at once (claims.tsv column series): one group that
    /// claims "both attacks" presents them as one series, however far down the page the claim is told ("On Monday the
    /// Front claimed responsibility for both attacks on its channel" after the two towns' stories).
    /// </summary>
    private bool ClaimsSeries(AnnotatedDocument doc, List<SentenceFacts> facts) =>
        facts.Any(f => !f.IsBackground && f.Claims.Any(c => c.As<string>() == "claimed" && (NamesSeries(doc, c) || ClaimOfToldAttacks(doc, f, c))));

    /// <summary>Most words between a claim and the attacks already told it names (<see cref="ClaimOfToldAttacks"/>).</summary>
    private const int MaxClaimedSeriesGap = 8;

    /// <summary>
    /// "The Front said in a statement posted online that its fighters had carried out 'the two operations' in X and Y",
    /// "the group has said it carried out both.": a claim whose sentence goes on, a few words after its phrase, to name
    /// the attacks already told counted together (<see cref="ToldAttacksCounted"/>), or ends on "both" right after it,
    /// claims them all at once.
    /// </summary>
    private bool ClaimOfToldAttacks(AnnotatedDocument doc, SentenceFacts f, Cue claim)
    {
        var words = doc.Words;
        var next = claim.LastWord + 1;
        if (next < words.Count && words[next].Key == "both" && words[next].Start < f.Sentence.End
            && (next + 1 >= words.Count || words[next + 1].Start >= f.Sentence.End || words[next + 1].Key is "." or "," or ";" or "and"))
            return true;
        return ToldAttacksCounted(doc, doc.CuesIn(f.Sentence.Span, CueKind.Wave))
            .Any(n => n.FirstWord > claim.LastWord && n.FirstWord - claim.LastWord <= MaxClaimedSeriesGap);
    }

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
    /// A sentence of the article's news, with words of a series (waves.tsv kind wave: "two attacks took place"), that
    /// ends on a colon and is followed by a bulleted item headed by a place ("- X: the police post was attacked ..."):
    /// it announces the list of the series' members, however deep in the page it stands (meeting minutes, a report's
    /// later section).
    /// </summary>
    private static bool AnnouncesMemberList(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        for (var i = 0; i + 1 < facts.Count; i++)
        {
            var f = facts[i];
            if (f.IsBackground || f.IsTitle || f.IsCaption || !f.HasWaveCue || !doc.Text.AsSpan(f.Sentence.Start, f.Sentence.End - f.Sentence.Start).TrimEnd().EndsWith(":")) continue;
            var next = facts[i + 1];
            if (!next.IsBackground && next.EventPlaces.Any(p => HeadsListItem(doc, next.Sentence, p))) return true;
        }
        return false;
    }

    /// <summary>
    /// Some sentence of the article denies a link between its attacks (waves.tsv kind unrelated: "nothing to connect",
    /// "no link between", "appeared to be unrelated"), unless a word after it in its clause leaves the link open
    /// (function_words.tsv kind link_pending: "no link between the two has yet been confirmed, but ...").
    /// </summary>
    private bool SaysUnrelated(AnnotatedDocument doc, List<SentenceFacts> facts) =>
        facts.Any(f => doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(w => w.As<string>() == "unrelated" && !LeavesLinkOpen(doc, f, w)));

    /// <summary>Most words after a denial of a link that may leave it open (<see cref="SaysUnrelated"/>).</summary>
    private const int LinkPendingReach = 8;

    private bool LeavesLinkOpen(AnnotatedDocument doc, SentenceFacts f, Cue cue)
    {
        var words = doc.Words;
        for (var k = cue.LastWord + 1; k < words.Count && k <= cue.LastWord + LinkPendingReach && words[k].Start < f.Sentence.End; k++)
        {
            if (words[k].Key is "," or ";" or ":" or "—" or "–" or "but") return false;
            if (_linkPending.Contains(words[k].Key)) return true;
        }
        return false;
    }

    /// <summary>
    /// A background sentence still tells the day's wave when the wave comes before any background ("a wave of attacks on
    /// Monday killed 107, after the group warned it would strike"), unless it counts over a period (background.tsv kind
    /// aggregate): "the province has seen a string of bombings this year" is no wave of the day.
    /// </summary>
    private static bool DayWave(AnnotatedDocument doc, SentenceFacts f) =>
        !BackgroundCues(doc, f.Sentence.Span).Any(b => b.As<string>() == "aggregate")
        && TellsBeforeBackground(doc, f, doc.CuesIn(f.Sentence.Span, CueKind.Wave).FirstOrDefault(w => w.As<string>() is "wave" or "total")?.End ?? f.Sentence.End);

    /// <summary>
    /// "The army put the toll at six dead - four guards at the depot and two soldiers in the blast - and four wounded":
    /// a figure followed in its sentence by two or more counts that add up to it breaks the toll down among several
    /// attacks; in a wave, a sentence without a place of its own that does so gives the series' figures (all of them),
    /// not those of the member in focus.
    /// </summary>
    /// "9 had died there, five of them soldiers and four of them market traders": counts written as a part of
    /// the victims ("<count> of them", function_words.tsv kind apposition_part) split them by who they were, not among
    /// the attacks.
    private bool BreaksDownToll(AnnotatedDocument doc, SentenceFacts f) =>
        f.Casualties.Any(c => c.Value is > 2 && SumsTo(doc.NumbersIn(new TextSpan(c.Figure.End, f.Sentence.End)).Select(n => n.Value).ToList(), c.Value.Value)
                              && !doc.NumbersIn(new TextSpan(c.Figure.End, f.Sentence.End)).Any(n => CountsPartOfVictims(doc, n.End)));

    /// <summary>"seven of them", "four of whom": the words right after a count make it a part of the victims.</summary>
    private bool CountsPartOfVictims(AnnotatedDocument doc, int end)
    {
        var w = doc.WordAt(end);
        if (w < 0 || w >= doc.Words.Count) return false;
        if (doc.Words[w].Start < end) w++;
        return w + 1 < doc.Words.Count && doc.Words[w].Key == "of" && _victimParts.Contains(doc.Words[w + 1].Key);
    }

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
    /// A place that holds two or more of the wave's members (their province, a region written as "the department of X")
    /// names the whole series, not one attack: "The bombings across the province began at noon" speaks of the
    /// wave, and the place-less sentences after it (a ministry's "nine dead and 30 hurt") total the wave until a member's
    /// own place is named. A member's own town is that member's, though a neighbour lies within reach.
    /// </summary>
    private static bool WaveArea(List<Frame>? wave, PlaceMention p) =>
        wave is not null && wave.Count(fr => fr.Holds(p.Place)) >= 2 && !wave.Any(fr => fr.Place.GeonameId == p.Place.GeonameId && fr.Place.Kind == p.Place.Kind);

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
            || ClosesWithTotal(doc, f, c)
            || TollOfWave(doc, f, c)
            || ToldAttacksBefore(doc, f, c);
    }

    /// <summary>
    /// "Gunmen raided two towns of the province on Monday, killing at least ten people": a sentence with words of a series
    /// (waves.tsv kind wave) that names no town of any of the article's attacks (a province or a country at most) tells the
    /// series as a whole, and its figures are the series', not those of the member told next.
    /// </summary>
    private static bool TellsSeriesAlone(SentenceFacts f, List<Frame> frames) =>
        f.HasWaveCue && !f.EventPlaces.Concat(f.OtherPlaces).Any(p => p.Place.Kind == PlaceKind.City && HolderOf(frames, p.Place) is not null);

    /// <summary>Most words between attacks already told, counted, and the figure they total (<see cref="ToldAttacksBefore"/>).</summary>
    private const int MaxToldTotalSpan = 12;

    /// <summary>
    /// "Including the guard who died at X, the two attacks have so far cost 8 lives, with 19 injured": a
    /// figure after the attacks already told counted together (<see cref="ToldAttacksCounted"/>: "the two attacks", "both
    /// raids"), with no place of the sentence between them, is the toll of them all, not of the member whose place the
    /// sentence names before ("one of the two attacks killed five" names one of them).
    /// </summary>
    private bool ToldAttacksBefore(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c)
    {
        var figure = doc.WordAt(c.Figure.Start);
        return ToldAttacksCounted(doc, doc.CuesIn(f.Sentence.Span, CueKind.Wave)).Any(n => n.LastWord < figure && figure - n.LastWord <= MaxToldTotalSpan
            && !f.EventPlaces.Concat(f.OtherPlaces).Any(p => p.Start >= n.End && p.End <= c.Figure.Start)
            && !f.Casualties.Any(o => o != c && o.Kind == c.Kind && o.Figure.Start > n.End && o.Figure.Start < c.Figure.Start));
    }

    /// <summary>
    /// "The statement gives nine dead among guards and villagers, and 14 hurt, for the two attacks combined": a
    /// total's words of several words (waves.tsv kind total: "for the two attacks", "across both sites") that close the
    /// sentence's figures give them all to the wave, however far they stand: the figure is the last of its kind before
    /// those words, and no place stands between it and them ("11 killed in X and five in Y, 16 in the two attacks" keeps
    /// 11 with X). Words that go on to a figure of their own ("three died at the depot, which brought the overall toll
    /// to seven") give the total there, not to the figures before them.
    /// </summary>
    private static bool ClosesWithTotal(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c)
    {
        var figure = doc.WordAt(c.Figure.Start);
        return doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(w => w.As<string>() == "total" && w.FirstWord > figure && w.FirstWord - figure <= MaxClosingTotalSpan
            && doc.Text.AsSpan(w.Start, w.End - w.Start).Contains(' ')
            && !f.Casualties.Any(o => o != c && o.Kind == c.Kind && o.Figure.Start > c.Figure.Start && o.Figure.Start < w.Start)
            && !f.Casualties.Any(o => o.Figure.Start >= w.End)
            && !f.EventPlaces.Concat(f.OtherPlaces).Any(p => p.Start >= c.Figure.End && p.End <= w.Start));
    }

    /// <summary>Most words between a figure and the total's words that close the sentence's figures (<see cref="ClosesWithTotal"/>).</summary>
    private const int MaxClosingTotalSpan = 30;

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
    /// "Four guards died on Sunday as gunmen raided two border posts, one at X and one near Y": in a member's
    /// sentence, a figure written before the count of the places struck (<see cref="CountsStruckPlaces"/>: "at two police
    /// posts", "attacked both villages") counts them all, when every scene the sentence names stands after that count (the
    /// places the count is then spread over, though the gazetteer knows only one of them): the wave's toll, not the toll
    /// of the one town it recognised. A figure right before a place ("three in X") stays that place's.
    /// </summary>
    private bool TollOfStruckPlaces(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c)
    {
        if (c.Value is not > 1 || f.EventPlaces.Count == 0 || CountsStruckPlaces(doc, f.Sentence) is not { } struck) return false;
        return c.Span.End <= struck && f.EventPlaces.All(p => p.Start >= struck);
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
    /// "The first reports last night said five dead", in a wave, in a sentence with no place of its own: a count told as
    /// given before the news was sorted out (function_words.tsv kind earlier_count before the figure, no ";" between)
    /// counts the night as the first reports knew it, the whole series, not the member in focus. A member already given
    /// a higher figure of its kind keeps the early count as its own ("nine died at the post; first reports said six").
    /// </summary>
    private bool EarlierCountOfSeries(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c, Frame focus)
    {
        if (c.Value is not > 0 || focus.Casualties.Any(o => o.Mention.Kind == c.Kind && o.Mention.Value > c.Value)) return false;
        var first = doc.WordAt(f.Sentence.Start);
        var figure = doc.WordAt(c.Figure.Start);
        for (var w = figure - 1; w >= first; w--)
        {
            if (doc.Words[w].Key == ";") return false;
            if (PhraseEnd(doc, w, figure, _earlierCounts, MaxEarlierCountWords) >= 0) return true;
        }
        return false;
    }

    /// <summary>Most words of an early count's phrase (function_words.tsv kind earlier_count: "first version of this report").</summary>
    private const int MaxEarlierCountWords = 5;

    /// <summary>
    /// "The number killed in the two attacks rose to five", in an article where no series was found: a toll of several
    /// attacks is none of them alone, so no frame keeps it (its sentence still tells the frames their targets and days).
    /// </summary>
    private void DropTotalsOfSeveral(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        var totals = facts.Where(f => !f.IsBackground && f.Casualties.Count > 0 && TotalOfSeveral(doc, f)).SelectMany(f => f.Casualties).ToHashSet();
        totals.UnionWith(facts.Where(f => !f.IsBackground && f.HasTotalCue).SelectMany(f => f.Casualties.Where(c => SumsFrames(f, c, frames))));
        totals.UnionWith(facts.Where(f => !f.IsBackground).SelectMany(f => f.Casualties.Where(c => TollOfCountedAttacks(doc, f, c, frames))));
        if (frames.Count(fr => fr.Sentences.Any(ReportsAttack)) >= 2)
            totals.UnionWith(facts.Where(f => !f.IsBackground && !f.IsTitle && f.HasTotalCue && !Scenes(f).Any(p => HolderOf(frames, p.Place) is not null))
                                  .SelectMany(f => f.Casualties.Where(c => TotalOverHolder(f, c, frames))));
        if (totals.Count == 0) return;
        foreach (var frame in frames) frame.Casualties.RemoveAll(c => totals.Contains(c.Mention));
    }

    /// <summary>
    /// "In all the night cost five lives and left seven people hurt" in a report's summary, before any
    /// attack's place is named, or right after a sentence that named the places of several attacks ("Rebels raided a post
    /// in X and bombed a truck near Y. The toll rose to four."): a figure of a sentence without a place of its own that is
    /// the sum of figures of its kind the article gives two or more of its attacks (one figure of each attack that has
    /// figures of that kind) counts them together, no single one: the wave's when the article tells one, else no one's.
    /// </summary>
    private static void MoveSummedTotals(List<SentenceFacts> facts, List<Frame> frames, List<Frame>? wave, List<(CasualtyMention, string?)> waveCasualties)
    {
        if (frames.Count < 2) return;
        var named = false;
        var listed = false;
        var totals = new List<(CasualtyMention Mention, string? Source)>();
        foreach (var f in facts)
        {
            if (f.IsBackground || f.IsTitle || f.IsCaption) continue;
            // a place named only as a reference point ("near Y") still lists that attack's place
            var here = f.EventPlaces.Select(p => HolderOf(frames, p.Place)).OfType<Frame>().Distinct().Count();
            // or one that names the places of several attacks only as what its figure speaks of ("referring to the dead
            // of X and Y together")
            var speaksOfSeveral = here == 0 && f.OtherPlaces.Select(p => HolderOf(frames, p.Place)).OfType<Frame>().Distinct().Count() >= 2;
            if (here == 0 && (!named || listed || speaksOfSeveral))
                totals.AddRange(f.Casualties.Where(c => SumOfAttacks(f, c, frames)).Select(c => (c, f.SourceOf(c))));
            // in a wave, a place-less figure further on that adds up the members' highest figures is the series' toll
            else if (here == 0 && wave is not null)
                totals.AddRange(f.Casualties.Where(c => SumOfHighest(f, c, wave)).Select(c => (c, f.SourceOf(c))));
            if (here > 0) named = true;
            listed = here > 1;
        }
        if (totals.Count == 0) return;
        var mentions = totals.Select(t => t.Mention).ToHashSet();
        var fromMembers = wave is not null && frames.Any(fr => wave.Contains(fr) && fr.Casualties.Any(c => mentions.Contains(c.Mention)));
        foreach (var frame in frames) frame.Casualties.RemoveAll(c => mentions.Contains(c.Mention));
        if (Trace) Console.Error.WriteLine($"  totals of several attacks: {string.Join(' ', totals.Select(t => $"{t.Mention.Kind}:{t.Mention.Value}"))}");
        if (fromMembers) waveCasualties.AddRange(totals.Where(t => !waveCasualties.Any(w => w.Item1 == t.Mention)));
    }

    /// <summary>Most attacks whose figures <see cref="SumOfAttacks"/> tries together.</summary>
    private const int MaxSummedAttacks = 6;

    /// <summary>
    /// Whether a figure of two or more is the sum of one figure of its kind, each smaller than it, of every frame that
    /// has such figures from other sentences, when two or more frames have some.
    /// </summary>
    private static bool SumOfAttacks(SentenceFacts f, CasualtyMention c, List<Frame> frames)
    {
        if (c is not { Value: > 1 and var total, Kind: CasualtyMention.Killed or CasualtyMention.Injured }) return false;
        var parts = frames.Select(fr => fr.Casualties.Where(o => o.Mention.Kind == c.Kind && o.Mention.Value is > 0 && o.Mention.Value < total && !f.Casualties.Contains(o.Mention))
                                                     .Select(o => o.Mention.Value!.Value).Distinct().ToList())
                          .Where(v => v.Count > 0).ToList();
        if (parts.Count is < 2 or > MaxSummedAttacks) return false;
        var sums = new HashSet<int> { 0 };
        foreach (var part in parts) sums = sums.SelectMany(s => part.Select(v => s + v)).Where(s => s <= total).ToHashSet();
        return sums.Contains(total);
    }

    /// <summary>
    /// "A spokesman said eight citizens had been killed", without a place of its own, after the members were each given
    /// their toll (six in X, two in Y): a figure that is the sum of the highest figure of its kind of every member of the
    /// wave that has one, two or more of them, each smaller than it, counts the series, not the member told last.
    /// </summary>
    private static bool SumOfHighest(SentenceFacts f, CasualtyMention c, List<Frame> wave)
    {
        if (c is not { Value: > 1 and var total, Kind: CasualtyMention.Killed or CasualtyMention.Injured }) return false;
        var highest = wave.Select(fr => fr.Casualties.Where(o => o.Mention.Kind == c.Kind && o.Mention.Value is > 0 && !f.Casualties.Contains(o.Mention))
                                                     .Select(o => o.Mention.Value!.Value).DefaultIfEmpty(0).Max())
                          .Where(v => v > 0).ToList();
        return highest.Count >= 2 && highest.All(v => v < total) && highest.Sum() == total;
    }

    /// <summary>
    /// "In all, three people were injured", without a place of its own, in an article that tells attacks at two or more
    /// places: a figure with a total word (waves.tsv kind total) larger than every other figure of its kind the attack it
    /// would go to was given counts several attacks together, not that one.
    /// </summary>
    private static bool TotalOverHolder(SentenceFacts f, CasualtyMention c, List<Frame> frames)
    {
        if (c is not { Value: > 1 and var total, Kind: CasualtyMention.Killed or CasualtyMention.Injured }) return false;
        if (frames.FirstOrDefault(fr => fr.Casualties.Any(o => o.Mention == c)) is not { } holder) return false;
        var others = holder.Casualties.Where(o => o.Mention.Kind == c.Kind && o.Mention.Value is not null && !f.Casualties.Contains(o.Mention)).Select(o => o.Mention.Value!.Value).ToList();
        return others.Count > 0 && others.All(v => v < total);
    }

    /// <summary>
    /// "Two separate attacks left three people dead on Sunday: a guard shot in X and two traders killed by a bomb in Y":
    /// the first figure of its kind told after a count of two or more attacks (<see cref="CountsAttacks"/>), before the
    /// places of two or more of the article's attacks, counts those attacks together, no single one. The figures given
    /// place by place after it ("five dead: three in X and two in Y") each stay their town's.
    /// </summary>
    private bool TollOfCountedAttacks(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c, List<Frame> frames)
    {
        if (c.Value is not > 1 || CountsAttacks(doc, f) is not { } counted || counted > c.Figure.Start) return false;
        // the first figure of its kind after the count: "five people: three in X and two in Y" gives the parts after it
        if (f.Casualties.Any(o => o != c && o.Kind == c.Kind && o.Figure.Start >= counted && o.Figure.Start < c.Figure.Start)) return false;
        return f.EventPlaces.Where(p => p.Start >= c.Figure.End).Select(p => HolderOf(frames, p.Place)).OfType<Frame>().Distinct().Count() >= 2;
    }

    /// <summary>
    /// Where a count of two or more attacks told afresh in the sentence ends: a plural noun for attacks that a count numbers
    /// (waves.tsv kind counted, not "the two attacks" told before), or attacks called separate right after a count (kind
    /// told: "two separate attacks"); null when the sentence counts none.
    /// </summary>
    private int? CountsAttacks(AnnotatedDocument doc, SentenceFacts f)
    {
        var cues = doc.CuesIn(f.Sentence.Span, CueKind.Wave).ToList();
        int? end = null;
        foreach (var noun in cues.Where(w => w.As<string>() == "counted"))
            if (AttackCounts(doc, [noun]).Any(a => !a.Told)) end = Math.Min(end ?? int.MaxValue, noun.End);
        foreach (var told in cues.Where(w => w.As<string>() == "told" && w.FirstWord > 0))
        {
            var before = doc.Words[told.FirstWord - 1];
            if (doc.NumbersIn(new TextSpan(before.Start, before.End)).Any(n => n.End == before.End && n.Value >= 2)
                && !(told.FirstWord >= 2 && _toldCounts.Contains(doc.Words[told.FirstWord - 2].Key)))
                end = Math.Min(end ?? int.MaxValue, told.End);
        }
        return end;
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
    private bool TotalOfSeveral(AnnotatedDocument doc, SentenceFacts f)
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
}
