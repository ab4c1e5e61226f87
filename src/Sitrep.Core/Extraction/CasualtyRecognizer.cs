using Sitrep.Annotation;
using Sitrep.Annotation.Numbers;
using Sitrep.Lexicons;
using Sitrep.Model;

namespace Sitrep.Extraction;

/// <summary>
/// Reads casualty figures in a sentence by pairing casualty words (data/lexicons/casualties.tsv) with the numbers
/// next to them: the figure after the word ("killed at least 50", "the toll rose to 40"), the figure before it
/// ("40 people were killed", "three injured"), continuations ("73 were killed in A and another 48 in B"), and
/// one victim without a number ("a man was shot", "the soldier was killed", "shot a woman").
/// Perpetrators counted by the text ("two suicide bombers", "six suspected militants") are not victims.
/// </summary>
public sealed class CasualtyRecognizer
{
    /// <summary>
    /// Figures above this are tolls of wars, disasters or periods, not of one attack (the deadliest single attacks
    /// counted in the low thousands), and are left out rather than guessed.
    /// </summary>
    public const int MaxSingleAttackToll = 3500;

    private readonly PersonNouns _persons;
    private readonly IReadOnlySet<string> _wordToFigure;
    private readonly IReadOnlySet<string> _figureToWord;
    private readonly IReadOnlySet<string> _appositionOpeners;
    private readonly IReadOnlySet<string> _asideDeterminers;
    private readonly IReadOnlySet<string> _singularAuxiliaries;
    private readonly IReadOnlySet<string> _tollLeads;
    private readonly IReadOnlySet<string> _auxiliaries;
    private readonly IReadOnlySet<string> _determiners;
    private readonly IReadOnlySet<string> _possessivePronouns;
    private readonly IReadOnlySet<string> _noneWords;
    private readonly IReadOnlySet<string> _noneHeads;
    private readonly IReadOnlySet<string> _passiveAdverbs;
    private readonly IReadOnlySet<string> _subjectAdverbs;
    private readonly IReadOnlySet<string> _headlineAdverbs;
    private readonly IReadOnlySet<string> _intentionVerbs;
    private readonly IReadOnlySet<string> _intentionFillers;
    private readonly IReadOnlySet<string> _negations;
    private readonly IReadOnlySet<string> _casualtyNouns;
    private readonly IReadOnlySet<string> _counterfactuals;
    private readonly IReadOnlySet<string> _hypotheticalOpeners;
    private readonly IReadOnlySet<string> _shotMotions;
    private readonly IReadOnlySet<string> _casualtyAdjectives;
    private readonly IReadOnlySet<string> _negationReleases;
    private readonly IReadOnlySet<string> _activeVerbs;
    private readonly IReadOnlySet<string> _nameBreaks;
    private readonly IReadOnlySet<string> _careChecks;
    private readonly IReadOnlySet<string> _appositionParts;
    private readonly IReadOnlySet<string> _personRelatives;
    private readonly IReadOnlySet<string> _tollNouns;
    private readonly IReadOnlySet<string> _tollQualifiers;
    private readonly IReadOnlySet<string> _tollVerbs;
    private readonly IReadOnlySet<string> _struckPlaceNouns;
    private readonly IReadOnlySet<string> _additionWords;
    private readonly IReadOnlySet<string> _tollPrepositions;
    private readonly IReadOnlySet<string> _indefiniteArticles;
    private readonly IReadOnlySet<string> _tollRaisers;
    private readonly IReadOnlySet<string> _relativeWords;
    private readonly IReadOnlySet<string> _patientNouns;
    private readonly IReadOnlySet<string> _tollRelatives;
    private readonly IReadOnlySet<string> _countedOnlyDeaths;
    private readonly IReadOnlySet<string> _tollDeterminers;
    private readonly IReadOnlySet<string> _penaltyVerbs;
    private readonly IReadOnlySet<string> _intakeVerbs;
    private readonly IReadOnlySet<string> _laterDeaths;
    private readonly IReadOnlySet<string> _hurtNouns;
    private readonly IReadOnlySet<string> _harmNouns;
    private readonly IReadOnlySet<string> _subjectAsides;
    private readonly IReadOnlySet<string> _namingWords;
    private readonly IReadOnlyDictionary<string, int> _ordinals;
    private readonly IReadOnlySet<string> _attackerCountOpeners;
    private readonly IReadOnlySet<string> _attackerReflexives;
    private readonly IReadOnlySet<string> _attackerCountVerbs;
    private readonly IReadOnlySet<string> _periodUnits;
    private readonly IReadOnlySet<string> _locative;
    private readonly IReadOnlySet<string> _beAuxiliaries;
    private readonly IReadOnlySet<string> _careNouns;
    private readonly IReadOnlySet<string> _totalLabels;
    private readonly IReadOnlySet<string> _alsoOne;
    private readonly IReadOnlySet<string> _companions;
    private readonly IReadOnlySet<string> _companionBreaks;
    private readonly IReadOnlySet<string> _victimDescriberStops;
    private readonly IReadOnlySet<string> _toldVictims;
    private readonly IReadOnlySet<string> _restatedTolls;
    private readonly IReadOnlySet<string> _runningCounts;
    private readonly IReadOnlySet<string> _arrestVerbs;
    private readonly IReadOnlySet<string> _remainderWords;
    private readonly IReadOnlySet<string> _deathVerbs;

    /// <param name="ordinals">ordinal words and the place each names (numbers.tsv kind ordinal); none when null</param>
    public CasualtyRecognizer(PersonNouns persons, FunctionWords words, IReadOnlyDictionary<string, int>? ordinals = null)
    {
        _persons = persons;
        _ordinals = ordinals ?? new Dictionary<string, int>();
        _wordToFigure = words.Of(FunctionWords.WordToFigure);
        _figureToWord = words.Of(FunctionWords.FigureToWord);
        _appositionOpeners = words.Of(FunctionWords.AppositionOpener);
        _singularAuxiliaries = words.Of(FunctionWords.SingularAuxiliary);
        _tollLeads = words.Of(FunctionWords.TollLead);
        _auxiliaries = words.Of(FunctionWords.Auxiliary);
        _beAuxiliaries = words.Of(FunctionWords.BeAuxiliary);
        _careNouns = words.Of(FunctionWords.CareNoun);
        _determiners = words.Of(FunctionWords.VictimDeterminer);
        _possessivePronouns = words.Of(FunctionWords.PossessivePronoun);
        _noneWords = words.Of(FunctionWords.NoneWord);
        _noneHeads = words.Of(FunctionWords.NoneHead);
        _passiveAdverbs = words.Of(FunctionWords.PassiveAdverb);
        _subjectAdverbs = words.Of(FunctionWords.SubjectAdverb);
        _headlineAdverbs = words.Of(FunctionWords.HeadlineAdverb);
        _intentionVerbs = words.Of(FunctionWords.IntentionVerb);
        _intentionFillers = words.Of(FunctionWords.IntentionFiller);
        _negations = words.Of(FunctionWords.Negation);
        _casualtyNouns = words.Of(FunctionWords.CasualtyNoun);
        _counterfactuals = words.Of(FunctionWords.Counterfactual);
        _hypotheticalOpeners = words.Of(FunctionWords.HypotheticalOpener);
        _shotMotions = words.Of(FunctionWords.ShotMotion);
        _casualtyAdjectives = words.Of(FunctionWords.CasualtyAdjective);
        _negationReleases = words.Of(FunctionWords.NegationRelease);
        _activeVerbs = words.Of(FunctionWords.ActiveVerb);
        _nameBreaks = words.Of(FunctionWords.NameBreak);
        _careChecks = words.Of(FunctionWords.CareCheck);
        _appositionParts = words.Of(FunctionWords.AppositionPart);
        _personRelatives = words.Of(FunctionWords.PersonRelative);
        _tollNouns = words.Of(FunctionWords.TollNoun);
        _tollQualifiers = words.Of(FunctionWords.TollQualifier);
        _tollVerbs = words.Of(FunctionWords.TollVerb);
        _struckPlaceNouns = words.Of(FunctionWords.StruckPlaceNoun);
        _additionWords = words.Of(FunctionWords.AdditionWord);
        _remainderWords = words.Of(FunctionWords.RemainderWord);
        _tollPrepositions = words.Of(FunctionWords.TollPreposition);
        _indefiniteArticles = words.Of(FunctionWords.IndefiniteArticle);
        _tollRaisers = words.Of(FunctionWords.TollRaiser);
        _relativeWords = words.Of(FunctionWords.RelativeWord);
        _patientNouns = words.Of(FunctionWords.PatientNoun);
        _tollRelatives = words.Of(FunctionWords.TollRelative);
        _countedOnlyDeaths = words.Of(FunctionWords.CountedOnlyDeath);
        _tollDeterminers = words.Of(FunctionWords.TollDeterminer);
        _asideDeterminers = words.Of(FunctionWords.AsideDeterminer);
        _penaltyVerbs = words.Of(FunctionWords.PenaltyVerb);
        _intakeVerbs = words.Of(FunctionWords.IntakeVerb);
        _laterDeaths = words.Of(FunctionWords.LaterDeath);
        _hurtNouns = words.Of(FunctionWords.HurtNoun);
        _harmNouns = words.Of(FunctionWords.HarmNoun);
        _subjectAsides = words.Of(FunctionWords.SubjectAside);
        _namingWords = words.Of(FunctionWords.NamingWord);
        _attackerCountOpeners = words.Of(FunctionWords.AttackerCountOpener);
        _attackerReflexives = words.Of(FunctionWords.AttackerReflexive);
        _attackerCountVerbs = words.Of(FunctionWords.AttackerCountVerb);
        _periodUnits = words.Of(FunctionWords.PeriodUnit);
        _locative = words.Of(FunctionWords.Locative);
        _totalLabels = words.Of(FunctionWords.TotalLabel);
        _alsoOne = words.Of(FunctionWords.AlsoOne);
        _companions = words.Of(FunctionWords.Companion);
        _companionBreaks = words.Of(FunctionWords.CompanionBreak);
        _victimDescriberStops = words.Of(FunctionWords.VictimDescriberStop);
        _toldVictims = words.Of(FunctionWords.ToldVictims);
        _restatedTolls = words.Of(FunctionWords.RestatedToll);
        _runningCounts = words.Of(FunctionWords.RunningCount);
        _arrestVerbs = words.Of(FunctionWords.ArrestVerb);
        _deathVerbs = words.Of(FunctionWords.DeathVerb);
    }

    public static CasualtyRecognizer Default { get; } = new(PersonNouns.Default, FunctionWords.Default, NumberRecognizer.Default.Ordinals);

    /// <summary>
    /// The sentence counts the dead and the hurt together with one figure, a number or a vague count (casualties.tsv kind
    /// mixed): "the troops killed and wounded scores of fighters", "killing and wounding 30". The figure counts neither,
    /// but says there were victims.
    /// </summary>
    public bool CountsDeadAndHurt(AnnotatedDocument doc, Sentence sentence)
    {
        var words = doc.Words;
        var firstWord = doc.WordAt(sentence.Start);
        var lastWord = doc.WordAt(sentence.End) - 1;
        if (firstWord < words.Count && _hypotheticalOpeners.Contains(words[firstWord].Key)) return false;
        var numbers = doc.NumbersIn(sentence.Span).ToList();
        foreach (var cue in doc.CuesIn(sentence.Span, CueKind.Casualty))
        {
            var cc = cue.As<CasualtyCue>();
            if (cc.Kind != CasualtyMention.Mixed || IsIntention(doc, cue, firstWord) || IsPenalty(doc, cue, firstWord) || IsNegated(doc, cue, firstWord)
                || IsCounterfactual(doc, cue, firstWord)) continue;
            var figure = (cc.Position is "before" or "around" ? FigureAfter(doc, numbers, [], cue, cc, lastWord) : null)
                         ?? (cc.Position is "after" or "around" ? FigureBefore(doc, numbers, [], cue, cc, firstWord) : null);
            if (figure is { Value: > 0 } or { Value: null, Qualifier: Qualifiers.Dozens }) return true;
        }
        return false;
    }

    /// <summary>
    /// A row of a pipe table under a header whose columns name the dead and the wounded (<see cref="PipeTable"/>):
    /// "| Site | Guards killed | Guards wounded |" over "| Riverton | 2 | 5 |" counts 2 killed and 5 injured at the place
    /// the town of the row's first cell that names one (a date may come before it: "| 06 May | Riverton | 2 | 5 |"). A cell
    /// counts when it holds one number alone under a header that has a casualty word and no attacker noun (persons.tsv:
    /// "Raiders killed" counts the attackers, never victims) and is no zero (a table fills every cell: "| Elmwood | 0 | 1 |"
    /// reports the one wounded, no count of the dead); a row whose cells name no place (a kind of people) counts nothing, unless it is the table's total (<see cref="IsTotalRow"/>), whose
    /// figures are those of all the rows. Null when the sentence is no row of such a table.
    /// </summary>
    private List<CasualtyMention>? TableRowFigures(AnnotatedDocument doc, Sentence sentence)
    {
        var header = PipeTable.HeaderAbove(doc.Text, sentence.Start);
        if (header.Count == 0) return null;
        var kinds = header.Select(h => ColumnKind(doc, h)).ToList();
        if (kinds.All(k => k is null)) return null;
        var cells = PipeTable.CellsAt(doc.Text, sentence.Start);
        // a row headed by a place of care ("| Riverton District Hospital | 6 | 1 |"): the table counts the patients each took
        // in, not the victims of an attack at its town
        if (cells.Count > 0 && doc.CuesIn(cells[0], CueKind.Target).Any(t => t.As<string>() == "health")) return null;
        var found = new List<CasualtyMention>();
        var label = cells.FindIndex(c => doc.PlacesIn(c).Any());
        if (cells.Count == 0 || label < 0 && !IsTotalRow(doc, sentence)) return found;
        for (var i = 1; i < cells.Count && i < kinds.Count; i++)
        {
            if (i == label || kinds[i] is not { } kind || cells[i].Start < sentence.Start || cells[i].End > sentence.End) continue;
            var numbers = doc.NumbersIn(cells[i]).ToList();
            if (numbers is [{ Value: > 0 } n] && n.Start == cells[i].Start && n.End == cells[i].End)
                found.Add(new CasualtyMention(kind, n.Value, n.Qualifier, cells[i], n.Span));
        }
        return found;
    }

    /// <summary>
    /// The sentence is a row of a pipe table whose header has a column of the dead or the wounded, whatever its cells hold
    /// ("| 08 May | Elmwood | 0 | 0 |" under "| Date | Town | Killed | Injured |"): the row tells its own incident.
    /// </summary>
    public bool IsCasualtyTableRow(AnnotatedDocument doc, Sentence sentence) => TableRowFigures(doc, sentence) is not null;

    /// <summary>
    /// The sentence is a pipe table's row labelled as the sum of those above it (function_words.tsv kind total_label):
    /// "| Total | 4 | 6 |".
    /// </summary>
    public bool IsTotalRow(AnnotatedDocument doc, Sentence sentence)
    {
        var cells = PipeTable.CellsAt(doc.Text, sentence.Start);
        if (cells.Count == 0 || PipeTable.HeaderAbove(doc.Text, sentence.Start).Count == 0) return false;
        var first = doc.WordAt(cells[0].Start);
        return first < doc.Words.Count && doc.Words[first].Start < cells[0].End && _totalLabels.Contains(doc.Words[first].Key);
    }

    /// <summary>The most lines holding text that may stand between a table's last row and the totals line under it (a "|}" that closes it).</summary>
    private const int MaxLinesAboveTotals = 2;

    /// <summary>
    /// The sentence is a totals line written under a table, outside it: it opens its line with a label of kind total_label
    /// followed by a colon or a bracketed note ("Totals: 7 dead", "Total (all rows): 7 dead"), and one of the lines holding
    /// text right above it is a table's data row. Its figures are the sum of the rows, no incident's.
    /// </summary>
    public bool IsTotalLineUnderTable(AnnotatedDocument doc, Sentence sentence)
    {
        var text = doc.Text;
        var lineStart = sentence.Start == 0 ? 0 : text.LastIndexOf('\n', sentence.Start - 1) + 1;
        if (!string.IsNullOrWhiteSpace(text[lineStart..sentence.Start])) return false;
        var first = doc.WordAt(sentence.Start);
        if (first + 1 >= doc.Words.Count || doc.Words[first].Start >= sentence.End || !_totalLabels.Contains(doc.Words[first].Key)
            || doc.Words[first + 1].Key is not (":" or "(")) return false;
        var end = lineStart - 1;
        for (var seen = 0; end > 0 && seen < MaxLinesAboveTotals;)
        {
            var start = text.LastIndexOf('\n', end - 1) + 1;
            if (!string.IsNullOrWhiteSpace(text[start..end]))
            {
                if (PipeTable.RowStart(text, start) >= 0) return true;
                seen++;
            }
            end = start - 1;
        }
        return false;
    }

    /// <summary>What a table's column counts: the dead or the wounded its header's casualty word names, unless an attacker noun says whose.</summary>
    private string? ColumnKind(AnnotatedDocument doc, TextSpan header)
    {
        for (var w = doc.WordAt(header.Start); w < doc.Words.Count && doc.Words[w].Start < header.End; w++)
            if (_persons.IsAttacker(doc.Words[w].Key)) return null;
        return doc.CuesIn(header, CueKind.Casualty).Select(c => c.As<CasualtyCue>().Kind)
            .FirstOrDefault(k => k is CasualtyMention.Killed or CasualtyMention.Injured);
    }

    /// <summary>Most words of a bracketed note between a record line's casualty label and its colon: "Killed (victims, all civilians):".</summary>
    private const int MaxLabelNoteWords = 6;

    /// <summary>Most words of a source between a record line's casualty label and its colon: "Killed, according to the local officials of the commune:".</summary>
    private const int MaxLabelSourceWords = 10;

    /// <summary>
    /// A record's "key: value" line labelled by casualty words of kind killed or injured that open the line ("Killed: 3",
    /// "Injured (victims): 2 (gunshot wounds)"): the figure right after the colon counts them. A label that opens with other
    /// words ("Perpetrators killed: 2", "Abducted: 9") is no such line. Null for any other shape.
    /// </summary>
    private CasualtyMention? LabelledFigure(AnnotatedDocument doc, List<NumberMention> numbers, HashSet<int> used, Cue cue, CasualtyCue cc, int firstWord, int lastWord)
    {
        var words = doc.Words;
        // a list's bullet and a markdown label's bold marks stand before it ("- **Killed:** 2 workers")
        var opens = firstWord;
        while (opens < cue.FirstWord && IsMarkup(words[opens].Key)) opens++;
        if (cue.FirstWord != opens || cc.Kind is not (CasualtyMention.Killed or CasualtyMention.Injured)) return null;
        var w = cue.LastWord + 1;
        if (w <= lastWord && words[w].Key == "(")
        {
            var close = w + 1;
            while (close <= lastWord && close - w <= MaxLabelNoteWords && words[close].Key != ")") close++;
            if (close > lastWord || words[close].Key != ")") return null;
            w = close + 1;
        }
        // a source between the label and its colon, after a comma ("Killed, according to the district office: 4"): words
        // with no figure and no other casualty word, up to the colon
        if (w <= lastWord && words[w].Key == ",")
        {
            var colon = w + 1;
            while (colon <= lastWord && colon - w <= MaxLabelSourceWords && words[colon].Key != ":" && !numbers.Any(n => n.Start == words[colon].Start)) colon++;
            if (colon > lastWord || colon == w + 1 || words[colon].Key != ":") return null;
            var between = new TextSpan(words[w].End, words[colon].Start);
            if (doc.CuesIn(between, CueKind.Casualty).Any()) return null;
            w = colon;
        }
        if (w + 1 > lastWord || words[w].Key != ":") return null;
        while (w + 2 <= lastWord && IsMarkup(words[w + 1].Key) && words[w + 1].Key != "-") w++;
        var number = numbers.FirstOrDefault(n => n.Start == words[w + 1].Start);
        if (number is null || used.Contains(number.Start)) return null;
        used.Add(number.Start);
        return new CasualtyMention(cc.Kind, number.Value, number.Qualifier, new TextSpan(cue.Start, number.End), number.Span);
    }

    /// <summary>A list's bullet or an emphasis mark of markdown, no word: "-", "*", "**", "\u2022", "_".</summary>
    private static bool IsMarkup(string key) => key.Length > 0 && key.All(c => c is '-' or '*' or '_' or '\u2022' or '#');

