using Sitrep.Cleaning;
using Sitrep.Tests.Sources;

namespace Sitrep.Tests.Cleaning;

public class BoilerplateRulesTests
{
    public static TheoryData<string> DataRows => new(BoilerplateRules.Default.Rules.Select(r => r.Pattern));

    [Theory]
    [MemberData(nameof(DataRows))]
    public void Every_rule_of_the_data_file_matches_its_example(string pattern)
    {
        var rule = BoilerplateRules.Default.Rules.First(r => r.Pattern == pattern);
        Assert.NotNull(rule.Example);
        Assert.NotNull(rule.Match(rule.Example));
        if (rule.Action == BoilerplateAction.Strip)
            Assert.NotEqual(Range.All, rule.Match(rule.Example));
    }

    [Fact]
    public void The_data_file_has_rules_of_every_action()
    {
        var actions = BoilerplateRules.Default.Rules.Select(r => r.Action).ToHashSet();
        Assert.Equal(Enum.GetValues<BoilerplateAction>().ToHashSet(), actions);
    }

    [Theory]
    [InlineData("Exit mobile version", "  exit   MOBILE\u00a0version ", true)]
    [InlineData("Exit mobile version", "Exit mobile version now", false)]
    [InlineData("Read more:*", "READ MORE: the full story", true)]
    [InlineData("Read more:*", "Readers wrote more:", false)]
    [InlineData("/^\\d+ min read$/", "12 min read", true)]
    [InlineData("/^\\d+ min read$/", "She took 12 min reading it", false)]
    public void Patterns_match_whole_lines_prefixes_or_regexes(string pattern, string line, bool matches)
    {
        Assert.Equal(matches, BoilerplateRule.Create(pattern, "drop_line").Match(line.Trim()) is not null);
    }

    [Theory]
    [InlineData("Share\tremove_it", "unknown action \"remove_it\"")]
    [InlineData("/[unclosed/\tdrop_line", "bad regular expression /[unclosed/")]
    [InlineData("Photo: AFP\tstrip", "a strip rule needs a regular expression")]
    [InlineData("*\tdrop_line", "empty pattern")]
    [InlineData("Share", "expected at least 2 tab-separated fields")]
    public void A_bad_row_names_the_file_and_line(string row, string reason)
    {
        using var folder = new TempFolder();
        var path = folder.Write("rules.tsv", "# comment\n\nTweet\tdrop_line\n" + row + "\n");

        var error = Assert.Throws<InvalidDataException>(() => BoilerplateRules.Load(path));

        Assert.StartsWith($"{path}:4: ", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Theory]
    [InlineData("3 min read", true)]
    [InlineData("Leave a Reply", true)]
    [InlineData("Floods cut off mountain villages", false)]
    [InlineData("DAMASCUS:", false)]
    public void Tells_boilerplate_lines(string line, bool expected)
    {
        Assert.Equal(expected, BoilerplateRules.Default.IsBoilerplateLine(line));
    }
}
