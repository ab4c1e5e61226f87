using Sitrep.Lexicons;
using Sitrep.Tests.Extraction;

namespace Sitrep.Tests.Lexicons;

/// <summary>
/// Attack phrases of events.tsv read in a sentence of our own: the phrase is one event cue of its line's event type,
/// weak or not as the line says. One case per line of the chemical-weapons, artillery-fire and battle-deed groups.
/// </summary>
public class EventPhraseTests
{
    /// <summary>sentence, the phrase as written in it, event_type, weak.</summary>
    public static TheoryData<string, string, string, bool> Cases => new()
    {
        // fire set to what was hit, named by a pronoun ("set it alight"); shots sprayed at a building ("with bullets")
        { "The raiders poured petrol over the lorry and set it alight near Dunmore.", "set it alight", "other", false },
        { "Youths stopped two buses and set them ablaze on the ring road.", "set them ablaze", "other", false },
        // fuel poured over what was to burn is the arson itself, though the lighting is told in words of its own
        { "At night two men poured petrol over the kiosk's shutter and tossed a lit match.", "poured petrol", "other", false },
        { "The lorry had been doused with gasoline before it caught fire, the police said.", "doused with gasoline", "other", false },
        { "A crowd dragged the cars into the square and set them on fire.", "set them on fire", "other", false },
        { "Masked men riddled the front of the bakery with bullets overnight.", "with bullets", "armed_assault", false },
        // chemical weapons: an attack with a named agent, or the agent used, is strong; a bare gas or chemical attack weak
        { "Doctors in Varnel treated dozens after the gas attack on the market.", "gas attack", "other", true },
        { "The council condemned the gas attacks on three hamlets near Varnel.", "gas attacks", "other", true },
        { "Medics said the chemical attack on Varnel left many struggling to breathe.", "chemical attack", "other", true },
        { "Monitors counted two chemical attacks in the valley this spring.", "chemical attacks", "other", true },
        { "Residents described the chemical weapons attack on their quarter.", "chemical weapons attack", "other", true },
        { "Inspectors looked into the chemical weapons attacks of the winter.", "chemical weapons attacks", "other", true },
        { "A chlorine attack on the northern quarter of Varnel sent families fleeing.", "chlorine attack", "other", false },
        { "Two chlorine attacks hit the suburbs of Varnel within a week.", "chlorine attacks", "other", false },
        { "A poison gas attack struck the hill villages on Friday.", "poison gas attack", "other", false },
        { "The poison gas attacks stopped after the truce was signed.", "poison gas attacks", "other", false },
        { "A poisonous gas attack on the camp left children choking.", "poisonous gas attack", "other", false },
        { "The clinic took in victims of a toxic gas attack overnight.", "toxic gas attack", "other", false },
        { "The chlorine gas attack on the ward was filmed by a nurse.", "chlorine gas attack", "other", false },
        { "Rebels were blamed for an attack with poison gas on the barracks.", "attack with poison gas", "other", false },
        { "Thirty soldiers fell ill after an attack with poisonous gas near the dam.", "attack with poisonous gas", "other", false },
        { "The militia denied an attack with chemical weapons on the ridge.", "attack with chemical weapons", "other", false },
        { "Witnesses said the brigade used chlorine gas on the orchard village.", "used chlorine gas", "other", false },
        { "Medics said the gunmen used poison gas in the tunnel.", "used poison gas", "other", false },
        { "The insurgents used poisonous gas against the outpost, a doctor said.", "used poisonous gas", "other", false },
        { "The militia used mustard gas against the farmers, the monitor said.", "used mustard gas", "other", false },
        { "Inspectors concluded the unit used sarin on the suburb.", "used sarin", "other", false },
        { "A helicopter dropped a chlorine bomb on the bakery in Varnel.", "chlorine bomb", "other", false },
        { "Chlorine bombs fell on the eastern suburbs of Varnel.", "chlorine bombs", "other", false },
        // the agent or the arms alone are weak
        { "Stocks of poison gas were found in a warehouse.", "poison gas", "other", true },
        { "The tanks held poisonous gas, the inspectors said.", "poisonous gas", "other", true },
        { "The shells carried poisonous gases, the report said.", "poisonous gases", "other", true },
        { "A leak of toxic gas closed the plant for a day.", "toxic gas", "other", true },
        { "The cylinders contained chlorine gas, a chemist said.", "chlorine gas", "other", true },
        { "The museum shows masks made against mustard gas.", "mustard gas", "other", true },
        { "Traces of sulfur mustard were found in the soil samples.", "sulfur mustard", "other", true },
        { "The laboratory tested the samples for sarin.", "sarin", "other", true },
        { "Traces of sarin gas were found in the samples.", "sarin gas", "other", true },
        { "The watchdog found a nerve agent in the samples.", "nerve agent", "other", true },
        { "The treaty bans the use of any chemical weapon.", "chemical weapon", "other", true },
        { "The envoy spoke about chemical weapons at the summit.", "chemical weapons", "other", true },
        // the American spelling of kidnap with one p
        { "Gunmen kidnaped a rancher near Varnel last night.", "kidnaped", "kidnapping", false },
        { "The kidnaping of the rancher was confirmed by his son.", "kidnaping", "kidnapping", false },
        { "Two kidnapers were seen leaving the farm.", "kidnapers", "kidnapping", false },
        // fire of artillery, tanks and missiles told as the attack
        { "The army launched artillery attack on the ridge above Varnel.", "artillery attack", "shelling", false },
        { "Artillery attacks on the ridge continued through the night.", "artillery attacks", "shelling", false },
        { "Two rangers died in a tank attack on their post.", "tank attack", "shelling", false },
        { "Tank attacks on the border villages resumed on Sunday.", "tank attacks", "shelling", false },
        { "Mortar shells hit a school in Varnel on Sunday.", "Mortar shells hit", "shelling", false },
        { "Mortar rounds hit the fuel depot before dawn.", "Mortar rounds hit", "shelling", false },
        { "Mortar rounds landed near the governor's compound.", "Mortar rounds landed", "shelling", false },
        { "Mortar shells landed in the courtyard of the clinic.", "Mortar shells landed", "shelling", false },
        { "Mortars hit the market square on Friday.", "Mortars hit", "shelling", false },
        { "A missile fired from the coast sank the patrol boat.", "missile fired", "shelling", false },
        { "The missiles fired at the airfield damaged two hangars.", "missiles fired", "shelling", false },
        { "The rockets fired at the barracks fell short.", "rockets fired", "shelling", false },
        { "The shells fired at the village came from the hills.", "shells fired", "shelling", false },
        { "The battery fired shells at the villages across the river.", "fired shells", "shelling", false },
        // battle told as a deed: weak, strong with attackers as the doers
        { "Troops engaged in clashes with smugglers at the depot.", "engaged in clashes", "battle", true },
        { "Troops engaged in heavy clashes with smugglers at the depot.", "engaged in heavy clashes", "battle", true },
        { "Troops engaged in fierce clashes with smugglers at the depot.", "engaged in fierce clashes", "battle", true },
        { "Troops engaged in fighting with smugglers at the depot.", "engaged in fighting", "battle", true },
        { "Troops engaged in heavy fighting with smugglers at the depot.", "engaged in heavy fighting", "battle", true },
        { "Troops engaged in fierce fighting with smugglers at the depot.", "engaged in fierce fighting", "battle", true },
        { "Troops engaged in a gunfight with smugglers at the depot.", "engaged in a gunfight", "battle", true },
        { "Troops engaged in a firefight with smugglers at the depot.", "engaged in a firefight", "battle", true },
        { "The fire exchange at the depot lasted an hour.", "fire exchange", "battle", true },
        { "The army inflicted heavy losses on the smugglers.", "inflicted heavy losses on", "battle", true },
        { "The army pressed on, inflicting heavy losses on the smugglers.", "inflicting heavy losses on", "battle", true },
        { "The army inflicted heavy casualties on the smugglers.", "inflicted heavy casualties on", "battle", true },
        { "The army pressed on, inflicting heavy casualties on the smugglers.", "inflicting heavy casualties on", "battle", true },
        { "The army inflicted casualties on the smugglers.", "inflicted casualties on", "battle", true },
        { "The army pressed on, inflicting casualties on the smugglers.", "inflicting casualties on", "battle", true },
        // a loud bang a witness heard: an explosion, told by its sound
        { "Did anybody else hear a bang near the ferry office last night?", "hear a bang", "bombing", false },
        { "We all heard a bang and the lights in the arcade went out.", "heard a bang", "bombing", false },
        { "My neighbour heard the bang from three streets away.", "heard the bang", "bombing", false },
        { "You could hear the bang as far as the old mill.", "hear the bang", "bombing", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_phrase_as_its_line_says(string sentence, string phrase, string eventType, bool weak)
    {
        var (doc, s) = SpecSentence.Annotate("events", sentence);
        var start = doc.Text.IndexOf(phrase, s.Start, StringComparison.OrdinalIgnoreCase);
        Assert.True(start >= 0, $"'{phrase}' not in '{sentence}'");
        var cue = doc.CuesIn(s.Span, CueKind.Event).FirstOrDefault(c => c.Start == start && c.End == start + phrase.Length);
        Assert.True(cue is not null, $"'{phrase}' is no event cue in '{sentence}': {string.Join(", ", doc.CuesIn(s.Span, CueKind.Event).Select(c => doc.Text[c.Start..c.End]))}");
        var ev = cue!.As<EventCue>();
        Assert.Equal(eventType, ev.EventType);
        Assert.Equal(weak, ev.Weak);
    }

    /// <summary>sentence, the suicide phrase as written in it, the weapon its line names.</summary>
    public static TheoryData<string, string, string> SuicideCases => new()
    {
        // a driver who dies with his vehicle's bomb: a suicide car bomb, though "car bomb" is not written
        { "At dawn a suicide driver steered a lorry full of explosives into the barracks gate.", "suicide driver", "vehicle_bomb" },
        { "Two suicide drivers hit the outer wall of the depot minutes apart.", "suicide drivers", "vehicle_bomb" },
    };

    [Theory]
    [MemberData(nameof(SuicideCases))]
    public void Reads_a_suicide_phrase_with_its_weapon(string sentence, string phrase, string weapon)
    {
        var (doc, s) = SpecSentence.Annotate("events", sentence);
        var start = doc.Text.IndexOf(phrase, s.Start, StringComparison.OrdinalIgnoreCase);
        var cue = doc.CuesIn(s.Span, CueKind.Event).FirstOrDefault(c => c.Start == start && c.End == start + phrase.Length);
        Assert.True(cue is not null, $"'{phrase}' is no event cue in '{sentence}'");
        var ev = cue!.As<EventCue>();
        Assert.True(ev.Suicide);
        Assert.Contains(weapon, ev.Weapons);
    }
}
