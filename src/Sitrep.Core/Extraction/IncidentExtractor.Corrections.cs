using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;

namespace Sitrep.Extraction;

// IncidentExtractor, part: correction items (see IncidentExtractor.cs for the whole pipeline).
public sealed partial class IncidentExtractor
{
    /// <summary>Most words before a cited piece's noun at the opening of its sentence: "An article", "The same article".</summary>
    private const int CitedPieceReach = 3;

    /// <summary>
    /// An article that reports no attack of its own may be a corrections column: each paragraph an item that cites a
    /// piece the paper ran by its day ("Our report of 3 May on the bombing of a cafe gave five dead; the toll was four ...
    /// The cafe stands in Z, not in Y."). An item about an attack (a strong
    /// event word) that says it corrects (function_words.tsv kind correction_word, or a place written "Z, not Y") gives a
    /// report of the attack: the figures and places of the sentences that tell what the piece said are withdrawn, those
    /// of its other sentences stand, and the place it writes "Z, not Y" is the attack's. The report cites the piece's
    /// day (<see cref="IncidentReport.CorrectsArticleOf"/>): linking joins it to that day's report of the attack
    /// (<see cref="Linking.ReportMatcher.Corrects"/>). An item that corrects no place gives none.
    /// </summary>
    private ArticleReading CorrectionItems(AnnotatedDocument doc, List<SentenceFacts> facts, ArticleReading reading)
    {
        var reports = new List<IncidentReport>();
        foreach (var item in facts.Where(f => !f.IsTitle && !f.IsCaption && !f.IsBackground).GroupBy(f => f.Sentence.Paragraph))
        {
            var sentences = item.OrderBy(f => f.Sentence.Start).ToList();
            var opening = sentences[0];
            if (!TellsCitedPiece(doc, opening, opening: true)) continue;
            if (opening.Dates.FirstOrDefault(d => d.Precision == "day" && !d.Since) is not { } cited) continue;
            if (!opening.HasStrongEvent) continue;
            var said = sentences.Where(f => f == opening || TellsCitedPiece(doc, f, opening: false)).ToList();
            var own = sentences.Except(said).ToList();
            if (!own.Any(f => HasCorrectionWord(doc, f)) && !own.Any(f => PlacesOf(f).Any(p => AfterNot(doc, p)))) continue;
            var withdrawnPlaces = said.SelectMany(PlacesOf).Select(p => p.Place.GeonameId).ToHashSet();
            // "The bar is in Z, in the south of the island, not in Y": the town beside the one written after "not"
            var place = own.Where(f => PlacesOf(f).Any(p => AfterNot(doc, p)))
                .SelectMany(f => PlacesOf(f).Where(p => !AfterNot(doc, p)))
                .FirstOrDefault(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City && !withdrawnPlaces.Contains(p.Place.GeonameId));
            if (place is null) continue;
            var stands = own.SelectMany(f => f.Casualties.Select(c => (Mention: c, f.Source))).ToList();
            var wrong = said.SelectMany(f => f.Casualties.Select(c => (Mention: c, f.Source))).ToList();
            var killed = Figures(doc, stands, CasualtyMention.Killed)
                .Concat(Figures(doc, wrong, CasualtyMention.Killed).Select(k => k with { Withdrawn = true })).ToList();
            var injured = Figures(doc, stands, CasualtyMention.Injured)
                .Concat(Figures(doc, wrong, CasualtyMention.Injured).Select(k => k with { Withdrawn = true })).ToList();
            var cue = opening.Events.First(e => !e.As<EventCue>().Weak);
            reports.Add(new IncidentReport
            {
                Id = $"{doc.Document.Id}#{reports.Count + 1}",
                ArticleId = doc.Document.Id,
                Published = doc.Published,
                Place = place.Place,
                EventType = cue.As<EventCue>().EventType,
                Killed = killed,
                Injured = injured,
                CorrectsArticleOf = cited.Date,
                Evidence = [doc.Document.Evidence("location", place.Span), doc.Document.Evidence("event_type", cue.Span)],
            });
            if (Trace) Console.Error.WriteLine($"  correction item: corrects {cited.Date:yyyy-MM-dd}, {place.Place.Name}");
        }
        return reports.Count == 0 ? reading : reading with { Reports = reports };
    }

