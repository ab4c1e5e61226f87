namespace Sitrep.Model;

/// <summary>Where a value was read: a character span of a document's text as ingested, and its quote.</summary>
public sealed record Evidence(string Field, string Document, int Start, int End, string Quote);
