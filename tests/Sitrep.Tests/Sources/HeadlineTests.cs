using Sitrep.Sources;

namespace Sitrep.Tests.Sources;

public class HeadlineTests
{
    [Theory]
    [InlineData("Man hurt in market blast", "Man hurt in market blast")]
    [InlineData("Man hurt in market blast | Example News 7", "Man hurt in market blast")]
    [InlineData("Man hurt in market blast « KXYZ Riverside", "Man hurt in market blast")]
    [InlineData("Man hurt in market blast | Local News | KXYZ", "Man hurt in market blast")]
    [InlineData("Jane Roe, 5 - The Crime Report - Riverside Daily Times", "Jane Roe, 5")]
    [InlineData("2 hurt in shooting on the west side - News - Riverside Star - Riverside, ZZ", "2 hurt in shooting on the west side")]
    [InlineData("Ceasefire - what it means for the north", "Ceasefire - what it means for the north")]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    public void A_title_loses_the_site_names_it_carries(string? title, string? expected) => Assert.Equal(expected, Headline.Of(title));

    [Theory]
    [InlineData("Blast hits market", "Police said two were hurt.", "Blast hits market\n\nPolice said two were hurt.")]
    [InlineData("Blast hits market", "Blast hits market\n\nPolice said two were hurt.", "Blast hits market\n\nPolice said two were hurt.")]
    [InlineData("Blast hits market", "3 min read\n\nBLAST HITS MARKET\n\nPolice said.", "3 min read\n\nBLAST HITS MARKET\n\nPolice said.")]
    [InlineData("Blast hits market | KXYZ", "Police said two were hurt.", "Blast hits market\n\nPolice said two were hurt.")]
    [InlineData(null, "Police said two were hurt.", "Police said two were hurt.")]
    public void The_document_opens_with_its_headline_once(string? title, string body, string expected) =>
        Assert.Equal(expected, Headline.Prepend(title, body));
}
