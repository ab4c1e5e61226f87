using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;
using Sitrep.Linking;

namespace Sitrep.Extraction;

// IncidentExtractor, part: dates and background (see IncidentExtractor.cs for the whole pipeline).
public sealed partial class IncidentExtractor
{
    /// <summary>
    /// The span counts over a stretch of time measured from an edge ("in the past six months", "during the first 10
    /// weeks of the war", "in the first half of the year"; function_words.tsv kinds period_edge and period_unit): "the",
    /// an edge word, then a count (a number or "half") and a unit. A toll in such a sentence is a period's.
    /// </summary>
    private bool CountsOverPeriod(AnnotatedDocument doc, TextSpan span)
    {
        for (var w = doc.WordAt(span.Start); w + 3 < doc.Words.Count && doc.Words[w + 3].Start < span.End; w++)
        {
            if (CountsOverStretch(doc, span, w)) return true;
            if (doc.Words[w].Key != "the" || !_periodEdges.Contains(doc.Words[w + 1].Key)) continue;
            var count = w + 2;
            if (doc.Words[count].Key != "half")
            {
                var number = doc.NumbersIn(new TextSpan(doc.Words[count].Start, doc.Words[count].End)).FirstOrDefault();
                if (number is null) continue;
                while (count + 1 < doc.Words.Count && doc.Words[count + 1].End <= number.End) count++;
            }
            if (count + 1 < doc.Words.Count && _periodUnits.Contains(doc.Words[count + 1].Key)) return true;
            if (doc.Words[count].Key == "half" && count + 2 < doc.Words.Count && doc.Words[count + 1].Key == "of") return true;
        }
        return false;
    }

    /// <summary>
    /// The span counts over a stretch of time ("3,000 died over 30 years", see the overload): such a toll is kept from
    /// being reread as a follow-up's attack or told as a past attack of its own.
    /// </summary>
    private bool CountsOverStretch(AnnotatedDocument doc, TextSpan span)
    {
        for (var w = doc.WordAt(span.Start); w + 2 < doc.Words.Count && doc.Words[w + 2].Start < span.End; w++)
            if (CountsOverStretch(doc, span, w)) return true;
        return false;
    }

    /// <summary>
    /// A stretch preposition (function_words.tsv kind stretch_preposition) right before a count and a unit of time
    /// (period_unit) measures a toll over that stretch: "3,000 died over 30 years", "killed during four decades of war". Not
    /// after a ranking word of its sentence ("the deadliest attack in over 30 years" ranks the day's attack), nor before
    /// "ago" or "old" (function_words.tsv kind stretch_closer: "over 30 years ago", "a man over 30 years old").
    /// </summary>
    private bool CountsOverStretch(AnnotatedDocument doc, TextSpan span, int w)
    {
        if (!_stretchPrepositions.Contains(doc.Words[w].Key)) return false;
        var count = w + 1;
        // the number may take the preposition in ("over 30" read as more than 30)
        var number = doc.NumbersIn(new TextSpan(doc.Words[w].Start, doc.Words[count].End)).FirstOrDefault(n => n.End >= doc.Words[count].End);
        if (number is null) return false;
        while (count + 1 < doc.Words.Count && doc.Words[count + 1].End <= number.End) count++;
        if (count + 1 >= doc.Words.Count || !_periodUnits.Contains(doc.Words[count + 1].Key)) return false;
        if (count + 2 < doc.Words.Count && doc.Words[count + 2].Start < span.End && _stretchClosers.Contains(doc.Words[count + 2].Key)) return false;
        return !BackgroundCues(doc, new TextSpan(span.Start, doc.Words[w].Start)).Any(b => b.As<string>() == "ranking");
    }

    /// <summary>
    /// The sentence tells attacks as a habit of a place or a time, not one event: a habit word (function_words.tsv kind
    /// habit_word) right before an attack word ("the republic has seen numerous bombings", "frequent deadly attacks") or
    /// said of it after a form of "be" ("kidnappings are commonplace"; not "the assailants, numerous and armed"), and no
    /// day nor counted victim. Such a sentence is background.
    /// </summary>
    private bool TellsHabit(AnnotatedDocument doc, TextSpan span, IReadOnlyList<CasualtyMention> casualties, IReadOnlyList<DateMention> dates)
    {
        if (dates.Any(d => d.Precision == "day") || casualties.Any(c => c.Value > 0)) return false;
        var events = doc.CuesIn(span, CueKind.Event).ToList();
        if (events.Count == 0) return false;
        for (var w = doc.WordAt(span.Start); w < doc.Words.Count && doc.Words[w].Start < span.End; w++)
        {
            // a habitual adverb beside an attack word: "devices are often placed on the roads", "gunmen routinely rob buses"
            // (right after the attack word, the adverb tells the manner of one attack: "shot repeatedly at the building")
            if (_habitualAdverbs.Contains(doc.Words[w].Key) && !events.Any(e => e.LastWord == w - 1)
                && events.Any(e => Math.Abs(e.FirstWord - w) <= HabitReach || Math.Abs(e.LastWord - w) <= HabitReach))
                return true;
            // a verb of happening in the present after an attack word, in its clause: "attacks on the bases happen
            // without warning", "kidnappings occur on the roads" (not "happened", which tells one event; not after a
            // negation: "the stabbing did not happen on Friday" denies one event's day)
            if (_habitVerbs.Contains(doc.Words[w].Key) && !(w > 0 && _negations.Contains(doc.Words[w - 1].Key))
                && events.Any(e => e.LastWord < w && !CommaBetween(doc, e.LastWord, w))) return true;
            if (!_habitWords.Contains(doc.Words[w].Key)) continue;
            if (events.Any(e => e.FirstWord > w && e.FirstWord <= w + 2)) return true;
            if (w > 0 && _beAuxiliaries.Contains(doc.Words[w - 1].Key) && events.Any(e => e.LastWord < w)) return true;
        }
        return false;
    }

    /// <summary>Most words between a habitual adverb and the attack word it tells as a habit ("devices are often placed").</summary>
    private const int HabitReach = 3;

    /// <summary>A comma (or a semicolon) stands in the text between two words.</summary>
    private static bool CommaBetween(AnnotatedDocument doc, int from, int to) =>
        doc.Text.AsSpan(doc.Words[from].End, Math.Max(0, doc.Words[to].Start - doc.Words[from].End)).IndexOfAny(',', ';') >= 0;

    /// <summary>
    /// A frame the fallback placed (no sentence of the news writes a place as the attack's) with no day of its own tells
    /// the earlier attack its article recalls at that place, not an attack of the publication day: a column on "the
    /// Ashford attack" a fortnight on, a court report on last year's car bomb ("The trial over the Ashford bombing went
    /// on on Tuesday. The bomb went off outside a shop in Ashford on 3 May 2024, killing a guard."). The first background
    /// sentence that tells an attack (<see cref="TellsPastAttack"/>), gives it one day before the story's and names the
    /// frame's place (or, naming no place, opens the article after a dateline of it: "OLDTOWN - Thirty years ago today a
    /// bomb killed nine") dates the frame; the past attack it told then is this report, not one more.
    /// So is a frame whose day was read only in sentences that tell no attack in strong words, the day of a step after
    /// it (a funeral, a discharge from hospital, a statement: "On Monday the group denied any part in the killing"),
    /// when the attack it recalls came at most <see cref="FollowUpDays"/> days before that day ("the corporal was shot
    /// dead last Thursday night"): the follow-up's own news day is not the attack's.
    /// </summary>
    private void DateByRecalledAttack(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames, DateMention? story)
    {
        var dateline = facts.Select(f => f.Dateline).FirstOrDefault(d => d is not null);
        foreach (var frame in frames.Where(fr => fr.FromTitleOnly && (fr.Date is null || StepDayOnly(fr)) || RefersOnly(fr) || ToldDayOnly(fr)))
        {
            var recall = facts.Where(f => RecallsAttack(doc, f) && !PrecedesToldAttack(doc, f) && (f.EventPlaces.Concat(f.OtherPlaces).Any(p => frame.Holds(p.Place))
                                                                    || OpensAfterDateline(facts, f, dateline, frame)))
                .Select(f => (Fact: f, Days: RecalledDays(doc, facts, f)))
                .FirstOrDefault(r => r.Days.Count == 1 && (story is null || r.Days[0].Date < story.Date)
                                     && (frame.Date is null || (r.Days[0].Date < frame.Date.Date && frame.Date.Date.DayNumber - r.Days[0].Date.DayNumber <= FollowUpDays)));
            if (recall.Fact is null) continue;
            var day = recall.Days[0];
            // a frame that only refers to the attack takes the sentence that tells it, with its victims
            if (RefersOnly(frame) && !frame.Sentences.Contains(recall.Fact))
            {
                frame.Sentences.Add(recall.Fact);
                foreach (var c in recall.Fact.Casualties) frame.Casualties.Add((c, recall.Fact.SourceOf(c)));
            }
            frame.Date = day;
            frame.DateFromAttack = true;
            if (Trace) Console.Error.WriteLine($"  dated by the attack it recalls: {frame.Place.Name} {day.Value}");
        }
    }

    /// <summary>
    /// The days a sentence that recalls an attack gives it: its days, the day of a step of justice aside ("a judge on
    /// Thursday sentenced two men for the ambush in May last year": the hearing's day); when only a month is left, the
    /// day of that month the next sentence or the one after writes ("they were caught at the scene on 18 May"), as a
    /// court report tells the attack's day once it has named the attack.
    /// </summary>
    private List<DateMention> RecalledDays(AnnotatedDocument doc, List<SentenceFacts> facts, SentenceFacts f)
    {
        // ("one week ago, on Thursday night": two mentions of one day are one day)
        var days = f.Dates.Where(d => !d.Since && d.Precision == "day" && !LegalWordBefore(doc, f, d)).DistinctBy(d => d.Value).ToList();
        var months = f.Dates.Where(d => !d.Since && d.Precision == "month").DistinctBy(d => d.Value).ToList();
        if (days.Count > 0 || months is not [var month]) return days;
        return facts.Where(g => g.Sentence.Index > f.Sentence.Index && g.Sentence.Index <= f.Sentence.Index + AnchorReach && !g.IsTitle && !g.IsCaption)
            .SelectMany(g => g.Dates.Where(d => !d.Since && d.Precision == "day" && d.Date.Year == month.Date.Year && d.Date.Month == month.Date.Month))
            .DistinctBy(d => d.Value).Take(2).ToList() is [var day] ? [day] : [];
    }

    /// <summary>
    /// The sentence places its attack a span of time before another the article tells ("On 3 August, six weeks before
    /// the raids, gunmen killed two loggers", "a month ahead of the bombing, a guard was shot", "two days prior to the
    /// ambush"): a precursor the article recalls, never the attack its news is about, so it dates no frame of that one.
    /// </summary>
    private static bool PrecedesToldAttack(AnnotatedDocument doc, SentenceFacts f) =>
        PrecedesPattern.IsMatch(doc.Text.AsSpan(f.Sentence.Start, f.Sentence.End - f.Sentence.Start));

