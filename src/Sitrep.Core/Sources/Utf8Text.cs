using System.Buffers;
using System.Text.Unicode;

namespace Sitrep.Sources;

/// <summary>Strict UTF-8 decoding that says where the first bad byte is.</summary>
internal static class Utf8Text
{
    public static int BomLength(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;

    /// <summary>
    /// Decodes <paramref name="bytes"/> (a leading byte order mark is dropped). On invalid UTF-8 returns false with
    /// <paramref name="badLine"/> (1-based, counted within the bytes) and a reason naming the byte and its column.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out int badLine, out string reason)
    {
        bytes = bytes[BomLength(bytes)..];
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                text = new string(chars, 0, written);
                badLine = 0;
                reason = "";
                return true;
            }
            var before = bytes[..read];
            var lineStart = before.LastIndexOf((byte)'\n') + 1;
            badLine = before.Count((byte)'\n') + 1;
            reason = read < bytes.Length
                ? InputErrors.InvalidUtf8(bytes[read], read - lineStart + 1)
                : InputErrors.TruncatedUtf8;
            text = "";
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
