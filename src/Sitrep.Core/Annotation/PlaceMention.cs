using Sitrep.Model;

namespace Sitrep.Annotation;

/// <summary>
/// A place named in the text and the gazetteer place it resolves to. <see cref="IsDemonym"/> marks an adjective
/// of a country or region ("Syrian", "Kurdish") that gives context but does not locate an event by itself.
/// <see cref="Vicinity"/> is true for "near X" / "outside X" / "west of X".
/// </summary>
public sealed record PlaceMention(int Start, int End, string Surface, Place Place, bool IsDemonym = false, bool Vicinity = false)
{
    public TextSpan Span => new(Start, End);
}
