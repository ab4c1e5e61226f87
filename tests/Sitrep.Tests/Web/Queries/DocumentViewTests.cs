using Sitrep.Model;
using Sitrep.Queries;

namespace Sitrep.Tests.Web.Queries;

/// <summary>An article's spans: each evidence of the incidents and groups that cite it, with its sentence, in code points.</summary>
public sealed class DocumentViewTests
{
    // Written for this test.
    private const string Text = "\U0001F4F0 Headline\n\nA bomb killed 12 people in Aleppo on Monday, police said. Later, 3 more died. Officials blamed nobody.";

    private static Evidence At(string field, string quote, string document = "doc")
    {
        var start = Text.IndexOf(quote, StringComparison.Ordinal);
        return new Evidence(field, document, start, start + quote.Length, quote);
    }

    private static readonly Incident Incident = new()
    {
        Id = "inc-1",
        Documents = ["doc"],
        Killed = new CasualtyEstimate(12, 12, 15, [new CasualtyFigure(12, "exact", "police", At("killed", "killed 12 people"))]),
        Evidence = [At("location", "Aleppo"), At("killed", "killed 12 people"), At("date", "Monday"), At("other", "zzz", "elsewhere")],
    };

    private static readonly IncidentGroup Group = new() { Id = "grp-1", Documents = ["doc"], Evidence = [At("killed", "3 more died")] };

    private static DocumentView View() => DocumentView.Of(new Article("doc", Text, "Title"), [Incident, Incident with { Id = "inc-2", Documents = ["other"] }], [Group]);

    private static string Slice(int start, int end) => string.Concat(Text.EnumerateRunes().Skip(start).Take(end - start));

    [Fact]
    public void Spans_are_the_evidence_of_the_records_citing_the_document_in_text_order()
    {
        var spans = View().Spans;
        Assert.Equal(["inc-1 killed", "inc-1 location", "inc-1 date", "grp-1 killed"], spans.Select(s => $"{s.Record} {s.Field}"));
    }

    [Fact]
    public void A_figure_keeps_its_value_qualifier_and_source()
    {
        var killed = View().Spans.Single(s => s.Record == "inc-1" && s.Field == "killed");
        Assert.Equal((12, "exact", "police"), (killed.Value, killed.Qualifier, killed.Source));
    }

    [Fact]
    public void Offsets_are_code_points_and_each_span_lies_in_its_sentence()
    {
        var view = View();
        Assert.Equal(Text.Length - 1, view.Length);
        foreach (var s in view.Spans)
        {
            Assert.Equal(s.Quote, Slice(s.Start, s.End));
            Assert.True(s.SentenceStart <= s.Start && s.End <= s.SentenceEnd);
        }
        var killed = view.Spans.First(s => s.Field == "killed");
        Assert.Equal("A bomb killed 12 people in Aleppo on Monday, police said.", Slice(killed.SentenceStart, killed.SentenceEnd));
        var wave = view.Spans.Single(s => s.Record == "grp-1");
        Assert.Equal("Later, 3 more died.", Slice(wave.SentenceStart, wave.SentenceEnd));
    }

    [Fact]
    public void A_span_across_two_sentences_gets_both()
    {
        var across = At("responsibility", "police said. Later");
        var view = DocumentView.Of(new Article("doc", Text), [new Incident { Id = "x", Documents = ["doc"], Evidence = [across] }], []);
        var s = view.Spans.Single();
        Assert.Equal("A bomb killed 12 people in Aleppo on Monday, police said. Later, 3 more died.", Slice(s.SentenceStart, s.SentenceEnd));
    }

    [Fact]
    public void Spans_outside_the_text_are_left_out()
    {
        var bad = new Evidence("date", "doc", Text.Length - 2, Text.Length + 5, "??");
        var view = DocumentView.Of(new Article("doc", Text), [new Incident { Id = "x", Documents = ["doc"], Evidence = [bad] }], []);
        Assert.Empty(view.Spans);
    }
}