    /// <summary>The casualty figures of a sentence; a <paramref name="headline"/> may drop its auxiliaries ("Man shot, killed").</summary>
    public List<CasualtyMention> Recognize(AnnotatedDocument doc, Sentence sentence, bool headline = false)
    {
        var found = new List<CasualtyMention>();
        var words = doc.Words;
        var firstWord = doc.WordAt(sentence.Start);
        var lastWord = doc.WordAt(sentence.End) - 1;
        if (TableRowFigures(doc, sentence) is { } row) return row;
        var numbers = doc.NumbersIn(sentence.Span).ToList();
        var used = new HashSet<int>();
        var cues = doc.CuesIn(sentence.Span, CueKind.Casualty).ToList();
        // "If that is confirmed, the shooting becomes a triple homicide": what would be, not what was
        if (firstWord < words.Count && _hypotheticalOpeners.Contains(words[firstWord].Key)) return found;

        foreach (var cue in cues)
        {
            var cc = cue.As<CasualtyCue>();
            if (IsIntention(doc, cue, firstWord) || IsPenalty(doc, cue, firstWord) || IsNegated(doc, cue, firstWord) || IsCounterfactual(doc, cue, firstWord) || IsMotion(doc, cue, cc, lastWord)
                || IsCheckOnly(doc, cue, cc, lastWord)) continue;
            // "two civilians among the dead": the figure counts a part of victims counted elsewhere, never a count
            if (PartOpenedBefore(doc, cue, firstWord) is >= 0 and var opener) { TakeFigureBefore(doc, numbers, used, opener, firstWord); continue; }
            // "Killed: 3", "Injured (victims): 2": a record's line labelled by its casualty words
            if (LabelledFigure(doc, numbers, used, cue, cc, firstWord, lastWord) is { } labelled) { found.Add(labelled); continue; }
            CasualtyMention? mention = null;
            if (cc.Position == "single")
            {
                // "a fatal shooting", "a shooting death": one victim, named by the event itself
                var before = cue.FirstWord - 1;
                // "an apparent murder-suicide", "a possible double homicide": up to two describing words between
                for (var skipped = 0; skipped < 2 && before > firstWord && doc.Words[before].Key is not ("a" or "an" or "another")
                                      && char.IsLower(doc.Text[doc.Words[before].Start]) && doc.Words[before - 1].Key is "a" or "an" or "another" or "apparent" or "possible" or "suspected"; skipped++)
                    before--;
                if (before >= firstWord && doc.Words[before].Key is "a" or "an" or "another" && doc.Words[cue.LastWord].Key != "of")
                    found.Add(new CasualtyMention(cc.Kind, cc.Count, Qualifiers.Exact, new TextSpan(doc.Words[before].Start, cue.End), new TextSpan(doc.Words[before].Start, doc.Words[before].End)));
                // "the assassination of the five students": the victims counted after "of" (and its determiner)
                else if (cc.Count == 1 && doc.Words[cue.LastWord].Key == "of" && FigureAfter(doc, numbers, used, cue, cc, lastWord) is { } counted)
                    found.Add(counted);
                else if (cc.Count == 1 && SingleVictimOf(doc, numbers, cue, lastWord) is { } victim)
                    found.Add(new CasualtyMention(cc.Kind, 1, Qualifiers.Exact, new TextSpan(cue.Start, victim.End), victim));
                continue;
            }
            if (cc.Kind == CasualtyMention.Mixed)
            {
                // "killing and wounding 40", "25 killed or wounded": the figure is taken (marked used) but counts no one
                _ = (cc.Position is "before" or "around" ? FigureAfter(doc, numbers, used, cue, cc, lastWord) : null)
                    ?? (cc.Position is "after" or "around" ? FigureBefore(doc, numbers, used, cue, cc, firstWord) : null);
                continue;
            }
            if (cc.Position == "self")
            {
                // "turned the gun on himself", "a self-inflicted gunshot wound": the phrase is its own one death
                found.Add(new CasualtyMention(cc.Kind, cc.Count, Qualifiers.Exact, cue.Span, cue.Span));
                continue;
            }
            if (cc.Position == "intake")
            {
                if (Intake(doc, numbers, used, cue, cc, firstWord) is { } taken) found.Add(taken);
                continue;
            }
            if (cc.Position == "harm")
            {
                // "two guards on duty at the gate suffered minor cuts", "the driver remained in hospital with burns"
                if (HarmNounAfter(doc, cue, lastWord))
                    mention = FigureBefore(doc, numbers, used, cue, cc, firstWord) ?? ClauseSubject(doc, numbers, used, cue, cc, firstWord, lastWord);
                if (mention is not null) found.Add(mention);
                continue;
            }
            // "bringing to two the number of victims killed", "that brings the dead of the ambush to four soldiers"
            if (cc.Kind is CasualtyMention.Killed or CasualtyMention.Injured
                && (FrontedTollFigure(doc, numbers, used, cue, cc, firstWord) ?? RaisedTollFigure(doc, numbers, used, cue, cc, firstWord, lastWord)) is { } raised)
            {
                found.Add(raised);
                continue;
            }
            if (cc.Position == "victim")
            {
                mention = OneVictim(doc, cue, cc, firstWord, lastWord) ?? VictimBefore(doc, cue, cc, firstWord);
                if (mention is not null) found.Add(mention);
                continue;
            }
            // "Fourth death confirmed", "a third fatality was reported": the running toll
            if (OrdinalDeath(doc, cue, cc, firstWord) is { } nth)
            {
                found.Add(nth);
                continue;
            }
            if (cc.Position is "before" or "around" || cc.Position == "after" && CountedByToll(doc.Words, cue))
            {
                mention = FigureAfter(doc, numbers, used, cue, cc, lastWord);
                // "killing two guards and a cook": the victims joined after the counted ones
                if (mention is { Value: not null } && JoinedAfter(doc, numbers, used, doc.WordAt(mention.Figure.End), lastWord) is { } more)
                    mention = mention with
                    {
                        Value = mention.Value + more.Added, Span = new TextSpan(mention.Span.Start, more.End),
                        Qualifier = mention.Qualifier == Qualifiers.Exact ? more.Qualifier : mention.Qualifier,
                    };
            }
            if (mention is null && cc.Position is "after" or "around")
            {
                mention = FigureBefore(doc, numbers, used, cue, cc, firstWord) ?? CountedSubject(doc, numbers, used, cue, cc, firstWord)
                          ?? RelativeCount(doc, numbers, used, cue, cc, firstWord);
                if (mention is { Value: not null } && mention.Figure.End <= cue.Start
                    && JoinedBefore(doc, numbers, used, doc.WordAt(mention.Figure.Start) - 1, firstWord) is { } joined)
                    mention = mention with
                    {
                        Value = mention.Value + joined.Added, Span = new TextSpan(joined.Start, mention.Span.End), Figure = new TextSpan(joined.Start, mention.Figure.End),
                        Qualifier = mention.Qualifier == Qualifiers.Exact ? joined.Qualifier : mention.Qualifier,
                    };
            }
            // "seven guards were killed, and also two drivers": a group joined after the words that counted the one before
            if (mention is { Value: not null } && mention.Figure.End <= cue.Start && cc.Position is "after" or "around"
                && JoinedAfterVerb(doc, numbers, used, cue.LastWord + 1, lastWord) is { } also)
                mention = mention with
                {
                    Value = mention.Value + also.Added, Span = new TextSpan(mention.Span.Start, also.End),
                    Qualifier = mention.Qualifier == Qualifiers.Exact ? also.Qualifier : mention.Qualifier,
                };
            if (mention is null && cc.Position is "after" or "around") mention = VictimList(doc, cue, cc, firstWord, headline || IsHeadingLine(doc, sentence));
            if (mention is null && cc.Position is "after" or "around") mention = BareOneBefore(doc, cue, cc, firstWord);
            if (mention is null && cc.Position is "before" or "around") mention = AnotherAfter(doc, numbers, cue, cc, lastWord);
            if (mention is null && OneVictim(doc, cue, cc, firstWord, lastWord) is { } one)
            {
                mention = AlsoOneAfter(doc, one, cue, lastWord) ?? CompanionsAfter(doc, numbers, one, cue, lastWord) ?? one;
                // "injuring a bus driver and two passengers", "killed a judge and his driver", "wounding a woman and a child":
                // the victims counted after the one the verb names first (a part with a figure of its own, or one person after
                // a determiner or a possessive)
                if (ReferenceEquals(mention, one) && one.Figure.Start >= cue.End && one.Span.End == one.Figure.End
                    && JoinedAfterNoun(doc, numbers, used, doc.WordAt(one.Figure.Start), lastWord) is { } others)
                    mention = one with
                    {
                        Value = 1 + others.Added, Span = new TextSpan(one.Span.Start, others.End), Figure = new TextSpan(one.Figure.Start, others.End),
                        Qualifier = others.Qualifier,
                    };
            }
            // "The victims who lost their lives are:" and a bulleted line for each: the persons listed below the heading
            if (mention is null && cc.Kind is CasualtyMention.Killed or CasualtyMention.Injured) mention = ListedBelow(doc, cue, cc, lastWord);
            // "Clerk Kills Robbery Suspect": before a verb in the present tense, the headline's noun is the attacker
            if (mention is null && headline && !_activeVerbs.Contains(words[cue.FirstWord].Key)) mention = HeadlineVictims(doc, cue, cc, firstWord);
            // "Two die in clash", "Third guard dies": a headline's present "die(s)" counts a written figure or an ordinal
            // before its noun; a bare subject ("Guard dies after ...") may be an attacker's or an accident's death
            if (mention is not null && cue.FirstWord == cue.LastWord && _countedOnlyDeaths.Contains(words[cue.FirstWord].Key)
                && !numbers.Any(n => n.Start >= mention.Figure.Start && n.End <= mention.Figure.End) && OrdinalToll(doc, mention, firstWord, lastWord) is null)
                mention = null;
            if (mention is not null) found.Add(mention);
        }
        // "The police count was four dead. The hospital says the number is six": the count of the dead given again
        if (RestatedToll(doc, numbers, used, firstWord, lastWord) is { } restated) found.Add(restated);
        found = CountVictims(doc, found);
        // "the murder of X, who was shot dead on Friday together with his driver": one victim named again by the count of
        // him and his companions is counted there only
        found.RemoveAll(f => f.Value == 1 && found.Any(k => k != f && k.Kind == f.Kind && k.Value > 1 && SamePerson(doc, f.Figure, k.Figure)));
        // "A fourth soldier has died", "Fourth victim dies", "the fifth person to die": a death named by its place in a
        // running count is that count
        found = found.Select(f => OrdinalToll(doc, f, firstWord, lastWord) ?? f).ToList();
        // "raising the toll to three, counting the two attackers": the attackers come off the count
        found = found.Select(f => WithoutAttackers(doc, numbers, used, f, lastWord) ?? f).ToList();
        // "Counting the gunman, four people died": the attackers named first come off the count too
        found = found.Select(f => WithoutOpeningAttackers(doc, numbers, used, f, firstWord) ?? f).ToList();
        // "she was taken to a hospital, where she died": the one taken there is the one who died after
        // "was hit in the chest and died on the spot": a death phrase after it, even one whose subject went unread
        // "a guard who was wounded at the gate died on Tuesday": the one hurt is the one who died (the same noun read twice)
        found.RemoveAll(f => f.Kind == CasualtyMention.Injured && f.Value == 1
                             && found.Any(k => k.Kind == CasualtyMention.Killed && k.Value == 1 && k.Figure == f.Figure && k.Span.Start == f.Span.Start && k.Span.End > f.Span.End));
        // "the reporter was taken to hospital but died on the way", "a guard was badly hurt and later died", "was rushed to
        // hospital, where he died": the one hurt goes on to die (a death with no subject of its own after "and"/"but", or
        // with "he"/"she"): one killed, none hurt
        var diedAfterHurt = found.Where(f => f.Kind == CasualtyMention.Injured && f.Value == 1 && !doc.NumbersIn(f.Figure).Any())
            .Select(f => (Hurt: f, Death: LaterOwnDeath(doc, cues, f, lastWord))).Where(p => p.Death is not null).ToList();
        foreach (var (hurt, death) in diedAfterHurt)
        {
            var index = found.IndexOf(hurt);
            // the death read already with its own "he"/"she" is the one death: the hurt is dropped, not counted again
            if (found.Any(k => k.Kind == CasualtyMention.Killed && k.Span.Start <= death!.Start && k.Span.End >= death.End)) found.RemoveAt(index);
            // the span stays the injury's: the words up to the death ("taken to hospital") name no victim
            else found[index] = hurt with { Kind = CasualtyMention.Killed };
        }
        // "the guard, one of the two men who had been badly hurt, died on Friday": the hurt told in an aside of the one who
        // then died is a later death, no count of the hurt: one more dead, or none when the sentence's running toll counts him
        // already ("the toll rose to four when ...")
        foreach (var hurt in found.Where(f => f.Kind == CasualtyMention.Injured && f.Value == 1).ToList())
        {
            if (DeathAfterHurtAside(doc, cues, hurt, lastWord) is null) continue;
            var index = found.IndexOf(hurt);
            if (found.Any(k => k.Kind == CasualtyMention.Killed && AnyOf(words, doc.WordAt(k.Span.Start), doc.WordAt(k.Figure.Start), _tollNouns))) found.RemoveAt(index);
            else found[index] = hurt with { Kind = CasualtyMention.Killed, Addition = true, LaterDeath = true };
        }
        found.RemoveAll(f => f.Kind == CasualtyMention.Treated && f.Value == 1
                             && (found.Any(k => k.Kind == CasualtyMention.Killed && k.Span.Start >= f.Span.End)
                                 || cues.Any(c => c.Start >= f.Span.End && c.As<CasualtyCue>().Kind == CasualtyMention.Killed)));

        // Continuations: "73 were killed in A and another 48 in B", "a total of 78, including 45 in A and 33 in B", "seven
        // dead: four at A and three at B".
        var placeClauses = new HashSet<int>();
        if (found.Count > 0)
        {
            for (var n = 0; n < numbers.Count; n++)
            {
                var number = numbers[n];
                if (used.Contains(number.Start) || number.Start < found[0].Figure.Start) continue;
                var w = doc.WordAt(number.End);
                // "nine soldiers were killed at X and four people at Y": the elided figure may name its victims (a plural
                // victim noun, persons.tsv) before its place
                if (w + 1 <= lastWord && _persons.IsVictim(words[w].Key) && !_persons.IsSingularVictim(words[w].Key) && words[w + 1].Key is "in" or "at"
                    && !found.Any(f => f.Span.Start <= number.Start && f.Span.End >= number.End))
                    w++;
                // "nine were killed at X and four at Y, 13 in total", "with the watchman, six in the two attacks": a figure
                // right before a word of a series' total (waves.tsv kind total) counts what the figure before it counted, for
                // all the attacks together
                if (w <= lastWord && !found.Any(f => f.Span.Start <= number.Start && f.Span.End >= number.End)
                    && doc.CuesIn(sentence.Span, CueKind.Wave).Any(c => c.FirstWord == w && c.As<string>() == "total"))
                {
                    var before = found.LastOrDefault(f => f.Figure.End <= number.Start) ?? found[0];
                    used.Add(number.Start);
                    found.Add(new CasualtyMention(before.Kind, number.Value, number.Qualifier, number.Span, number.Span, Continuation: true));
                    continue;
                }
                // "In X, nine were killed; in Y, four more": the figure of the next place's clause
                if (PlaceClauseFigure(doc, number, firstWord, lastWord))
                {
                    var before = found.LastOrDefault(f => f.Figure.End <= number.Start) ?? found[0];
                    used.Add(number.Start);
                    placeClauses.Add(number.Start);
                    found.Add(new CasualtyMention(before.Kind, number.Value, number.Qualifier, number.Span, number.Span, Continuation: true));
                    continue;
                }
                // "another 48 in Tartus": the figure of a place; "six in the back" counts wounds; "five at the X checkpoint":
                // the figure of a named site (not of a hospital that treats them: "two at the General Hospital")
                if (PlaceAfterFigure(doc, w, lastWord) is not true) continue;
                // "...: four at X Square and three at Y Bridge": the figure of a site of the town, in a list after the toll
                // (after a colon, a comma or "and"; "wounds 8 at X" is no part of a toll)
                var siteOfList = words[w].Key == "at" && IsCapitalised(doc, w + 1) && ListedFigure(doc, number, firstWord);
                if (IsPerpetratorCount(doc, number)) continue;
                // "kill 9, kidnap 40 in Kebbi": the figure is the object of another act (a kidnapping), not more victims
                if (ObjectOfKidnapping(doc, number)) continue;
                var previous = found.LastOrDefault(f => f.Figure.End <= number.Start) ?? found[0];
                // "nine were killed in X, and five at the Y checkpoint": "at" continues only a figure that was itself
                // placed by "in" or "at" and a name, and counts no figure read already ("kills 3, wounds 8 at X")
                if (words[w].Key == "at" && (found.Any(f => f.Figure.Start == number.Start) || !siteOfList && !PlacedByName(doc, previous, lastWord))) continue;
                // "four wounded are still in hospital, two in X and two in Y": those still in care by the town that treats
                // them, not more victims nor the places they were hit
                if (RemainderBetween(doc, previous, number)) continue;
                used.Add(number.Start);
                found.Add(new CasualtyMention(previous.Kind, number.Value, number.Qualifier, number.Span, number.Span, Continuation: true));
            }
            // "six were killed, five in X and one in Y": the lone "one" (no number of its own, numbers.tsv) of a town in
            // the same verbless list
            foreach (var one in BareOnesOfPlaces(doc, numbers, found, firstWord, lastWord))
                found.Add(one);
        }
        found.RemoveAll(f => f.Value > MaxSingleAttackToll);
        // "three others died later", "two more were wounded": victims beyond those an earlier figure counted; "two people
        // died of their injuries overnight": deaths among the hurt, beyond the dead counted before
        found = found.Select(f => !placeClauses.Contains(f.Figure.Start) && f.Value is not null && (doc.WordAt(f.Figure.End) is var after && after <= lastWord && _additionWords.Contains(words[after].Key) && !RestOfCounted(doc, f, firstWord)
            || IsLaterDeath(doc, f, firstWord, lastWord)) && numbers.Any(n => n.End == f.Figure.End) || OneMoreVictim(doc, f, firstWord) ? f with { Addition = true } : f)
            // "the driver, who was wounded in the blast, died": one of the hurt who died since, with or without a number
            .Select(f => !placeClauses.Contains(f.Figure.Start) && f.Value is not null && IsLaterDeath(doc, f, firstWord, lastWord) ? f with { LaterDeath = true } : f)
            .Select(f => AnyOf(words, doc.WordAt(f.Span.Start), doc.WordAt(f.Figure.Start), _tollNouns) || f.Kind == CasualtyMention.Killed && HoldsLaterDeath(doc, f, lastWord) ? f with { Total = true } : f)
            .ToList();
        // one victim read twice ("shot a clerk dead": through "shot" and through "dead") is one figure
        found = found.DistinctBy(f => (f.Kind, f.Figure)).ToList();
        // "his cameraman ... was hit in the chest": one person taken for care, named by a relation to another (the one
        // killed), is someone beside the dead: injured, unless a death follows in the sentence
        found = found.Select(f => f is { Kind: CasualtyMention.Treated, Value: 1 } && RelatedOne(doc, numbers, f, firstWord) is >= 0 and var noun
                                  && !(f.Span.End < words[lastWord].End && doc.CuesIn(new TextSpan(f.Span.End, words[lastWord].End), CueKind.Casualty).Any(c => c.As<CasualtyCue>().Kind == CasualtyMention.Killed))
            ? f with { Kind = CasualtyMention.Injured, Figure = new TextSpan(words[noun].Start, words[noun].End) } : f).ToList();
        found.Sort((a, b) => a.Figure.Start.CompareTo(b.Figure.Start));
        // "40 wounded, nine of them in critical condition": a part ("N of them", "N of whom") of victims of the same kind
        // counted just before is no count of its own
        found.RemoveAll(f => IsPartOfEarlier(doc, f, found));
        return found;
    }

    /// <summary>
    /// A one-person figure (no number) whose person is a singular victim noun right after a possessive ("his cameraman",
    /// "the guard's son"): the figure's own noun, or the subject of the auxiliary the figure stands on. The noun's word, or -1.
    /// </summary>
    private int RelatedOne(AnnotatedDocument doc, List<NumberMention> numbers, CasualtyMention f, int firstWord)
    {
        if (numbers.Any(n => n.Start < f.Figure.End && f.Figure.Start < n.End)) return -1;
        var w = doc.WordAt(f.Figure.Start);
        // "his cameraman, Joel Roe, 29, was hit": the figure is the verb's auxiliary; its subject is past the asides
        if (_auxiliaries.Contains(doc.Words[w].Key)) w = SubjectEnd(doc, w, firstWord);
        if (w < firstWord || !_persons.IsSingularVictim(doc.Words[w].Key)) return -1;
        return w - 1 >= firstWord && IsPossessive(doc.Words[w - 1].Key) ? w : -1;
    }

    /// <summary>
    /// "Five villagers lost their lives, among them a wounded girl who died before dawn": a count of the dead that
    /// holds ("among", "including" right after it) one of the hurt (function_words.tsv kind hurt_noun) or a later death
    /// (kind later_death) who died since, within <see cref="MaxRelativeReach"/> words: the toll reached so far.
    /// </summary>
    private bool HoldsLaterDeath(AnnotatedDocument doc, CasualtyMention f, int lastWord)
    {
        var words = doc.Words;
        var w = doc.WordAt(f.Span.End);
        if (w <= lastWord && words[w].Key == ",") w++;
        if (w > lastWord || words[w].Key is not ("among" or "including")) return false;
        bool hurt = false, died = false;
        for (var k = w + 1; k <= lastWord && k <= w + MaxRelativeReach; k++)
        {
            var key = words[k].Key;
            if (key is ";" or ".") break;
            hurt |= _hurtNouns.Contains(key) || _laterDeaths.Contains(key);
            died |= _deathVerbs.Contains(key);
        }
        return hurt && died;
    }

    /// <summary>
    /// The words right after a figure name its place: "in" and a capitalised word ("another 48 in Tartus"), or "at", an
    /// optional "the" and a capitalised word that opens no hospital's name ("five at the Tikrit checkpoint", not "two at
    /// the General Hospital", which counts those treated there).
    /// </summary>
    private bool? PlaceAfterFigure(AnnotatedDocument doc, int w, int lastWord)
    {
        var words = doc.Words;
        if (w + 1 > lastWord) return false;
        if (words[w].Key == "in") return IsCapitalised(doc, w + 1);
        if (words[w].Key != "at") return false;
        var name = words[w + 1].Key == "the" ? w + 2 : w + 1;
        if (name > lastWord || !IsCapitalised(doc, name)) return false;
        for (var k = name; k <= lastWord && k <= name + 3; k++)
            if (_careNouns.Contains(words[k].Key)) return false; // a place of care (function_words.tsv kind care_noun)
        return true;
    }

    /// <summary>
    /// The figure is placed by a name: "in" or "at" and a capitalised word within two words after its casualty words
    /// ("nine were killed in X"), as the figure an elliptic "and five at Y" continues must be (not "seven were killed in
    /// all: four at X, three at Y", a breakdown of a total).
    /// </summary>
    private bool PlacedByName(AnnotatedDocument doc, CasualtyMention m, int lastWord)
    {
        var after = doc.WordAt(m.Span.End);
        for (var k = after; k <= lastWord && k <= after + 2; k++)
            if (doc.Words[k].Key is "in" or "at" && k + 1 <= lastWord && IsCapitalised(doc, k + 1)) return true;
        return false;
    }

    /// <summary>
    /// A death noun of one (function_words.tsv kind casualty_noun) right after an ordinal word (numbers.tsv kind ordinal,
    /// second or later) that opens the sentence or follows "a"/"an" or a headline's colon: "Fourth death confirmed",
    /// "Kano blast: third death", "a second fatality was reported". The running toll, a
    /// <see cref="CasualtyMention.Total"/>; "the second death this month" numbers a series and counts nothing here.
    /// </summary>
    private CasualtyMention? OrdinalDeath(AnnotatedDocument doc, Cue cue, CasualtyCue cc, int firstWord)
    {
        var words = doc.Words;
        if (cc.Kind != CasualtyMention.Killed || cue.FirstWord != cue.LastWord || !_casualtyNouns.Contains(words[cue.FirstWord].Key)) return null;
        var w = cue.FirstWord - 1;
        if (w < firstWord || !_ordinals.TryGetValue(words[w].Key, out var place) || place < 2) return null;
        if (w > firstWord && words[w - 1].Key is not ("a" or "an" or ":")) return null;
        var ordinal = new TextSpan(words[w].Start, words[w].End);
        return new CasualtyMention(CasualtyMention.Killed, place, Qualifiers.Exact, new TextSpan(words[w].Start, cue.End), ordinal, Total: true);
    }

    /// <summary>
    /// A capitalised word right before the victim noun, past the sentence's first word, that is no ordinal itself: a
    /// nationality or a force's name describing the victim, "a second Nigerian policeman has died" (the ordinal is
    /// the word before it).
    /// </summary>
    private bool NationalityBefore(AnnotatedDocument doc, int noun, int firstWord) =>
        noun - 2 >= firstWord && IsCapitalised(doc, noun - 1) && !_ordinals.ContainsKey(doc.Words[noun - 1].Key);

    /// <summary>
    /// One death whose victim noun follows an ordinal word (numbers.tsv kind ordinal): "a fourth soldier has died",
    /// "Fourth victim dies" (after "a"/"an" or opening the sentence) and "the third person to die" (after "the" only
    /// before an infinitive) give the running toll, a <see cref="CasualtyMention.Total"/> that holds the dead counted
    /// before; a nationality may stand between (<see cref="NationalityBefore"/>). "The second victim was pronounced dead"
    /// names one of the victims, dead or hurt, and counts nothing.
    /// Injuries are left alone: "a second man was wounded" may follow deaths, not wounds.
    /// </summary>
    private CasualtyMention? OrdinalToll(AnnotatedDocument doc, CasualtyMention f, int firstWord, int lastWord)
    {
        if (f.Kind != CasualtyMention.Killed || f.Value != 1 || f.Continuation) return null;
        var words = doc.Words;
        var noun = doc.WordAt(f.Figure.Start);
        if (noun <= firstWord || !_persons.IsSingularVictim(words[noun].Key)) return null;
        var ordinal = NationalityBefore(doc, noun, firstWord) ? noun - 2 : noun - 1;
        if (ordinal < firstWord) return null;
        if (!_ordinals.TryGetValue(words[ordinal].Key, out var place) || place < 2) return null;
        var det = ordinal - 1;
        var running = det < firstWord || words[det].Key is "a" or "an"
                      || words[det].Key == "the" && noun + 1 <= lastWord && words[noun + 1].Key == "to";
        if (!running) return null;
        return f with
        {
            Value = place, Total = true, Figure = new TextSpan(words[ordinal].Start, words[noun].End),
            Span = new TextSpan(Math.Min(f.Span.Start, words[ordinal].Start), f.Span.End),
        };
    }

    /// <summary>
    /// A sentence that opens with the attackers a count of the dead holds (function_words.tsv kind attacker_count_opener,
    /// then a figure and a plural perpetrator noun of persons.tsv, or a singular one for one): "Counting the gunman, who
    /// was shot by police, four people died" counts three victims. Returns the count without them, else null (also when
    /// the attackers would be all of it).
    /// </summary>
    private CasualtyMention? WithoutOpeningAttackers(AnnotatedDocument doc, List<NumberMention> numbers, HashSet<int> used, CasualtyMention f, int firstWord)
    {
        if (f.Kind != CasualtyMention.Killed || f.Value is not { } value) return null;
        var words = doc.Words;
        var w = firstWord;
        if (!_attackerCountOpeners.Contains(words[w].Key)) return null;
        w++;
        if (w < words.Count && words[w].Key is "the" or "their" or "both") w++;
        if (w >= words.Count || words[w].Start >= f.Figure.Start) return null;
        int attackers;
        if (numbers.FirstOrDefault(n => n.Start == words[w].Start) is { Value: { } counted } number)
        {
            var plural = doc.WordAt(number.End);
            if (plural >= words.Count || !_persons.IsPerpetrator(words[plural].Key) || _persons.IsSingularPerpetrator(words[plural].Key)) return null;
            used.Add(number.Start);
            attackers = counted;
        }
        else if (_persons.IsSingularPerpetrator(words[w].Key)) attackers = 1;
        else return null;
        return attackers >= value ? null : f with { Value = value - attackers };
    }

    /// <summary>
    /// A count of the dead followed by the attackers it holds (function_words.tsv kind attacker_count_opener, then a
    /// figure and a perpetrator noun of persons.tsv): "raising the toll to five, counting the two gunmen" counts three
    /// victims. Returns the count without them, else null (also when the attackers would be all of it).
    /// </summary>
    private CasualtyMention? WithoutAttackers(AnnotatedDocument doc, List<NumberMention> numbers, HashSet<int> used, CasualtyMention f, int lastWord)
    {
        if (f.Kind != CasualtyMention.Killed || f.Value is not { } value) return null;
        var words = doc.Words;
        var w = doc.WordAt(f.Span.End);
        // "two people died in all, including the gunman": a word of a total (waves.tsv kind total) may close the count
        if (w <= lastWord && doc.CuesIn(new TextSpan(words[w].Start, words[lastWord].End), CueKind.Wave)
                .FirstOrDefault(c => c.FirstWord == w && c.As<string>() == "total") is { } total) w = total.LastWord + 1;
        if (w <= lastWord && words[w].Key == ",") w++;
        if (w > lastWord || !_attackerCountOpeners.Contains(words[w].Key)) w = LaterAttackerOpener(doc, f, lastWord);
        if (w < 0) return null;
        w++;
        // an opener written short, its stop right after it: "three dead incl. the gunman"
        if (w <= lastWord && words[w].Key == "." && words[w].Start == words[w - 1].End) w++;
        if (w <= lastWord && words[w].Key is "the" or "their") w++;
        if (w > lastWord) return null;
        // "three people were killed, including the gunman": one attacker, named by a singular perpetrator noun that ends
        // its phrase (not "including the gunman's wife")
        if (numbers.FirstOrDefault(n => n.Start == words[w].Start) is not { Value: { } attackers } number)
        {
            // a compound's last part names the person: "including the hostage-taker"
            while (w + 1 <= lastWord && words[w + 1].Start == words[w].End + 1 && doc.Text[words[w].End] == '-') w++;
            // a word or two that describe him before the noun: "including the suicide bomber", "counted the lone gunman"
            for (var m = w; !_persons.IsSingularPerpetrator(words[w].Key) && m < w + MaxAttackerModifiers && m + 1 <= lastWord; m++)
            {
                if (!words[m].Key.All(char.IsLetter) || words[m].Key is "of" or "and" or "or" or "who" or "whose") break;
                if (_persons.IsSingularPerpetrator(words[m + 1].Key)) w = m + 1;
            }
            if (!_persons.IsSingularPerpetrator(words[w].Key) || value < 2) return null;
            if (w + 1 <= lastWord && _attackerReflexives.Contains(words[w + 1].Key)) w++;
            if (w + 1 <= lastWord && words[w + 1].Key is not ("," or ";" or "." or ")" or "who" or "and")) return null;
            return f with { Value = value - 1, Span = new TextSpan(f.Span.Start, words[w].End) };
        }
        var noun = doc.WordAt(number.End);
        if (noun > lastWord || !_persons.IsPerpetrator(words[noun].Key) || attackers >= value) return null;
        used.Add(number.Start);
        return f with { Value = value - attackers, Span = new TextSpan(f.Span.Start, words[noun].End) };
    }

