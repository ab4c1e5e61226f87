using Sitrep.Annotation;
using Sitrep.Model;

namespace Sitrep.Queries;

/// <summary>
/// An article as the page shows it: its text as ingested and every evidence span that incidents and groups cite in
/// it, each with its sentence, offsets in code points (<see cref="CodePointIndex"/>).
/// </summary>
public sealed record DocumentView(
    string Id,
    string? Title,
    string? Url,
    string? Outlet,
    DateOnly? Published,
    string Text,
    int Length,
    IReadOnlyList<DocumentSpan> Spans)
{
    /// <summary>The view of <paramref name="article"/> with the spans of the incidents and groups that cite it.</summary>
    public static DocumentView Of(Article article, IEnumerable<Incident> incidents, IEnumerable<IncidentGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var sentences = SentenceSplitter.Split(text);
        var index = new CodePointIndex(text);
        var spans = new List<DocumentSpan>();
        var seen = new HashSet<(string, string, int, int)>();

        void Add(string record, Evidence e, CasualtyFigure? figure)
        {
            if (e.Document != article.Id || e.Start < 0 || e.End > text.Length || e.End < e.Start) return;
            if (!seen.Add((record, e.Field, e.Start, e.End))) return;
            var (sentenceStart, sentenceEnd) = SentenceAround(sentences, e.Start, e.End);
            spans.Add(new DocumentSpan(record, e.Field, index.Of(e.Start), index.Of(e.End), e.Quote,
                index.Of(sentenceStart), index.Of(sentenceEnd), figure?.Value, figure?.Qualifier, figure?.Source));
        }

        void AddRecord(string record, IReadOnlyList<string> documents, CasualtyEstimate? killed, CasualtyEstimate? injured, IReadOnlyList<Evidence> evidence)
        {
            if (!documents.Contains(article.Id)) return;
            // Figures first, so that a figure's span keeps its value and source when the evidence list repeats it.
            foreach (var f in killed?.Reports ?? []) Add(record, f.Evidence with { Field = "killed" }, f);
            foreach (var f in injured?.Reports ?? []) Add(record, f.Evidence with { Field = "injured" }, f);
            foreach (var e in evidence) Add(record, e, null);
        }

        foreach (var i in incidents) AddRecord(i.Id, i.Documents, i.Killed, i.Injured, i.Evidence);
        foreach (var g in groups) AddRecord(g.Id, g.Documents, g.Killed, g.Injured, g.Evidence);
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End != b.End ? b.End.CompareTo(a.End)
            : string.CompareOrdinal(a.Record + "\u0001" + a.Field, b.Record + "\u0001" + b.Field));
        return new DocumentView(article.Id, article.Title, article.Url, article.Outlet, article.Published, text, index.Length, spans);
    }

    /// <summary>The sentences that [start, end) touches, as one UTF-16 range; the span itself when it lies between sentences.</summary>
    internal static (int Start, int End) SentenceAround(IReadOnlyList<Sentence> sentences, int start, int end)
    {
        int from = start, to = end;
        foreach (var s in sentences)
        {
            if (s.End <= start) continue;
            if (s.Start >= Math.Max(end, start + 1)) break;
            from = Math.Min(from, s.Start);
            to = Math.Max(to, s.End);
        }
        return (from, to);
    }
}
