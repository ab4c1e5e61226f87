namespace Sitrep.Queries;

/// <summary>The order of a page of incidents. Ties are broken by id, so pages are stable.</summary>
public enum IncidentOrder
{
    /// <summary>Newest first; undated incidents last.</summary>
    DateDescending,

    /// <summary>Oldest first; undated incidents last.</summary>
    DateAscending,

    /// <summary>Most killed (best estimate) first; unknown tolls last.</summary>
    KilledDescending,
}