    /// <summary>Most words of a place phrase between a count and the attackers it holds: "at X", "in Y Town".</summary>
    private const int MaxPlaceWordsBeforeOpener = 3;

    /// <summary>
    /// An attacker count opener (function_words.tsv kind attacker_count_opener) after a comma further on in the count's
    /// clause, past the words that tell how the victims died: "three people died when police stormed the bank where he
    /// had held them for hours, including the hostage-taker". No casualty word and no ";" may stand between the count
    /// and the opener (the opener would belong to another count). The opener's word, else -1.
    /// </summary>
    private int LaterAttackerOpener(AnnotatedDocument doc, CasualtyMention f, int lastWord)
    {
        var words = doc.Words;
        var start = doc.WordAt(f.Span.End);
        if (start < words.Count && words[start].Start < f.Span.End) start++;
        for (var w = start; w <= lastWord && w < words.Count; w++)
        {
            if (words[w].Key is ";" or ":") return -1;
            // "7 dead at X incl 3 assailants": right after the count's short phrase of place (a locative, then a word or two
            // of a name), no comma between
            if (w > start + 1 && w - start <= MaxPlaceWordsBeforeOpener && _locative.Contains(words[start].Key) && _attackerCountOpeners.Contains(words[w].Key)
                && Enumerable.Range(start + 1, w - start - 1).All(k => char.IsUpper(doc.Text[words[k].Start])))
                return w;
            if (words[w].Key == "," && w + 1 <= lastWord && _attackerCountOpeners.Contains(words[w + 1].Key))
                return doc.CuesIn(new TextSpan(f.Span.End, words[w].Start), CueKind.Casualty).Any() ? -1 : w + 1;
            // a verb whose subject is the count: "the four dead include the gunman", "the figure of four dead that went
            // round earlier had counted the shooter himself"; not denied ("did not include the gunman")
            if (_attackerCountVerbs.Contains(words[w].Key) && w + 1 <= lastWord)
                return doc.CuesIn(new TextSpan(f.Span.End, words[w].Start), CueKind.Casualty).Any()
                       || Enumerable.Range(Math.Max(0, w - 2), Math.Min(2, w)).Any(n => _negations.Contains(words[n].Key)) ? -1 : w;
        }
        return -1;
    }

    /// <summary>How many describing words may stand between "the" and the attacker a count holds ("the lone suicide bomber").</summary>
    private const int MaxAttackerModifiers = 2;

    /// <summary>Most auxiliaries between a toll's relative word and its casualty words: "who have been killed".</summary>
    private const int MaxTollAuxiliaries = 2;

    /// <summary>
    /// A toll whose figure is written before its noun, after a toll preposition (function_words.tsv kind toll_preposition):
    /// "bringing to two the number of victims killed", "raising to 12 the number of dead", "raises to nine the number of
    /// wounded", "brings to three the number of people who have died". The words before the casualty words are
    /// "to", the figure, "the", a toll noun, "of" and, at most, one victim noun or "people", perhaps with a relative word and
    /// auxiliaries after it; or the casualty words open with the toll noun. The running toll, a
    /// <see cref="CasualtyMention.Total"/>; null for any other shape.
    /// </summary>
    private CasualtyMention? FrontedTollFigure(AnnotatedDocument doc, List<NumberMention> numbers, HashSet<int> used, Cue cue, CasualtyCue cc, int firstWord)
    {
        var words = doc.Words;
        // the toll noun opens the casualty words ("the number of wounded") or stands before them
        var noun = cue.FirstWord;
        if (!_tollNouns.Contains(words[noun].Key))
        {
            var of = cue.FirstWord - 1;
            // "to three the number of people who have died": a relative word (function_words.tsv kind
            // toll_relative), perhaps with auxiliaries after it (kind auxiliary), may open the casualty words
            var relative = of;
            while (relative >= firstWord && relative >= of - MaxTollAuxiliaries + 1 && _auxiliaries.Contains(words[relative].Key)) relative--;
            if (relative >= firstWord && _tollRelatives.Contains(words[relative].Key)) of = relative - 1;
            if (of >= firstWord && (_persons.IsVictim(words[of].Key) || _figureToWord.Contains(words[of].Key))) of--;
            if (of < firstWord || words[of].Key != "of") return null;
            noun = of - 1;
        }
        if (noun - 2 < firstWord || !_tollNouns.Contains(words[noun].Key) || words[noun - 1].Key != "the") return null;
        var number = numbers.LastOrDefault(n => n.End == words[noun - 2].End);
        if (number is null || used.Contains(number.Start)) return null;
        var preposition = doc.WordAt(number.Start) - 1;
        if (preposition < firstWord || !_tollPrepositions.Contains(words[preposition].Key)) return null;
        used.Add(number.Start);
        return new CasualtyMention(cc.Kind, number.Value, number.Qualifier, new TextSpan(number.Start, cue.End), number.Span, Total: true);
    }

    /// <summary>
    /// Victims named by their casualty word after "the" and a verb that raises a count (function_words.tsv kind
    /// toll_raiser), whose new figure follows a toll preposition later in the clause: "that brings the dead of the
    /// ambush to four soldiers", "raising the wounded to nine". The figure must end the clause or count people ("to
    /// four soldiers"): "taking the injured to two hospitals" counts no one. A relative clause between commas that
    /// describes the place or the victims, right before the toll preposition, is passed over ("that brings the dead at
    /// X, where two guards were shot at the gate, to three": <see cref="RelativeAsideEnd"/>). The running toll, a
    /// <see cref="CasualtyMention.Total"/>; null for any other shape.
    /// </summary>
    private CasualtyMention? RaisedTollFigure(AnnotatedDocument doc, List<NumberMention> numbers, HashSet<int> used, Cue cue, CasualtyCue cc, int firstWord, int lastWord)
    {
        var words = doc.Words;
        // a toll noun's own phrase ("raising the toll of the attacks to four") is read with the toll's words
        if (cc.Position == "before" || AnyOf(words, cue.FirstWord, cue.LastWord + 1, _tollNouns)) return null;
        if (cue.FirstWord - 2 < firstWord || words[cue.FirstWord - 1].Key != "the" || !_tollRaisers.Contains(words[cue.FirstWord - 2].Key)) return null;
        var reach = cue.LastWord + MaxTollPhrase;
        for (var w = cue.LastWord + 1; w < lastWord && w <= reach; w++)
        {
            if (words[w].Key == "," && RelativeAsideEnd(words, numbers, w, lastWord) is var end and >= 0)
            {
                reach += end - w;
                w = end;
                continue;
            }
            if (words[w].Key is "," or ";" or ":" or "." or "and" or "but" or "while") return null;
            if (!_tollPrepositions.Contains(words[w].Key)) continue;
            var number = numbers.FirstOrDefault(n => n.Start == words[w + 1].Start);
            if (number is null) continue;
            var after = doc.WordAt(number.End);
            if (used.Contains(number.Start) || after <= lastWord && words[after].Key is not ("," or ";" or ":" or ".")
                && !_persons.IsVictim(words[after].Key) && !_figureToWord.Contains(words[after].Key)) return null;
            used.Add(number.Start);
            return new CasualtyMention(cc.Kind, number.Value, number.Qualifier, new TextSpan(cue.Start, number.End), number.Span, Total: true);
        }
        return null;
    }

    /// <summary>
    /// The comma that closes a relative clause opened by the comma at <paramref name="comma"/> with a relative word
    /// (function_words.tsv kind relative_word: ", where two guards were shot at the gate,"), within
    /// <see cref="MaxTollPhrase"/> words, when a toll preposition and a figure follow that closing comma ("..., to
    /// three"); or -1. The clause describes the place or the victims: its own figures are not the toll's.
    /// </summary>
    private int RelativeAsideEnd(IReadOnlyList<Lexicons.Word> words, List<NumberMention> numbers, int comma, int lastWord)
    {
        if (comma + 1 > lastWord || !_relativeWords.Contains(words[comma + 1].Key)) return -1;
        for (var w = comma + 2; w <= lastWord && w <= comma + MaxTollPhrase; w++)
        {
            if (words[w].Key is ";" or ":" or ".") return -1;
            if (words[w].Key != ",") continue;
            return w + 2 <= lastWord && _tollPrepositions.Contains(words[w + 1].Key) && numbers.Any(n => n.Start == words[w + 2].Start) ? w : -1;
        }
        return -1;
    }

    /// <summary>
    /// A counted death told as one that came after the attack, among those it hurt: a word of function_words kind
    /// later_death between the figure and the end of its death words or right after them ("two people later died",
    /// "three died of their wounds", "two succumbed to injuries overnight"). A part of the dead named by an aside opener
    /// ("killing 12, including three who died of their wounds in hospital") adds no one. After death words that end with
    /// a noun ("bodies", "deaths") only the words within count: "40 bodies since dawn" counts from a time. A figure of
    /// the hurt ("two of the wounded died") counts deaths among them too, and so does a word of the hurt within the death's
    /// words ("a guard who was wounded at the gate died"), and so does a patient who died ("one patient died overnight").
    /// </summary>
    private bool IsLaterDeath(AnnotatedDocument doc, CasualtyMention f, int firstWord, int lastWord)
    {
        if (f.Kind != CasualtyMention.Killed || f.Span.End <= f.Figure.End) return false;
        var words = doc.Words;
        var figure = doc.WordAt(f.Figure.Start);
        for (var w = figure - 1; w >= firstWord && w >= figure - 2; w--)
            if (_appositionOpeners.Contains(words[w].Key)) return false;
        var after = doc.WordAt(f.Span.End);
        // a noun counts the dead, it does not tell when they died: "40 bodies since dawn" are no later deaths
        if (after - 1 >= 0 && _casualtyNouns.Contains(words[after - 1].Key)) after--;
        var last = Math.Min(lastWord, after);
        for (var w = doc.WordAt(f.Figure.End); w <= last; w++)
            if (_laterDeaths.Contains(words[w].Key)) return true;
        // "a woman who was wounded in the attack died", "the two injured guards died": a word of the hurt (function_words
        // kind hurt_noun) between the figure that opens the death's words and their death word names one of the hurt who
        // died since (not "killed two injured men")
        if (f.Span.Start == f.Figure.Start)
            for (var w = doc.WordAt(f.Figure.End); w < after && w <= lastWord; w++)
                if (_hurtNouns.Contains(words[w].Key)) return true;
        // "one patient died overnight": a figure of those in care (function_words.tsv kind patient_noun) right before a verb
        // of one's own dying (kind death_verb), not a killing ("three patients were killed when shells hit the ward")
        // the noun may be the figure itself ("a patient died": one victim named by the noun)
        if (f.Span.Start == f.Figure.Start)
            for (var noun = figure; noun <= figure + 1 && noun + 1 <= last; noun++)
                if (_patientNouns.Contains(words[noun].Key) && _deathVerbs.Contains(words[noun + 1].Key)) return true;
        // "two of the injured had died": the figure counts dead among the hurt (function_words kind hurt_noun)
        var of = doc.WordAt(f.Figure.End);
        return of + 2 <= last && words[of].Key == "of" && words[of + 1].Key is "the" or "those" && _hurtNouns.Contains(words[of + 2].Key);
    }

    /// <summary>
    /// A death phrase after one person's injury in the sentence whose subject is that person: it follows "and" or "but"
    /// right away, with no subject of its own ("was badly hurt and later died"; adverbs of function_words.tsv kind
    /// subject_adverb may stand between), or it follows "he"/"she" ("was rushed to hospital, where he died"). The death
    /// phrase's cue, or null.
    /// </summary>
    private Cue? LaterOwnDeath(AnnotatedDocument doc, List<Cue> cues, CasualtyMention hurt, int lastWord)
    {
        var words = doc.Words;
        foreach (var c in cues)
        {
            if (c.Start < hurt.Span.End || c.As<CasualtyCue>() is not { Kind: CasualtyMention.Killed, Position: "after" }) continue;
            var w = c.FirstWord - 1;
            while (w >= 0 && words[w].Start >= hurt.Span.End && _subjectAdverbs.Contains(words[w].Key)) w--;
            if (w < 0 || words[w].Start < hurt.Span.End) continue;
            if (words[w].Key is "and" or "but" or "he" or "she") return c;
        }
        return null;
    }

    /// <summary>
    /// A death phrase right after the aside that tells one person's injury, the aside opened by a word of function_words.tsv
    /// kind subject_aside and closed by a comma: "X, one of the two men who had been badly hurt, died" (adverbs of kind
    /// subject_adverb may stand before the death: ", later died"). The death phrase's cue, or null.
    /// </summary>
    private Cue? DeathAfterHurtAside(AnnotatedDocument doc, List<Cue> cues, CasualtyMention hurt, int lastWord)
    {
        var words = doc.Words;
        var end = doc.WordAt(hurt.Span.End);
        if (end > lastWord || words[end].Key != ",") return null;
        var opened = false;
        for (var w = doc.WordAt(hurt.Figure.End); w < end; w++) opened |= _subjectAsides.Contains(words[w].Key);
        if (!opened) return null;
        var next = end + 1;
        while (next <= lastWord && _subjectAdverbs.Contains(words[next].Key)) next++;
        return cues.FirstOrDefault(c => c.FirstWord == next && c.As<CasualtyCue>() is { Kind: CasualtyMention.Killed, Position: "after" });
    }

    /// <summary>
    /// A bare figure that, after a semicolon, a locative word (function_words.tsv kind locative), a place and a comma,
    /// closes its clause, alone or with an addition word ("more", "others"): "Near X, nine were killed; near Y, four
    /// more" gives Y's own count of the kind counted before it, not victims added to X's.
    /// </summary>
    private bool PlaceClauseFigure(AnnotatedDocument doc, NumberMention number, int firstWord, int lastWord)
    {
        var words = doc.Words;
        var figure = doc.WordAt(number.Start);
        var after = doc.WordAt(number.End);
        if (after <= lastWord && _additionWords.Contains(words[after].Key)) after++;
        if (after <= lastWord && !ClosesClause(words[after].Key)) return false;
        var comma = figure - 1;
        if (comma <= firstWord || words[comma].Key != ",") return false;
        var place = comma - 1;
        if (!IsPlaceAt(doc, place)) return false;
        while (place - 1 > firstWord && IsPlaceAt(doc, place - 1)) place--;
        var locative = place - 1;
        return locative - 1 >= firstWord && _locative.Contains(words[locative].Key) && words[locative - 1].Key == ";";
    }

    /// <summary>
    /// A word of function_words.tsv kind remainder_word ("still", "remain") between a count of the hurt and a figure after
    /// it: the figure breaks down those still in care.
    /// </summary>
    private bool RemainderBetween(AnnotatedDocument doc, CasualtyMention count, NumberMention number)
    {
        if (count.Kind is not (CasualtyMention.Injured or CasualtyMention.Treated)) return false;
        for (var w = doc.WordAt(count.Figure.End); w < doc.Words.Count && doc.Words[w].Start < number.Start; w++)
            if (_remainderWords.Contains(doc.Words[w].Key)) return true;
        return false;
    }

    /// <summary>
    /// "Four guards died, three in X and one in Y", "two were hurt: one in X, one in Y": a lone "one" after a joining
    /// word or a list's punctuation, right before "in" and a capitalised name that ends its verbless part (at a comma,
    /// "and", a bracket or the sentence's end), when the nearest figure written before it is a casualty figure already
    /// read (a total or another town's part): one more victim of that figure's kind, in that town. After a count of
    /// other things ("two police posts, one in X and one in Y") the "one" counts those things.
    /// </summary>
    private IEnumerable<CasualtyMention> BareOnesOfPlaces(AnnotatedDocument doc, List<NumberMention> numbers, List<CasualtyMention> found, int firstWord, int lastWord)
    {
        var words = doc.Words;
        var added = new List<CasualtyMention>();
        for (var w = firstWord + 1; w + 2 <= lastWord; w++)
        {
            if (words[w].Key != "one" || words[w + 1].Key != "in" || !IsCapitalised(doc, w + 2)) continue;
            if (words[w - 1].Key is not ("and" or "," or ";" or ":" or "(")) continue;
            var end = w + 2;
            while (end + 1 <= lastWord && IsCapitalised(doc, end + 1)) end++;
            if (end + 1 <= lastWord && words[end + 1].Key is not ("," or ";" or "." or "and" or ")")) continue;
            var start = words[w].Start;
            var previous = found.Concat(added).Where(f => f.Figure.End <= start).MaxBy(f => f.Figure.End);
            var nearest = numbers.Where(n => n.End <= start).Select(n => (int?)n.End).Max();
            if (previous?.Value is null || nearest is not null && nearest > previous.Figure.End) continue;
            var span = new TextSpan(words[w].Start, words[w].End);
            added.Add(new CasualtyMention(previous.Kind, 1, Qualifiers.Exact, span, span, Continuation: true));
        }
        return added;
    }

    /// <summary>Punctuation that ends a clause: a comma, a semicolon, a full stop or a closing quote.</summary>
    private static bool ClosesClause(string key) => key is "," or ";" or "." or "\"" or "”" or "'" or "’";

    /// <summary>
    /// "The three other injured were taken to ...", "the two others are recovering": after "the", a figure before an
    /// addition word names the rest of victims counted before, none beyond them.
    /// </summary>
    private static bool RestOfCounted(AnnotatedDocument doc, CasualtyMention f, int firstWord)
    {
        var figure = doc.WordAt(f.Figure.Start);
        return figure - 1 >= firstWord && doc.Words[figure - 1].Key == "the";
    }

    /// <summary>
    /// One victim named by a noun after "one more" (function_words.tsv kind addition_word: "one more guard hurt in the raid
    /// has died"): a victim beyond those counted before, an increment, never a toll of one. "Another" is left alone: in "a
    /// guard died on the spot and another guard died later in hospital" it is one of those counted.
    /// </summary>
    private bool OneMoreVictim(AnnotatedDocument doc, CasualtyMention f, int firstWord)
    {
        if (f.Value != 1) return false;
        var words = doc.Words;
        var noun = doc.WordAt(f.Figure.End) - 1;
        if (noun - 1 < firstWord || noun >= words.Count || !_persons.IsSingularVictim(words[noun].Key)) return false;
        return noun - 2 >= firstWord && _additionWords.Contains(words[noun - 1].Key) && words[noun - 2].Key == "one";
    }

    /// <summary>
    /// A part opener (function_words.tsv kind apposition_opener, "among", "including") and "the" or "those" right
    /// before the casualty words: "two civilians among the dead", "among the wounded were three
    /// children" name part of victims counted elsewhere. Returns the opener's word, or -1.
    /// </summary>
    private int PartOpenedBefore(AnnotatedDocument doc, Cue cue, int firstWord)
    {
        var words = doc.Words;
        var w = cue.FirstWord - 1;
        if (w - 1 < firstWord || words[w].Key is not ("the" or "those")) return -1;
        return _appositionOpeners.Contains(words[w - 1].Key) ? w - 1 : -1;
    }

    /// <summary>Most words between a part's figure and its opener: "two young civilians among the dead".</summary>
    private const int MaxPartFigureGap = 3;

    /// <summary>Marks used the figure of a part written just before its opener, so no other casualty words count it.</summary>
    private static void TakeFigureBefore(AnnotatedDocument doc, List<NumberMention> numbers, HashSet<int> used, int opener, int firstWord)
    {
        for (var w = opener - 1; w >= firstWord && w >= opener - 1 - MaxPartFigureGap; w--)
            if (numbers.LastOrDefault(n => n.End == doc.Words[w].End) is { } n) { used.Add(n.Start); return; }
    }

    private bool IsPartOfEarlier(AnnotatedDocument doc, CasualtyMention f, List<CasualtyMention> found)
    {
        if (f.Value is not { } value) return false;
        var w = doc.WordAt(f.Figure.End);
        if (w + 1 >= doc.Words.Count || doc.Words[w].Key != "of" || !_appositionParts.Contains(doc.Words[w + 1].Key)) return false;
        return found.Any(e => e.Kind == f.Kind && e.Figure.End <= f.Figure.Start && e.Value > value) || PartOfLargerCount(doc, f, value);
    }

    /// <summary>
    /// "Six people were admitted, two of them in a critical condition": a part of hurt people whose phrase follows "N of
    /// them" is a part of the larger count the sentence gave before it, even when that count was read as no figure of its
    /// own (an intake the recognizer does not know): the part counts no one by itself. Only the hurt: "seized 20 and five of
    /// them were killed" counts deaths. When the sentence names no one before "N of them", "them" are the people the
    /// sentence before counted ("Nine pupils were flown to the capital. Doctors said three of them were in a critical
    /// condition"): a larger figure there with a plural victim noun (persons.tsv) just after it holds the part.
    /// </summary>
    private bool PartOfLargerCount(AnnotatedDocument doc, CasualtyMention f, int value)
    {
        if (f.Kind != CasualtyMention.Injured || f.Span.Start < f.Figure.Start) return false;
        var sentence = doc.SentenceAt(f.Figure.Start);
        var before = doc.NumbersIn(new TextSpan(sentence.Start, f.Figure.Start)).Where(n => !doc.DatesIn(n.Span).Any()).ToList();
        if (before.Any(n => n.Value > value)) return true;
        if (before.Count > 0 || PluralVictimBetween(doc, sentence.Start, f.Figure.Start)) return false;
        if (sentence.Start <= doc.Sentences[0].Start) return false;
        var previous = doc.SentenceAt(sentence.Start - 1);
        return doc.NumbersIn(new TextSpan(previous.Start, previous.End))
            .Any(n => n.Value > value && !doc.DatesIn(n.Span).Any() && PluralVictimBetween(doc, n.End, previous.End, MaxCountedNounGap));
    }

    /// <summary>Most words from a figure to the plural victim noun it counts: "seven other passengers".</summary>
    private const int MaxCountedNounGap = 2;

    /// <summary>
    /// A plural victim noun (persons.tsv) between two positions, within <paramref name="maxWords"/> words after the first:
    /// the people "them" may stand for, or those a figure counts ("seven other passengers").
    /// </summary>
    private bool PluralVictimBetween(AnnotatedDocument doc, int start, int end, int maxWords = int.MaxValue)
    {
        var words = doc.Words;
        var first = doc.WordAt(start);
        for (var w = first; w < words.Count && words[w].Start < end && w - first <= maxWords; w++)
            if (_persons.IsVictim(words[w].Key) && !_persons.IsSingularVictim(words[w].Key)) return true;
        return false;
    }

    /// <summary>
    /// "the hospital received nine patients", "treated at least 12 patients": the figure right before the phrase, taken
    /// in by a verb of care (function_words.tsv kind intake_verb) right before it, counts the hurt; a bare "200 patients" does not.
    /// </summary>
    private CasualtyMention? Intake(AnnotatedDocument doc, List<NumberMention> numbers, HashSet<int> used, Cue cue, CasualtyCue cc, int firstWord)
    {
        var words = doc.Words;
        if (cue.FirstWord - 1 < firstWord) return null;
        var number = numbers.LastOrDefault(n => n.End == words[cue.FirstWord - 1].End);
        if (number is null || used.Contains(number.Start)) return null;
        var verb = doc.WordAt(number.Start) - 1;
        if (verb < firstWord || !_intakeVerbs.Contains(words[verb].Key)) return null;
        used.Add(number.Start);
        return new CasualtyMention(cc.Kind, number.Value, number.Qualifier, new TextSpan(number.Start, cue.End), number.Span);
    }

    /// <summary>The figure follows a kidnapping verb of events.tsv ("abducted 30", "seize 25"): it counts captives.</summary>
    private static bool ObjectOfKidnapping(AnnotatedDocument doc, NumberMention number)
    {
        var w = doc.WordAt(number.Start);
        if (w <= 0) return false;
        var before = doc.Words[w - 1];
        return doc.CuesIn(new TextSpan(before.Start, before.End), CueKind.Event)
            .Any(e => e.LastWord == w - 1 && e.As<EventCue>().EventType == "kidnapping");
    }

