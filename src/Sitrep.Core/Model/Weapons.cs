namespace Sitrep.Model;

/// <summary>The contract's weapons, where one name is a more precise telling of another.</summary>
public static class Weapons
{
    /// <summary>Explosive devices named as such: beside one, a bare "explosive" tells the same device less precisely.</summary>
    private static readonly HashSet<string> SpecificExplosives = new(StringComparer.Ordinal) { "vehicle_bomb", "suicide_vest", "ied", "grenade", "rocket", "mortar" };

    /// <summary>Drops a bare "explosive" ("a blast") when the device is named too ("an explosive vest", "a roadside bomb").</summary>
    public static void DropBareExplosive(ISet<string> weapons)
    {
        if (weapons.Overlaps(SpecificExplosives)) weapons.Remove("explosive");
    }
}
