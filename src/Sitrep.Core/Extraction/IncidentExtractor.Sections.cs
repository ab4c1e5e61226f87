using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;
using Sitrep.Linking;

namespace Sitrep.Extraction;

// IncidentExtractor, part: round-ups told in sections, headings and lists: a frame per section, item, day, site or time stamp (see IncidentExtractor.cs for the whole pipeline).
public sealed partial class IncidentExtractor
{
    /// <summary>
    /// A round-up's section (<see cref="SectionHeadings"/>) whose body tells an attack but places it nowhere of its own
    /// ("RIVERTON: THE BAKERY", then "Before dawn, two men shot the baker ...") or only at the heading's town again
    /// ("... a mob stormed a depot in Riverton", then "Two drivers were hurt") tells it at its heading's town: a frame
    /// there, in the order the article tells its sections. The section ends at the next heading or at a heading of the
    /// article's own (<see cref="SubHeading"/>: "Background"). A frame already at the heading's town is the section's too;
    /// either stays apart from the other sections' attacks, however near.
    /// </summary>
    private void AddSectionFrames(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        foreach (var (town, body) in Sections(doc, facts))
        {
            // a key:value block's town is a scene of its own, not a part of a region the report's summary named
            var labelled = IsLabelledBlockHead(doc, facts, town);
            if (HolderOf(frames, town.Place) is { } told && !(labelled && told.Place.Kind == PlaceKind.Admin1)) { told.Sectioned |= !DayHeaded(doc, facts, town) || TellsViolence(body); continue; }
            // (a section that tells only an arrest or a hearing over an attack told elsewhere opens no attack of its own)
            if (!body.Any(f => !f.IsBackground && !f.IsCaption && ReportsAttack(f) && !TellsStepOnly(doc, f))
                || body.Any(f => PlacesAttackElsewhere(f, town))) continue;
            var at = frames.FindIndex(fr => fr.PlaceMentions[0].Start > town.Start);
            frames.Insert(at < 0 ? frames.Count : at, new Frame(town) { Sectioned = true });
        }
        // a region named in a report's summary ("a series of parcel bombs in two provinces") opens no frame of its own over
        // the key:value blocks that tell each town's attack in it
        frames.RemoveAll(fr => fr.Place.Kind == PlaceKind.Admin1 && !fr.Sectioned
                               && frames.Any(t => t != fr && t.Sectioned && t.Place.Kind == PlaceKind.City && fr.Holds(t.Place) && IsLabelledBlockHead(doc, facts, t.PlaceMentions[0])));
    }

    /// <summary>The town is that of a key:value block's place line (<see cref="LabelledBlockTown"/>).</summary>
    private bool IsLabelledBlockHead(AnnotatedDocument doc, List<SentenceFacts> facts, PlaceMention town) =>
        HeadingOf(facts, town) is { } head && LabelledBlockTown(doc, head) is { } t && t.Start == town.Start;

    /// <summary>
    /// The town of a key:value block's place line: a line that opens on a place label and a colon (function_words.tsv kind
    /// place_label, see <see cref="LabelsPlaceLine"/>) and then a town ("Location: Elmwood (Hill province) - the depot").
    /// An incident log or a weekly security report tells one incident per block, each with its own "Date:", "Type:" and
    /// "Casualties:" lines: the place line heads the block's section, which runs to the block's end (a blank line).
    /// </summary>
    private PlaceMention? LabelledBlockTown(AnnotatedDocument doc, SentenceFacts f) =>
        f.IsTitle || f.IsCaption ? null
        : f.EventPlaces.Concat(f.OtherPlaces).Where(p => !p.IsDemonym && p.Start >= f.Sentence.Start && p.End <= f.Sentence.End).MinBy(p => p.Start) is { Place.Kind: PlaceKind.City } town
          && LabelsPlaceLine(doc, town) ? town : null;

