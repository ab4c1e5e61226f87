using Sitrep.Model;

namespace Sitrep.Tests.Cleaning;

/// <summary>Checks shared by the cleaning tests.</summary>
public static class CleanedText
{
    /// <summary>Every character of the cleaned text that was kept from the original maps back to the same character.</summary>
    public static void AssertMapsBack(Document document)
    {
        var checkedChars = 0;
        foreach (var (cleaned, original, length) in document.Map.Pieces)
        {
            if (original < 0)
            {
                Assert.All(document.Text.Substring(cleaned, length).ToCharArray(), c => Assert.True(c is '\n' or ' ', $"inserted {c}")); // a space joins hard-wrapped lines
                continue;
            }
            for (var i = cleaned; i < cleaned + length; i++)
            {
                var span = document.ToOriginal(new TextSpan(i, i + 1));
                Assert.Equal(1, span.Length);
                Assert.Equal(document.Text[i], document.Original[span.Start]);
                checkedChars++;
            }
        }
        Assert.Equal(document.Text.Length, document.Map.CleanedLength);
        Assert.True(checkedChars > 0 || document.Text.Length == 0);
    }
}
