namespace Sitrep.Queries;

/// <summary>
/// A span of a document that some record's value was read from, in code points of the text as ingested:
/// [<see cref="Start"/>, <see cref="End"/>) is the quote, [<see cref="SentenceStart"/>, <see cref="SentenceEnd"/>)
/// the sentence (or sentences) around it. A casualty figure also carries its value, qualifier and source.
/// </summary>
/// <param name="Record">The incident or group id.</param>
/// <param name="Field">The contract field: "date", "location", "killed", ...</param>
public sealed record DocumentSpan(
    string Record,
    string Field,
    int Start,
    int End,
    string Quote,
    int SentenceStart,
    int SentenceEnd,
    int? Value = null,
    string? Qualifier = null,
    string? Source = null);
