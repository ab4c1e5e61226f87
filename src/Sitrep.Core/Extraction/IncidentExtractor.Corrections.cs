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

    /// <summary>Most words of a phrase of function_words.tsv kinds earlier_figure and current_figure ("the correct figure is").</summary>
    private const int FigurePhraseWords = 4;

    /// <summary>Most words between a phrase and the bare number it opens: "police now say that 8", "revised down from an initial 12".</summary>
    private const int BareFigureReach = 2;

    /// <summary>Most words between "not" and the "as" that closes its figure: "not five people, as reported earlier".</summary>
    private const int NotAsReach = 4;

    /// <summary>A sentence's figures after a correction within it: those that stand, those withdrawn, and the values corrected.</summary>
    private sealed record FigureCorrection(List<CasualtyMention> Casualties, List<CasualtyMention> Withdrawn, List<(string Kind, int Value)> Corrected);

    /// <summary>
    /// The clause of an earlier figure, words [From, To), a bare figure looked for from word Lead on when
    /// <paramref name="Bare"/> (not after a withdrawn cue: "an earlier version of this post said the victim was 40" gives an age).
    /// </summary>
    private readonly record struct EarlierClause(int From, int To, int Lead, bool Negated, bool Bare = true, bool Trailing = false);

    /// <summary>
    /// A trailing denial of a figure with no correction word: "not" right after a comma or a dash, the number right after
    /// it ending its clause (a stop, a comma, a semicolon, the sentence's end, or "as ..."), a figure of the sentence
    /// read before the "not" and lower than the number denied ("two killed at the market, not four"; a higher one is a
    /// count that rose: "five were injured, not four" keeps both). "not including the gunman", "not far from" deny nothing.
    /// </summary>
    private static bool TrailingDenial(AnnotatedDocument doc, int not, int number, int end, List<CasualtyMention> recognized)
    {
        var words = doc.Words;
        if (not == 0 || words[not - 1].Key is not ("," or "-" or "\u2013" or "\u2014" or "--")) return false;
        // the figure it follows must be lower than the one denied: "two killed, not four" withdraws an overcount, while
        // "five were injured, not four" is a count that rose (both stand, as a rising toll's do)
        if (recognized.Where(m => m.Figure.End <= words[not].Start).MaxBy(m => m.Figure.End) is not { Value: { } given }) return false;
        if (doc.NumbersIn(new TextSpan(words[number].Start, words[number].End)).FirstOrDefault() is not { Value: { } denied } || denied <= given) return false;
        var after = number + 1;
        return after >= end || words[after].Key is "." or "," or ";" or "!" or ")" or "as" or "\"" or "\u201d";
    }

    /// <summary>
    /// A sentence that corrects a figure within itself withdraws only the figure of the clause that tells the earlier one,
    /// not the figure it gives now. The earlier clause opens on a phrase of function_words.tsv kind earlier_figure ("we
    /// earlier reported 12 dead, citing a hospital source", "revised down from 12", "wrongly given as 12") or background.tsv
    /// kind withdrawn ("an earlier version of this article said 12 were killed"), and runs to ";", a dash, a colon after its figure ("corrected the figure of 40 wounded: 23 were wounded"), a contrast word
    /// (kind denial_break: "but"), a phrase of kind current_figure ("; police now say 8", "the correct figure is eight") or,
    /// after "from N", to "to" ("from 12 to eight"); or it is "not N as ..." ("four are injured, not five as reported
    /// earlier"). The earlier figure is withdrawn when the sentence is a correction (a correction_word or a withdrawn cue, or a
    /// correction_word in the sentence before it in its paragraph that announces it: "And now, a correction. Earlier I said
    /// two had died."),
    /// when "not" denies it, or when the sentence gives a lower figure of its kind now (after a current_figure phrase or
    /// a revision's "to"); a higher one is a rising toll ("police had earlier reported five dead; they now say seven"),
    /// and both stand, as do two sources' figures ("police earlier said 15 were killed, but the hospital said 12"). A bare number counts what its
    /// partner counts: the one given now what the earlier figure counted ("police now say 8"), the earlier one what the
    /// figure nearest to it counts ("not five"). Each value withdrawn that the sentence gives another figure of its kind for
    /// is corrected: withdrawn wherever the article gives it (<see cref="WithCorrectedValuesWithdrawn"/>). Null when
    /// nothing is withdrawn: the sentence's figures stand as read.
    /// </summary>
    private FigureCorrection? CorrectedFigures(AnnotatedDocument doc, Sentence s, List<CasualtyMention> recognized)
    {
        var words = doc.Words;
        var first = doc.WordAt(s.Start);
        var end = Math.Min(doc.WordAt(s.End), words.Count);
        var clauses = new List<EarlierClause>();
        var correction = false;
        for (var w = first; w < end; w++)
            if (_correctionWords.Contains(words[w].Key)) correction = true;
        // a correction announced in the sentence before, in the same paragraph ("And now, a correction, listeners. Earlier I
        // said two people had died."): the host's spoken correction, whose earlier figure is told in a sentence of its own
        if (!correction && s.Index > 0 && doc.Sentences[s.Index - 1] is var before && before.Paragraph == s.Paragraph)
            for (var w = doc.WordAt(before.Start); w < first; w++)
                if (_correctionWords.Contains(words[w].Key)) correction = true;
        foreach (var cue in doc.CuesIn(s.Span, CueKind.Background).Where(b => b.As<string>() == "withdrawn"))
        {
            correction = true;
            clauses.Add(NotBeforeAs(doc, cue.FirstWord, first) is >= 0 and var not
                ? new EarlierClause(not, cue.FirstWord, not + 1, true)
                : new EarlierClause(cue.FirstWord, EarlierClauseEnd(doc, cue.LastWord + 1, end, fromTo: false), cue.LastWord + 1, false, Bare: false));
        }
        // "Correction: five people were killed, not seven", "the toll is not seven but five": in a correction, a number
        // right after "not" (no date, no clock time) is the figure denied
        // Without a correction word, a trailing ", not N" after a figure is a correction in itself ("the director says two
        // were killed at the market, not four"; "Two dead, not three."; "eight people were hurt - not 18"): the number ends
        // its clause or is followed by "as" ("not four as first said")
        for (var w = first; w + 1 < end; w++)
            {
                if (words[w].Key != "not") continue;
                var next = words[w + 1].Key == "the" && w + 2 < end ? w + 2 : w + 1;
                if (doc.NumbersIn(new TextSpan(words[next].Start, words[next].End)).FirstOrDefault(n => n.Start == words[next].Start) is not { } denied
                    || doc.DatesIn(denied.Span).Any() || IsClockPart(doc, denied) || NotBeforeAsClause(doc, w, end)) continue;
                // a trailing denial's clause ends at its number: "four were killed, not seven, and nine were wounded"
                var trailing = !correction;
                if (trailing && !TrailingDenial(doc, w, next, end, recognized)) continue;
                clauses.Add(new EarlierClause(w, trailing ? Math.Min(next + 1, end) : EarlierClauseEnd(doc, next + 1, end, fromTo: false), w + 1, true, Trailing: trailing));
            }
        for (var w = first; w < end; w++)
        {
            if (PhraseEnd(doc, w, end, _earlierFigures) is not (>= 0 and var last)) continue;
            // "not five as reported earlier": the denied figure; "nine were killed, as reported earlier" confirms one
            if (w > first && words[w - 1].Key == "as")
            {
                if (NotBeforeAs(doc, w, first) is >= 0 and var not) clauses.Add(new EarlierClause(not, w, not + 1, true));
            }
            else if (words[last].Key != "from") clauses.Add(new EarlierClause(w, EarlierClauseEnd(doc, last + 1, end, fromTo: false), last + 1, false));
            // "revised down from 12 to eight": only with the figure right after it ("down from the hills" counts nothing)
            else if (NumberAfter(doc, last + 1, end) is not null) clauses.Add(new EarlierClause(w, EarlierClauseEnd(doc, last + 1, end, fromTo: true), last + 1, false));
            w = last;
        }
        if (clauses.Count == 0) return null;

        TextSpan SpanOf(EarlierClause c) => new(words[c.From].Start, c.To < end ? words[c.To].Start : s.End);
        bool InEarlier(TextSpan span) => clauses.Any(c => SpanOf(c) is var e && e.Start <= span.Start && span.End <= e.End);
        // a number another figure is read from ("the death toll down from 11 to seven" reads seven, and its span holds 11)
        bool Taken(NumberMention n) => recognized.Any(m => m.Figure.Start < n.End && n.Start < m.Figure.End);
        var withdrawn = recognized.Where(m => InEarlier(m.Figure)).ToList();
        var current = recognized.Except(withdrawn).ToList();
        foreach (var clause in clauses)
        {
            if (!clause.Bare || withdrawn.Any(m => SpanOf(clause) is var e && e.Start <= m.Figure.Start && m.Figure.End <= e.End)) continue;
            if (NumberAfter(doc, clause.Lead, Math.Min(end, clause.To)) is not { } bare || Taken(bare)) continue;
            // a trailing denial denies the figure it follows ("four were killed, not seven, and nine were wounded": seven dead)
            var partnerBefore = clause.Trailing ? current.Where(m => m.Figure.End <= words[clause.From].Start).MaxBy(m => m.Figure.End) : null;
            if ((partnerBefore ?? current.MinBy(m => Math.Abs(m.Span.Start - bare.Start))) is { } partner)
                withdrawn.Add(new CasualtyMention(partner.Kind, bare.Value, Qualifiers.Exact, bare.Span, bare.Span));
        }
        // where the sentence gives a figure now: "police now say 8", "from 12 to eight"; a bare number there counts what
        // the earlier figure counted
        var earlierKind = withdrawn.OrderBy(m => m.Span.Start).FirstOrDefault()?.Kind;
        var given = new List<CasualtyMention>();
        var now = s.End;
        for (var w = first; w < end; w++)
        {
            var opens = PhraseEnd(doc, w, end, _currentFigures) is >= 0 and var last ? last + 1
                : words[w].Key == "to" && clauses.Any(c => c.To == w && !c.Negated && words[c.Lead - 1].Key == "from") ? w + 1
                : words[w].Key == "but" && clauses.Any(c => c.To == w && c.Negated) ? w + 1 : -1;
            if (opens < 0 || InEarlier(new TextSpan(words[w].Start, words[w].End))) continue;
            now = Math.Min(now, words[w].Start);
            if (earlierKind is not null && NumberAfter(doc, opens, end) is { } bare && !Taken(bare) && !given.Any(g => g.Span.Start == bare.Start))
                given.Add(new CasualtyMention(earlierKind, bare.Value, Qualifiers.Exact, bare.Span, bare.Span));
        }
        current.AddRange(given);
        // no correction: a figure given earlier is withdrawn only by a lower one of its kind given now (a toll rises; and
        // "police earlier said 15 were killed, but the hospital said 12" gives two sources' figures, no revision)
        if (!correction && !clauses.Any(c => c.Negated))
            withdrawn = withdrawn.Where(m => current.Any(c => c.Kind == m.Kind && c.Value < m.Value && c.Figure.Start >= now)).ToList();
        if (withdrawn.Count == 0) return null;
        var corrected = withdrawn.Where(m => m.Value is not null && current.Any(c => c.Kind == m.Kind && c.Value is not null && c.Value != m.Value))
            .Select(m => (m.Kind, m.Value!.Value)).Distinct().ToList();
        var stands = recognized.Except(withdrawn).Concat(given).OrderBy(m => m.Span.Start).ToList();
        return new FigureCorrection(stands, withdrawn, corrected);
    }

    /// <summary>"not N as ..." opens at word <paramref name="not"/> (<see cref="NotBeforeAs"/> reads it where a phrase follows "as").</summary>
    private static bool NotBeforeAsClause(AnnotatedDocument doc, int not, int end)
    {
        for (var k = not + 1; k < end && k <= not + 1 + NotAsReach; k++)
            if (doc.Words[k].Key == "as" && NotBeforeAs(doc, k + 1, not) == not) return true;
        return false;
    }

    /// <summary>
    /// "not N as" right before word <paramref name="w"/> (the phrase after "as"): "not five as reported earlier", "not 14,
    /// as an earlier version of this article said". The index of "not" when a number stands right after it ("not the 14"
    /// too) and at most <see cref="NotAsReach"/> words before "as"; else -1.
    /// </summary>
    private static int NotBeforeAs(AnnotatedDocument doc, int w, int first)
    {
        var words = doc.Words;
        var asWord = w - 1;
        if (asWord <= first || words[asWord].Key != "as") return -1;
        for (var k = asWord - 1; k >= first && k >= asWord - 1 - NotAsReach; k--)
        {
            if (words[k].Key is ";" or ":" or "\u2014") return -1;
            if (words[k].Key != "not") continue;
            var next = k + 1 < asWord && words[k + 1].Key == "the" ? k + 2 : k + 1;
            return next < asWord && doc.NumbersIn(new TextSpan(words[next].Start, words[next].End)).Any(n => n.Start == words[next].Start) ? k : -1;
        }
        return -1;
    }

    /// <summary>
    /// Where the clause of an earlier figure ends, from word <paramref name="from"/> on: at ";", a dash, a contrast word
    /// (function_words.tsv kind denial_break but "and": "but", "however"), a current_figure phrase ("police now say") or,
    /// with <paramref name="fromTo"/>, at "to" after a number ("from 12 to eight"); else at the sentence's end.
    /// </summary>
    private int EarlierClauseEnd(AnnotatedDocument doc, int from, int end, bool fromTo)
    {
        var words = doc.Words;
        for (var w = from; w < end; w++)
        {
            var key = words[w].Key;
            if (key is ";" or "\u2014" or "\u2013" || key != "and" && _denialBreaks.Contains(key) || PhraseEnd(doc, w, end, _currentFigures) >= 0) return w;
            if (fromTo && key == "to" && w > from && doc.NumbersIn(new TextSpan(words[from].Start, words[w].Start)).Any()) return w;
            // "corrected the figure of 40 wounded: 23 were wounded": a colon after the earlier figure opens the one given now
            if (key == ":" && w > from && !(words[w].End < doc.Text.Length && char.IsDigit(doc.Text[words[w].End])) && doc.NumbersIn(new TextSpan(words[from].Start, words[w].Start)).Any()) return w;
        }
        return end;
    }

    /// <summary>The first number starting within <see cref="BareFigureReach"/> words from word <paramref name="from"/>, before word <paramref name="end"/>.</summary>
    private static NumberMention? NumberAfter(AnnotatedDocument doc, int from, int end)
    {
        var words = doc.Words;
        var last = Math.Min(end, from + BareFigureReach + 1);
        if (from >= last) return null;
        return doc.NumbersIn(new TextSpan(words[from].Start, words[last - 1].End))
            .FirstOrDefault(n => n.Value is > 0 and <= CasualtyRecognizer.MaxSingleAttackToll);
    }

    /// <summary>Most words of a phrase of function_words.tsv kind retracted_death ("was not among those killed").</summary>
    private const int RetractedDeathWords = 6;

    /// <summary>Most words between a retracted death and the victim written before it: "the waiter, 19, is alive".</summary>
    private const int SurvivorReach = 6;

    /// <summary>
    /// A correction that brings back to life a victim the page counted among the dead (function_words.tsv kind
    /// retracted_death: "Correction: the hospital confirmed that the waiter is alive", "UPDATE: the driver survived", "the
    /// guard had been wrongly reported dead"; the sentence is a correction when it, or a sentence before it in its
    /// paragraph, holds a correction_word or an update_word, or when it holds an earlier_figure phrase or a withdrawn cue).
    /// The survivor is the victim noun (persons.tsv) or capitalised name written before the phrase in its clause; the
    /// death figures that counted him are those whose words name him ("a waiter ... was hit and also died"), or that he
    /// stands right after ("killed two people, an administrator and a waiter"). They are withdrawn, and so is the
    /// highest of them wherever the page gives it ("Two dead in tea shop shooting"); one fewer for each survivor stands
    /// (none when he was the only one). When the sentence tells a wound (kind survivor_wound: "is recovering from a shoulder
    /// wound") and reads no injured of its own, the survivor moves to the injured: one beyond the page's highest count
    /// of injured. A page whose body was corrected already names no death of the survivor, and nothing changes.
    /// </summary>
    private ArticleReading WithRetractedDeaths(AnnotatedDocument doc, List<SentenceFacts> facts, ArticleReading reading)
    {
        var words = doc.Words;
        var counted = new List<TextSpan>();
        var told = new List<TextSpan>();
        var survivors = 0;
        var wounded = 0;
        TextSpan? at = null;
        foreach (var f in facts.Where(f => !f.IsCaption))
        {
            var first = doc.WordAt(f.Sentence.Start);
            var end = Math.Min(doc.WordAt(f.Sentence.End), words.Count);
            for (var w = first; w < end; w++)
            {
                if (PhraseEnd(doc, w, end, _retractedDeaths, RetractedDeathWords) is not (>= 0 and var last)) continue;
                if (!InCorrection(doc, f)) break;
                var named = new HashSet<string>(StringComparer.Ordinal);
                for (var k = w - 1; k >= first && k >= w - SurvivorReach; k--)
                {
                    var key = words[k].Key;
                    if (key is ";" or ":" or "that" or "but" or "and" or "(" or ")") break;
                    if (PersonNouns.Default.IsVictim(key)
                        || k > first && char.IsUpper(doc.Text[words[k].Start]) && !PlacesOf(f).Any(p => p.Start <= words[k].Start && words[k].End <= p.End)
                           && !f.Dates.Any(d => d.Start <= words[k].Start && words[k].End <= d.End))
                        named.Add(key);
                }
                if (named.Count == 0) break;
                var deaths = facts.Where(g => g != f && !g.IsCaption)
                    .SelectMany(g => g.Casualties.Where(m => m.Kind == CasualtyMention.Killed && m.Value is not null && NamesVictim(doc, g, m, named)))
                    .Select(m => m.Span).ToList();
                if (deaths.Count == 0) break;
                counted.AddRange(deaths);
                counted.Add(f.Sentence.Span);
                survivors++;
                at ??= new TextSpan(words[w].Start, words[last].End);
                var hurt = false;
                for (var k = first; k < end && !hurt; k++) hurt = _survivorWounds.Contains(words[k].Key);
                if (hurt) { wounded++; told.Add(f.Sentence.Span); }
                if (Trace) Console.Error.WriteLine($"  retracted death: {string.Join(" ", named)}{(hurt ? ", wounded" : "")}");
                break;
            }
        }
        if (survivors == 0 || at is not { } cue) return reading;
        var spans = counted.Select(doc.Document.ToOriginal).ToList();
        bool Own(CasualtyFigure x) => x.Evidence.Document == doc.Document.Id;
        var withdrawn = reading.Reports.Where(r => !r.Background).SelectMany(r => r.Killed)
            .Where(x => Own(x) && x.Value is not null && !x.Withdrawn && spans.Any(o => o.Start < x.Evidence.End && x.Evidence.Start < o.End)).ToList();
        // the page's reports may hold its death figures by other words ("clerk shot dead" in the headline): the survivor
        // still moves to the injured
        var highest = withdrawn.Count == 0 ? 0 : withdrawn.Max(x => x.Value!.Value);
        var standing = highest - survivors;
        List<CasualtyFigure> Killed(IReadOnlyList<CasualtyFigure> figures)
        {
            if (highest == 0) return figures.ToList();
            var had = figures.Any(x => withdrawn.Contains(x));
            var result = figures.Select(x => Own(x) && x.Value is { } v && !x.Withdrawn
                && (v == highest || spans.Any(o => o.Start < x.Evidence.End && x.Evidence.Start < o.End)) ? x with { Withdrawn = true } : x).ToList();
            if (had && standing > 0 && !result.Any(x => !x.Withdrawn && x.Value == standing))
                result.Add(new CasualtyFigure(standing, Qualifiers.Exact, null, doc.Document.Evidence(CasualtyMention.Killed, cue), doc.Published));
            return result;
        }
        List<CasualtyFigure> Injured(IReadOnlyList<CasualtyFigure> figures)
        {
            var result = figures.ToList();
            // the sentence may count the survivor's wound itself ("the driver survived and is being treated"): it stands
            var toldSpans = told.Select(doc.Document.ToOriginal).ToList();
            if (wounded == 0 || result.Any(x => Own(x) && !x.Withdrawn && toldSpans.Any(o => o.Start <= x.Evidence.Start && x.Evidence.End <= o.End))) return result;
            var most = result.Where(x => Own(x) && !x.Withdrawn && x.Value is not null).Select(x => x.Value!.Value).DefaultIfEmpty(0).Max();
            result.Add(new CasualtyFigure(most + wounded, Qualifiers.Exact, null, doc.Document.Evidence(CasualtyMention.Injured, cue), doc.Published));
            return result;
        }
        var main = reading.Reports.FirstOrDefault(r => !r.Background && r.Killed.Any(x => withdrawn.Contains(x))) ?? reading.Reports.FirstOrDefault(r => !r.Background);
        return reading with
        {
            Reports = reading.Reports.Select(r => r.Background ? r : r with
            {
                Killed = Killed(r.Killed),
                Injured = r == main ? Injured(r.Injured) : r.Injured,
            }).ToList()
        };
    }

    /// <summary>
    /// The death figure counts a victim named in <paramref name="named"/>: his word stands inside the figure's words ("a
    /// cook at the eatery was struck and died too"), or after a figure of more than one in the sentence with no other
    /// casualty figure between ("killed two people, an administrator and a waiter").
    /// </summary>
    private static bool NamesVictim(AnnotatedDocument doc, SentenceFacts g, CasualtyMention m, HashSet<string> named)
    {
        var end = Math.Min(doc.WordAt(g.Sentence.End), doc.Words.Count);
        for (var k = doc.WordAt(m.Span.Start); k < end; k++)
        {
            var word = doc.Words[k];
            // after the figure's words only a number counts him ("killing two people, a chief and his driver"); a lone
            // victim noun counted one other ("shot dead a shopkeeper and his apprentice")
            if (word.Start >= m.Span.End && (m.Value is not > 1 || g.Casualties.Any(o => o != m && o.Span.Start <= word.Start && o.Span.Start >= m.Span.End))) return false;
            if (named.Contains(word.Key)) return true;
        }
        return false;
    }

    /// <summary>
    /// The sentence is a correction or an update: it holds a correction_word, an update_word, an earlier_figure phrase or
    /// a withdrawn cue, or a sentence before it in its paragraph holds a correction_word or an update_word ("Correction:",
    /// "UPDATE 2:" on a line of its own).
    /// </summary>
    private bool InCorrection(AnnotatedDocument doc, SentenceFacts f)
    {
        var words = doc.Words;
        var end = Math.Min(doc.WordAt(f.Sentence.End), words.Count);
        for (var w = doc.WordAt(f.Sentence.Start); w < end; w++)
            if (PhraseEnd(doc, w, end, _earlierFigures) >= 0) return true;
        if (doc.CuesIn(f.Sentence.Span, CueKind.Background).Any(b => b.As<string>() == "withdrawn")) return true;
        for (var i = f.Sentence.Index; i >= 0 && doc.Sentences[i].Paragraph == f.Sentence.Paragraph; i--)
        {
            var s = doc.Sentences[i];
            for (var w = doc.WordAt(s.Start); w < words.Count && words[w].Start < s.End; w++)
                if (_correctionWords.Contains(words[w].Key) || _updateWords.Contains(words[w].Key)) return true;
        }
        return false;
    }

    /// <summary>The last word of the longest phrase of <paramref name="phrases"/> (words joined by one space) that starts at word <paramref name="w"/>; else -1.</summary>
    private static int PhraseEnd(AnnotatedDocument doc, int w, int end, IReadOnlySet<string> phrases, int reach = FigurePhraseWords)
    {
        var found = -1;
        var key = "";
        for (var k = w; k < end && k < w + reach; k++)
        {
            key = k == w ? doc.Words[k].Key : key + " " + doc.Words[k].Key;
            if (phrases.Contains(key)) found = k;
        }
        return found;
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
