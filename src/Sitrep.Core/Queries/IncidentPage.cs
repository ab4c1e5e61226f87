using Sitrep.Model;

namespace Sitrep.Queries;

/// <summary>One page of the incidents a filter keeps: <see cref="Total"/> counts them all, <see cref="Items"/> holds at most the limit from the offset.</summary>
public sealed record IncidentPage(int Total, int Offset, int Limit, IReadOnlyList<Incident> Items);
