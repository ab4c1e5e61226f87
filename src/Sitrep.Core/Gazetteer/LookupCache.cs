using Sitrep.Model;

namespace Sitrep.Gazetteer;

/// <summary>
/// A thread's most recent gazetteer answers, one slot per hash of the folded key (a newcomer takes the slot): the
/// names of a text repeat, and most capitalised words are no place, so most look-ups end here after one hash and
/// one compare. Tied to one gazetteer; a thread asking another starts afresh.
/// </summary>
internal sealed class LookupCache
{
    private const int Bits = 12;

    [ThreadStatic] private static LookupCache? t_cache;

    private readonly Gazetteer _owner;
    private readonly Entry[] _entries = new Entry[1 << Bits];

    private LookupCache(Gazetteer owner) => _owner = owner;

    /// <summary>A folded key and the places the gazetteer gives for it (empty when none).</summary>
    public readonly record struct Entry(string? Key, IReadOnlyList<Place> Places);

    /// <summary>This thread's cache for <paramref name="gazetteer"/>.</summary>
    public static LookupCache For(Gazetteer gazetteer)
    {
        var cache = t_cache;
        if (cache is null || !ReferenceEquals(cache._owner, gazetteer)) t_cache = cache = new LookupCache(gazetteer);
        return cache;
    }

    /// <summary>The slot of a key: check its <see cref="Entry.Key"/> before trusting it.</summary>
    public ref Entry Slot(ReadOnlySpan<char> key)
    {
        var h = NamePrefixes.Hash(key);
        return ref _entries[(int)((h * 0x9E3779B1u) >> (32 - Bits))];
    }
}