    private CasualtyMention? FigureAfter(AnnotatedDocument doc, List<NumberMention> numbers, HashSet<int> used, Cue cue, CasualtyCue cc, int lastWord)
    {
        var words = doc.Words;
        var w = cue.LastWord + 1;
        // "death toll rises to 17", "the toll hit 20": after a toll's noun, its verbs (function_words kind toll_verb) lead to the figure
        var toll = TollCue(words, cue)
                   // "the number of guards hurt when ... has climbed to nine": a toll noun that counts the victims named before the word
                   || CountedByToll(words, cue);
        // "the man killed was 34", "the woman injured is 58": one victim named right before the words; a figure after the
        // verb "to be" tells who that victim was (an age), never a count
        var oneVictim = !toll && cue.FirstWord >= 1 && _persons.IsSingularVictim(words[cue.FirstWord - 1].Key);
        // "police put the dead at X at five": a place named between words that end with "at" and the figure's own "at"
        w = PlaceBeforeOwnAt(doc, cue, lastWord) ?? w;
        for (var gap = 0; w <= lastWord && gap <= 4; w++, gap++)
        {
            if (oneVictim && words[w].Key is "was" or "is") return null;
            var number = numbers.FirstOrDefault(n => n.Start == words[w].Start || (n.Start <= words[w].Start && n.End > words[w].Start));
            if (number is not null)
            {
                if (used.Contains(number.Start) || IsPerpetratorCount(doc, number)) return null;
                // "the combined toll of the two attacks at 12 dead": a number right before an attack word counts attacks
                if (CountsAttacks(doc, number, lastWord)) return null;
                used.Add(number.Start);
                // "the number hurt has gone up to eight": after a toll's verb, "up to" tells the rise, not a ceiling
                var qualifier = toll && number.Qualifier == Qualifiers.AtMost && words[w].Key == "up" && w - 1 >= 0 && _tollVerbs.Contains(words[w - 1].Key)
                    ? Qualifiers.Exact : number.Qualifier;
                // a toll's figure ("the number of people who died ... has reached eight") is the running toll: it holds the
                // deaths told after it ("after two more bodies were found")
                return new CasualtyMention(cc.Kind, number.Value, qualifier, new TextSpan(cue.Start, number.End), number.Span, Total: toll);
            }
            if (OrdinalVictim(doc, numbers, used, w, lastWord) is { } one)
                return new CasualtyMention(cc.Kind, 1, Qualifiers.Exact, new TextSpan(cue.Start, one.End), one);
            // "the death toll from Sunday's bombing in X has risen to 18": the phrase that says whose toll is passed over
            // "death toll of Tuesday's bombing reaches 17": the cue itself ends with the word that opens that phrase
            // "the number of the dead of the ambush rises to four", "the number of wounded treated at the clinic now stands
            // at eight": any words that say whose toll it is, up to the toll's verb, are passed over as well
            var opener = _tollQualifiers.Contains(words[w].Key) ? w : words[cue.LastWord].Key == "of" || toll ? cue.LastWord : -1;
            if (w == cue.LastWord + 1 && toll && opener >= 0
                && TollVerbAfter(words, numbers, opener, lastWord) is var verb and >= 0)
            {
                w = verb;
                gap = 0;
                continue;
            }
            if (!_wordToFigure.Contains(words[w].Key) && !(toll && _tollVerbs.Contains(words[w].Key))) return null;
        }
        return null;
    }

    /// <summary>
    /// Casualty words that end with "at" ("put the dead at") followed by a capitalised name (at most
    /// <see cref="MaxNameWords"/> words) and a second "at": the name says where the dead were counted, the second "at"
    /// leads to the figure ("police put the dead at X at five"). The word after the second "at", or null.
    /// </summary>
    private static int? PlaceBeforeOwnAt(AnnotatedDocument doc, Cue cue, int lastWord)
    {
        var words = doc.Words;
        // (or "in" the town: "the army put the civilian dead in X at six")
        if (words[cue.LastWord].Key is not ("at" or "in")) return null;
        var w = cue.LastWord + 1;
        while (w <= lastWord && w - cue.LastWord <= MaxNameWords && IsCapitalised(doc, w)) w++;
        return w > cue.LastWord + 1 && w < lastWord && words[w].Key == "at" ? w + 1 : null;
    }

    /// <summary>
    /// The number stands right before an attack word (an event cue: "the toll of the two attacks", "of both blasts"):
    /// it counts the attacks, not their victims; a word that counts casualties ("up to five dead") is no attack word here.
    /// So does a number right before a plural noun of the places struck (function_words.tsv kind struck_place_noun: "the
    /// wounded of both sites", "the 19 injured of the two locations"): it counts the places.
    /// </summary>
    private bool CountsAttacks(AnnotatedDocument doc, NumberMention number, int lastWord)
    {
        var next = doc.WordAt(number.End);
        if (next > lastWord || next >= doc.Words.Count) return false;
        if (_struckPlaceNouns.Contains(doc.Words[next].Key)) return true;
        var word = new TextSpan(doc.Words[next].Start, doc.Words[next].End);
        // "up to five dead": a word of harm is the victims' own
        return doc.CuesIn(word, CueKind.Event).Any(e => e.Start == word.Start) && !doc.CuesIn(word, CueKind.Casualty).Any();
    }

    /// <summary>
    /// "the injury of a third (01)", "wounding a second guard": an ordinal word (numbers.tsv kind ordinal) after
    /// "a"/"an"/"another" names one more victim; its span, or null. A fraction ("a third of the crew") is none. A figure
    /// in brackets right after it ("(01)") restates the one and is marked used.
    /// </summary>
    private TextSpan? OrdinalVictim(AnnotatedDocument doc, List<NumberMention> numbers, HashSet<int> used, int w, int lastWord)
    {
        var words = doc.Words;
        if (w < 1 || !_ordinals.TryGetValue(words[w].Key, out var place) || place < 2
            || words[w - 1].Key is not ("a" or "an" or "another")) return null;
        if (w + 1 <= lastWord && words[w + 1].Key == "of") return null;
        if (w + 2 <= lastWord && words[w + 1].Key == "(" && numbers.FirstOrDefault(n => n.Start == words[w + 2].Start) is { Value: 1 } restated)
            used.Add(restated.Start);
        return new TextSpan(words[w - 1].Start, words[w].End);
    }

    /// <summary>
    /// The casualty words follow a toll noun's count of victims, "the number of guards wounded", "the number of people
    /// hurt when ...", "the number of people who died in the fire": the figure comes after, past the toll's verb, even for
    /// words whose figure stands before them.
    /// </summary>
    private bool CountedByToll(IReadOnlyList<Lexicons.Word> words, Cue cue)
    {
        // "the number of people who died when ...": a relative word (function_words.tsv kind toll_relative) may open the words
        var victim = cue.FirstWord >= 1 && _tollRelatives.Contains(words[cue.FirstWord - 1].Key) ? cue.FirstWord - 2 : cue.FirstWord - 1;
        // "the number of those killed", "the tally of the dead": a word that stands for the victims (function_words.tsv
        // kind toll_determiner) counts them as a victim noun does
        return victim >= 2 && (_persons.IsVictim(words[victim].Key) || _tollDeterminers.Contains(words[victim].Key))
               && words[victim - 1].Key == "of" && _tollNouns.Contains(words[victim - 2].Key);
    }

    /// <summary>
    /// The casualty words are a toll's own, with its noun among them or right before them: "number of the dead", "toll"
    /// ("the number of the dead of the ambush rises to four"). Casualty words only counted by a toll ("the number of people
    /// killed") are read through <see cref="CountedByToll"/>.
    /// </summary>
    private bool TollCue(IReadOnlyList<Lexicons.Word> words, Cue cue) =>
        AnyOf(words, cue.FirstWord, cue.LastWord + 1, _tollNouns) || cue.FirstWord >= 1 && _tollNouns.Contains(words[cue.FirstWord - 1].Key);

    /// <summary>A word from <paramref name="from"/> up to (not including) <paramref name="to"/> is one of <paramref name="set"/>.</summary>
    private static bool AnyOf(IReadOnlyList<Lexicons.Word> words, int from, int to, IReadOnlySet<string> set)
    {
        for (var w = from; w < to; w++) if (set.Contains(words[w].Key)) return true;
        return false;
    }

    /// <summary>Most words of the phrase between a toll and its verb ("from Sunday's bombing at a funeral in X").</summary>
    private const int MaxTollPhrase = 18;

    /// <summary>Most words between a toll's verb and its figure: "stood at more than 30".</summary>
    private const int MaxTollVerbToFigure = 4;

    /// <summary>A figure from <paramref name="from"/> to <paramref name="to"/> with no clause's end before it.</summary>
    private static bool FigureWithin(IReadOnlyList<Lexicons.Word> words, List<NumberMention> numbers, int from, int to)
    {
        for (var w = from; w <= to; w++)
        {
            if (numbers.Any(n => n.Start <= words[w].Start && n.End > words[w].Start)) return true;
            if (words[w].Key is "," or ";" or ":" or ".") return false;
        }
        return false;
    }

    /// <summary>The toll's verb after the phrase that opens at <paramref name="opener"/>, or -1 at a clause's end.</summary>
    private int TollVerbAfter(IReadOnlyList<Lexicons.Word> words, List<NumberMention> numbers, int opener, int lastWord)
    {
        for (var w = opener + 1; w <= lastWord && w <= opener + MaxTollPhrase; w++)
        {
            // "in X city, the capital of Y province, has risen to 17": an aside that names what the word before it is is passed over
            if (words[w].Key == "," && AsideEnd(words, numbers, w, lastWord) is var end and >= 0) { w = end; continue; }
            // "the toll of the attacks on a hotel and a market rose to six": "and" before an indefinite article
            // (function_words.tsv kind indefinite_article) joins two things the phrase names, no new clause
            if (words[w].Key == "and" && w < lastWord && _indefiniteArticles.Contains(words[w + 1].Key)) continue;
            if (words[w].Key is "," or ";" or ":" or "." or "and" or "but" or "while") return -1;
            // a toll verb leads to its figure: in "the number of guards wounded when a shell hit their post rose to six"
            // the first "hit" has no figure after it
            if (_tollVerbs.Contains(words[w].Key) && FigureWithin(words, numbers, w + 1, Math.Min(lastWord, w + MaxTollVerbToFigure))) return w;
            // "bringing the death toll from the twin attacks to 18"
            if (_tollPrepositions.Contains(words[w].Key) && w < lastWord && numbers.Any(n => n.Start == words[w + 1].Start)) return w;
        }
        return -1;
    }

    /// <summary>
    /// The comma that closes an aside opened by the comma at <paramref name="comma"/> with a determiner (function_words.tsv
    /// kind aside_determiner: ", the capital of Y province,"), within <see cref="MaxApposition"/> words and with no figure,
    /// toll verb or other stop inside; or -1.
    /// </summary>
    private int AsideEnd(IReadOnlyList<Lexicons.Word> words, List<NumberMention> numbers, int comma, int lastWord)
    {
        if (comma + 1 > lastWord || !_asideDeterminers.Contains(words[comma + 1].Key)) return -1;
        for (var w = comma + 2; w <= lastWord && w <= comma + MaxApposition; w++)
        {
            if (words[w].Key == ",") return w;
            if (words[w].Key is ";" or ":" or "." || _tollVerbs.Contains(words[w].Key) || numbers.Any(n => n.Start <= words[w].Start && n.End > words[w].Start)) return -1;
        }
        return -1;
    }

    /// <summary>
    /// The person a "from" phrase of origin ending at <paramref name="w"/> belongs to: "a woman from X died", "a man of 34
    /// from X died" have the woman and the man (past the age, <see cref="BeforeAge"/>) for the subject, not the name of the
    /// place, whatever its first word ("All Saints", "Many Waters": a capitalised name read whole, up to
    /// <see cref="MaxNameWords"/> words). <paramref name="w"/> itself when no such phrase ends there.
    /// </summary>
    private int BeforeOrigin(AnnotatedDocument doc, int w, int firstWord)
    {
        if (w <= firstWord || !IsCapitalised(doc, w)) return w;
        var start = w;
        while (start - 1 > firstWord && w - start + 1 < MaxNameWords && IsCapitalised(doc, start - 1)) start--;
        var from = start - 1;
        if (from - 1 < firstWord || doc.Words[from].Key != "from") return w;
        var head = from - 1;
        if (_persons.IsSingularVictim(doc.Words[head].Key)) return head;
        return BeforeAge(doc, head, firstWord) is var aged && aged != head ? aged : w;
    }

    /// <summary>
    /// The noun of one victim before its age, when <paramref name="w"/> ends an age written after it ("of 40", "of 40
    /// years", "aged 40"): "One man of 40 years died at the scene" has the man, not the years, for the subject of
    /// "died". Otherwise <paramref name="w"/> itself.
    /// </summary>
    private int BeforeAge(AnnotatedDocument doc, int w, int firstWord)
    {
        var at = w;
        if (at >= firstWord && _periodUnits.Contains(doc.Words[at].Key)) at--;
        if (at - 2 < firstWord || !doc.NumbersIn(new TextSpan(doc.Words[at].Start, doc.Words[at].End)).Any()) return w;
        return doc.Words[at - 1].Key is "of" or "aged" && _persons.IsSingularVictim(doc.Words[at - 2].Key) ? at - 2 : w;
    }

    /// <summary>
    /// The noun of one victim (persons.tsv, singular) that an "of" phrase ending at <paramref name="w"/> belongs to, when
    /// <paramref name="w"/> names no person itself: "the driver of the second van" has the driver for the subject of a
    /// verb after it. The phrase opens with a determiner or a possessive and holds at most <see cref="MaxOfPhrase"/> words
    /// after "of", none of them a clause's break, a number or a person's noun ("victim of bus stop stabbing" is no such
    /// phrase). -1 when there is none.
    /// </summary>
    private int OfPhraseHead(AnnotatedDocument doc, int w, int firstWord)
    {
        var words = doc.Words;
        if (w < firstWord || _persons.IsVictim(words[w].Key) || _persons.IsPerpetrator(words[w].Key) || !char.IsLetter(words[w].Key[0])) return -1;
        for (var d = w - 1; d >= firstWord + 1 && d >= w - MaxOfPhrase; d--)
        {
            var key = words[d].Key;
            if (key == "of") return _persons.IsSingularVictim(words[d - 1].Key) && (words[d + 1].Key is "the" or "a" or "an" || IsPossessive(words[d + 1].Key)) ? d - 1 : -1;
            if (!char.IsLetter(key[0]) || _persons.IsVictim(key) || _persons.IsPerpetrator(key) || key is "and" or "or" or "who" or "which" or "that"
                || doc.NumbersIn(new TextSpan(words[d].Start, words[d].End)).Any()) return -1;
        }
        return -1;
    }

    /// <summary>Most words of an "of" phrase after the noun it belongs to: "of the second delivery van".</summary>
    private const int MaxOfPhrase = 4;

    /// <summary>
    /// A figure right after "of" and a noun of one victim is that person's age, not a count: "a teacher of 52 and his
    /// daughter of 17 were hurt", "a farmer of 61 died".
    /// </summary>
    private bool AgeAfterOf(AnnotatedDocument doc, NumberMention number, int firstWord)
    {
        var at = doc.WordAt(number.Start);
        return at - 2 >= firstWord && doc.Words[at - 1].Key == "of" && _persons.IsSingularVictim(doc.Words[at - 2].Key);
    }

    private CasualtyMention? FigureBefore(AnnotatedDocument doc, List<NumberMention> numbers, HashSet<int> used, Cue cue, CasualtyCue cc, int firstWord)
    {
        var words = doc.Words;
        var w = cue.FirstWord - 1;
        var active = IsActive(doc, cue);
        var extra = 0;
        var pluralVictim = false;
        var victimNoun = -1; // the counted plural noun before an active verb, whose describing words come before it
        for (var gap = 0; w >= firstWord && gap <= 6; w--, gap++)
        {
            var number = numbers.LastOrDefault(n => n.End == words[w].End || (n.Start <= words[w].Start && n.End >= words[w].End));
            if (number is not null)
            {
                if (used.Contains(number.Start) || IsPerpetratorCount(doc, number) || AgeAfterOf(doc, number, firstWord)) return null;
                used.Add(number.Start);
                var counted = new CasualtyMention(cc.Kind, number.Value + extra, number.Qualifier, new TextSpan(number.Start, cue.End), number.Span);
                return extra == 0 ? PartOfCount(doc, numbers, used, number, firstWord, counted) : counted;
            }
            var key = words[w].Key;
            // "58 people, including 11 children, were killed": the aside is passed over, its figure is not the count
            if (key == "," && AppositionStart(words, w, firstWord) is var opening and >= 0) { w = opening; continue; }
            // "two other farmers escaped with gunshot wounds": the counted victims' plural noun before an active verb (a
            // passive's counted subject is CountedSubject's)
            if (active && _persons.IsVictim(key) && !_persons.IsSingularVictim(key)) { pluralVictim = true; victimNoun = w; continue; }
            if (_figureToWord.Contains(key) || IsAdjective(doc, w)) continue;
            // "four of our policemen embraced martyrdom", "three of his comrades died", "three of the young guards died": the
            // part of a group the figure counts, named by a possessive or "the" after "of" and a plural victim noun before the
            // active verb of one's own dying (function_words.tsv kind death_verb: "one of the men killed was the target" is
            // no count); "three of the victims died" (function_words.tsv kind told_victims) counts a part of victims
            // counted elsewhere, and "three of the guards died and a fourth died later" a part of a toll told by the ordinal
            // after it: no figure of their own
            if (active && pluralVictim && w - 1 >= firstWord && words[w - 1].Key == "of"
                && (_possessivePronouns.Contains(key) || key == "the" && _deathVerbs.Contains(words[cue.FirstWord].Key)
                    && !_toldVictims.Contains(words[victimNoun].Key) && !OrdinalOneAfter(doc, cue))) { w--; continue; }
            // "1 (one) citizen died": a noun that names one victim only when the figure 1 counts it (persons.tsv role counted)
            if (CountedOne(numbers, words, w, firstWord)) continue;
            // "two of the wounded later died": the group the figure counts part of (function_words kind hurt_noun)
            // "nine of the wounded are still in hospital": a part of the hurt, no count of hurt people of its own
            if (_hurtNouns.Contains(key) && w - 2 >= firstWord && words[w - 1].Key is "the" or "those" && words[w - 2].Key == "of")
            {
                if (cc.Kind == CasualtyMention.Injured) return null;
                w -= 2;
                continue;
            }
            // "twelve people including three attackers died": a part named without commas is passed over, like an aside
            if (PartOpener(words, w, firstWord) is var part and >= 0) { w = part; continue; }
            // "three officers and one inmate received gunshot injuries", "two soldiers and a civilian died": one more person
            // joined after the counted ones before an active verb (a passive's counted subject is CountedSubject's)
            if (active && extra == 0 && JoinedOneBefore(doc, numbers, w, firstWord) is >= 0 and var joint) { extra = 1; w = joint; continue; }
            // "two young guards died", "three off-duty officers died": a plain word or two describing the counted noun before
            // a verb of one's own dying (function_words.tsv kind death_verb; "two armed men shot a trader" are attackers)
            if (victimNoun >= 0 && victimNoun - w <= MaxVictimModifiers && _deathVerbs.Contains(words[cue.FirstWord].Key) && DescribesVictim(doc, w)) continue;
            return null;
        }
        return null;
    }

    /// <summary>
    /// "The police count was four dead. The hospital says the number is six.": "the" and two words that give a count
    /// again (function_words.tsv kind restated_toll), with a figure right after them, when the sentence before tells
    /// deaths (a casualty phrase of kind killed): the running toll of the dead. So is a figure that closes the sentence
    /// right after a running count (kind running_count: "So now it is four."). Nothing without those deaths ("the
    /// number is 112" gives a telephone's).
    /// </summary>
    private CasualtyMention? RestatedToll(AnnotatedDocument doc, List<NumberMention> numbers, HashSet<int> used, int firstWord, int lastWord)
    {
        var words = doc.Words;
        if (firstWord == 0) return null;
        var before = doc.SentenceAt(words[firstWord - 1].Start);
        if (!doc.CuesIn(before.Span, CueKind.Casualty).Any(c => c.As<CasualtyCue>().Kind == CasualtyMention.Killed)) return null;
        for (var w = firstWord + 1; w + 2 <= lastWord; w++)
        {
            if (words[w - 1].Key != "the" || !_restatedTolls.Contains(words[w].Key + " " + words[w + 1].Key)) continue;
            var number = numbers.FirstOrDefault(n => n.Start == words[w + 2].Start);
            if (number is null || used.Contains(number.Start)) return null;
            used.Add(number.Start);
            return new CasualtyMention(CasualtyMention.Killed, number.Value, number.Qualifier, new TextSpan(words[w - 1].Start, number.End), number.Span, Total: true);
        }
        // "He died in hospital on Wednesday. So now it is four.": a running count (kind running_count) and a figure that
        // closes the sentence
        for (var w = firstWord; w <= lastWord; w++)
        {
            var key = "";
            for (var k = w; k <= lastWord && k < w + MaxRunningCountWords; k++)
            {
                key = k == w ? words[k].Key : key + " " + words[k].Key;
                if (!_runningCounts.Contains(key) || k + 1 > lastWord) continue;
                var number = numbers.FirstOrDefault(n => n.Start == words[k + 1].Start);
                if (number is null || used.Contains(number.Start)) continue;
                var after = doc.WordAt(number.End);
                if (after <= lastWord && words[after].Key is not ("." or "!" or "\"" or "”")) continue;
                used.Add(number.Start);
                return new CasualtyMention(CasualtyMention.Killed, number.Value, number.Qualifier, new TextSpan(words[w].Start, number.End), number.Span, Total: true);
            }
        }
        return null;
    }

    /// <summary>Most words of a running count's phrase (function_words.tsv kind running_count: "so now it is").</summary>
    private const int MaxRunningCountWords = 4;

    /// <summary>
    /// One more person named by an ordinal after "a"/"an" (numbers.tsv kind ordinal, second or later) later in the
    /// sentence of <paramref name="cue"/>: "and a fourth died on the way to hospital".
    /// </summary>
    private bool OrdinalOneAfter(AnnotatedDocument doc, Cue cue)
    {
        var words = doc.Words;
        var lastWord = doc.WordAt(doc.SentenceAt(cue.Start).End) - 1;
        for (var w = cue.LastWord + 1; w + 1 <= lastWord; w++)
            if (words[w].Key is "a" or "an" && _ordinals.TryGetValue(words[w + 1].Key, out var place) && place >= 2) return true;
        return false;
    }

    /// <summary>Most words describing a counted plural noun between it and its figure before an active verb ("two young guards died").</summary>
    private const int MaxVictimModifiers = 2;

    /// <summary>
    /// A plain lower-case word (letters and hyphens) that may describe the victims it stands before, no joining word nor
    /// determiner: "young", "off-duty", "unarmed" in "two young guards died"; "of", "and", "the" part the figure from them.
    /// </summary>
    private bool DescribesVictim(AnnotatedDocument doc, int w)
    {
        var word = doc.Words[w];
        var text = doc.Text.AsSpan(word.Start, word.End - word.Start);
        foreach (var ch in text)
            if (!(char.IsLower(ch) || ch == '-')) return false;
        return !_victimDescriberStops.Contains(word.Key)
               && !_determiners.Contains(word.Key) && !_possessivePronouns.Contains(word.Key);
    }

    /// <summary>
    /// The "and" before one person joined after counted victims, when the person's noun phrase ends at
    /// <paramref name="w"/>: "and one inmate", "and a boy who sold tea" ("and" and a determiner, then the words
    /// <see cref="IsJoinedPerson"/> reads as one person), with a plural victim noun right before "and". -1 when there is none.
    /// </summary>
    private int JoinedOneBefore(AnnotatedDocument doc, List<NumberMention> numbers, int w, int firstWord)
    {
        var words = doc.Words;
        for (var joint = w - 2; joint - 1 >= firstWord && joint >= w - MaxConjunct - 1; joint--)
        {
            if (words[joint].Key != "and") continue;
            var before = words[joint - 1].Key;
            return _determiners.Contains(words[joint + 1].Key) && _persons.IsVictim(before) && !_persons.IsSingularVictim(before)
                   && IsJoinedPerson(doc, numbers, joint + 2, w) ? joint : -1;
        }
        return -1;
    }

    /// <summary>
    /// The word at <paramref name="w"/> is a noun that names one victim only when counted (persons.tsv role counted), and
    /// the figure 1 ends right before it: "1 (one) citizen died". Alone ("a citizen called the police") it names no one.
    /// </summary>
    private bool CountedOne(List<NumberMention> numbers, IReadOnlyList<Lexicons.Word> words, int w, int firstWord) =>
        _persons.IsCountedVictim(words[w].Key) && w - 1 >= firstWord && numbers.LastOrDefault(n => n.End == words[w - 1].End) is { Value: 1 };

    /// <summary>
    /// A casualty phrase in the active voice: one that opens with no auxiliary ("died", "killed"), or a perfect tense
    /// of "have" with no form of "be" ("five guards had died", "two workers have died"); "were killed" and "had been
    /// killed" are passives, whose counted subject is <see cref="CountedSubject"/>'s.
    /// </summary>
    private bool IsActive(AnnotatedDocument doc, Cue cue) =>
        !_auxiliaries.Contains(doc.Words[cue.FirstWord].Key)
        || Enumerable.Range(cue.FirstWord, cue.LastWord - cue.FirstWord + 1).All(w => !_beAuxiliaries.Contains(doc.Words[w].Key));

