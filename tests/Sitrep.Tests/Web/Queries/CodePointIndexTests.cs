using Sitrep.Queries;

namespace Sitrep.Tests.Web.Queries;

public sealed class CodePointIndexTests
{
    [Fact]
    public void Indexes_after_a_surrogate_pair_count_it_once()
    {
        var text = "a\U0001F4F0b\U0001D400c";
        var index = new CodePointIndex(text);
        Assert.Equal(5, index.Length);
        // Indexes of characters (not inside a pair), as spans use them: a, 📰, b, 𝐀, c and the end.
        Assert.Equal([0, 1, 2, 3, 4, 5], new[] { 0, 1, 3, 4, 6, 7 }.Select(index.Of));
    }

    [Fact]
    public void Text_without_pairs_keeps_its_indexes()
    {
        var index = new CodePointIndex("Qāmishlī");
        Assert.Equal(8, index.Length);
        Assert.Equal(5, index.Of(5));
    }
}
