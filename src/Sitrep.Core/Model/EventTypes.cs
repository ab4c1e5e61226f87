namespace Sitrep.Model;

/// <summary>The contract's event types, most specific first: the order that decides between several cues or reports.</summary>
public static class EventTypes
{
    public static readonly IReadOnlyList<string> ByPriority = ["bombing", "air_strike", "shelling", "kidnapping", "assassination", "armed_assault", "battle", "other"];

    public static int Rank(string eventType)
    {
        for (var i = 0; i < ByPriority.Count; i++) if (ByPriority[i] == eventType) return i;
        return -1;
    }
}
