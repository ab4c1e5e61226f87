namespace Sitrep.Lexicons;

/// <summary>A normalised word of a text for phrase matching: lower case, one apostrophe, hyphenated words split.</summary>
public readonly record struct Word(string Key, int Start, int End);