    /// <summary>
    /// The figure counts a whole of which a part was hurt: "one of the three victims died", "two of the five men were
    /// killed" count the part before "of the" (a number, or "one"); "all of the five" and "both of the two" keep the
    /// whole; another word ("some of the 40", "most of the nine") leaves no figure.
    /// </summary>
    private CasualtyMention? PartOfCount(AnnotatedDocument doc, List<NumberMention> numbers, HashSet<int> used, NumberMention whole, int firstWord, CasualtyMention mention)
    {
        var words = doc.Words;
        var the = doc.WordAt(whole.Start) - 1;
        if (the - 2 < firstWord || words[the].Key is not ("the" or "those" or "these") || words[the - 1].Key != "of") return mention;
        var p = the - 2;
        if (words[p].Key is "all" or "both") return mention;
        // "one of the two wounded gendarmes died", "one of the four soldiers wounded when ... died": the hurt word describes
        // the whole (no "be" before it) and the part is what dies after it: the whole is the count of the hurt
        if (mention.Kind == CasualtyMention.Injured && DiesAfter(doc, mention)
            && !Enumerable.Range(doc.WordAt(whole.End), Math.Max(0, doc.WordAt(mention.Span.End) - doc.WordAt(whole.End))).Any(w => _beAuxiliaries.Contains(words[w].Key)))
            return mention;
        var start = words[p].Start;
        if (numbers.LastOrDefault(n => n.End == words[p].End) is { } part)
        {
            used.Add(part.Start);
            return mention with { Value = part.Value, Qualifier = part.Qualifier, Figure = part.Span, Span = new TextSpan(part.Start, mention.Span.End) };
        }
        if (words[p].Key == "one")
            return mention with { Value = 1, Qualifier = Qualifiers.Exact, Figure = new TextSpan(start, words[p].End), Span = new TextSpan(start, mention.Span.End) };
        return null;
    }

    /// <summary>A casualty phrase of kind killed follows the mention in its sentence: "one of the two wounded men later died".</summary>
    private static bool DiesAfter(AnnotatedDocument doc, CasualtyMention mention)
    {
        var sentence = doc.SentenceAt(mention.Span.Start);
        if (mention.Span.End >= sentence.Span.End) return false;
        return doc.CuesIn(new TextSpan(mention.Span.End, sentence.Span.End), CueKind.Casualty).Any(c => c.As<CasualtyCue>().Kind == CasualtyMention.Killed);
    }

    /// <summary>Most words of a part named after the counted victims: "including three of the attackers".</summary>
    private const int MaxPart = 5;

    /// <summary>The word that opens a part of the counted victims ("including", "among") at most <see cref="MaxPart"/> words before <paramref name="w"/>, or -1.</summary>
    private int PartOpener(IReadOnlyList<Lexicons.Word> words, int w, int firstWord)
    {
        for (var o = w - 1; o > firstWord && o >= w - MaxPart; o--)
        {
            if (words[o].Key is "," or ";") return -1;
            if (_appositionOpeners.Contains(words[o].Key)) return o;
        }
        return -1;
    }

    /// <summary>Most words of an aside between a figure and its casualty words.</summary>
    private const int MaxApposition = 8;

    /// <summary>Most words of a relative clause (function_words.tsv kind person_relative) between a figure and its casualty words.</summary>
    private const int MaxRelativeClause = 12;

    /// <summary>The comma that opens an aside closed by the comma at <paramref name="closing"/> (", including 11 children,"), or -1.</summary>
    private int AppositionStart(IReadOnlyList<Lexicons.Word> words, int closing, int firstWord)
    {
        for (var w = closing - 1; w > firstWord && w >= closing - MaxRelativeClause; w--)
        {
            if (words[w].Key != ",") continue;
            // "three guards, who were on duty at the gate that night,": a relative clause about the counted people (a plural
            // noun before it; "his son, 17, who ..." is one person and his age), a little longer
            if (_personRelatives.Contains(words[w + 1].Key))
                return w - 1 > firstWord && _persons.IsVictim(words[w - 1].Key) && !_persons.IsSingularVictim(words[w - 1].Key) ? w : -1;
            if (w < closing - MaxApposition) return -1;
            // ", including 11 children," / ", three of them policemen,"
            var part = w + 3 < closing && words[w + 2].Key == "of" && _appositionParts.Contains(words[w + 3].Key);
            return _appositionOpeners.Contains(words[w + 1].Key) || part ? w : -1;
        }
        return -1;
    }

    /// <summary>
    /// The counted subject of a plural passive, further back than <see cref="FigureBefore"/> looks: "some nine
    /// border guards riding in a convoy truck were killed". The words before "were" are searched, within
    /// the clause, for a plural victim noun ("guards") with its number at most three words before it.
    /// </summary>
    private CasualtyMention? CountedSubject(AnnotatedDocument doc, List<NumberMention> numbers, HashSet<int> used, Cue cue, CasualtyCue cc, int firstWord)
    {
        const int MaxSubjectDistance = 14;
        var words = doc.Words;
        var w = cue.FirstWord - 1;
        while (w >= firstWord && _passiveAdverbs.Contains(words[w].Key)) w--;
        // (a phrase that holds its auxiliaries, "have been killed", opens with them)
        var auxiliary = words[cue.FirstWord].Key is "were" or "are" || PerfectPassiveOpens(words, cue) ? cue.FirstWord : w;
        if (auxiliary < firstWord || words[auxiliary].Key is not ("were" or "are" or "been" or "have" or "had")) return null;
        var extra = 0;
        for (var n = auxiliary - 1; n >= firstWord && n >= auxiliary - MaxSubjectDistance; n--)
        {
            var key = words[n].Key;
            if (key == "." && IsAbbreviationPeriod(doc, n)) continue; // "two U.S. citizens were killed"
            // "two missionaries -- aged 19 and 21 -- were shot": an aside between dashes is passed over
            if (IsDash(doc, n) && DashAsideStart(doc, n, firstWord) is var opening and >= 0) { n = opening; continue; }
            // "ten police officers and their driver were killed": one more victim joined after the counted ones
            if (key == "and" && extra == 0 && n + 2 < auxiliary && _determiners.Contains(words[n + 1].Key) && IsJoinedPerson(doc, numbers, n + 2, auxiliary - 1))
            {
                extra = 1;
                continue;
            }
            // "40 members of the militia, including their commander, were killed": an aside of a part is passed over
            if (key == "," && AppositionStart(words, n, firstWord) is var aside and >= 0) { n = aside; continue; }
            if (key is "," or ";" or ":" or "." or "and" or "but" or "when" or "after" or "while") return null;
            // "20 members of the guard including a senior officer were killed": a part named without commas, too
            if (_persons.IsVictim(key) && PartOpener(words, n, firstWord) is var part and >= 0) { n = part; continue; }
            if (!_persons.IsVictim(key) || _persons.IsSingularVictim(key)) continue;
            var reach = n;
            // the words of a name written right before the noun count as none: "three Royal Guard sentries"
            for (var named = 0; named < MaxNameWords && reach - 1 > firstWord && IsNameWord(doc, reach - 1); named++) reach--;
            // an abbreviation counts as one word: "two U.S. Mormon missionaries"
            for (var counted = 0; reach > firstWord && counted < 3; reach--)
                if (!(words[reach - 1].Key == "." && IsAbbreviationPeriod(doc, reach - 1)) && !InsideAbbreviation(doc, reach - 1)) counted++;
            var number = numbers.LastOrDefault(x => x.End <= words[n].Start && x.End >= words[reach].End)
                         ?? SharedCount(doc, numbers, n, firstWord);
            // "three members of the border police were killed": the noun names the group the counted belong to
            if (number is null && GroupOfCounted(doc, numbers, n, firstWord) is var of and >= 0) { n = of; continue; }
            if (number is null || used.Contains(number.Start) || IsPerpetratorCount(doc, number)) return null;
            used.Add(number.Start);
            var subject = new CasualtyMention(cc.Kind, number.Value + extra, number.Qualifier, new TextSpan(number.Start, cue.End), number.Span);
            return extra == 0 ? PartOfCount(doc, numbers, used, number, firstWord, subject) : subject;
        }
        return null;
    }

    /// <summary>
    /// The counted victims of a relative clause of dying: a phrase of kind killed written after its figure opens right
    /// after a relative word (function_words.tsv kind toll_relative), and the plural victim noun it tells of stands right
    /// before that word or before an "of" phrase that runs to it, its figure before it (a name of up to
    /// <see cref="MaxNameWords"/> words between): "the five officers of the X Guard who lost their lives", "the three
    /// farmers who died". No clause break, casualty or attack word stands between the noun and the relative word.
    /// </summary>
    private CasualtyMention? RelativeCount(AnnotatedDocument doc, List<NumberMention> numbers, HashSet<int> used, Cue cue, CasualtyCue cc, int firstWord)
    {
        var words = doc.Words;
        var relative = cue.FirstWord - 1;
        if (cc.Kind != CasualtyMention.Killed || cc.Position != "after" || relative - 2 < firstWord || !_tollRelatives.Contains(words[relative].Key)) return null;
        for (var n = relative - 1; n > firstWord && n >= relative - MaxRelativeReach; n--)
        {
            var key = words[n].Key;
            if (key is "," or ";" or ":" or "." or "and" or "or" or "but" || !char.IsLetterOrDigit(key[0])) return null;
            var word = new TextSpan(words[n].Start, words[n].End);
            if (doc.CuesIn(word, CueKind.Casualty).Any() || doc.CuesIn(word, CueKind.Event).Any()) return null;
            if (!_persons.IsVictim(key) || _persons.IsSingularVictim(key)) continue;
            if (n + 1 != relative && words[n + 1].Key != "of") return null;
            var reach = n;
            for (var named = 0; named < MaxNameWords && reach - 1 > firstWord && IsNameWord(doc, reach - 1); named++) reach--;
            var number = numbers.LastOrDefault(x => x.End <= words[n].Start && x.End >= words[Math.Max(firstWord, reach - 1)].End);
            if (number is null || used.Contains(number.Start) || IsPerpetratorCount(doc, number) || AgeAfterOf(doc, number, firstWord)) return null;
            used.Add(number.Start);
            var counted = new CasualtyMention(cc.Kind, number.Value, number.Qualifier, new TextSpan(number.Start, cue.End), number.Span);
            // "the families of the five officers who died": a noun of people before "of the" names whose they were, no part
            var at = doc.WordAt(number.Start);
            return at - 3 >= firstWord && words[at - 1].Key == "the" && words[at - 2].Key == "of" && _persons.IsVictim(words[at - 3].Key)
                ? counted : PartOfCount(doc, numbers, used, number, firstWord, counted);
        }
        return null;
    }

    /// <summary>Most words between a relative clause's victim noun and its relative word: "officers of the X Border Guard Service who".</summary>
    private const int MaxRelativeReach = 10;

    /// <summary>Most words of a name passed over between a count and its plural noun: "four Harbour Customs Service officers".</summary>
    private const int MaxNameWords = 3;

    /// <summary>
    /// The word at <paramref name="w"/> is a word of a name inside a noun phrase: letters only, written with a capital
    /// inside the sentence (the sentence's first word is not passed), and no number ("Three").
    /// </summary>
    private static bool IsNameWord(AnnotatedDocument doc, int w)
    {
        var word = doc.Words[w];
        if (!char.IsUpper(doc.Text[word.Start]) || !word.Key.All(char.IsLetter)) return false;
        return !doc.NumbersIn(new TextSpan(word.Start, word.End)).Any();
    }

    /// <summary>The casualty phrase opens with a plural perfect passive's auxiliaries: "have been killed", "had been wounded".</summary>
    private static bool PerfectPassiveOpens(IReadOnlyList<Lexicons.Word> words, Cue cue) =>
        cue.LastWord > cue.FirstWord + 1 && words[cue.FirstWord].Key is "have" or "had" && words[cue.FirstWord + 1].Key == "been";

    /// <summary>Most words between "of" and the noun of the group it names: "of the Afghan border police".</summary>
    private const int MaxGroupWords = 4;

    /// <summary>
    /// The plural victim noun at <paramref name="noun"/> ends an of-phrase (or a from-phrase) that names the group the
    /// counted people belong to, with no figure of its own: "three members of the border police", "five officers of the
    /// city's police", "two bodyguards from the state police" (at most <see cref="MaxGroupWords"/> words after "of", no
    /// comma and no figure among them, and a word before "of"). Returns the index of "of", from which the counted noun is
    /// sought further back; -1 otherwise.
    /// </summary>
    private static int GroupOfCounted(AnnotatedDocument doc, List<NumberMention> numbers, int noun, int firstWord)
    {
        var words = doc.Words;
        for (var j = noun - 1; j > firstWord && j >= noun - MaxGroupWords; j--)
        {
            var key = words[j].Key;
            if (key is "," or ";" or ":" or "." or "and" || numbers.Any(x => x.Start <= words[j].Start && x.End >= words[j].End)) return -1;
            if (key is "of" or "from") return j;
        }
        return -1;
    }

    /// <summary>
    /// The words after "and" and its determiner, up to a plural passive's auxiliary, name one more person: "ten officers
    /// and their driver were killed" (describing words, then a singular victim noun last), "two guards and a man hired
    /// as the cook were killed", "four soldiers and a boy who sold tea were hurt" (the first singular victim noun, then a
    /// phrase that describes that person, opened by a participle or a function_words.tsv subject_aside word). A victim
    /// noun that describes another ("a civilian driver") is read only in the first shape. A plural victim noun, an
    /// attacker's noun, a figure or another joint ("," or "and") makes the words no single person.
    /// </summary>
    private bool IsJoinedPerson(AnnotatedDocument doc, List<NumberMention> numbers, int from, int to)
    {
        var words = doc.Words;
        for (var b = from; b <= to; b++)
        {
            var key = words[b].Key;
            if (key is "," or "and" or ";" or ":" || _persons.IsPerpetrator(key) || numbers.Any(x => x.Start <= words[b].Start && x.End >= words[b].End)) return false;
            if (_persons.IsVictim(key) && !_persons.IsSingularVictim(key) && !IsAdjective(doc, b)) return false;
        }
        if (_persons.IsSingularVictim(words[to].Key) && Enumerable.Range(from, to - from).All(b => IsAdjective(doc, b) || !_persons.IsVictim(words[b].Key)))
            return true;
        var head = Enumerable.Range(from, to - from + 1).FirstOrDefault(b => _persons.IsSingularVictim(words[b].Key), -1);
        return head >= 0 && head < to && (IsParticiple(doc, head + 1) || _subjectAsides.Contains(words[head + 1].Key));
    }

    /// <summary>
    /// One figure that counts two victim nouns joined by "and": "eleven police and army personnel were killed", "four
    /// soldiers and border guards died" count eleven and four in all. <paramref name="noun"/> is the second, plural noun,
    /// with no figure of its own; within <see cref="MaxConjunct"/> words before it stands "and" after a plural victim
    /// noun counted at most three words before, with no number, comma or other "and" between. Null when there is none.
    /// </summary>
    private NumberMention? SharedCount(AnnotatedDocument doc, List<NumberMention> numbers, int noun, int firstWord)
    {
        var words = doc.Words;
        for (var j = noun - 1; j > firstWord && j >= noun - MaxConjunct - 1; j--)
        {
            if (numbers.Any(x => x.Start <= words[j].Start && x.End >= words[j].End) || words[j].Key is "," or ";" or ":" or "." or "of") return null;
            if (words[j].Key != "and") continue;
            var first = j - 1;
            if (!_persons.IsVictim(words[first].Key) || _persons.IsSingularVictim(words[first].Key)) return null;
            var number = numbers.LastOrDefault(x => x.End <= words[first].Start && x.End >= words[Math.Max(firstWord, first - 3)].End);
            if (number is null || Enumerable.Range(doc.WordAt(number.End), Math.Max(0, first - doc.WordAt(number.End))).Any(b => words[b].Key is "," or "and" or "of")) return null;
            return number;
        }
        return null;
    }

    /// <summary>Most words between a verb of harm and its injury noun: "remained in hospital with severe burns".</summary>
    private const int MaxHarmGap = 4;

    /// <summary>
    /// An injury noun (function_words kind harm_noun) follows a verb of harm (casualties.tsv position harm) within
    /// <see cref="MaxHarmGap"/> words and the same clause: "suffered minor cuts", "sustained serious head injuries",
    /// "remained in hospital with burns"; "suffered a heavy defeat" has none, and "suffered a gunshot wound" is read
    /// through its own casualty phrase.
    /// </summary>
    private bool HarmNounAfter(AnnotatedDocument doc, Cue cue, int lastWord)
    {
        for (var w = cue.LastWord + 1; w <= lastWord && w <= cue.LastWord + 1 + MaxHarmGap; w++)
        {
            var key = doc.Words[w].Key;
            // "suffered a gunshot wound": a casualty phrase of its own reads the victim
            if (doc.CuesIn(new TextSpan(doc.Words[w].Start, doc.Words[w].End), CueKind.Casualty).Any(c => c.As<CasualtyCue>().Kind != CasualtyMention.Injured)) return false;
            if (_harmNouns.Contains(key)) return true;
            if (key is "," or ";" or ":" or "." or "and" or "but" or "after" or "when" or "while") return false;
        }
        return false;
    }

    /// <summary>
    /// The subject that opens the clause of an active verb, further back than <see cref="FigureBefore"/> looks:
    /// "two municipal guards on duty at the town hall suffered cuts" (a plural victim noun with its number at most three
    /// words before it) and "the driver of one of the two vans remained in hospital with burns" (a singular victim noun,
    /// or "he"/"she": one). The clause opens after a comma, a semicolon or a joining word, at most
    /// <see cref="MaxClauseSubject"/> words before the verb; its first person noun is the subject, and an attacker's noun
    /// there ("the gunman suffered burns") or a plural noun with no figure counts no one.
    /// </summary>
    private CasualtyMention? ClauseSubject(AnnotatedDocument doc, List<NumberMention> numbers, HashSet<int> used, Cue cue, CasualtyCue cc, int firstWord, int lastWord)
    {
        var words = doc.Words;
        var end = SubjectEnd(doc, cue.FirstWord, firstWord);
        var start = end + 1;
        while (start - 1 >= firstWord && start - 1 >= end + 1 - MaxClauseSubject
               && words[start - 1].Key is not ("," or ";" or ":" or "." or "and" or "but" or "when" or "after" or "while" or "who" or "that" or "which" or "as"))
            start--;
        if (start - 1 >= firstWord && start - 1 < end + 1 - MaxClauseSubject) return null; // no clause's opening within reach
        for (var n = start; n <= end; n++)
        {
            var key = words[n].Key;
            if (_persons.IsPerpetrator(key)) return null;
            if (key is "he" or "she")
                return new CasualtyMention(cc.Kind, 1, Qualifiers.Exact, new TextSpan(words[n].Start, cue.End), new TextSpan(words[n].Start, words[n].End));
            if (_persons.IsSingularVictim(key))
            {
                // "a woman aged 63 and her son aged 40 who were at home received burns": one each listed before
                var (listed, first) = ListedBefore(doc, start - 1, firstWord);
                // (of a list, the first listed person: "his cameraman and a boy", not "a man and his daughter")
                var related = first is { } f ? IsPossessive(words[f].Key) : NamedByRelation(doc, start, n);
                var kind = related && !DeathFollows(doc, cue, lastWord) ? CasualtyMention.Injured : cc.Kind;
                return new CasualtyMention(kind, 1 + listed, Qualifiers.Exact, new TextSpan(words[first ?? n].Start, cue.End), new TextSpan(words[first ?? n].Start, words[listed > 0 ? end : n].End));
            }
            if (!_persons.IsVictim(key)) continue;
            var number = numbers.LastOrDefault(x => x.End <= words[n].Start && x.Start >= words[Math.Max(start, n - 3)].Start);
            if (number is null || used.Contains(number.Start) || IsPerpetratorCount(doc, number)) return null;
            used.Add(number.Start);
            return new CasualtyMention(cc.Kind, number.Value, number.Qualifier, new TextSpan(number.Start, cue.End), number.Span);
        }
        return null;
    }

    /// <summary>
    /// The one hurt (or the first of those listed) is named by a relation to another person, a possessive before the noun
    /// ("his wife, aged 47, ... sustained cut injuries", "the guard's son suffered cuts", "his driver and a passer-by
    /// received wounds"): someone other than the one killed, so injured, not only
    /// taken for care (a verb of harm alone counts one hurt only beyond the dead: "the victim suffered cuts").
    /// </summary>
    private bool NamedByRelation(AnnotatedDocument doc, int start, int noun)
    {
        for (var w = start; w < noun; w++)
            if (IsPossessive(doc.Words[w].Key)) return true;
        return false;
    }

    /// <summary>A death word later in the sentence than the verb of harm: "his son suffered cuts and later died" tells one death, no one hurt.</summary>
    private static bool DeathFollows(AnnotatedDocument doc, Cue cue, int lastWord) =>
        cue.End < doc.Words[lastWord].End
        && doc.CuesIn(new TextSpan(cue.End, doc.Words[lastWord].End), CueKind.Casualty).Any(c => c.As<CasualtyCue>().Kind == CasualtyMention.Killed);

    /// <summary>Most words of one person listed before the subject of a verb of harm: "his elderly mother aged 80".</summary>
    private const int MaxListedPerson = 6;

    /// <summary>
    /// The persons listed before the last one of a verb's subject, whose "and" (or ",") is at <paramref name="joint"/>: "a
    /// woman aged 63 and her son ... received burns" one more, "the cook, a waiter and a cleaner suffered cuts" two more.
    /// Each is a short phrase that ends in a singular victim noun (persons.tsv), after it an age ("aged 63", ", 63,") at
    /// most, and opens the sentence or follows another listed one; a longer clause before "and" ("the bomb went off near a
    /// man and his son suffered cuts", "the shell hit a farmer, and his wife suffered cuts") ends the list. Returns how
    /// many and the first word of the first.
    /// </summary>
    private (int Count, int? First) ListedBefore(AnnotatedDocument doc, int joint, int firstWord)
    {
        var words = doc.Words;
        var count = 0;
        int? first = null;
        while (joint > firstWord && words[joint].Key is "and" or ",")
        {
            var last = joint - 1;
            if (words[joint].Key == "and" && words[last].Key == ",") last--; // "a, b, and c"
            // an age after the listed person: "a farmer, 34, and", "a man aged 58 and"
            if (last - 1 >= firstWord && char.IsDigit(words[last].Key.FirstOrDefault()) && words[last - 1].Key is "," or "aged")
                last -= 2;
            last = BeforeListedName(doc, last, firstWord);
            if (last < firstWord || !_persons.IsSingularVictim(words[last].Key)) break;
            var open = last;
            while (open - 1 >= firstWord && last - open + 1 < MaxListedPerson && !OpensListedPerson(doc, open - 1))
            {
                if (_persons.IsPerpetrator(words[open - 1].Key)) return (count, first);
                open--;
            }
            // a clause, not a listed person: too long, or telling an act ("the shell hit a farmer and his wife suffered burns")
            if (open - 1 >= firstWord && !OpensListedPerson(doc, open - 1) || !IsPersonPhrase(doc, open, last)) break;
            count++;
            first = open;
            joint = open - 1;
        }
        return (count, first);
    }

    /// <summary>
    /// The person noun before the name that ends at <paramref name="last"/> in a list of those hurt: "his nephew Joel Okot
    /// and a girl", "the driver Mr. Ali Obong and": up to <see cref="MaxNameAsideWords"/> capitalised words (a title's
    /// period among them) right after a singular victim noun. <paramref name="last"/> itself when no name ends there.
    /// </summary>
    private int BeforeListedName(AnnotatedDocument doc, int last, int firstWord)
    {
        var w = last;
        var names = 0;
        while (w > firstWord && names < MaxNameAsideWords && (IsCapitalised(doc, w) && !_persons.IsVictim(doc.Words[w].Key) || doc.Words[w].Key == "." && IsCapitalised(doc, w - 1)))
        {
            if (doc.Words[w].Key != ".") names++;
            w--;
        }
        return w < last && names > 0 && _persons.IsSingularVictim(doc.Words[w].Key) ? w : last;
    }

    /// <summary>The word before a listed person: a joint of the list, a clause's end or opening ("while") or a dash that opens a bulleted line ("- a woman and her son ...").</summary>
    private static bool OpensListedPerson(AnnotatedDocument doc, int w) =>
        doc.Words[w].Key is "," or "and" or "while" or ";" or ":" or "." || IsDash(doc, w);

    /// <summary>
    /// One noun phrase of a person from <paramref name="open"/> to its noun at <paramref name="last"/>: a determiner or a
    /// possessive first ("a", "the", "his", "the guard's") and none after it ("her 70-year-old mother", not "the shell hit
    /// a farmer"), with no attack or casualty word.
    /// </summary>
    private bool IsPersonPhrase(AnnotatedDocument doc, int open, int last)
    {
        var words = doc.Words;
        if (!(_determiners.Contains(words[open].Key) || IsPossessive(words[open].Key))) return false;
        for (var w = open + 1; w < last; w++)
            if (_determiners.Contains(words[w].Key) || IsPossessive(words[w].Key)) return false;
        var span = new TextSpan(words[open].Start, words[last].End);
        return !doc.CuesIn(span, CueKind.Event).Any() && !doc.CuesIn(span, CueKind.Casualty).Any();
    }

    /// <summary>Most words of an aside between a verb of harm and its subject: ", who had run out to help the driver,".</summary>
    private const int MaxSubjectAside = 12;

