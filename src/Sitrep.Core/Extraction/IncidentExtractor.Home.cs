using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;

namespace Sitrep.Extraction;

// IncidentExtractor, part: the article's home towns (see IncidentExtractor.cs for the whole pipeline).
public sealed partial class IncidentExtractor
{
    /// <summary>The farthest a home town may lie from a hospital's town for the hospital to be where its wounded were taken, not the scene.</summary>
    private const double HomeCareKilometres = 60;

    /// <summary>The most days a caption's day may lie before the article's date for its town to be the story's home.</summary>
    private const int HomeCaptionDays = 14;

    /// <summary>Most words before the colon of a caption's label at the head of a line: "[Photo: ...", "Caption: ...".</summary>
    private const int CaptionLabelReach = 3;

    /// <summary>
    /// The towns the article names as its own home rather than as where something happened, in the order written:
    /// <list type="bullet">
    /// <item>a line without an attack word that names the writer (function_words.tsv kind writer_noun) with a town after
    /// "in" or "from" ("X is a journalist and teacher in Y", "our correspondent in Y"), or a verb of writing or filing
    /// right before "from" and a town (kind writer_verb: "writing from Y"); never a bulleted item of a list (the
    /// headline of another story);</item>
    /// <item>a photo's caption (a caption cue, or a label of kind caption_label before a colon at its head: "Caption:
    /// Vigil on Sunday evening, 14 June, in Y") dated only by days of the article's own present (up to
    /// <see cref="HomeCaptionDays"/> before its date): a caption of an archive picture or of another story ("Pilgrims at
    /// the basilica of Z, January 2026") shows another place and another time, and an undated one may too;</item>
    /// <item>a line above the headline without an attack word (a parish's, a school's or a local site's own name over its
    /// page: "ST. X'S PARISH, Y").</item>
    /// </list>
    /// A column, a newsletter or a memoir often tells its attack only as "here", "our town", "the station", naming its
    /// town only there.
    /// </summary>
    private List<PlaceMention> HomeTowns(AnnotatedDocument doc)
    {
        var found = new List<PlaceMention>();
        var words = doc.Words;
        var title = TitleIndex(doc);
        foreach (var s in doc.Sentences)
        {
            var towns = doc.PlacesIn(s.Span).Where(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City).ToList();
            if (towns.Count == 0) continue;
            var events = doc.CuesIn(s.Span, CueKind.Event).Any();
            if (CaptionLine(doc, s))
            {
                if (CaptionOfTheDay(doc, s)) found.AddRange(towns);
                continue;
            }
            if (events) continue;
            // "- Reporter held over protest coverage in Y": an item of a list of links or of other news, whose writer
            // noun names the subject of another story, not the article's writer
            if (OpensListItem(doc, s)) continue;
            // "ST. X'S PARISH, Y": the town closes a line above the headline after a comma (not a town inside an
            // outlet's name, "THE Y OBSERVER", whose city is often the capital, far from a provincial story)
            if (title > 0 && s.Index < title)
            {
                found.AddRange(towns.Where(t => ClosesLineAfterComma(doc, t)));
                continue;
            }
            var first = doc.WordAt(s.Start);
            var writer = false;
            for (var w = first; w < words.Count && words[w].Start < s.End; w++)
                if (_writerNouns.Contains(words[w].Key)) { writer = true; break; }
            foreach (var t in towns)
            {
                var b = doc.WordAt(t.Start) - 1;
                if (b < first) continue;
                if (writer && words[b].Key is "in" or "from" || words[b].Key == "from" && b - 1 >= first && _writerVerbs.Contains(words[b - 1].Key))
                    found.Add(t);
            }
        }
        return found;
    }

    /// <summary>The town is written after a comma and nothing but spaces follow it on its line: "ST. X'S PARISH, Y".</summary>
    private static bool ClosesLineAfterComma(AnnotatedDocument doc, PlaceMention t)
    {
        var before = doc.WordAt(t.Start) - 1;
        if (before < 0 || doc.Words[before].Key != ",") return false;
        for (var i = t.End; i < doc.Text.Length && doc.Text[i] != '\n'; i++)
            if (!char.IsWhiteSpace(doc.Text[i])) return false;
        return true;
    }

