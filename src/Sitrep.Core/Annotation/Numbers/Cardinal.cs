namespace Sitrep.Annotation.Numbers;

/// <summary>
/// A cardinal number read from pieces: "1,200", "seventy-three", "a hundred and twenty", "1.5 million", "two dozen".
/// <see cref="Next"/> is the piece after it; <see cref="Qualifier"/> is what the words themselves say ("a dozen":
/// about) or null; <see cref="Scale"/> the multiplier it ends with ("thousand" in "three thousand"), 1 if it has none, 0 if it
/// has one inside only ("a hundred and fifty"), so that a range's low end may borrow the high end's ("two to three thousand");
/// <see cref="BareOne"/> marks the lone word "one", which is rarely a count ("one of the", "one day").
/// </summary>
internal readonly record struct Cardinal(long Value, int Next, string? Qualifier, long Scale, bool BareOne, bool Digits);