    /// <summary>
    /// The last word of the subject of the verb at <paramref name="verb"/>, past the asides between them (function_words.tsv
    /// kind subject_aside opens one): a relative clause ("a pupil who was at the stop sustained cuts", "her uncle, who ran
    /// to help, suffered burns"), an age ("his wife, aged 47, sustained", "a porter, 61, suffered") and an apposition that
    /// names the one victim ("one person, a 19-year-old cook, suffered"). With no aside, the word right before the verb.
    /// </summary>
    private int SubjectEnd(AnnotatedDocument doc, int verb, int firstWord)
    {
        var words = doc.Words;
        var end = verb - 1;
        var skipped = false;
        while (end >= firstWord)
        {
            if (words[end].Key == ",")
            {
                var open = OpeningComma(doc, end, firstWord);
                if (open >= 0 && IsSubjectAside(doc, open + 1, end - 1)) { end = open; skipped = true; continue; }
                return skipped ? end - 1 : end; // the comma that opened the last aside passed over
            }
            var relative = UnclosedAsideBefore(doc, end, firstWord);
            if (relative < 0) return end;
            end = relative - 1;
            skipped = true;
        }
        return end;
    }

    /// <summary>The comma that opens the aside closed by the comma at <paramref name="closing"/>, within <see cref="MaxSubjectAside"/> words of the sentence, or -1.</summary>
    private static int OpeningComma(AnnotatedDocument doc, int closing, int firstWord)
    {
        for (var o = closing - 1; o > firstWord && o >= closing - MaxSubjectAside - 1; o--)
        {
            var key = doc.Words[o].Key;
            if (key == ",") return o;
            if (key is ";" or ":" or ".") return -1;
        }
        return -1;
    }

    /// <summary>
    /// Words between commas that describe the subject before them rather than being it: they open with a subject_aside
    /// word ("who tried to help", "aged 47"), are an age alone ("34"), or name one victim after "a"/"an" ("a 22-year-old man").
    /// </summary>
    /// <summary>Most words of a person's name written between commas after the person noun.</summary>
    private const int MaxNameAsideWords = 4;

    private bool IsSubjectAside(AnnotatedDocument doc, int first, int last)
    {
        if (first > last) return false;
        var words = doc.Words;
        if (_subjectAsides.Contains(words[first].Key)) return true;
        if (Enumerable.Range(first, last - first + 1).All(w => words[w].Key.Length > 0 && char.IsDigit(words[w].Key[0]))) return true;
        // what such a person is called (function_words.tsv kind naming_word), with no figure: ", as minibus drivers are known
        // locally,", ", also known as a boda boda man,", ", locally called a tro-tro mate,"
        if (NamingAside(doc, first, last)) return true;
        // the person's name: "the driver, Pedro Ruiz, and two passengers", "his bodyguard, Omar Idris Hamid, suffered burns"
        if (last - first < MaxNameAsideWords && Enumerable.Range(first, last - first + 1).All(w => IsCapitalised(doc, w) && !IsPlaceAt(doc, w)
                                                                                            && !_persons.IsVictim(words[w].Key) && !_persons.IsPerpetrator(words[w].Key)))
            return true;
        return words[first].Key is "a" or "an" && last - first < 6
               && Enumerable.Range(first + 1, last - first).Any(w => _persons.IsSingularVictim(words[w].Key));
    }

    /// <summary>
    /// An aside that tells what the person before it is called: it opens with "as", "also", a naming word (function_words.tsv
    /// kind naming_word) or an adverb in -ly, holds a naming word within its first words and no figure: ", as minibus drivers
    /// are known locally,", ", also known as a boda boda man,", ", locally called a tro-tro mate,".
    /// </summary>
    private bool NamingAside(AnnotatedDocument doc, int first, int last)
    {
        var words = doc.Words;
        var opener = words[first].Key;
        if (!(opener is "as" or "also" || _namingWords.Contains(opener) || opener.Length > 3 && opener.EndsWith("ly", StringComparison.Ordinal))) return false;
        if (doc.NumbersIn(new TextSpan(words[first].Start, words[last].End)).Any()) return false;
        return Enumerable.Range(first, Math.Min(last - first + 1, MaxNamingReach)).Any(w => _namingWords.Contains(words[w].Key));
    }

    /// <summary>Most words from the opening of a naming aside to its naming word: ", as the minibus drivers are known".</summary>
    private const int MaxNamingReach = 7;

    /// <summary>A subject_aside word with no comma before the verb ("a pupil who was at the stop sustained"), within <see cref="MaxSubjectAside"/> words back from <paramref name="end"/> and the same clause (or item of a list), or -1.</summary>
    private int UnclosedAsideBefore(AnnotatedDocument doc, int end, int firstWord, int reach = MaxSubjectAside)
    {
        for (var w = end; w > firstWord && w >= end - reach; w--)
        {
            var key = doc.Words[w].Key;
            if (key is "," or ";" or ":" or "." or "and") return -1; // "a man aged 58 and his son aged 30": each item's own
            if (_subjectAsides.Contains(key)) return w;
        }
        return -1;
    }

    /// <summary>Most words from the opening of a clause to its verb of harm.</summary>
    private const int MaxClauseSubject = 16;

    /// <summary>The period of an abbreviation ("U.S.", "U.N."): it follows a single letter without a space.</summary>
    private static bool IsAbbreviationPeriod(AnnotatedDocument doc, int w) =>
        w >= 1 && doc.Words[w - 1].End == doc.Words[w].Start && doc.Words[w - 1].End - doc.Words[w - 1].Start == 1
        && char.IsLetter(doc.Text[doc.Words[w - 1].Start]);

    /// <summary>A letter of an abbreviation after its first ("S" of "U.S."): right after an abbreviation's period, followed by one.</summary>
    private static bool InsideAbbreviation(AnnotatedDocument doc, int w) =>
        w >= 1 && w + 1 < doc.Words.Count && doc.Words[w - 1].Key == "." && doc.Words[w - 1].End == doc.Words[w].Start
        && IsAbbreviationPeriod(doc, w - 1) && doc.Words[w + 1].Key == "." && IsAbbreviationPeriod(doc, w + 1);

    /// <summary>Most words of an aside between dashes: "-- aged 19 and 21 --".</summary>
    private const int MaxDashAside = 8;

    /// <summary>The word is a dash standing apart ("--", "—", a spaced "-"), not a hyphen inside a word.</summary>
    private static bool IsDash(AnnotatedDocument doc, int w) =>
        doc.Text.AsSpan(doc.Words[w].Start, doc.Words[w].End - doc.Words[w].Start) is var t && t.Length > 0 && !t.ContainsAnyExcept("-\u2013\u2014");

    /// <summary>The first word of the dashes that open an aside closed by the dash at <paramref name="closing"/>, or -1.</summary>
    private static int DashAsideStart(AnnotatedDocument doc, int closing, int firstWord)
    {
        var w = closing;
        while (w - 1 >= firstWord && IsDash(doc, w - 1)) w--; // "--" may be two words
        for (var o = w - 1; o > firstWord && o >= w - MaxDashAside; o--)
        {
            if (doc.Words[o].Key is "," or ";" or ":" or ".") return -1;
            if (!IsDash(doc, o)) continue;
            while (o - 1 > firstWord && IsDash(doc, o - 1)) o--;
            return o;
        }
        return -1;
    }

    /// <summary>
    /// "four officers were killed and one wounded", "two died, one was hurt", "One injured in shooting": the bare word
    /// "one" (which the number layer skips, numbers.tsv) right before the phrase, or before its singular auxiliary
    /// (function_words.tsv kind singular_auxiliary), opening the sentence or a part of it after "and", "while" or a
    /// comma, or after a word of a toll (function_words.tsv kind toll_lead: "the toll stands at one dead", "the final
    /// toll is one dead and one hurt"), counts one victim. "No one was hurt" and "the one wounded" count no one here.
    /// </summary>
    private CasualtyMention? BareOneBefore(AnnotatedDocument doc, Cue cue, CasualtyCue cc, int firstWord)
    {
        var w = cue.FirstWord - 1;
        if (w >= firstWord && _singularAuxiliaries.Contains(doc.Words[w].Key)) w--;
        // a death told later of one of those hurt: "one later died", "one of the wounded subsequently died", "one of
        // them died at the hospital" (an adverb of function_words.tsv kind subject_adverb, and the group the one is
        // part of: "of them", or "of the"/"of those" and the hurt (kind hurt_noun) or a plural victim noun)
        if (cc.Kind == CasualtyMention.Killed)
        {
            if (w >= firstWord && _subjectAdverbs.Contains(doc.Words[w].Key)) w--;
            if (w - 1 >= firstWord && doc.Words[w].Key == "them" && doc.Words[w - 1].Key == "of") w -= 2;
            else
            {
                var group = w;
                if (group >= firstWord && _persons.IsVictim(doc.Words[group].Key) && !_persons.IsSingularVictim(doc.Words[group].Key)) group--;
                if (group >= firstWord && _hurtNouns.Contains(doc.Words[group].Key)) group--;
                if (group < w && group - 1 >= firstWord && doc.Words[group].Key is "the" or "those" && doc.Words[group - 1].Key == "of") w = group - 2;
            }
        }
        if (w < firstWord || doc.Words[w].Key != "one") return null;
        if (w > firstWord && doc.Words[w - 1].Key is not ("and" or "while" or "," or ";" or ":") && !_tollLeads.Contains(doc.Words[w - 1].Key)) return null;
        return new CasualtyMention(cc.Kind, 1, Qualifiers.Exact, new TextSpan(doc.Words[w].Start, cue.End), new TextSpan(doc.Words[w].Start, doc.Words[w].End));
    }

    /// <summary>
    /// "killing four and wounding another", "injuring another person": "another" right after the phrase, with no figure
    /// after it ("wounding another 12" is read as 12 by the figure after), counts one victim.
    /// </summary>
    private static CasualtyMention? AnotherAfter(AnnotatedDocument doc, List<NumberMention> numbers, Cue cue, CasualtyCue cc, int lastWord)
    {
        var w = cue.LastWord + 1;
        if (w > lastWord || doc.Words[w].Key != "another") return null;
        if (w + 1 <= lastWord && numbers.Any(n => n.Start == doc.Words[w + 1].Start)) return null;
        return new CasualtyMention(cc.Kind, 1, Qualifiers.Exact, new TextSpan(cue.Start, doc.Words[w].End), new TextSpan(doc.Words[w].Start, doc.Words[w].End));
    }

    /// <summary>
    /// "Ana was killed, and so was her cousin", "the guard died, as did a passer-by": one victim, then (after a comma and an
    /// optional "and") two words of function_words.tsv kind also_one and another person, a name or a victim noun (after a
    /// determiner or a possessive at most): two victims. "as was the case" names no one and adds none.
    /// </summary>
    private CasualtyMention? AlsoOneAfter(AnnotatedDocument doc, CasualtyMention one, Cue cue, int lastWord)
    {
        if (one.Value != 1) return null;
        var words = doc.Words;
        var w = cue.LastWord + 1;
        if (w <= lastWord && words[w].Key == ",") w++;
        if (w <= lastWord && words[w].Key == "and") w++;
        if (w + 2 > lastWord || !_alsoOne.Contains(words[w].Key + " " + words[w + 1].Key)) return null;
        var person = w + 2;
        if (words[person].Key is "the" or "a" or "an" || IsPossessive(words[person].Key)) person++;
        if (person > lastWord) return null;
        if (!(_persons.IsSingularVictim(words[person].Key) || (IsCapitalised(doc, person) && person == w + 2))) return null;
        return one with { Value = 2, Span = new TextSpan(one.Span.Start, words[person].End) };
    }

    /// <summary>
    /// Two figures name the same one person: the same word, or a person noun and the name written right after it
    /// ("councillor Jane Roe": only capitalised words from the noun to the name's last word, at most
    /// <see cref="MaxNameWords"/> of them).
    /// </summary>
    private static bool SamePerson(AnnotatedDocument doc, TextSpan a, TextSpan b)
    {
        if (a.Start > b.Start) (a, b) = (b, a);
        if (a == b) return true;
        var first = doc.WordAt(a.End);
        var last = doc.WordAt(b.End) - 1;
        if (first >= doc.Words.Count || doc.Words[first].Start < a.End || doc.WordAt(b.Start) < first || last - first + 1 > MaxNameWords) return false;
        for (var w = first; w <= last; w++)
            if (!IsCapitalised(doc, w)) return false;
        return true;
    }

    /// <summary>Most words between one victim's casualty words and the companion words after them in its clause.</summary>
    private const int CompanionReach = 10;

    /// <summary>
    /// "the judge was shot dead outside the court on Monday together with his clerk", "was killed along with two
    /// bodyguards": one victim, then, later in the clause (no semicolon or joining word between, a comma only right before
    /// them), companion words
    /// (function_words.tsv kind companion) and the persons they add: a singular victim noun or a name after a determiner
    /// or a possessive (one more), or a figure and a plural victim noun (that many more). Null for anything else.
    /// </summary>
    private CasualtyMention? CompanionsAfter(AnnotatedDocument doc, List<NumberMention> numbers, CasualtyMention one, Cue cue, int lastWord)
    {
        if (one.Value != 1) return null;
        var words = doc.Words;
        var start = Math.Max(cue.LastWord, doc.WordAt(one.Span.End) - 1) + 1;
        for (var w = start; w + 2 <= lastWord && w <= start + CompanionReach; w++)
        {
            // "was shot dead in X, together with his driver": a comma right before the companion words only
            if (words[w].Key == "," && w + 2 <= lastWord && _companions.Contains(words[w + 1].Key + " " + words[w + 2].Key)) continue;
            if (words[w].Key is "," or ";" or ":" || _companionBreaks.Contains(words[w].Key)) return null;
            if (!_companions.Contains(words[w].Key + " " + words[w + 1].Key)) continue;
            var person = w + 2;
            var possessed = words[person].Key is "the" or "a" or "an" || IsPossessive(words[person].Key);
            if (possessed) person++;
            if (person > lastWord) return null;
            var added = 0;
            if (numbers.FirstOrDefault(n => n.Start == words[person].Start) is { Value: > 1 and var count } number)
            {
                var noun = doc.WordAt(number.End);
                if (noun < words.Count && words[noun].Start < number.End) noun++;
                if (noun <= lastWord && !_persons.IsVictim(words[noun].Key) && noun + 1 <= lastWord && DescribesVictim(doc, noun)) noun++;
                if (noun > lastWord || !_persons.IsVictim(words[noun].Key) || _persons.IsSingularVictim(words[noun].Key)) return null;
                added = count;
                person = noun;
            }
            else if (_persons.IsSingularVictim(words[person].Key) || possessed && IsCapitalised(doc, person)) added = 1;
            else return null;
            return one with { Value = 1 + added, Span = new TextSpan(one.Span.Start, Math.Max(one.Span.End, words[person].End)) };
        }
        return null;
    }

    /// <summary>"a man was shot", "the soldier was killed", "shot a woman", "X was pronounced dead": one victim.</summary>
    private CasualtyMention? OneVictim(AnnotatedDocument doc, Cue cue, CasualtyCue cc, int firstWord, int lastWord)
    {
        var words = doc.Words;
        // Passive with a singular auxiliary: "... was (fatally) shot", or a cue that holds its auxiliary ("was killed")
        var w = cue.FirstWord - 1;
        // "was fatally shot", "was not seriously hurt" (a released negation: IsNegated has let it through)
        while (w >= firstWord && w >= cue.FirstWord - 3 && (_passiveAdverbs.Contains(words[w].Key) || _negationReleases.Contains(words[w].Key) || _negations.Contains(words[w].Key))) w--;
        var cueFirst = words[cue.FirstWord].Key;
        if (cueFirst is "were" or "are" or "have") return null;
        var passive = _singularAuxiliaries.Contains(cueFirst) || cueFirst == "has";
        if (passive) w = cue.FirstWord;
        if (w >= firstWord && (passive || _singularAuxiliaries.Contains(words[w].Key)))
        {
            // the subject must be a person: a person noun or a capitalised name before the auxiliary, within the clause
            for (var s = w - 1; s >= firstWord && s >= w - 8; s--)
            {
                var key = words[s].Key;
                if (key is "." or ";" ) break;
                // "the gunman was killed by police": not a victim (tallies of victims leave out attackers others killed;
                // an attacker's own death is a "self" phrase: "turned the gun on himself")
                if (_persons.IsPerpetrator(key)) return null;
                if (_persons.IsSingularVictim(key) || key is "he" or "she" || (IsCapitalised(doc, s) && s > firstWord))
                {
                    var figure = new TextSpan(words[s].Start, words[s].End);
                    return new CasualtyMention(cc.Kind, 1, Qualifiers.Exact, new TextSpan(words[s].Start, cue.End), figure);
                }
            }
            // "... and was shot in the leg": the subject is further back, but "was" speaks of one person
            var aux = passive ? cue.FirstWord : w;
            if (words[aux].Key == "was") return new CasualtyMention(cc.Kind, 1, Qualifiers.Exact, new TextSpan(words[aux].Start, cue.End), new TextSpan(words[aux].Start, words[aux].End));
            return null;
        }
        // "a cook was struck by falling glass and taken to a clinic", "was trapped inside and died in the fire": a verb after
        // "and" that shares the subject and the "was" of the verb before it
        if (w >= firstWord && words[w].Key == "and" && cc.Position is "after" or "around" && SharedSubject(doc, w, firstWord) is >= 0 and var shared)
            return new CasualtyMention(cc.Kind, 1, Qualifiers.Exact, new TextSpan(words[shared].Start, cue.End), new TextSpan(words[shared].Start, words[shared].End));
        // An intransitive death or injury with one subject right before it: "where he died", "Roe later died"
        if (cc.Position == "after" && !CasualtyMention.IsHit(cc.Kind) && !_casualtyNouns.Contains(words[cue.FirstWord].Key)) // "he shot" is active, "she lives" no death
        {
            var subject = cue.FirstWord - 1;
            if (subject >= firstWord && _subjectAdverbs.Contains(words[subject].Key)) subject--;
            // "he fired at the presenter, Hernán Ruiz, who died before reaching the hospital": the person a relative
            // clause of the death describes, right before its comma
            if (subject - 2 >= firstWord && words[subject].Key == "who" && words[subject - 1].Key == ","
                && (IsCapitalised(doc, subject - 2) || _persons.IsSingularVictim(words[subject - 2].Key)) && !_persons.IsPerpetrator(words[subject - 2].Key))
            {
                var named = subject - 2;
                return new CasualtyMention(cc.Kind, 1, Qualifiers.Exact, new TextSpan(words[named].Start, cue.End), new TextSpan(words[named].Start, words[named].End));
            }
            // "the cyclist who was shot in the back died": past a relative clause that tells the person was hurt
            subject = HurtRelativeBefore(doc, subject, firstWord) ?? subject;
            // "a man of 34 from All Saints died": past the place the person comes from, to the person
            subject = BeforeOrigin(doc, subject, firstWord);
            subject = BeforeAge(doc, subject, firstWord);
            // across an apposition: "Jane Roe, a 31-year-old woman, died Monday"
            if (subject > firstWord && words[subject].Key == ",")
            {
                var open = subject - 1;
                while (open > firstWord && open >= subject - 12 && words[open].Key != ",") open--;
                if (open > firstWord && words[open].Key == ",")
                {
                    // "a 31-year-old woman", or an age that stands for the person: "a 26-year-old from X"
                    var describesVictim = Enumerable.Range(open + 1, subject - open - 1).Any(i => _persons.IsSingularVictim(words[i].Key))
                                          || words[open + 1].Key is "a" or "an" && Enumerable.Range(open + 2, Math.Max(0, subject - open - 3)).Take(3).Any(i => words[i].Key is "year" or "years" && words[i + 1].Key == "old");
                    // "the driver of the second van, a man of 42, died": the one the "of" phrase belongs to
                    var head = OfPhraseHead(doc, open - 1, firstWord);
                    if (describesVictim && (IsCapitalised(doc, open - 1) || _persons.IsSingularVictim(words[open - 1].Key) || head >= 0))
                    {
                        var named = head >= 0 ? head : open - 1;
                        return new CasualtyMention(cc.Kind, 1, Qualifiers.Exact, new TextSpan(words[named].Start, cue.End), new TextSpan(words[named].Start, words[named].End));
                    }
                    // "the baker's son, who was serving at the counter, died": a relative clause between commas is passed over
                    // to the person it describes (checked below as any subject right before the verb)
                    else if (IsSubjectAside(doc, open + 1, subject - 1) && _subjectAsides.Contains(words[open + 1].Key)) subject = open - 1;
                    // "the night watchman, 52, suffered burns": an age alone between the commas, after a victim's noun
                    else if (subject - open == 2 && _persons.IsSingularVictim(words[open - 1].Key)
                             && doc.NumbersIn(new TextSpan(words[open + 1].Start, words[open + 1].End)).Any()) subject = open - 1;
                    else subject = IsCapitalised(doc, open - 1) ? open - 1 : -1;
                }
            }
            // "the driver of the van died on the spot": the one the "of" phrase belongs to
            if (subject >= firstWord && OfPhraseHead(doc, subject, firstWord) is >= 0 and var ofHead) subject = ofHead;
            if (subject >= firstWord && (words[subject].Key is "he" or "she" || _persons.IsSingularVictim(words[subject].Key)
                                         || (IsCapitalised(doc, subject) && (subject > firstWord || words[subject + 1].Key == ",") && !(subject > firstWord && IsAdjective(doc, subject - 1) && !TitledName(doc, subject, firstWord)))
                                         || subject == firstWord && SurnameNamedBefore(doc, subject)))
            {
                if (subject - 1 >= firstWord && (_persons.IsPerpetrator(words[subject].Key) || words[subject - 1].Key is "two" or "three" or "both")) return null;
                var figure = new TextSpan(words[subject].Start, words[subject].End);
                return new CasualtyMention(cc.Kind, 1, Qualifiers.Exact, new TextSpan(words[subject].Start, cue.End), figure);
            }
        }
        // A reduced passive: "a 40-year-old woman shot and killed by a deputy", "the woman wounded by the blast"
        if (cue.LastWord + 1 <= lastWord && words[cue.LastWord + 1].Key == "by" && cue.FirstWord - 1 >= firstWord && _persons.IsSingularVictim(words[cue.FirstWord - 1].Key))
        {
            for (var d = cue.FirstWord - 2; d >= firstWord && d >= cue.FirstWord - 7; d--)
            {
                if (!_determiners.Contains(words[d].Key)) continue;
                var noun = words[cue.FirstWord - 1];
                return new CasualtyMention(cc.Kind, 1, Qualifiers.Exact, new TextSpan(words[d].Start, cue.End), new TextSpan(noun.Start, noun.End));
            }
        }
        // "a gunman shot Hernán Ruiz dead": a name between a verb of harm (a casualty phrase of its own) and "dead"
        if (cc.Kind == CasualtyMention.Killed && words[cue.FirstWord].Key == "dead" && cue.FirstWord == cue.LastWord && NamedBetweenHarm(doc, cue, firstWord) is >= 0 and var name)
            return new CasualtyMention(cc.Kind, 1, Qualifiers.Exact, new TextSpan(words[name].Start, cue.End), new TextSpan(words[name].Start, words[cue.FirstWord - 1].End));
        // "left a man in critical condition", "a woman dead": a singular person right before the casualty words
        if (cue.FirstWord - 2 >= firstWord && _persons.IsSingularVictim(words[cue.FirstWord - 1].Key) && _determiners.Contains(words[cue.FirstWord - 2].Key))
        {
            var noun = words[cue.FirstWord - 1];
            return new CasualtyMention(cc.Kind, 1, Qualifiers.Exact, new TextSpan(words[cue.FirstWord - 2].Start, cue.End), new TextSpan(noun.Start, noun.End));
        }
        // Active with a singular object: "shot a woman", "killed a police officer", "shot Jane Roe"
        for (var o = cue.LastWord + 1; o <= lastWord && o <= cue.LastWord + 7; o++) // "an 18-year-old man": the age is several tokens
        {
            var key = words[o].Key;
            if (o == cue.LastWord + 1 && (key is "him" or "her" || (IsCapitalised(doc, o) && cc.Kind == CasualtyMention.Killed && cc.Position != "after" && !IsPlaceAt(doc, o))))
                return NamesPerpetrator(doc, o, lastWord) ? null : ObjectVictim(doc, cue, cc, o, lastWord);
            if (o == cue.LastWord + 1 && !_determiners.Contains(key)) return NamedByRole(doc, cue, cc, o, lastWord) is { } named ? ObjectVictim(doc, cue, cc, named, lastWord) : null;
            if (_persons.IsSingularVictim(key)) return ObjectVictim(doc, cue, cc, o, lastWord);
            if (_persons.IsPerpetrator(key)) return null;
            // the object's noun phrase ends before a preposition or a clause: "shot a hole in the door near a woman"
            if (o > cue.LastWord + 1 && key is "in" or "at" or "on" or "near" or "with" or "from" or "into" or "through" or "by" or "for" or "of" or "and" or "," or "." or ";") return null;
        }
        return null;
    }

    /// <summary>Most words of a person's name between a verb of harm and "dead": "shot Hernán Quispe Lozada dead".</summary>
    private const int MaxNameBeforeDead = 4;

