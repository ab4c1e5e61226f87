using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// Whether an attack was a suicide attack: yes when a suicide word tells it, no when its bomb is told as laid and left to
/// go off (function_words.tsv kind laying_verb), unknown otherwise. Our own wording.
/// </summary>
public class SuicideReadingTests
{
    /// <summary>text → the reports as "place:suicide" (true, false or "-" for unknown), "; "-separated.</summary>
    public static TheoryData<string, string> Cases => new()
    {
        { "KASSALA, Sudan (Wire) - A suicide bomber blew himself up at a checkpoint in Kassala on Monday, killing six soldiers, the army said.", "Kassala:true" },
        { "KASSALA, Sudan (Wire) - A bomb exploded at a bus station in Kassala on Monday, killing six people, police said.", "Kassala:-" },
        // a vehicle bomb set off by its own driver (events.tsv flag suicide)
        { "KASSALA, Sudan (Wire) - A van loaded with explosives was steered into the gate of an army base in Kassala on Monday and detonated by its driver, killing six soldiers, the army said.", "Kassala:true" },
        { "KASSALA, Sudan (Wire) - A lorry packed with explosives was blown up by the driver at a checkpoint in Kassala on Monday, killing six soldiers, the army said.", "Kassala:true" },
        // the laying verb before the bomb word, or after it past auxiliaries
        { "KASSALA, Sudan (Wire) - A bomb exploded at a bus station in Kassala on Monday, killing six people, police said.\n\nPolice said two men had planted a small time bomb under a bench.", "Kassala:false" },
        { "KASSALA, Sudan (Wire) - A bomb exploded at the gate of a cafe in Kassala on Monday, killing six people, police said.\n\nThe bomb had been placed in a rubbish bin.", "Kassala:false" },
        { "KASSALA, Sudan (Wire) - A bomb exploded at the gate of a cafe in Kassala on Monday, killing six people, police said.\n\nWitnesses said the bomb was being hidden in a drain when it went off.", "Kassala:false" },
        { "KASSALA, Sudan (Wire) - A man left a bomb in a bag at the bus station in Kassala on Monday and it exploded an hour later, killing six people, police said.", "Kassala:false" },
        // "left" after the bomb word is its toll, not its laying
        { "KASSALA, Sudan (Wire) - A bomb exploded at a bus station in Kassala on Monday and left six people dead, police said.", "Kassala:-" },
        // "left" after the bomb word with a place after it is its laying; "and" joins a second verb of the same device
        { "KASSALA, Sudan (Wire) - A car packed with explosives and left outside the town hall in Kassala blew up on Monday, killing six people, police said.", "Kassala:false" },
        { "Six people died on Monday when an explosive device left near the entrance of a clinic in Kassala went off, the health office said in a statement.", "Kassala:false" },
        { "KASSALA, Sudan (Wire) - A truck loaded with explosives and parked beside the checkpoint exploded in Kassala on Monday, killing six soldiers, the army said.", "Kassala:false" },
        { "KASSALA, Sudan (Wire) - A bomb exploded at a bus station in Kassala on Monday and left at least six people dead, police said.", "Kassala:-" },
        // a grenade thrown: the thrower stood away from it
        { "KASSALA, Sudan (Wire) - A man threw a hand grenade into a crowd of travellers at a bus station in Kassala on Monday, wounding 14 people, police said.", "Kassala:false" },
        { "Residents of Kassala say attackers on a motorbike hurled two grenades at the police post on Monday night, injuring four officers.", "Kassala:false" },
        { "KASSALA, Sudan (Wire) - A grenade was lobbed over the wall of a school compound in Kassala on Monday, injuring five pupils, the local authorities said.", "Kassala:false" },
        { "KASSALA, Sudan (Wire) - A grenade exploded at a bus station in Kassala on Monday, wounding 14 people, police said.", "Kassala:-" },
        // a suicide word beside a bomb laid wins
        { "KASSALA, Sudan (Wire) - A bomb planted in a car exploded at the gate of an army base in Kassala on Monday, then a suicide bomber blew himself up among the rescuers, killing nine people, the army said.", "Kassala:true" },
        { "KASSALA, Sudan (Wire) - A suicide bomber threw a grenade at the guards of an army base in Kassala on Monday, then blew himself up at the gate, killing nine people, the army said.", "Kassala:true" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_whether_the_attack_was_a_suicide_attack(string text, string expected)
    {
        var article = new Article("suicide", text, Published: new DateOnly(2024, 3, 5));
        var reports = ArticleAnalyzer.Default.Analyze(article).Reading.Reports;
        Assert.Equal(expected, string.Join("; ", reports.Select(r => $"{r.Place?.Name}:{(r.Suicide is { } b ? (b ? "true" : "false") : "-")}")));
    }
}
