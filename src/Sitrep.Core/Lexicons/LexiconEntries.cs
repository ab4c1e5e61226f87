namespace Sitrep.Lexicons;

/// <summary>An event word or phrase: what kind of attack it signals and with which weapons.</summary>
/// <param name="Weak">Signals an attack only together with a casualty figure or a stronger word ("attack", "violence").</param>
/// <param name="Vehicle">A vehicle noun that turns explosives into a vehicle bomb ("truck packed with explosives").</param>
/// <param name="Blast">A word for an explosion that may be an accident ("exploded", "blast"), unlike "bomb" or "grenade".</param>
/// <param name="WeaponName">The name of a weapon, not of an act ("bomb", "rockets", "rifle"): found or seized, it was not used.</param>
/// <param name="Load">A phrase saying a thing was loaded with explosives ("packed with explosives"): only beside it does a
/// vehicle noun make a vehicle bomb (not the car the attackers rode, nor the truck that hit a mine).</param>
/// <param name="Generic">A word for the manner of an attack whose weapon is only assumed ("shelling": artillery): a weapon of
/// the same kind named beside it ("mortar rounds") is the one used.</param>
/// <param name="OtherSense">A phrase in which an attack word means something else ("shooting a film", "a heart attack"): it
/// tells no attack, and the annotator drops it with the casualty words inside it.</param>
public sealed record EventCue(string EventType, IReadOnlyList<string> Weapons, bool Suicide, bool Weak, bool Vehicle, bool Assault = false, bool Blast = false, bool WeaponName = false, bool Act = false, bool Generic = false, bool Load = false, bool OtherSense = false, bool Siege = false);

/// <summary>A casualty word: killed or injured, and where its figure stands ("50 dead": after; "killing 50": before).</summary>
public sealed record CasualtyCue(string Kind, string Position, int Count = 1);

/// <summary>An actor of the catalogue.</summary>
public sealed record Actor(string Canonical, string Type);

/// <summary>Kinds of lexicon matches in a sentence.</summary>
public enum CueKind { Event, Casualty, Target, Claim, Source, Background, Wave, Caption, Actor }

/// <summary>A lexicon match in a document: its kind, span and value (an <see cref="EventCue"/>, a target name, ...).</summary>
public sealed record Cue(CueKind Kind, int Start, int End, object Value, int FirstWord, int LastWord)
{
    public Model.TextSpan Span => new(Start, End);
    public T As<T>() => (T)Value;
}
