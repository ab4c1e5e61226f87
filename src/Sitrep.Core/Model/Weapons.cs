namespace Sitrep.Model;

/// <summary>The contract's weapons, where one name is a more precise telling of another.</summary>
public static class Weapons
{
    /// <summary>
    /// Explosive devices named as such: beside one, a bare "explosive" tells the same device less precisely. So does an
    /// aircraft: the bombs a warplane drops are the air strike's own ("a military jet dropped two bombs": aircraft).
    /// </summary>
    private static readonly HashSet<string> SpecificExplosives = new(StringComparer.Ordinal) { "vehicle_bomb", "suicide_vest", "ied", "grenade", "rocket", "mortar", "aircraft" };

    /// <summary>
    /// Charges an attacker throws or sets off by hand beside his shots ("opened fire and threw a grenade", "fired on the post
    /// and hurled explosives"): with a firearm they serve an armed assault, not a bombing (IncidentExtractor.AssaultWithThrownCharge).
    /// </summary>
    public static readonly IReadOnlySet<string> ThrownCharges = new HashSet<string>(StringComparer.Ordinal) { "grenade", "explosive" };

    /// <summary>Devices laid, driven or worn to go off on their own ("a roadside bomb", "a car bomb", "an explosive vest"): an attack with one is a bombing, shots besides or not.</summary>
    public static readonly IReadOnlySet<string> SetDevices = new HashSet<string>(StringComparer.Ordinal) { "ied", "vehicle_bomb", "suicide_vest" };

    /// <summary>Drops a bare "explosive" ("a blast") when the device is named too ("an explosive vest", "a roadside bomb").</summary>
    public static void DropBareExplosive(ISet<string> weapons)
    {
        if (weapons.Overlaps(SpecificExplosives)) weapons.Remove("explosive");
    }

    /// <summary>
    /// Weapons thrown, fired or dropped from afar: a vehicle named in their sentence is what they hit or where they fell
    /// ("a grenade exploded beside a bus"), not a vehicle bomb.
    /// </summary>
    public static readonly IReadOnlySet<string> Launched = new HashSet<string>(StringComparer.Ordinal) { "grenade", "rocket", "mortar", "artillery", "drone", "aircraft" };

    /// <summary>
    /// The weapon an attack type implies when no report of the incident names one (the contract's coding): an armed assault,
    /// a kidnapping or a battle is done with firearms ("gunmen stormed the post"), a bombing with explosives ("a bombing
    /// hit the market").
    /// </summary>
    private static readonly Dictionary<string, string> ImpliedByType = new(StringComparer.Ordinal)
    {
        ["armed_assault"] = "firearm", ["kidnapping"] = "firearm", ["battle"] = "firearm", ["bombing"] = "explosive",
    };

    /// <summary>Adds the weapon the attack type implies when none is named ("raiders attacked the village": firearm).</summary>
    public static void AddImplied(ISet<string> weapons, string eventType)
    {
        if (weapons.Count == 0 && ImpliedByType.TryGetValue(eventType, out var implied)) weapons.Add(implied);
    }

    /// <summary>Weapons whose hit is itself an explosion: a word for a blast beside one tells their hit, not another device.</summary>
    private static readonly HashSet<string> ExplodeOnImpact = new(StringComparer.Ordinal) { "drone", "artillery" };

    /// <summary>
    /// Drops the bare "explosive" that only a word for a blast gave (<paramref name="blastOnly"/>: "explosion", "blast", no
    /// bomb named) beside a drone or artillery: "a drone struck the market; the explosion killed 20" is the drone's blast.
    /// Explosives named as such stay ("drones dropped explosive charges": drone and explosive).
    /// </summary>
    public static void DropBlastOfImpact(ISet<string> weapons, bool blastOnly)
    {
        if (blastOnly && weapons.Overlaps(ExplodeOnImpact)) weapons.Remove("explosive");
    }

    /// <summary>
    /// Drops the suicide vest that only a word for a suicide bomber assumed (<paramref name="assumedOnly"/>: "suicide
    /// bomber", no vest or belt named) beside a vehicle bomb: "a suicide bomber drove a truck packed with explosives into
    /// the gate" tells one device, the truck.
    /// </summary>
    public static void DropAssumedVest(ISet<string> weapons, bool assumedOnly)
    {
        if (assumedOnly && weapons.Contains("vehicle_bomb")) weapons.Remove("suicide_vest");
    }

    /// <summary>
    /// A suicide attack (<paramref name="suicide"/>) whose only explosive is a bare "explosive" (no vehicle bomb, no device
    /// named: "two women detonated explosives among the stalls", told as "twin suicide bombings"): the bombers wore the charge,
    /// a suicide vest.
    /// </summary>
    public static void WornBySuicide(ISet<string> weapons, bool? suicide)
    {
        if (suicide != true || !weapons.Contains("explosive") || weapons.Overlaps(SpecificExplosives)) return;
        weapons.Remove("explosive");
        weapons.Add("suicide_vest");
    }

    /// <summary>Weapons that go off with a blast: a bomb, a grenade, a shell, a rocket, a drone's or a warplane's charge.</summary>
    private static readonly HashSet<string> Blasts = new(StringComparer.Ordinal)
    {
        "vehicle_bomb", "suicide_vest", "ied", "explosive", "grenade", "rocket", "mortar", "artillery", "aircraft", "drone",
    };

    /// <summary>
    /// Drops the fire that a word for burning gave beside a weapon that goes off with a blast: "the bomb set the stalls
    /// alight", "two houses burned down after the shells fell" tell what the blast did, not arson besides; and a fire set
    /// elsewhere that the article names beside the bombing ("cars were torched across the region") is no weapon of it.
    /// Arson with shots or knives keeps its fire ("they shot the guards and set the post on fire").
    /// </summary>
    public static void DropFireOfBlast(ISet<string> weapons)
    {
        if (weapons.Overlaps(Blasts)) weapons.Remove("fire");
    }

    /// <summary>Indirect fire named precisely: beside one, the artillery that a word for shelling assumes is the same fire.</summary>
    private static readonly HashSet<string> SpecificShells = new(StringComparer.Ordinal) { "mortar", "rocket" };

    /// <summary>
    /// Drops the artillery that only a word for the manner of the attack assumed (<paramref name="assumedOnly"/>: a
    /// "shelling", no artillery named) when a mortar or rocket is named ("mortar rounds hit the market ... the shelling").
    /// </summary>
    public static void DropAssumedArtillery(ISet<string> weapons, bool assumedOnly)
    {
        if (assumedOnly && weapons.Overlaps(SpecificShells)) weapons.Remove("artillery");
    }

    /// <summary>Fire from afar: shells, mortar bombs and rockets.</summary>
    private static readonly HashSet<string> IndirectFire = new(StringComparer.Ordinal) { "mortar", "artillery", "rocket" };

    /// <summary>
    /// Drops the firearm that only a word for firing assumed (<paramref name="assumedOnly"/>: "opened fire", "fired into",
    /// "gunfire", "shooting"; no gun or gunman named, nobody shot) beside fire from afar: "troops opened fire with mortars on
    /// the village" and "we heard gunfire from the far bank, then the shells fell" tell a shelling, not a shooting besides.
    /// </summary>
    public static void DropAssumedFirearm(ISet<string> weapons, bool assumedOnly)
    {
        if (assumedOnly && weapons.Overlaps(IndirectFire)) weapons.Remove("firearm");
    }
}
