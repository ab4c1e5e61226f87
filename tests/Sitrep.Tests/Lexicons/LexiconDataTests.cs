using Sitrep.Lexicons;

namespace Sitrep.Tests.Lexicons;

/// <summary>
/// Checks the phrase lexicons in data/lexicons: every row parses, every value is in the export contract's
/// vocabulary (../shared/spec/INCIDENTS.md), no phrase has two meanings, and known phrases mean what they should.
/// </summary>
public class LexiconDataTests
{
    private static readonly HashSet<string> ActorTypes = ["jihadist", "insurgent", "separatist", "militia", "state", "criminal", "other"];
    private static readonly HashSet<string> Responsibilities = ["claimed", "attributed", "suspected", "denied", "unclaimed", "trace", "signature"];
    private static readonly HashSet<string> EventTypes = ["bombing", "armed_assault", "assassination", "kidnapping", "air_strike", "shelling", "battle", "other"];
    private static readonly HashSet<string> Weapons = ["vehicle_bomb", "suicide_vest", "ied", "explosive", "firearm", "grenade", "rocket", "mortar", "artillery", "aircraft", "drone", "knife", "fire", "other"];
    private static readonly HashSet<string> EventFlags = ["suicide", "weak", "vehicle", "assault", "blast", "weapon", "act", "generic", "load", "sense", "siege"];
    private static readonly HashSet<string> Targets = ["police", "military", "government", "civilians", "transportation", "health", "utilities", "business", "religious", "education", "journalists", "ngo", "diplomatic", "armed_group", "other"];
    private static readonly HashSet<string> CasualtyKinds = ["killed", "injured", "shot", "stabbed", "treated", "perpetrator_killed", "mixed"];
    private static readonly HashSet<string> Positions = ["after", "before", "around", "victim", "single", "self", "object", "intake", "harm"];
    private static readonly HashSet<string> WaveKinds = ["wave", "total", "separate", "elsewhere", "sameday", "another", "later", "unrelated", "told", "apart", "member", "counted", "onenight", "link"];
    private static readonly HashSet<string> BackgroundKinds = ["aggregate", "past", "past_after", "future", "foiled", "hypothetical", "accident", "hazard", "accident_site", "mishap", "no_foul_play", "no_attack", "not_here", "find", "relic", "ranking", "withdrawn", "refuted", "natural", "counter", "drill", "staged", "rumoured", "neutral"];

    /// <summary>Common words that must never be matched, ignoring case, as an actor's name.</summary>
    private static readonly HashSet<string> CommonWords =
        ["let", "is", "it", "us", "as", "at", "an", "in", "on", "or", "so", "aa", "pa", "me", "he", "we", "all", "army", "police",
         "forces", "rebels", "militants", "government", "regime", "coalition", "state", "front", "movement", "path", "party", "the"];

    // file, number of fields, minimum number of rows
    public static TheoryData<string, int, int> Files => new()
    {
        { "actors.tsv", 3, 120 },
        { "claims.tsv", 2, 60 },
        { "events.tsv", 4, 120 },
        { "targets.tsv", 2, 100 },
        { "casualties.tsv", 3, 50 },
        { "sources.tsv", 2, 60 },
        { "background.tsv", 2, 40 },
        { "waves.tsv", 2, 20 },
    };

    // files whose rows may carry more fields than required: casualties.tsv's count of a "single" phrase ("double homicide": 2)
    // and claims.tsv's series or named mark ("claimed both attacks", "said it had torched")
    private static readonly Dictionary<string, int> OptionalFields = new() { ["casualties.tsv"] = 1, ["claims.tsv"] = 1 };

    private static List<(int Line, string[] Fields)> Rows(string file, int fields) =>
        TsvFile.Read(DataFiles.PathOf("lexicons", file), fields).ToList();

    private static string Key(string phrase) => string.Join(' ', Words.Keys(phrase));

    private static bool IsAllCapitals(string name) => name.Any(char.IsLetter) && !name.Any(char.IsLower);

