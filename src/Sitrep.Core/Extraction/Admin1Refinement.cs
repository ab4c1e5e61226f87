using Sitrep.Model;

namespace Sitrep.Extraction;

/// <summary>
/// A frame placed only at a state's or province's level ("shot at a store in Ohio") takes the town of that division
/// that the article names as a scene ("walked into the store in Riverside"), even in a sentence that tells no attack
/// by itself. Residences ("a Riverside man", "Jane Roe of Riverside") are no scene: only places after a locative cue count.
/// </summary>
internal static class Admin1Refinement
{
    public static void Refine(List<SentenceFacts> facts, List<Frame> frames)
    {
        foreach (var frame in frames)
        {
            if (frame.Place.Kind != PlaceKind.Admin1) continue;
            var scene = facts.Where(f => !f.IsBackground && !f.IsCaption)
                .OrderBy(f => f.IsTitle ? 1 : 0) // the body's words before the headline's
                .SelectMany(f => f.EventPlaces)
                .FirstOrDefault(p => p.Place.Kind == PlaceKind.City && p.Place.CountryCode == frame.Place.CountryCode
                                     && p.Place.Admin1Code == frame.Place.Admin1Code);
            if (scene is not null) frame.Refine(scene);
        }
    }
}
