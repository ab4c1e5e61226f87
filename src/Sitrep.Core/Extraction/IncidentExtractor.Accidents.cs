using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;
using Sitrep.Linking;

namespace Sitrep.Extraction;

// IncidentExtractor, part: accidents (see IncidentExtractor.cs for the whole pipeline).
public sealed partial class IncidentExtractor
{
    /// <summary>
    /// An explosion beside the cause of an accident ("a gas cylinder exploded", "a furnace blast", background.tsv kind
    /// accident) is no attack unless a sign of attackers stands beside it: an attack word that is no mere explosion ("bomb",
    /// "grenade", "attack", "rockets"), a claim, an armed group, or an attack sign (function_words.tsv: "militants",
    /// "planted"). The sentence then tells nothing; and when no sentence of the article shows such a sign, neither does any
    /// other sentence ("The explosion injured seven workers"), nor any sentence of an article that names a place where
    /// explosions are mostly accidents ("a blast at a chemical plant", kind accident_site).
    /// </summary>
    private List<SentenceFacts> WithoutAccidents(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var accidents = facts.Select(f => BackgroundCues(doc, f.Sentence.Span).Any(b => b.As<string>() == "accident")).ToList();
        var sites = facts.Any(f => BackgroundCues(doc, f.Sentence.Span).Any(b => b.As<string>() == "accident_site"));
        if (!accidents.Contains(true) && !sites) return facts;
        var cleared = accidents.Contains(true) && facts.Any(f => ClearsFoulPlay(doc, f));
        var signs = facts.Select(f => !cleared && ShowsAttackers(doc, f)).ToList();
        var accidentalArticle = !signs.Contains(true);
        var result = new List<SentenceFacts>(facts.Count);
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (f.Events.Count == 0 || signs[i] || !(accidents[i] || accidentalArticle)) { result.Add(f); continue; }
            if (Trace) Console.Error.WriteLine($"  accident: sentence {f.Sentence.Index} tells no attack");
            result.Add(f with { Events = [] });
        }
        return result;
    }

    /// <summary>
    /// The sentence says no one meant the harm (background.tsv kind no_foul_play: "police found no sign of foul play"). In an
    /// article that names an accident's cause ("a boiler burst at the laundry"), it outweighs any sign of attackers elsewhere
    /// ("a neighbour said it sounded like a bomb", "officials ruled out terrorism"): its explosions tell no attack.
    /// </summary>
    private static bool ClearsFoulPlay(AnnotatedDocument doc, SentenceFacts f) =>
        BackgroundCues(doc, f.Sentence.Span).Any(b => b.As<string>() == "no_foul_play");
}
