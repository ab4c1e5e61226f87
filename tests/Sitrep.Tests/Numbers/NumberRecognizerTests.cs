using Sitrep.Annotation;
using Sitrep.Annotation.Numbers;
using Sitrep.Model;

namespace Sitrep.Tests.Numbers;

public class NumberRecognizerTests
{
    private static readonly NumberRecognizer Recognizer = NumberRecognizer.Default;

    public static IEnumerable<object[]> Spec() => SpecFile.Cases("Numbers", "numbers.spec.tsv", 2);

    /// <summary>One line of numbers.spec.tsv: the text and every quantity found in it, in order.</summary>
    [Theory]
    [MemberData(nameof(Spec))]
    public void Recognizes_the_spec(int line, string input, string expected)
    {
        var actual = Render(input, Recognizer.Recognize(input));
        Assert.True(expected == actual, $"numbers.spec.tsv:{line}: {input}\n  expected: {expected}\n  actual:   {actual}");
    }

    /// <summary>"span = value qualifier [low..high]" for each mention, "; " between them, "-" for none.</summary>
    public static string Render(string text, IReadOnlyList<NumberMention> mentions) =>
        mentions.Count == 0 ? "-" : string.Join(" ; ", mentions.Select(m =>
            $"{text[m.Start..m.End]} = {m.Value?.ToString() ?? "null"} {m.Qualifier}" + (m.High is null ? "" : $" {m.Low}..{m.High}")));

    [Fact]
    public void Offsets_are_absolute_within_a_slice()
    {
        const string text = "Twelve died. At least 40 were hurt. About 7 fled.";
        var from = text.IndexOf("At", StringComparison.Ordinal);
        var to = text.IndexOf("About", StringComparison.Ordinal);
        var m = Assert.Single(Recognizer.Recognize(text, from, to));
        Assert.Equal("At least 40", text[m.Start..m.End]);
        Assert.Equal(40, m.Value);
    }

    [Fact]
    public void A_bad_slice_is_an_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Recognizer.Recognize("ten", 2, 10));
    }

    [Fact]
    public void Every_unit_word_of_the_lexicon_is_read_as_its_value()
    {
        var rows = Lexicon("unit").ToList();
        Assert.NotEmpty(rows);
        foreach (var (phrase, value) in rows)
        {
            var text = $"at least {phrase} people";
            var m = Assert.Single(Recognizer.Recognize(text));
            Assert.True(m.Value == int.Parse(value) && m.Qualifier == Qualifiers.AtLeast, $"{text}: {m}");
        }
    }

    [Fact]
    public void Every_ordinal_of_the_lexicon_names_its_place_and_is_no_count()
    {
        var rows = Lexicon("ordinal").ToList();
        Assert.NotEmpty(rows);
        foreach (var (phrase, value) in rows)
        {
            Assert.True(Recognizer.Ordinals.TryGetValue(phrase, out var place) && place == int.Parse(value), $"ordinal '{phrase}'");
            Assert.Empty(Recognizer.Recognize($"a {phrase} soldier died"));
        }
    }

    [Fact]
    public void Every_qualifier_of_the_lexicon_gives_its_contract_value()
    {
        foreach (var kind in new[] { "before", "after" })
        {
            foreach (var (phrase, qualifier) in Lexicon(kind, column: 3))
            {
                var text = kind == "before" ? $"{phrase} 30 people" : $"30 {phrase} people";
                var m = Assert.Single(Recognizer.Recognize(text));
                Assert.True(m.Value == 30 && m.Qualifier == qualifier && text[m.Start..m.End] == text[..^" people".Length], $"{text}: {m}");
            }
        }
    }

    [Fact]
    public void Every_vague_word_of_the_lexicon_has_no_value()
    {
        foreach (var (phrase, _) in Lexicon("vague", column: 1))
        {
            var text = $"Officials said {phrase} people were hurt.";
            var m = Assert.Single(Recognizer.Recognize(text));
            Assert.True(m.Value is null && m.Qualifier == Qualifiers.Dozens && text[m.Start..m.End] == phrase, $"{text}: {m}");
        }
    }

    [Fact]
    public void Every_month_name_makes_its_day_number_not_a_count()
    {
        foreach (var (phrase, _) in Lexicon("month", file: "dates.tsv"))
        {
            var name = char.ToUpperInvariant(phrase[0]) + phrase[1..];
            Assert.Empty(Recognizer.Recognize($"on 14 {name} and on {name}. 27"));
        }
    }

    /// <summary>
    /// Every ending of dates.tsv kind ordinal, glued to a day number before a month, leaves that day written in full,
    /// so a number word after the month is a count ("the 8th March three ..."); an ending the file lacks does not.
    /// </summary>
    [Fact]
    public void Every_ordinal_ending_of_the_dates_file_writes_the_day_before_its_month()
    {
        static string Read(string ending)
        {
            var text = $"On Sunday 8{ending} March three shells fell on the depot.";
            return Render(text, Recognizer.Recognize(text));
        }
        var endings = Lexicon("ordinal", file: "dates.tsv").Select(e => e.Phrase).ToList();
        Assert.NotEmpty(endings);
        foreach (var ending in endings) Assert.Equal("three = 3 exact", Read(ending));
        Assert.Equal("-", Read("xq"));
    }

    [Fact]
    public void A_bad_qualifier_in_the_lexicon_names_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"numbers-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "# test\nunit\tone\t1\nbefore\tat least\t-\tatleast\n");
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => NumberRecognizer.Load(path));
            Assert.Contains($"{path}:3", e.Message);
            Assert.Contains("atleast", e.Message);
        }
        finally { File.Delete(path); }
    }

    /// <summary>The unit words, one word at a time (an hour told in words: "two o'clock"), carry the values of numbers.tsv.</summary>
    [Fact]
    public void Unit_words_are_read_one_word_at_a_time()
    {
        Assert.Equal(2, Recognizer.UnitWords["two"]);
        Assert.Equal(11, Recognizer.UnitWords["Eleven"]);
        Assert.False(Recognizer.UnitWords.ContainsKey("hundred"));
        Assert.All(Lexicon("unit"), u => Assert.Equal(int.Parse(u.Value), Recognizer.UnitWords[u.Phrase]));
    }

    private static IEnumerable<(string Phrase, string Value)> Lexicon(string kind, int column = 2, string file = "numbers.tsv")
    {
        foreach (var (_, f) in global::Sitrep.Lexicons.TsvFile.Read(DataFiles.PathOf("lexicons", file), 2))
            if (f[0] == kind) yield return (f[1], column < f.Length ? f[column] : "");
    }
}
