using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;
using Sitrep.Linking;

namespace Sitrep.Extraction;

// IncidentExtractor, part: clock times and time stamps: which day an attack told by its hour belongs to (see IncidentExtractor.cs for the whole pipeline).
public sealed partial class IncidentExtractor
{
    /// <summary>
    /// "Overnight" or "last night" in a story of day D names the night that ends on D: an attack it dates whose own
    /// sentences give an hour after midnight and before dawn ("At about 02:30 a drone struck the substation", "shortly
    /// after midnight") struck on D, not on the day before, which the word alone was read as. A frame with no date of its
    /// own takes the story's (<paramref name="story"/>), as its report would: two sites struck "overnight" in one sentence
    /// leave both frames undated. The sites one "overnight" dates were struck in one night: when the hour is told of one
    /// of them only ("the depot was hit at 02:40; the warehouse twenty minutes later"), the others go with it.
    /// </summary>
    private void DateNightByEarlyHour(AnnotatedDocument doc, List<Frame> frames, DateMention? story)
    {
        if (doc.Published is not { } published) return;
        var night = new List<(Frame Frame, DateMention Date, bool Evening)>();
        foreach (var frame in frames)
        {
            if ((frame.Date ?? story) is not { Precision: "day" } d || d.Date != published.AddDays(-1) || !NamesLastNight(doc, d)) continue;
            var told = frame.Sentences.Where(s => !s.IsTitle && !s.IsCaption).ToList();
            // an evening hour told beside it ("at around 23:15 last night") keeps the night the day before: the early hour is
            // then a later moment (a ticker's "00:35 (Sat)" entry, "the shooting stopped at 02:10")
            // a time stamp that opens a line telling nothing of an attack ("18:00 News and Evening Review" in a station's
            // schedule above its bulletins) is the hour of something else
            var evening = told.Any(s => !IsBareTimeStamp(doc, s) && ClockHours(doc, s).Any(h => h >= EveningHour));
            night.Add((frame, d, evening));
            if (!told.Any(s => TellsEarlyHour(doc, s)) || evening) continue;
            frame.Date = d with { Date = published };
            frame.PastMidnight = true;
        }
        foreach (var (frame, d, evening) in night)
            if (!frame.PastMidnight && !evening && night.Any(o => o.Frame.PastMidnight && o.Date.Start == d.Start))
            {
                frame.Date = d with { Date = published };
                frame.PastMidnight = true;
            }
    }

    /// <summary>
    /// The sentence opens with a clock time and tells no attack, no casualty and no date: a line of a programme schedule
    /// or a timetable ("20:00 Old Time Calypso with ...", "18:00 News and Evening Review"), whose hour dates nothing.
    /// </summary>
    private bool IsBareTimeStamp(AnnotatedDocument doc, SentenceFacts f) =>
        ClockTimeOf(doc, doc.WordAt(f.Sentence.Start)) is not null && f.Events.Count == 0 && f.Casualties.Count == 0 && f.Dates.Count == 0;

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
    private bool TellsEarlyHour(AnnotatedDocument doc, SentenceFacts f) =>
        SaysAfterMidnight(doc, f) || ClockHours(doc, f).Any(h => h < DawnHour);

    /// <summary>
    /// The sentence says "after midnight" or "past midnight" ("just after midnight, men set fire to a bus", "from half past
    /// midnight"): function_words.tsv kind midnight_after right before a midnight_word.
    /// </summary>
    private bool SaysAfterMidnight(AnnotatedDocument doc, SentenceFacts f)
    {
        for (var w = doc.WordAt(f.Sentence.Start) + 1; w < doc.Words.Count && doc.Words[w].Start < f.Sentence.End; w++)
            if (_midnightWords.Contains(doc.Words[w].Key) && _midnightAfter.Contains(doc.Words[w - 1].Key)) return true;
        return false;
    }

