using Sitrep.Annotation;

namespace Sitrep.Tests.Annotation;

/// <summary>Where the sentence splitter cuts (src/Sitrep.Core/Annotation/SentenceSplitter.cs). Our own sentences; "|" marks each cut.</summary>
public class SentenceSplitterTests
{
    [Theory]
    [InlineData("The blast hit the market. Ten people died.", "The blast hit the market.|Ten people died.")]
    // titles and initials never end a sentence
    [InlineData("Gen. Ali Khan said so. Dr. Roe agreed.", "Gen. Ali Khan said so.|Dr. Roe agreed.")]
    [InlineData("John F. Kennedy spoke.", "John F. Kennedy spoke.")]
    // a time or a country's abbreviation goes on before a weekday or a name ...
    [InlineData("The truck left at 4:30 p.m. Monday, police said.", "The truck left at 4:30 p.m. Monday, police said.")]
    [InlineData("He joined the U.S. Army in 2001.", "He joined the U.S. Army in 2001.")]
    // ... and ends the sentence before a word that opens one
    [InlineData("The truck left the shop at 4:30 p.m. The building was hit two days later.", "The truck left the shop at 4:30 p.m.|The building was hit two days later.")]
    [InlineData("He had lived in the U.S. He left in 2001.", "He had lived in the U.S.|He left in 2001.")]
    // a figure's qualifier goes on before its figure or time ("approx. 21:30", "ca. 300") and ends a sentence before a word
    [InlineData("Bank raided at the market, 4 May, approx. 21:30", "Bank raided at the market, 4 May, approx. 21:30")]
    [InlineData("A crowd of ca. 300 people gathered. Est. 40 were hurt.", "A crowd of ca. 300 people gathered.|Est. 40 were hurt.")]
    [InlineData("The count was only approx. The police gave no figure.", "The count was only approx.|The police gave no figure.")]
    public void Cuts_between_sentences(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', SentenceSplitter.Split(text).Select(s => s.Of(text))));
}
