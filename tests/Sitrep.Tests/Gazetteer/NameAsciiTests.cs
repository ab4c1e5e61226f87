using Sitrep.Gazetteer;

namespace Sitrep.Tests.Gazetteer;

public class NameAsciiTests
{
    [Theory]
    [InlineData("Ţarţūs", "Tartus")]
    [InlineData("Al Ḩasakah", "Al Hasakah")]
    [InlineData("Oświęcim", "Oswiecim")]
    [InlineData("Ḩalab", "Halab")]
    [InlineData("Maʿarrat an Nuʿmān", "Maarrat an Numan")]
    [InlineData("Aden", "Aden")]
    [InlineData("Αθήνα", "Αθήνα")]
    public void A_name_is_shown_in_its_base_letters(string name, string expected) => Assert.Equal(expected, NameFolding.Ascii(name));
}
