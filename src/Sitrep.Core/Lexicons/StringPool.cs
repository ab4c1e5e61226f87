namespace Sitrep.Lexicons;

/// <summary>
/// A per-thread cache of the short strings that annotation makes over and over from text (word keys, lower-case and
/// folded words): the same characters give back the same string, so a word seen recently costs no allocation.
/// Direct-mapped (one slot per hash, a newcomer evicts the old string), so a look-up is one hash and one compare;
/// it only ever returns a string equal to the characters asked for, so no result depends on it.
/// </summary>
internal static class StringPool
{
    private const int Slots = 1 << 13;
    private const int MaxLength = 32;

    [ThreadStatic] private static string?[]? t_slots;

    /// <summary>A string with these characters, from the cache when it holds one.</summary>
    public static string Get(ReadOnlySpan<char> chars)
    {
        if (chars.Length == 0) return "";
        if (chars.Length > MaxLength) return chars.ToString();
        var slots = t_slots ??= new string?[Slots];
        var h = 0u;
        foreach (var c in chars) h = (h ^ c) * 16777619u;
        var slot = (int)((h * 0x9E3779B1u) >> (32 - 13));
        var cached = slots[slot];
        if (cached is not null && chars.SequenceEqual(cached)) return cached;
        var s = chars.ToString();
        slots[slot] = s;
        return s;
    }
}
