using Sitrep.Model;

namespace Sitrep.Extraction;

/// <summary>
/// A casualty figure read in a sentence: "killed at least 50 people" (killed, 50, at_least), "three injured",
/// "a man was shot" (injured, 1). <see cref="Span"/> covers the figure and its casualty word, for evidence;
/// <see cref="Figure"/> is the span of the number alone (or of the victim noun). <see cref="Addition"/> marks victims
/// beyond those counted before ("three others died later", "two died of their injuries overnight"): the extractor adds
/// them to the figure before (for deaths, the dead counted last), drops them when that figure is a <see cref="Total"/>,
/// a toll that already holds them ("the toll climbed to 35 after three more died"), and keeps them as a figure of their
/// own only when nothing was counted before (not with "more": "eight more bodies" alone is no toll). A running toll named
/// by an ordinal ("a fourth soldier has died": 4) is a <see cref="Total"/> too. <see cref="LaterDeath"/> marks deaths told
/// as coming after the attack among those it hurt, with or without a number ("the driver, who was wounded in the blast,
/// died", "two died of their wounds"): with no dead counted before them in their document they add to an earlier
/// document's count (<see cref="Sitrep.Model.CasualtyFigure.Added"/>).
/// </summary>
public sealed record CasualtyMention(string Kind, int? Value, string Qualifier, TextSpan Span, TextSpan Figure, bool Continuation = false, bool Addition = false, bool Total = false, bool LaterDeath = false)
{
    public const string Killed = "killed";
    public const string Injured = "injured";
    /// <summary>Hit by gunfire: injured unless counted among the dead.</summary>
    public const string Shot = "shot";
    /// <summary>Hit with a blade ("was stabbed", "two were knifed"): injured unless counted among the dead, like <see cref="Shot"/>,
    /// but no sign of a gun (the knife comes from the attack's own weapon words).</summary>
    public const string Stabbed = "stabbed";
    /// <summary>Taken to hospital: injured unless counted among the dead ("was taken to a hospital, where he died").</summary>
    public const string Treated = "treated";
    /// <summary>
    /// An attacker who took his own life ("the gunman turned the gun on himself"): not a victim, but a death of the
    /// incident; the extractor adds it to the victims it counts one by one.
    /// </summary>
    public const string PerpetratorKilled = "perpetrator_killed";
    /// <summary>
    /// One figure for the dead and the hurt together ("killing and wounding 40"): read so that no other phrase takes
    /// it, but never a mention of its own.
    /// </summary>
    public const string Mixed = "mixed";

    /// <summary>A person hit by gunfire or a blade: hurt, unless counted among the dead.</summary>
    public static bool IsHit(string kind) => kind is Shot or Stabbed;
}
