namespace Sitrep.Sources;

/// <summary>Tells the format of an input from its file name and its first bytes, and whether those bytes are text at all.</summary>
internal static class InputSniffer
{
    public const int SampleBytes = 8192;

    /// <summary>The format a file name promises, or <see cref="InputFormat.Unknown"/> when its extension says nothing.</summary>
    public static InputFormat FromName(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase))
            return InputFormat.Warc;
        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".jsonl" or ".ndjson" => InputFormat.Jsonl,
            ".json" => InputFormat.Json,
            ".txt" or ".text" => InputFormat.Text,
            ".html" or ".htm" or ".xhtml" => InputFormat.Html,
            _ => InputFormat.Unknown,
        };
    }

    /// <summary>The format the first bytes suggest: '{' starts JSONL, '[' a JSON array, '<' HTML, anything else text.</summary>
    public static InputFormat FromContent(ReadOnlySpan<byte> sample)
    {
        var start = FirstNonSpace(sample);
        if (start < 0) return InputFormat.Text;
        return sample[start] switch
        {
            (byte)'{' => InputFormat.Jsonl,
            (byte)'[' => InputFormat.Json,
            (byte)'<' => InputFormat.Html,
            _ => InputFormat.Text,
        };
    }

    /// <summary>Why the sample cannot be read as UTF-8 text (NUL bytes, mostly control bytes, UTF-16), or null when it can.</summary>
    public static string? NotText(ReadOnlySpan<byte> sample)
    {
        if (sample.Length >= 2 && ((sample[0] == 0xFF && sample[1] == 0xFE) || (sample[0] == 0xFE && sample[1] == 0xFF)))
            return InputErrors.Utf16;
        if (sample.IndexOf((byte)0) >= 0)
            return InputErrors.NulBytes;
        var control = 0;
        foreach (var b in sample)
            if ((b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f')) || b == 0x7F) control++;
        if (sample.Length > 0 && control * 10 > sample.Length)
            return InputErrors.MostlyControlBytes;
        return null;
    }

    public static bool IsBlank(ReadOnlySpan<byte> sample) => FirstNonSpace(sample) < 0;

    private static int FirstNonSpace(ReadOnlySpan<byte> sample)
    {
        var i = Utf8Text.BomLength(sample);
        for (; i < sample.Length; i++)
            if (sample[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f')) return i;
        return -1;
    }
}
