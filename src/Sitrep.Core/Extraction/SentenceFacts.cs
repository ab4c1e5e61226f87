using Sitrep.Annotation;
using Sitrep.Lexicons;

namespace Sitrep.Extraction;

/// <summary>What one sentence holds that matters for incidents, gathered once before any decision.</summary>
public sealed record SentenceFacts
{
    public required Sentence Sentence { get; init; }
    public bool IsTitle { get; init; }
    public bool IsCaption { get; init; }
    /// <summary>About the past, a period, the future or a hypothesis: its figures and places never make today's incident.</summary>
    public bool IsBackground { get; init; }
    /// <summary>
    /// Goes on telling the past attack of the background sentence before it in its paragraph, with no date, scene or
    /// attack of its own ("In March 2024 two men set fire to the hostel in X. Five residents were hurt."): background too,
    /// and the past attack's (IncidentExtractor.WithPastPassages).
    /// </summary>
    public bool ContinuesPast { get; init; }
    public required IReadOnlyList<Cue> Events { get; init; }
    public bool HasStrongEvent => Events.Any(e => !e.As<EventCue>().Weak);
    public required IReadOnlyList<CasualtyMention> Casualties { get; init; }
    /// <summary>
    /// Figures the sentence gives only to withdraw them: those of the clause of an earlier figure that a correction
    /// replaces ("we earlier reported 12 dead; police now say 8": 12; IncidentExtractor.CorrectedFigures), never in
    /// <see cref="Casualties"/>.
    /// </summary>
    public IReadOnlyList<CasualtyMention> WithdrawnCasualties { get; init; } = [];
    /// <summary>
    /// The kind and value of each withdrawn figure the sentence gives another figure of its kind for (12 dead above): the
    /// value is withdrawn wherever its article gives it, as an earlier entry of a live blog does.
    /// </summary>
    public IReadOnlyList<(string Kind, int Value)> CorrectedValues { get; init; } = [];
    /// <summary>One figure counts the dead and the hurt together ("killed and wounded scores of fighters"): victims, counted in neither.</summary>
    public bool CountsDeadAndHurt { get; init; }
    /// <summary>Places that locate an event here ("in X", "near X", "the city of X"), cities and provinces only.</summary>
    public required IReadOnlyList<PlaceMention> EventPlaces { get; init; }
    /// <summary>A place written as the article's dateline ("DAMASCUS:", "DETROIT (WXYZ) -").</summary>
    public PlaceMention? Dateline { get; init; }
    /// <summary>Any other place or country named.</summary>
    public required IReadOnlyList<PlaceMention> OtherPlaces { get; init; }
    /// <summary>
    /// Places named aside, never the article's home: where someone comes from, is based, fled to or was buried ("his
    /// native village in X"; these are in <see cref="OtherPlaces"/>), or a distance's reference point ("130 km south of X").
    /// </summary>
    public IReadOnlyList<PlaceMention> Asides { get; init; } = [];
    /// <summary>Event places written only as where a road or a journey leads ("on the highway to X", "travelling from Y to X").</summary>
    public IReadOnlyList<PlaceMention> RoadEnds { get; init; } = [];
    /// <summary>
    /// The asides that are where the wounded were taken, treated or died ("the provincial hospital of X"): never the scene
    /// of last resort either, unlike a town the scene is located by or a native town.
    /// </summary>
    public IReadOnlyList<PlaceMention> CarePlaces { get; init; } = [];
    /// <summary>
    /// Places written as where the wounded were taken, treated or died, whether or not the text names another scene:
    /// the <see cref="CarePlaces"/> and a town kept as the scene only because none other is named before it ("died at
    /// the X Regional Hospital" in an opening sentence).
    /// </summary>
    public IReadOnlyList<PlaceMention> CareWorded { get; init; } = [];
    /// <summary>Countries named as where something happened ("outside a mosque in Cameroon"): the place of last resort.</summary>
    public IReadOnlyList<PlaceMention> LocativeCountries { get; init; } = [];
    /// <summary>Dates the sentence says the attack did not happen on ("did not occur at 10 p.m. on Sunday"): no date of it.</summary>
    public IReadOnlyList<DateMention> DeniedDates { get; init; } = [];
    public required IReadOnlyList<DateMention> Dates { get; init; }
    public bool HasWaveCue { get; init; }
    public bool HasTotalCue { get; init; }
    /// <summary>Opens on an ordinal that stands for one attack of a series (waves.tsv kind member): "The first hit the post at X, the second ...".</summary>
    public bool OpensWithMember { get; init; }
    /// <summary>
    /// Tells the attacks of a series in turn by ordinals ("The first hit the post at X; the second struck Y"): a series, but
    /// unlike a wave cue its figures stay with the places it names.
    /// </summary>
    public bool TellsMembersInTurn { get; init; }
    /// <summary>A pipe table's total row ("| Total | 4 | 6 |"): the sum of the rows above it, a series' figures at most.</summary>
    public bool IsTableTotal { get; init; }
    /// <summary>
    /// A row of a pipe table with a column of the dead or the wounded, labelled by a town (its scene, whatever its figures:
    /// "Elmwood | Sun 3 May, 22:10 | Depot burned | None"): in a series, one of its attacks.
    /// </summary>
    public bool IsTableRow { get; init; }
    /// <summary>
    /// The start of the line of the table's data row the sentence sits in (<see cref="PipeTable.RowStart"/>), -1 outside
    /// any: a row's sentences, the one that opens it and those of its last cell after it, share it, and what they say
    /// (a claim, a blame) is that row's alone.
    /// </summary>
    public int RowStart { get; init; } = -1;
    /// <summary>Opens on words that mark another attack than the one told before ("Separately, ...", "In another attack, ..."; waves.tsv kind separate).</summary>
    public bool OpensSeparately { get; init; }
    public required IReadOnlyList<Cue> Claims { get; init; }
    public required IReadOnlyList<Cue> Actors { get; init; }
    public required IReadOnlyList<Cue> Targets { get; init; }
    public string? Source { get; init; }
    /// <summary>Sources named in the sentence's clauses ("X said 58 were killed, while state media reported 20"), by span.</summary>
    public IReadOnlyList<(int Start, int End, string Source)> ClauseSources { get; init; } = [];

    /// <summary>Who gave a figure: the source named in its own clause, else the sentence's.</summary>
    public string? SourceOf(CasualtyMention c)
    {
        foreach (var (start, end, source) in ClauseSources)
            if (c.Span.Start >= start && c.Span.Start < end) return source;
        return Source;
    }
}
