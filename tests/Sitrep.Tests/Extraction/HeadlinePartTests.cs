using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// A headline that tells several attacks gives each of them only its own part: the weapons, targets and figures of a
/// clause that names another place, or of a list of the attacks told apart at one place, are not the first attack's.
/// Our own wording.
/// </summary>
public class HeadlinePartTests
{
    /// <summary>title, text → the reports as "place:weapons:targets:killed" (comma-separated, "-" for none), "; "-separated.</summary>
    public static TheoryData<string, string, string> Cases => new()
    {
        // clauses between semicolons: the bomb and its toll in the clause without the town are not the grenade attack's
        { "Roadside bomb toll rises to 5 soldiers; Kassala grenade victims now 9",
          "KASSALA, Sudan (Wire) - The number of people wounded when a man threw a grenade at a bakery in Kassala on Monday rose to nine, police said on Tuesday.\n\n" +
          "Separately, a fifth soldier died in hospital after a roadside bomb hit an army truck near Gedaref on Monday, the army said.",
          "Kassala:grenade:-:0; Al Qadarif:ied:military:5" },
        // a list of the attacks of one night at one town: each keeps the weapon and the target of its own sentences
        { "Night of violence in Kassala: official shot dead, bus set on fire",
          "KASSALA, Sudan (Wire) - A district official was shot dead outside his home in Kassala at about 9 p.m. on Saturday, police said.\n\n" +
          "In a separate attack about two hours later, a group of men doused a parked bus with petrol at the main bus station and set it alight, injuring two passengers.",
          "Kassala:firearm:government:1; Kassala:fire:civilians,transportation:0" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gives_each_attack_its_own_part_of_the_headline(string title, string text, string expected)
    {
        var article = new Article("headline-parts", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2024, 3, 5));
        var reports = ArticleAnalyzer.Default.Analyze(article).Reading.Reports;
        Assert.Equal(expected.Split("; "), reports.Select(r =>
            $"{r.Place?.Name}:{Joined(r.Weapons)}:{Joined(r.Targets)}:{r.Killed.Select(k => k.Value ?? 0).DefaultIfEmpty(0).Max()}"));
    }

    private static string Joined(IReadOnlyList<string> values) => values.Count == 0 ? "-" : string.Join(",", values);
}
