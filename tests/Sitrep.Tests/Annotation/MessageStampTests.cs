using Sitrep.Annotation;

namespace Sitrep.Tests.Annotation;

/// <summary>The two lines a message's stamp opens (src/Sitrep.Core/Annotation/MessageStamp.cs). Our own words.</summary>
public class MessageStampTests
{
    [Theory]
    [InlineData("08/03/2022, 20:14 - Marta: a loud bang near the market", true)]
    [InlineData("[08.03.22, 20:14:05] Marta R: the bridge is closed", true)]
    [InlineData("8/3/22, 8:14 PM - Luis: stay indoors", true)]
    [InlineData("08/03/2022 20:14 | OPS | a grenade was thrown", false)]
    [InlineData("08/03/2022: the council met in the evening", false)]
    [InlineData("Posted 08/03/2022, 20:14", false)]
    public void Tells_a_message_line(string line, bool stamped) => Assert.Equal(stamped, MessageStamp.OpensMessage(line));

    /// <summary>The text's first line, its day written "08.03.22" (the 8th of March 2022).</summary>
    [Theory]
    [InlineData("[08.03.22 20:14] Hill Radio:\nA mortar fell on the depot.", true)]
    [InlineData("[08.03.22] Desk\nA mortar fell on the depot.", true)]
    [InlineData("[08.03.22 20:14]\nA mortar fell on the depot.", true)]
    // more words after the brackets than a poster's name: a sentence, no heading
    [InlineData("[08.03.22 20:14] the depot was shelled again by the rebels\n", false)]
    // something other than an hour inside the brackets
    [InlineData("[08.03.22 update] Desk:\nA mortar fell.", false)]
    // the day opens no bracket
    [InlineData("On 08.03.22 20:14] Desk:\nA mortar fell.", false)]
    public void Tells_a_post_heading(string text, bool heads)
    {
        var at = text.IndexOf("08.03.22", StringComparison.Ordinal);
        var day = new DateMention(at, at + 8, new DateOnly(2022, 3, 8), "day");
        Assert.Equal(heads, MessageStamp.HeadsPost(text, day));
    }

    [Fact]
    public void A_post_heading_needs_a_whole_day()
    {
        const string text = "[08.03.22 20:14] Hill Radio:\nA mortar fell.";
        Assert.False(MessageStamp.HeadsPost(text, new DateMention(1, 9, new DateOnly(2022, 3, 1), "month")));
        Assert.False(MessageStamp.HeadsPost(text, new DateMention(1, 9, new DateOnly(2022, 3, 8), "day") { Relative = true }));
    }
}
