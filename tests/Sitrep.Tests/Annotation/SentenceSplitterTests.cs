using Sitrep.Annotation;
using Sitrep.Lexicons;

namespace Sitrep.Tests.Annotation;

/// <summary>Where the sentence splitter cuts (src/Sitrep.Core/Annotation/SentenceSplitter.cs). Our own sentences; "|" marks each cut.</summary>
public class SentenceSplitterTests
{
    [Theory]
    [InlineData("The blast hit the market. Ten people died.", "The blast hit the market.|Ten people died.")]
    // titles and initials never end a sentence
    [InlineData("Gen. Ali Khan said so. Dr. Roe agreed.", "Gen. Ali Khan said so.|Dr. Roe agreed.")]
    [InlineData("John F. Kennedy spoke.", "John F. Kennedy spoke.")]
    [InlineData("The case of State v. Otieno opened. Two men testified.", "The case of State v. Otieno opened.|Two men testified.")]
    // a time or a country's abbreviation goes on before a weekday or a name ...
    [InlineData("The truck left at 4:30 p.m. Monday, police said.", "The truck left at 4:30 p.m. Monday, police said.")]
    [InlineData("He joined the U.S. Army in 2001.", "He joined the U.S. Army in 2001.")]
    // ... and ends the sentence before a word that opens one
    [InlineData("The truck left the shop at 4:30 p.m. The building was hit two days later.", "The truck left the shop at 4:30 p.m.|The building was hit two days later.")]
    [InlineData("He had lived in the U.S. He left in 2001.", "He had lived in the U.S.|He left in 2001.")]
    // a figure's qualifier goes on before its figure or time ("approx. 21:30", "ca. 300") and ends a sentence before a word
    [InlineData("Bank raided at the market, 4 May, approx. 21:30", "Bank raided at the market, 4 May, approx. 21:30")]
    [InlineData("A crowd of ca. 300 people gathered. Est. 40 were hurt.", "A crowd of ca. 300 people gathered.|Est. 40 were hurt.")]
    [InlineData("Row 12 ; 2025-03-04 ; c. 22:40 ; Riverton ; gunfire", "Row 12 ; 2025-03-04 ; c. 22:40 ; Riverton ; gunfire")]
    [InlineData("The count was only approx. The police gave no figure.", "The count was only approx.|The police gave no figure.")]
    // a note's superscript number after the period stays with its sentence, and the next one starts after it
    [InlineData("The mayor was shot at noon.\u00B3 Two guards died.\u2077 Nobody claimed it.", "The mayor was shot at noon.\u00B3|Two guards died.\u2077|Nobody claimed it.")]
    public void Cuts_between_sentences(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', SentenceSplitter.Split(text).Select(s => s.Of(text))));

    /// <summary>
    /// data/lexicons/abbreviations.tsv: every row has a known kind; an abbreviation is written in lower case without its
    /// last period, an opener as it opens a sentence; no row is listed twice.
    /// </summary>
    [Fact]
    public void Every_abbreviation_row_has_a_known_kind_and_the_form_it_is_matched_in()
    {
        var path = DataFiles.PathOf("lexicons", "abbreviations.tsv");
        var rows = TsvFile.Read(path, 2).ToList();
        var bad = rows.Where(r => r.Fields.Length != 2 || r.Fields[0] switch
        {
            "abbreviation" or "final" or "figure" => r.Fields[1] != r.Fields[1].ToLowerInvariant() || r.Fields[1].EndsWith('.') || !char.IsLetter(r.Fields[1][0]),
            "opener" => !char.IsUpper(r.Fields[1][0]),
            _ => true,
        }).Select(r => $"abbreviations.tsv:{r.Line}: {string.Join(" | ", r.Fields)}").ToList();
        Assert.True(bad.Count == 0, "rows with an unknown kind or a wrongly written word:\n" + string.Join('\n', bad));
        var twice = rows.GroupBy(r => (r.Fields[0], r.Fields[1])).Where(g => g.Count() > 1).Select(g => $"{g.Key}").ToList();
        Assert.True(twice.Count == 0, "rows listed twice: " + string.Join(", ", twice));
        // a final abbreviation is one row: it ends no sentence before a name, as an abbreviation does
        var titles = rows.Where(r => r.Fields[0] == "abbreviation").Select(r => r.Fields[1]).ToHashSet();
        Assert.DoesNotContain(rows.Where(r => r.Fields[0] == "final"), r => titles.Contains(r.Fields[1]));
    }
}
