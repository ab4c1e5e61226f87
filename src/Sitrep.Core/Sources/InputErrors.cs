using System.Text.Json;

namespace Sitrep.Sources;

/// <summary>Every reason the reader gives for refusing an input, in one place, so they read alike.</summary>
public static class InputErrors
{
    public const string NoSuchPath = "no such file or folder";
    public const string EmptyFolder = "the folder holds no files";
    public const string EmptyFile = "empty file";
    public const string OnlyWhiteSpace = "empty file (only white space)";
    public const string Utf16 = "UTF-16 text (a UTF-16 byte order mark); only UTF-8 is read";
    public const string NulBytes = "binary file (it holds NUL bytes), not an article";
    public const string MostlyControlBytes = "binary file (mostly non-text bytes), not an article";
    public const string Warc = "unsupported format: WARC archives are not read yet";
    public const string HtmlWithoutText = "the HTML page has no readable text (only scripts, styles or markup)";
    public const string HtmlFieldWithoutText = "the \"html\" field has no readable text (only scripts, styles or markup)";
    public const string NoTextField = "no \"text\" or \"html\" field";
    public const string EmptyTextField = "the \"text\" field is empty";
    public const string TruncatedUtf8 = "invalid UTF-8 (the text ends inside a character)";

    public static string CannotList(Exception e) => $"cannot list the folder: {e.Message}";
    public static string CannotOpen(Exception e) => $"cannot open the file: {e.Message}";
    public static string CannotRead(Exception e) => $"cannot read the file: {e.Message}";
    public static string CannotReadLine(Exception e) => $"cannot read the line: {e.Message}";

    public static string InvalidUtf8(byte value, int column) => $"invalid UTF-8 (byte 0x{value:X2} at byte {column} of the line)";

    public static string LineTooLong(long limit) => $"the line is over the {ArticleLimits.Whole(limit)} limit for one article";
    public static string FileTooLarge(long limit, string what) => $"the file is over the {ArticleLimits.Whole(limit)} limit {what}";
    public static string TextTooLong(int length) => $"article text is {ArticleLimits.Megabytes(length)}, over the {ArticleLimits.Whole(ArticleLimits.MaxTextChars)} limit";

    public static string NotAnObject(JsonValueKind kind) => $"expected a JSON object for an article, found {Describe(kind)}";
    public static string NotAString(string field, JsonValueKind kind) => $"the \"{field}\" field is {Describe(kind)}, not a string";

    /// <summary>The parser's message without its zero-based position, which the error's line already gives.</summary>
    public static string MalformedJson(JsonException e, bool restSkipped)
    {
        var message = e.Message;
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (at >= 0) message = message[..at];
        var position = e.BytePositionInLine is { } column ? $" (at byte {column + 1} of the line)" : "";
        var rest = restSkipped ? "; the rest of the file is skipped" : "";
        return $"malformed JSON: {message.TrimEnd()}{position}{rest}";
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
