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

    /// <summary>Longer strings are made, not pooled.</summary>
    public const int MaxLength = 32;

    [ThreadStatic] private static string?[]? t_slots;

    /// <summary>A string with these characters, from the cache when it holds one.</summary>
    public static string Get(ReadOnlySpan<char> chars)
    {
        if (chars.Length == 0) return "";
        if (chars.Length > MaxLength) return chars.ToString();
        var h = Start;
        foreach (var c in chars) h = Step(h, c);
        return Get(chars, h);
    }

    /// <summary>The hash <see cref="Get(ReadOnlySpan{char}, uint)"/> wants: <see cref="Step"/> over the characters from <see cref="Start"/>.</summary>
    public const uint Start = 0;

    public static uint Step(uint h, char c) => (h ^ c) * 16777619u;

    /// <summary><see cref="Get(ReadOnlySpan{char})"/> of at most <see cref="MaxLength"/> characters whose hash the caller computed as it wrote them.</summary>
    public static string Get(ReadOnlySpan<char> chars, uint hash)
    {
        if (chars.Length == 0) return "";
        var slots = t_slots ??= new string?[Slots];
        var slot = (int)((hash * 0x9E3779B1u) >> (32 - 13));
        var cached = slots[slot];
        if (cached is not null && chars.SequenceEqual(cached)) return cached;
        var s = chars.ToString();
        slots[slot] = s;
        return s;
    }
}