    private static readonly System.Text.RegularExpressions.Regex PrecedesPattern =
        new(@"\b(?:days?|nights?|weeks?|fortnight|months?|years?)\s+(?:before|ahead\s+of|prior\s+to)\s+(?:the|that|those|these|this)\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    /// <summary>
    /// A frame with no day of its own, whose sentences count time from one recent day ("I have told it a dozen times since
    /// last Friday", "the road has been closed since Friday"), tells an attack of that day, not one of the publication
    /// day: an essay or a column written days later that only counts the time since. The "since" day must be the only
    /// one its sentences count from (the article's, when the frame is its only one), before publication and at most
    /// <see cref="SinceDayReach"/> days before it.
    /// </summary>
    private static void DateBySinceDay(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        if (doc.Published is not { } published) return;
        foreach (var frame in frames.Where(fr => fr.Date is null))
        {
            // the article's only attack: its background sentences too ("since last Friday" marks its sentence as one)
            var days = (frames.Count == 1 ? facts : frame.Sentences).Where(s => !s.IsTitle && !s.IsCaption)
                .SelectMany(s => s.Dates.Where(d => d.Since && d.Precision == "day")).DistinctBy(d => d.Date).ToList();
            if (days is not [var day] || day.Date >= published || published.DayNumber - day.Date.DayNumber > SinceDayReach) continue;
            frame.Date = day with { Since = false };
            if (Trace) Console.Error.WriteLine($"  dated by the day counted since: {frame.Place.Name} {day.Value}");
        }
    }

    /// <summary>Most words before a "same day" cue that still open its sentence ("The same day", "Later on the same day").</summary>
    private const int SameDayOpeningWords = 3;

    /// <summary>
    /// A frame no sentence dates whose first sentence (its title aside) opens on words of the same day (waves.tsv kinds
    /// sameday and onenight within its first <see cref="SameDayOpeningWords"/> words: "The same day, in a separate
    /// incident, gunmen shot ...") happened on the day of the attack told right before it: it takes the date of the dated
    /// frame whose first sentence comes last before its own, not the day the page was published.
    /// </summary>
    private void DateBySameDay(AnnotatedDocument doc, List<Frame> frames)
    {
        static SentenceFacts? Opening(Frame fr) => fr.Sentences.Where(s => !s.IsTitle && !s.IsCaption).MinBy(s => s.Sentence.Start);
        foreach (var frame in frames.Where(fr => fr.Date is null))
        {
            if (Opening(frame) is not { } first) continue;
            var opening = doc.WordAt(first.Sentence.Start);
            if (!doc.CuesIn(first.Sentence.Span, CueKind.Wave).Any(c => c.As<string>() is "sameday" or "onenight" && c.FirstWord - opening < SameDayOpeningWords)) continue;
            var before = frames.Where(fr => fr != frame && fr.Date is { Precision: "day" } && Opening(fr) is { } o && o.Sentence.Start < first.Sentence.Start)
                .MaxBy(fr => Opening(fr)!.Sentence.Start);
            if (before is null) continue;
            if (Trace) Console.Error.WriteLine($"  frame {frame.Place.Name} dated the same day as {before.Place.Name}: {before.Date!.Value}");
            frame.Date = before.Date;
            frame.DateFromAttack = before.DateFromAttack;
        }
    }

    /// <summary>
    /// A frame with no day of its own whose sentences tell the attack at a time of the day ("At approximately 7:42 p.m. a
    /// pickup was driven into the crowd", a log's row under its time) takes the one day that the page's opening names
    /// before its publication ("Daily Activity Report - Saturday, 13 June", posted two days later): a log or a report of
    /// that day, whose times are that day's, not the day it was posted. The day must be the only one of the opening (up to
    /// <see cref="HeadingSentences"/> sentences, captions aside) before publication, at most a week before it.
    /// </summary>
    private void DateByHeadingDay(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        if (doc.Published is not { } published) return;
        var log = facts.Count(f => LogRowTime(doc, f)) >= MinLogRows;
        var undated = frames.Where(fr => fr.Date is null && fr.Sentences.Any(s => !s.IsTitle && !s.IsBackground && s.Events.Count > 0 && (TellsTimeOfDay(doc, s) || log && LogRowTime(doc, s)))).ToList();
        if (undated.Count == 0) return;
        var days = facts.Where(f => !f.IsCaption).Take(HeadingSentences)
            .SelectMany(f => f.Dates.Where(d => d is { Precision: "day", Since: false } && d.Date < published && published.DayNumber - d.Date.DayNumber <= 7
                                                && WritesDayOfMonth(doc, d)))
            .DistinctBy(d => d.Date).ToList();
        if (days is not [var day]) return;
        foreach (var frame in undated)
        {
            frame.Date = day;
            frame.DateFromAttack = true;
            if (Trace) Console.Error.WriteLine($"  dated by the day the page heads: {frame.Place.Name} {day.Value}");
        }
    }

    /// <summary>
    /// The sentence opens its line on a log's time stamp, four figures of the 24-hour clock and a space ("1415  CR  Patrol
    /// reports shots"), as the rows of a duty log do; a page of at least <see cref="MinLogRows"/> such rows is a log.
    /// </summary>
    private static bool LogRowTime(AnnotatedDocument doc, SentenceFacts f) =>
        f.Sentence.Start + 5 <= doc.Text.Length && (f.Sentence.Start == 0 || doc.Text[f.Sentence.Start - 1] == '\n')
        && LogStamp.IsMatch(doc.Text.AsSpan(f.Sentence.Start, Math.Min(6, doc.Text.Length - f.Sentence.Start)));

    private static readonly System.Text.RegularExpressions.Regex LogStamp =
        new(@"^(?:[01]\d|2[0-3])[0-5]\d[ \t]", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>Fewest time-stamped rows that make a page a log (<see cref="LogRowTime"/>).</summary>
    private const int MinLogRows = 3;

    /// <summary>
    /// The day a form's field gives the incident it records: a label at the head of the sentence, up to
    /// <see cref="FieldLabelWords"/> words before its colon, that asks for a day or a time (function_words.tsv kind
    /// field_date: "date", "time") of what happened (kind field_event: "loss", "incident", "occurrence", or an attack
    /// word): "Date and time of loss: Friday 03/05/2024, about 14:10", "Incident date: 3 May 2026", "Date of
    /// attack: 12/03/2025". The day must be written right after the colon. "Date of report:", "Issued:" ask for the day
    /// of the document, which dates nothing.
    /// </summary>
    private DateMention? FieldDay(AnnotatedDocument doc, SentenceFacts f)
    {
        var first = doc.WordAt(f.Sentence.Start);
        int colon = -1;
        for (var w = first; w < doc.Words.Count && w <= first + FieldLabelWords && doc.Words[w].Start < f.Sentence.End; w++)
            if (doc.Words[w].Key == ":") { colon = w; break; }
        if (colon <= first) return null;
        bool date = false, happened = false;
        var label = new List<string>();
        for (var w = first; w < colon; w++)
        {
            var key = doc.Words[w].Key;
            if (key.Any(char.IsLetterOrDigit)) label.Add(key);
            if (_fieldDates.Contains(key)) date = true;
            if (_fieldEvents.Contains(key)) happened = true;
        }
        // a fact box's "When:" (perhaps in bold) asks alone when its incident happened
        if (label is [var only] && _fieldWhens.Contains(only)) date = happened = true;
        var labelSpan = new TextSpan(doc.Words[first].Start, doc.Words[colon].Start);
        if (!date || !(happened || doc.CuesIn(labelSpan, CueKind.Event).Any())) return null;
        var day = f.Dates.Where(d => d.Start > doc.Words[colon].Start).MinBy(d => d.Start);
        if (day is not { Precision: "day", Since: false } || doc.WordAt(day.Start) - colon > FieldValueReach) return null;
        return day;
    }

    /// <summary>
    /// The sentence is a form's field that places what the form records: a label at its head, up to
    /// <see cref="FieldLabelWords"/> words before a colon, with a word that asks for a place (function_words.tsv kind
    /// place_label: "Location:", "Place of loss:", "Scene:", "Address:").
    /// </summary>
    private bool PlaceField(AnnotatedDocument doc, SentenceFacts f)
    {
        var first = doc.WordAt(f.Sentence.Start);
        var place = false;
        for (var w = first; w < doc.Words.Count && w <= first + FieldLabelWords && doc.Words[w].Start < f.Sentence.End; w++)
        {
            if (doc.Words[w].Key == ":") return place;
            if (_placeLabels.Contains(doc.Words[w].Key)) place = true;
        }
        return false;
    }

    /// <summary>Most words of a form's label before its colon ("Date and time of the loss:").</summary>
    private const int FieldLabelWords = 7;

    /// <summary>Most words from a field's colon to the day it gives ("Date of incident: on or about Monday 3 May").</summary>
    private const int FieldValueReach = 4;

    /// <summary>
    /// A frame that holds a form's field dating the incident it records (<see cref="FieldDay"/>), one day among its
    /// sentences, takes that day: the form says when the loss or the incident happened, and the days of the documents
    /// it cites (a police report dated three days later, the day the insurer received it) are not the attack's.
    /// </summary>
    private void DateByField(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        foreach (var frame in frames)
        {
            // a fact box's first line right under the heading that opens the frame, however the story's day reads it
            // ("# Shooting at a camp near Elmwood", then "When: Thursday 11 May"): the box's own day line
            var heading = frame.Sentences.Where(s => !s.IsTitle && !s.IsCaption).MinBy(s => s.Sentence.Index);
            var under = heading is null ? null : facts.FirstOrDefault(f => f.Sentence.Index == heading.Sentence.Index + 1 && f.IsBackground && !f.IsCaption);
            var days = frame.Sentences.Where(s => !s.IsTitle && !s.IsCaption).Concat(under is null ? [] : [under]).Select(s => FieldDay(doc, s)).OfType<DateMention>().DistinctBy(d => d.Date).ToList();
            if (days is not [var day]) continue;
            frame.Date = day;
            frame.DateFromAttack = true;
            if (Trace) Console.Error.WriteLine($"  dated by a form's field: {frame.Place.Name} {day.Value}");
        }
    }

    /// <summary>
    /// A date written with its day of the month ("Saturday, 13 June", "13/06/2026"), as a log's or a report's heading
    /// writes the day it covers; a bare weekday ("on Monday") is a news sentence's day, which the frame's own sentences
    /// would have given it, and a report that names the day only so is no log of that day.
    /// </summary>
    private static bool WritesDayOfMonth(AnnotatedDocument doc, DateMention date)
    {
        foreach (var c in doc.Text.AsSpan(date.Start, date.End - date.Start))
            if (char.IsDigit(c)) return true;
        return false;
    }

    /// <summary>The sentences of a page's opening in which <see cref="DateByHeadingDay"/> looks for the day it reports.</summary>
    private const int HeadingSentences = 8;

    /// <summary>Most days before publication a "since" day may be and still date an undated frame (<see cref="DateBySinceDay"/>).</summary>
    private const int SinceDayReach = 7;

    /// <summary>
    /// A frame that only refers to an attack: no victim counted and no day of an attack, only the day its sentences were
    /// told or written ("Latest update: we have added information on a mortar attack near X"; a page's log of its edits,
    /// "20 April 2026 - Added information on an attack near X"). When the article recalls an attack at its place with the
    /// day it happened, at most <see cref="FollowUpDays"/> days before (<see cref="DateByRecalledAttack"/>), the frame is that
    /// attack, not one more of the day of the page.
    /// </summary>
    private static bool RefersOnly(Frame frame) =>
        !frame.FromTitleOnly && frame.Date is not null && !frame.DateFromAttack && frame.Casualties.Count == 0;

    /// <summary>
    /// A frame with victims dated only by the day its sentences were told ("On Friday the police said four people were
    /// killed" in a programme a week on): when the article recalls an attack at its place with the day it happened, at
    /// most <see cref="FollowUpDays"/> days before (<see cref="DateByRecalledAttack"/>: "exactly one week ago, gunmen shot
    /// at a meeting in X"), the frame is that attack, not one more of the day it was told.
    /// </summary>
    private static bool ToldDayOnly(Frame frame) =>
        !frame.FromTitleOnly && frame.Date is not null && !frame.DateFromAttack && frame.Casualties.Count > 0;

    /// <summary>Most days between an attack and a step after it (a funeral, a statement) that a follow-up tells as its news.</summary>
    private const int FollowUpDays = 31;

    /// <summary>The frame's day was read in no sentence of its news that tells an attack in strong words: a step after one.</summary>
    private static bool StepDayOnly(Frame frame) =>
        frame.Date is { } day && !frame.Sentences.Any(s => !s.IsBackground && s.HasStrongEvent && s.Dates.Any(d => d.Value == day.Value && d.Precision == day.Precision));

    /// <summary>
    /// The sentence names no place and is the first of the text after the dateline that holds the frame's place
    /// ("OLDTOWN, May 3 - Thirty years ago today a bomb ..."): the lead's place is the dateline's.
    /// </summary>
    private static bool OpensAfterDateline(List<SentenceFacts> facts, SentenceFacts f, PlaceMention? dateline, Frame frame)
    {
        if (dateline is null || !frame.Holds(dateline.Place) || f.EventPlaces.Count > 0 || f.OtherPlaces.Count > 0) return false;
        var at = facts.FindIndex(g => g.Dateline == dateline);
        return at >= 0 && at + 1 < facts.Count && (facts[at] == f || facts[at + 1] == f);
    }

    /// <summary>A background sentence that tells one earlier attack, not a toll over a period, a plan or a habit.</summary>
    private bool RecallsAttack(AnnotatedDocument doc, SentenceFacts f) =>
        f.IsBackground && !f.IsTitle && !f.IsCaption && TellsPastAttack(f) && !IsAggregate(doc, f)
        && !CountsOverStretch(doc, f.Sentence.Span) && !TellsHabit(doc, f.Sentence.Span, f.Casualties, f.Dates);

    /// <summary>
    /// The sentence dates its news by a period of hours up to now ("kidnapped in the past few hours", "over the last 24
    /// hours"): a background cue of a period that <see cref="SpansHours"/>, the day of the news.
    /// </summary>
    private bool WithinHours(AnnotatedDocument doc, SentenceFacts f) =>
        doc.CuesIn(f.Sentence.Span, CueKind.Background).Any(b => b.As<string>() is "aggregate" or "past" && SpansHours(doc, b));

    /// <summary>
    /// A background cue of a span of time that is counted in hours or minutes (function_words.tsv kind clock_unit): "in
    /// the past 48 hours", "over the last hour", "in the past few hours" tell the news of the day, not a period before it.
    /// </summary>
    private bool SpansHours(AnnotatedDocument doc, Cue cue)
    {
        var w = cue.LastWord + 1;
        if (w >= doc.Words.Count) return false;
        if (doc.NumbersIn(new TextSpan(doc.Words[w].Start, doc.Words[w].End)).FirstOrDefault() is { } number)
            while (w < doc.Words.Count && doc.Words[w].Start < number.End) w++;
        // "in the past few hours": a vague count (function_words.tsv kind unit_count) before the unit
        while (w < doc.Words.Count && _unitCounts.Contains(doc.Words[w].Key)) w++;
        return w < doc.Words.Count && _clockUnits.Contains(doc.Words[w].Key);
    }

    /// <summary>
    /// A "since" date or a bare year or month inside a relative clause that describes a person, a place or a group,
    /// opened by a relative word (function_words.tsv kind relative_word: "who", "whose", "which", "where") and running
    /// to the next comma or the sentence's end: "a sergeant who had run the office since 2019", "the market, which has
    /// stood there since 1950,". It tells of them, not of the attack, so it neither dates the sentence nor makes it
    /// background. A clause that gives a toll ("the war, which has killed 300 since 2011") or an attack word is no such
    /// aside, nor is one about an attack word just before it ("the raid, which took place in 2019"); a day ("which
    /// happened last Saturday") dates an event, not a state. A form of "be" right after the date closes the clause: the
    /// main clause's verb resumes ("in which the clinic we have run since 2017 was set on fire": the fire is no part of
    /// the clause).
    /// </summary>
    private bool InDescriptiveClause(AnnotatedDocument doc, Sentence s, DateMention date, IReadOnlyList<CasualtyMention> casualties)
    {
        if (!date.Since && date.Precision == "day") return false;
        var first = doc.WordAt(s.Start);
        var opener = RelativeOpenerBefore(doc, s, date.Start);
        if (opener < 0) return false;
        var antecedent = new TextSpan(doc.Words[Math.Max(first, opener - 3)].Start, doc.Words[opener].Start);
        if (doc.CuesIn(antecedent, CueKind.Event).Any()) return false;
        var end = doc.WordAt(date.End);
        // "in which the clinic we have run since 2017 was set on fire": a form of "be" right after the date
        // (function_words.tsv kind be_auxiliary) is the main clause's verb resuming; the describing clause ends at the date
        var resumes = end < doc.Words.Count && doc.Words[end].Start >= date.End && _beAuxiliaries.Contains(doc.Words[end].Key) && doc.Words[end].Key is not ("be" or "been");
        while (!resumes && end < doc.Words.Count && doc.Words[end].Start < s.End && doc.Words[end].Key is not ("," or ";" or ":" or "—" or "(" or ")")) end++;
        var clause = new TextSpan(doc.Words[opener].Start, end < doc.Words.Count ? doc.Words[end].Start : s.End);
        if (casualties.Any(c => c.Span.Start < clause.End && clause.Start < c.Span.End)) return false;
        return !doc.CuesIn(clause, CueKind.Event).Any() && !doc.CuesIn(clause, CueKind.Background).Any();
    }

    /// <summary>
    /// The relative word (function_words.tsv kind relative_word: "who", "which") that opens the clause holding
    /// <paramref name="position"/>: the nearest one before it in the sentence, after its first word, with no clause break
    /// between (",", ";", ":", a dash, a bracket); else -1.
    /// </summary>
    private int RelativeOpenerBefore(AnnotatedDocument doc, Sentence s, int position)
    {
        var first = doc.WordAt(s.Start);
        for (var w = doc.WordAt(position) - 1; w > first; w--)
        {
            var key = doc.Words[w].Key;
            if (key is "," or ";" or ":" or "\u2014" or "(" or ")") return -1;
            if (_relativeWords.Contains(key)) return w;
        }
        return -1;
    }

    /// <summary>
    /// The span tells what an earlier version of its article said, as a correction does (background.tsv kind withdrawn:
    /// "An earlier version of this article said that five were killed"): the figures it gives are withdrawn.
    /// </summary>
    private static bool Withdraws(AnnotatedDocument doc, TextSpan span) =>
        doc.CuesIn(span, CueKind.Background).Any(b => b.As<string>() is "withdrawn" or "refuted");

    /// <summary>
    /// The span calls a claim false, as a fact-check does (background.tsv kind refuted: "the claim that 30 died there is
    /// false"): the figures it gives are withdrawn, in its own sentence and wherever the article repeats them.
    /// </summary>
    private static bool Refutes(AnnotatedDocument doc, TextSpan span) =>
        doc.CuesIn(span, CueKind.Background).Any(b => b.As<string>() == "refuted");

    /// <summary>
    /// The span tells a death of age or illness (background.tsv kind natural: "died in his sleep", "of natural causes",
    /// "died at the age of 84"): its death words count no victim.
    /// </summary>
    private static bool TellsNaturalDeath(AnnotatedDocument doc, TextSpan span) =>
        doc.CuesIn(span, CueKind.Background).Any(b => b.As<string>() == "natural");

    private static bool IsAggregate(AnnotatedDocument doc, SentenceFacts f) =>
        BackgroundCues(doc, f.Sentence.Span).Any(b => b.As<string>() is "aggregate" or "future" or "hypothetical" || StoppedWithoutHarm(b, f.Casualties));

    /// <summary>
    /// A side's word that the other fired first (background.tsv kind counter: "the border service said the other side's
    /// soldiers opened fire first on a post near X") justifies the attack the article tells: X is no scene of an attack,
    /// unless its sentence counts victims killed or hurt ("troops opened fire first, killing two guards").
    /// </summary>
    private static bool CounterAccusesWithoutHarm(Cue cue, IReadOnlyList<CasualtyMention> casualties) =>
        cue.As<string>() == "counter"
        && !casualties.Any(c => c.Value > 0 && c.Kind is CasualtyMention.Killed or CasualtyMention.Injured or CasualtyMention.Shot or CasualtyMention.Stabbed);

    /// <summary>
    /// A word of an attack stopped (background.tsv kind foiled: "foiled", "thwarted") tells no attack when its sentence
    /// counts no victim; with victims killed or hurt ("four guards were killed when an attack on the post was foiled")
    /// the attack happened, and was only stopped short of more harm.
    /// </summary>
    private static bool StoppedWithoutHarm(Cue cue, IReadOnlyList<CasualtyMention> casualties) =>
        cue.As<string>() == "foiled"
        && !casualties.Any(c => c.Value > 0 && c.Kind is CasualtyMention.Killed or CasualtyMention.Injured or CasualtyMention.Shot or CasualtyMention.Stabbed);

    /// <summary>
    /// A sentence that tells the day's news before any background: its day comes before every background cue ("a wave
    /// of attacks on Monday killed 107, the deadliest day in two years, after the group warned it would strike").
    /// </summary>
    private static bool DayToll(AnnotatedDocument doc, SentenceFacts f) =>
        f.Dates.FirstOrDefault(d => d.Precision == "day" && !d.Since) is { } day && TellsBeforeBackground(doc, f, day.End);

    /// <summary>Every background cue of the sentence comes at or after <paramref name="position"/>.</summary>
    private static bool TellsBeforeBackground(AnnotatedDocument doc, SentenceFacts f, int position) =>
        BackgroundCues(doc, f.Sentence.Span).All(b => b.Start >= position || b.As<string>() is "accident" or "hazard" or "accident_site" or "mishap" or "no_foul_play" or "no_attack" or "not_here" or "find" or "relic" or "drill" or "staged");

    /// <summary>
    /// The background cues of a span, leaving out those that begin a name: a capitalised word inside a sentence that is
    /// not written in title case ("the Planned Parenthood clinic" plans nothing); and a cue of the past inside a day the
    /// date layer read whole ("on the Monday of last week"), whose own day says how long ago it was; so is a cue of a
    /// period inside such a day ("on 4 June this year": one day, no toll over the year).
    /// </summary>
    private static IEnumerable<Cue> BackgroundCues(AnnotatedDocument doc, TextSpan span)
    {
        var cues = doc.CuesIn(span, CueKind.Background).ToList();
        cues.RemoveAll(c => c.As<string>() == "aggregate" && cues.Any(r => Ranks(doc, r, c)));
        cues.RemoveAll(c => c.As<string>() is "past" or "aggregate" && InsideDay(doc, c));
        if (cues.Count == 0 || doc.AllCaps) return cues;
        var first = doc.WordAt(span.Start);
        return cues.Where(c => c.FirstWord == first || !char.IsUpper(doc.Text[c.Start]) || TitleCase(doc, span));
    }

    /// <summary>Most words between "the" and the attack word it opens after a past_after cue: "a week after the deadly knife attack".</summary>
    private const int MaxOwnAttackGap = 2;

    /// <summary>
    /// A past_after cue (background.tsv) after a comma that follows a clause telling no attack and no casualty (a
    /// funeral, a march, an arrest, a reopening), and names an attack with "the" right after it: the attack the
    /// article's news follows up, not an earlier one ("mourners filled the square on Sunday, days after the bombing that
    /// killed six"). The clause after it tells the article's own attack. "Gunmen killed 12 on Monday, days after the
    /// bombing in Y" (an attack before the comma) and "..., days after a bomb killed five in Y" (no "the") stay background.
    /// </summary>
    internal static bool AfterOwnAttack(AnnotatedDocument doc, TextSpan span, Cue cue)
    {
        var first = doc.WordAt(span.Start);
        var comma = cue.FirstWord - 1;
        if (comma <= first || doc.Words[comma].Key != ",") return false;
        var the = cue.LastWord + 1;
        if (the >= doc.Words.Count || doc.Words[the].Start >= span.End || doc.Words[the].Key != "the") return false;
        var before = new TextSpan(span.Start, doc.Words[comma].Start);
        if (doc.CuesIn(before, CueKind.Event).Any() || doc.CuesIn(before, CueKind.Casualty).Any()) return false;
        var after = new TextSpan(doc.Words[the].End, span.End);
        return doc.CuesIn(after, CueKind.Event).Any(e => e.FirstWord > the && e.FirstWord <= the + 1 + MaxOwnAttackGap
                                                         && !e.As<EventCue>().Weak);
    }

    /// <summary>
    /// The cue, a phrase of two words or more, lies inside a day-precision date after its first word: "last week" in "on
    /// Tuesday of last week". A one-word cue that ends a count back ("six days ago") still tells an earlier attack.
    /// </summary>
    private static bool InsideDay(AnnotatedDocument doc, Cue cue) =>
        cue.LastWord > cue.FirstWord
        && doc.DatesIn(new TextSpan(Math.Max(0, cue.Start - 40), cue.End)).Any(d => d.Precision == "day" && d.Start < cue.Start && cue.End <= d.End);

    /// <summary>Most words between a ranking word and the period it ranks in: "the deadliest day of attacks in the country this year".</summary>
    private const int MaxRankingGap = 10;

    /// <summary>
    /// <paramref name="ranking"/> (background.tsv kind ranking) describes the day's attack, after a comma, "in" or a verb
    /// of being ("..., the deadliest attack there this year", "in the worst attack on civilians in the state this year"),
    /// and ranks it within the period <paramref name="period"/> names: the period is no toll over it. "The worst violence
    /// this year has killed 300" (no such opening) stays a toll.
    /// </summary>
    private static bool Ranks(AnnotatedDocument doc, Cue ranking, Cue period)
    {
        if (ranking.As<string>() != "ranking" || period.FirstWord <= ranking.LastWord || period.FirstWord - ranking.LastWord > MaxRankingGap) return false;
        for (var w = ranking.LastWord + 1; w < period.FirstWord; w++)
            if (doc.Words[w].Key is "," or ";" or "." || doc.NumbersIn(new TextSpan(doc.Words[w].Start, doc.Words[w].End)).Any()) return false;
        var before = ranking.FirstWord - 1;
        if (before >= 0 && doc.Words[before].Key is "the" or "its" or "their") before--;
        // "in one of the largest attacks in the region this year": one of the ranked, as much as the first
        if (before >= 1 && doc.Words[before].Key == "of" && doc.Words[before - 1].Key == "one") before -= 2;
        return before >= 0 && doc.Words[before].Key is "," or "in" or "was" or "is" or "as" or "—" or "-";
    }

    /// <summary>Most longer words of the span are capitalised, as in a headline.</summary>
    private static bool TitleCase(AnnotatedDocument doc, TextSpan span)
    {
        int upper = 0, lower = 0;
        for (var w = doc.WordAt(span.Start); w < doc.Words.Count && doc.Words[w].Start < span.End; w++)
        {
            if (doc.Words[w].End - doc.Words[w].Start < 4) continue;
            var c = doc.Text[doc.Words[w].Start];
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
        }
        return upper > 2 * lower;
    }

    /// <summary>
    /// The sentence's day of the attack, its dateline's date aside: the day its siege began (<see cref="StartDay"/>); of
    /// several days the attack's own (<see cref="AttacksOwnDay"/>); else its first day but one that dates the telling
    /// ("sources reported today that troops killed nine peasants on 17 August": the 17th), else its first day.
    /// </summary>
    private DateMention? AttackDay(AnnotatedDocument doc, SentenceFacts f)
    {
        var days = CandidateDays(doc, f);
        if (StartDay(doc, f) is { } start) return start;
        var untold = days.Where(d => !DatesTelling(doc, d)).ToList();
        // "another victim of Tuesday's arson died in hospital on Thursday": the day of a later death is not the attack's
        untold.RemoveAll(d => DatesDeath(doc, f, d) && untold.Any(e => e.Date < d.Date));
        if (NightInto(doc, untold) is { } smallHours) return smallHours;
        // "overnight Monday", "last night, Tuesday,": the word counted from publication only names the part of the day
        // that the day written beside it gives
        untold.RemoveAll(r => r.Relative && untold.Any(e => !e.Relative && e.Precision == "day" && Beside(doc, r, e)));
        if (untold.Count > 1 && untold.Any(d => d.Date != untold[0].Date) && AttacksOwnDay(doc, f, untold) is { } after) return after;
        return untold.FirstOrDefault() ?? days.FirstOrDefault();
    }

    /// <summary>
    /// The sentence's days that may date an attack: of day precision, no starting point, not its dateline's, nor the day
    /// of another act (a vigil, a transfer to hospital, a step of justice), nor a day after the article's publication (a
    /// funeral or a memorial it announces); a report line's own time words counted from its heading day
    /// (<see cref="FromReportDay"/>).
    /// </summary>
    private List<DateMention> CandidateDays(AnnotatedDocument doc, SentenceFacts f)
    {
        var days = f.Dates.Where(d => d.Precision == "day" && !d.Since && !(doc.Published is { } published && d.Date > published)
            && !InDateline(doc, f, d) && !DatesActBeforeRelative(doc, f, d) && !DatesDenialBeforeAttack(f, d)
            && !DatesAftercare(doc, f, d) && !DatesLegalStep(doc, f, d)).Select(d => FromReportDay(doc, f, d)).ToList();
        // a chat message's stamp dates its sending when the message gives a day of its own
        return days.Where(d => !SentDayBesideOwn(doc, f, d, days)).ToList();
    }

    /// <summary>
    /// The day dates a denial, never the attack: a denial's words (claims.tsv kind denied) are the first claim's words after
    /// the day, and every attack word and figure of the sentence comes after them, so the attack is only what is denied
    /// ("On Friday the group denied any part in the blast": Friday is the denial's day). An attack word before the
    /// denial's words ("On Friday a bomb killed four; the group denied it") keeps the day the attack's. A claim's day is
    /// left as it is: a group may claim an attack the day it strikes.
    /// </summary>
    private static bool DatesDenialBeforeAttack(SentenceFacts f, DateMention d)
    {
        var claim = f.Claims.Where(c => c.Start >= d.End).MinBy(c => c.Start);
        if (claim is null || claim.As<string>() != "denied") return false;
        var attacks = f.Events.Select(e => e.Start).Concat(f.Casualties.Select(c => Math.Min(c.Span.Start, c.Figure.Start))).ToList();
        return attacks.Count > 0 && attacks.Min() > claim.Start;
    }

    /// <summary>
    /// The day dates another act than the attack: every attack word of the sentence comes after it, inside a clause opened
    /// by a relative word (function_words.tsv kind relative_opener) that follows the day, so the attack is only named
    /// as where or in what the day's act took place ("mourners gathered on Friday evening outside the shop where the
    /// owner was shot": the vigil's day, not the shooting's). An attack word before the relative word ("gunmen stormed
    /// a bar on Friday where they killed five") keeps the day the attack's.
    /// </summary>
    private bool DatesActBeforeRelative(AnnotatedDocument doc, SentenceFacts f, DateMention d)
    {
        var attacks = f.Events.Where(e => !e.As<EventCue>().Vehicle).Select(e => e.Start)
            .Concat(f.Casualties.Select(c => Math.Min(c.Span.Start, c.Figure.Start))).ToList();
        if (attacks.Count == 0 || attacks.Min() < d.End) return false;
        var first = attacks.Min();
        for (var w = doc.WordAt(d.End); w < doc.Words.Count && doc.Words[w].Start < first; w++)
            if (_relativeOpeners.Contains(doc.Words[w].Key)) return true;
        return false;
    }

    /// <summary>
    /// The day dates a step of justice after the attack, never the attack: a legal word (function_words.tsv kind legal_step)
    /// at most <see cref="LegalDayReach"/> words before it in its clause ("he is due to appear in the district court on
    /// Monday on charges of arson", "the pair were remanded in custody on Friday"), and no attack or casualty word from the
    /// clause's start to the day ("gunmen stormed the court on Monday" and "a judge was shot on Monday" keep their day),
    /// nor victims counted in the sentence ("a hearing on Monday ended when a bomb killed two": the hearing was the scene).
    /// </summary>
    private bool DatesLegalStep(AnnotatedDocument doc, SentenceFacts f, DateMention d)
    {
        var first = doc.WordAt(f.Sentence.Start);
        if (f.Casualties.Any(c => !NamedAsCharge(doc, doc.WordAt(Math.Min(c.Span.Start, c.Figure.Start)), first))) return false;
        if (NamesItsAttack(doc, d, weakToo: true)) return false;
        return LegalWordBefore(doc, f, d);
    }

    /// <summary>
    /// A legal word stands at most <see cref="LegalDayReach"/> words before the day in its clause, with no attack or casualty
    /// word between that is not the charge it names: "a judge on Thursday sentenced", "remanded in custody on Friday"; a
    /// "that" between opens a clause of its own ("the court found that on Friday a bomb ...": the bomb's day).
    /// </summary>
    private bool LegalWordBefore(AnnotatedDocument doc, SentenceFacts f, DateMention d)
    {
        var first = doc.WordAt(f.Sentence.Start);
        var day = doc.WordAt(d.Start);
        var legal = false;
        for (int w = day - 1, steps = 0; w >= first; w--, steps++)
        {
            var word = doc.Words[w];
            if (word.Key is "," or ";" or ":" or "." or "(" or ")") break;
            // "the court heard that on Friday gunmen ...": "that" opens what the step was told, whose day is its own
            // ("jailed that Friday" points to a day: the step's)
            if (word.Key == "that" && w < day - 1) break;
            // "the trial of a man accused of shooting a cashier resumed in court on Wednesday": the attack is only the
            // charge the step is about, named before the step's own word that the day follows
            if (HarmWordAt(doc, word) && !(legal && NamedAsCharge(doc, w, first))) return false;
            if (steps < LegalDayReach && _legalSteps.Contains(word.Key)) legal = true;
        }
        return legal;
    }

    /// <summary>
    /// The word at <paramref name="w"/> (an attack or casualty word) names the crime a step of justice is about: at most
    /// <see cref="ChargeReach"/> words after a link word (function_words.tsv kind step_link: "of", "with", "over") that
    /// follows a legal word or a word of a charge (kinds legal_step, step_object: "accused of shooting a cashier",
    /// "arrested in connection with the killing of", "on trial over the bombing"), with no clause break nor verb of being
    /// between ("a man on trial for murder was shot dead" tells a new attack).
    /// </summary>
    private bool NamedAsCharge(AnnotatedDocument doc, int w, int first)
    {
        for (int k = w - 1, steps = 0; k > first && steps < ChargeReach; k--, steps++)
        {
            var key = doc.Words[k].Key;
            if (key is "," or ";" or ":" or "." or "(" or ")" || _beAuxiliaries.Contains(key) || _relativeWords.Contains(key)) return false;
            if (_stepLinks.Contains(key) && (_legalSteps.Contains(doc.Words[k - 1].Key) || _stepObjects.Contains(doc.Words[k - 1].Key))) return true;
        }
        return false;
    }

    /// <summary>Most words from a step's link word to the crime it names ("in connection with the fatal stabbing").</summary>
    private const int ChargeReach = 4;

    /// <summary>A strong attack word (not a vehicle) or a casualty word stands on the word.</summary>
    private static bool HarmWordAt(AnnotatedDocument doc, Word word)
    {
        var span = new TextSpan(word.Start, word.End);
        return doc.CuesIn(span, CueKind.Event).Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false }) || doc.CuesIn(span, CueKind.Casualty).Any();
    }