    /// <summary>The line is a photo's caption: a caption cue, or a label (function_words.tsv kind caption_label) before a colon at its head.</summary>
    private bool CaptionLine(AnnotatedDocument doc, Sentence s)
    {
        if (doc.CuesIn(s.Span, CueKind.Caption).Any()) return true;
        var words = doc.Words;
        var first = doc.WordAt(s.Start);
        for (var w = first; w + 1 < words.Count && w <= first + CaptionLabelReach && words[w + 1].Start < s.End; w++)
            if (_captionLabels.Contains(words[w].Key) && words[w + 1].Key == ":") return true;
        return false;
    }

    /// <summary>The caption gives a day and only days of the article's own present (up to <see cref="HomeCaptionDays"/> before its date, never after).</summary>
    private static bool CaptionOfTheDay(AnnotatedDocument doc, Sentence s)
    {
        if (doc.Published is not { } published) return false;
        var dates = doc.DatesIn(s.Span).ToList();
        return dates.Count > 0 && dates.All(d => d.Precision == "day" && !d.Since && d.Date <= published && d.Date >= published.AddDays(-HomeCaptionDays));
    }

    /// <summary>
    /// The place of last resort of an attack whose sentences name no town (only where the wounded were taken, or the town
    /// of an older attack the article recalls): the article's home town (<see cref="HomeTowns"/>), the one its home lines
    /// name most, the first of them on a tie; never a town the article names as where the wounded were cared for or as the
    /// scene of a background attack. Null when it names none.
    /// </summary>
    private PlaceMention? StoryHomeTown(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var excluded = facts.SelectMany(f => f.CarePlaces).Concat(facts.Where(f => f.IsBackground).SelectMany(f => f.EventPlaces))
            .Select(p => p.Place.GeonameId).ToHashSet();
        return HomeTowns(doc).Where(p => !excluded.Contains(p.Place.GeonameId))
            .GroupBy(p => p.Place.GeonameId).OrderByDescending(g => g.Count()).Select(g => g.First()).FirstOrDefault();
    }

    /// <summary>How many sentences of the news must name a town for <see cref="MostNamedTown"/> to take it as the scene.</summary>
    private const int MostNamedSentences = 2;

    /// <summary>
    /// The place of very last resort of an attack whose sentences name no town and whose page gives no home (a talk page
    /// arguing over the toll, an obituary, a chat log, a bulletin that says "our studio"): the town that the most sentences
    /// of the news name (no line above the headline, no title, caption nor background; not where the wounded were taken
    /// nor an aside), at least <see cref="MostNamedSentences"/> of them, and more than any other town, written at least
    /// once as a place where something is ("in X", "at X": not only a sports club's or an office's name, "X's manager");
    /// never a town named as where the wounded were cared for, as the scene of a background attack, or written after "not"
    /// ("in Z, not in Y"). Null on a tie or
    /// when no town is named so often.
    /// </summary>
    private PlaceMention? MostNamedTown(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var excluded = facts.SelectMany(f => f.CarePlaces)
            .Concat(facts.Where(f => f.IsBackground && ReportsAttack(f)).SelectMany(f => f.EventPlaces))
            // a town the text denies ("it is in Z, not in Y"): a corrections column's item is read by CorrectionItems
            .Concat(facts.SelectMany(PlacesOf).Where(p => AfterNot(doc, p)))
            .Select(p => p.Place.GeonameId).ToHashSet();
        var title = TitleIndex(doc);
        var news = facts.Where(f => !f.IsTitle && !f.IsCaption && !f.IsBackground && f.Sentence.Index > title).ToList();
        var written = news.SelectMany(f => f.EventPlaces).Select(p => p.Place.GeonameId).ToHashSet();
        var named = news
            .SelectMany(f => f.EventPlaces.Concat(f.OtherPlaces).Except(f.CarePlaces).Except(f.Asides)
                .Where(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City && !excluded.Contains(p.Place.GeonameId) && !EndsForeignName(doc, p))
                .DistinctBy(p => p.Place.GeonameId))
            .GroupBy(p => p.Place.GeonameId)
            .Select(g => (First: g.First(), Count: g.Count()))
            .OrderByDescending(t => t.Count).ToList();
        if (named.Count == 0 || named[0].Count < MostNamedSentences || (named.Count > 1 && named[1].Count == named[0].Count)
            || !written.Contains(named[0].First.Place.GeonameId)) return null;
        return named[0].First;
    }
}