    private static string[] Names(string[] actorRow) =>
        actorRow[2] == "-" ? [actorRow[0]] : [actorRow[0], .. actorRow[2].Split('|', StringSplitOptions.TrimEntries)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_row_has_its_fields_and_the_file_its_rows(string file, int fields, int minimum)
    {
        var path = DataFiles.PathOf("lexicons", file);
        Assert.StartsWith("#", File.ReadLines(path).First());
        var rows = Rows(file, fields);
        var most = fields + OptionalFields.GetValueOrDefault(file);
        var bad = rows.Where(r => r.Fields.Length < fields || r.Fields.Length > most || r.Fields.Any(f => f.Length == 0))
                      .Select(r => $"{file}:{r.Line}: {string.Join(" | ", r.Fields)}").ToList();
        Assert.True(bad.Count == 0, "rows with a wrong number of fields or an empty field:\n" + string.Join('\n', bad));
        Assert.True(rows.Count >= minimum, $"{file} has {rows.Count} rows, expected at least {minimum}");
        Assert.All(rows, r => Assert.True(Words.Keys(r.Fields[0]).Length > 0, $"{file}:{r.Line}: phrase has no words"));
    }

    [Fact]
    public void No_lexicon_row_is_written_twice()
    {
        var twice = new List<string>();
        foreach (var path in Directory.GetFiles(Path.GetDirectoryName(DataFiles.PathOf("lexicons", "events.tsv"))!, "*.tsv").Order())
        {
            var seen = new Dictionary<string, int>();
            var line = 0;
            foreach (var text in File.ReadLines(path))
            {
                line++;
                if (text.Length == 0 || text.StartsWith('#')) continue;
                if (seen.TryGetValue(text, out var first)) twice.Add($"{Path.GetFileName(path)}:{line}: the row of line {first} again");
                else seen[text] = line;
            }
        }
        Assert.True(twice.Count == 0, string.Join('\n', twice));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void No_phrase_is_listed_twice_with_different_values(string file, int fields, int minimum)
    {
        _ = minimum;
        var seen = new Dictionary<string, (int Line, string Value)>();
        var clashes = new List<string>();
        foreach (var (line, f) in Rows(file, fields))
        {
            var entries = file == "actors.tsv"
                ? Names(f).Select(n => (Phrase: n, Value: f[0]))
                : [(Phrase: f[0], Value: string.Join('\t', f.Skip(1)))];
            foreach (var (phrase, value) in entries)
            {
                var key = Key(phrase);
                if (seen.TryGetValue(key, out var first) && first.Value != value)
                    clashes.Add($"{file}:{line}: '{phrase}' is '{value}' here and '{first.Value}' on line {first.Line}");
                else seen.TryAdd(key, (line, value));
            }
        }
        Assert.True(clashes.Count == 0, string.Join('\n', clashes));
    }

    [Fact]
    public void Actor_types_are_in_the_vocabulary_and_names_are_safe()
    {
        foreach (var (line, f) in Rows("actors.tsv", 3))
        {
            Assert.True(ActorTypes.Contains(f[1]), $"actors.tsv:{line}: unknown type '{f[1]}'");
            foreach (var name in Names(f))
            {
                Assert.False(name.Length == 0, $"actors.tsv:{line}: empty alias");
                Assert.False(name.Contains("Amaq", StringComparison.OrdinalIgnoreCase), $"actors.tsv:{line}: '{name}' is an outlet, not an actor");
                if (!IsAllCapitals(name))
                    Assert.False(CommonWords.Contains(Key(name)), $"actors.tsv:{line}: '{name}' is a common word");
            }
        }
    }

    [Fact]
    public void Claim_values_are_in_the_vocabulary() =>
        Assert.All(Rows("claims.tsv", 2), r => Assert.Contains(r.Fields[1], Responsibilities));

    [Fact]
    public void Claim_series_marks_are_of_claims() =>
        Assert.All(Rows("claims.tsv", 2).Where(r => r.Fields.Length > 2), r => Assert.True((r.Fields[2] is "series" or "named" && r.Fields[1] == "claimed") || (r.Fields[2] == "named" && r.Fields[1] == "denied"), $"claims.tsv:{r.Line}"));

    [Fact]
    public void Event_values_are_in_the_vocabulary()
    {
        foreach (var (line, f) in Rows("events.tsv", 4))
        {
            Assert.True(EventTypes.Contains(f[1]), $"events.tsv:{line}: unknown event_type '{f[1]}'");
            if (f[2] != "-")
                foreach (var w in f[2].Split(','))
                    Assert.True(Weapons.Contains(w), $"events.tsv:{line}: unknown weapon '{w}'");
            if (f[3] != "-")
                foreach (var flag in f[3].Split(','))
                    Assert.True(EventFlags.Contains(flag), $"events.tsv:{line}: unknown flag '{flag}'");
        }
    }

    [Fact]
    public void Target_values_are_in_the_vocabulary() =>
        Assert.All(Rows("targets.tsv", 2), r => Assert.Contains(r.Fields[1], Targets));

    [Fact]
    public void Casualty_values_are_in_the_vocabulary() =>
        Assert.All(Rows("casualties.tsv", 3), r =>
        {
            Assert.Contains(r.Fields[1], CasualtyKinds);
            Assert.Contains(r.Fields[2], Positions);
            // a count belongs to a phrase that names its victims without a figure, and is a small positive number
            if (r.Fields.Length > 3)
                Assert.True(r.Fields[2] == "single" && int.TryParse(r.Fields[3], out var count) && count is > 0 and < 10,
                    $"casualties.tsv:{r.Line}: a count needs position single and a number from 1 to 9");
        });

    [Fact]
    public void Background_values_are_in_the_vocabulary() =>
        Assert.All(Rows("background.tsv", 2), r => Assert.Contains(r.Fields[1], BackgroundKinds));

    [Fact]
    public void Wave_values_are_in_the_vocabulary() =>
        Assert.All(Rows("waves.tsv", 2), r => Assert.Contains(r.Fields[1], WaveKinds));

    // --- lookups -------------------------------------------------------------------------------------

    private static readonly Lazy<Dictionary<string, string>> ActorByName = new(() =>
    {
        var map = new Dictionary<string, string>();
        foreach (var (_, f) in Rows("actors.tsv", 3))
            foreach (var name in Names(f)) map.TryAdd(Key(name), f[0]);
        return map;
    });

    private static Dictionary<string, string[]> Table(string file, int fields)
    {
        var map = new Dictionary<string, string[]>();
        foreach (var (_, f) in Rows(file, fields)) map.TryAdd(Key(f[0]), f[1..]);
        return map;
    }

    private static readonly Lazy<Dictionary<string, string[]>> Claims = new(() => Table("claims.tsv", 2));
    private static readonly Lazy<Dictionary<string, string[]>> Events = new(() => Table("events.tsv", 4));
    private static readonly Lazy<Dictionary<string, string[]>> TargetTable = new(() => Table("targets.tsv", 2));
    private static readonly Lazy<Dictionary<string, string[]>> Casualties = new(() => Table("casualties.tsv", 3));
    private static readonly Lazy<Dictionary<string, string[]>> Sources = new(() => Table("sources.tsv", 2));
    private static readonly Lazy<Dictionary<string, string[]>> Background = new(() => Table("background.tsv", 2));
    private static readonly Lazy<Dictionary<string, string[]>> Waves = new(() => Table("waves.tsv", 2));

    private static string[] Lookup(Lazy<Dictionary<string, string[]>> table, string phrase) =>
        table.Value.TryGetValue(Key(phrase), out var v) ? v : throw new Xunit.Sdk.XunitException($"'{phrase}' is not listed");

    [Theory]
    // the scorer's aliases (../shared/tools/score.py) fold to these canonical names
    [InlineData("Daesh", "Islamic State")]
    [InlineData("Da'ish", "Islamic State")]
    [InlineData("Da’ish", "Islamic State")]
    [InlineData("Daish", "Islamic State")]
    [InlineData("Daech", "Islamic State")]
    [InlineData("ISIS", "Islamic State")]
    [InlineData("ISIL", "Islamic State")]
    [InlineData("IS", "Islamic State")]
    [InlineData("Islamic State group", "Islamic State")]
    [InlineData("Islamic State of Iraq and the Levant", "Islamic State")]
    [InlineData("Islamic State of Iraq and al-Sham", "Islamic State")]
    [InlineData("ISWAP", "Islamic State West Africa Province")]
    [InlineData("Islamic State in West Africa", "Islamic State West Africa Province")]
    [InlineData("IS-K", "Islamic State Khorasan Province")]
    [InlineData("ISKP", "Islamic State Khorasan Province")]
    [InlineData("Sinai Province", "Islamic State Sinai Province")]
    [InlineData("al-Qaida", "al Qaeda")]
    [InlineData("al Qa'ida", "al Qaeda")]
    [InlineData("AQAP", "al Qaeda in the Arabian Peninsula")]
    [InlineData("AQIM", "al Qaeda in the Islamic Maghreb")]
    [InlineData("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin")]
    [InlineData("al-Shabab", "al Shabaab")]
    [InlineData("Shabaab", "al Shabaab")]
    [InlineData("Harakat al-Shabaab al-Mujahideen", "al Shabaab")]
    [InlineData("JAS", "Boko Haram")]
    [InlineData("Afghan Taliban", "Taliban")]
    [InlineData("Islamic Emirate of Afghanistan", "Taliban")]
    [InlineData("TTP", "Tehrik-i-Taliban Pakistan")]
    [InlineData("Pakistani Taliban", "Tehrik-i-Taliban Pakistan")]
    [InlineData("Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan")]
    [InlineData("Ansar Allah", "Houthis")]
    [InlineData("Houthi rebels", "Houthis")]
    [InlineData("IRA", "Provisional Irish Republican Army")]
    [InlineData("Provos", "Provisional Irish Republican Army")]
    [InlineData("Real IRA", "Real Irish Republican Army")]
    [InlineData("ELN", "National Liberation Army")]
    [InlineData("Army of National Liberation", "National Liberation Army")]
    [InlineData("Euskadi Ta Askatasuna", "ETA")]
    [InlineData("HTS", "Hayat Tahrir al-Sham")]
    [InlineData("Jabhat al-Nusra", "al-Nusra Front")]
    [InlineData("Nusra Front", "al-Nusra Front")]
    [InlineData("PKK", "Kurdistan Workers' Party")]
    [InlineData("Kurdistan Workers Party", "Kurdistan Workers' Party")]
    [InlineData("Harakat al-Muqawama al-Islamiya", "Hamas")]
    [InlineData("Hizbollah", "Hezbollah")]
    [InlineData("Hizballah", "Hezbollah")]
    // others
    [InlineData("Sendero Luminoso", "Shining Path")]
    [InlineData("MRTA", "Tupac Amaru Revolutionary Movement")]
    [InlineData("Ejercito del Pueblo Paraguayo", "Paraguayan People's Army")]
    [InlineData("Farabundo Marti National Liberation Front", "FMLN")]
    [InlineData("Revolutionary Armed Forces of Colombia", "FARC")]
    [InlineData("the Extraditables", "Extraditables")]
    [InlineData("Medellín cartel", "Medellin cartel")]
    [InlineData("FPMR", "Manuel Rodriguez Patriotic Front")]
    [InlineData("M-19", "April 19 Movement")]
    [InlineData("Naxalites", "Communist Party of India (Maoist)")]
    [InlineData("Tamil Tigers", "Liberation Tigers of Tamil Eelam")]
    [InlineData("Janjaweed", "Janjaweed")]
    [InlineData("RSF", "Rapid Support Forces")]
    [InlineData("Amba boys", "Ambazonian separatists")]
    [InlineData("Fulani herdsmen", "Fulani militants")]
    [InlineData("Lashkar-e-Toiba", "Lashkar-e-Taiba")]
    [InlineData("Jaish-e-Muhammad", "Jaish-e-Mohammed")]
    [InlineData("al-Aqsa Martyrs Brigades", "al-Aqsa Martyrs' Brigades")]
    [InlineData("Islamic Jihad", "Palestinian Islamic Jihad")]
    [InlineData("YPG", "People's Protection Units")]
    [InlineData("SDF", "Syrian Democratic Forces")]
    [InlineData("Assad regime", "Syrian government forces")]
    [InlineData("IDF", "Israeli military")]
    [InlineData("U.S. forces", "US military")]
    [InlineData("Saudi-led military coalition", "Saudi-led coalition")]
    [InlineData("Iraqi army", "Iraqi military")]
    [InlineData("Salvadoran army", "Salvadoran armed forces")]
    [InlineData("Colombian military", "Colombian army")]
    [InlineData("Polisario", "Polisario Front")]
    [InlineData("GIA", "Armed Islamic Group")]
    [InlineData("Hizb-i-Islami", "Hezb-e-Islami")]
    [InlineData("JMB", "Jamaat-ul-Mujahideen Bangladesh")]
    [InlineData("Fateh", "Fatah")]
    [InlineData("Mujahedin-e Khalq", "People's Mujahedin of Iran")]
    [InlineData("SPLA", "Sudan People's Liberation Army")]
    [InlineData("RENAMO", "Mozambican National Resistance")]
    [InlineData("FPL", "Popular Liberation Forces")]
    [InlineData("Quintin Lame", "Quintin Lame Armed Movement")]
    [InlineData("CNPZ", "Nestor Paz Zamora Commission")]
    [InlineData("MPC", "Mouvement patriotique pour la Centrafrique")]
    [InlineData("Patriotic Movement for Central Africa", "Mouvement patriotique pour la Centrafrique")]
    [InlineData("Resistance for the Rule of Law in Burundi", "RED-Tabara")]
    [InlineData("Red Tabara", "RED-Tabara")]
    [InlineData("FNL", "National Forces of Liberation")]
    [InlineData("UPC", "Union for Peace in the Central African Republic")]
    [InlineData("FACA", "Central African armed forces")]
    [InlineData("Algerian troops", "Algerian army")]
    // street gangs of Central America and a state's border forces, by their other names
    [InlineData("Pandilla 18", "Barrio 18")]
    [InlineData("Mara Salvatrucha 13", "MS-13")]
    [InlineData("Kyrgyz border troops", "Kyrgyz military")]
    [InlineData("Tajik side", "Tajik military")]
    [InlineData("Militarizado Partido Comunista del Perú", "Militarized Communist Party of Peru")]
    // a name several groups share, or a splinter, is an actor of its own, not one of its groups or its parent
    [InlineData("Daulah Islamiyah", "Dawlah Islamiyah")]
    [InlineData("Dawlah Islamiyah-Lanao", "Maute group")]
    [InlineData("Maoist rebels", "Maoists")]
    [InlineData("FARC dissidents", "FARC dissidents")]
    [InlineData("SPLA-IO", "Sudan People's Liberation Movement-in-Opposition")]
    [InlineData("SPLM-N", "Sudan People's Liberation Movement-North")]
    [InlineData("Civilian JTF", "Civilian Joint Task Force")]
    [InlineData("Niger Delta Avengers", "Niger Delta Avengers")]
    [InlineData("Oromo Liberation Front", "Oromo Liberation Front")]
    public void Actor_names_fold_to_their_canonical_name(string name, string canonical)
    {
        Assert.True(ActorByName.Value.TryGetValue(Key(name), out var found), $"'{name}' is not listed");
        Assert.Equal(canonical, found);
    }

    /// <summary>One case per row of actors.tsv: its line number and canonical name.</summary>
    public static TheoryData<int, string> ActorRows()
    {
        var data = new TheoryData<int, string>();
        foreach (var (line, f) in Rows("actors.tsv", 3)) data.Add(line, f[0]);
        return data;
    }

    [Theory]
    [MemberData(nameof(ActorRows))]
    public void Every_name_of_a_catalogue_row_is_read_as_its_actor(int line, string canonical)
    {
        var row = Rows("actors.tsv", 3).Single(r => r.Line == line).Fields;
        foreach (var name in Names(row))
        {
            string? found;
            if (IsAllCapitals(name)) found = LexiconSet.Default.CaseSensitiveActors.TryGetValue(name, out var a) ? a.Canonical : null;
            else
            {
                var words = Words.Of(name);
                var matches = LexiconSet.Default.Actors.Matches(words);
                found = matches.Count == 1 && matches[0].First == 0 && matches[0].Last == words.Count - 1 ? matches[0].Value.Canonical : null;
            }
            Assert.True(found == canonical, $"actors.tsv:{line}: '{name}' is read as '{found}', not '{canonical}'");
        }
    }

    /// <summary>A row whose aliases are "-" has none: the dash names no actor.</summary>
    [Fact]
    public void A_dash_names_no_actor() => Assert.Empty(LexiconSet.Default.Actors.Matches(Words.Of("Troops - and police - patrolled the town")));

    [Theory]
    [InlineData("Amaq")]
    [InlineData("Amaq news agency")]
    [InlineData("Nashir")]
    [InlineData("state media")]
    public void Outlets_are_not_actors(string name) => Assert.False(ActorByName.Value.ContainsKey(Key(name)));

    [Theory]
    [InlineData("claimed responsibility", "claimed")]
    [InlineData("claimed by", "claimed")]
    [InlineData("took responsibility", "claimed")]
    [InlineData("said it carried out", "claimed")]
    [InlineData("via its Amaq news agency", "claimed")]
    [InlineData("blamed", "attributed")]
    [InlineData("accused", "attributed")]
    [InlineData("attributed the attack to", "attributed")]
    [InlineData("was behind", "attributed")]
    [InlineData("likely behind", "suspected")]
    [InlineData("believed to be behind", "suspected")]
    [InlineData("bore the hallmarks", "suspected")]
    [InlineData("bears the signature", "suspected")]
    [InlineData("denied responsibility", "denied")]
    [InlineData("denied involvement", "denied")]
    [InlineData("has not yet claimed", "unclaimed")]
    [InlineData("claimed authorship", "claimed")]
    [InlineData("says its fighters", "claimed")]
    [InlineData("claimed to have carried out", "claimed")]
    [InlineData("claims attack", "claimed")]
    [InlineData("claiming to be the attackers", "claimed")]
    [InlineData("attributes", "attributed")]
    [InlineData("is responsible for", "attributed")]
    [InlineData("might have been carried out by", "suspected")]
    [InlineData("neither claimed nor denied", "unclaimed")]
    [InlineData("no group has claimed", "unclaimed")]
    [InlineData("assumes the responsibility", "claimed")]
    [InlineData("launched by", "attributed")]
    [InlineData("line of investigation", "suspected")]
    [InlineData("was linked to", "suspected")]
    [InlineData("no one has claimed", "unclaimed")]
    [InlineData("no group had claimed", "unclaimed")]
    [InlineData("nobody had yet claimed", "unclaimed")]
    public void Claim_phrases_have_their_responsibility(string phrase, string responsibility) =>
        Assert.Equal(responsibility, Lookup(Claims, phrase)[0]);

    [Theory]
    [InlineData("No group has claimed responsibility for the attack", "unclaimed")]
    [InlineData("The jihadists claimed responsibility via its Amaq news agency", "claimed")]
    [InlineData("Police said it was not immediately clear who was behind the blast", "unclaimed")]
    [InlineData("Officials said the Taliban were behind the attack", "attributed")]
    [InlineData("The group denied it was behind the bombing", "denied")]
    [InlineData("The group said it was behind the bombing", "claimed")]
    [InlineData("A caller claimed they were responsible for the blast", "claimed")]
    [InlineData("Officials said the blast may have been carried out by the Front", "suspected")]
    [InlineData("The rebels have neither claimed nor denied responsibility", "unclaimed")]
    [InlineData("Nobody yet knows who is responsible for the blast", "unclaimed")]
    [InlineData("No group had claimed the ambush by Sunday night", "unclaimed")]
    [InlineData("No one had yet claimed the bombings when the curfew began", "unclaimed")]
    [InlineData("The Front said in a statement on its Telegram channels that its men had planted the mine", "claimed")]
    [InlineData("Rebel video boasts of a dozen dead soldiers", "claimed")]
    [InlineData("The movement has nothing to do with the blast at the depot", "denied")]
    [InlineData("The rebels rejected the accusation in a post online", "denied")]
    [InlineData("The group, blamed at first by police, later claimed it", "attributed")]
    [InlineData("The group later claimed it", "claimed")]
    [InlineData("Investigators suspect the Front", "suspected")]
    // a state force owning its strike
    [InlineData("The air force said its aircraft had hit a rebel depot", "claimed")]
    [InlineData("The navy said it had struck a smuggling boat", "claimed")]
    [InlineData("The ministry says it targeted a militia leader", "claimed")]
    public void Longer_claim_phrases_win_over_shorter_ones(string text, string responsibility)
    {
        var matcher = new PhraseMatcher<string>();
        foreach (var (_, f) in Rows("claims.tsv", 2)) matcher.Add(f[0], f[1]);
        var first = matcher.Matches(Words.Of(text)).First();
        Assert.Equal(responsibility, first.Value);
    }

    [Theory]
    [InlineData("The Front claimed the \"two blessed operations\" of the weekend", "claimed the \"two blessed operations", true)]
    [InlineData("The Front claimed both deadly attacks on Friday", "claimed both deadly attacks", true)]
    [InlineData("The Front claimed the two attacks", "claimed the two attacks", true)]
    [InlineData("The Front claimed the brazen attack", "claimed the brazen attack", false)]
    [InlineData("The Front claimed the attack", "claimed the attack", false)]
    public void Claim_phrases_pass_over_describing_words_and_quotes(string text, string matched, bool series)
    {
        var words = Words.Of(text);
        var claim = LexiconSet.Default.Claims.Matches(words).First();
        Assert.Equal(matched, text[claim.Start..claim.End]);
        Assert.Equal(series, LexiconSet.Default.SeriesClaims.MatchAt(words, claim.First) is { } m && m.Last == claim.Last);
    }

    [Theory]
    // a longer name that starts inside a shorter one and runs past it is the actor named
    [InlineData("Rebels of the Colombian Army of National Liberation blew up a pipeline", "National Liberation Army")]
    // no overlap: the earliest name stays
    [InlineData("Colombian army troops clashed with the rebels", "Colombian army")]
    [InlineData("Salvadoran army units shelled the hills", "Salvadoran armed forces")]
    // a name's possessive holds the name
    [InlineData("The Islamic State's branch in the region said so", "Islamic State")]
    [InlineData("A Taliban’s commander spoke", "Taliban")]
    [InlineData("Troops fought Dawlah Islamiyah-Maute gunmen near the lake", "Maute group")]
    [InlineData("Troops fought Dawlah Islamiyah gunmen near the river", "Dawlah Islamiyah")]
    [InlineData("Remnants of the Militarized Communist Party of Peru fired on a patrol", "Militarized Communist Party of Peru")]
    public void Longer_actor_names_win_over_overlapping_ones(string text, string canonical) =>
        Assert.Equal(canonical, LexiconSet.Default.Actors.Matches(Words.Of(text)).First().Value.Canonical);

    [Theory]
    [InlineData("car bomb", "bombing", "vehicle_bomb", "weapon")]
    [InlineData("car-bomb", "bombing", "vehicle_bomb", "weapon")]
    [InlineData("VBIED", "bombing", "vehicle_bomb", "weapon")]
    [InlineData("vehicle-borne improvised explosive device", "bombing", "vehicle_bomb", "weapon")]
    [InlineData("suicide car bomber", "bombing", "vehicle_bomb", "suicide")]
    [InlineData("explosive belt", "bombing", "suicide_vest", "suicide,weapon")]
    [InlineData("roadside bomb", "bombing", "ied", "weapon")]
    [InlineData("IED", "bombing", "ied", "weapon")]
    [InlineData("self-made explosive device", "bombing", "ied", "weapon")]
    [InlineData("makeshift bomb", "bombing", "ied", "weapon")]
    [InlineData("home-made explosive device", "bombing", "ied", "weapon")]
    [InlineData("twin blasts", "bombing", "explosive", "-")]
    [InlineData("detonated", "bombing", "explosive", "-")]
    [InlineData("exploded", "bombing", "explosive", "blast")]
    [InlineData("went off", "bombing", "explosive", "weak,blast")]
    [InlineData("bomb", "bombing", "explosive", "weapon")]
    [InlineData("packed with explosives", "bombing", "explosive", "weapon,load")]
    [InlineData("laden with explosives", "bombing", "explosive", "weapon,load")]
    [InlineData("grenade", "bombing", "grenade", "weapon")]
    [InlineData("truck", "bombing", "vehicle_bomb", "vehicle")]
    [InlineData("motorcycle", "bombing", "vehicle_bomb", "vehicle")]
    [InlineData("opened fire", "armed_assault", "firearm", "generic")]
    [InlineData("gunmen", "armed_assault", "firearm", "-")]
    [InlineData("stabbing", "armed_assault", "knife", "-")]
    [InlineData("firearms", "armed_assault", "firearm", "weak,weapon")]
    [InlineData("bullet wounds", "armed_assault", "firearm", "-")]
    [InlineData("machete wounds", "armed_assault", "knife", "-")]
    [InlineData("stab wounds", "armed_assault", "knife", "-")]
    [InlineData("blades", "armed_assault", "knife", "weak,weapon")]
    [InlineData("hacked to death", "armed_assault", "knife", "-")]
    [InlineData("hacking", "armed_assault", "knife", "weak,act")]
    [InlineData("fired several times", "armed_assault", "firearm", "generic")]
    [InlineData("arson", "other", "fire", "-")]
    [InlineData("assassinated", "assassination", "-", "-")]
    [InlineData("abducted", "kidnapping", "-", "-")]
    [InlineData("hostage-taking", "kidnapping", "-", "-")]
    [InlineData("air raid", "air_strike", "aircraft", "-")]
    [InlineData("drone strike", "air_strike", "drone", "-")]
    [InlineData("barrel bombs", "air_strike", "aircraft,explosive", "weapon")]
    [InlineData("mortar", "shelling", "mortar", "weak,weapon")]
    [InlineData("rocket attack", "shelling", "rocket", "-")]
    [InlineData("shelling", "shelling", "artillery", "generic")]
    [InlineData("bombardment", "shelling", "artillery", "generic")]
    [InlineData("artillery fire", "shelling", "artillery", "-")]
    [InlineData("suicide bomber", "bombing", "suicide_vest", "suicide,generic")]
    [InlineData("suicide vest", "bombing", "suicide_vest", "suicide,weapon")]
    [InlineData("full of explosives", "bombing", "explosive", "weapon,load")]
    [InlineData("panga", "armed_assault", "knife", "weak")]
    [InlineData("cutlasses", "armed_assault", "knife", "weak")]
    [InlineData("clashes", "battle", "-", "weak")]
    [InlineData("offensive", "battle", "-", "weak")]
    [InlineData("attacked", "other", "-", "weak,assault,act")]
    [InlineData("raided", "armed_assault", "-", "weak,act")]
    [InlineData("killed", "other", "-", "weak,act")]
    [InlineData("massacre", "armed_assault", "-", "-")]
    [InlineData("machinegun", "armed_assault", "firearm", "weak,weapon")]
    [InlineData("shot on goal", "other", "-", "sense")]
    [InlineData("heart attack", "other", "-", "sense")]
    [InlineData("potential terrorist attacks", "other", "-", "sense")]
    [InlineData("machinegun fire", "armed_assault", "firearm", "-")]
    [InlineData("incendiary bombs", "other", "fire", "weapon")]
    [InlineData("firing rifles", "armed_assault", "firearm", "-")]
    [InlineData("firing automatic rifles", "armed_assault", "firearm", "-")]
    public void Event_phrases_have_their_type_weapons_and_flags(string phrase, string eventType, string weapons, string flags) =>
        Assert.Equal(new[] { eventType, weapons, flags }, Lookup(Events, phrase));

    [Fact]
    public void Vehicle_nouns_are_only_vehicle_bomb_rows()
    {
        foreach (var (line, f) in Rows("events.tsv", 4).Where(r => r.Fields[3].Split(',').Contains("vehicle")))
            Assert.True(f[1] == "bombing" && f[2] == "vehicle_bomb" && f[3] == "vehicle", $"events.tsv:{line}: a vehicle row is bombing, vehicle_bomb, vehicle only");
    }

    [Theory]
    [InlineData("army checkpoint", "military")]
    [InlineData("soldiers", "military")]
    [InlineData("police station", "police")]
    [InlineData("security forces", "police")]
    [InlineData("Kurdish security headquarters", "police")]
    [InlineData("government building", "government")]
    [InlineData("ministry", "government")]
    [InlineData("bus station", "transportation")]
    [InlineData("bus stand", "transportation")]
    [InlineData("bridge", "transportation")]
    [InlineData("airport", "transportation")]
    [InlineData("airplane", "transportation")]
    [InlineData("jetliner", "transportation")]
    [InlineData("hospital", "health")]
    [InlineData("emergency room", "health")]
    [InlineData("power station", "utilities")]
    [InlineData("souq", "business")]
    [InlineData("restaurant", "business")]
    [InlineData("mosque", "religious")]
    [InlineData("church", "religious")]
    [InlineData("school", "education")]
    [InlineData("journalist", "journalists")]
    [InlineData("aid workers", "ngo")]
    [InlineData("embassy", "diplomatic")]
    [InlineData("worshippers", "civilians")]
    [InlineData("shoppers", "civilians")]
    [InlineData("passengers", "civilians")]
    [InlineData("militants", "armed_group")]
    [InlineData("peasants", "civilians")]
    [InlineData("senator", "government")]
    [InlineData("missionaries", "religious")]
    [InlineData("bus driver", "transportation")]
    [InlineData("taxi drivers", "civilians")]
    [InlineData("lorry driver", "civilians")]
    [InlineData("traders", "civilians")]
    [InlineData("village headman", "government")]
    [InlineData("commune headquarters", "government")]
    [InlineData("fuel station", "business")]
    [InlineData("dance hall", "business")]
    [InlineData("armed men", "armed_group")]
    [InlineData("rangers", "military")]
    [InlineData("guesthouse", "business")]
    [InlineData("transmission towers", "utilities")]
    [InlineData("charge office", "police")]
    [InlineData("editor-in-chief", "journalists")]
    [InlineData("editors", "journalists")]
    [InlineData("publisher", "journalists")]
    [InlineData("columnist", "journalists")]
    [InlineData("correspondents", "journalists")]
    [InlineData("photographers", "journalists")]
    [InlineData("visa applicants", "civilians")]
    [InlineData("passport applicant", "civilians")]
    [InlineData("applicants", "civilians")]
    [InlineData("prefecture", "government")]
    [InlineData("administration office", "government")]
    [InlineData("courts complex", "government")]
    [InlineData("customs officer", "government")]
    [InlineData("customs post", "government")]
    [InlineData("forestry checkpoint", "government")]
    [InlineData("cop", "police")]
    [InlineData("motor park", "transportation")]
    [InlineData("main station", "transportation")]
    [InlineData("gas processing plant", "utilities")]
    [InlineData("shopping arcade", "business")]
    public void Target_phrases_have_their_target(string phrase, string target) =>
        Assert.Equal(target, Lookup(TargetTable, phrase)[0]);

    [Theory]
    [InlineData("dead", "killed", "after")]
    [InlineData("fatalities", "killed", "after")]
    [InlineData("were killed", "killed", "after")]
    [InlineData("died", "killed", "after")]
    [InlineData("bodies", "killed", "after")]
    [InlineData("killed", "killed", "around")]
    [InlineData("killing", "killed", "before")]
    [InlineData("death toll rose to", "killed", "before")]
    [InlineData("toll of", "killed", "before")]
    [InlineData("claimed the lives of", "killed", "before")]
    [InlineData("lost their lives", "killed", "after")]
    [InlineData("wounded", "injured", "around")]
    [InlineData("wounding", "injured", "before")]
    [InlineData("injuries", "injured", "after")]
    [InlineData("hospitalised", "injured", "after")]
    [InlineData("hospitalized", "injured", "after")]
    [InlineData("in critical condition", "injured", "after")]
    [InlineData("suffered gunshot wounds", "injured", "after")]
    public void Casualty_phrases_have_their_kind_and_position(string phrase, string kind, string position) =>
        Assert.Equal(new[] { kind, position }, Lookup(Casualties, phrase));

    [Theory]
    [InlineData("state media", "state media")]
    [InlineData("state TV", "state media")]
    [InlineData("SANA", "state media")]
    [InlineData("Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights")]
    [InlineData("the Observatory", "Syrian Observatory for Human Rights")]
    [InlineData("SOHR", "Syrian Observatory for Human Rights")]
    [InlineData("hospital officials", "hospitals")]
    [InlineData("medics", "medical sources")]
    [InlineData("health ministry", "health ministry")]
    [InlineData("interior ministry", "interior ministry")]
    [InlineData("the army", "military")]
    [InlineData("coroner", "coroner")]
    [InlineData("Amaq", "Amaq")]
    [InlineData("Amaq news agency", "Amaq")]
    [InlineData("Amaq Press", "Amaq")]
    [InlineData("Nashir", "Nashir")]
    [InlineData("Al-Naba", "al-Naba")]
    [InlineData("Agence France-Presse", "AFP")]
    [InlineData("Reuters", "Reuters")]
    [InlineData("Associated Press", "AP")]
    public void Source_phrases_have_their_normalized_source(string phrase, string source) =>
        Assert.Equal(source, Lookup(Sources, phrase)[0]);

    [Theory]
    [InlineData("since 2011", "aggregate")]
    [InlineData("since the start of the war", "aggregate")]
    [InlineData("in recent days", "aggregate")]
    [InlineData("so far this year", "aggregate")]
    [InlineData("so far in", "aggregate")]
    [InlineData("war that has killed", "aggregate")]
    [InlineData("in the past", "past")]
    [InlineData("earlier this year", "past")]
    [InlineData("the deadliest since", "past")]
    [InlineData("on its way to carry out", "future")]
    [InlineData("threatened to", "future")]
    [InlineData("may rise", "hypothetical")]
    [InlineData("could", "hypothetical")]
    [InlineData("a previous version of this story", "withdrawn")]
    [InlineData("died in her sleep", "natural")]
    [InlineData("of natural causes", "natural")]
    [InlineData("previously unknown", "neutral")]
    public void Background_phrases_have_their_kind(string phrase, string kind) =>
        Assert.Equal(kind, Lookup(Background, phrase)[0]);

    [Theory]
    [InlineData("series of", "wave")]
    [InlineData("wave of", "wave")]
    [InlineData("spate of", "wave")]
    [InlineData("near simultaneous", "wave")]
    [InlineData("across the country", "wave")]
    [InlineData("a total of", "total")]
    [InlineData("in all", "total")]
    [InlineData("overall", "total")]
    [InlineData("wave total", "total")]
    public void Wave_phrases_have_their_kind(string phrase, string kind) =>
        Assert.Equal(kind, Lookup(Waves, phrase)[0]);
}
