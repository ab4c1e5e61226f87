using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// Shapes of claim and blame, each in many paraphrases of our own: a brief's items on other days in other towns do not
/// share the blame told under one of them. Made-up sentences.
/// </summary>
public class ClaimShapeTests
{
    private static readonly DateOnly Published = new(2021, 3, 9);

    /// <summary>text → the town of the item whose sentences blame the group, the group, the town of another item (nobody named).</summary>
    public static TheoryData<string, string, string, string> BriefItems => new()
    {
        { "Gunmen killed six farmers in Maiduguri on Saturday. The governor blamed Boko Haram for the killings. On Monday, a bomb went off at a bus station in Kano, wounding four people.", "Maiduguri", "Boko Haram", "Kano" },
        { "Gunmen shot dead four people at a market in Guayaquil on Saturday. Police blamed Los Choneros for the shooting. In Cuenca, a taxi driver was shot dead on Monday.", "Guayaquil", "Los Choneros", "Cuenca" },
        { "Two bus drivers were shot dead in San Pedro Sula on Sunday. Police suspect Barrio 18. On Monday, a grenade was thrown at a shop in Tegucigalpa, wounding three people.", "San Pedro Sula", "Barrio 18", "Tegucigalpa" },
        { "Rebels ambushed an army truck in Davao on Saturday, killing two soldiers. The army blamed the New People's Army. On Monday, a bomb exploded outside a church in Iloilo, wounding five people.", "Davao", "New People's Army", "Iloilo" },
        { "A car bomb exploded outside a police station in Cucuta on Sunday, wounding nine officers. Officials attributed the attack to the ELN. In Medellin, gunmen killed a councillor on Monday.", "Cucuta", "National Liberation Army", "Medellin" },
        { "Militants attacked a police camp near Mandera on Saturday night, killing three officers. Police blamed al-Shabaab. On Monday, a man threw a grenade into a bar in Nakuru, wounding six people.", "Mandera", "al Shabaab", "Nakuru" },
        { "Gunmen killed five people in a house in Usulutan on Saturday night. Police said MS-13 was behind the massacre. In San Miguel, a shopkeeper was shot dead on Monday.", "Usulutan", "MS-13", "San Miguel" },
        { "Gunmen kidnapped four fishermen in Zamboanga on Sunday. Officials suspect the Abu Sayyaf. On Monday, a grenade exploded in a market in Cotabato, wounding eight people.", "Zamboanga", "Abu Sayyaf", "Cotabato" },
        { "A roadside bomb killed four soldiers in Peshawar on Saturday. Officials blamed the Tehrik-i-Taliban Pakistan. In Karachi, gunmen shot dead a shopkeeper on Monday.", "Peshawar", "Tehrik-i-Taliban Pakistan", "Karachi" },
        { "A car bomb killed nine people outside a hotel in Mogadishu on Saturday. Al-Shabaab claimed the bombing. On Monday, gunmen killed a tax collector in Baidoa.", "Mogadishu", "al Shabaab", "Baidoa" },
    };

    [Theory]
    [MemberData(nameof(BriefItems))]
    public void A_briefs_other_items_do_not_share_the_blame_told_under_one(string text, string blamedTown, string group, string otherTown)
    {
        var reading = ArticleAnalyzer.Default.Analyze(new Article("a", text, Published: Published)).Reading;

        Assert.Equal(group, reading.Reports.Single(r => r.Place?.Name == blamedTown).Perpetrator);
        Assert.Null(reading.Reports.Single(r => r.Place?.Name == otherTown).Perpetrator);
    }
}
