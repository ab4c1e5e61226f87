using Sitrep.Annotation;

namespace Sitrep.Tests.Annotation;

public class AlertPrefixTests
{
    // line (the "|" marks the position asked about) | an alert prefix ends there | the position opens a message
    [Theory]
    [InlineData("[4] 08:19 #2020 |ELM: blast at the depot", true, true)]
    [InlineData("4. 08:19 |ELM: blast at the depot", true, true)]
    [InlineData("(12) |ELM: blast at the depot", true, true)]
    [InlineData("[08.19] |ELM: blast at the depot", true, true)]
    [InlineData("08h19 #ABC |ELM: blast at the depot", true, true)]
    [InlineData("|ELM: blast at the depot", false, true)]
    [InlineData("   |ELM: blast at the depot", false, true)]
    [InlineData("Police said |ELM was calm", false, false)]
    [InlineData("2019 |ELM: blast at the depot", false, false)]
    [InlineData("#2020 08:19 |ELM: the code before the hour is no prefix", false, false)]
    [InlineData("first line\n[2] |ELM: blast", true, true)]
    public void Reads_an_alert_s_prefix(string marked, bool ends, bool opens)
    {
        var at = marked.IndexOf('|');
        var text = marked.Remove(at, 1);
        Assert.Equal(ends, AlertPrefix.EndsAt(text, at));
        Assert.Equal(opens, AlertPrefix.OpensMessage(text, at));
    }

    // a log whose lines are cells between bars (the "^" marks the position asked about): the day and hour, perhaps the
    // sender's code, each closed by a bar, then perhaps the message's kind in capitals
    [Theory]
    [InlineData("2025-03-02 21:10 | OPS | ALERT ^Elm (Hill district): shots at the depot", true, true)]
    [InlineData("2025-03-02 21:10:05 | OPS-UPD | ^Elm: two dead", true, true)]
    [InlineData("2025-03-02 21:10 | ^Elm: two dead", true, true)]
    [InlineData("2025-03-02 21:10 OPS ^Elm: no bar, no log's cell", false, false)]
    [InlineData("2025-03-02 | OPS | ^Elm: a day with no hour", false, false)]
    public void Reads_a_barred_log_line_s_prefix(string marked, bool ends, bool opens)
    {
        var at = marked.IndexOf('^');
        var text = marked.Remove(at, 1);
        Assert.Equal(ends, AlertPrefix.EndsAt(text, at));
        Assert.Equal(opens, AlertPrefix.OpensMessage(text, at));
    }
}
