using Sitrep.Lexicons;

namespace Sitrep.Extraction;

/// <summary>Person nouns of data/lexicons/persons.tsv: victims ("a man"), perpetrators ("six militants") and combatants ("fighters").</summary>
public sealed class PersonNouns
{
    private static readonly Lazy<PersonNouns> LazyDefault = new(() => Load(DataFiles.PathOf("lexicons", "persons.tsv")));
    private readonly Dictionary<string, (string Role, string Number)> _nouns = new(StringComparer.Ordinal);

    public static PersonNouns Default => LazyDefault.Value;

    public static PersonNouns Load(string path)
    {
        var nouns = new PersonNouns();
        foreach (var (_, f) in TsvFile.Read(path, 3)) nouns._nouns[f[0].ToLowerInvariant()] = (f[1], f[2]);
        return nouns;
    }

    public bool IsVictim(string key) => _nouns.TryGetValue(key, out var n) && n.Role == "victim";
    public bool IsSingularVictim(string key) => _nouns.TryGetValue(key, out var n) && n.Role == "victim" && n.Number == "singular";
    /// <summary>A noun that names one victim only right after the figure 1 ("1 (one) citizen died"), never alone (persons.tsv role counted).</summary>
    public bool IsCountedVictim(string key) => _nouns.TryGetValue(key, out var n) && n.Role == "counted";
    public bool IsPerpetrator(string key) => _nouns.TryGetValue(key, out var n) && n.Role == "perpetrator";
    /// <summary>The noun may name the attackers as the doer of an attack verb: a perpetrator ("gunmen") or a combatant ("fighters", "rebels").</summary>
    public bool IsAttacker(string key) => _nouns.TryGetValue(key, out var n) && n.Role is "perpetrator" or "combatant";
    public bool IsSingularPerpetrator(string key) => _nouns.TryGetValue(key, out var n) && n.Role == "perpetrator" && n.Number == "singular";
}
