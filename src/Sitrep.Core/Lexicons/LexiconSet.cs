namespace Sitrep.Lexicons;

/// <summary>
/// The language knowledge of the extractor, read from data/lexicons/*.tsv: event cues, casualty words, targets,
/// claim phrases, sources of figures, background and wave markers, and the actor catalogue.
/// </summary>
public sealed class LexiconSet
{
    private static readonly Lazy<LexiconSet> LazyDefault = new(() => Load(DataFiles.PathOf("lexicons")));

    public static LexiconSet Default => LazyDefault.Value;

    public PhraseMatcher<EventCue> Events { get; } = new();
    public PhraseMatcher<CasualtyCue> Casualties { get; } = new();
    public PhraseMatcher<string> Targets { get; } = new();
    public PhraseMatcher<string> Claims { get; } = new() { PassesQuotes = true };
    /// <summary>
    /// The claim phrases that name every attack of a series (claims.tsv third column <c>series</c>: "claimed both
    /// attacks", "claimed the two * operations"): the claim is of each member of a coordinated wave.
    /// </summary>
    public PhraseMatcher<string> SeriesClaims { get; } = new() { PassesQuotes = true };
    /// <summary>
    /// The claim phrases that say "it", "they" or "the group" for the claimant (claims.tsv third column <c>named</c>: "said
    /// it had torched", "saying the group had set fire"): a claim only when their sentence names the group.
    /// </summary>
    public PhraseMatcher<string> NamedClaims { get; } = new() { PassesQuotes = true };
    public PhraseMatcher<string> Sources { get; } = new();
    public PhraseMatcher<string> Background { get; } = new();
    public PhraseMatcher<string> Waves { get; } = new();
    public PhraseMatcher<string> Captions { get; } = new();
    /// <summary>Words that tie an attack to what it hit ("at", "targeted").</summary>
    public HashSet<string> TargetLinks { get; } = new(StringComparer.Ordinal);
    /// <summary>Link words that are a harm done: after a form of "be" they make the word before a target ("the consulate was damaged").</summary>
    public HashSet<string> TargetHarms { get; } = new(StringComparer.Ordinal);
    /// <summary>Words that make the target word after them the side that acted ("shot by police").</summary>
    public HashSet<string> TargetAgents { get; } = new(StringComparer.Ordinal);
    /// <summary>Words a target word only describes ("military uniforms", "police sources"): no target then.</summary>
    public HashSet<string> TargetAttributes { get; } = new(StringComparer.Ordinal);
    /// <summary>Verbs of a force that came after the attack ("police arrived", "soldiers cordoned off"): the word before is no target.</summary>
    public HashSet<string> TargetResponses { get; } = new(StringComparer.Ordinal);
    public HashSet<string> TargetVictimNouns { get; } = new(StringComparer.Ordinal);
    public HashSet<string> TargetRollWords { get; } = new(StringComparer.Ordinal);
    /// <summary>
    /// Phrases that put a target word elsewhere than under the attack: where the wounded went or a speaker spoke
    /// ("taken to", "told reporters outside"), each as its lower-case words (target_links.tsv kind elsewhere).
    /// </summary>
    public List<string[]> TargetElsewhere { get; } = [];
    /// <summary>
    /// Phrases that, between a site that was hit and a second target word, make the second a landmark that places the
    /// scene ("a bar close to the central market"), each as its lower-case words (target_links.tsv kind landmark).
    /// </summary>
    public List<string[]> TargetLandmarks { get; } = [];
    /// <summary>
    /// Target words for a structure a site stands at ("the police post at the river bridge"): after another target word
    /// and a locative word they place that site, not what was hit (target_links.tsv kind landmark_structure).
    /// </summary>
    public HashSet<string> TargetLandmarkStructures { get; } = new(StringComparer.Ordinal);
    /// <summary>
    /// Phrases in which a target word written in lower case names another thing than the site it lists ("the bank of the
    /// river", "on the far bank"), each as its lower-case words (target_links.tsv kind sense).
    /// </summary>
    public List<string[]> TargetSenses { get; } = [];
    /// <summary>
    /// Verbs or phrases that, after a target word, tell what it stated or disclosed, so it is a speaker, not what was hit
    /// ("police confirm", "the governor wrote", "police have not named a suspect"), each as its lower-case words
    /// (target_links.tsv kind speaker; read with the speech verbs of function_words.tsv).
    /// </summary>
    public List<string[]> TargetSpeakers { get; } = [];
    /// <summary>
    /// A group's canonical name to that of the larger group's branch it fights as (actor_branches.tsv): "Allied Democratic
    /// Forces" to "Islamic State Central Africa Province", whose claims name the local group's attacks.
    /// </summary>
    public Dictionary<string, string> FightsAs { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// A country's code to the canonical name of its own state forces (state_forces.tsv): "the military" of an attack in
    /// Myanmar is the Myanmar military.
    /// </summary>
    public Dictionary<string, string> StateForces { get; } = new(StringComparer.OrdinalIgnoreCase);
    /// Target words that, right after a place's name, are part of the name of an administrative area, not a building
    /// that was hit ("Kano Municipality"; target_links.tsv kind area).
    /// </summary>
    public HashSet<string> TargetAreas { get; } = new(StringComparer.Ordinal);
    /// <summary>
    /// Target words for a settlement ("village", "neighbourhood") that, before "of" and the settlement's name, place the
    /// scene rather than name what was hit ("near the village of Gbanboko"; target_links.tsv kind settlement).
    /// </summary>
    public HashSet<string> TargetSettlements { get; } = new(StringComparer.Ordinal);
    /// <summary>Words before a settlement noun that make it where people were, not what was hit ("witnesses near the village").</summary>
    public HashSet<string> TargetSettlementScenes { get; } = new(StringComparer.Ordinal);
    /// <summary>
    /// Words for a part of a building or a home ("door", "shutters", "house") that, before "of" and a target word, stand for
    /// that target: the link to the attack is read from the part ("poured petrol over the shutters of a shop"; target_links.tsv kind part).
    /// </summary>
    public HashSet<string> TargetParts { get; } = new(StringComparer.Ordinal);
    /// <summary>Street words ("Street", "Avenue"): a place name right before one names a street, not the place (numbers.tsv, kind street).</summary>
    public HashSet<string> StreetWords { get; } = new(StringComparer.Ordinal);
    /// <summary>
    /// A source's normalised name (sources.tsv) to the armed group it speaks for (outlets.tsv): "Radio Venceremos" to the
    /// FMLN's catalogue entry. Only outlets whose group is in the actor catalogue are kept.
    /// </summary>
    public Dictionary<string, Actor> OutletGroups { get; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>Actor aliases matched regardless of case; of two names that overlap, the longer wins.</summary>
    public PhraseMatcher<Actor> Actors { get; } = new() { LongerOverlapWins = true };
    /// <summary>Actor aliases written in capitals ("IS", "ELN"), matched only as written.</summary>
    public Dictionary<string, Actor> CaseSensitiveActors { get; } = new(StringComparer.Ordinal);

    public static LexiconSet Load(string folder)
    {
        var set = new LexiconSet();
        foreach (var (_, f) in TsvFile.Read(Path.Combine(folder, "events.tsv"), 2))
        {
            var weapons = f.Length > 2 && f[2] != "-" && f[2].Length > 0 ? f[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
            var flags = f.Length > 3 ? f[3].Split(',', StringSplitOptions.TrimEntries) : [];
            // a vehicle noun alone is no attack: it only turns explosives into a vehicle bomb, so it is weak too
            set.Events.Add(f[0], new EventCue(f[1], weapons, flags.Contains("suicide"), flags.Contains("weak") || flags.Contains("vehicle"), flags.Contains("vehicle"), flags.Contains("assault"), flags.Contains("blast"), flags.Contains("weapon"), flags.Contains("act"), flags.Contains("generic"), flags.Contains("load"), flags.Contains("sense"), flags.Contains("siege")));
        }
        foreach (var (_, f) in TsvFile.Read(Path.Combine(folder, "casualties.tsv"), 2))
            set.Casualties.Add(f[0], new CasualtyCue(f[1], f.Length > 2 ? f[2] : "around", f.Length > 3 ? int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture) : 1));
        foreach (var (_, f) in TsvFile.Read(Path.Combine(folder, "targets.tsv"), 2)) set.Targets.Add(f[0], f[1]);
        foreach (var (_, f) in TsvFile.Read(Path.Combine(folder, "claims.tsv"), 2))
        {
            set.Claims.Add(f[0], f[1]);
            if (f.Length > 2 && f[2] == "series") set.SeriesClaims.Add(f[0], f[1]);
            if (f.Length > 2 && f[2] == "named") set.NamedClaims.Add(f[0], f[1]);
        }
        foreach (var (_, f) in TsvFile.Read(Path.Combine(folder, "sources.tsv"), 2)) set.Sources.Add(f[0], f[1]);
        foreach (var (_, f) in TsvFile.Read(Path.Combine(folder, "background.tsv"), 2)) set.Background.Add(f[0], f[1]);
        foreach (var (_, f) in TsvFile.Read(Path.Combine(folder, "waves.tsv"), 2)) set.Waves.Add(f[0], f[1]);
        foreach (var (_, f) in TsvFile.Read(Path.Combine(folder, "captions.tsv"), 2)) set.Captions.Add(f[0], f[1]);
        foreach (var (_, f) in TsvFile.Read(Path.Combine(folder, "target_links.tsv"), 2))
        {
            var word = f[0].ToLowerInvariant();
            if (f[1] == "attribute") { set.TargetAttributes.Add(word); continue; }
            if (f[1] == "response") { set.TargetResponses.Add(word); continue; }
            if (f[1] == "victims") { set.TargetVictimNouns.Add(word); continue; }
            if (f[1] == "roll") { set.TargetRollWords.Add(word); continue; }
            if (f[1] == "area") { set.TargetAreas.Add(word); continue; }
            if (f[1] == "settlement") { set.TargetSettlements.Add(word); continue; }
            if (f[1] == "settlement_scene") { set.TargetSettlementScenes.Add(word); continue; }
            if (f[1] == "part") { set.TargetParts.Add(word); continue; }
            if (f[1] == "landmark_structure") { set.TargetLandmarkStructures.Add(word); continue; }
            if (f[1] == "landmark") { set.TargetLandmarks.Add(word.Split(' ', StringSplitOptions.RemoveEmptyEntries)); continue; }
            if (f[1] == "elsewhere") { set.TargetElsewhere.Add(word.Split(' ', StringSplitOptions.RemoveEmptyEntries)); continue; }
            if (f[1] == "sense") { set.TargetSenses.Add(word.Split(' ', StringSplitOptions.RemoveEmptyEntries)); continue; }
            if (f[1] == "speaker") { set.TargetSpeakers.Add(word.Split(' ', StringSplitOptions.RemoveEmptyEntries)); continue; }
            if (f[1] == "agent") set.TargetAgents.Add(word);
            else set.TargetLinks.Add(word);
            if (f[1] == "harm") set.TargetHarms.Add(word);
        }
        foreach (var (_, f) in TsvFile.Read(Path.Combine(folder, "numbers.tsv"), 2))
            if (f[0] == "street") set.StreetWords.Add(f[1].ToLowerInvariant());
        var catalogue = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, f) in TsvFile.Read(Path.Combine(folder, "actors.tsv"), 2))
        {
            var actor = new Actor(f[0], f[1]);
            catalogue.TryAdd(f[0], actor);
            var names = new List<string> { f[0] };
            if (f.Length > 2 && f[2] != "-") names.AddRange(f[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            foreach (var name in names)
            {
                if (name.Any(char.IsLetter) && !name.Any(char.IsLower)) set.CaseSensitiveActors.TryAdd(name, actor);
                else set.Actors.Add(name, actor);
            }
        }
        var outlets = Path.Combine(folder, "outlets.tsv");
        if (File.Exists(outlets))
            foreach (var (_, f) in TsvFile.Read(outlets, 2))
                if (catalogue.TryGetValue(f[1], out var group)) set.OutletGroups[f[0]] = group;
        var branches = Path.Combine(folder, "actor_branches.tsv");
        if (File.Exists(branches))
            foreach (var (_, f) in TsvFile.Read(branches, 2)) set.FightsAs[f[0]] = f[1];
        var forces = Path.Combine(folder, "state_forces.tsv");
        if (File.Exists(forces))
            foreach (var (_, f) in TsvFile.Read(forces, 2)) set.StateForces[f[0]] = f[1];
        return set;
    }
}
