namespace Sitrep.Gazetteer;

/// <summary>
/// The base letter of the accented Latin letters (U+00C0..U+024F, U+1E00..U+1EFF), lower case, or '.' when there is
/// none; generated from Unicode's canonical decompositions, because string normalisation is not available when the
/// program runs with invariant globalisation.
/// </summary>
internal static class LatinBase
{
    private const string Latin1AndExtended =
        "aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.y" +
        "aaaaaaccccccccdd..eeeeeeeeeegggggggghh..iiiiiiiii...jjkk.llllll." +
        "...nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzz." +
        "................................oo.............uu..............." +
        ".............aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa...." +
        "aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............" +
        "................";

    private const string ExtendedAdditional =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm" +
        "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv" +
        "wwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" +
        "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";

    /// <summary>The lower-case ASCII base letter of <paramref name="c"/>, or null.</summary>
    public static char? Of(char c)
    {
        var b = c switch
        {
            >= '\u00C0' and <= '\u024F' => Latin1AndExtended[c - 0x00C0],
            >= '\u1E00' and <= '\u1EFF' => ExtendedAdditional[c - 0x1E00],
            _ => '.',
        };
        return b == '.' ? null : b;
    }
}
