using Sitrep.Cleaning;

namespace Sitrep.Tests.Cleaning;

public class HardWrapTests
{
    private const string Wrapped =
        "   THE RIVER ROSE TWO METRES OVERNIGHT AND CUT THE ROAD TO THE THREE\n" +
        "VILLAGES OF THE VALLEY, THE REGIONAL OFFICE SAID ON FRIDAY MORNING AS\n" +
        "CREWS BEGAN TO CLEAR THE MUD FROM THE MAIN STREET AND THE SCHOOL.\n\n" +
        "   CREWS WORKED THROUGH THE NIGHT TO REOPEN THE BRIDGE NEAR THE MILL,\n" +
        "BUT THE WATER WAS STILL TOO HIGH FOR TRUCKS AND BUSES TO CROSS IT.\n";

    /// <summary>name → (text, hard-wrapped?).</summary>
    private static readonly Dictionary<string, (string Text, bool Wrapped)> Cases = new()
    {
        ["lines filled to one width"] = (Wrapped, true),
        ["the same with Windows line ends"] = (Wrapped.Replace("\n", "\r\n"), true),
        ["a paragraph per line"] = ("The river rose two metres overnight and cut the road to the three villages of the valley, the regional office said on Friday.\n" +
            "Crews worked through the night to reopen the bridge near the mill, but the water was still too high for trucks to cross.\n" +
            "Schools stay closed until the water goes down, and the market moves to the church square until further notice.\n" +
            "The regional office will give its next update on Sunday morning, after the engineers have inspected the dam.", false),
        ["short lines of a list"] = ("Closed roads:\nthe valley road\nthe mill bridge\nthe school lane\nthe upper pass\n", false),
        ["too few wrapped lines"] = ("THE RIVER ROSE TWO METRES OVERNIGHT AND CUT THE ROAD TO THE THREE\nVILLAGES OF THE VALLEY.", false),
        ["one line"] = ("The river rose.", false),
        ["empty"] = ("", false),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Tells_wrapped_text_from_a_paragraph_per_line(string name)
    {
        var (text, wrapped) = Cases[name];
        Assert.Equal(wrapped, HardWrap.IsHardWrapped(text));
    }
}
