using Sitrep.Cleaning;
using Sitrep.Model;
using Sitrep.Sources;

namespace Sitrep.Tests.Cleaning;

/// <summary>The scraped seed articles (read at run time from the shared data) come out clean, with true offsets.</summary>
public class SeedCleaningTests
{
    private static readonly string[] Banned = ["Share this article!", "Exit mobile version", "Load Next Story", "Leave a Reply", "3 min read", "You are commenting using", "PHOTO: AFP", "Photo courtesy of"];

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestData.Data("seeds"), "*.txt").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        data.Add("seeds.jsonl");
        return data;
    }

    private static List<Article> Read(string file)
    {
        var errors = new List<ArticleError>();
        var articles = new ArticleReader(errors.Add).Read([TestData.Data("seeds", file)]).ToList();
        Assert.Empty(errors);
        Assert.NotEmpty(articles);
        return articles;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seeds_are_cleaned_of_boilerplate(string file)
    {
        foreach (var article in Read(file))
        {
            var document = BoilerplateCleaner.Clean(article);
            var lines = document.Text.Split('\n');

            Assert.All(Banned, banned => Assert.DoesNotContain(banned, document.Text, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(LineKey.Of(article.Title), LineKey.Of(lines[0]));
            Assert.Equal(1, lines.Count(l => LineKey.Of(l) == LineKey.Of(article.Title)));
            Assert.Equal(lines.Where(l => l.Length > 0).Count(), lines.Where(l => l.Length > 0).Select(l => LineKey.Of(l)).Distinct().Count());
            Assert.True(document.Text.Length > article.Text.Length / 2, "cleaning kept most of the article");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_kept_character_of_a_seed_maps_back_to_the_same_character(string file)
    {
        foreach (var article in Read(file))
            CleanedText.AssertMapsBack(BoilerplateCleaner.Clean(article));
    }
}
