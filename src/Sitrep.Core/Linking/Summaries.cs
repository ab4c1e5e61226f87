using Sitrep.Model;

namespace Sitrep.Linking;

/// <summary>One generated line per incident: "Car bomb in al-Zahraa neighbourhood, Homs, Syria; 4 killed (claimed by Islamic State)".</summary>
public static class Summaries
{
    public static string Of(Incident i, string? countryName)
    {
        var what = i.Weapons.Contains("vehicle_bomb") ? "Car bomb"
            : i.Suicide == true ? "Suicide bombing"
            : i.EventType switch
            {
                "bombing" => "Bombing",
                "armed_assault" => i.Weapons.Contains("firearm") ? "Shooting" : "Armed assault",
                "assassination" => "Assassination",
                "kidnapping" => "Kidnapping",
                "air_strike" => "Air strike",
                "shelling" => "Shelling",
                "battle" => "Fighting",
                _ => "Attack",
            };
        var where = string.Join(", ", new[] { i.Sublocation, i.Location, countryName }.Where(s => !string.IsNullOrEmpty(s)).Distinct());
        var toll = new List<string>();
        if (i.Killed.Best is { } k) toll.Add($"{k} killed");
        if (i.Injured.Best is { } n) toll.Add($"{n} injured");
        var line = where.Length > 0 ? $"{what} in {where}" : what;
        if (toll.Count > 0) line += "; " + string.Join(", ", toll);
        if (i.Perpetrator is not null)
            line += i.Responsibility switch
            {
                "claimed" => $" (claimed by {i.Perpetrator})",
                "denied" => $" ({i.Perpetrator} denied involvement)",
                "suspected" => $" ({i.Perpetrator} suspected)",
                _ => $" (blamed on {i.Perpetrator})",
            };
        return line;
    }

    public static string OfGroup(IncidentGroup g, IReadOnlyList<Incident> members)
    {
        var places = string.Join(", ", members.Select(m => m.Location).Where(l => l is not null).Distinct());
        var line = $"Coordinated wave of {members.Count} attacks in {places}";
        if (g.Killed.Best is { } k) line += $"; {k} killed in all";
        return line;
    }
}
