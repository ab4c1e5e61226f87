namespace Sitrep.Evaluation;

/// <summary>
/// How the reference scorer (tools/score.py) compares perpetrator names: case, accents, hyphens, spacing and a
/// leading "the" folded, and the aliases below mapped to one canonical name. The table is the scorer's, copied as
/// data; keep it equal to <c>ALIASES</c> in score.py.
/// </summary>
public static class ActorNames
{
    /// <summary>score.py's <c>ALIASES</c>: canonical name and the other names that mean the same actor.</summary>
    public static IReadOnlyList<(string Canonical, string[] Aliases)> Aliases { get; } =
    [
        ("islamic state", ["isis", "isil", "is", "daesh", "da'ish", "daish", "islamic state group",
                           "islamic state of iraq and the levant", "islamic state of iraq and syria",
                           "islamic state of iraq and al sham", "islamic state (is)"]),
        ("al qaeda", ["al qaida", "al qa'ida", "alqaeda", "al qaeda central"]),
        ("al qaeda in the arabian peninsula", ["aqap"]),
        ("al qaeda in the islamic maghreb", ["aqim"]),
        ("al shabaab", ["al shabab", "harakat al shabaab al mujahideen", "shabaab"]),
        ("boko haram", ["jama'atu ahlis sunna lidda'awati wal jihad", "jas"]),
        ("islamic state west africa province", ["iswap", "islamic state in west africa"]),
        ("taliban", ["afghan taliban", "islamic emirate of afghanistan"]),
        ("tehrik i taliban pakistan", ["ttp", "pakistani taliban", "tehreek e taliban pakistan"]),
        ("houthis", ["ansar allah", "houthi rebels", "houthi"]),
        ("provisional irish republican army", ["ira", "provisional ira", "pira", "provos", "irish republican army"]),
        ("national liberation army", ["eln", "ejercito de liberacion nacional", "national liberation army (eln)"]),
        ("eta", ["euskadi ta askatasuna"]),
        ("hayat tahrir al sham", ["hts", "tahrir al sham"]),
        ("al nusra front", ["jabhat al nusra", "nusra front", "al nusra"]),
        ("kurdistan workers' party", ["pkk"]),
        ("hamas", ["harakat al muqawama al islamiya"]),
        ("hezbollah", ["hizbollah", "hizballah"]),
    ];

    private static readonly Lazy<Dictionary<string, string>> Fold = new(() =>
    {
        var fold = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, aliases) in Aliases)
        {
            foreach (var alias in aliases.Append(canonical)) fold[Key(alias)] = Key(canonical);
        }
        return fold;
    });

    /// <summary>score.py's <c>_key</c>: NFKD to ASCII, lower case, hyphens as spaces, spaces collapsed, a leading "the " dropped.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var s = PythonText.NfkdAscii(name).ToLowerInvariant().Replace('\u2019', '\'').Replace('-', ' ');
        s = string.Join(' ', Words(s));
        return s.StartsWith("the ", StringComparison.Ordinal) ? s[4..] : s;
    }

    /// <summary>Python's <c>s.split()</c> of an ASCII string.</summary>
    private static List<string> Words(string s)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= s.Length; i++)
        {
            var space = i == s.Length || PythonText.IsAsciiSpace(s[i]);
            if (space && start >= 0)
            {
                words.Add(s[start..i]);
                start = -1;
            }
            else if (!space && start < 0)
            {
                start = i;
            }
        }
        return words;
    }

    /// <summary>score.py's <c>fold_actor</c>: the canonical key of a name, or null for no name.</summary>
    public static string? Canonical(string? name)
    {
        if (string.IsNullOrEmpty(name)) return null;
        var key = Key(name);
        return Fold.Value.TryGetValue(key, out var canonical) ? canonical : key;
    }

    /// <summary>Whether two names denote the same actor as the scorer sees it.</summary>
    public static bool Same(string? a, string? b) => Canonical(a) == Canonical(b);
}
