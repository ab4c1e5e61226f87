using Sitrep.Cleaning;

namespace Sitrep.Tests.Cleaning;

/// <summary>A chat export's message stamps (src/Sitrep.Core/Cleaning/ChatExport.cs).</summary>
public class ChatExportTests
{
    [Theory]
    [InlineData("08/03/2022, 20:14 - Marta: a loud bang near the market", true)]
    [InlineData("[08.03.22, 20:14:05] Marta R: the bridge is closed", true)]
    [InlineData("8/3/22, 8:14 PM - Luis: stay indoors", true)]
    [InlineData("08/03/2022 20:14 | OPS | a grenade was thrown", false)]
    [InlineData("08/03/2022: the council met in the evening", false)]
    [InlineData("Posted 08/03/2022, 20:14", false)]
    public void Tells_a_message_stamp(string line, bool stamped) => Assert.Equal(stamped, ChatExport.IsStamped(line));
}
