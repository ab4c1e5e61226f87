using System.Text.Json;
using Sitrep.Annotation.Dates;
using Sitrep.Annotation.Numbers;
using Sitrep.Model;

namespace Sitrep.Tests.Numbers;

/// <summary>Runs both recognizers over the shared reference articles (when present) and checks what must always hold.</summary>
public class RealTextInvariantTests
{
    private static readonly HashSet<string> KnownQualifiers =
        [Qualifiers.Exact, Qualifiers.AtLeast, Qualifiers.MoreThan, Qualifiers.AtMost, Qualifiers.Nearly, Qualifiers.About, Qualifiers.Dozens];

    [Theory]
    [InlineData("muc4", "dev.articles.jsonl")]
    [InlineData("muc4", "test.articles.jsonl")]
    public void Mentions_are_sorted_disjoint_and_well_formed(string folder, string file)
    {
        var path = TestData.Data(folder, file);
        if (!File.Exists(path)) return;
        var articles = 0;
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var text = json.RootElement.GetProperty("text").GetString() ?? "";
            DateOnly? published = json.RootElement.TryGetProperty("published", out var p) && DateOnly.TryParse(p.GetString(), out var d) ? d : null;
            var last = 0;
            foreach (var m in NumberRecognizer.Default.Recognize(text))
            {
                Assert.True(m.Start >= last && m.End > m.Start && m.End <= text.Length, $"{file}: {m}");
                Assert.Contains(m.Qualifier, KnownQualifiers);
                Assert.True(m.Value is null == (m.Qualifier == Qualifiers.Dozens), $"{file}: {m}");
                Assert.True(m.High is null || (m.Low == m.Value && m.High > m.Low), $"{file}: {m}");
                last = m.End;
            }
            last = 0;
            foreach (var m in DateRecognizer.Default.Recognize(text, published))
            {
                Assert.True(m.Start >= last && m.End > m.Start && m.End <= text.Length, $"{file}: {m}");
                Assert.Contains(m.Precision, new[] { "day", "month", "year" });
                last = m.End;
            }
            articles++;
        }
        Assert.True(articles > 0);
    }
}