    /// <summary>Most words from a legal word to the day of its step ("to appear in the Elmwood magistrate's court on Monday").</summary>
    private const int LegalDayReach = 8;

    /// <summary>
    /// The later day of a night told as running from one day into the next (function_words.tsv kind night_word): "in the
    /// night from Tuesday to Wednesday", "the night of Monday 3 to Tuesday 4 June": an attack of the small hours, dated
    /// by the day they belong to. A night word at most three words before the first day, "to" or "into" between them.
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex NightLink =
        new(@"^\s*(\d{1,2}\s+)?(to|into)\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    /// <summary>
    /// <paramref name="day"/> is the later day of a night told as running from one day into the next (<see cref="NightInto"/>):
    /// a report dated by it may be another outlet's report of the same attack dated by the evening before
    /// (<see cref="IncidentReport.DayEndsNight"/>).
    /// </summary>
    private bool EndsNight(AnnotatedDocument doc, DateMention day) =>
        day.Precision == "day" && NightInto(doc, doc.Dates.Where(d => d.Precision == "day" && !d.Since && d.Start <= day.Start && d.Start >= day.Start - 80).ToList()) is { } into
        && into.Start == day.Start;

    private DateMention? NightInto(AnnotatedDocument doc, List<DateMention> days)
    {
        var ordered = days.OrderBy(d => d.Start).ToList();
        for (var i = 0; i + 1 < ordered.Count; i++)
        {
            var (from, into) = (ordered[i], ordered[i + 1]);
            if (into.Date != from.Date.AddDays(1)) continue;
            // (the first day's number may stand outside its mention: "Tuesday 20 to Wednesday 21 May")
            // the night word may stand in the first day's mention or right after it: "overnight into Wednesday" (on a
            // page of Wednesday), "on Monday night into Tuesday"
            var link = doc.Text[from.End..into.Start];
            var after = doc.WordAt(from.End);
            var nightAfter = after < doc.Words.Count && doc.Words[after].Start < into.Start && _nightWords.Contains(doc.Words[after].Key);
            if (nightAfter) link = doc.Text[doc.Words[after].End..into.Start];
            if (!NightLink.IsMatch(link)) continue;
            if (nightAfter) return into;
            for (var w = doc.WordAt(from.Start); w < doc.Words.Count && doc.Words[w].Start < from.End; w++)
                if (_nightWords.Contains(doc.Words[w].Key)) return into;
            for (int w = doc.WordAt(from.Start) - 1, steps = 0; w >= 0 && steps < 3; w--, steps++)
            {
                if (doc.Words[w].Key is "," or ";" or ".") break;
                if (_nightWords.Contains(doc.Words[w].Key)) return into;
            }
        }
        return null;
    }

    /// <summary>
    /// Two days stand side by side, nothing but "on", a comma or spaces between them: "overnight Monday", "last night,
    /// Tuesday,", "Tuesday overnight".
    /// </summary>
    private static bool Beside(AnnotatedDocument doc, DateMention a, DateMention b)
    {
        var (first, second) = a.Start <= b.Start ? (a, b) : (b, a);
        if (second.Start < first.End) return false;
        var between = doc.Text[first.End..second.Start].Trim().Trim(',').Trim();
        return between.Length == 0 || between.Equals("on", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The day follows a verb of dying (function_words.tsv kind death_verb) by at most <see cref="DeathDayReach"/> words, with
    /// no comma and no attack word between: "died at the burn unit of the city hospital on Thursday afternoon".
    /// </summary>
    private bool DatesDeath(AnnotatedDocument doc, SentenceFacts f, DateMention d)
    {
        var first = doc.WordAt(f.Sentence.Start);
        var wounded = false;
        for (int w = doc.WordAt(d.Start) - 1, steps = 0; w >= first && steps < DeathDayReach; w--, steps++)
        {
            var word = doc.Words[w];
            if (word.Key is "," or ";") return false;
            // "one man died and nine guests were wounded on Saturday night": the day closes a clause of the wounded
            // joined to the death, so it dates both, the attack's day, not a later death
            if (word.Key == "and" && wounded) return false;
            if (_woundWords.Contains(word.Key)) wounded = true;
            if (_deathVerbs.Contains(word.Key)) return true;
            if (doc.CuesIn(new TextSpan(word.Start, word.End), CueKind.Event).Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false })) return false;
        }
        return false;
    }

    private const int DeathDayReach = 12;

    /// <summary>
    /// The day dates what befell the hurt after the attack, never the attack: a care verb (function_words.tsv kind
    /// care_verb) at most <see cref="CareDayReach"/> words before it with no comma between ("the wounded were flown on
    /// Sunday to the capital"), or a death of one the attack had hurt (<see cref="DatesWoundedDeath"/>: "a guard shot
    /// in the raid died on Friday in hospital"). Such a sentence tells a transfer or a toll's rise; the attack's day is
    /// another sentence's.
    /// </summary>
    private bool DatesAftercare(AnnotatedDocument doc, SentenceFacts f, DateMention d) =>
        !NamesItsAttack(doc, d, weakToo: true) && (CareVerbBefore(doc, f, d) || DatesWoundedDeath(doc, f, d) || DatesDeathAfterCarePlace(doc, f, d));


    /// <summary>
    /// The day opens a care place phrase written before its verb of dying, as a translation keeps the order of a language
    /// that puts the verb after the place: a care noun (function_words.tsv kind care_noun) at most
    /// <see cref="InvertedCareReach"/> words after the day, and a verb of dying (kind death_verb) at most
    /// <see cref="InvertedDeathReach"/> words after the care noun, no comma and no attack word between ("On Sunday evening in a
    /// hospital in X died a man of 67"): the day of the death, not of the attack.
    /// </summary>
    private bool DatesDeathAfterCarePlace(AnnotatedDocument doc, SentenceFacts f, DateMention d)
    {
        var end = doc.WordAt(d.End);
        var care = -1;
        for (var w = end; w < doc.Words.Count && doc.Words[w].Start < f.Sentence.End; w++)
        {
            var word = doc.Words[w];
            if (word.Key is "," or ";" or ":") return false;
            if (doc.CuesIn(new TextSpan(word.Start, word.End), CueKind.Event).Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false })) return false;
            if (care < 0 && w - end >= InvertedCareReach) return false;
            if (care < 0 && _careNouns.Contains(word.Key)) { care = w; continue; }
            if (care >= 0 && _deathVerbs.Contains(word.Key)) return true;
            if (care >= 0 && w - care >= InvertedDeathReach) return false;
        }
        return false;
    }

    /// <summary>Most words from a day to the care noun of a place written before its verb of dying ("on Sunday in the evening in a hospital").</summary>
    private const int InvertedCareReach = 7;

    /// <summary>Most words from a care noun to the verb of dying written after its place ("hospital in the town of X died").</summary>
    private const int InvertedDeathReach = 5;

    /// <summary>Most words from a care verb to the day it dates ("evacuated early on Saturday").</summary>
    private const int CareDayReach = 3;

    /// <summary>
    /// A care verb stands at most <see cref="CareDayReach"/> words before the day, no comma between ("were flown on Sunday"),
    /// or before a means phrase that fills the gap (a word of function_words.tsv kind care_means right after the verb, at most
    /// <see cref="CareMeansReach"/> words before the day: "were evacuated by helicopter on Sunday", "flown by air on Monday
    /// morning"): the day of the transfer, not of the attack.
    /// </summary>
    private bool CareVerbBefore(AnnotatedDocument doc, SentenceFacts f, DateMention d)
    {
        var first = doc.WordAt(f.Sentence.Start);
        for (int w = doc.WordAt(d.Start) - 1, steps = 0; w >= first && steps < Math.Max(CareDayReach, CareMeansReach); w--, steps++)
        {
            if (doc.Words[w].Key is "," or ";" or ":") return false;
            if (steps < CareDayReach && _careVerbs.Contains(doc.Words[w].Key)) return true;
            if (w > first && _careMeans.Contains(doc.Words[w].Key) && _careVerbs.Contains(doc.Words[w - 1].Key)) return true;
        }
        return false;
    }

    /// <summary>
    /// The day dates the death (<see cref="DatesDeath"/>) of one who had been hurt: a wound word (function_words.tsv
    /// kind wound_word) in the dying verb's clause before it or between it and the day ("one of the two guards wounded
    /// on the bridge died on Monday", "died of his wounds on Monday"), a later-death word right before the verb ("later
    /// died on Monday"), or a care place (care_noun) at most <see cref="CarePlaceReach"/> words after the day ("died on
    /// Monday at the district hospital"). A death told with no such sign ("four people died on Monday when a bus was
    /// bombed") keeps its day the attack's.
    /// </summary>
    private bool DatesWoundedDeath(AnnotatedDocument doc, SentenceFacts f, DateMention d)
    {
        if (!DatesDeath(doc, f, d)) return false;
        var first = doc.WordAt(f.Sentence.Start);
        var day = doc.WordAt(d.Start);
        var verb = day - 1;
        while (verb >= first && !_deathVerbs.Contains(doc.Words[verb].Key)) verb--;
        if (verb < first) return false;
        for (var w = verb + 1; w < day; w++)
            if (_woundWords.Contains(doc.Words[w].Key)) return true;
        if (verb > first && _laterDeaths.Contains(doc.Words[verb - 1].Key)) return true;
        for (var w = verb - 1; w >= first; w--)
        {
            var key = doc.Words[w].Key;
            if (key is "," or ";" or ":" or ".") break;
            if (_woundWords.Contains(key)) return true;
        }
        var end = doc.WordAt(d.End);
        for (var w = end; w < doc.Words.Count && w < end + CarePlaceReach && doc.Words[w].Start < f.Sentence.End; w++)
        {
            if (doc.Words[w].Key is "," or ";") break;
            if (_careNouns.Contains(doc.Words[w].Key)) return true;
        }
        return false;
    }

    /// <summary>Most words from a dying day to the care place where the death came ("on Monday at the district hospital").</summary>
    private const int CarePlaceReach = 5;

    /// <summary>Most words from a sentence's opening day to the verb of its speaker ("On Monday night, the Islamic State group said").</summary>
    private const int OpeningSpeakerReach = 8;

    /// <summary>Most days from the start of a siege or standoff to another day its sentence gives (its end).</summary>
    private const int MaxSiegeDays = 2;

    /// <summary>
    /// The day the sentence says its attack began: a start verb (function_words.tsv kind start_verb) at most four words
    /// before the day, no comma between ("retook the hotel on Sunday, ending a siege that began on Saturday night",
    /// "the assault started at about 9 p.m. on Monday"), or a day after "since" in a sentence of an assault or a hostage
    /// taking that tells another day ("gunmen have held the hotel since Saturday evening, officials said on Sunday").
    /// Not when another day of the sentence lies before it or more
    /// than <see cref="MaxSiegeDays"/> after it: an offensive that began weeks earlier does not date this attack.
    /// </summary>
    private DateMention? StartDay(AnnotatedDocument doc, SentenceFacts f)
    {
        var days = f.Dates.Where(d => d.Precision == "day" && !d.Since).ToList();
        var first = doc.WordAt(f.Sentence.Start);
        foreach (var day in f.Dates.Where(d => d.Precision == "day"))
        {
            // "gunmen have held the hotel since Saturday evening, officials said on Sunday": a siege or a hostage taking
            // still going on when another day is told (not "clashes since Monday have killed 30", an aggregate)
            var started = day.Since && days.Count > 0 && f.Events.Any(e => e.As<EventCue>().EventType is "armed_assault" or "kidnapping");
            for (var w = doc.WordAt(day.Start) - 1; w >= first && w >= doc.WordAt(day.Start) - 4 && !started; w--)
            {
                if (doc.Words[w].Key is "," or ";") break;
                started = _startVerbs.Contains(doc.Words[w].Key);
            }
            if (started && days.All(d => d.Date >= day.Date && d.Date.DayNumber - day.Date.DayNumber <= MaxSiegeDays)) return day;
        }
        return null;
    }

    /// <summary>Most characters between a dateline's place and its date ("MADRID (SPAIN), 19 NOV 89", "WASHINGTON, D.C., Jan. 3").</summary>
    private const int DatelineDateGap = 24;

    /// <summary>
    /// The date belongs to the sentence's dateline ("SANTIAGO, 29 MAR 89 (EFE) --", "KABUL, March 3 (Reuters) -"): the
    /// day the report was filed, not the attack's; the story's day stands in for it when nothing else dates the attack.
    /// </summary>
    private static bool InDateline(AnnotatedDocument doc, SentenceFacts f, DateMention d)
    {
        if (f.Dateline is not { } dateline || d.Start < dateline.End || d.Start - dateline.End > DatelineDateGap) return false;
        foreach (var c in doc.Text.AsSpan(dateline.End, d.Start - dateline.End))
            if (c is '-' or '\u2013' or '\u2014' or ';') return false;
        return true;
    }

    /// <summary>
    /// Of a sentence's several days, the attack's: one written as the attack's own ("in connection with Saturday's
    /// bombing"), else the first written after the sentence's first attack word, a strong one if it has one: an attack's
    /// day follows it ("judges today began a strike over the murder of a judge on the evening of 1 November": the 1st,
    /// not today; "police on Monday said a bomb killed 12 at a market on Saturday"). Null when the sentence opens on its
    /// first day ("On Friday, a bomb ...") or has no attack word or no day after it.
    /// </summary>
    private static DateMention? AttacksOwnDay(AnnotatedDocument doc, SentenceFacts f, List<DateMention> days)
    {
        var attack = f.Events.FirstOrDefault(e => e.As<EventCue>() is { Weak: false, Vehicle: false })
                     ?? f.Events.FirstOrDefault(e => e.As<EventCue>() is { Vehicle: false }); // "the murder of a judge"
        if (attack is null) return null;
        if (days.FirstOrDefault(d => NamesItsAttack(doc, d)) is { } own) return own;
        var (first, opening) = (doc.WordAt(days[0].Start), doc.WordAt(f.Sentence.Start));
        if (days[0].End <= attack.Start && (first == opening || (first == opening + 1 && doc.Words[opening].Key == "on"))) return null;
        return days.FirstOrDefault(d => d.Start >= attack.End);
    }

    /// <summary>The date is written as a possessive: "Monday's bombing", "Saturday’s attack".</summary>
    private static bool PossessiveDay(AnnotatedDocument doc, DateMention d)
    {
        var text = doc.Text;
        bool At(int i) => i + 1 < text.Length && text[i] is '\'' or '\u2019' && text[i + 1] == 's';
        return At(d.End) || (d.End >= 2 && At(d.End - 2));
    }

    /// <summary>
    /// The date stands right after a speech verb ("reported today", "said on Monday"), or opens a clause whose verb is a
    /// speech or a blame within a few words ("On Friday, the government blamed the group for Thursday's bombing").
    /// </summary>
    private bool DatesTelling(AnnotatedDocument doc, DateMention d)
    {
        if (HeadsReportLine(doc, d) || DatesSequel(doc, d)) return true;
        var w = BeforeDaypartOf(doc, doc.WordAt(d.Start) - 1);
        // "said on Monday", "informed this Monday" (a weekday of the publication week)
        if (w >= 0 && doc.Words[w].Key is "on" or "this") w--;
        // "e-mailed to journalists on the Sunday": a weekday after "on the" is read as after "on"
        else if (w >= 1 && doc.Words[w].Key == "the" && doc.Words[w - 1].Key == "on") w -= 2;
        if (w >= 0 && (_speechVerbs.Contains(doc.Words[w].Key) || _releaseVerbs.Contains(doc.Words[w].Key))) return true;
        // "our report on Monday 23 March gave the toll as seven", "a column of 19 March": the day of a piece put out, not
        // of the attack; not a day's possessive, which names the attack the piece is about ("the report on Monday's bombing")
        var piece = w >= 0 && doc.Words[w].Key == "of" ? w - 1 : w;
        if (piece >= 0 && _releaseNouns.Contains(doc.Words[piece].Key) && doc.Words[piece + 1].Key is "on" or "of" && !PossessiveDay(doc, d)) return true;
        // "speaking to reporters on Friday", "talking with the agency on Friday morning", "a note e-mailed to journalists on
        // the Sunday": a speech verb (or a verb of putting out a statement) and whom it
        // addresses, at most two words, before the date; where it spoke may stand between ("speaking to journalists in
        // X on Thursday": a locative word and a capitalised name, SpeakingPlaceBefore)
        if (w >= 0 && doc.Words[w + 1].Key == "on")
            for (int v = SpeakingPlaceBefore(doc, w), k = v; k >= 1 && k > v - 3; k--)
            {
                if (doc.Words[k].Key is "," or ";") break;
                if (doc.Words[k].Key is "to" or "with" or "by" && (_speechVerbs.Contains(doc.Words[k - 1].Key) || _releaseVerbs.Contains(doc.Words[k - 1].Key))) return true;
            }
        if (w >= 0 && doc.Words[w + 1].Key == "on" && SaidThrough(doc, w)) return true;
        if (w >= 0 && doc.Words[w + 1].Key == "on" && SourceContactedBefore(doc, w)) return true;
        if (w >= 0 && doc.Words[w + 1].Key == "on" && ReleasedText(doc, w, d)) return true;
        if (w >= 0 && CountGivenBefore(doc, w)) return true;
        // "an official today told reporters", "police on Monday said"
        var next = doc.WordAt(d.End);
        if (next < doc.Words.Count && doc.Words[next].Start - d.End <= 1 && _speechVerbs.Contains(doc.Words[next].Key)) return true;
        var sentence = doc.SentenceAt(d.Start);
        var first = doc.WordAt(sentence.Start);
        // only a date that opens its sentence, or a clause of it after a comma, a colon or a conjunction ("NAME: Sam, on
        // Wednesday the army spokesman said nine had been killed", "... and on Friday the governor said")
        if (w >= first && doc.Words[w].Key != "on" && w != first - 1 && !OpensClauseAfter(doc, w)) return false;
        // "On Monday night, the Islamic State group said in a statement that its fighters had ...": the speaker may take a
        // few words before its verb; an attack or casualty word first makes the day the attack's ("On Monday, gunmen
        // killed five people, police said")
        var after = doc.WordAt(d.End);
        // an apposition set off by commas after the speaker ("this morning the movement itself, the military branch of the
        // Front for ..., said") counts for no words of the reach
        var skipped = 0;
        for (var n = after; n < doc.Words.Count && n < after + OpeningSpeakerReach + skipped && doc.Words[n].Start < sentence.End; n++)
        {
            if (doc.Words[n].Key == "," && n > after + 1 && ClosingComma(doc, n, sentence) is { } close) { skipped += close - n; n = close; continue; }
            var word = new TextSpan(doc.Words[n].Start, doc.Words[n].End);
            if (_speechVerbs.Contains(doc.Words[n].Key)) return true;
            if (doc.CuesIn(word, CueKind.Claim).Any(c => c.Start == doc.Words[n].Start)) return true;
            if (AttackOrCasualtyAt(doc, n)) return false;
        }
        return false;
    }

    /// <summary>
    /// The words before "on" and the day tell how a source of the report was reached: a verb of contacting (function_words.tsv
    /// kind contact_verb) right before them, or before "by" and who reached it, at most four words with no punctuation, attack
    /// or casualty word between ("according to a district officer reached by our desk on Friday", "a nurse interviewed by
    /// the agency on Monday", "residents contacted on Friday said"): the day dates the contact, not the attack.
    /// </summary>
    private bool SourceContactedBefore(AnnotatedDocument doc, int w)
    {
        if (_contactVerbs.Contains(doc.Words[w].Key)) return true;
        for (var k = w; k >= 1 && k >= w - 4; k--)
        {
            var key = doc.Words[k].Key;
            if (key is "," or ";" or ":" or "." || AttackOrCasualtyAt(doc, k)) return false;
            if (key == "by") return _contactVerbs.Contains(doc.Words[k - 1].Key);
        }
        return false;
    }

    /// <summary>
    /// The day dates an act that followed the attack, which its sentence tells only in a clause opened right after the day
    /// by a sequel word (function_words.tsv kind sequel_opener: "shares fell 9 per cent on Friday after the firm said
    /// gunmen had attacked its depot", "the border post was closed on Monday evening following a bomb blast"): no attack
    /// nor casualty word before the day, one after the sequel word, and the day does not open the sentence ("On Friday
    /// after prayers gunmen stormed the mosque" keeps its day). The day of the sequel dates the attack only for want of
    /// any other, as the day of a telling does.
    /// </summary>
    private bool DatesSequel(AnnotatedDocument doc, DateMention d)
    {
        var sentence = doc.SentenceAt(d.Start);
        var first = doc.WordAt(sentence.Start);
        var day = doc.WordAt(d.Start);
        if (day <= first + 1) return false;
        var w = doc.WordAt(d.End);
        // "on Monday evening following ...": a part of the day written after it
        if (w < doc.Words.Count && (_eveningWords.Contains(doc.Words[w].Key) || _daypartWords.Contains(doc.Words[w].Key))) w++;
        if (w >= doc.Words.Count || doc.Words[w].Start >= sentence.End || !_sequelOpeners.Contains(doc.Words[w].Key)) return false;
        for (var k = first; k < day; k++)
            if (AttackOrCasualtyAt(doc, k)) return false;
        for (var k = w + 1; k < doc.Words.Count && doc.Words[k].Start < sentence.End; k++)
            if (AttackOrCasualtyAt(doc, k)) return true;
        return false;
    }

    /// <summary>
    /// The comma that closes an apposition opened by the comma at <paramref name="open"/>, at most <see cref="AppositionReach"/>
    /// words on, with no attack, casualty or speech word between ("the movement itself, the military branch of the League, said"), or null.
    /// </summary>
    private int? ClosingComma(AnnotatedDocument doc, int open, Sentence sentence)
    {
        for (var n = open + 1; n < doc.Words.Count && n <= open + AppositionReach && doc.Words[n].Start < sentence.End; n++)
        {
            if (doc.Words[n].Key == ",") return n > open + 1 ? n : null;
            if (doc.Words[n].Key is ";" or ":" or "." || _speechVerbs.Contains(doc.Words[n].Key)) return null;
            if (AttackOrCasualtyAt(doc, n)) return null;
        }
        return null;
    }

    /// <summary>The word at <paramref name="w"/> is an attack word (no vehicle's) or a casualty word.</summary>
    private static bool AttackOrCasualtyAt(AnnotatedDocument doc, int w)
    {
        var word = new TextSpan(doc.Words[w].Start, doc.Words[w].End);
        return doc.CuesIn(word, CueKind.Event).Any(e => !e.As<EventCue>().Vehicle) || doc.CuesIn(word, CueKind.Casualty).Any();
    }

    /// <summary>Most words of an apposition set off by commas after a speaker ("the military branch of the League for the Defence of the Lakes and Hills").</summary>
    private const int AppositionReach = 14;

    /// <summary>
    /// The day heads a line that gives someone's report, as a monitoring page or a digest lists the figures each source
    /// gave and when: it opens its line (after a bullet at most), and the heading runs from it to a colon at most
    /// <see cref="ReportHeadReach"/> words on, naming who reported (a source, sources.tsv, or a statement's noun,
    /// function_words.tsv kind communique_noun) and no attack nor casualty word: "- Wednesday 11 February, police and
    /// rescue service: four policemen killed ...", "12 May, interior ministry statement: the toll is now nine". The day
    /// the figures were given, not the attack's, which the line's own time words tell ("overnight", "late on Tuesday";
    /// <see cref="FromReportDay"/>). A heading that names a place instead ("3 June, Tung Chung: a device exploded at the
    /// bus terminus") keeps its day the attack's.
    /// </summary>
    private bool HeadsReportLine(AnnotatedDocument doc, DateMention d)
    {
        var sentence = doc.SentenceAt(d.Start);
        var first = doc.WordAt(sentence.Start);
        var day = doc.WordAt(d.Start);
        for (var w = first; w < day; w++)
            if (doc.Words[w].Key.Any(char.IsLetterOrDigit)) return false;
        var source = false;
        for (var w = doc.WordAt(d.End); w < doc.Words.Count && w - day <= ReportHeadReach && doc.Words[w].Start < sentence.End; w++)
        {
            var word = doc.Words[w];
            if (word.Key == ":") return source;
            if (word.Key is "." or ";") return false;
            if (AttackOrCasualtyAt(doc, w)) return false;
            if (doc.CuesIn(new TextSpan(word.Start, word.End), CueKind.Source).Any() || _communiqueNouns.Contains(word.Key)) source = true;
        }
        return false;
    }

    /// <summary>
    /// A day the line's own time words count from publication ("overnight", "last night", "yesterday"; <see
    /// cref="DateMention.Relative"/>), counted instead from the day that heads the line as its report's
    /// (<see cref="HeadsReportLine"/>): "- Wednesday 11 February, police: four killed in the attack overnight", in a
    /// digest of the Friday after, tells Tuesday night's attack. Any other day as it is.
    /// </summary>
    private DateMention FromReportDay(AnnotatedDocument doc, SentenceFacts f, DateMention d)
    {
        if (!d.Relative || d.Precision != "day" || doc.Published is not { } published) return d;
        var heading = f.Dates.FirstOrDefault(h => h.Precision == "day" && !h.Relative && HeadsReportLine(doc, h)) ?? RowDay(doc, f) ?? ChatDay(doc, f)
                      ?? EntryDay(doc, f, published);
        return heading is null ? d : d with { Date = heading.Date.AddDays(d.Date.DayNumber - published.DayNumber) };
    }

    /// <summary>
    /// The day of the entry the sentence belongs to, on a page of dated entries (a feed's items, a list of posts): at
    /// least <see cref="MinEntryDays"/> date lines of their own (<see cref="DateMention.OwnLine"/>) with different days,
    /// and the nearest above the sentence older than the page. The entry's time words ("tonight", "this morning") count
    /// from its own day, not from the day the page was saved.
    /// </summary>
    private static DateMention? EntryDay(AnnotatedDocument doc, SentenceFacts f, DateOnly published)
    {
        var lines = doc.Dates.Where(h => h.OwnLine).ToList();
        if (lines.Select(h => h.Date).Distinct().Count() < MinEntryDays) return null;
        return lines.LastOrDefault(h => h.End <= f.Sentence.Start) is { } entry && entry.Date < published ? entry : null;
    }

    /// <summary>The fewest different days of a page's own date lines that make it a page of dated entries (<see cref="EntryDay"/>).</summary>
    private const int MinEntryDays = 2;

    /// <summary>
    /// The day in a cell of the table row the sentence belongs to (its line opens on cells between bars, at least
    /// <see cref="MinRowCells"/> of them, and the day stands before the last bar): a log's, an SMS or chat export's row
    /// ("0413 | 07/10/2023 | 21:48 | OPS | grenade thrown at a shop tonight, 2 wounded"), whose time words ("tonight",
    /// "today") count from the row's own day, not from the day the log was exported or posted.
    /// </summary>
    private static DateMention? RowDay(AnnotatedDocument doc, SentenceFacts f)
    {
        var i = f.Sentence.Index;
        while (i > 0 && doc.Sentences[i - 1].Paragraph == f.Sentence.Paragraph) i--;
        var line = doc.Sentences[i];
        var row = doc.Text.AsSpan(line.Start, line.End - line.Start);
        if (row.Count('|') < MinRowCells - 1) return null;
        var bar = line.Start + row.LastIndexOf('|');
        return doc.DatesIn(new TextSpan(line.Start, bar)).FirstOrDefault(h => h.Precision == "day" && !h.Relative && !h.Since && h.End <= bar);
    }

    /// <summary>
    /// The day of the chat message the sentence belongs to: its line opens on a chat export's stamp
    /// (<see cref="MessageStamp.OpensMessage"/>: "15/09/2021, 07:12 - Ana: ..."), whose day stands first. The message's time words
    /// ("last night's attack") count from it, not from the day the chat was exported or published.
    /// </summary>
    private static DateMention? ChatDay(AnnotatedDocument doc, SentenceFacts f)
    {
        var start = f.Sentence.Start > 0 ? doc.Text.LastIndexOf('\n', f.Sentence.Start - 1) + 1 : 0;
        var end = doc.Text.IndexOf('\n', start);
        var line = doc.Text.AsSpan(start, (end < 0 ? doc.Text.Length : end) - start);
        var indent = line.Length - line.TrimStart().Length;
        if (!MessageStamp.OpensMessage(line.Trim())) return null;
        return doc.DatesIn(new TextSpan(start, start + line.Length))
            .FirstOrDefault(h => h.Precision == "day" && !h.Relative && h.Start - start <= indent + 1);
    }

    /// <summary>
    /// The day of a chat message's stamp (<see cref="ChatDay"/>) in a sentence that also gives a day of its own: when the
    /// message was sent, not when the attack it tells took place ("15/09/2021, 07:12 - Ana: the army blames last night's
    /// attack on ..." tells the 14th's attack).
    /// </summary>
    private static bool SentDayBesideOwn(AnnotatedDocument doc, SentenceFacts f, DateMention d, IReadOnlyList<DateMention> days) =>
        days.Count > 1 && ChatDay(doc, f) is { } sent && sent.Start == d.Start && days.Any(o => o.Start != d.Start);

    /// <summary>The fewest cells of a table row whose day counts its text's time words (<see cref="RowDay"/>).</summary>
    private const int MinRowCells = 3;

    /// <summary>Most words from the day heading a report line to the colon that ends its heading ("Monday 3 May, provincial police and ambulance crews (quoted by agencies):").</summary>
    private const int ReportHeadReach = 16;

    /// <summary>
    /// Word <paramref name="w"/> ends what comes before a clause: a comma, a semicolon, a colon or a dash, or a clause
    /// conjunction (function_words.tsv kind clause_conjunction: "and", "but") right after such a mark or opening its sentence.
    /// </summary>
    private bool OpensClauseAfter(AnnotatedDocument doc, int w)
    {
        if (doc.Words[w].Key is "," or ";" or ":" or "\u2014" or "\u2013") return true;
        if (!_clauseConjunctions.Contains(doc.Words[w].Key)) return false;
        var first = doc.WordAt(doc.SentenceAt(doc.Words[w].Start).Start);
        return w == first || doc.Words[w - 1].Key is "," or ";" or ":" or "\u2014" or "\u2013";
    }

    /// <summary>
    /// The words up to <paramref name="last"/> (right before a day) are a count someone gave: a verb whose object is a
    /// count (function_words.tsv kind tally_verb) and after it only the count's figures and words, at most
    /// <see cref="TallyReach"/> words ("the army gave us two dead and four hurt on Friday", "officials put the toll at six
    /// on Monday"): the day is when the count was given, not the attack's. A clause word, a verb of being ("said three
    /// were killed on Friday") or an attack word between makes the day the attack's; a verb without a figure after it
    /// ("gave chase on Friday") is no count.
    /// </summary>
    private bool CountGivenBefore(AnnotatedDocument doc, int last)
    {
        var first = doc.WordAt(doc.SentenceAt(doc.Words[last].Start).Start);
        var figure = false;
        for (var k = last; k >= first && k > last - TallyReach; k--)
        {
            var word = doc.Words[k];
            if (_tallyVerbs.Contains(word.Key)) return figure;
            if (word.Key is "," or ";" or ":" or "that" or "when" or "after" or "before" or "while" or "who" or "which"
                || _beAuxiliaries.Contains(word.Key) || _speechVerbs.Contains(word.Key)) return false;
            var span = new TextSpan(word.Start, word.End);
            if (doc.CuesIn(span, CueKind.Event).Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false })) return false;
            if (doc.NumbersIn(span).Any() || doc.CuesIn(span, CueKind.Casualty).Any()) figure = true;
        }
        return false;
    }

    /// <summary>Most words from a verb that gives a count to the day it was given ("gave us one dead and three wounded on").</summary>
    private const int TallyReach = 10;

    /// <summary>
    /// The word before "in X" / "at X" ending at <paramref name="w"/> (a locative word and one capitalised word): where a
    /// speaker spoke, between whom it addressed and the day ("speaking to journalists in X on Thursday"); else
    /// <paramref name="w"/> itself.
    /// </summary>
    private int SpeakingPlaceBefore(AnnotatedDocument doc, int w) =>
        w >= 2 && char.IsUpper(doc.Text[doc.Words[w].Start]) && _locative.Contains(doc.Words[w - 1].Key) ? w - 2 : w;

    /// <summary>
    /// The day is that of a text's release: a statement's noun (function_words.tsv kind communique_noun) right before its
    /// "on" (at <paramref name="w"/>), or one word before it, the verb of its release ("in a bulletin aired on Sunday
    /// night, the army said ..."). Not a day's possessive ("the statement on Friday's bombing": the bombing's day).
    /// </summary>
    private bool ReleasedText(AnnotatedDocument doc, int w, DateMention d)
    {
        if (doc.Text.AsSpan(d.End).StartsWith("'s") || doc.Text.AsSpan(d.End).StartsWith("\u2019s")) return false;
        if (doc.Words[w].Key is "," or ";" or ".") return false;
        return _communiqueNouns.Contains(doc.Words[w].Key) || (w >= 1 && _communiqueNouns.Contains(doc.Words[w - 1].Key));
    }

    /// <summary>
    /// The word before a part of the day written ahead of its day ("released on the evening of Wednesday": the word "on"),
    /// when <paramref name="w"/> is the "of" of "the evening of"; else <paramref name="w"/> itself.
    /// </summary>
    private int BeforeDaypartOf(AnnotatedDocument doc, int w) =>
        w >= 2 && doc.Words[w].Key == "of" && _daypartWords.Contains(doc.Words[w - 1].Key) && doc.Words[w - 2].Key == "the" ? w - 3 : w;

    /// <summary>
    /// The words up to <paramref name="last"/> (right before "on" and a day) tell where or how something was said or
    /// claimed: a speech verb, a word of function_words.tsv kind speech_medium and at most <see cref="MediumReach"/> words
    /// ("said in a statement on Monday", "speaking on the national radio on Saturday morning"), or a claim phrase right
    /// there ("claimed responsibility on Monday"). An attack, casualty or actor word between ("said gunmen in a raid on
    /// Monday") makes the day the attack's.
    /// </summary>
    private bool SaidThrough(AnnotatedDocument doc, int last)
    {
        var lastWord = new TextSpan(doc.Words[last].Start, doc.Words[last].End);
        if (doc.CuesIn(lastWord, CueKind.Claim).Any(c => c.End == doc.Words[last].End)) return true;
        var first = doc.WordAt(doc.SentenceAt(doc.Words[last].Start).Start);
        for (var k = last; k >= first + 1 && k >= last - MediumReach; k--)
        {
            var word = doc.Words[k];
            if (word.Key is "," or ";" or "that" or ":") return false;
            if (AttackOrCasualtyAt(doc, k) || doc.CuesIn(new TextSpan(word.Start, word.End), CueKind.Actor).Any()) return false;
            if (_speechMedia.Contains(word.Key) && _speechVerbs.Contains(doc.Words[k - 1].Key)) return true;
        }
        return false;
    }

    /// <summary>Most words from a speech verb's medium word to the "on" of the day ("said in a statement on its Telegram channel on Monday").</summary>
    private const int MediumReach = 6;

    /// <summary>
    /// The sentences of a page's opening in which <see cref="StoryDate"/> looks for the day of the news; a count back to
    /// the attack (<see cref="CountedBackAttack"/>) is looked for as far again as the page's leading furniture runs.
    /// </summary>
    private const int StoryDateLines = 8;

    /// <summary>
    /// The first <paramref name="lines"/> sentences of a page, headline included, past the lines of page furniture that
    /// open it before anything is told: a site's name, a menu, a row of languages, a cookie notice ("FR | EN | AR",
    /// "[Agree] [Refuse]"), lines in which no word names an event, a victim, a target, an actor, a claim, a place or a
    /// day (<see cref="TellsNothing"/>), up to the first line after the headline that does.
    /// </summary>
    private static IEnumerable<SentenceFacts> Opening(List<SentenceFacts> facts, int lines)
    {
        var head = facts.TakeWhile(f => f.IsTitle || TellsNothing(f)).Count(f => !f.IsTitle);
        return facts.Take(lines + head);
    }

    /// <summary>The sentence names no event, victim, target, actor, claim, place nor day: page furniture, or a line of prose that tells nothing.</summary>
    private static bool TellsNothing(SentenceFacts f) =>
        f.Events.Count == 0 && f.Casualties.Count == 0 && f.Targets.Count == 0 && f.Actors.Count == 0 && f.Claims.Count == 0
        && f.EventPlaces.Count == 0 && f.OtherPlaces.Count == 0 && f.Dates.Count == 0 && f.Dateline is null;

    /// <summary>The sentences of an undated article's opening whose full date stands in for the publication day.</summary>
    private const int UndatedOpeningSentences = 3;

    /// <summary>
    /// The day of the news: the first day-precision date of a sentence that reports an attack, else the publication
    /// day; for an undated article, its dateline's day, else a full date in its opening, else the latest year it names.
    /// </summary>
    private DateMention? StoryDate(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var published = doc.Published;
        // a form's or a log's field that dates what it records ("Date and time of loss: Friday 03/05/2024"), one day
        // throughout the page: the incident's day, however long before the form was issued
        var fields = facts.Where(f => !f.IsTitle && !f.IsCaption).Select(f => FieldDay(doc, f)).OfType<DateMention>().DistinctBy(d => d.Date).ToList();
        if (fields is [var field] && (published is null || field.Date <= published.Value)) return field;
        DateMention? weekOld = null;
        var opening = Opening(facts, StoryDateLines).ToList();
        for (var i = 0; i < opening.Count; i++)
        {
            var f = opening[i];
            if (CountedBackAttack(facts, f, published) is { } counted) return counted;
            // past the first lines, furniture or not, only a count back to the attack is read: a later paragraph's
            // "late last night" may be another story's ("In other news, ...")
            if (i >= StoryDateLines) continue;
            // a day's toll over a wave ("a wave of attacks across the country on Monday killed 107") is background to
            // each attack, but its day, told before any background, is the news's
            if ((f.IsBackground && !DayToll(doc, f)) || f.IsTitle || !(f.HasStrongEvent || f.Casualties.Count > 0)) continue;
            var day = AttackDay(doc, f);
            // "four died that Saturday" points back to a day the page tells elsewhere: see PointsBack
            if (day is null || PointsBack(doc, day)) continue;
            if (published is null || Math.Abs(day.Date.DayNumber - published.Value.DayNumber) <= 7) return day;
            if (weekOld is null && f.HasStrongEvent && TellsWeekOldAttack(doc, f, day, published.Value)) weekOld = day;
        }
        // a long read's or an interview's opening that recalls its headline's attack in plain words, then counts it ("On
        // Sunday 3 May a man with an axe walked into the hall ... One usher died and two were hurt"): see WeekOldRecall
        if (weekOld is null && published is { } pub2) weekOld = WeekOldRecall(doc, facts, pub2);
        // a record written weeks later (minutes, a committee's or an annual report) whose only attack is told further on,
        // dated in full ("on the night of Tuesday 10 February"): see RecordedAttack
        if (weekOld is null && published is { } pub3) weekOld = RecordedAttack(doc, facts, pub3);

        // a diary's page: the attack is told under one of its day headings ("Thursday 4 June" on a line of its own)
        if (weekOld is null && published is { } pub4) weekOld = DiaryDay(doc, facts, pub4);

        // a page written long after (a long read, an anniversary feature) that sets its scene on a day written in full
        // and tells the attack just after with no day of its own ("On the evening of Saturday 17 September ... The
        // shooting started at the police post"): see SceneDay
        if (weekOld is null && published is { } pub5) weekOld = SceneDay(doc, facts, pub5);

        // a page written months after its attack under a headline that names it (a column, an anniversary piece) whose
        // first sentence of the attack in strong words gives it a day written in full: see RetoldAttack
        if (weekOld is null && published is { } pub6) weekOld = RetoldAttack(doc, facts, pub6);

        // no day of the week before publication: a weekly's or a follow-up's opening that tells an older attack in
        // strong words tells its subject ("when a roadside bomb tore open the first truck of a column on 21 April")
        if (weekOld is not null) return weekOld;
        if (published is { } p) return new DateMention(0, 0, p, "day");
        // an undated article's dateline gives the day it was filed: "INDIANAPOLIS (December 3, 2015) -"
        foreach (var f in facts.Take(2))
            if (f.Dates.FirstOrDefault(d => d.Precision == "day" && InDateline(doc, f, d)) is { } filed) return filed;
        // ... or its opening names the day it tells of, with its year (undated, only such dates are read): "few events
        // marked the city as those of Friday, 21 July 1972"
        foreach (var f in facts.Where(f => !f.IsTitle && !f.IsCaption).Take(UndatedOpeningSentences))
            if (f.Dates.FirstOrDefault(d => d.Precision == "day" && !d.Since) is { } told) return told;
        // Undated articles: the story is no older than the latest year it names, so an attack dated in an earlier year
        // ("shot dead in Las Vegas in 1996") is background to it.
        var latest = doc.Dates.Where(d => !d.Since).Select(d => d.Date.Year).DefaultIfEmpty(0).Max();
        return latest > 0 ? new DateMention(0, 0, new DateOnly(latest, 1, 1), "year") : null;
    }

    /// <summary>
    /// A diary or a log written day by day and posted later (a field diary, a week's notes): lines that are a day and
    /// nothing else ("Thursday 4 June", "Tuesday, 9 June 2026") head the entries below them, and the attack is told in
    /// strong words under one of them only. That heading's day, before publication and at most
    /// <see cref="WeekOldReach"/> days before it, is the story's; the entries of later days (a death in hospital, the
    /// clean-up) tell its sequel. A page with attacks under several headings (a week's timeline) is left as it is.
    /// </summary>
    private static DateMention? DiaryDay(AnnotatedDocument doc, List<SentenceFacts> facts, DateOnly published)
    {
        var headings = facts.Where(f => !f.IsTitle && !f.IsCaption && DayHeading(doc, f) is not null).ToList();
        if (headings.Count < MinDiaryHeadings) return null;
        DateMention? day = null;
        foreach (var f in facts)
        {
            if (f.IsTitle || f.IsCaption || !f.HasStrongEvent) continue;
            var above = headings.LastOrDefault(h => h.Sentence.Start <= f.Sentence.Start);
            if (above is null) continue;
            var heading = DayHeading(doc, above)!;
            if (day is not null && day.Date != heading.Date) return null;
            day = heading;
        }
        return day is not null && day.Date < published && published.DayNumber - day.Date.DayNumber <= WeekOldReach ? day : null;
    }

    /// <summary>
    /// A frame dated only by a later death (<see cref="DatesDeath"/>: "the boy died in the capital on Friday") in a sentence
    /// with no attack word of its own takes the day of the attack the page told before it: the nearest earlier sentence,
    /// in no other kept frame, that tells an attack in strong words with a day at most <see cref="DeathAfterAttackReach"/>
    /// days before the death. The death is that attack's toll rising, not a new incident.
    /// </summary>
    private void DateDeathByEarlierAttack(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        foreach (var frame in frames.Where(fr => fr.Date is { Precision: "day" }))
        {
            var death = frame.Date!.Date;
            var dating = frame.Sentences.Where(s => s.Dates.Any(d => d.Date == death)).ToList();
            if (dating.Count == 0 || dating.Any(s => s.HasStrongEvent || !s.Dates.Where(d => d.Date == death).All(d => DatesDeath(doc, s, d)))) continue;
            var start = dating.Min(s => s.Sentence.Start);
            var attack = facts.Where(s => s.Sentence.Start < start && !s.IsTitle && !s.IsCaption && !frames.Any(o => o != frame && o.Sentences.Contains(s))
                                          && (s.HasStrongEvent || SetsSceneOfAttack(facts, s)))
                .SelectMany(s => s.Dates.Where(d => d.Precision == "day" && !d.Since && d.Date < death && death.DayNumber - d.Date.DayNumber <= DeathAfterAttackReach).Select(d => (s, d)))
                .LastOrDefault();
            if (attack.d is null) continue;
            frame.Date = attack.d;
            frame.DateFromAttack = true;
            if (Trace) Console.Error.WriteLine($"  later death dated back to its attack: {frame.Place.Name} {death} -> {attack.d.Date}");
        }
    }

    /// <summary>
    /// A sentence of plain narrative (no attack word, no figure) right before one that tells an attack in weak words with
    /// its victims ("It was on the night of the 3rd." / "Armed men came in and killed two guards."): its day is the attack's.
    /// </summary>
    private static bool SetsSceneOfAttack(List<SentenceFacts> facts, SentenceFacts s) =>
        s.Events.Count == 0 && s.Casualties.Count == 0
        && facts.FirstOrDefault(n => n.Sentence.Index == s.Sentence.Index + 1) is { IsTitle: false, IsCaption: false } next
        && next.Events.Count > 0 && next.Casualties.Any(c => c.Value is > 0 && c.Kind is CasualtyMention.Killed or CasualtyMention.Injured);

    /// <summary>Most days from an attack to a later death of its victim that the page tells as its toll rising.</summary>
    private const int DeathAfterAttackReach = 7;

    /// <summary>
    /// A frame with no day of its own on a diary's page whose day the story is (<see cref="DiaryDay"/>: the attack told
    /// under that day's heading) takes that day.
    /// </summary>
    private static void DateByDiaryDay(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames, DateMention? story)
    {
        if (story is null || doc.Published is not { } published || DiaryDay(doc, facts, published) is not { } day || day != story) return;
        foreach (var frame in frames.Where(fr => fr.Date is null && fr.Sentences.Any(s => !s.IsTitle && s.HasStrongEvent)))
        {
            frame.Date = day;
            frame.DateFromAttack = true;
            if (Trace) Console.Error.WriteLine($"  dated by the diary's day heading: {frame.Place.Name} {day.Value}");
        }
    }

    /// <summary>
    /// A sentence that writes no date of its own but dates its act by pointing back (function_words.tsv kind
    /// day_back_reference: "a bomb in X, which killed two people that day", "the same day") takes the one day the
    /// sentence right before it, in its paragraph, writes ("the clip was first posted on 2 May 2019."): the day told
    /// there, not the page's.
    /// </summary>
    private List<SentenceFacts> WithDaysReferredBack(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var result = new List<SentenceFacts>(facts.Count);
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (i > 0 && f.Dates.Count == 0 && facts[i - 1].Sentence.Paragraph == f.Sentence.Paragraph
                && facts[i - 1].Sentence.Index != f.Sentence.Index && BackReference(doc, f.Sentence) is { } at
                && facts[i - 1].Dates.Where(d => d.Precision == "day" && !d.Since).DistinctBy(d => d.Date).ToList() is [var day])
            {
                if (Trace) Console.Error.WriteLine($"  sentence {f.Sentence.Index} dated by the day before it: {day.Value}");
                f = f with { Dates = [day with { Start = at.Start, End = at.End, Relative = false, Ago = false, OwnLine = false }] };
            }
            result.Add(f);
        }
        return result;
    }

    /// <summary>The span of the first phrase of kind day_back_reference in the sentence, or null.</summary>
    private TextSpan? BackReference(AnnotatedDocument doc, Sentence s)
    {
        var first = doc.WordAt(s.Start);
        for (var w = first; w < doc.Words.Count && doc.Words[w].Start < s.End; w++)
            foreach (var phrase in _dayBackReferences)
                if (PhraseAt(doc, w, phrase, s.End)) return new TextSpan(doc.Words[w].Start, doc.Words[w + phrase.Length - 1].End);
        return null;
    }

    /// <summary>
    /// A narrative time anchor: a day set in one sentence holds for the narrative sentences after it until another is
    /// set, so a sentence that tells the attack with only its hour takes the day told just before it. A magazine's or a
    /// letter's scene-setting ("On the night of Friday 12 June the shops had closed early because of the rain. At about a
    /// quarter to nine a device exploded under the first truck"), a statement's ("On Tuesday 3 March a patrol left the
    /// camp. At 21:40 hours it came under fire"), a post's ("Last Friday (6 Feb) we went out for my sister's birthday.
    /// Around 11pm a guy threw a grenade into the bar"). A frame no attack's day dates (publication's, a telling's or
    /// none) takes the anchor of its first sentence that tells the attack in strong words, writes no day of its own and
    /// gives a time of the day (<see cref="TellsTimeOfDay"/>, <see cref="ClockHours"/>: "shortly after eight o'clock"). The anchor is the day of the nearest sentence before it
    /// that writes any date, at most <see cref="AnchorReach"/> sentences back, with nothing between but plain narrative
    /// (no headline, caption, heading nor another attack told in strong words): a day of the past up to publication, not
    /// a dateline's, not a telling's ("police said on Monday"), not one a word alone counts from publication ("tonight's
    /// events", "yesterday"), in a sentence that tells no attack of its own in strong words (that one would be dated by its
    /// own sentence). Not the lines of a running report, which open on their time stamps ("About 10.15pm: shots into a
    /// house"), nor the attacks of a timeline told apart by their hours (SplitByTimeline): their days run on from the
    /// report's own, not from the sentence above.
    /// </summary>
    private void DateByNarrativeAnchor(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        if (doc.Published is not { } published) return;
        foreach (var frame in frames.Where(fr => !fr.DateFromAttack && !fr.TimedApart))
        {
            var told = frame.Sentences.Where(s => !s.IsTitle && !s.IsCaption && !s.IsBackground && s.HasStrongEvent && !OpensOnTimeStamp(doc, s)
                                                  && CandidateDays(doc, s).Count == 0 && (TellsTimeOfDay(doc, s) || ClockHours(doc, s).Any()))
                .OrderBy(s => s.Sentence.Index).FirstOrDefault();
            if (told is null || NarrativeAnchor(doc, facts, told, published) is not { } anchor) continue;
            if (Trace) Console.Error.WriteLine($"  dated by the narrative anchor before sentence {told.Sentence.Index}: {frame.Place.Name} {anchor.Value}");
            frame.Date = anchor;
            frame.DateFromAttack = true;
        }
    }

    /// <summary>Most sentences back from an attack told by its hour to the day that anchors it (<see cref="DateByNarrativeAnchor"/>).</summary>
    private const int AnchorReach = 2;

    /// <summary>The day the narrative before <paramref name="told"/> set (<see cref="DateByNarrativeAnchor"/>), or null.</summary>
    private DateMention? NarrativeAnchor(AnnotatedDocument doc, List<SentenceFacts> facts, SentenceFacts told, DateOnly published)
    {
        var before = facts.Where(g => g.Sentence.Index < told.Sentence.Index).OrderByDescending(g => g.Sentence.Index).ToList();
        var steps = 0;
        var last = told.Sentence.Index;
        foreach (var g in before)
        {
            if (g.Sentence.Index != last) { steps++; last = g.Sentence.Index; }
            // a photo's line ("PHOTO: Police tape at the gate on Sunday morning") dates its picture, not the narrative
            if (steps > AnchorReach || g.IsTitle || g.IsCaption || CaptionLine(doc, g.Sentence) || g.HasStrongEvent) return null;
            if (g.Dates.Count == 0) continue;
            var day = g.Dates.FirstOrDefault(d => d.Precision == "day" && !d.Since && !d.CountedBack && !InDateline(doc, g, d));
            if (day is null || day.Relative || day.Date > published || DatesTelling(doc, day)) return null;
            return day;
        }
        return null;
    }

    /// <summary>
    /// The day a page written long after its attack sets the scene on (a magazine's long read, an anniversary feature, a
    /// survivor's account): the page's first sentence that tells an attack in strong words (headline and captions aside)
    /// writes no day of its own and tells no habit, and the nearest sentence before it, at most <see cref="SceneReach"/>
    /// sentences back with no headline, caption nor other attack between, plain narrative (no attack word however weak, no
    /// figure: not "the communiqué of 13 July gave 12 dead", a telling's day), writes a day in full (its day of the month and its month: "On the
    /// evening of Saturday 17 September", "on 3 March 2019") more than a week before publication; no other sentence tells
    /// an attack in strong words on a later day. A sentence between that dates only a telling by its month or year ("she
    /// told me in December", "he said last year") is the writer's visit, not the attack's day, and is passed over. The
    /// day written in full is the attack's however long before the page (its year, when not written, is the latest in
    /// which the day fits before the page: <see cref="DateRecognizer"/>). A news report tells its own attack first with
    /// its own day, or dates it by its publication week, and never reaches this.
    /// </summary>
    private DateMention? SceneDay(AnnotatedDocument doc, List<SentenceFacts> facts, DateOnly published)
    {
        var i = facts.FindIndex(f => !f.IsCaption && !f.IsTitle && f.HasStrongEvent);
        if (i < 0 || facts[i].Dates.Count > 0 || TellsHabit(doc, facts[i].Sentence.Span, facts[i].Casualties, facts[i].Dates) || facts.Take(i).Any(f => f.IsTitle && f.HasStrongEvent && f.Dates.Count > 0)) return null;
        var told = facts[i];
        DateMention? day = null;
        var steps = 0;
        var last = told.Sentence.Index;
        for (var j = i - 1; j >= 0 && day is null; j--)
        {
            var g = facts[j];
            if (g.Sentence.Index != last) { steps++; last = g.Sentence.Index; }
            if (steps > SceneReach || g.IsTitle || g.IsCaption || CaptionLine(doc, g.Sentence) || g.HasStrongEvent) return null;
            if (g.Dates.Count == 0 || g.Dates.All(d => d.Precision != "day" && DatesTellingPeriod(doc, d))) continue;
            // a weekday and the day it names written apart ("Last Saturday, 13 June"): the day written in full
            var days = g.Dates.Where(d => d.Precision == "day" && !d.Since && !d.CountedBack && !d.Relative && !InDateline(doc, g, d)).ToList();
            var first = days.FirstOrDefault(d => WrittenInFull(doc, d)) ?? days.FirstOrDefault();
                // the scene is set in plain narrative: no attack word, however weak, and no figure ("the communiqué of 13 July
            // gave 12 dead" dates a telling of the attack, not the attack)
            if (first is null || g.Events.Count > 0 || g.Casualties.Count > 0 || first.Date >= published || !WrittenInFull(doc, first) || DatesTelling(doc, first)) return null;
            day = first;
        }
        if (day is null) return null;
        if (facts.Any(f => !f.IsCaption && f.HasStrongEvent && AttackDay(doc, f) is { } other && other.Date > day.Date)) return null;
        if (Trace) Console.Error.WriteLine($"  scene day before sentence {told.Sentence.Index}: {day.Value}");
        return day;
    }

    /// <summary>
    /// A kept frame that holds the attack a page set its scene for (<see cref="SceneDay"/>: "Last Saturday, 13 June, at
    /// a quarter past nine, ... They fired at him") and that no attack's day dates (a caption's vigil of the next day, a
    /// telling's day) takes the scene's day: the attack told right after the scene is that day's.
    /// </summary>
    private void DateByScene(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames, DateMention? story)
    {
        if (story is not { Precision: "day", End: > 0 } || doc.Published is not { } published || SceneDay(doc, facts, published) is not { } day || day.Start != story.Start) return;
        var told = facts.First(f => !f.IsCaption && !f.IsTitle && f.HasStrongEvent);
        foreach (var frame in frames.Where(fr => (fr.Date is null || !fr.DateFromAttack) && fr.Sentences.Contains(told)))
        {
            frame.Date = day;
            frame.DateFromAttack = true;
            if (Trace) Console.Error.WriteLine($"  dated by the scene its attack is told in: {frame.Place.Name} {day.Value}");
        }
    }

    /// <summary>Most sentences back from a long read's first attack to the day that sets its scene (<see cref="SceneDay"/>).</summary>
    private const int SceneReach = 3;

    /// <summary>
    /// A month or a year that dates a telling: a speech verb at most <see cref="TellingPeriodReach"/> words before the
    /// date's preposition ("she told me in December", "the mayor said last year").
    /// </summary>
    private bool DatesTellingPeriod(AnnotatedDocument doc, DateMention d)
    {
        var w = doc.WordAt(d.Start) - 1;
        if (w >= 0 && doc.Words[w].Key is "in" or "during" or "last" or "this") w--;
        for (var k = w; k >= 0 && k > w - TellingPeriodReach; k--)
        {
            if (doc.Words[k].Key is "," or ";" or "." or "\"") return false;
            if (_speechVerbs.Contains(doc.Words[k].Key)) return true;
        }
        return false;
    }

    /// <summary>Most words from a speech verb to the month or year of its telling ("told me in December").</summary>
    private const int TellingPeriodReach = 3;

    /// <summary>
    /// A calendar's or a timeline's page of day headings, each a line that opens on its day with at most a weekday's name
    /// before it and no attack told in strong words on it ("WEDNESDAY 3 MAY", "Thursday 4 May - a second case"): the
    /// lines below a heading, up to the next, are of its day. A kept frame that no attack's day dates (none, a later
    /// entry's "(Friday 09:00)", the publication's) takes the day of the heading above its first sentence that tells the
    /// attack in strong words, when the page has at least <see cref="MinDiaryHeadings"/> headings and that day is not
    /// after publication: the entries told under it are that day's, a follow-up entry of the next day is no new date.
    /// </summary>
    private static void DateByDayHeadings(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        var headings = facts.Where(f => !f.HasStrongEvent && f.Casualties.Count == 0 && DiaryHeadingDay(doc, f) is not null).ToList();
        if (headings.Count < MinDiaryHeadings) return;
        foreach (var frame in frames.Where(fr => fr.Date is null || !fr.DateFromAttack))
        {
            var told = frame.Sentences.Where(s => !s.IsTitle && !s.IsCaption && !s.IsBackground && s.HasStrongEvent).MinBy(s => s.Sentence.Start);
            if (told is null || headings.LastOrDefault(h => h.Sentence.Start < told.Sentence.Start) is not { } above) continue;
            var day = DiaryHeadingDay(doc, above)!;
            if (doc.Published is { } published && day.Date > published) continue;
            frame.Date = day;
            frame.DateFromAttack = true;
            if (Trace) Console.Error.WriteLine($"  dated by the day heading above its attack: {frame.Place.Name} {day.Value}");
        }
    }

    /// <summary>
    /// The day a line heads the lines below with in a diary's or a channel's page (<see cref="DateByDayHeadings"/>): a day
    /// heading with few words after its day (<see cref="HeadingDay"/>, <see cref="ShortAfterHeadingDay"/>), or a post's
    /// stamp (<see cref="PostStampDay"/>); else null.
    /// </summary>
    private static DateMention? DiaryHeadingDay(AnnotatedDocument doc, SentenceFacts f) =>
        HeadingDay(doc, f) is { } d && ShortAfterHeadingDay(doc, d) ? d : PostStampDay(doc, f);

    /// <summary>
    /// The day of a post's stamp that opens the sentence's line (<see cref="MessageStamp.HeadsPost"/>: "[15.10.19
    /// 06:41] Riverside News:"): the post below it is of that day; else null.
    /// </summary>
    private static DateMention? PostStampDay(AnnotatedDocument doc, SentenceFacts f) =>
        LineOpeningDate(doc, f, d => d.Precision == "day") is { } opening && opening.Before == "["
        && MessageStamp.HeadsPost(doc.Text, opening.Date) ? opening.Date : null;

    /// <summary>
    /// A day heading's line holds at most <see cref="HeadingTailWords"/> words after its day ("FRIDAY 9 MAY - a second
    /// case"); a search result's or a news list's line that opens on its day and runs on into its snippet is no heading.
    /// </summary>
    private static bool ShortAfterHeadingDay(AnnotatedDocument doc, DateMention day)
    {
        var end = doc.Text.IndexOf('\n', day.End);
        var tail = doc.Text[day.End..(end < 0 ? doc.Text.Length : end)];
        return tail.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit)) <= HeadingTailWords;
    }

    /// <summary>Most words a day heading's line holds after its day (<see cref="ShortAfterHeadingDay"/>).</summary>
    private const int HeadingTailWords = 4;

    /// <summary>Fewest day headings that make a page a diary (<see cref="DiaryDay"/>).</summary>
    private const int MinDiaryHeadings = 2;

    /// <summary>
    /// The day a sentence heads the lines below with: it is a line of its own holding one day-precision date with its day
    /// of the month and no other word than a weekday's name.
    /// </summary>
    private static DateMention? DayHeading(AnnotatedDocument doc, SentenceFacts f)
    {
        if (f.Dates is not [var d] || d.Precision != "day" || d.Since || !WritesDayOfMonth(doc, d)) return null;
        var start = f.Sentence.Start;
        var end = f.Sentence.End;
        if (start > 0 && doc.Text[start - 1] != '\n' || end < doc.Text.Length && doc.Text[end] != '\n' && doc.Text[end] != '\r') return null;
        if (d.Start < start || d.End > end) return null; // a date read across the sentence's bounds (a heading joined to its line)
        var rest = doc.Text[start..d.Start] + " " + doc.Text[d.End..end];
        foreach (var word in rest.Split(' ', ',', '.', '\t', '\r', '\n', '-', '|'))
            if (word.Length > 0 && !Weekdays.Contains(word)) return null;
        return d;
    }

    private static readonly HashSet<string> Weekdays = new(System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.DayNames, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A clause of background that counts back to an attack from the day its sentence tells ("[died in hospital on Monday
    /// 13 July,] nine days after he was shot at work", dates.tsv kind count_after) tells the news when the rest of
    /// its sentence tells no attack of its own, only a sequel: the attack's day is the day counted back, at most
    /// <see cref="WeekOldReach"/> days before publication. A sentence that tells an attack of its own ("gunmen killed 12
    /// on Monday, two days after a bomb killed five") keeps its own day.
    /// </summary>
    private static DateMention? CountedBackAttack(List<SentenceFacts> facts, SentenceFacts g, DateOnly? published)
    {
        if (published is not { } pub || !g.IsBackground || g.IsTitle || g.IsCaption || !(g.HasStrongEvent || g.Events.Count > 0 || g.Casualties.Count > 0)) return null;
        if (facts.Any(f => f != g && f.Sentence.Index == g.Sentence.Index && f.HasStrongEvent)) return null;
        return g.Dates.FirstOrDefault(d => d is { CountedBack: true, Precision: "day", Since: false } && d.Date <= pub && pub.DayNumber - d.Date.DayNumber <= WeekOldReach);
    }

    /// <summary>
    /// The sentence's day, more than a week and at most <see cref="WeekOldReach"/> days before publication, dates the act
    /// it tells ("when a roadside bomb tore open the first truck of a column on 21 April"), not a known attack named by its
    /// day ("the suspects of the April 15 attack") nor a follow-up's step (an arrest, a trial); no caption's.
    /// </summary>
    private bool TellsWeekOldAttack(AnnotatedDocument doc, SentenceFacts f, DateMention day, DateOnly published) =>
        day.Precision == "day" && day.Date < published && published.DayNumber - day.Date.DayNumber <= WeekOldReach && !f.IsCaption
        && !NamesItsAttack(doc, day, weakToo: true) && !_followUps.IsFollowUp(doc, f);

    /// <summary>
    /// The day of an opening sentence that recalls the attack its headline names (see <see cref="RecallsHeadlineAttack"/>),
    /// more than a week and at most <see cref="WeekOldReach"/> days before publication: an interview's or a long read's
    /// recall of its subject, whose day is the attack's. Not a follow-up's step, not a caption.
    /// </summary>
    private DateMention? WeekOldRecall(AnnotatedDocument doc, List<SentenceFacts> facts, DateOnly published)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            if (!RecallsHeadlineAttack(facts, i) || facts[i].IsBackground) continue;
            var day = facts[i].Dates.First(d => d.Precision == "day" && !d.Since);
            if (published.DayNumber - day.Date.DayNumber > 7 && TellsWeekOldAttack(doc, facts[i], day, published)) return day;
        }
        return null;
    }

    /// <summary>
    /// The day of the attack a record tells long after it (the minutes of a meeting, a committee's or an annual report, a
    /// court record: "Cllr X reported that on the night of Tuesday 10 February the council's depot was set on fire"): the
    /// first sentence of the page that tells an attack in strong words (headline included, captions aside) lies past the
    /// opening, gives the attack a day written in full (its day of the month and its month), more than a week and at most
    /// <see cref="WeekOldReach"/> days before publication, and no other sentence tells an attack in strong words on a
    /// later day. The record's only attack is its subject, not background to the meeting's day. A news report of another
    /// attack ("gunmen killed five on Saturday ... a bomb on 3 February killed 57") tells its own attack first, in its
    /// headline or lead, and keeps the older one background.
    /// </summary>
    private DateMention? RecordedAttack(AnnotatedDocument doc, List<SentenceFacts> facts, DateOnly published)
    {
        var first = facts.FirstOrDefault(f => !f.IsCaption && f.HasStrongEvent);
        if (first is null || first.IsTitle || first.IsBackground || (AttackDay(doc, first) ?? LeadInDay(doc, facts, first)) is not { } day) return null;
        if (published.DayNumber - day.Date.DayNumber <= 7 || !TellsWeekOldAttack(doc, first, day, published) || !WrittenInFull(doc, day)) return null;
        if (facts.Any(f => f != first && !f.IsCaption && f.HasStrongEvent && AttackDay(doc, f) is { } other && other.Date > day.Date)) return null;
        return day;
    }

    /// <summary>
    /// The day of the sentence just before <paramref name="told"/> in its paragraph that brings in the attack in weaker
    /// words, an attack's act or its attackers ("Before dawn on Friday 4 March, gunmen attacked the depot. The gate was set
    /// on fire."), when the sentence that tells it in strong words has no day of its own; else null.
    /// </summary>
    private DateMention? LeadInDay(AnnotatedDocument doc, List<SentenceFacts> facts, SentenceFacts told)
    {
        var at = facts.IndexOf(told);
        if (at < 1 || facts[at - 1] is not { IsTitle: false, IsCaption: false } lead || lead.Sentence.Index != told.Sentence.Index - 1) return null;
        if (!lead.Events.Any(e => e.As<EventCue>() is { Vehicle: false } c && (c.Act || c.Assault))) return null;
        var text = doc.Document.Original;
        if (!SameBlock(text, doc.Document.ToOriginal(lead.Sentence.Span).End, doc.Document.ToOriginal(told.Sentence.Span).Start)) return null;
        return AttackDay(doc, lead);
    }

    /// <summary>
    /// The day of the attack a page tells long after it, more than <see cref="WeekOldReach"/> days before publication (an
    /// opinion column five months on, an anniversary piece): the headline tells an attack, however weakly, with no day
    /// nor figure of its own (a headline with its toll tells the news); the first sentence of the body that tells an attack in strong words (captions aside) gives it a day
    /// written in full ("On the evening of Friday, 9 May, a grenade ..."), names no scene the headline does not, is
    /// not a known attack named by its day nor a follow-up's step; no sentence tells an attack in strong words on a later day, nor
    /// an attack however weakly or a toll on a day of the last weeks before publication (a timeline that runs on to the news). That attack is the page's
    /// subject; older attacks it recalls ("last November a grenade ...") stay background to it. A news report tells its
    /// own attack first, undated or of its week, and never reaches this.
    /// </summary>
    private DateMention? RetoldAttack(AnnotatedDocument doc, List<SentenceFacts> facts, DateOnly published)
    {
        var titles = facts.Where(f => f.IsTitle).ToList();
        // a trial's headline names the step of justice, not the attack ("X gunman jailed for life"), and may give its toll;
        // the page's opening tells the verdict's day, and its first telling of the attack with a day of its own dates it
        var trial = titles.Any(t => TrialHeadline(doc, t));
        if (!trial && !titles.Any(f => f.Events.Any(e => !e.As<EventCue>().Vehicle))) return null;
        if (titles.Any(f => f.Dates.Count > 0 || (!trial && f.Casualties.Count > 0))) return null;
        var first = facts.FirstOrDefault(f => !f.IsTitle && !f.IsCaption && f.HasStrongEvent
                                              && (!trial || AttackDay(doc, f) is { Precision: "day" } told && told.Date < published));
        if (first is null || AttackDay(doc, first) is not { Precision: "day" } day || day.Date >= published) return null;
        // the attack is the headline's: its sentence names no scene the headline does not
        if (!first.EventPlaces.All(p => titles.Any(t => t.EventPlaces.Concat(t.OtherPlaces).Any(q => SameScene(q.Place, p.Place))))) return null;
        if (published.DayNumber - day.Date.DayNumber <= WeekOldReach || !WrittenInFull(doc, day) || NamesItsAttack(doc, day, weakToo: true) || _followUps.IsFollowUp(doc, first)) return null;
        if (facts.Any(f => f != first && !f.IsCaption && f.HasStrongEvent && AttackDay(doc, f) is { } other && other.Date > day.Date)) return null;
        // a timeline or diary runs on to the news: an attack word, however weak, or a toll on a later day within the
        // weekly reach ("5 October - armed men attack the health post") makes the page news, not a retelling; the day of a
        // step of justice ("a court on Monday jailed ...") and a day pointed back to ("that Saturday") are no such day
        if (facts.Any(f => f != first && !f.IsCaption && (f.Events.Count > 0 || f.Casualties.Count > 0)
                           && f.Dates.Any(d => d.Precision == "day" && d.Date > day.Date && d.Date < published && published.DayNumber - d.Date.DayNumber <= WeekOldReach
                                              && !PointsBack(doc, d) && !DatesLegalStep(doc, f, d)))) return null;
        if (Trace) Console.Error.WriteLine($"  attack retold long after, sentence {first.Sentence.Index}: {day.Value}");
        return day;
    }

    /// <summary>
    /// A weekday pointed back to by "that" ("eight died that Thursday night"): the day of what the page already told, which the
    /// reader counted from publication only for want of another; no day of its own. A day written in full is its own.
    /// </summary>
    private bool PointsBack(AnnotatedDocument doc, DateMention d) =>
        doc.WordAt(d.Start) is var w and > 0 && doc.Words[w - 1].Key == "that" && !WrittenInFull(doc, d);

    /// <summary>The headline names a trial, a verdict or a sentence (function_words.tsv kind trial_word: "jailed", "trial", "court").</summary>
    private bool TrialHeadline(AnnotatedDocument doc, SentenceFacts title)
    {
        for (var w = doc.WordAt(title.Sentence.Start); w < doc.Words.Count && doc.Words[w].Start < title.Sentence.End; w++)
            if (_trialWords.Contains(doc.Words[w].Key)) return true;
        return false;
    }

    /// <summary>The two places are one scene: the same place, or a province and a town in it.</summary>
    private static bool SameScene(Place a, Place b) =>
        a.GeonameId == b.GeonameId && a.Kind == b.Kind
        || a.CountryCode == b.CountryCode && a.Admin1Code == b.Admin1Code && (a.Kind == PlaceKind.Admin1 || b.Kind == PlaceKind.Admin1);

    /// <summary>
    /// The sentence whose day <see cref="RecordedAttack"/> made the story's: a record's only attack, told in strong words.
    /// </summary>
    private SentenceFacts? RecordedAttackSentence(AnnotatedDocument doc, List<SentenceFacts> facts, DateMention? story) =>
        story is { Start: > 0 } && doc.Published is { } published && published.DayNumber - story.Date.DayNumber > 7
        && RecordedAttack(doc, facts, published) is { } day && day.Start == story.Start
            ? facts.FirstOrDefault(f => !f.IsCaption && f.HasStrongEvent) : null;

    /// <summary>The day is written with its day of the month ("Tuesday 10 February", "Feb. 10th"), not only a weekday or a count back.</summary>
    private bool WrittenInFull(AnnotatedDocument doc, DateMention day)
    {
        for (var w = doc.WordAt(day.Start); w < doc.Words.Count && doc.Words[w].Start < day.End; w++)
        {
            var word = doc.Words[w].Key;
            var digits = _ordinalSuffixes.FirstOrDefault(s => word.Length > s.Length && word.EndsWith(s, StringComparison.Ordinal)) is { } suffix
                ? word[..^suffix.Length] : word;
            if (int.TryParse(digits, out var n) && n == day.Date.Day) return true;
        }
        return false;
    }

    /// <summary>
    /// Sentence <paramref name="i"/> is one of the opening's (up to <see cref="StoryOpening"/> sentences, headline and
    /// captions aside) that recalls the attack the headline names (an attack word in the headline, however weak: "a
    /// survivor of the chapel attack speaks") with its day and its town, in words too weak to tell it alone ("On Sunday
    /// 3 May a man with an axe walked into the hall in X"), and the next sentence counts its victims with no day nor
    /// place of its own ("One usher died and two were hurt"): the two tell the attack, as a news lead does in one.
    /// </summary>
    private static bool RecallsHeadlineAttack(List<SentenceFacts> facts, int i)
    {
        var f = facts[i];
        if (f.IsTitle || f.IsCaption || f.HasStrongEvent || !f.Events.Any(e => !e.As<EventCue>().Vehicle)
            || !f.EventPlaces.Any(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City)
            || !f.Dates.Any(d => d.Precision == "day" && !d.Since)) return false;
        if (!facts.Any(t => t.IsTitle && t.Events.Any(e => !e.As<EventCue>().Vehicle))) return false;
        if (facts.Take(i).Count(g => !g.IsTitle && !g.IsCaption) >= StoryOpening) return false;
        return facts.FirstOrDefault(n => n.Sentence.Index == f.Sentence.Index + 1) is { IsBackground: false, IsTitle: false, Dates.Count: 0, EventPlaces.Count: 0 } next
               && next.Casualties.Any(c => c.Value is > 0 && c.Kind is CasualtyMention.Killed or CasualtyMention.Injured);
    }

    /// <summary>The sentences of an article's opening, headline and captions aside, in which <see cref="RecallsHeadlineAttack"/> looks.</summary>
    private const int StoryOpening = 8;

    /// <summary>Most days before publication an opening's attack may be and still be the story's (a weekly's account).</summary>
    private const int WeekOldReach = 21;

    /// <summary>
    /// The sentence tells of another time than the story's: a date of another period, or a count since a past day. A
    /// dateline's date ("Harare, 9 June (Wire) -") is the day the report was filed, which says nothing of the sentence.
    /// </summary>
    private SentenceFacts MarkBackground(AnnotatedDocument doc, SentenceFacts f, DateMention? story)
    {
        // a clause opening its sentence that counts back from publication to the story's own attack ("Four days after the
        // attack on the post near X, the governor received us", CountedBackAttack) tells that attack, not an earlier one;
        // "died on 20 May, four days after gunmen attacked" counts from its own day and stays apart
        if (f.IsBackground && story is { CountedBack: true } && f.Dates.Contains(story) && doc.SentenceAt(f.Sentence.Start).Start == f.Sentence.Start)
            return f with { IsBackground = false };
        if (f.IsBackground) return f;
        // the day a document was written or received after the story's ("according to the police report dated 2 May,
        // received by us on 5 May") is no other period: what the document tells is the story's
        if (story is { Precision: "day" } && f.Dates.Count > 0 && f.Dates.All(d => d.Date > story.Date && DocumentDay(doc, d)))
            return f;
        // the sequel a count back to the story's attack is made from ("died on 13 July, nine days after he was shot") is the story's
        if (story is { CountedBack: true } && doc.SentenceAt(f.Sentence.Start) is var whole && story.Start >= whole.Start && story.End <= whole.End) return f;
        // "since 2011", "since Monday" (days of fighting) count over a period; "since Saturday night", the night of the
        // story's attack, counts that attack's toll
        // "four died that Saturday" points back to the story's day, read from publication for want of another (PointsBack)
        var background = f.Dates.Any(d => !InDateline(doc, f, d) && !PointsBack(doc, d) && ((d.Since && !SinceTheAttack(d, story)) || (story is not null && !SamePeriod(d, story))));
        return background ? f with { IsBackground = true } : f;
    }

    /// <summary>
    /// The day dates a document, not what it tells: right after a verb of writing, filing or receiving it (function_words.tsv
    /// kind release_verb: "a report dated 19 April", "a complaint filed on Monday", "received by us on 22 April").
    /// </summary>
    private bool DocumentDay(AnnotatedDocument doc, DateMention d)
    {
        var w = doc.WordAt(d.Start) - 1;
        if (w >= 0 && doc.Words[w].Key == "on") w--;
        if (w >= 0 && _releaseVerbs.Contains(doc.Words[w].Key)) return true;
        // "received by us on 22 April": the verb, "by" and who at most two words before "on"
        for (var k = w; k >= 1 && k > w - 3; k--)
            if (doc.Words[k].Key == "by" && _releaseVerbs.Contains(doc.Words[k - 1].Key)) return true;
        return false;
    }

    /// <summary>
    /// A "since" day that counts the story's own attack: the night before it or its day ("since Saturday night"), or one
    /// of the few days after it ("three of the wounded have died since Monday", the attack on Sunday): the aftermath of
    /// that attack, its victims dying or treated, not a period of its own.
    /// </summary>
    private static bool SinceTheAttack(DateMention since, DateMention? story) =>
        story is { Precision: "day" } && since.Precision == "day" && since.Date.DayNumber - story.Date.DayNumber is >= -1 and <= MaxAftermathDays;

    /// <summary>Most days after an attack that a "since" day may be and still count that attack's victims.</summary>
    private const int MaxAftermathDays = 3;

    /// <summary>
    /// A claim made since the day after the attack is about it: "in a video circulating since Thursday, the gang's chief
    /// admitted his men led the attack" (a night attack on Wednesday to Thursday). The sentence's "since" marks it as
    /// background to the tolls; its claim still counts when all its dates are "since" the attack's day or the next.
    /// </summary>
    private static bool ClaimSinceTheAttack(SentenceFacts f, DateMention? story) =>
        story is { Precision: "day" } && f.Claims.Any(c => c.As<string>() == "claimed") && f.Dates.Count > 0
        && f.Dates.All(d => d.Since && d.Precision == "day" && d.Date.DayNumber - story.Date.DayNumber is >= 0 and <= 1);

    private static bool SamePeriod(DateMention date, DateMention story) => (story.Precision == "year" ? "year" : date.Precision) switch
    {
        "day" => Math.Abs(date.Date.DayNumber - story.Date.DayNumber) <= 7,
        "month" => date.Date.Year == story.Date.Year && date.Date.Month == story.Date.Month,
        _ => date.Date.Year == story.Date.Year,
    };
}