    /// <summary>
    /// The hours of the clock times the sentence gives, on a 24-hour clock: "02:30" 2, "0210 hours" 2, "11 p.m." 23,
    /// "23h15" 23, "shortly before midnight" 23. Not the time of a telling written right after its date ("Posted 11 March
    /// 2026, 01:15"), nor the running time of a recording's transcript (<see cref="RunningTime"/>).
    /// </summary>
    private IEnumerable<int> ClockHours(AnnotatedDocument doc, SentenceFacts f)
    {
        foreach (var hour in OClockHours(doc, f)) yield return hour;
        foreach (var hour in FractionHours(doc, f)) yield return hour;
        var words = doc.Words;
        var first = doc.WordAt(f.Sentence.Start);
        for (var w = first; w < words.Count && words[w].Start < f.Sentence.End; w++)
        {
            // "a little before midnight", "shortly before midnight": the last hour of the evening (kinds midnight_before, midnight_word)
            if (w > first && _midnightWords.Contains(words[w].Key) && _midnightBefore.Contains(words[w - 1].Key)) { yield return 23; continue; }
            if (ClockTimeOf(doc, w) is not { } time) continue;
            var stamp = time.After == w + 1 && words[w].Key.Length == 5 && words[w].Key[2] == ':'
                        && (w == first || !(words[w - 1].Key == "at" || _clockLeads.Contains(words[w - 1].Key)));
            // "Posted 11 March 2026, 01:15", "Updated: 12 May | 23:05": the time of a telling, right after its date
            var told = f.Dates.Any(d => d.End <= words[w].Start && words[w].Start - d.End <= 3);
            w = time.After - 1;
            if (told || stamp && RunningTime(doc)) continue;
            yield return time.Hour;
        }
    }

    /// <summary>
    /// The page is a recording's transcript whose lines open on the running time of the recording, not on a clock time
    /// ("00:00 hello and welcome ...", "00:09 a bomb went off in the market overnight ...", "01:12 police say ..."): some line opens on
    /// "00:00". A bare stamp of such a page (two figures, a colon and two figures, no suffix, not after "at" or a word
    /// that leads a clock time: "around 23:40") is minutes and seconds into the recording, no hour of the day.
    /// </summary>
    private static bool RunningTime(AnnotatedDocument doc)
    {
        foreach (var s in doc.Sentences)
        {
            var w = doc.WordAt(s.Start);
            if (w < doc.Words.Count && doc.Words[w].Start < s.End && doc.Words[w].Key is "00:00" or "0:00") return true;
        }
        return false;
    }

    /// <summary>
    /// The time of the clock time that starts at word <paramref name="w"/> (<see cref="ClockTimeAt"/>) on a 24-hour
    /// clock, and the word after it: "21:40" 21:40, "2340 hours" 23:40, "8.40pm" 20:40, "10 p.m." 22:00, "12 am" 0:00,
    /// "22h30" 22:30; null when none starts there.
    /// </summary>
    private (int Hour, int Minute, int After)? ClockTimeOf(AnnotatedDocument doc, int w)
    {
        var after = ClockTimeAt(doc, w);
        if (after == w) return null;
        var words = doc.Words;
        var key = words[w].Key;
        var next = w + 1 < words.Count ? words[w + 1].Key : "";
        // ClockTimeAt has read the figures: "21:40" or "8.40", "2340", or an hour of one or two figures ("9 pm", "22h30")
        var sep = key.IndexOfAny([':', '.']);
        int hour, minute = 0;
        if (sep >= 0) (hour, minute) = (int.Parse(key.AsSpan(0, sep)), int.Parse(key.AsSpan(sep + 1)));
        else if (key.Length == 4) (hour, minute) = (int.Parse(key.AsSpan(0, 2)), int.Parse(key.AsSpan(2)));
        else
        {
            hour = int.Parse(key);
            if (next.Length == 3 && next[0] == 'h' && int.TryParse(next.AsSpan(1), out var m)) minute = m;
        }
        // the suffix after the figure, if any: "pm", "p . m .", "hrs"
        var suffix = string.Concat(Enumerable.Range(w + 1, Math.Max(0, after - w - 1)).Select(i => words[i].Key));
        if (suffix.StartsWith('p') && hour < 12) hour += 12;
        if (suffix.StartsWith('a') && hour == 12) hour = 0;
        return (hour, minute, after);
    }

    /// <summary>
    /// The hours a sentence gives with "o'clock": "at around two o'clock this morning" 2, "at 9 o'clock" 9, "at four o'clock
    /// in the afternoon" 16 (function_words.tsv kinds oclock_word and afternoon_word).
    /// </summary>
    private IEnumerable<int> OClockHours(AnnotatedDocument doc, SentenceFacts f)
    {
        var words = doc.Words;
        for (var w = doc.WordAt(f.Sentence.Start) + 1; w < words.Count && words[w].Start < f.Sentence.End; w++)
        {
            if (!_oclockWords.Contains(words[w].Key)) continue;
            var figure = words[w - 1].Key;
            if (!int.TryParse(figure, out var hour) && !_numberWords.TryGetValue(figure, out hour)) continue;
            if (hour is < 1 or > 12) continue;
            var later = w + 3 < words.Count && words[w + 1].Key == "in" && words[w + 2].Key == "the" && _afternoonWords.Contains(words[w + 3].Key);
            yield return later && hour < 12 ? hour + 12 : hour;
        }
    }

