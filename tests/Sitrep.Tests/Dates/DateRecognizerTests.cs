using Sitrep.Annotation;
using Sitrep.Annotation.Dates;
using Sitrep.Tests.Numbers;

namespace Sitrep.Tests.Dates;

public class DateRecognizerTests
{
    private static readonly DateRecognizer Recognizer = DateRecognizer.Default;

    public static IEnumerable<object[]> Spec() => SpecFile.Cases("Dates", "dates.spec.tsv", 3);

    /// <summary>One line of dates.spec.tsv: publication day, text, and every date found in it, in order.</summary>
    [Theory]
    [MemberData(nameof(Spec))]
    public void Recognizes_the_spec(int line, string published, string input, string expected)
    {
        DateOnly? day = published == "-" ? null : DateOnly.ParseExact(published, "yyyy-MM-dd");
        var actual = Render(input, Recognizer.Recognize(input, day));
        Assert.True(expected == actual, $"dates.spec.tsv:{line}: {input}\n  expected: {expected}\n  actual:   {actual}");
    }

    public static string Render(string text, IReadOnlyList<DateMention> mentions) =>
        mentions.Count == 0 ? "-" : string.Join(" ; ", mentions.Select(m => $"{text[m.Start..m.End]} = {m.Value}" + (m.Since ? " since" : "")));

    [Fact]
    public void Offsets_are_absolute_within_a_slice()
    {
        const string text = "On Monday talks began. Yesterday a bomb went off.";
        var from = text.IndexOf("Yesterday", StringComparison.Ordinal);
        var m = Assert.Single(Recognizer.Recognize(text, new DateOnly(2016, 9, 7), from));
        Assert.Equal((from, from + "Yesterday".Length), (m.Start, m.End));
        Assert.Equal(new DateOnly(2016, 9, 6), m.Date);
        Assert.Equal("day", m.Precision);
    }

    [Fact]
    public void Every_month_of_the_lexicon_resolves_in_a_full_date()
    {
        foreach (var (_, f) in global::Sitrep.Lexicons.TsvFile.Read(DataFiles.PathOf("lexicons", "dates.tsv"), 2))
        {
            if (f[0] != "month") continue;
            var name = char.ToUpperInvariant(f[1][0]) + f[1][1..];
            var text = $"on 5 {name} 2016";
            var m = Assert.Single(Recognizer.Recognize(text, null));
            Assert.True(m.Date == new DateOnly(2016, int.Parse(f[2]), 5), $"{text}: {m}");
        }
    }

    [Fact]
    public void Every_weekday_of_the_lexicon_resolves_to_its_day()
    {
        var published = new DateOnly(2016, 9, 11); // a Sunday: Monday..Sunday are 5..11 September
        foreach (var (_, f) in global::Sitrep.Lexicons.TsvFile.Read(DataFiles.PathOf("lexicons", "dates.tsv"), 2))
        {
            if (f[0] != "weekday") continue;
            var name = char.ToUpperInvariant(f[1][0]) + f[1][1..];
            var day = 4 + int.Parse(f[2]);
            if (f.Length > 3 && f[3].Contains("dated"))
            {
                // a weekday of another language: nothing alone, and beside a numeric date it picks day/month or month/day
                Assert.Empty(Recognizer.Recognize($"on {name} troops moved", published));
                var beside = Assert.Single(Recognizer.Recognize($"on {name} ({day}/9/2016) troops moved", published));
                Assert.True(beside.Date == new DateOnly(2016, 9, day), $"{name}: {beside}");
                continue;
            }
            var m = Assert.Single(Recognizer.Recognize($"on {name} troops moved", published));
            Assert.True(m.Date == new DateOnly(2016, 9, day), $"{name}: {m}");
        }
    }

    [Fact]
    public void Every_relative_expression_of_the_lexicon_resolves()
    {
        var published = new DateOnly(2016, 9, 7);
        foreach (var (_, f) in global::Sitrep.Lexicons.TsvFile.Read(DataFiles.PathOf("lexicons", "dates.tsv"), 2))
        {
            if (f[0] != "relative") continue;
            var text = $"Troops moved {f[1]} near the town.";
            var m = Assert.Single(Recognizer.Recognize(text, published));
            Assert.True(text[m.Start..m.End] == f[1] && m.Precision == f[3], $"{text}: {m}");
        }
    }

    [Fact]
    public void A_bad_line_in_the_lexicon_names_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dates-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "month\tjanuary\t1\talone\nmonth\tsmarch\t13\n");
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => DateRecognizer.Load(path, DataFiles.PathOf("lexicons", "numbers.tsv")));
            Assert.Contains($"{path}:2", e.Message);
        }
        finally { File.Delete(path); }
    }
}
