using Sitrep.Cleaning;
using Sitrep.Model;

namespace Sitrep.Tests.Cleaning;

/// <summary>
/// An e-mail body in quoted-printable transfer encoding (src/Sitrep.Core/Cleaning/QuotedPrintable.cs) is cleaned
/// decoded: soft line breaks removed, "=XX" escapes turned back into their characters. Our own words.
/// </summary>
public class QuotedPrintableTests
{
    /// <summary>name → (original text, cleaned text).</summary>
    private static readonly Dictionary<string, (string Original, string Cleaned)> Cases = new()
    {
        ["soft breaks inside words are joined, escapes decoded"] = (
            "Weekly Letter =E2=80=94 issue 4\n\nOn Friday a grenade hit the ferry termi=\nnal at Elmwood; the port=\n=E2=80=99s guard said two porters were hur=\nt.=20\n",
            "Weekly Letter \u2014 issue 4\n\nOn Friday a grenade hit the ferry terminal at Elmwood; the port\u2019s guard said two porters were hurt."),
        // a character's bytes split by a soft break are still one character
        ["a character split across a soft break"] = (
            "They called it =E2=80=9Ca warning=E2=80=\n=9D, no more.=20\nThe=\n mayor agreed.\n",
            "They called it \u201Ca warning\u201D, no more.\nThe mayor agreed."),
        // a heading's underline and an equation are no soft breaks; one escape alone decodes nothing
        ["a plain text with equals signs is left alone"] = (
            "Results\n=======\nThe sum x=\ny was 3D=3D.\n",
            "Results\n=======\nThe sum x=\ny was 3D=3D."),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Cleans_the_decoded_text(string name)
    {
        var (original, cleaned) = Cases[name];
        var document = BoilerplateCleaner.Clean(new Article("a", original, "News"));
        Assert.Equal(cleaned, document.Text);
        AssertMapsBack(document);
    }

    [Fact]
    public void A_decoded_character_maps_to_its_escape()
    {
        var original = "the port=\n=E2=80=99s guard=20\nsaid no=\nthing.\n";
        var (text, map) = QuotedPrintable.Decode(original);
        Assert.Equal("the port\u2019s guard \nsaid nothing.\n", text);
        Assert.Equal(original.IndexOf("=E2", StringComparison.Ordinal), map.ToOriginal(text.IndexOf('\u2019')));
        Assert.Equal(original.IndexOf("thing", StringComparison.Ordinal), map.ToOriginal(text.IndexOf("thing", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("a line=\nbroken twice=\nand =E2=80=94 two escapes=3D\n", true)]
    [InlineData("a line=\nbroken twice=\nbut no escape\n", false)]
    [InlineData("Title\n=====\nand x=3D, y=3D\n", false)]
    public void Tells_a_quoted_printable_text(string text, bool expected) => Assert.Equal(expected, QuotedPrintable.IsEncoded(text));

    /// <summary>Every kept character maps back to the same character; a decoded one to the "=" of its escape.</summary>
    private static void AssertMapsBack(Document document)
    {
        for (var i = 0; i < document.Text.Length; i++)
        {
            var at = document.ToOriginal(new TextSpan(i, i + 1)).Start;
            var c = document.Text[i];
            Assert.True(c is '\n' or ' ' || document.Original[at] == c || document.Original[at] == '=', $"char {i} '{c}' maps to '{document.Original[at]}'");
        }
        Assert.Equal(document.Text.Length, document.Map.CleanedLength);
    }
}