    /// <summary>No blank line stands between the two offsets: they are in one block of lines.</summary>
    private static bool SameBlock(string text, int from, int to)
    {
        var newline = false;
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (text[i] == '\n') { if (newline) return false; newline = true; }
            else if (text[i] is not (' ' or '\t' or '\r')) newline = false;
        }
        return true;
    }

    /// <summary>
    /// The lines of the key:value block a place line heads (<see cref="LabelledBlockTown"/>), before it ("Date: 03/03/2026")
    /// and after it, up to a blank line; empty for any other sentence.
    /// </summary>
    private List<SentenceFacts> BlockLines(AnnotatedDocument doc, List<SentenceFacts> facts, int i, bool before)
    {
        var lines = new List<SentenceFacts>();
        // read in the page as scraped: a line the cleaner dropped as a repeat ("Type: IED") leaves no blank line there
        var text = doc.Document.Original;
        bool Joined(SentenceFacts a, SentenceFacts b) =>
            SameBlock(text, doc.Document.ToOriginal(a.Sentence.Span).End, doc.Document.ToOriginal(b.Sentence.Span).Start);
        if (before)
            for (var j = i - 1; j >= 0 && Joined(facts[j], facts[j + 1]); j--) lines.Insert(0, facts[j]);
        else
            for (var j = i + 1; j < facts.Count && Joined(facts[j - 1], facts[j]); j++) lines.Add(facts[j]);
        return lines;
    }

    /// <summary>
    /// The day of a key:value block (<see cref="LabelledBlockTown"/>): the first day written on its lines before its place
    /// line ("Date: 03/03/2026, approx. 09:20"), whether or not the story's day puts it in the background; else null.
    /// </summary>
    private DateMention? LabelledBlockDay(AnnotatedDocument doc, List<SentenceFacts> facts, PlaceMention town)
    {
        var i = facts.FindIndex(f => f.Sentence.Start <= town.Start && town.End <= f.Sentence.End);
        if (i < 0 || LabelledBlockTown(doc, facts[i]) is null) return null;
        return BlockLines(doc, facts, i, before: true).SelectMany(f => f.Dates.Where(d => d.Precision == "day" && !d.Since && d.Start >= f.Sentence.Start && d.End <= f.Sentence.End))
            .MinBy(d => d.Start);
    }

    /// <summary>
    /// A key:value block (<see cref="LabelledBlockTown"/>) whose day line the story's day puts in the background (the blocks
    /// of the previous week kept for reference) is background in all its lines: its place, type and casualties tell that
    /// earlier incident, never the report's own news nor the block told before it.
    /// </summary>
    private List<SentenceFacts> WithLabelledBlocks(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var heads = Enumerable.Range(0, facts.Count).Where(i => LabelledBlockTown(doc, facts[i]) is not null).ToList();
        if (heads.Count < 2) return facts;
        var result = facts.ToList();
        var index = facts.Select((f, k) => (f, k)).ToDictionary(x => x.f.Sentence.Index, x => x.k);
        foreach (var i in heads)
        {
            var before = BlockLines(doc, facts, i, before: true);
            if (!before.Any(f => f.IsBackground && f.Dates.Any(d => d.Precision == "day" && !d.Since))) continue;
            foreach (var f in before.Append(facts[i]).Concat(BlockLines(doc, facts, i, before: false)))
                result[index[f.Sentence.Index]] = result[index[f.Sentence.Index]] with { IsBackground = true };
        }
        return result;
    }

    /// <summary>
    /// A section's body names violence done to people or things in a word of its own, not a vehicle's word or a weak word
    /// for harm alone: "gunmen opened fire", "set fire to three houses"; not "six died when a bus overturned" (an
    /// accident under a timeline's day heading is no attack its town's frame may be kept for).
    /// </summary>
    private static bool TellsViolence(List<SentenceFacts> body) =>
        body.Any(f => !f.IsBackground && !f.IsCaption
                      && f.Events.Any(e => e.As<EventCue>() is { Vehicle: false } c && (!c.Weak || c.EventType != "other" || c.Assault)));

    /// <summary>
    /// A round-up's section (<see cref="SectionHeadings"/>) is dated by its own opening: the first day, of no telling, read
    /// in its sentences up to the first that tells its attack ("DALEFORD: THE BAKERY", "Early on Saturday it was the
    /// bakery's turn.", "Two masked men shot the baker ...") is the day of the section's attack, over a later day of the
    /// section (a call for ransom, a death in hospital) and over none (the publication day). Each section keeps its own.
    /// </summary>
    private void DateSections(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        foreach (var (town, body) in Sections(doc, facts))
        {
            if (HolderOf(frames, town.Place) is not { Sectioned: true } frame || NeighbourOf(frame, town.Place)
                || (LabelledBlockDay(doc, facts, town) ?? SectionOpeningDay(doc, body) ?? AttackHeadingDay(doc, facts, town, body)
                    ?? (HeadingOf(facts, town) is { } head ? NumberedHeadingDay(doc, head) ?? PlaceHeadingDay(doc, head) : null)) is not { } day) continue;
            if (frame.Date is { } current && frame.DateFromAttack && current.Date <= day.Date) continue;
            frame.Date = day;
            frame.DateFromAttack = true;
            frame.DatedByPlaceless = false;
        }
    }

    /// <summary>
    /// A round-up's sections (<see cref="SectionHeadings"/>) with a town: the heading's town and the sentences after it up
    /// to the next heading, a heading of the article's own (<see cref="SubHeading"/>: "Background") or an explainer's
    /// next question (<see cref="QuestionHeading"/>: "**Who is behind it?**").
    /// </summary>
    private IEnumerable<(PlaceMention Town, List<SentenceFacts> Body)> Sections(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var heads = SectionHeadings(doc, facts);
        if (heads.Count == 0) yield break;
        for (var i = 0; i < facts.Count; i++)
        {
            if (!heads.Contains(facts[i].Sentence.Index) || SectionTown(doc, facts[i]) is not { } town) continue;
            // a run-in item's heading sentence tells its item's first words itself ("- Riverton: gunmen shot a guard.")
            List<SentenceFacts> runIn = RunInItemTown(doc, facts[i]) is null ? [] : [facts[i]];
            // a key:value block's section is its lines after the place line, up to the block's end
            if (LabelledBlockTown(doc, facts[i]) is not null)
            {
                yield return (town, BlockLines(doc, facts, i, before: false).TakeWhile(f => !heads.Contains(f.Sentence.Index)).ToList());
                continue;
            }
            // a bulleted item's section ends at the next bulleted item that names a scene and a day of its own, whether or
            // not that item tells an attack ("• 5 June, Elmwood: a march passed off peacefully"); in a factbox whose items
            // each open on their day ("* MAY 4, 2024 - ELMWOOD - ..."), at the next item that opens on a day of its own
            // ("* MAY 4, 2024 - Near OAKDALE - ..."): each item is a record of its own
            var bulleted = HeadingBullet.IsMatch(doc.Text, LineStart(doc.Text, facts[i].Sentence.Start));
            var dayItem = bulleted && BulletedItemDay(doc, facts[i]) is not null;
            yield return (town, runIn.Concat(facts.Skip(i + 1).TakeWhile(f => !heads.Contains(f.Sentence.Index) && !SubHeading(doc, f) && !QuestionHeading(doc, f)
                                                                                && !(bulleted && DatedSceneItem(doc, f, town)) && !(dayItem && BulletedItemDay(doc, f) is not null))).ToList());
        }
    }

    /// <summary>Where the line that <paramref name="at"/> is in begins.</summary>
    private static int LineStart(string text, int at)
    {
        while (at > 0 && text[at - 1] is not ('\n' or '\r')) at--;
        return at;
    }

    /// <summary>Most words before the colon of a bulleted item's opening that names its scene and day (<see cref="DatedSceneItem"/>).</summary>
    private const int MaxItemOpeningWords = 8;

    /// <summary>
    /// The sentence opens a bulleted item of its own scene: its line opens on a bullet, and before the first colon (at
    /// most <see cref="MaxItemOpeningWords"/> words in) it names a day and a town that the section's town
    /// <paramref name="town"/> does not hold ("• 5 June, Elmwood (North): ...", "- Oakdale, Tue 4 May: ..."). A list of
    /// items tells each one's news apart: such an item ends the item before it.
    /// </summary>
    private static bool DatedSceneItem(AnnotatedDocument doc, SentenceFacts f, PlaceMention town)
    {
        if (f.IsTitle || f.IsCaption) return false;
        var text = doc.Text;
        // the sentence opens its line, or only the bullet stands before it there
        if (HeadingBullet.Match(text, LineStart(text, f.Sentence.Start)) is not { Success: true } bullet
            || text.AsSpan(bullet.Index + bullet.Length, Math.Max(0, f.Sentence.Start - bullet.Index - bullet.Length)).Trim().Length > 0) return false;
        var from = Math.Max(bullet.Index + bullet.Length, f.Sentence.Start);
        if (from >= f.Sentence.End) return false;
        var colon = text.IndexOf(':', from, f.Sentence.End - from);
        if (colon < 0 || text[from..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxItemOpeningWords) return false;
        var home = new Frame(town);
        return f.Dates.Any(d => d.Precision == "day" && !d.Since && d.End <= colon)
               && f.EventPlaces.Concat(f.OtherPlaces).Any(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City && p.End <= colon && !home.Holds(p.Place));
    }

    /// <summary>
    /// The day of a timeline's day heading (<see cref="HeadingDay"/>: "MONDAY, 3 MARCH - RIVERTON") whose section tells an
    /// attack: the day of that attack when the section names none before telling it; null for a section of no attack
    /// (a prayer for peace on Sunday does not redate Monday's shooting in the same town).
    /// </summary>
    private static DateMention? AttackHeadingDay(AnnotatedDocument doc, List<SentenceFacts> facts, PlaceMention town, List<SentenceFacts> body) =>
        body.Any(f => !f.IsBackground && !f.IsCaption && ReportsAttack(f)) && HeadingOf(facts, town) is { } head ? HeadingDay(doc, head) : null;

    /// <summary>The sentence a section's heading town is written in.</summary>
    private static SentenceFacts? HeadingOf(List<SentenceFacts> facts, PlaceMention town) =>
        facts.FirstOrDefault(f => f.Sentence.Start <= town.Start && town.End <= f.Sentence.End);

    /// <summary>
    /// The section is headed by a timeline's day ("TUESDAY, 4 MARCH - ELMWOOD"), not by an attack's town: a timeline
    /// tells the week's news of every kind (an accident, a seizure, a prayer), so its section is an attack only where it
    /// names violence (see <see cref="TellsViolence"/>), unlike a round-up of attacks, whose every section tells one.
    /// </summary>
    private static bool DayHeaded(AnnotatedDocument doc, List<SentenceFacts> facts, PlaceMention town) =>
        HeadingOf(facts, town) is { } head && HeadingDay(doc, head) is not null;

    /// <summary>The first day of no telling in a section's sentences up to the first that tells its attack (see <see cref="DateSections"/>).</summary>
    private DateMention? SectionOpeningDay(AnnotatedDocument doc, List<SentenceFacts> body)
    {
        foreach (var f in body.Where(f => !f.IsBackground && !f.IsCaption))
        {
            if (AttackDay(doc, f) is { } day && !DatesTelling(doc, day)) return day;
            if (ReportsAttack(f)) return null;
        }
        return null;
    }

    /// <summary>
    /// A short line of its own without a sentence's stop, a place or an attack word ("Background", "Our demands"): a heading
    /// of the article's own, after which the last section of a round-up has ended (what follows, as a list of related
    /// stories, is none of its attack's).
    /// </summary>
    private static bool SubHeading(AnnotatedDocument doc, SentenceFacts f)
    {
        if (f.IsTitle || f.Events.Count > 0 || f.EventPlaces.Count > 0 || f.OtherPlaces.Count > 0 || f.Dateline is not null) return false;
        var text = doc.Text;
        var line = f.Sentence.Of(text).Trim();
        if (line.Length == 0 || !char.IsLetter(line[^1]) || line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxSubHeadingWords) return false;
        return OpensLine(text, f.Sentence.Start) && LineEndAfter(text, f.Sentence.End) is not null;
    }

    /// <summary>
    /// The town <paramref name="p"/> is written right after one of the frame's towns as the next item of a list of scenes,
    /// joined by "and" or "or" ("in X and Y", "in X and in Y"): two towns, each with its own attack, not a place and its
    /// landmark ("the airport road west of the capital, Kabul").
    /// </summary>
    private static bool ListedTowns(AnnotatedDocument doc, Frame frame, PlaceMention p)
    {
        if (p.IsDemonym || p.Place.Kind != PlaceKind.City || frame.Place.Kind != PlaceKind.City || frame.Place.GeonameId == p.Place.GeonameId) return false;
        var before = frame.PlaceMentions.Where(m => m.End <= p.Start && !m.IsDemonym && m.Place.Kind == PlaceKind.City).MaxBy(m => m.End);
        if (before is null) return false;
        var between = doc.Text[before.End..p.Start].Trim().ToLowerInvariant();
        return between is "and" or "or" or "and in" or "or in";
    }

    /// <summary>
    /// A sentence without a place of its own after one that listed several attacks' sites and places ("they hit the
    /// cultural institute, a chapel in the capital and a bank in X"): the frame of the place named first after the
    /// target it names again ("a bomb went off on the fifth floor of the cultural institute" is the capital's). Null when
    /// it names none of the listing's targets again, or targets placed in different frames.
    /// </summary>
    private static Frame? ListedFrame(AnnotatedDocument doc, SentenceFacts listing, SentenceFacts f, List<Frame> frames)
    {
        var nouns = f.Targets.Select(t => TargetNoun(doc, t)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var scenes = Scenes(listing);
        var found = listing.Targets.Where(t => nouns.Contains(TargetNoun(doc, t)))
            .Select(t => scenes.Where(p => p.Start > t.End).MinBy(p => p.Start))
            .Select(p => p is null ? null : HolderOf(frames, p.Place))
            .Distinct().ToList();
        return found is [{ } one] ? one : null;
    }

    /// <summary>
    /// The sentences that head the items of a page of briefs: lines that open on a country, written as a dateline
    /// ("Ruritania: two guards shot dead at a depot"), each followed by a body sentence of its own (not by another such
    /// line, as in a list of related headlines, nor by an unfinished line), when the page has at least two; else none.
    /// </summary>
    private HashSet<int> ItemHeadings(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        if (FeedItemTitles(doc, facts) is { Count: > 0 } feed) return feed;
        if (SectionHeadings(doc, facts) is { Count: > 0 } sections) return WithBriefHeadlines(doc, facts, sections);
        if (HeadlineItems(doc, facts) is { Count: > 0 } headlines) return headlines;
        static bool Heading(AnnotatedDocument doc, SentenceFacts f) =>
            f.Dateline is { Place.Kind: PlaceKind.Country } d && d.Start >= f.Sentence.Start
            && string.IsNullOrWhiteSpace(doc.Text[f.Sentence.Start..d.Start]);
        var heads = new HashSet<int>();
        for (var i = 0; i + 1 < facts.Count; i++)
        {
            var next = facts[i + 1];
            if (Heading(doc, facts[i]) && !Heading(doc, next)
                && next.Sentence.Of(doc.Text).TrimEnd() is [.., '.' or '!' or '?' or '"' or '\u201D'])
                heads.Add(facts[i].Sentence.Index);
        }
        return heads.Count >= 2 ? heads : [];
    }

    /// <summary>
    /// A column of briefs heads each with a headline line of its own over the run-in item that tells it ("Guard shot
    /// dead", then "ELMWOOD: Two men shot a guard at the depot."): the item opens at its headline, which is its own and
    /// never the end of the brief before it. Such a line (<see cref="BriefHeadline"/>) right above a head of
    /// <paramref name="heads"/> that is a run-in item (<see cref="RunInItemTown"/>) heads an item too; the run-in
    /// head after it goes on with the item its headline opened (see <see cref="Assign"/>).
    /// </summary>
    private HashSet<int> WithBriefHeadlines(AnnotatedDocument doc, List<SentenceFacts> facts, HashSet<int> heads)
    {
        var result = new HashSet<int>(heads);
        for (var i = 1; i < facts.Count; i++)
            if (heads.Contains(facts[i].Sentence.Index) && !heads.Contains(facts[i - 1].Sentence.Index)
                && RunInItemTown(doc, facts[i]) is not null && BriefHeadline(doc, facts[i - 1], facts[i]))
                result.Add(facts[i - 1].Sentence.Index);
        return result;
    }

    /// <summary>
    /// A brief's headline over its run-in item <paramref name="item"/>: a line of its own of a few words (at most
    /// <see cref="MaxSectionTitleWords"/>) with no sentence's stop at its end, no title nor caption, right above the item's
    /// line with no blank line between ("UP chairman shot dead" over "FARIDPUR: Two men shot dead ...").
    /// </summary>
    private static bool BriefHeadline(AnnotatedDocument doc, SentenceFacts f, SentenceFacts item)
    {
        if (f.IsTitle || f.IsCaption) return false;
        var text = doc.Text;
        if (!OpensLine(text, f.Sentence.Start) || LineEndAfter(text, f.Sentence.End) is not { } end) return false;
        var line = f.Sentence.Of(text).Trim();
        if (line.Length == 0 || line[^1] is '.' or '!' or '?' or ':' or ';' or ',' or '"' or '\u201D' or ')') return false;
        if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxSectionTitleWords) return false;
        // the item's line is the next one: a line break, then only spaces, before it
        if (item.Sentence.Start < end) return false;
        var between = text[end..item.Sentence.Start];
        return between.Trim().Length == 0 && between.Count(c => c == '\n') == 1;
    }

    /// <summary>
    /// The sentences that open the items of a news feed scraped as its markup (<see cref="Cleaning.FeedItems"/>): each
    /// item's title, which opens a story of its own with its date and summary; nothing of one item runs on into the next.
    /// </summary>
    private static HashSet<int> FeedItemTitles(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var original = doc.Document.Original;
        if (!Cleaning.FeedItems.IsFeed(original)) return [];
        return facts.Where(f => !f.IsTitle && OpensLine(doc.Text, f.Sentence.Start)
                                && Cleaning.FeedItems.OpensItem(original, doc.Document.ToOriginal(f.Sentence.Span).Start))
            .Select(f => f.Sentence.Index).ToHashSet();
    }

    /// <summary>
    /// The sentences that open the items of a numbered list of stories, each with its own headline and text (a search-
    /// results or news-aggregator page, a newsletter): a line that opens on the item's number, 1, 2, 3 and on in turn
    /// ("1." alone or "1. Four hurt as ..."), whose headline ends its line without a sentence's stop, and after it, before
    /// the next number, at least one sentence that ends in a stop (the item's snippet); a list of bare headlines has none.
    /// Each item is a story of its own: nothing of one runs on into the next. Empty when the page has fewer than three.
    /// </summary>
    private static HashSet<int> HeadlineItems(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var text = doc.Text;
        var heads = new List<int>();
        var next = 1;
        for (var i = 0; i + 1 < facts.Count; i++)
        {
            var f = facts[i];
            if (f.IsTitle || f.IsCaption || !OpensLine(text, f.Sentence.Start)) continue;
            if (HeadlineNumber.Match(f.Sentence.Of(text).Trim()) is not { Success: true } m || int.Parse(m.Groups["n"].Value) != next) continue;
            // the headline: the rest of this sentence, or the next sentence when the number stands alone
            var headline = m.Groups["rest"].Length > 0 ? f : facts[i + 1];
            if (LineEndAfter(text, headline.Sentence.End) is null || headline.Sentence.Of(text).TrimEnd() is [.., '.' or '!' or '?' or '"' or '\u201D' or ':']) continue;
            // a headline is words, not a live page's time stamp ("1. 21:52")
            if (headline.Sentence.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) < MinHeadlineWords) continue;
            heads.Add(i);
            next++;
        }
        if (heads.Count < MinHeadlineItems) return [];
        for (var k = 0; k < heads.Count; k++)
        {
            var from = heads[k] + 1;
            var to = k + 1 < heads.Count ? heads[k + 1] : facts.Count;
            if (!facts.Skip(from).Take(to - from).Any(g => g.Sentence.Of(text).TrimEnd() is [.., '.' or '!' or '?'] && !HeadlineNumber.IsMatch(g.Sentence.Of(text).Trim()))) return [];
        }
        return heads.Select(i => facts[i].Sentence.Index).ToHashSet();
    }

    /// <summary>The fewest numbered items that make a list of stories (<see cref="HeadlineItems"/>).</summary>
    private const int MinHeadlineItems = 3;

    /// <summary>The fewest words of a numbered story's headline (<see cref="HeadlineItems"/>): "1. 21:52" heads no story.</summary>
    private const int MinHeadlineWords = 3;

    /// <summary>A numbered story's opening: the number, a stop or bracket, then perhaps its headline (<see cref="HeadlineItems"/>).</summary>
    private static readonly System.Text.RegularExpressions.Regex HeadlineNumber =
        new(@"^(?<n>\d{1,2})[.)](?:[ \t]+(?<rest>\S.*))?$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The sentences that head the sections of a round-up of attacks in several towns: lines of their own that open on a
    /// town written as a dateline with a colon and a short title after it, without a sentence's stop ("RIVERTON: THE
    /// BAKERY", "2. Elmwood: a night at the depot"), each followed by a body sentence, when the article has at least
    /// two. Each section tells the attack at its heading's town; empty when the article has fewer than two.
    /// </summary>
    private HashSet<int> SectionHeadings(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var heads = new HashSet<int>();
        for (var i = 0; i + 1 < facts.Count; i++)
            if (SectionTown(doc, facts[i]) is not null && (SectionTown(doc, facts[i + 1]) is null
                && facts[i + 1].Sentence.Of(doc.Text).TrimEnd() is [.., '.' or '!' or '?' or '"' or '\u201D'] || RunInItemTown(doc, facts[i]) is not null
                || LabelledBlockTown(doc, facts[i]) is not null))
                heads.Add(facts[i].Sentence.Index);
        // a digest's last item runs on in its own line too ("- Elmwood: a depot was set on fire on Sunday.")
        if (facts.Count > 0 && RunInItemTown(doc, facts[^1]) is not null) heads.Add(facts[^1].Sentence.Index);
        // headings that all name one town are no round-up of several: a page that tells its story twice under one
        // dateline (a bilingual page, each paragraph then its translation: "RIVERTON - Gunmen ...", "RIVERTON - Homens ...")
        if (heads.Select(h => SectionTown(doc, facts.First(f => f.Sentence.Index == h))?.Place.GeonameId).Distinct().Count() < 2) return [];
        return heads.Count >= 2 ? heads : [];
    }

    /// <summary>
    /// The town a sentence heads a section with (see <see cref="SectionHeadings"/>): a town's dateline followed by a
    /// colon, a short title without a stop, and the end of the line; else null.
    /// </summary>
    private PlaceMention? SectionTown(AnnotatedDocument doc, SentenceFacts f) =>
        f.IsTitle ? null : DatelineSectionTown(doc, f) ?? NumberedItemTown(doc, f) ?? DayHeadingTown(doc, f) ?? RunInHeadingTown(doc, f) ?? RunInItemTown(doc, f)
                           ?? QuestionHeadingTown(doc, f) ?? NumberedHeadingTown(doc, f) ?? LabelledBlockTown(doc, f) ?? PlaceHeadingTown(doc, f);

    /// <summary>
    /// The town a bulletin's item heading names: a line of its own that is nothing but the town, perhaps after its region
    /// and a spaced dash or a comma, perhaps with the item's day in brackets after it, and marked as a heading by a bullet,
    /// an item's number, bold or a heading's markup, or by that bracketed day ("- **North Province - Riverton (12 May)**",
    /// "### Elmwood (Tue 4 May)", "* Eastern Region, Oakdale"); else null. The item's day is the bracketed one
    /// (<see cref="PlaceHeadingDay"/>).
    /// </summary>
    private static PlaceMention? PlaceHeadingTown(AnnotatedDocument doc, SentenceFacts f) => PlaceHeading(doc, f)?.Town;

    /// <summary>The day in brackets of a bulletin's item heading (<see cref="PlaceHeadingTown"/>), when it gives one.</summary>
    private static DateMention? PlaceHeadingDay(AnnotatedDocument doc, SentenceFacts head) =>
        head.IsBackground ? null : PlaceHeading(doc, head)?.Day;

    /// <summary>Most words of a region named before a heading's town that the gazetteer does not know ("Upper Vale - Riverton").</summary>
    private const int MaxHeadingRegionWords = 4;

    private static (PlaceMention Town, DateMention? Day)? PlaceHeading(AnnotatedDocument doc, SentenceFacts f)
    {
        if (f.IsTitle || f.IsCaption) return null;
        var text = doc.Text;
        if (!OpensLine(text, f.Sentence.Start) || LineEndAfter(text, f.Sentence.End) is null) return null;
        int s = f.Sentence.Start, e = f.Sentence.End;
        var marked = false;
        if (HeadingBullet.Match(text, s, e - s) is { Success: true } bullet) { s += bullet.Length; marked = true; }
        while (s < e && text[s] is '*' or '_' or '#' or ' ' or '\t') { marked |= text[s] is '*' or '_' or '#'; s++; }
        while (e > s && text[e - 1] is '*' or '_' or ' ' or '\t') { marked |= text[e - 1] is '*' or '_'; e--; }
        DateMention? day = null;
        if (e > s && text[e - 1] == ')')
        {
            var open = text.LastIndexOf('(', e - 1, e - s);
            if (open < 0) return null;
            day = f.Dates.Where(d => d.Precision == "day" && !d.Since && d.Start > open && d.End < e).MinBy(d => d.Start);
            if (day is null) return null;
            e = open;
            while (e > s && text[e - 1] is ' ' or '\t') e--;
        }
        if (!marked && day is null) return null;
        // the town ends the heading; before it only a region: a place, or a few capitalised words, then a spaced dash or a comma
        var places = f.EventPlaces.Concat(f.OtherPlaces).Append(f.Dateline).OfType<PlaceMention>().Where(p => p.Start >= s && p.End <= e).ToList();
        var town = places.FirstOrDefault(p => p.End == e && !p.IsDemonym && p.Place.Kind == PlaceKind.City);
        if (town is null) return null;
        var before = text[s..town.Start].TrimEnd(' ', '\t');
        if (before.Length == 0) return (town, day);
        if (before[^1] is not (',' or '-' or '\u2013' or '\u2014') || (before[^1] != ',' && before.Length > 1 && before[^2] != ' ')) return null;
        var region = before[..^1].Trim();
        if (region.Length == 0) return null;
        if (places.Any(p => p.Start == s && p.End == s + region.Length && !p.IsDemonym)) return (town, day);
        var words = region.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxHeadingRegionWords && char.IsUpper(words[0][0]) && words.All(w => w.All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019'))
            ? (town, day) : null;
    }

    /// <summary>A heading's bullet or item number (see <see cref="PlaceHeadingTown"/>).</summary>
    private static readonly System.Text.RegularExpressions.Regex HeadingBullet =
        new(@"\G[ \t]*(?:[-*\u2022\u2013\u2014\u00B7]|\d{1,2}[.)])[ \t]+", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The town a report's numbered section heading opens on: a line of its own that opens on the section's number
    /// ("2.1", "3.", "4)", "Item 5:"), perhaps in a quoted mail's "> ", then the town, perhaps its district in brackets,
    /// then a spaced dash or a colon and a short title without a stop at its end, which may give the day and hour
    /// ("2.1 Riverton (North District) - attack on a bank, 4 May, approx. 21:30", "3. ELMWOOD - ARSON AT A SCHOOL (Tue 5
    /// May)"); else null. Such a section tells its own incident, on the day its heading gives (<see cref="NumberedHeadingDay"/>).
    /// </summary>
    private static PlaceMention? NumberedHeadingTown(AnnotatedDocument doc, SentenceFacts f)
    {
        if (f.IsTitle || f.IsCaption) return null;
        var text = doc.Text;
        var start = f.Sentence.Start;
        while (start > 0 && text[start - 1] is not ('\n' or '\r')) start--;
        if (LineEndAfter(text, f.Sentence.End) is not { } end) return null;
        if (NumberedHeading.Match(text, start, end - start) is not { Success: true } m) return null;
        var at = m.Groups["town"].Index;
        if (at < f.Sentence.Start) return null;
        var town = f.EventPlaces.Concat(f.OtherPlaces).Append(f.Dateline).OfType<PlaceMention>()
            .FirstOrDefault(p => p.Start == at && !p.IsDemonym && p.Place.Kind == PlaceKind.City);
        if (town is null) return null;
        var rest = text.AsSpan(town.End, end - town.End).TrimStart(" \t");
        if (rest.Length > 0 && rest[0] == '(' && rest.IndexOf(')') is var close and > 0 && rest[1..close].IndexOfAny(":\n") < 0)
            rest = rest[(close + 1)..].TrimStart(" \t");
        if (rest.Length < 2) return null;
        ReadOnlySpan<char> title = rest[0] == ':' ? rest[1..] : rest[0] is '-' or '\u2013' or '\u2014' && rest[1] is ' ' or '\t' ? rest[1..] : default;
        return IsSectionTitle(title.Trim().ToString()) ? town : null;
    }

    /// <summary>
    /// A report told in numbered sections (at least two headings, <see cref="NumberedHeadingTown"/>) tells each section's
    /// incident on the day its heading gives, whatever the story's day (a monthly report issued weeks later): the heading
    /// is no background. A heading quoted from an earlier message ("> 2. ELMWOOD - ..." of last week's digest) that its
    /// day puts in the background puts its section there too: what its lines tell is the earlier message's news.
    /// </summary>
    private List<SentenceFacts> WithNumberedSections(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var heads = Enumerable.Range(0, facts.Count).Where(i => NumberedHeadingTown(doc, facts[i]) is not null).ToList();
        if (heads.Count < 2) return facts;
        var result = facts.ToList();
        foreach (var i in heads)
        {
            if (!facts[i].IsBackground) continue;
            if (!QuotedLine(doc.Text, facts[i].Sentence.Start))
            {
                result[i] = facts[i] with { IsBackground = false };
                continue;
            }
            for (var j = i + 1; j < facts.Count && !heads.Contains(j) && QuotedLine(doc.Text, facts[j].Sentence.Start); j++)
                result[j] = result[j] with { IsBackground = true };
        }
        return result;
    }

    /// <summary>The line <paramref name="at"/> is in opens with a mail's quote mark ("> ").</summary>
    private static bool QuotedLine(string text, int at)
    {
        var start = at;
        while (start > 0 && text[start - 1] is not ('\n' or '\r')) start--;
        while (start < at && text[start] is ' ' or '\t') start++;
        return start < text.Length && text[start] == '>';
    }

    /// <summary>A numbered section heading's opening: quote marks, the number, then the town (see <see cref="NumberedHeadingTown"/>).</summary>
    private static readonly System.Text.RegularExpressions.Regex NumberedHeading =
        new(@"\G[ \t]*(?:>[ \t]*)*(?:(?i:item|no\.?)[ \t]*)?\d{1,2}(?:\.\d{1,2})*[.):]?[ \t]+(?<town>\p{Lu})", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The day a numbered section heading gives its section (<see cref="NumberedHeadingTown"/>): the first day after its
    /// town in the heading, when the heading is no background (an older item quoted from an earlier digest); else null.
    /// </summary>
    private static DateMention? NumberedHeadingDay(AnnotatedDocument doc, SentenceFacts head)
    {
        if (head.IsBackground || NumberedHeadingTown(doc, head) is not { } town) return null;
        return head.Dates.Where(d => d.Precision == "day" && !d.Since && d.Start >= town.End && d.End <= head.Sentence.End).MinBy(d => d.Start);
    }

    /// <summary>
    /// An explainer's question heading: a short line of its own that asks a question, perhaps set in bold or as a
    /// heading's markup ("**What happened in Riverton?**", "## Who is behind the attacks?"). An explainer answers each
    /// question in the lines under it, so such a line opens a section and closes the one before.
    /// </summary>
    private static bool QuestionHeading(AnnotatedDocument doc, SentenceFacts f)
    {
        if (f.IsTitle || f.IsCaption) return false;
        var text = doc.Text;
        if (!OpensLine(text, f.Sentence.Start) || LineEndAfter(text, f.Sentence.End) is null) return false;
        var line = f.Sentence.Of(text).Trim().Trim('*', '_', '#', ' ');
        return line.EndsWith('?') && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxQuestionHeadingWords;
    }

    /// <summary>
    /// The town an explainer's question heading (<see cref="QuestionHeading"/>) asks about, when it names one town and
    /// no other place ("**What happened in Riverton?**", "What do we know about the attack in Elmwood?"): the lines
    /// under it tell that town's attack; else null.
    /// </summary>
    private static PlaceMention? QuestionHeadingTown(AnnotatedDocument doc, SentenceFacts f)
    {
        if (!QuestionHeading(doc, f)) return null;
        var places = f.EventPlaces.Concat(f.OtherPlaces).Where(p => !p.IsDemonym).DistinctBy(p => p.Place).ToList();
        return places is [{ Place.Kind: PlaceKind.City } town] ? town : null;
    }

    /// <summary>
    /// The town a brief's run-in heading heads its section with: a sentence that opens its line and is nothing but a
    /// town's name and a full stop, the section's text running on after it ("Riverton. Late on Friday, gunmen fired on a
    /// bus ..."); else null. A brief tells each town's incident under such a heading, apart from the others.
    /// </summary>
    private static PlaceMention? RunInHeadingTown(AnnotatedDocument doc, SentenceFacts f)
    {
        var text = doc.Text;
        var start = f.Sentence.Start;
        if (start > 0 && text[start - 1] is not ('\n' or '\r')) return null;
        if (text.AsSpan(start, f.Sentence.End - start).TrimEnd() is not [.., '.'] sentence) return null;
        var end = start + sentence.Length - 1;
        return f.EventPlaces.Concat(f.OtherPlaces)
            .FirstOrDefault(p => p.Start == start && p.End == end && !p.IsDemonym && p.Place.Kind == PlaceKind.City);
    }

    /// <summary>
    /// The town a digest's run-in item opens on: a sentence that opens its line, perhaps after a bullet, a dash or an
    /// item's number, with a town's name, then a colon or a spaced dash, then the item's own text ending in a stop
    /// ("- Riverton: gunmen shot a guard at the depot.", "Elmwood - a bus was set on fire.", "2. OAKDALE: two men were
    /// abducted."); else null. A digest tells each town's item apart from the others, the item's text its section.
    /// </summary>
    private static PlaceMention? RunInItemTown(AnnotatedDocument doc, SentenceFacts f)
    {
        if (f.IsTitle || f.IsCaption) return null;
        var text = doc.Text;
        // the item's number may stand as a sentence of its own before it ("4." then "Elmwood - ...")
        if (!OpensLine(text, f.Sentence.Start) && !AfterItemNumber(text, f.Sentence.Start)) return null;
        if (RunInItem.Match(text, f.Sentence.Start, f.Sentence.End - f.Sentence.Start) is not { Success: true } m) return null;
        var at = m.Groups["town"].Index;
        // a log's item may give its day before its town ("3. Monday 4 May, Elmwood - a shop was set alight."): the day,
        // perhaps after its weekday's name, then a comma; a factbox's item, a spaced dash ("* MAY 4, 2024 - ELMWOOD - ...")
        if (f.Dates.Where(d => d.Precision == "day" && !d.Since && d.Start >= at && d.End < f.Sentence.End).MinBy(d => d.Start) is { } day
            && (day.Start == at || IsWeekdayName(text[at..day.Start].Trim().TrimEnd(',').Trim())))
        {
            var after = day.End;
            while (after < f.Sentence.End && text[after] is ' ' or '\t') after++;
            if (after >= f.Sentence.End || !(text[after] == ',' || text[after] is '-' or '\u2013' or '\u2014' && text[after - 1] == ' ')) return null;
            after++;
            while (after < f.Sentence.End && text[after] is ' ' or '\t') after++;
            at = after;
        }
        var town = f.EventPlaces.Concat(f.OtherPlaces).Append(f.Dateline).OfType<PlaceMention>().FirstOrDefault(p => p.Start == at && !p.IsDemonym && p.Place.Kind == PlaceKind.City);
        if (town is null) return null;
        var rest = text.AsSpan(town.End, f.Sentence.End - town.End).TrimStart(" \t");
        if (rest.Length < 2) return null;
        var tail = rest[0] == ':' ? rest[1..] : rest[0] is '-' or '\u2013' or '\u2014' && rest[1] is ' ' && text[town.End] is ' ' ? rest[1..] : default;
        tail = tail.Trim();
        return tail.Length > 0 && char.IsLetterOrDigit(tail[0]) && tail.IndexOf('\n') < 0 && tail is [.., '.' or '!' or '?'] ? town : null;
    }

    /// <summary>A run-in item's opening: an optional bullet, dash or number, then the town (see <see cref="RunInItemTown"/>).</summary>
    private static readonly System.Text.RegularExpressions.Regex RunInItem =
        new(@"\G(?:[-*\u2022\u2013\u2014\u00B7][ \t]+|\d{1,2}[.)][ \t]+)?(?<town>\p{Lu})", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The town a timeline's day heading heads its section with: a line of its own that is only a day ("MONDAY, 3
    /// MARCH", "Tuesday 4 March 2025"), a dash or a colon, and the town, perhaps with one more joined by "and"
    /// ("WEDNESDAY, 5 MARCH - RIVERTON", "Thursday 6 March: Elmwood and Oakdale"); else null. The day dates the items
    /// told below it (<see cref="HeadingDay"/>) as the town places them.
    /// </summary>
    private static PlaceMention? DayHeadingTown(AnnotatedDocument doc, SentenceFacts f)
    {
        if (HeadingDay(doc, f) is not { } day || LineEndAfter(doc.Text, f.Sentence.End) is null) return null;
        var text = doc.Text;
        var rest = text.AsSpan(day.End, f.Sentence.End - day.End).TrimStart(" \t");
        if (rest.Length < 2 || rest[0] is not ('-' or '\u2013' or '\u2014' or ':')) return null;
        var at = f.Sentence.End - rest[1..].TrimStart(" \t").Length;
        var towns = f.EventPlaces.Concat(f.OtherPlaces).Where(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City && p.Start >= day.End && p.End <= f.Sentence.End).OrderBy(p => p.Start).ToList();
        if (towns.FirstOrDefault(p => p.Start == at) is not { } town) return null;
        var tail = text[town.End..f.Sentence.End].Trim();
        if (tail.Length == 0) return town;
        return towns.FirstOrDefault(p => p.Start > town.End) is { } second && text[second.End..f.Sentence.End].Trim().Length == 0
               && text[town.End..second.Start].Trim().ToLowerInvariant() is "and" or "&" or "," ? town : null;
    }

    /// <summary>
    /// The day a line opens on when nothing but that day comes before it on its line ("MONDAY, 3 MARCH - RIVERTON"): a
    /// timeline's day heading (see <see cref="DayHeadingTown"/>); else null.
    /// </summary>
    private static DateMention? HeadingDay(AnnotatedDocument doc, SentenceFacts f)
    {
        if (LineOpeningDate(doc, f, d => d.Precision == "day") is not (var first, var before)) return null;
        return before.Length == 0 || IsWeekdayName(before) ? first : null;
    }

    /// <summary>
    /// The first date of the kind asked (not a "since" date) in a sentence that opens its line and is no title nor
    /// caption, and what stands before it on the line (trimmed, a comma after it dropped: "MONDAY" of "MONDAY, 3 MARCH");
    /// else null. A timeline's day heading (<see cref="HeadingDay"/>) and entry line (<see cref="EntryOpening"/>) open so.
    /// </summary>
    private static (DateMention Date, string Before)? LineOpeningDate(AnnotatedDocument doc, SentenceFacts f, Func<DateMention, bool> kind)
    {
        if (f.IsTitle || f.IsCaption || !OpensLine(doc.Text, f.Sentence.Start)) return null;
        var first = f.Dates.Where(d => kind(d) && !d.Since && d.Start >= f.Sentence.Start && d.End <= f.Sentence.End).MinBy(d => d.Start);
        if (first is null) return null;
        return (first, doc.Text[f.Sentence.Start..first.Start].Trim().TrimEnd(',').Trim());
    }

    /// <summary>A weekday's name, written before the date it heads ("MONDAY, 3 MARCH").</summary>
    private static bool IsWeekdayName(string word) =>
        Enum.TryParse<DayOfWeek>(word, ignoreCase: true, out _) && !int.TryParse(word, out _);

    /// <summary>
    /// The town a numbered item of a round-up heads its section with: a line of its own that opens on the item's number,
    /// then a short title without a stop (the kind of crime), a dash, the town, and to the end of the line only the name
    /// of the unit that covers it (function_words.tsv kind unit_noun): "2. Arson - Riverton Police Division",
    /// "4. Robbery – Elmwood District". Null for any other line.
    /// </summary>
    private PlaceMention? NumberedItemTown(AnnotatedDocument doc, SentenceFacts f)
    {
        var text = doc.Text;
        var start = f.Sentence.Start;
        while (start > 0 && text[start - 1] is not ('\n' or '\r')) start--;
        if (LineEndAfter(text, f.Sentence.End) is not { } end) return null;
        if (NumberedItem.Match(text[start..end]) is not { Success: true } m) return null;
        if (!IsSectionTitle(m.Groups["title"].Value)) return null;
        var at = start + m.Groups["rest"].Index;
        if (f.EventPlaces.Concat(f.OtherPlaces).FirstOrDefault(p => p.Start == at && !p.IsDemonym && p.Place.Kind == PlaceKind.City) is not { } town) return null;
        var unit = Enumerable.Range(0, doc.Words.Count).Where(w => doc.Words[w].Start >= town.End && doc.Words[w].End <= start + m.Groups["rest"].Index + m.Groups["rest"].Length).ToList();
        return unit.Count > 0 && unit.All(w => _unitNouns.Contains(doc.Words[w].Key)) ? town : null;
    }

    /// <summary>
    /// The target word names the unit of a numbered item's heading (see <see cref="NumberedItemTown"/>): "3. Arson - X
    /// Police Division" says which police covers the town, not that the police were hit.
    /// </summary>
    private bool InUnitName(AnnotatedDocument doc, SentenceFacts s, Cue t) =>
        NumberedItemTown(doc, s) is { } town && t.Start >= town.End;

    /// <summary>
    /// The town a dateline heads a section with: a town's dateline followed by a colon (or a spaced dash), a short title
    /// without a stop, and the end of the line ("RIVERTON: THE BAKERY", "RIVERTON — Bakery set alight"); else null.
    /// </summary>
    private PlaceMention? DatelineSectionTown(AnnotatedDocument doc, SentenceFacts f)
    {
        if (f.Dateline is not { Place.Kind: PlaceKind.City } town) return null;
        var text = doc.Text;
        var colon = text.AsSpan(town.End, f.Sentence.End - town.End).TrimStart(' ');
        // "3. ELMWOOD (North Province): a night at the depot": the town's region in brackets before the colon
        if (colon.Length > 0 && colon[0] == '(' && colon.IndexOf(')') is var close and > 0 && colon[1..close].IndexOfAny(":\n") < 0)
        {
            if (UnitBracketEndsHeading(doc, f, town.End + (f.Sentence.End - town.End - colon.Length), close)) return town;
            colon = colon[(close + 1)..].TrimStart(' ');
        }
        // a paper's column of briefs heads each with its town, a spaced dash and the brief's headline ("ELMWOOD — Depot
        // guard shot", "RIVERTON (North) - Bridge reopens"): the dash takes the colon's place
        var dash = colon.Length > 2 && colon[0] is '—' or '–' or '-' && colon[1] == ' ' && text[town.End + (f.Sentence.End - town.End - colon.Length) - 1] == ' ';
        if (colon.Length < 2 || colon[0] != ':' && !dash) return null;
        return IsSectionTitle(colon[1..].Trim().ToString()) && LineEndAfter(text, f.Sentence.End) is not null ? town : null;
    }

    /// <summary>
    /// A section's heading of a police bulletin: the town's dateline, then only its unit's name in brackets to the end of
    /// the line ("ELMWOOD (Northern Regional Directorate)", "RIVERTON (West Police Division)"), the bracket's last word a
    /// unit word (function_words.tsv kind unit_noun). <paramref name="open"/> is where the bracket opens,
    /// <paramref name="close"/> where it closes, counted from the bracket.
    /// </summary>
    private bool UnitBracketEndsHeading(AnnotatedDocument doc, SentenceFacts f, int open, int close)
    {
        var text = doc.Text;
        var end = open + close + 1;
        if (end > f.Sentence.End || text.AsSpan(end, f.Sentence.End - end).Trim().Length > 0) return false;
        if (LineEndAfter(text, f.Sentence.End) is null) return false;
        var inside = text[(open + 1)..(open + close)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return inside.Length is > 0 and <= MaxSectionTitleWords && _unitNouns.Contains(inside[^1].ToLowerInvariant());
    }

    /// <summary>A section's title: some words, at most <see cref="MaxSectionTitleWords"/>, and no stop at its end.</summary>
    private static bool IsSectionTitle(string title) =>
        title.Length > 0 && title[^1] is not ('.' or '!' or '?' or ':' or ';' or ',')
        && title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxSectionTitleWords;

    /// <summary>Where the line ends when only spaces follow <paramref name="end"/> on it (a heading of its own), else null.</summary>
    private static int? LineEndAfter(string text, int end)
    {
        while (end < text.Length && text[end] is ' ' or '\t') end++;
        return end >= text.Length || text[end] is '\n' or '\r' ? end : null;
    }

    /// <summary>Only spaces or tabs stand between the start of the line and <paramref name="start"/>: it opens its line.</summary>
    /// <summary>Only an item's number ("4.", "12)") stands before <paramref name="start"/> on its line.</summary>
    private static bool AfterItemNumber(string text, int start)
    {
        while (start > 0 && text[start - 1] is ' ' or '\t') start--;
        if (start == 0 || text[start - 1] is not ('.' or ')')) return false;
        var digits = start - 1;
        while (digits > 0 && char.IsDigit(text[digits - 1])) digits--;
        return start - 1 - digits is 1 or 2 && OpensLine(text, digits);
    }

    private static bool OpensLine(string text, int start)
    {
        while (start > 0 && text[start - 1] is ' ' or '\t') start--;
        return start == 0 || text[start - 1] is '\n' or '\r';
    }

    /// <summary>
    /// Attacks on different days at one place, told one after the other ("last night a bank was attacked ... today a
    /// bomb went off in a restaurant"): a sentence that tells an attack in words of its own (a strong attack phrase) on
    /// an explicit day later than that of an attack its frame told before (a sentence that places only the wounded's care
    /// tells none), against other targets than all the frame's
    /// sentences so far (no target noun in common), opens a frame of its own at the same place that takes it and the
    /// sentences after it. What follows an attack on a later day stays with it: a death, an arrest, a funeral, a toll
    /// tell no new target, a day that dates a death (<see cref="DatesDeath"/>: "who died of his wounds on Tuesday at the
    /// X hospital") is no attack's, and a follow-up sentence (an arrest over the bombing) never splits. The earlier attack must
    /// have been told with a day and a target too; both frames are then worth reporting (<see cref="Frame.DayApart"/>).
    /// An attack word that points back to one already told (<see cref="PointsBack"/>: "on Friday evening the premier
    /// condemned the explosion") tells a reaction on a later day, no new attack.
    /// </summary>
    private void SplitByDay(AnnotatedDocument doc, List<Frame> frames)
    {
        foreach (var frame in frames.ToList())
        {
            var current = frame;
            DateOnly? day = null;
            var targets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var f in frame.Sentences.Where(s => !s.IsTitle && !s.IsCaption && !s.IsBackground).OrderBy(s => s.Sentence.Index).ToList())
            {
                var own = f.Targets.Select(t => TargetNoun(doc, t)).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var told = f.Events.Count > 0 ? AttackDay(doc, f) : null;
                if (told is not null && (DatesTelling(doc, told) || SpokenOn(doc, f, told))) told = null;
                if (told is { Approximate: true }) told = null;
                // "the driver died of his wounds on Tuesday at the regional hospital": a later death's day is no new attack's
                if (told is not null && DatesDeath(doc, f, told)) told = null;
                // "the wounded were moved to the hospital in X, where five remain today": a sentence that places only where
                // the wounded were cared for tells their care, whatever day it gives, no new attack
                if (told is not null && f.CarePlaces.Count > 0 && f.EventPlaces.Count == 0) told = null;
                if (day is not null && told is not null && told.Date > day && f.Events.Any(e => !e.As<EventCue>().Weak && !DoneBefore(doc, e) && !PointsBack(doc, f, e))
                    && own.Count > 0 && !own.Overlaps(targets)
                    && !_followUps.IsFollowUp(doc, f))
                {
                    current = new Frame(frame.PlaceMentions[0]) { Place = frame.Place, ToldSeparately = true, Date = told, DateFromAttack = true, DayApart = true };
                    frame.DayApart = true;
                    frames.Add(current);
                    day = told.Date;
                    targets.Clear();
                    if (Trace) Console.Error.WriteLine($"  another day at {frame.Place.Name}: {told.Value} from sentence {f.Sentence.Index}");
                }
                else if (day is null && told is not null && own.Count > 0 && !_followUps.IsFollowUp(doc, f)) day = told.Date;
                targets.UnionWith(own);
                if (current == frame) continue;
                frame.MoveSentenceTo(current, f);
            }
            // the first attack keeps its own day, not that of one told after it, nor the day of a byline or a
            // "Published:" line that tells no attack
            if (current != frame && frame.Sentences.Where(s => !s.IsCaption && ReportsAttack(s)).OrderBy(s => s.Sentence.Index)
                    .Select(s => AttackDay(doc, s)).FirstOrDefault(d => d is not null && !DatesTelling(doc, d)) is { } first
                && frame.Date?.Date != first.Date)
                frame.Date = first;
        }
    }

    /// <summary>
    /// Attacks on different buildings or vehicles at one place, told one after the other ("a bomb wrecked a bank in X
    /// overnight ... at dawn incendiary bombs were thrown at a chapel in X"): a sentence that strikes a site anew (see
    /// <see cref="StrikesSite"/>) against site nouns (function_words.tsv kind site_target) none of which the frame's
    /// sentences named so far, after a sentence of the frame that struck a site of its own, opens a frame of its own at
    /// the same place that takes it and the sentences after it. People hit (a guard, passers-by) never split: a shooting
    /// told over several sentences names its victims again and again, and a site named only in passing in a toll or an
    /// account of damage ("the blast also shattered the windows of a school") is the same attack, and so is a place named
    /// as where the wounded went (<see cref="Elsewhere"/>: "the guard was taken to hospital with burns").
    /// </summary>
    private void SplitBySite(AnnotatedDocument doc, List<Frame> frames)
    {
        // an article that names a town as where the wounded were cared for ("at the hospital in X, families waited")
        // speaks of its hospitals as where the wounded went, not as sites struck ("BLAST — HOSPITAL", a rundown's slug)
        var caredFor = frames.Any(fr => fr.Sentences.Any(s => s.CarePlaces.Count > 0));
        foreach (var frame in frames.ToList())
        {
            var current = frame;
            var struck = false;
            var sites = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var f in frame.Sentences.Where(s => !s.IsTitle && !s.IsCaption && !s.IsBackground).OrderBy(s => s.Sentence.Index).ToList())
            {
                // the hospital a victim was taken to or treated at ("was taken to hospital with burns") is no site struck
                var own = f.Targets.Where(t => !Elsewhere(doc, t)).Select(t => TargetNoun(doc, t)).Where(_siteTargets.Contains)
                    .Where(n => !caredFor || !_careNouns.Contains(n)).Select(Singular).ToHashSet(StringComparer.OrdinalIgnoreCase);
                // a sentence naming another town strikes a site there, not here ("drone strikes Y fuel depot" in X's frame)
                // nor does a device found, defused or unexploded ("police disarmed a second bomb at the market")
                var strikes = own.Count > 0 && StrikesSite(doc, f) && !UnspentDevice(doc, f)
                    && !f.EventPlaces.Concat(f.OtherPlaces).Any(p => p.Place.Kind == PlaceKind.City && !frame.Holds(p.Place));
                // "a group of armed men cut through the fence of the base and opened fire on the warehouse": a site
                // named again with "the" (a word of an earlier sentence, target or not) is the same attack told in detail
                var again = SiteWordsNamed(doc, f.Sentence, definite: true);
                if (struck && strikes && !own.Overlaps(sites) && !again.Overlaps(named))
                {
                    current = new Frame(frame.PlaceMentions[0])
                    {
                        Place = frame.Place, ToldSeparately = true, SiteApart = true,
                        Date = frame.Date, DateFromAttack = frame.DateFromAttack, DayApart = frame.DayApart,
                    };
                    frame.SiteApart = true;
                    frames.Add(current);
                    sites.Clear();
                    if (Trace) Console.Error.WriteLine($"  another site at {frame.Place.Name}: {string.Join(',', own)} from sentence {f.Sentence.Index}");
                }
                struck |= strikes;
                sites.UnionWith(own);
                named.UnionWith(SiteWordsNamed(doc, f.Sentence, definite: false));
                if (current == frame) continue;
                frame.MoveSentenceTo(current, f);
            }
        }
    }

    /// <summary>
    /// A site told apart (<see cref="SplitBySite"/>) whose own sentences never name the frame's town (it came from the
    /// other site's sentences: "a car bomb went off by the vegetable market ... a second bomb exploded at the checkpoint of
    /// Y") lies in the one other town of the frame's country that the article writes as the place of that site's noun
    /// elsewhere, in a caption or a line of its own ("People gather by the vegetable market in X"): the site's town.
    /// </summary>
    private void PlaceSitesApart(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        var moved = false;
        foreach (var part in frames.Where(fr => fr.SiteApart).ToList())
        {
            var told = part.Sentences.Where(s => !s.IsTitle && !s.IsCaption && !s.IsBackground).ToList();
            if (told.Count == 0 || told.Any(s => s.EventPlaces.Any(p => p.Place.GeonameId == part.Place.GeonameId))) continue;
            var own = told.SelectMany(s => s.Targets).Select(t => TargetNoun(doc, t)).Where(_siteTargets.Contains).Select(Singular)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (own.Count == 0) continue;
            var towns = new List<PlaceMention>();
            foreach (var f in facts)
            {
                if (f.IsBackground || !SiteWordsNamed(doc, f.Sentence, definite: false).Overlaps(own)) continue;
                towns.AddRange(f.EventPlaces.Where(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City
                                                        && p.Place.CountryCode == part.Place.CountryCode
                                                        && !f.CarePlaces.Any(c => c.Place.GeonameId == p.Place.GeonameId)));
            }
            if (towns.Select(t => t.Place.GeonameId).Distinct().ToList() is not [var id] || id == part.Place.GeonameId) continue;
            var town = towns.First(t => t.Place.GeonameId == id);
            if (frames.Any(fr => fr != part && fr.SiteApart && fr.Place.GeonameId == id)) continue;
            if (Trace) Console.Error.WriteLine($"  site at {town.Place.Name}, not {part.Place.Name}: {string.Join(',', own)}");
            part.Place = town.Place;
            part.PlaceMentions.Clear();
            part.PlaceMentions.Add(town);
            moved = true;
        }
        if (!moved) return;
        // the sites now lie in towns of their own: a headline's toll over the towns of two of them ("X and Y mourn ten
        // dead") is neither's
        foreach (var title in facts.Where(f => f.IsTitle && f.Casualties.Count > 0))
        {
            var held = title.EventPlaces.Concat(title.OtherPlaces).Select(p => frames.FirstOrDefault(fr => fr.SiteApart && fr.Place.GeonameId == p.Place.GeonameId))
                .OfType<Frame>().Distinct().Count();
            if (held < 2) continue;
            foreach (var frame in frames) frame.Casualties.RemoveAll(c => title.Casualties.Contains(c.Mention));
        }
    }

    /// <summary>
    /// The site nouns (function_words.tsv kind site_target, singular) a sentence names, as words whether or not they are
    /// targets; with <paramref name="definite"/>, only those right after "the" ("the fence of the base").
    /// </summary>
    private HashSet<string> SiteWordsNamed(AnnotatedDocument doc, Sentence s, bool definite)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var w = doc.WordAt(s.Start); w < doc.Words.Count && doc.Words[w].Start < s.End; w++)
            if (_siteTargets.Contains(doc.Words[w].Key) && (!definite || (w > 0 && doc.Words[w - 1].Key == "the")))
                words.Add(Singular(doc.Words[w].Key));
        return words;
    }

    /// <summary>
    /// Several attacks at one place told as a timeline ("At about 8 p.m. gunmen fired on the police post ... Some 40
    /// minutes later men sprayed a house with bullets ... The killing came just before midnight"): in an article that
    /// counts its attacks (<see cref="CountedAttacks"/>: "the last of four attacks"), each sentence of the frame that tells an
    /// attack (an attack word or a casualty) and gives its time of the day (<see cref="TellsTimeOfDay"/>), when at least
    /// two do and no more than the article counts, opens a frame of its own at the same place that takes it and the sentences after it up to the next one. A
    /// sentence told before the first of them (a lead that sums up the night) goes with the first later part that names a
    /// target of the same kind (its head noun), else stays with the first. Separate from <see cref="SplitBySite"/> (sites
    /// struck anew) and <see cref="SplitByDay"/> (other days): a timeline may hit people, houses and vehicles alike.
    /// </summary>
    private void SplitByTimeline(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        var counted = CountedAttacks(doc, facts);
        foreach (var frame in frames.Where(fr => !fr.SiteApart && !fr.DayApart && !fr.TimedApart).ToList())
        {
            var told = frame.Sentences.Where(s => !s.IsTitle && !s.IsCaption && !s.IsBackground).OrderBy(s => s.Sentence.Index).ToList();
            // the time-stamped lines of a running report that each tell a new one, whether or not the article counts
            // its attacks ("Three attacks in less than three hours"): a live blog's other stamped lines (traffic,
            // weather, a question put to the police) tell none
            var stamped = StampedAttacks(doc, told);
            var timed = stamped.Count >= 2 || counted < 2 ? stamped
                : told.Where(s => (s.Events.Count > 0 || s.Casualties.Any(c => c.Value > 0)) && TellsTimeOfDay(doc, s)
                                  && !_followUps.IsFollowUp(doc, s)).ToList();
            if (timed.Count < 2 || (counted >= 2 && timed.Count > counted)) continue;
            // parts of the timeline: each timed sentence up to the next, the first part also taking what comes before it
            var parts = new List<Frame> { frame };
            for (var i = 1; i < timed.Count; i++)
            {
                parts.Add(new Frame(frame.PlaceMentions[0])
                {
                    Place = frame.Place, ToldSeparately = true, TimedApart = true,
                    Date = frame.Date, DateFromAttack = frame.DateFromAttack,
                });
                if (Trace) Console.Error.WriteLine($"  another time at {frame.Place.Name}: from sentence {timed[i].Sentence.Index}");
            }
            frame.TimedApart = true;
            int PartOf(int index)
            {
                var k = 0;
                while (k + 1 < timed.Count && timed[k + 1].Sentence.Index <= index) k++;
                return k;
            }
            // the target nouns each part names, in all its sentences (a background aside about a victim's post too)
            var nouns = parts.Select(_ => new HashSet<string>(StringComparer.OrdinalIgnoreCase)).ToList();
            foreach (var f in facts.Where(f => !f.IsTitle && !f.IsCaption && f.Sentence.Index >= timed[0].Sentence.Index))
                nouns[PartOf(f.Sentence.Index)].UnionWith(f.Targets.Select(t => Singular(TargetNoun(doc, t))));
            foreach (var f in told)
            {
                var k = PartOf(f.Sentence.Index);
                if (f.Sentence.Index < timed[0].Sentence.Index && f.Casualties.Any(c => c.Value > 0))
                {
                    var own = f.Targets.Select(t => Singular(TargetNoun(doc, t))).ToHashSet(StringComparer.OrdinalIgnoreCase);
                    k = own.Count == 0 ? 0 : Enumerable.Range(0, parts.Count).FirstOrDefault(j => nouns[j].Overlaps(own));
                }
                if (k == 0) continue;
                frame.MoveSentenceTo(parts[k], f);
            }
            foreach (var part in parts.Skip(1)) part.Sentences.Sort((a, b) => a.Sentence.Index.CompareTo(b.Sentence.Index));
            if (stamped.Count >= 2) DateAfterMidnight(doc, timed, parts);
            else DateAfterMidnightWord(doc, timed, parts);
            frames.AddRange(parts.Skip(1));
        }
    }

    /// <summary>
    /// The most attacks the article counts in words of a series (waves.tsv kind wave with a figure: "four attacks", "the
    /// last of three bombings"), in a sentence not of the background; 0 when it counts none ("a series of blasts").
    /// </summary>
    private static int CountedAttacks(AnnotatedDocument doc, List<SentenceFacts> facts) =>
        facts.Where(f => !f.IsBackground)
            .SelectMany(f => doc.CuesIn(f.Sentence.Span, CueKind.Wave).Where(c => c.As<string>() == "wave"))
            .SelectMany(c => doc.NumbersIn(new TextSpan(c.Start, c.End)))
            .Select(n => n.Value ?? 0).DefaultIfEmpty(0).Max();

    /// <summary>
    /// The entries of a timeline page ("2026 in X", a chronology): lines that open on a day or a month, perhaps after a
    /// bullet, a weekday or a range's first day, perhaps with an aside in brackets, then a colon or a spaced dash and the
    /// entry's own text ("19 April - A man stabbed ...", "April 19: ...", "October (date uncertain) - Shots ...").
    /// Each entry is its opening sentence and the sentences after it on its line: they tell that entry's event on the
    /// entry's own day, never the page's news or the next entry's. Keyed by sentence index; the opener maps to itself.
    /// Empty unless the page has at least <see cref="MinTimelineEntries"/> such lines (a wire's dated paragraph is none).
    /// </summary>
    private static Dictionary<int, (int Opener, DateMention Day)> TimelineEntries(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var entries = new Dictionary<int, (int Opener, DateMention Day)>();
        var openers = 0;
        (int Opener, DateMention Day, int Paragraph, bool Heading)? current = null;
        var previousEnd = 0;
        foreach (var f in facts.OrderBy(f => f.Sentence.Start))
        {
            if (EntryOpening(doc, f) is { } day)
            {
                if (entries.ContainsKey(f.Sentence.Index)) continue;
                current = (f.Sentence.Index, day, f.Sentence.Paragraph, HeadingOnlyEntry(doc, f));
                openers++;
                entries[f.Sentence.Index] = (f.Sentence.Index, day);
            }
            else if (current is { } c && !f.IsCaption
                     && (f.Sentence.Paragraph == c.Paragraph || c.Heading && !BlankLineBetween(doc.Text, previousEnd, f.Sentence.Start)))
                entries.TryAdd(f.Sentence.Index, (c.Opener, c.Day));
            else current = null;
            previousEnd = f.Sentence.End;
        }
        return openers >= MinTimelineEntries ? entries : [];
    }

    /// <summary>
    /// A timeline entry's opening line that is a heading only: the day and a place or a title after the dash, no word of an
    /// attack nor a figure ("* Jan. 28 - NORTHVILLE, EAST PROVINCE"), the entry's own text on the lines right below it.
    /// Such an entry runs through those lines up to the next blank line (a factbox's items, a chronology's day blocks).
    /// </summary>
    private static bool HeadingOnlyEntry(AnnotatedDocument doc, SentenceFacts f) =>
        f.Events.Count == 0 && f.Casualties.Count == 0
        && LineEnd(doc.Text, f.Sentence.Start) is var end && doc.Text.AsSpan(f.Sentence.End, Math.Max(0, end - f.Sentence.End)).Trim().Length == 0;

    /// <summary>The end of the line <paramref name="at"/> is on (the index of its line break, or the text's end).</summary>
    private static int LineEnd(string text, int at)
    {
        var i = text.IndexOf('\n', Math.Min(at, text.Length));
        return i < 0 ? text.Length : i;
    }

    /// <summary>A blank line (two line breaks with only spaces between) stands between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool BlankLineBetween(string text, int from, int to)
    {
        var breaks = 0;
        for (var i = Math.Max(0, from); i < Math.Min(to, text.Length); i++)
        {
            if (text[i] == '\n') { if (++breaks >= 2) return true; }
            else if (text[i] is not (' ' or '\t' or '\r')) breaks = 0;
        }
        return false;
    }

    /// <summary>
    /// The days that date the attack an entry's opening sentence tells. An entry that opens on a day counted back from
    /// publication (<see cref="DateMention.Ago"/>: "1 day ago - The toll from Thursday's bombing rose ...", a search
    /// result's or a news list's item) opens on the item's age, the day it was posted: a day the sentence gives of its
    /// own dates the attack, the age only when it gives none. Any other entry's day is its event's.
    /// </summary>
    private static List<DateMention> ItemDays(SentenceFacts opener, DateMention entryDay)
    {
        if (!entryDay.Ago) return [entryDay];
        var own = opener.Dates.Where(d => d.Start != entryDay.Start && !d.Since && d.Precision == "day").DistinctBy(d => d.Value).ToList();
        return own.Count > 0 ? own : [entryDay];
    }

    /// <summary>The fewest dated entry lines that make a page a timeline (see <see cref="TimelineEntries"/>).</summary>
    private const int MinTimelineEntries = 3;

    /// <summary>The day or month a timeline's entry line opens on (see <see cref="TimelineEntries"/>); else null.</summary>
    private static DateMention? EntryOpening(AnnotatedDocument doc, SentenceFacts f)
    {
        if (LineOpeningDate(doc, f, d => d.Precision is "day" or "month") is not (var first, var before)) return null;
        var text = doc.Text;
        if (before.Length > 0 && !EntryLead.IsMatch(before) && !IsWeekdayName(before)) return null;
        var rest = text.AsSpan(first.End, f.Sentence.End - first.End).TrimStart(" \t");
        // "October (date not given) - ...": an aside in brackets between the day and the dash
        if (rest.Length > 0 && rest[0] == '(' && rest.IndexOf(')') is var close and > 0) rest = rest[(close + 1)..].TrimStart(" \t");
        if (rest.Length < 2) return null;
        var tail = rest[0] == ':' ? rest[1..] : rest[0] is '-' or '\u2013' or '\u2014' && rest[1] is ' ' ? rest[1..] : default;
        tail = tail.TrimStart(" \t");
        return tail.Length > 0 && char.IsLetterOrDigit(tail[0]) ? first : null;
    }

    /// <summary>What may stand before an entry's day on its line: a bullet, or the first day of a range ("23-24 June").</summary>
    private static readonly System.Text.RegularExpressions.Regex EntryLead =
        new(@"^(?:[-*\u2022\u2013\u2014\u00B7]|\d{1,2}\s*[-\u2013])$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>
    /// A list of bulleted items, each opening on its day ("- 3 May: two held for theft", "* 28.04.2026 archive: ..."),
    /// below a page that heads one day of its own before publication (a log's or a report's title "Duty log, 5 May") and
    /// tells its attack before the list, every item of an earlier day: the list holds other items (a site's recent notes,
    /// an archive), no part of the page's day. Its items are background, so that their days and figures (a traffic
    /// accident's dead) stay off the page's frame. At least <see cref="MinOlderItems"/> such items.
    /// </summary>
    private static List<SentenceFacts> WithOlderListApart(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        if (doc.Published is not { } published) return facts;
        var items = facts.Select(f => (Facts: f, Day: BulletedItemDay(doc, f))).Where(x => x.Day is not null).ToList();
        if (items.Count < MinOlderItems) return facts;
        var listStart = items.Min(x => x.Facts.Sentence.Start);
        var heads = facts.Where(f => !f.IsCaption && f.Sentence.Start < listStart).Take(HeadingSentences)
            .SelectMany(f => f.Dates.Where(d => d is { Precision: "day", Since: false } && d.Date < published && WritesDayOfMonth(doc, d))).DistinctBy(d => d.Date).ToList();
        if (heads is not [var head] || items.Any(x => x.Day!.Date >= head.Date)) return facts;
        if (!facts.Any(f => f.Sentence.Start < listStart && !f.IsTitle && !f.IsCaption && !f.IsBackground && f.HasStrongEvent)) return facts;
        var apart = items.Select(x => x.Facts.Sentence.Index).ToHashSet();
        return facts.Select(f => apart.Contains(f.Sentence.Index) && !f.IsBackground ? f with { IsBackground = true } : f).ToList();
    }

    /// <summary>Fewest bulleted dated items that make a list of other items (<see cref="WithOlderListApart"/>).</summary>
    private const int MinOlderItems = 2;

    /// <summary>The day a bulleted item opens on, a bullet and nothing else before it on its line ("- 3 May: ..."); else null.</summary>
    private static DateMention? BulletedItemDay(AnnotatedDocument doc, SentenceFacts f) =>
        LineOpeningDate(doc, f, d => d.Precision == "day") is (var first, var before) && before.Length == 1 && EntryLead.IsMatch(before) ? first : null;

    /// <summary>
    /// A timeline entry's sentences after its opening one (see <see cref="TimelineEntries"/>) belong to its event: when the
    /// entry is of an earlier day (its opening sentence background), so are they, and their figures, a claim or an
    /// arrest stay off the page's own news.
    /// </summary>
    private static List<SentenceFacts> WithEntriesTogether(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var entries = TimelineEntries(doc, facts);
        if (entries.Count == 0) return facts;
        var background = facts.Where(f => entries.TryGetValue(f.Sentence.Index, out var e) && e.Opener == f.Sentence.Index && f.IsBackground)
            .Select(f => f.Sentence.Index).ToHashSet();
        return facts.Select(f => !f.IsBackground && entries.TryGetValue(f.Sentence.Index, out var e) && e.Opener != f.Sentence.Index && background.Contains(e.Opener)
            ? f with { IsBackground = true } : f).ToList();
    }
}

