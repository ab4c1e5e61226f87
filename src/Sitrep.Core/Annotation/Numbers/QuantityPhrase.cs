namespace Sitrep.Annotation.Numbers;

/// <summary>A lexicon value with the contract qualifier it carries: "a dozen" = 12, about; "dozen" = ×12, about.</summary>
internal readonly record struct QuantityPhrase(long Value, string? Qualifier);
