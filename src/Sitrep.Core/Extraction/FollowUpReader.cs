using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;

namespace Sitrep.Extraction;

/// <summary>
/// Rereads an article that reports no attack of its own as a follow-up of an earlier one: an arrest, a charge, a
/// trial, a verdict, a sentence or a funeral ("charged in the 2009 slayings of two women at a diner in Millbrook").
/// Such an article tells of that attack, which is its subject: a sentence of its opening that names both a step
/// (<c>step</c> words of data/lexicons/follow_ups.tsv) and the crime (<c>crime</c> words) is reread as reporting
/// the attack: the crime is its event (type and weapons from the lexicon), its victims are counted ("the killings of
/// three young men", "two counts of murder"), a city it names ("Millbrook police arrested ...") is the attack's
/// place, and the first date it gives ("2009") is the attack's date. The rest of the pipeline then builds the
/// report as for any article.
/// </summary>
public sealed class FollowUpReader
{
    private static readonly Lazy<FollowUpReader> LazyDefault = new(() => Load(DataFiles.PathOf("lexicons", "follow_ups.tsv"), PersonNouns.Default));

    /// <summary>A follow-up names the attack in its opening: its first sentences.</summary>
    public const int OpeningSentences = 4;

    private readonly HashSet<string> _steps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EventCue> _crimes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _plurals = new(StringComparer.Ordinal);
    private readonly PersonNouns _persons;

    private FollowUpReader(PersonNouns persons) => _persons = persons;

    public static FollowUpReader Default => LazyDefault.Value;

    public static FollowUpReader Load(string path, PersonNouns persons)
    {
        var reader = new FollowUpReader(persons);
        foreach (var (line, f) in TsvFile.Read(path, 2))
        {
            switch (f[0])
            {
                case "step": reader._steps.Add(f[1]); break;
                case "crime":
                    if (f.Length < 4) throw new InvalidDataException($"{path}:{line}: a crime needs an event type and weapons");
                    var weapons = f[3] == "-" ? [] : f[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                    reader._crimes[f[1]] = new EventCue(f[2], weapons, Suicide: false, Weak: false, Vehicle: false);
                    break;
                case "plural":
                    if (f.Length < 3) throw new InvalidDataException($"{path}:{line}: a plural needs its singular");
                    reader._plurals[f[1]] = f[2];
                    break;
                default: throw new InvalidDataException($"{path}:{line}: unknown kind '{f[0]}' (step, crime or plural)");
            }
        }
        return reader;
    }

    /// <summary>
    /// The facts with the follow-up sentences reread as reporting the attack, and the attack's date; null when no
    /// sentence of the opening is a follow-up.
    /// </summary>
    public (List<SentenceFacts> Facts, DateMention? Date)? Reread(AnnotatedDocument doc, IReadOnlyList<SentenceFacts> facts)
    {
        var result = new List<SentenceFacts>(facts.Count);
        DateMention? date = null;
        var found = false;
        var opening = 0;
        foreach (var f in facts)
        {
            // the opening: the first sentences with words in them (web addresses and bylines before the text count too)
            if (f.IsCaption || opening++ >= OpeningSentences || Reread(doc, f) is not { } reread) { result.Add(f); continue; }
            found = true;
            date ??= f.Dates.FirstOrDefault(d => !d.Since);
            result.Add(reread);
        }
        return found ? (result, date) : null;
    }

    /// <summary>The sentence names a step after an attack and the crime ("convicted ... of the bombing").</summary>
    public bool IsFollowUp(AnnotatedDocument doc, SentenceFacts f) => Reread(doc, f) is not null;

    private SentenceFacts? Reread(AnnotatedDocument doc, SentenceFacts f)
    {
        var first = doc.WordAt(f.Sentence.Start);
        var last = doc.WordAt(f.Sentence.End) - 1;
        if (last >= doc.Words.Count) last = doc.Words.Count - 1;
        var step = false;
        var crimes = new List<int>();
        for (var w = first; w <= last; w++)
        {
            var key = doc.Words[w].Key;
            step |= _steps.Contains(key);
            if (_crimes.ContainsKey(key) && !(w > first && doc.Words[w - 1].Key == "attempted")) crimes.Add(w);
        }
        if (!step || crimes.Count == 0) return null;

        // the crime that counts its victims ("murder charges in the 2009 slayings of two women"), else the first named
        var counted = f.Casualties.Any(c => c.Kind == CasualtyMention.Killed && c.Value > 0);
        var (crime, victims) = counted ? (crimes[0], null)
            : crimes.Select(c => (Crime: c, Victims: Victims(doc, f, c, last))).FirstOrDefault(c => c.Victims is not null, (crimes[0], null));
        var word = doc.Words[crime];
        var cue = new Cue(CueKind.Event, word.Start, word.End, _crimes[word.Key], crime, crime);
        var events = f.Events.Where(e => !(e.Start <= word.Start && e.End >= word.End)).Append(cue).ToList();
        var casualties = victims is null ? f.Casualties : f.Casualties.Append(victims).ToList();
        var places = f.EventPlaces;
        var others = f.OtherPlaces;
        if (places.Count == 0)
        {
            // "Millbrook police arrested ...": the city the sentence names is where the attack was
            places = others.Where(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City).Take(1).ToList();
            others = others.Except(places).ToList();
        }
        return f with { IsBackground = false, Events = events, Casualties = casualties, EventPlaces = places, OtherPlaces = others };
    }

    /// <summary>
    /// The victims counted by the crime: "the killings of two young women", "murdering three men", or "charged with
    /// two counts of first-degree murder".
    /// </summary>
    private CasualtyMention? Victims(AnnotatedDocument doc, SentenceFacts f, int crime, int last)
    {
        var words = doc.Words;
        var numbers = doc.NumbersIn(f.Sentence.Span).Where(n => n.Value is > 0).ToList();
        NumberMention? NumberAt(int w) => w >= 0 && w < words.Count ? numbers.FirstOrDefault(n => n.Start == words[w].Start) : null;

        var at = crime + 1;
        while (at <= last && words[at].Key is "of" or "the") at++;
        if (NumberAt(at) is { } number)
        {
            for (var w = at + 1; w <= Math.Min(last, at + 4); w++)
            {
                if (!IsVictim(words[w].Key)) continue;
                var span = new TextSpan(words[crime].Start, words[w].End);
                return new CasualtyMention(CasualtyMention.Killed, number.Value, number.Qualifier, span, number.Span);
            }
        }
        // "two counts of first-degree murder": counts of killing, each a victim
        for (var w = Math.Max(doc.WordAt(f.Sentence.Start), crime - 5); w < crime; w++)
        {
            if (words[w].Key is not ("counts" or "count") || w + 1 >= crime || words[w + 1].Key != "of" || NumberAt(w - 1) is not { } counts) continue;
            if (_crimes[words[crime].Key].EventType != "armed_assault" || Enumerable.Range(w + 2, crime - w - 2).Any(x => words[x].Key == "attempted")) continue;
            return new CasualtyMention(CasualtyMention.Killed, counts.Value, counts.Qualifier, new TextSpan(counts.Start, words[crime].End), counts.Span);
        }
        return null;
    }

    private bool IsVictim(string key) =>
        _persons.IsVictim(key) || (_plurals.TryGetValue(key, out var singular) && _persons.IsVictim(singular))
                               || (key.Length > 3 && key.EndsWith('s') && _persons.IsVictim(key[..^1]));
}
