using Sitrep.Gazetteer;

namespace Sitrep.Tests.Gazetteer;

public class NameFoldingTests
{
    [Theory]
    [InlineData("Al-Ḩasakah", "al hasakah")]
    [InlineData("Hassakah", "hasakah")]
    [InlineData("Dar‘ā", "dara")]
    [InlineData("Da'ish", "daish")]
    [InlineData("St. Louis", "st louis")]
    [InlineData("Deir ez-Zor", "deir ez zor")]
    [InlineData("ZÜRICH", "zurich")]
    [InlineData("Straße", "strase")]
    public void Fold(string name, string folded) => Assert.Equal(folded, NameFolding.Fold(name));

    [Theory]
    [InlineData("al qamishli", "qamishli")]
    [InlineData("ar raqqah", "raqqah")]
    [InlineData("al bab", null)]
    [InlineData("alexandria", null)]
    public void Without_article(string folded, string? bare) => Assert.Equal(bare, NameFolding.WithoutArticle(folded));
}