    /// <summary>
    /// The hours a sentence gives as a part of an hour told in words (function_words.tsv kinds clock_fraction, clock_to,
    /// clock_past): "a quarter to nine" 8, "half past ten" 10, "quarter after 9" 9, "a quarter to nine in the evening" 20
    /// (kind afternoon_word after "in the", as for an o'clock hour). The hour is a figure or a number word from 1 to 12.
    /// </summary>
    /// <summary>
    /// A count of minutes told in words before clock_to or clock_past ("at about twenty to seven", "at ten past nine",
    /// "just after five past eight"): a number word of minutes (5, 10, 20, 25) right after "at" or a clock_lead word
    /// ("twenty-five" after its "twenty"), as a bare "five to six people" is a range of a count, no time.
    /// </summary>
    private bool MinutesFraction(AnnotatedDocument doc, int w)
    {
        var words = doc.Words;
        if (!_numberWords.TryGetValue(words[w].Key, out var minutes) || minutes is not (5 or 10 or 20 or 25)) return false;
        var before = w - 1;
        if (minutes == 5 && before >= 0 && words[before].Key == "twenty") before--;
        return before >= 0 && (words[before].Key == "at" || _clockLeads.Contains(words[before].Key));
    }

    private IEnumerable<int> FractionHours(AnnotatedDocument doc, SentenceFacts f)
    {
        var words = doc.Words;
        for (var w = doc.WordAt(f.Sentence.Start); w + 2 < words.Count && words[w + 2].Start < f.Sentence.End; w++)
        {
            if (!_clockFractions.Contains(words[w].Key) && !MinutesFraction(doc, w)) continue;
            var to = _clockTo.Contains(words[w + 1].Key);
            if (!to && !_clockPast.Contains(words[w + 1].Key)) continue;
            var figure = words[w + 2].Key;
            if (!int.TryParse(figure, out var hour) && !_numberWords.TryGetValue(figure, out hour)) continue;
            if (hour is < 1 or > 12) continue;
            if (to) hour = hour == 1 ? 12 : hour - 1;
            var later = w + 5 < words.Count && words[w + 3].Key == "in" && words[w + 4].Key == "the" && _afternoonWords.Contains(words[w + 5].Key);
            yield return later && hour < 12 ? hour + 12 : hour;
        }
    }

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
            // "at a quarter to nine", "half past ten" (FractionHours)
            if ((_clockFractions.Contains(key) || MinutesFraction(doc, w)) && FractionHours(doc, f).Any()) return true;
            // "Correction, 17 April 2025, 16:20": the time of a telling, right after its date
            if (dated.Any(d => d.End <= doc.Words[w].Start && doc.Words[w].Start - d.End <= 3)) continue;
            if (ClockTimeAt(doc, w) > w) return true;
            if (w - first < 6 && _clockUnits.Contains(key) && LaterAfterUnit(doc, w + 1)) return true;
        }
        return false;
    }

    /// <summary>"later" right after a unit of time, or after a fraction joined to it: "an hour later", "an hour and a half later" (function_words.tsv kind clock_fraction).</summary>
    private bool LaterAfterUnit(AnnotatedDocument doc, int w)
    {
        if (w + 3 < doc.Words.Count && doc.Words[w].Key == "and" && doc.Words[w + 1].Key is "a" && _clockFractions.Contains(doc.Words[w + 2].Key)) w += 3;
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
        if (key.Length == 4 && int.Parse(key.AsSpan(0, 2)) <= 23 && int.Parse(key.AsSpan(2)) <= 59 && _clockHoursWords.Contains(next)) return w + 2;
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
    private void DateAfterMidnightWord(AnnotatedDocument doc, List<SentenceFacts> timed, List<Frame> parts)
    {
        for (var i = 1; i < timed.Count && i < parts.Count; i++)
        {
            if (timed[i].Dates.Count > 0 || parts[i].Date is not { Precision: "day" } d) continue;
            if (!SaysAfterMidnight(doc, timed[i])) continue;
            parts[i].Date = d with { Date = d.Date.AddDays(1) };
            parts[i].PastMidnight = true;
        }
    }

    /// <summary>The minutes after midnight of the time stamp a line opens on ("23:50 -", "About 11.15pm:", "22h30 -"), or null.</summary>
    private int? StampMinutes(AnnotatedDocument doc, SentenceFacts f)
    {
        var first = doc.WordAt(f.Sentence.Start);
        for (var w = first; w < first + 3 && w < doc.Words.Count && doc.Words[w].Start < f.Sentence.End; w++)
            if (ClockTimeOf(doc, w) is { } time) return time.Hour * 60 + time.Minute;
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
}