    /// <summary>
    /// The first word of a capitalised name (at most <see cref="MaxNameBeforeDead"/> words, no place) that stands right
    /// before "dead" and right after a word that opens a casualty phrase of another kind ("shot", "stabbed"): "shot
    /// Hernán Quispe Lozada dead", "stabbed Ana Ruiz dead". -1 when there is none.
    /// </summary>
    private int NamedBetweenHarm(AnnotatedDocument doc, Cue cue, int firstWord)
    {
        var words = doc.Words;
        var k = cue.FirstWord - 1;
        while (k >= firstWord && k >= cue.FirstWord - MaxNameBeforeDead && IsCapitalised(doc, k) && !IsPlaceAt(doc, k) && !_persons.IsPerpetrator(words[k].Key)) k--;
        if (k == cue.FirstWord - 1 || k < firstWord) return -1;
        // a heading line in capitals names nothing this way
        if (IsCapitalised(doc, k) || words[k].Key is "dead") return -1;
        var verb = new TextSpan(words[k].Start, words[k].End);
        return doc.CuesIn(verb, CueKind.Casualty).Any(c => c.LastWord == k && c.As<CasualtyCue>().Kind != CasualtyMention.Killed) ? k + 1 : -1;
    }

    /// <summary>Most words of the verb phrase before "and" whose subject and "was" a casualty phrase after "and" shares: "was hit by flying debris".</summary>
    private const int MaxSharedPhrase = 10;

    /// <summary>
    /// The one person a casualty phrase right after "and" (at <paramref name="joint"/>) tells of when it has no subject of
    /// its own but shares the subject and the "was" of the verb before "and": "a cook was struck by falling glass and
    /// taken to hospital", "the watchman, a man of 58, was trapped inside and died in the fire", "a man walking past was
    /// cut by flying glass and taken to hospital". The verb phrase between "was" and "and" holds at most
    /// <see cref="MaxSharedPhrase"/> words, no clause's break and no casualty phrase of its own ("was shot and taken to
    /// hospital" is read through "shot"), and no verb of arrest ("a man was arrested and taken to hospital" was caught,
    /// not hurt); the subject before "was", past its asides (<see cref="SubjectEnd"/>), is a singular victim noun
    /// (persons.tsv) or "he"/"she" within the clause; an attacker's noun there counts no one. The subject's word, or -1.
    /// </summary>
    private int SharedSubject(AnnotatedDocument doc, int joint, int firstWord)
    {
        var words = doc.Words;
        var was = -1;
        for (var v = joint - 1; v >= firstWord && v >= joint - MaxSharedPhrase; v--)
        {
            var key = words[v].Key;
            if (key is "," or ";" or ":" or "." or "and" or "but" or "or" || _arrestVerbs.Contains(key)) return -1;
            // "was stabbed and died at the scene": a stabbing before "and" shares its subject with the death after it
            if (doc.CuesIn(new TextSpan(words[v].Start, words[v].End), CueKind.Casualty).Any(c => c.As<CasualtyCue>().Kind != CasualtyMention.Stabbed)) return -1;
            if (key != "was") continue;
            was = v;
            break;
        }
        if (was < 0) return -1;
        var end = SubjectEnd(doc, was, firstWord);
        for (var s = end; s >= firstWord && s >= end - 4; s--)
        {
            var key = words[s].Key;
            if (key is "," or ";" or ":" or "." or "and" or "but" || _persons.IsPerpetrator(key)) return -1;
            if (key is "he" or "she" || _persons.IsSingularVictim(key)) return s;
            // "Sergeant Musa was flown to the capital and died of his wounds": a name after a rank or role that titles it
            if (s > firstWord && IsCapitalised(doc, s) && IsRankTitle(doc, s - 1)) return s;
        }
        return -1;
    }

    /// <summary>
    /// A capitalised person noun of one victim (persons.tsv: "Sergeant", "Officer", "Brigadier") right before a name, where
    /// it titles the person ("Sergeant Musa died"): no describing adjective ("Kurdish") that would make the name no person.
    /// </summary>
    /// <summary>Most words of a name between a rank that titles it and its last word: "Sergeant Jane Roe" has one.</summary>
    private const int MaxTitledNameWords = 2;

    /// <summary>The name that ends at <paramref name="last"/> opens on a rank that titles it ("Officer Jane Roe"): <see cref="IsRankTitle"/>.</summary>
    private bool TitledName(AnnotatedDocument doc, int last, int firstWord)
    {
        for (var w = last - 1; w >= firstWord && w >= last - MaxTitledNameWords; w--)
        {
            if (IsRankTitle(doc, w)) return true;
            if (!IsCapitalised(doc, w)) return false;
        }
        return false;
    }

    private bool IsRankTitle(AnnotatedDocument doc, int word) =>
        IsCapitalised(doc, word) && _persons.IsSingularVictim(doc.Words[word].Key) && word + 1 < doc.Words.Count && IsCapitalised(doc, word + 1);

    /// <summary>
    /// Most words of a relative clause that tells how the one who died was hurt, with no comma in it: "who was shot during
    /// the robbery of a coach on the road south of X on Friday night" (where, when and in what it happened).
    /// </summary>
    private const int MaxHurtRelative = 24;

    /// <summary>
    /// The singular victim noun before a relative clause (function_words.tsv kind subject_aside, no comma) that ends at
    /// <paramref name="end"/> and holds a casualty phrase of a hurt or a shot: "the passenger who was shot in the chest"
    /// (then "died"). Null when no such clause, or when its noun is no singular victim ("the gunman who was wounded").
    /// </summary>
    private int? HurtRelativeBefore(AnnotatedDocument doc, int end, int firstWord)
    {
        if (end < firstWord) return null;
        var relative = UnclosedAsideBefore(doc, end, firstWord, MaxHurtRelative);
        if (relative <= firstWord || !_tollRelatives.Contains(doc.Words[relative].Key)) return null;
        var noun = relative - 1;
        if (!_persons.IsSingularVictim(doc.Words[noun].Key) || _persons.IsPerpetrator(doc.Words[noun].Key)) return null;
        var clause = new TextSpan(doc.Words[relative].Start, doc.Words[end].End);
        return doc.CuesIn(clause, CueKind.Casualty).Any(c => c.As<CasualtyCue>().Kind is CasualtyMention.Injured or CasualtyMention.Shot or CasualtyMention.Stabbed) ? noun : null;
    }

    /// <summary>
    /// "murdered student Jane Roe", "killed university lecturer John Doe": a killing verb's object told by a role with no
    /// determiner (persons.tsv singular victim, after at most one describing word) and the name after it is one victim;
    /// the word after the role must not be another person noun and must be capitalised ("killed student leaders" is a
    /// group); in a text all in capitals the name must be two words that are no function words. Returns the role's word, or null.
    /// </summary>
    private int? NamedByRole(AnnotatedDocument doc, Cue cue, CasualtyCue cc, int first, int lastWord)
    {
        if (cc.Kind != CasualtyMention.Killed || cc.Position == "after") return null;
        var words = doc.Words;
        for (var r = first; r <= first + 1 && r + 1 <= lastWord; r++)
        {
            var key = words[r].Key;
            if (!char.IsLetter(key[0]) || _determiners.Contains(key) || _persons.IsPerpetrator(key)) return null;
            if (!_persons.IsSingularVictim(key)) continue;
            var next = words[r + 1];
            if (!char.IsLetter(next.Key[0]) || _persons.IsVictim(next.Key) || _persons.IsPerpetrator(next.Key)) return null;
            if (!doc.AllCaps) return IsCapitalised(doc, r + 1) ? r : null;
            // in a text all in capitals a name shows as two words that are no function words ("STUDENT LEADERS AT" is none)
            if (r + 2 > lastWord || !char.IsLetter(words[r + 2].Key[0]) || _nameBreaks.Contains(next.Key) || _nameBreaks.Contains(words[r + 2].Key)) return null;
            return r;
        }
        return null;
    }

    /// <summary>
    /// A capitalised object whose name runs into an attacker's noun ("Store Owner Kills Robbery Suspect"): the
    /// attacker, whom tallies of victims leave out.
    /// </summary>
    private bool NamesPerpetrator(AnnotatedDocument doc, int o, int lastWord)
    {
        for (var w = o; w <= lastWord && w <= o + 2 && IsCapitalised(doc, w); w++)
            if (_persons.IsPerpetrator(doc.Words[w].Key)) return true;
        return false;
    }

    /// <summary>The one victim <paramref name="o"/> of an active verb; "shooting her to death", "shot him dead" make a shot a death.</summary>
    private static CasualtyMention ObjectVictim(AnnotatedDocument doc, Cue cue, CasualtyCue cc, int o, int lastWord)
    {
        var words = doc.Words;
        var kind = cc.Kind;
        var end = words[o].End;
        if (CasualtyMention.IsHit(kind) && o + 1 <= lastWord
            && (words[o + 1].Key == "dead" || (o + 2 <= lastWord && words[o + 1].Key == "to" && words[o + 2].Key == "death")))
        {
            kind = CasualtyMention.Killed;
            end = words[words[o + 1].Key == "dead" ? o + 1 : o + 2].End;
        }
        return new CasualtyMention(kind, 1, Qualifiers.Exact, new TextSpan(cue.Start, end), new TextSpan(words[o].Start, words[o].End));
    }

    /// <summary>
    /// People listed before the casualty words, one victim each: "his girlfriend, her teenage daughter and their son
    /// were found dead", "officers found a man and a woman deceased", "Jane Roe and John Doe were wounded". A listed
    /// animal or thing ("and their dog") is not counted; an age between commas ("Roe, 42, and Doe") is skipped.
    /// Only a list of two or more items counts here; one victim alone is <see cref="OneVictim"/>'s.
    /// </summary>
    private CasualtyMention? VictimList(AnnotatedDocument doc, Cue cue, CasualtyCue cc, int firstWord, bool heading = false)
    {
        const int MaxItemWords = 4;
        var words = doc.Words;
        var w = cue.FirstWord - 1;
        // the list is the victims only before a plural passive ("were killed") or a describing word ("found ... dead");
        // before an active verb it is the attackers ("a man and his son killed a neighbour")
        // a verb of one's own dying (function_words.tsv kind death_verb) tells of its subject too: "the owner, his wife and
        // their son died"
        var passive = _casualtyAdjectives.Contains(words[cue.FirstWord].Key) || words[cue.FirstWord].Key is "were" or "are"
                      || cc.Kind == CasualtyMention.Killed && _deathVerbs.Contains(words[cue.FirstWord].Key);
        // a headline or a heading line drops its auxiliary: "Driver and schoolboy hurt", "Guard, cook and cleaner
        // wounded in market blast" are passive when the participle has no object after it (no figure, determiner or person)
        if (heading && !passive && (cue.FirstWord == cue.LastWord && IsParticiple(doc, cue.FirstWord) || words[cue.FirstWord].Key == "hurt"))
            passive = cue.LastWord + 1 >= words.Count || words[cue.LastWord + 1].Start >= doc.SentenceAt(cue.Start).End
                      || !(doc.NumbersIn(new TextSpan(words[cue.LastWord + 1].Start, words[cue.LastWord + 1].End)).Any()
                           || _determiners.Contains(words[cue.LastWord + 1].Key) || IsPossessive(words[cue.LastWord + 1].Key)
                           || _persons.IsVictim(words[cue.LastWord + 1].Key));
        // a photo's caption drops it too: "Guards A, 22, and B, 40, killed in the blast", the list opening the sentence and
        // a locative word right after the lone participle (no object: "A and B killed the guard" is active)
        var elliptic = false;
        if (!passive && cue.FirstWord == cue.LastWord && IsParticiple(doc, cue.FirstWord) && cue.LastWord + 1 < words.Count
            && words[cue.LastWord + 1].Start < doc.SentenceAt(cue.Start).End && _locative.Contains(words[cue.LastWord + 1].Key))
            passive = elliptic = true;
        while (w >= firstWord && (_passiveAdverbs.Contains(words[w].Key) || words[w].Key is "were" or "are" or "have" or "been"))
        {
            if (words[w].Key is "were" or "are" or "been") passive = true;
            w--;
        }
        if (!passive) return null;
        if (w >= firstWord && words[w].Key == ",") w--; // "Doe, 37, were killed"
        // "her guard and a girl who was crossing the road were hurt": the last item is the noun before its relative clause
        if (UnclosedAsideBefore(doc, w, firstWord, MaxHurtRelative) is var relative && relative > firstWord
            && doc.Words[relative].Key is "who" or "that") w = relative - 1;
        var persons = 0;
        var items = 0;
        var first = -1;
        var joined = false;
        var sepToRight = "";
        var nameBetweenCommas = false;
        var appositive = false; // the item just read may describe the person before it
        while (w >= firstWord)
        {
            var head = w;
            var start = w;
            // words joined without a space count as one: "a 12-year-old boy" is three
            var itemWords = 1;
            while (start - 1 >= firstWord && words[start - 1].Key is not ("," or "and" or "." or ";" or ":"))
            {
                if (words[start - 1].End < words[start].Start && ++itemWords > MaxItemWords) break;
                start--;
            }
            var key = words[head].Key;
            if (_persons.IsPerpetrator(key)) return null;
            // (not a day's name: "died of his wounds on Sunday, and a guard ..." lists no one called Sunday)
            var isName = !_persons.IsSingularVictim(key) && IsCapitalised(doc, head) && head > firstWord && key != "i" && !IsPlaceAt(doc, head) && !IsDateAt(doc, head);
            // "a boy of 14": an age after the person noun it belongs to
            var agedPerson = key.Length > 0 && char.IsDigit(key[0]) && head - 2 >= start && words[head - 1].Key == "of" && _persons.IsSingularVictim(words[head - 2].Key);
            // "his wife, a teacher, and his son": a person told with "a" after a comma describes a named or definite person
            // before it (counted when that is "a man, a woman, and a child"); the one right before the casualty words ("and a
            // guard, a cook, died") can be no list's last item, which follows "and", and describes the one before it too
            var described = appositive && (isName || words[start].Key == "the" || IsPossessive(words[start].Key));
            if (described) { persons--; items--; }
            appositive = false;
            if (_persons.IsSingularVictim(key) || isName || agedPerson)
            {
                var indefinite = !isName && !agedPerson && words[start].Key is "a" or "an" && start - 1 >= firstWord && words[start - 1].Key == ",";
                if (indefinite && items == 0) { first = start; w = start - 2; continue; }
                // "his driver, Ali Musa, and a boy": a name between commas right after a person noun is that person
                if (isName || sepToRight != "," || !nameBetweenCommas) persons++;
                appositive = indefinite;
                first = start;
            }
            else if (!(key.Length > 0 && char.IsDigit(key[0])) && !(head > start && _determiners.Contains(words[start].Key) || IsPossessive(words[start].Key)))
            {
                // "the four injured, two clerks, a guard and a boy", "three passengers, including a man and his son": the
                // listed persons are a part of a group counted before them, whose figure counts them
                if (doc.NumbersIn(new TextSpan(words[start].Start, words[head].End)).Any()) return null;
                break; // neither a person, an age, nor "a/his/their" thing: the list ends
            }
            items++;
            var before = start - 1;
            if (before < firstWord || words[before].Key is not ("," or "and")) break;
            nameBetweenCommas = isName && head + 1 < words.Count && words[head + 1].Key == ",";
            sepToRight = words[before].Key;
            if (words[before].Key == "and") joined = true;
            w = before - 1;
            if (w >= firstWord && words[w].Key == ",") { w--; } // "a, b, and c"
        }
        if (persons < 1 || items < 2 || !joined || first < 0 || elliptic && first != firstWord) return null;
        var figure = new TextSpan(words[first].Start, words[cue.FirstWord - 1].End);
        return new CasualtyMention(cc.Kind, persons, Qualifiers.Exact, new TextSpan(words[first].Start, cue.End), figure);
    }

    /// <summary>
    /// A heading line: the sentence is a line of its own (a sub-headline, a section's heading) that ends on no full stop,
    /// question or exclamation mark, as "Driver and schoolboy hurt; official was leading the case" under a headline.
    /// </summary>
    private const int MaxHeadingWords = 16;