    /// <summary>
    /// An article that corrects itself where it placed its attack: "Correction: a previous version of
    /// this post placed the shooting in Y; it was in Z" (background.tsv kind withdrawn: the town after the cue, up to the clause's
    /// end at a semicolon, is what the earlier version said), or "This article has been amended: the attack was in Z,
    /// not Y" (a correction_word or a withdrawn cue, and a town written after "not"). When the same sentence gives the
    /// corrected town (another town of the same country), the withdrawn town is no scene anywhere in the article, nor
    /// any other place of it (it goes from every sentence); the corrected town stays where the sentence wrote it.
    /// </summary>
    private List<SentenceFacts> WithoutWithdrawnPlaces(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var withdrawn = new HashSet<int>();
        foreach (var f in facts.Where(f => !f.IsTitle && !f.IsCaption))
        {
            var places = PlacesOf(f).Where(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City).OrderBy(p => p.Start).ToList();
            if (places.Count < 2) continue;
            var cue = doc.CuesIn(f.Sentence.Span, CueKind.Background).Where(b => b.As<string>() == "withdrawn").MinBy(b => b.Start);
            var wrong = new List<PlaceMention>();
            if (cue is not null)
            {
                // "said the shooting happened in Y; it was in Z": what the earlier version said runs to the semicolon
                var semicolon = doc.Text.IndexOf(';', cue.End, f.Sentence.End - cue.End);
                if (semicolon > 0) wrong.AddRange(places.Where(p => p.Start > cue.End && p.End <= semicolon));
            }
            if (cue is not null || HasCorrectionWord(doc, f)) wrong.AddRange(places.Where(p => AfterNot(doc, p)));
            if (wrong.Count == 0) continue;
            var wrongIds = wrong.Select(p => p.Place.GeonameId).ToHashSet();
            if (!places.Any(p => !wrongIds.Contains(p.Place.GeonameId) && (cue is null || p.Start > cue.End) && wrong.Any(w => w.Place.CountryCode == p.Place.CountryCode))) continue;
            withdrawn.UnionWith(wrongIds);
            if (Trace) Console.Error.WriteLine($"  corrected place: {string.Join(", ", wrong.Select(p => p.Place.Name).Distinct())} withdrawn");
        }
        if (withdrawn.Count == 0) return facts;
        return facts.Select(f => PlacesOf(f).Any(p => withdrawn.Contains(p.Place.GeonameId))
            ? f with
            {
                EventPlaces = f.EventPlaces.Where(p => !withdrawn.Contains(p.Place.GeonameId)).ToList(),
                OtherPlaces = f.OtherPlaces.Where(p => !withdrawn.Contains(p.Place.GeonameId)).ToList(),
            }
            : f).ToList();
    }

    private static IEnumerable<PlaceMention> PlacesOf(SentenceFacts f) => f.EventPlaces.Concat(f.OtherPlaces);

    /// <summary>
    /// The sentence tells what a cited piece said: its noun (function_words.tsv kind cited_piece) among its first words
    /// ("An article ...", "The same article ..."), after an indefinite article when it opens the item, and a cited_verb
    /// after it ("... said that four people had been killed").
    /// </summary>
    private bool TellsCitedPiece(AnnotatedDocument doc, SentenceFacts f, bool opening)
    {
        var first = doc.WordAt(f.Sentence.Start);
        var end = doc.WordAt(f.Sentence.End);
        for (var i = first; i < Math.Min(end, first + CitedPieceReach); i++)
        {
            if (!_citedPieces.Contains(doc.Words[i].Key)) continue;
            if (opening && (i == first || !_indefiniteArticles.Contains(doc.Words[i - 1].Key))) return false;
            for (var j = i + 1; j < end; j++)
                if (_citedVerbs.Contains(doc.Words[j].Key)) return true;
            return false;
        }
        return false;
    }

    private bool HasCorrectionWord(AnnotatedDocument doc, SentenceFacts f)
    {
        var end = doc.WordAt(f.Sentence.End);
        for (var i = doc.WordAt(f.Sentence.Start); i < end; i++)
            if (_correctionWords.Contains(doc.Words[i].Key)) return true;
        return false;
    }

    /// <summary>The place is written after "not" (one word may stand between): "Z, not Y", "in Z, not in Y".</summary>
    private static bool AfterNot(AnnotatedDocument doc, PlaceMention p)
    {
        var at = doc.WordAt(p.Start);
        return at >= 1 && doc.Words[at - 1].Key == "not" || at >= 2 && doc.Words[at - 2].Key == "not";
    }
}
