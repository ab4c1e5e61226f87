using System.Globalization;

namespace Sitrep.Sources;

/// <summary>The sizes beyond which an input is refused, and how a refusal reads.</summary>
public static class ArticleLimits
{
    /// <summary>The longest article text accepted, in characters.</summary>
    public const int MaxTextChars = 2_000_000;

    /// <summary>The largest text or HTML file read as one article (HTML carries markup beyond its text).</summary>
    public const long MaxPageBytes = 16_000_000;

    /// <summary>The largest <c>.json</c> file, which is parsed whole (JSONL is read line by line instead).</summary>
    public const long MaxJsonFileBytes = 64_000_000;

    /// <summary>The longest line of a JSONL file; a longer line is skipped without being held in memory.</summary>
    public const int MaxJsonLineBytes = 32_000_000;

    public static string Megabytes(long size) => (size / 1_000_000d).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    public static string Whole(long size) => (size / 1_000_000).ToString(CultureInfo.InvariantCulture) + " MB";

    /// <summary>The reason for a text over <see cref="MaxTextChars"/>, or null when it is within the limit.</summary>
    public static string? TextTooLong(string text) =>
        text.Length > MaxTextChars ? InputErrors.TextTooLong(text.Length) : null;
}