    private static bool IsHeadingLine(AnnotatedDocument doc, Sentence sentence)
    {
        var text = doc.Text;
        var start = sentence.Start;
        var end = sentence.End;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= start || !char.IsLetterOrDigit(text[end - 1])) return false;
        if (start > 0 && text[start - 1] != '\n' || end < text.Length && text[end] != '\n' && text[end] != '\r') return false;
        return doc.WordAt(end) - doc.WordAt(start) <= MaxHeadingWords;
    }

    /// <summary>A possessive: a possessive pronoun (function_words.tsv kind possessive_pronoun: "his", "their") or a word ending in "'s".</summary>
    private bool IsPossessive(string key) =>
        _possessivePronouns.Contains(key) || key.EndsWith("'s", StringComparison.Ordinal) || key.EndsWith("’s", StringComparison.Ordinal);

    /// <summary>Characters that open a bulleted line ("- Jane Roe, 40, a teacher").</summary>
    private const string Bullets = "-\u2013\u2014\u2022\u25aa\u00b7*";

    /// <summary>Most blank lines between a heading and the first line of its list.</summary>
    private const int MaxBlankBeforeList = 1;

    /// <summary>
    /// A heading that tells deaths or hurts with no figure and ends its line on a colon ("Those who died in the fire
    /// are:", "The following people were hurt:") counts the persons on the bulleted lines right below it, one a line.
    /// A listed person opens its line with a capitalised word after the bullet ("- Jane Roe, 40, a teacher", "- Sergeant
    /// John Doe"); a line that opens on a determiner or a figure ("- Two guards were hurt") tells facts, not a person,
    /// and ends the list, as does any line without a bullet. Null when no person is listed.
    /// </summary>
    private CasualtyMention? ListedBelow(AnnotatedDocument doc, Cue cue, CasualtyCue cc, int lastWord)
    {
        var words = doc.Words;
        if (words[lastWord].Key != ":") return null;
        var text = doc.Text;
        var lineEnd = text.IndexOf('\n', words[lastWord].End);
        if (lineEnd < 0 || !text.AsSpan(words[lastWord].End, lineEnd - words[lastWord].End).IsWhiteSpace()) return null;
        var count = 0;
        var blanks = 0;
        int first = -1, end = -1;
        while (lineEnd < text.Length)
        {
            var lineStart = lineEnd + 1;
            lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (line.IsWhiteSpace())
            {
                if (count > 0 || ++blanks > MaxBlankBeforeList) break;
                continue;
            }
            var indent = line.Length - line.TrimStart().Length;
            if (!ListsPerson(doc, lineStart + indent, lineEnd)) break;
            count++;
            if (first < 0) first = lineStart + indent;
            end = lineStart + line.TrimEnd().Length;
        }
        if (count == 0) return null;
        return new CasualtyMention(cc.Kind, count, Qualifiers.Exact, new TextSpan(cue.Start, end), new TextSpan(first, end));
    }

    /// <summary>The line from <paramref name="start"/> is a bulleted one that opens on a capitalised word, no determiner or figure: a listed person.</summary>
    private bool ListsPerson(AnnotatedDocument doc, int start, int lineEnd)
    {
        var text = doc.Text;
        if (start + 1 >= lineEnd || !Bullets.Contains(text[start]) || !char.IsWhiteSpace(text[start + 1])) return false;
        var w = doc.WordAt(start + 1);
        if (w >= doc.Words.Count || doc.Words[w].Start >= lineEnd) return false;
        var key = doc.Words[w].Key;
        return IsCapitalised(doc, w) && !_determiners.Contains(key) && !_persons.IsPerpetrator(key)
               && !doc.NumbersIn(new TextSpan(doc.Words[w].Start, doc.Words[w].End)).Any();
    }

    /// <summary>
    /// Headlines drop their auxiliaries: "Man shot, killed on the west side", "Teen, man shot in park",
    /// "Man Found Shot Dead". The victims are the person nouns right before the casualty words (across other casualty
    /// words, "found" and adverbs), one each.
    /// </summary>
    private CasualtyMention? HeadlineVictims(AnnotatedDocument doc, Cue cue, CasualtyCue cc, int firstWord)
    {
        var words = doc.Words;
        var w = cue.FirstWord - 1;
        while (w >= firstWord && (words[w].Key is "," or "and" || _headlineAdverbs.Contains(words[w].Key)
                                  || IsParticiple(doc, w) || doc.CuesIn(new TextSpan(words[w].Start, words[w].End), CueKind.Casualty).Any()))
            w--;
        var count = 0;
        var first = w;
        for (; w >= firstWord; w--)
        {
            var key = words[w].Key;
            if (_persons.IsSingularVictim(key)) { count++; first = w; continue; }
            if (key is "," or "and" && count > 0) continue;
            break;
        }
        // a victim noun with a word before it is a headline's subject only after a modifier ("Riverside man shot")
        if (count == 0) return null;
        var figure = new TextSpan(words[first].Start, words[cue.FirstWord - 1].End);
        return new CasualtyMention(cc.Kind, count, Qualifiers.Exact, new TextSpan(words[first].Start, cue.End), figure);
    }

    /// <summary>"the shooting death of 38-year-old Jane Roe", "the fatal shooting of a man", "the murder of the mayor": the one victim after "of".</summary>
    private TextSpan? SingleVictimOf(AnnotatedDocument doc, List<NumberMention> numbers, Cue cue, int lastWord)
    {
        var of = doc.Words[cue.LastWord].Key == "of" ? cue.LastWord : cue.LastWord + 1; // "the murder of X" is listed with its "of"
        if (of + 1 > lastWord || doc.Words[of].Key != "of") return null;
        var next = doc.Words[of + 1];
        if (numbers.Any(n => n.Start == next.Start && !doc.Text.AsSpan(n.End, Math.Min(9, doc.Text.Length - n.End)).StartsWith("-year", StringComparison.Ordinal))) return null;
        if (_persons.IsVictim(next.Key) && !_persons.IsSingularVictim(next.Key)) return null; // "of civilians"
        // "the murder of the Jesuit priests": the head noun of the phrase after the determiner names plural victims
        if (next.Key is "the" or "their" or "its")
        {
            var head = of + 1;
            while (head + 1 <= lastWord && head + 1 <= of + 4 && doc.Words[head + 1].Key is not ("," or "." or ";" or ":" or "and" or "in" or "on" or "at" or "by" or "near" or "from" or "who" or "which"))
                head++;
            if (_persons.IsVictim(doc.Words[head].Key) && !_persons.IsSingularVictim(doc.Words[head].Key)) return null;
        }
        return new TextSpan(next.Start, next.End);
    }

    /// <summary>Most words between a verb of a penalty and its "to death": "sentenced the three men to death".</summary>
    private const int MaxPenaltyGap = 8;

    /// <summary>
    /// "hacked 22 villagers to death" is read through "to death"; "a court sentenced five men to death" (function_words
    /// kind penalty_verb before it in its clause) tells a sentence, not a killing.
    /// </summary>
    private bool IsPenalty(AnnotatedDocument doc, Cue cue, int firstWord)
    {
        if (doc.Words[cue.FirstWord].Key != "to") return false;
        for (var w = cue.FirstWord - 1; w >= firstWord && w >= cue.FirstWord - MaxPenaltyGap; w--)
        {
            if (doc.Words[w].Key is "," or ";") return false;
            if (_penaltyVerbs.Contains(doc.Words[w].Key)) return true;
        }
        return false;
    }

    /// <summary>"threatened to kill him", "tried to shoot": an infinitive tells what was meant, not what happened.</summary>
    private bool IsIntention(AnnotatedDocument doc, Cue cue, int firstWord)
    {
        if (!_intentionVerbs.Contains(doc.Words[cue.FirstWord].Key)) return false;
        // "to kill", "to go ahead and kill"
        for (var w = cue.FirstWord - 1; w >= firstWord && w >= cue.FirstWord - 4; w--)
        {
            var key = doc.Words[w].Key;
            if (key == "to") return true;
            if (!_intentionFillers.Contains(key)) return false;
        }
        return false;
    }

    /// <summary>
    /// "No one was hurt", "nobody was killed", "the officer was not injured": a negation in the clause before the
    /// casualty words says there was no such casualty; "was not seriously hurt" still counts one hurt.
    /// </summary>
    private bool IsNegated(AnnotatedDocument doc, Cue cue, int firstWord)
    {
        for (var w = cue.FirstWord - 1; w >= firstWord && w >= cue.FirstWord - 4; w--)
        {
            var key = doc.Words[w].Key;
            if (key is "," or ";" or ":" or "but" or "and" or "while" or "after" or "when") return false;
            if (!_negations.Contains(key)) continue;
            return !(w + 1 < cue.FirstWord && _negationReleases.Contains(doc.Words[w + 1].Key));
        }
        // a longer negated subject: "No officers or anyone else at the store was injured"
        for (var w = cue.FirstWord - 5; w >= firstWord && w >= cue.FirstWord - 10; w--)
        {
            var key = doc.Words[w].Key;
            if (key is "," or ";" or ":" or "." or "that" or "which" or "who" or "where" or "since" or "during" or "following") return false;
            if (_noneWords.Contains(key) && w + 1 < cue.FirstWord
                && (_noneHeads.Contains(doc.Words[w + 1].Key) || _persons.IsVictim(doc.Words[w + 1].Key) || _persons.IsPerpetrator(doc.Words[w + 1].Key)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "within inches of possibly killing the trooper", "nearly killed", "could have been killed": what almost happened.
    /// The word must stand right before the casualty words (across "have"/"been"), with no number between: "nearly 300
    /// killed" counts.
    /// </summary>
    private bool IsCounterfactual(AnnotatedDocument doc, Cue cue, int firstWord)
    {
        var w = cue.FirstWord - 1;
        while (w >= firstWord && w >= cue.FirstWord - 3 && doc.Words[w].Key is "have" or "been" or "be") w--;
        if (w < firstWord || !_counterfactuals.Contains(doc.Words[w].Key)) return false;
        return !doc.NumbersIn(new TextSpan(doc.Words[w].End, cue.Start)).Any();
    }

    /// <summary>"The game shot straight to the top of the charts", "prices shot up": "shot" followed by where it went.</summary>
    private bool IsMotion(AnnotatedDocument doc, Cue cue, CasualtyCue cc, int lastWord)
    {
        if (cc.Kind != CasualtyMention.Shot) return false;
        var phrase = "";
        for (var w = cue.LastWord + 1; w <= lastWord && w <= cue.LastWord + 3; w++)
        {
            phrase = phrase.Length == 0 ? doc.Words[w].Key : phrase + " " + doc.Words[w].Key;
            if (_shotMotions.Contains(phrase)) return true;
        }
        return false;
    }

    /// <summary>"was taken to the hospital for evaluation", "as a precaution": checked, not hurt.</summary>
    private bool IsCheckOnly(AnnotatedDocument doc, Cue cue, CasualtyCue cc, int lastWord)
    {
        if (cc.Kind != CasualtyMention.Treated) return false;
        for (var w = cue.LastWord + 1; w <= lastWord && w <= cue.LastWord + 5; w++)
        {
            var key = doc.Words[w].Key;
            if (_careChecks.Contains(key)) return true;
            if (key is "," or ";" or "." or "with" or "where" or "after" or "and") return false;
        }
        return false;
    }

    /// <summary>"robbed", "stabbed": a lower-case past participle, as headlines string them ("Man robbed, fatally shot").</summary>
    private static bool IsParticiple(AnnotatedDocument doc, int word)
    {
        var w = doc.Words[word];
        return w.End - w.Start > 3 && w.Key.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(doc.Text[w.Start]);
    }

    /// <summary>"the victim had gunshot wounds", "a man suffering from a gunshot wound": one victim, the singular person before.</summary>
    private CasualtyMention? VictimBefore(AnnotatedDocument doc, Cue cue, CasualtyCue cc, int firstWord)
    {
        var words = doc.Words;
        for (var s = cue.FirstWord - 1; s >= firstWord && s >= cue.FirstWord - 8; s--)
        {
            var key = words[s].Key;
            if (key is "." or ";" or ",") break;
            if (_persons.IsPerpetrator(key) || _persons.IsVictim(key) && !_persons.IsSingularVictim(key)) return null;
            if (_persons.IsSingularVictim(key) || key is "he" or "she")
                return new CasualtyMention(cc.Kind, 1, Qualifiers.Exact, new TextSpan(words[s].Start, cue.End), new TextSpan(words[s].Start, words[s].End));
        }
        return null;
    }

    /// <summary>
    /// Two single victims of one kind in one sentence, joined by "and", are two people: "a driver was shot in the arm
    /// and a woman was shot in the leg" counts two shot.
    /// </summary>
    private static List<CasualtyMention> CountVictims(AnnotatedDocument doc, List<CasualtyMention> found)
    {
        // each victim must be named ("a man", "Jane Roe"), not only implied by "was" or a pronoun
        var singles = found.Where(f => f.Value == 1 && !f.Continuation
                                       && doc.Words[doc.WordAt(f.Figure.Start)].Key is not ("was" or "he" or "she" or "him" or "her")).ToList();
        if (singles.Count < 2) return found;
        var result = new List<CasualtyMention>(found);
        foreach (var kind in singles.Select(f => f.Kind).Distinct())
        {
            var ofKind = singles.Where(f => f.Kind == kind).OrderBy(f => f.Span.Start).ToList();
            if (ofKind.Count < 2) continue;
            var joined = 1;
            for (var i = 1; i < ofKind.Count; i++)
            {
                var between = new TextSpan(ofKind[i - 1].Span.End, Math.Max(ofKind[i - 1].Span.End, ofKind[i].Span.Start));
                if (ofKind[i].Figure.Start > ofKind[i - 1].Span.End && JoinsTwoPeople(doc, between)) joined++;
            }
            if (joined < 2) continue;
            result.RemoveAll(f => ofKind.Contains(f));
            var span = new TextSpan(ofKind[0].Span.Start, ofKind[^1].Span.End);
            result.Add(new CasualtyMention(kind, joined, Qualifiers.Exact, span, ofKind[0].Figure));
        }
        result.Sort((a, b) => a.Figure.Start.CompareTo(b.Figure.Start));
        return result;
    }

    /// <summary>
    /// The words between two victims hold "and" (or "while") and name no one again: no pronoun, and no "the" right
    /// before the second ("... and the man was shot" is the same man).
    /// </summary>
    private static bool JoinsTwoPeople(AnnotatedDocument doc, TextSpan between)
    {
        var joined = false;
        var last = -1;
        for (var w = doc.WordAt(between.Start); w < doc.Words.Count && doc.Words[w].Start < between.End; w++)
        {
            var key = doc.Words[w].Key;
            if (key is "he" or "she" or "him" or "her" or "his" or "who") return false;
            if (key is "and" or "while") joined = true;
            last = w;
        }
        for (var w = last; w >= 0 && w > last - 2; w--)
            if (doc.Words[w].Key is "the" or "this" or "that") return false;
        return joined;
    }

    /// <summary>The word is part of a date the annotator read ("Sunday", "March").</summary>
    private static bool IsDateAt(AnnotatedDocument doc, int word) =>
        doc.DatesIn(new TextSpan(doc.SentenceAt(doc.Words[word].Start).Start, doc.Words[word].End)).Any(d => d.End > doc.Words[word].Start);

    private static bool IsPlaceAt(AnnotatedDocument doc, int word) =>
        doc.PlacesIn(new TextSpan(doc.Words[word].Start, doc.Words[word].End)).Any();

    private bool IsPerpetratorCount(AnnotatedDocument doc, NumberMention number)
    {
        var w = doc.WordAt(number.End);
        if (PartOfAttackers(doc, w, doc.WordAt(number.Start))) return true;
        for (var i = w; i < doc.Words.Count && i < w + 3; i++)
        {
            // "the toll became four, suspect detained": the people a figure counts stand in its own phrase, not after a comma
            if (doc.Words[i].Key is "," or ";" or ":") break;
            // "Two die as gunmen raid village": the figure's own verb closes the phrase of the people it counts
            if (_countedOnlyDeaths.Contains(doc.Words[i].Key)) break;
            if (_persons.IsPerpetrator(doc.Words[i].Key)) return true;
            if (_persons.IsVictim(doc.Words[i].Key)) return MembersOfArmedGroup(doc, i);
            // "20 Taliban were killed", "five al-Shabaab fighters": an armed group named as the counted people
            if (ArmedGroupAt(doc, i)) return true;
        }
        return false;
    }

    /// <summary>An armed group (actors.tsv, not a state's forces) is named from the word at <paramref name="w"/>.</summary>
    private static bool ArmedGroupAt(AnnotatedDocument doc, int w) =>
        w < doc.Words.Count
        && doc.CuesIn(new TextSpan(doc.Words[w].Start, doc.Words[w].End), CueKind.Actor).Any(a => a.FirstWord == w && a.As<Actor>().Type is not ("state" or "other"));

    /// <summary>
    /// "two members of the Free Papua Movement were killed": a noun of persons counted as part of an armed group named
    /// right after "of" (actors.tsv, not a state's forces) counts the attackers' own, like "five al-Shabaab fighters";
    /// "two members of the family" are victims.
    /// </summary>
    private static bool MembersOfArmedGroup(AnnotatedDocument doc, int noun)
    {
        var of = noun + 1;
        if (of >= doc.Words.Count || doc.Words[of].Key != "of") return false;
        var name = of + 1;
        if (name < doc.Words.Count && doc.Words[name].Key == "the" && !ArmedGroupAt(doc, name)) name++;
        return ArmedGroupAt(doc, name);
    }

    /// <summary>Most words back from "N of them" to the people "them" stands for.</summary>
    private const int MaxAntecedent = 15;

    /// <summary>
    /// "troops fought the gunmen for hours and shot two of them": "of them" after the figure counts the people named
    /// last before it in the sentence, here the attackers (a perpetrator noun of persons.tsv, or an armed group named),
    /// when they are the object of the clause, not its subject: in "The gunmen stormed the hamlet and shot five of them"
    /// (attackers within the clause's first words) or "seized 20 and killed five of them" (a count between) the five are victims.
    /// A sentence that opens with "N of them" right after one that ends on the attackers counts them: "And the gunmen?
    /// Four of them were shot dead".
    /// </summary>
    private bool PartOfAttackers(AnnotatedDocument doc, int of, int figure)
    {
        const int SubjectWords = 3;
        var words = doc.Words;
        if (of + 1 >= words.Count || words[of].Key != "of" || words[of + 1].Key != "them") return false;
        var opening = doc.WordAt(doc.SentenceAt(words[figure].Start).Start);
        if (DefendersShotAttackers(doc, opening, figure)) return true;
        for (var b = figure - 1; b >= 0 && b >= figure - MaxAntecedent; b--)
        {
            var key = words[b].Key;
            // the full stop (or question mark) that ends the sentence before one opened by "N of them"
            if (b == opening - 1 && figure == opening) continue;
            if (key is "." or ";" or ":" || doc.NumbersIn(new TextSpan(words[b].Start, words[b].End)).Any() || _persons.IsVictim(key)) return false;
            var attackers = _persons.IsPerpetrator(key)
                            || doc.CuesIn(new TextSpan(words[b].Start, words[b].End), CueKind.Actor).Any(a => a.LastWord == b && a.As<Actor>().Type is not ("state" or "other"));
            if (!attackers) continue;
            // named last in the sentence before, right before its full stop: the people "them" stands for ("a gunman
            // fired at the drinkers. Three of them were killed": the drinkers, though no victim noun names them)
            if (b < opening) return b == opening - 2;
            var start = b;
            while (start > 0 && words[start - 1].Key is not ("." or ";" or ":" or "," or "that")) start--;
            return b - start >= SubjectWords;
        }
        return false;
    }

    /// <summary>
    /// "Three gunmen ran into the yard. Hotel guards shot two of them dead": the sentence opens with people (a victim noun
    /// within its first words) whose own verb of harm (a casualty word right before the figure) takes "N of them", so
    /// "them" is others, and the sentence before opened with the attackers (a perpetrator noun within its first words):
    /// the attackers the defenders killed, not victims. "Police said two of them died" (no casualty word before the
    /// figure) reads the victims.
    /// </summary>
    private bool DefendersShotAttackers(AnnotatedDocument doc, int opening, int figure)
    {
        const int SubjectWords = 3;
        var words = doc.Words;
        if (figure - 1 <= opening || !doc.CuesIn(new TextSpan(words[figure - 1].Start, words[figure - 1].End), CueKind.Casualty).Any()) return false;
        var subject = Enumerable.Range(opening, Math.Min(SubjectWords, figure - 1 - opening)).FirstOrDefault(w => _persons.IsVictim(words[w].Key) || _persons.IsPerpetrator(words[w].Key), -1);
        if (subject < 0 || _persons.IsPerpetrator(words[subject].Key) || subject + 2 < figure - 1) return false;
        if (opening == 0) return false;
        var before = doc.WordAt(doc.SentenceAt(words[opening - 1].Start).Start);
        for (var w = before; w < opening - 1 && w < before + SubjectWords + 1; w++)
            if (_persons.IsPerpetrator(words[w].Key)) return true;
        return false;
    }

    /// <summary>Most words of one part of a joined subject: "five soldiers", "a local police officer".</summary>
    private const int MaxConjunct = 5;

    /// <summary>
    /// The victims joined before the counted ones by "and" or a comma: "five soldiers and three civilians were killed"
    /// adds five to the three; "a policeman and two passers-by" adds one. The word at <paramref name="joint"/> is the
    /// joining word; the part before it must end with its victim noun and hold its own figure (or "a"/"an"/"one"
    /// before a singular victim). Attackers counted there ("three gunmen and a soldier") join no one.
    /// Returns the victims added and where the first part begins, or null.
    /// </summary>
    private (int Added, int Start, string Qualifier)? JoinedBefore(AnnotatedDocument doc, List<NumberMention> numbers, HashSet<int> used, int joint, int firstWord)
    {
        var words = doc.Words;
        var added = 0;
        var start = -1;
        var qualifier = Qualifiers.Exact;
        while (joint - 2 >= firstWord && words[joint].Key is "and" or ",")
        {
            var noun = joint - 1;
            // "the driver, a man of 46, and two passengers", "the pilot, aged 38, and ...": an aside between commas that
            // describes the one person before it (IsSubjectAside) is that person, no one more
            if (words[joint].Key == "and" && words[noun].Key == "," && OpeningComma(doc, noun, firstWord) is var open and > 0
                && IsSubjectAside(doc, open + 1, noun - 1) && _persons.IsSingularVictim(words[open - 1].Key))
                noun = open - 1;
            // "Jane Roe, a local judge, and two of her guards": a person's name before an aside that says who the one
            // person is, joined to the counted ones, is one victim more
            if (words[joint].Key == "and" && words[noun].Key == "," && OpeningComma(doc, noun, firstWord) is var aside and > 0
                && DescribesOnePerson(doc, numbers, aside + 1, noun - 1) && NameBefore(doc, aside - 1, firstWord) is var name and >= 0)
            {
                added += 1;
                start = words[name].Start;
                joint = name - 1;
                continue;
            }
            var key = words[noun].Key;
            if (!_persons.IsVictim(key)) break;
            if (_persons.IsSingularVictim(key))
            {
                var det = Enumerable.Range(Math.Max(firstWord, noun - MaxConjunct + 1), noun - Math.Max(firstWord, noun - MaxConjunct + 1))
                    .Reverse().FirstOrDefault(d => _determiners.Contains(words[d].Key), -1);
                if (det < 0 || Enumerable.Range(det + 1, noun - det - 1).Any(b => words[b].Key is "," or "and" || numbers.Any(n => n.Start <= words[b].Start && n.End >= words[b].End))) break;
                added += 1;
                start = words[det].Start;
                joint = det - 1;
                continue;
            }
            var number = numbers.LastOrDefault(x => x.End <= words[noun].Start && x.End >= words[Math.Max(firstWord, noun - 3)].End);
            if (number is null || used.Contains(number.Start) || IsPerpetratorCount(doc, number)) break;
            var between = Enumerable.Range(doc.WordAt(number.End), Math.Max(0, noun - doc.WordAt(number.End)));
            if (between.Any(b => words[b].Key is "," or "and" or "of")) break;
            used.Add(number.Start);
            added += number.Value ?? 0;
            if (number.Qualifier != Qualifiers.Exact) qualifier = number.Qualifier;
            start = number.Start;
            joint = doc.WordAt(number.Start) - 1;
        }
        if (start >= 0 && IsCasualtyWord(doc, doc.WordAt(start) - 1)) return null;
        return start < 0 ? null : (added, start, qualifier);
    }

    /// <summary>
    /// Words between commas that say who one person is: a singular victim noun (persons.tsv) within
    /// <see cref="MaxConjunct"/> words, no figure, no "and" nor comma ("a local judge", "head of the district council").
    /// </summary>
    private bool DescribesOnePerson(AnnotatedDocument doc, List<NumberMention> numbers, int first, int last)
    {
        var words = doc.Words;
        if (first > last || last - first >= MaxConjunct) return false;
        var range = Enumerable.Range(first, last - first + 1).ToList();
        return range.Any(w => _persons.IsSingularVictim(words[w].Key)) && !range.Any(w => words[w].Key is "and" or ",")
               && !numbers.Any(n => n.Start < words[last].End && words[first].Start < n.End);
    }

    /// <summary>
    /// A person's name ending at <paramref name="last"/> that opens its clause (the sentence's first word, or right after a
    /// punctuation mark): capitalised words, at most <see cref="MaxNameAsideWords"/>, none a place nor a person noun
    /// (persons.tsv). Its first word, or -1.
    /// </summary>
    private int NameBefore(AnnotatedDocument doc, int last, int firstWord)
    {
        var words = doc.Words;
        var w = last;
        while (w >= firstWord && last - w < MaxNameAsideWords && IsNameWord(doc, w) && IsCapitalised(doc, w) && !IsPlaceAt(doc, w)
               && !_persons.IsVictim(words[w].Key) && !_persons.IsPerpetrator(words[w].Key))
            w--;
        if (w == last) return -1;
        return w < firstWord || words[w].Key is "," or ":" or ";" or "-" or "—" ? w + 1 : -1;
    }

    /// <summary>
    /// The victims joined by "and" after those a casualty verb counts: "killing two guards and a cook" adds one,
    /// "killed three soldiers and two farmers" adds two. <paramref name="w"/> is the word after the counted figure, which
    /// must be followed by its victim noun; each joined part is a figure (or "a"/"an"/"one"/"the"/"their" before a single
    /// victim) with its own victim noun. Attackers ("and two of the gunmen") join no one; a part that has casualty words of
    /// its own ("and three civilians were wounded") is another count, and so is a clause ("and wounding 30").
    /// Returns the victims added and where the last part ends, or null.
    /// </summary>
    private (int Added, int End, string Qualifier)? JoinedAfter(AnnotatedDocument doc, List<NumberMention> numbers, HashSet<int> used, int w, int lastWord)
    {
        var noun = VictimNounFrom(doc, numbers, w, lastWord, singular: null);
        return noun < 0 ? null : JoinedAfterNoun(doc, numbers, used, noun, lastWord);
    }

    /// <summary>
    /// The victims joined by "and" after the victim noun at <paramref name="noun"/> (<see cref="JoinedAfter"/>): parts with
    /// a figure of their own, or one person after a determiner or a possessive ("a judge and his driver", "a man and a
    /// child": two).
    /// </summary>
    private (int Added, int End, string Qualifier)? JoinedAfterNoun(AnnotatedDocument doc, List<NumberMention> numbers, HashSet<int> used, int noun, int lastWord)
    {
        var words = doc.Words;
        var added = 0;
        var end = -1;
        var qualifier = Qualifiers.Exact;
        for (var joint = noun + 1; joint + 2 <= lastWord && words[joint].Key == "and"; joint = noun + 1)
        {
            var next = joint + 1;
            // "a soldier and his two sons": the figure after a possessive
            if (_possessivePronouns.Contains(words[next].Key) && next + 1 <= lastWord && numbers.Any(n => n.Start == words[next + 1].Start)) next++;
            var number = numbers.FirstOrDefault(n => n.Start == words[next].Start);
            if (number is not null)
            {
                if (used.Contains(number.Start) || IsPerpetratorCount(doc, number)) break;
                noun = VictimNounFrom(doc, numbers, doc.WordAt(number.End), lastWord, singular: null);
                if (noun < 0 || IsCasualtyWord(doc, noun + 1)) break;
                used.Add(number.Start);
                added += number.Value ?? 0;
                if (number.Qualifier != Qualifiers.Exact) qualifier = number.Qualifier;
            }
            else if (_determiners.Contains(words[next].Key))
            {
                noun = VictimNounFrom(doc, numbers, next + 1, lastWord, singular: true);
                if (noun < 0 || IsCasualtyWord(doc, noun + 1)) break;
                added += 1;
            }
            else break;
            end = words[noun].End;
        }
        return end < 0 ? null : (added, end, qualifier);
    }

    /// <summary>
    /// A part of the same toll joined after the casualty words that counted the part before them: "seven guards were
    /// killed, and also two drivers", "three soldiers died as well as a shepherd". <paramref name="w"/> is the word after
    /// the casualty words; then an optional comma, "and" (optionally "also") or "as well as", a figure (or "a"/"an"/"one"
    /// before a single victim) and its victim noun, which must end the clause (a punctuation mark or the sentence's end):
    /// "and two civilians were wounded", "and three injured" are counts of their own, "and two men were arrested" is no
    /// victim. Returns the victims added and where the part ends, or null.
    /// </summary>
    private (int Added, int End, string Qualifier)? JoinedAfterVerb(AnnotatedDocument doc, List<NumberMention> numbers, HashSet<int> used, int w, int lastWord)
    {
        var words = doc.Words;
        if (w <= lastWord && words[w].Key == ",") w++;
        if (w + 1 <= lastWord && words[w].Key == "and") w += words[w + 1].Key == "also" ? 2 : 1;
        else if (w + 2 <= lastWord && words[w].Key == "as" && words[w + 1].Key == "well" && words[w + 2].Key == "as") w += 3;
        else return null;
        if (w > lastWord) return null;
        var added = 1;
        var qualifier = Qualifiers.Exact;
        int noun;
        if (numbers.FirstOrDefault(n => n.Start == words[w].Start) is { } number)
        {
            if (used.Contains(number.Start) || IsPerpetratorCount(doc, number) || number.Value is null) return null;
            noun = VictimNounFrom(doc, numbers, doc.WordAt(number.End), lastWord, singular: null);
            if (noun < 0 || !ClauseEndsAfter(doc, noun, lastWord)) return null;
            used.Add(number.Start);
            added = number.Value.Value;
            qualifier = number.Qualifier;
        }
        else if (_determiners.Contains(words[w].Key))
        {
            noun = VictimNounFrom(doc, numbers, w + 1, lastWord, singular: true);
            if (noun < 0 || !ClauseEndsAfter(doc, noun, lastWord)) return null;
        }
        else return null;
        return (added, words[noun].End, qualifier);
    }

    /// <summary>The word after <paramref name="w"/> ends its clause: a punctuation mark, or the sentence's end.</summary>
    private static bool ClauseEndsAfter(AnnotatedDocument doc, int w, int lastWord) =>
        w + 1 > lastWord || doc.Words[w + 1].Key is "," or ";" or ":" or "." or "!" or "?" or "-" or "--" or "—" or "–" or "(";

    /// <summary>
    /// The victim noun at most <see cref="MaxConjunct"/> words from <paramref name="w"/> across describing words ("two
    /// local police officers"), with no number, comma, "and" or casualty word between; of the number asked when
    /// <paramref name="singular"/> is set; -1 when there is none.
    /// </summary>
    private int VictimNounFrom(AnnotatedDocument doc, List<NumberMention> numbers, int w, int lastWord, bool? singular)
    {
        var words = doc.Words;
        for (var n = w; n <= lastWord && n < w + MaxConjunct; n++)
        {
            var key = words[n].Key;
            if (_persons.IsVictim(key))
                return singular is null || _persons.IsSingularVictim(key) == singular ? n : -1;
            if (_persons.IsPerpetrator(key) || key is "," or "and" or ";" or ":" or "." or "of" || IsCasualtyWord(doc, n)
                || numbers.Any(x => x.Start <= words[n].Start && x.End >= words[n].End)) return -1;
        }
        return -1;
    }

    private static bool IsCasualtyWord(AnnotatedDocument doc, int w) =>
        w >= 0 && w < doc.Words.Count && doc.CuesIn(new TextSpan(doc.Words[w].Start, doc.Words[w].End), CueKind.Casualty).Any();

    /// <summary>
    /// The capitalised word at <paramref name="word"/> (opening its sentence, where any noun is capitalised) is the last
    /// word of a person's name written earlier in the article as one of the hurt: "Jon Roe, 40, was hurt ... Roe later
    /// died" (the earlier word follows another capitalised word inside a sentence that tells a hurt, so it is a surname,
    /// not a sentence's first noun; a death told of someone named only in passing, an obituary's, counts no one).
    /// </summary>
    private static bool SurnameNamedBefore(AnnotatedDocument doc, int word)
    {
        var key = doc.Words[word].Key;
        if (!IsCapitalised(doc, word) || key.Length < 3 || !key.All(char.IsLetter) || doc.NumbersIn(new TextSpan(doc.Words[word].Start, doc.Words[word].End)).Any()) return false;
        for (var w = word - 1; w >= 1; w--)
            if (doc.Words[w].Key == key && IsCapitalised(doc, w) && IsCapitalised(doc, w - 1) && doc.Words[w - 1].Key.All(char.IsLetter)
                && doc.WordAt(doc.SentenceAt(doc.Words[w].Start).Start) < w
                && doc.CuesIn(doc.SentenceAt(doc.Words[w].Start).Span, CueKind.Casualty).Any(c => c.As<CasualtyCue>().Kind != CasualtyMention.Killed)) return true;
        return false;
    }

    /// <summary>The figure opens an item of a list: right after a colon, a comma, a semicolon, a dash or "and".</summary>
    private static bool ListedFigure(AnnotatedDocument doc, NumberMention number, int firstWord)
    {
        var before = doc.WordAt(number.Start) - 1;
        return before >= firstWord && doc.Words[before].Key is ":" or "," or ";" or "and" or "-" or "\u2013" or "\u2014";
    }

    private static bool IsCapitalised(AnnotatedDocument doc, int word)
    {
        var c = doc.Text[doc.Words[word].Start];
        return char.IsUpper(c) && !doc.AllCaps;
    }

    // Lower-case words that describe the victims between a figure and the casualty word ("five Kurdish security forces were killed")
    private static bool IsAdjective(AnnotatedDocument doc, int word)
    {
        var w = doc.Words[word];
        if (w.End - w.Start < 3) return false;
        var c = doc.Text[w.Start];
        return char.IsUpper(c) && !doc.AllCaps; // "Kurdish", "Syrian"
    }
}
