using Sitrep.Annotation;
using Sitrep.Lexicons;
using Sitrep.Model;
using Sitrep.Linking;

namespace Sitrep.Extraction;

/// <summary>
/// Decides what an annotated article reports: one <see cref="IncidentReport"/> per attack (a place and a day),
/// and a <see cref="WaveReport"/> when the article presents several attacks as one coordinated series.
/// <list type="number">
/// <item>Facts: each sentence's events, casualty figures, places, dates, claims and markers (<see cref="SentenceFacts"/>).</item>
/// <item>Frames: a frame per place where an event is located, skipping background sentences (earlier attacks, tolls over a period).</item>
/// <item>Assignment: figures and details go to the frame of their sentence, to the place named right after them
///   ("48 in Tartus"), to the wave (sentences about the series as a whole), or to the frame in focus.</item>
/// <item>Reports: reconciled per frame, every value with its evidence.</item>
/// </list>
/// </summary>
public sealed class IncidentExtractor
{
    
    
    
    private readonly CasualtyRecognizer _casualties;
    private readonly LexiconSet _lexicons;
    private readonly IReadOnlySet<string> _locative;
    private readonly IReadOnlySet<string> _placeNouns;
    private readonly IReadOnlySet<string> _neighbourhoodNouns;
    private readonly IReadOnlySet<string> _divisionNouns;
    private readonly IReadOnlySet<string> _unitNouns;
    private readonly IReadOnlySet<string> _clockWords;
    private readonly IReadOnlySet<string> _clockUnits;
    private readonly IReadOnlySet<string> _unitCounts;
    private readonly IReadOnlySet<string> _clockSuffixes;
    private readonly IReadOnlySet<string> _landformNouns;
    private readonly IReadOnlySet<string> _settlementNouns;
    private readonly IReadOnlySet<string> _placeModifiers;
    private readonly IReadOnlySet<string> _siteNouns;
    private readonly IReadOnlySet<string> _actorMembers;
    private readonly IReadOnlySet<string> _speechVerbs;
    private readonly IReadOnlySet<string> _speechMedia;
    private readonly IReadOnlySet<string> _claimSpeakers;
    private readonly IReadOnlySet<string> _ownForces;
    private readonly IReadOnlySet<string> _defenceVerbs;
    private readonly IReadOnlySet<string> _provocationWords;
    private readonly IReadOnlySet<string> _describedGroups;
    private readonly IReadOnlySet<string> _namedMemberNouns;
    private readonly IReadOnlySet<string> _denierPronouns;
    private readonly IReadOnlySet<string> _armedDescriptors;
    private readonly IReadOnlySet<string> _ascribeVerbs;
    private readonly IReadOnlySet<string> _describedGroupModifiers;
    private readonly IReadOnlySet<string> _communiqueNouns;
    private readonly IReadOnlySet<string> _claimVerbs;
    private readonly IReadOnlySet<string> _claimBoasts;
    private readonly IReadOnlySet<string> _tollNouns;
    private readonly IReadOnlySet<string> _tollQualifiers;
    private readonly IReadOnlySet<string> _earlierAuxiliaries;
    private readonly IReadOnlySet<string> _chargeVerbs;
    private readonly IReadOnlySet<string> _kinFighters;
    private readonly IReadOnlySet<string> _kinModifiers;
    private readonly IReadOnlySet<string> _kinGroups;
    private readonly IReadOnlySet<string> _headlineClaims;
    private readonly IReadOnlySet<string> _holdVerbs;
    private readonly IReadOnlySet<string> _attackSupport;
    private readonly IReadOnlySet<string> _blameVerbs;
    private readonly IReadOnlySet<string> _hedgeWords;
    private readonly IReadOnlySet<string> _forceNouns;
    private readonly IReadOnlySet<string> _forceModifiers;
    private readonly IReadOnlySet<string> _forceHeads;
    private readonly IReadOnlySet<string> _arrestVerbs;
    private readonly IReadOnlySet<string> _fatalWords;
    private readonly IReadOnlySet<string> _careVerbs;
    private readonly IReadOnlySet<string> _careMeans;
    private readonly IReadOnlySet<string> _careNouns;
    private readonly IReadOnlySet<string> _careDeaths;
    private readonly IReadOnlySet<string> _woundWords;
    private readonly IReadOnlySet<string> _originWords;
    private readonly IReadOnlySet<string> _gatheringNouns;
    private readonly IReadOnlySet<string> _gatheringTimes;
    private readonly IReadOnlySet<string> _possessionVerbs;
    private readonly IReadOnlySet<string> _peoplePronouns;
    private readonly IReadOnlySet<string> _seatNouns;
    private readonly IReadOnlySet<string> _modalVerbs;
    private readonly IReadOnlySet<string> _peerTitles;
    private readonly IReadOnlySet<string> _distanceUnits;
    private readonly IReadOnlySet<string> _periodEdges;
    private readonly IReadOnlySet<string> _periodUnits;
    private readonly IReadOnlySet<string> _startVerbs;
    private readonly IReadOnlySet<string> _fireNouns;
    private readonly IReadOnlySet<string> _nameConnectors;
    private readonly IReadOnlySet<string> _kindleVerbs;
    private readonly IReadOnlySet<string> _clauseOpeners;
    private readonly IReadOnlySet<string> _attackSigns;
    private readonly IReadOnlySet<string> _protestNouns;
    private readonly IReadOnlySet<string> _drillSettings;
    private readonly IReadOnlySet<string> _setWeapon;
    private readonly IReadOnlySet<string> _armingWords;
    private readonly IReadOnlySet<string> _beAuxiliaries;
    private readonly IReadOnlySet<string> _clauseLeads;
    private readonly IReadOnlySet<string> _actorModifiers;
    private readonly IReadOnlySet<string> _newsAuxiliaries;
    private readonly IReadOnlySet<string> _passiveAdverbs;
    private readonly IReadOnlySet<string> _determiners;
    private readonly IReadOnlySet<string> _habitualAdverbs;
    private readonly IReadOnlySet<string> _stretchPrepositions;
    private readonly IReadOnlySet<string> _habitWords;
    private readonly IReadOnlySet<string> _settingPrepositions;
    private readonly IReadOnlySet<string> _linkWords;
    private readonly IReadOnlySet<string> _responderNouns;
    private readonly IReadOnlySet<string> _subjectAdverbs;
    private readonly IReadOnlySet<string> _beneath;
    private readonly IReadOnlySet<string> _layingVerbs;
    private readonly IReadOnlySet<string> _laidAuxiliaries;
    private readonly IReadOnlySet<string> _directionWords;
    private readonly IReadOnlySet<string> _roadNouns;
    private readonly IReadOnlySet<string> _placingVerbs;
    private readonly IReadOnlySet<string> _spanWords;
    private readonly IReadOnlySet<string> _deathVerbs;
    private readonly IReadOnlySet<string> _laterDeaths;
    private readonly IReadOnlySet<string> _nightWords;
    private readonly IReadOnlySet<string> _releaseVerbs;
    private readonly IReadOnlySet<string> _daypartWords;
    private readonly IReadOnlySet<string> _relativeOpeners;
    private readonly IReadOnlySet<string> _siteTargets;
    /// <summary>Target classes of places open to the public, whose people harmed there are civilians too (function_words.tsv kind public_site_class).</summary>
    private readonly IReadOnlySet<string> _publicSiteClasses;
    private readonly IReadOnlySet<string> _bareForceSites;
    /// <summary>Verbs whose object is who was spoken to (function_words.tsv kind addressee_verb): "told parliament".</summary>
    private readonly IReadOnlySet<string> _addresseeVerbs;
    private readonly IReadOnlySet<string> _toldDeterminers;
    private readonly IReadOnlySet<string> _recentUnits;
    private readonly IReadOnlySet<string> _struckPlaces;
    private readonly IReadOnlySet<string> _relativeWords;
    private readonly FollowUpReader _followUps;

    public IncidentExtractor(CasualtyRecognizer casualties, LexiconSet lexicons, FunctionWords words, FollowUpReader? followUps = null)
    {
        _followUps = followUps ?? FollowUpReader.Default;
        _casualties = casualties;
        _lexicons = lexicons;
        _locative = words.Of(FunctionWords.Locative);
        _placeNouns = words.Of(FunctionWords.PlaceNoun);
        _landformNouns = words.Of(FunctionWords.LandformNoun);
        _settlementNouns = words.Of(FunctionWords.SettlementNoun);
        _placeModifiers = words.Of(FunctionWords.PlaceModifier);
        _siteNouns = words.Of(FunctionWords.SiteNoun);
        _neighbourhoodNouns = words.Of(FunctionWords.NeighbourhoodNoun);
        _divisionNouns = words.Of(FunctionWords.DivisionNoun);
        _unitNouns = words.Of(FunctionWords.UnitNoun);
        _clockWords = words.Of(FunctionWords.ClockWord);
        _clockUnits = words.Of(FunctionWords.ClockUnit);
        _unitCounts = words.Of(FunctionWords.UnitCount);
        _clockSuffixes = words.Of(FunctionWords.ClockSuffix);
        _relativeWords = words.Of(FunctionWords.RelativeWord);
        _actorMembers = words.Of(FunctionWords.ActorMember);
        _speechVerbs = words.Of(FunctionWords.SpeechVerb);
        _speechMedia = words.Of(FunctionWords.SpeechMedium);
        _claimSpeakers = words.Of(FunctionWords.ClaimSpeaker);
        _ownForces = words.Of(FunctionWords.OwnForce);
        _defenceVerbs = words.Of(FunctionWords.DefenceVerb);
        _provocationWords = words.Of(FunctionWords.ProvocationWord);
        _describedGroups = words.Of(FunctionWords.DescribedGroup);
        _namedMemberNouns = words.Of(FunctionWords.NamedMemberNoun);
        _denierPronouns = words.Of(FunctionWords.DenierPronoun);
        _armedDescriptors = words.Of(FunctionWords.ArmedDescriptor);
        _ascribeVerbs = words.Of(FunctionWords.AscribeVerb);
        _describedGroupModifiers = words.Of(FunctionWords.DescribedGroupModifier);
        _communiqueNouns = words.Of(FunctionWords.CommuniqueNoun);
        _claimVerbs = words.Of(FunctionWords.ClaimVerb);
        _claimBoasts = words.Of(FunctionWords.ClaimBoast);
        _tollNouns = words.Of(FunctionWords.TollNoun);
        _tollQualifiers = words.Of(FunctionWords.TollQualifier);
        _earlierAuxiliaries = words.Of(FunctionWords.EarlierAuxiliary);
        _chargeVerbs = words.Of(FunctionWords.ChargeVerb);
        _kinFighters = words.Of(FunctionWords.KinFighter);
        _kinModifiers = words.Of(FunctionWords.KinModifier);
        _kinGroups = words.Of(FunctionWords.KinGroup);
        _headlineClaims = words.Of(FunctionWords.HeadlineClaim);
        _holdVerbs = words.Of(FunctionWords.HoldVerb);
        _attackSupport = words.Of(FunctionWords.AttackSupport);
        _blameVerbs = words.Of(FunctionWords.BlameVerb);
        _hedgeWords = words.Of(FunctionWords.HedgeWord);
        _forceNouns = words.Of(FunctionWords.ForceNoun);
        _forceModifiers = words.Of(FunctionWords.ForceModifier);
        _forceHeads = words.Of(FunctionWords.ForceHead);
        _arrestVerbs = words.Of(FunctionWords.ArrestVerb);
        _fatalWords = words.Of(FunctionWords.FatalWord);
        _careVerbs = words.Of(FunctionWords.CareVerb);
        _careMeans = words.Of(FunctionWords.CareMeans);
        _careNouns = words.Of(FunctionWords.CareNoun);
        _careDeaths = words.Of(FunctionWords.CareDeath);
        _woundWords = words.Of(FunctionWords.WoundWord);
        _originWords = words.Of(FunctionWords.OriginWord);
        _gatheringNouns = words.Of(FunctionWords.GatheringNoun);
        _gatheringTimes = words.Of(FunctionWords.GatheringTime);
        _possessionVerbs = words.Of(FunctionWords.PossessionVerb);
        _peoplePronouns = words.Of(FunctionWords.PeoplePronoun);
        _seatNouns = words.Of(FunctionWords.SeatNoun);
        _modalVerbs = words.Of(FunctionWords.ModalVerb);
        _peerTitles = words.Of(FunctionWords.PeerTitle);
        _distanceUnits = words.Of(FunctionWords.DistanceUnit);
        _periodEdges = words.Of(FunctionWords.PeriodEdge);
        _periodUnits = words.Of(FunctionWords.PeriodUnit);
        _startVerbs = words.Of(FunctionWords.StartVerb);
        _fireNouns = words.Of(FunctionWords.FireNoun);
        _nameConnectors = words.Of(FunctionWords.NameConnector);
        _kindleVerbs = words.Of(FunctionWords.KindleVerb);
        _clauseOpeners = words.Of(FunctionWords.ClauseOpener);
        _attackSigns = words.Of(FunctionWords.AttackSign);
        _protestNouns = words.Of(FunctionWords.ProtestNoun);
        _drillSettings = words.Of(FunctionWords.DrillSetting);
        _setWeapon = words.Of(FunctionWords.SetWeapon);
        _armingWords = words.Of(FunctionWords.ArmingWord);
        _beAuxiliaries = words.Of(FunctionWords.BeAuxiliary);
        _newsAuxiliaries = words.Of(FunctionWords.NewsAuxiliary);
        _clauseLeads = words.Of(FunctionWords.ClauseLead);
        _actorModifiers = words.Of(FunctionWords.ActorModifier);
        _passiveAdverbs = words.Of(FunctionWords.PassiveAdverb);
        _determiners = words.Of(FunctionWords.VictimDeterminer);
        _habitualAdverbs = words.Of(FunctionWords.HabitualAdverb);
        _stretchPrepositions = words.Of(FunctionWords.StretchPreposition);
        _habitWords = words.Of(FunctionWords.HabitWord);
        _settingPrepositions = words.Of(FunctionWords.SettingPreposition);
        _beneath = words.Of(FunctionWords.Beneath);
        _layingVerbs = words.Of(FunctionWords.LayingVerb);
        _laidAuxiliaries = words.Of(FunctionWords.LaidAuxiliary);
        _linkWords = words.Of(FunctionWords.LinkWord);
        _responderNouns = words.Of(FunctionWords.ResponderNoun);
        _subjectAdverbs = words.Of(FunctionWords.SubjectAdverb);
        _directionWords = words.Of(FunctionWords.DirectionWord);
        _roadNouns = words.Of(FunctionWords.RoadNoun);
        _placingVerbs = words.Of(FunctionWords.PlacingVerb);
        _spanWords = words.Of(FunctionWords.SpanWord);
        _deathVerbs = words.Of(FunctionWords.DeathVerb);
        _laterDeaths = words.Of(FunctionWords.LaterDeath);
        _nightWords = words.Of(FunctionWords.NightWord);
        _releaseVerbs = words.Of(FunctionWords.ReleaseVerb);
        _daypartWords = words.Of(FunctionWords.DaypartWord);
        _relativeOpeners = words.Of(FunctionWords.RelativeOpener);
        _siteTargets = words.Of(FunctionWords.SiteTarget);
        _publicSiteClasses = words.Of(FunctionWords.PublicSiteClass);
        _bareForceSites = words.Of(FunctionWords.BareForceSite);
        _addresseeVerbs = words.Of(FunctionWords.AddresseeVerb);
        _toldDeterminers = words.Of(FunctionWords.ToldDeterminer);
        _recentUnits = words.Of(FunctionWords.RecentUnit);
        _struckPlaces = words.Of(FunctionWords.StruckPlace);
    }

    public static IncidentExtractor Default { get; } = new(CasualtyRecognizer.Default, LexiconSet.Default, FunctionWords.Default);

    public ArticleReading Extract(AnnotatedDocument doc)
    {
        var facts = WithoutDrills(doc, WithoutFinds(doc, WithoutAccidents(doc, doc.Sentences.SelectMany(s => Clauses(doc, s)).Select(s => Gather(doc, s)).ToList())));
        facts = WithClaimantSources(doc, facts);
        var story = StoryDate(doc, facts);
        facts = facts.Select(f => MarkBackground(doc, f, story)).ToList();

        if (Trace) foreach (var f in facts) Console.Error.WriteLine(Describe(doc, f));
        var reading = Read(doc, facts, story, followUpDate: null);
        // an arrest, a trial, a funeral: when the article reports no attack of its own, the attack it follows up is its
        // subject, on the date the article gives it
        if (reading.Reports.Count == 0 && _followUps.Reread(doc, facts) is { } followUp)
        {
            if (Trace) Console.Error.WriteLine("  follow-up reading:");
            var followed = Read(doc, followUp.Facts, story: null, followUp.Date, followUp: true);
            if (followed.Reports.Count > 0) reading = followed;
        }
        else if (reading.Reports.Count > 0) reading = DatedAsFollowedUp(doc, facts, story, reading);
        return WithWithdrawnFigures(doc, facts, WithPastAttacks(doc, facts, reading));
    }

    /// <summary>
    /// A correction's figures ("An earlier version of this story said four children were killed", background.tsv kind
    /// withdrawn) are no report of their sentence; they are kept on the article's main report (its first that is no
    /// background) marked <see cref="CasualtyFigure.Withdrawn"/>, so that the incident's estimate skips them and the same
    /// value that other reports of the incident gave before the correction (see <see cref="Linking.CasualtyReconciler"/>).
    /// </summary>
    private ArticleReading WithWithdrawnFigures(AnnotatedDocument doc, List<SentenceFacts> facts, ArticleReading reading)
    {
        var main = reading.Reports.FirstOrDefault(r => !r.Background);
        if (main is null) return reading;
        var withdrawn = facts.Where(f => Withdraws(doc, f.Sentence.Span))
            .SelectMany(f => _casualties.Recognize(doc, f.Sentence, headline: f.IsTitle).Select(m => (Mention: m, f.Source)))
            .Where(c => c.Mention.Value is not null).ToList();
        if (withdrawn.Count == 0) return reading;
        var killed = Figures(doc, withdrawn, CasualtyMention.Killed).Select(k => k with { Withdrawn = true });
        var injured = Figures(doc, withdrawn, CasualtyMention.Injured).Select(k => k with { Withdrawn = true });
        var marked = main with { Killed = main.Killed.Concat(killed).ToList(), Injured = main.Injured.Concat(injured).ToList() };
        return reading with { Reports = reading.Reports.Select(r => ReferenceEquals(r, main) ? marked : r).ToList() };
    }

    /// <summary>
    /// An attack word stands right after the date ("April 15, 2013, bombing", "March 3's attack"); with
    /// <paramref name="weakToo"/> a weak one does as well ("the 2005 murder of a deputy").
    /// </summary>
    private static bool NamesItsAttack(AnnotatedDocument doc, DateMention d, bool weakToo = false) =>
        doc.CuesIn(new TextSpan(d.End, Math.Min(doc.Text.Length, d.End + 4)), CueKind.Event).Any(e => weakToo || !e.As<EventCue>().Weak);

    /// <summary>
    /// An attack word of the sentence's own reading stands right after the date: a word weak on its own that the
    /// sentence's victims make an attack ("the May 2, 2011, attack, which killed four") counts as well.
    /// </summary>
    private static bool NamesItsAttack(SentenceFacts f, DateMention d) =>
        f.Events.Any(e => e.Start >= d.End && e.Start < d.End + 4 && !e.As<EventCue>().Weak);

    /// <summary>
    /// A follow-up (a trial, a verdict: its opening names a step after an attack and the crime) whose reports carry
    /// only the publication day, or the day of the step, tells of the attack it follows up, on the day the article gives that attack
    /// ("three days after the April 15, 2013, bombing"): the first full date, more than a week before publication,
    /// of a sentence that names an attack.
    /// </summary>
    private ArticleReading DatedAsFollowedUp(AnnotatedDocument doc, List<SentenceFacts> facts, DateMention? story, ArticleReading reading)
    {
        if (story is not { Precision: "day" } || !reading.Reports.Any(r => r.Date == story.Value)) return reading;
        // the news of the day is the step (the verdict on Monday), not an attack: the day is the publication's or a follow-up sentence's
        if (story.End > 0 && !facts.Any(f => f.Sentence.Start <= story.Start && story.End <= f.Sentence.End && _followUps.IsFollowUp(doc, f))) return reading;
        // the date written as the attack's own ("the April 15, 2013, bombing"; not "an earlier bombing on March 3 killed five")
        var day = facts.Where(f => f.HasStrongEvent && !IsAggregate(doc, f))
            .SelectMany(f => f.Dates.Where(d => NamesItsAttack(doc, d) || NamesItsAttack(f, d)))
            .FirstOrDefault(d => d.Precision == "day" && !d.Since && d.Date.DayNumber < story.Date.DayNumber - 7);
        if (day is null || _followUps.Reread(doc, facts) is null) return reading;
        var evidence = doc.Document.Evidence("date", day.Span);
        var reports = reading.Reports.Select(r => r.Date == story.Value
            ? r with { Date = day.Value, DatePrecision = day.Precision, Evidence = r.Evidence.Append(evidence).ToList() }
            : r).ToList();
        if (Trace) Console.Error.WriteLine($"  dated as the attack it follows up: {day.Value}");
        return reading with { Reports = reports };
    }

    /// <summary>
    /// A past attack's sentence tells the act: a strong attack word, or an attack word with a toll of its own ("an
    /// attack on the army post at X killed eleven soldiers"), not a toll over a period ("clashes since Monday have
    /// killed 30").
    /// </summary>
    private static bool TellsPastAttack(SentenceFacts f) =>
        f.HasStrongEvent || (f.Events.Count > 0 && f.Casualties.Any(c => c.Value > 0) && !f.Dates.Any(d => d.Since));

    /// <summary>
    /// Earlier attacks the article tells in passing with their own day or month and place ("a car bomb in the city in
    /// February killed 57", "on March 3 a bomb wrecked a bank in X"): each an incident of its own, dated as told, never
    /// part of the day's. One sentence must give the date, the place the attack happened at and the attack, with or
    /// without victims; totals and plans are no attack.
    /// </summary>
    private ArticleReading WithPastAttacks(AnnotatedDocument doc, List<SentenceFacts> facts, ArticleReading reading)
    {
        var frames = new List<Frame>();
        foreach (var f in facts)
        {
            if (!f.IsBackground || f.IsTitle || f.IsCaption || !TellsPastAttack(f) || IsAggregate(doc, f) || CountsOverStretch(doc, f.Sentence.Span)
                || TellsHabit(doc, f.Sentence.Span, f.Casualties, f.Dates)) continue;
            var dates = f.Dates.Where(d => !d.Since && d.Precision is "day" or "month").ToList();
            if (ListsRecentAttacks(doc, f) is { } recent)
            {
                foreach (var town in f.EventPlaces.DistinctBy(p => p.Place.GeonameId))
                {
                    var listed = new Frame(town) { Date = recent };
                    listed.Sentences.Add(f);
                    frames.Add(listed);
                }
                continue;
            }
            // "in X district in India's Y state": a town and the province it lies in are one place, the town
            var towns = f.EventPlaces.Where(p => !f.EventPlaces.Any(q => p.Place.Kind == PlaceKind.Admin1 && q.Place.Kind == PlaceKind.City
                                                                         && q.Place.CountryCode == p.Place.CountryCode && q.Place.Admin1Code == p.Place.Admin1Code)).ToList();
            if (dates.Count != 1 || towns.Count != 1) continue;
            var (date, place) = (dates[0], towns[0]);
            // told in weak words only, on the day of a past attack already told elsewhere, it retells that one ("he denied
            // taking part in the crime: on Saturday 7 January, when X was killed"); nor is the day of a telling its day
            if (!f.HasStrongEvent && (DatesTelling(doc, date) || frames.Any(fr => fr.Date!.Value == date.Value))) continue;
            if (reading.Reports.Any(r => r.Date == date.Value && r.Place is { } p && p.CountryCode == place.Place.CountryCode && p.KilometresTo(place.Place) < ReportMatcherDistance)) continue;
            var frame = frames.FirstOrDefault(fr => fr.Date!.Value == date.Value && fr.Holds(place.Place));
            if (frame is null)
            {
                frame = new Frame(place) { Date = date };
                frames.Add(frame);
            }
            frame.Sentences.Add(f);
            foreach (var c in f.Casualties) frame.Casualties.Add((c, f.SourceOf(c)));
        }
        if (frames.Count == 0) return reading;
        var reports = reading.Reports.ToList();
        foreach (var frame in frames)
            reports.Add(BuildReport(doc, frame, reports.Count + 1, story: null, waveId: null,
                // a lone attacker named in the article's background ("accused bomber John Roe") did the attack it tells
                Prefer(Responsibility(doc, frame.Sentences, false), NamedAttacker(doc, frame.Sentences.Concat(facts.Where(f => f.IsBackground))),
                    ArticleGroupAsAttackers(doc, facts, frame)), frames));
        if (Trace) foreach (var frame in frames) Console.Error.WriteLine($"  past attack {frame.Place.Name} {frame.Date!.Value}: sentences {string.Join(',', frame.Sentences.Select(x => x.Sentence.Index))}");
        return reading with { Reports = reports };
    }

    /// <summary>
    /// A background sentence that lists earlier attacks of the last few days in several towns, with no date of its own
    /// and no victims ("a few days ago, the banks in X, Y and Z were the target of bomb attacks"; function_words.tsv
    /// kind recent_unit before "ago"): each town had an attack of its own, of the publication's month (the sentence
    /// is dated so only when the publication is past the month's first week, else it is left out). Returns that month.
    /// </summary>
    private DateMention? ListsRecentAttacks(AnnotatedDocument doc, SentenceFacts f)
    {
        if (f.Dates.Count > 0 || f.Casualties.Count > 0 || f.EventPlaces.Count < 2 || f.OpensSeparately) return null;
        if (f.EventPlaces.Any(p => p.Place.Kind != PlaceKind.City) || f.EventPlaces.DistinctBy(p => p.Place.GeonameId).Count() < 2) return null;
        if (doc.Published is not { Day: > 7 } published) return null;
        var first = doc.WordAt(f.Sentence.Start);
        var last = doc.WordAt(f.Sentence.End - 1);
        for (var w = first; w < last; w++)
            if (_recentUnits.Contains(doc.Words[w].Key) && doc.Words[w + 1].Key == "ago")
                return new DateMention(doc.Words[w].Start, doc.Words[w + 1].End, new DateOnly(published.Year, published.Month, 1), "month");
        return null;
    }

    private ArticleReading Read(AnnotatedDocument doc, List<SentenceFacts> facts, DateMention? story, DateMention? followUpDate, bool followUp = false)
    {
        var frames = BuildFrames(doc, facts, followUp);
        if (followUpDate is not null) foreach (var frame in frames) frame.Date ??= followUpDate;
        if (frames.Count == 0 && facts.All(f => f.IsBackground || !ReportsAttack(f)) && facts.Any(f => f.IsBackground && f.Casualties.Any(c => c.Value > 0) && !f.Dates.Any(d => d.Since)))
        {
            // a follow-up article ("arrested for last week's shooting"): the earlier attack is its subject
            // (a toll over a stretch of time stays a period's: "3,000 died over 30 years")
            facts = facts.Select(f => f.IsBackground && !f.Dates.Any(d => d.Since) && !IsAggregate(doc, f) && !CountsOverStretch(doc, f.Sentence.Span) ? f with { IsBackground = false } : f).ToList();
            story = null;
            if (Trace) Console.Error.WriteLine("  background made the subject");
            frames = BuildFrames(doc, facts);
        }
        if (frames.Count == 0) return ArticleReading.Empty(doc.Document.Id);

        var wave = FindWave(doc, facts, frames, story);
        var waveSentences = new List<SentenceFacts>();
        var waveCasualties = new List<(CasualtyMention, string?)>();
        Assign(doc, facts, frames, wave, waveSentences, waveCasualties);
        DateSections(doc, facts, frames);
        if (wave is null) DropTotalsOfSeveral(doc, facts, frames);
        if (wave is null) SplitByDay(doc, frames);
        if (wave is null) SplitBySite(doc, frames);
        if (wave is null) SplitByTimeline(doc, facts, frames);
        if (wave is not null) DateByWave(doc, wave, story);

        var dateline = facts.Select(f => f.Dateline).FirstOrDefault(d => d is not null)?.Place;
        var otherNews = OpensOnOtherNews(facts);
        var kept = frames.Where(f => Worth(doc, f, wave?.Contains(f) == true, dateline, followUp, otherNews)
                                     || (wave is null && AssaultPair(f, frames) is { } pair && Worth(doc, pair, false, dateline, followUp, otherNews))).ToList();
        // an article that reports an attack and then a second one elsewhere in a sentence of its own ("a bomb also
        // exploded at a bank in X"): that one is news too, with or without victims
        if (kept.Count > 0) kept = frames.Where(f => kept.Contains(f) || TellsOwnAttack(doc, f, dateline, otherNews)).ToList();
        if (Trace)
            foreach (var f in frames)
                Console.Error.WriteLine($"  frame {f.Place.Name} ({f.Place.Kind}) {f.Date?.Value}: sentences {string.Join(',', f.Sentences.Select(x => x.Sentence.Index))}, " +
                                        $"casualties {string.Join(' ', f.Casualties.Select(c => $"{c.Mention.Kind}:{c.Mention.Value}"))}, {(kept.Contains(f) ? "kept" : "not worth it")}");
        if (wave is not null) wave = wave.Where(kept.Contains).ToList();
        if (wave is { Count: < 2 }) wave = null;
        kept = Cohere(doc, facts, kept, wave, _placeNouns, _settlementNouns, _neighbourhoodNouns);
        kept = MergeNearby(doc, kept, wave);
        Admin1Refinement.Refine(facts, kept);
        if (kept.Count == 0) return ArticleReading.Empty(doc.Document.Id);

        // a sentence that is background only through a clause after its claim ("the governor blamed X, following a dispute
        // last week") still blames X for the article's attack
        var articleClaim = Responsibility(doc, facts.Where(f => (!f.IsBackground || ClaimSinceTheAttack(f, story) || (f.Claims.Count > 0 && !f.IsTitle && ClaimBeforeAside(doc, f)))
                                                                && (f.Events.Count > 0 || f.Claims.Count > 0)), articleWide: true);
        var waveClaim = Responsibility(doc, waveSentences, articleWide: false);
        // no armed group named: a lone attacker named by the article's own words for him, in its news or its background
        // (an article about a trial tells the attack as background); the stronger of its responsibility and the article's
        if (articleClaim?.Actor is null && NamedAttacker(doc, facts.OrderBy(f => f.IsBackground)) is { } named)
            articleClaim = articleClaim is not null && Array.IndexOf(Rank, articleClaim.Responsibility) < Array.IndexOf(Rank, named.Responsibility)
                ? named with { Responsibility = articleClaim.Responsibility } : named;
        // no armed group named: a clan or tribe whose fighters did it ("fighters from the rival X clan raided the hamlets")
        if (articleClaim?.Actor is null && KinGroupAttacker(doc, facts.Where(f => !f.IsBackground)) is { } kin)
            articleClaim = articleClaim is not null && Array.IndexOf(Rank, articleClaim.Responsibility) < Array.IndexOf(Rank, kin.Responsibility)
                ? kin with { Responsibility = articleClaim.Responsibility } : kin;
        // no one else named: members of an armed group caught for it ("police captured three members of the X gang")
        if (articleClaim?.Actor is null && CaughtMembers(doc, facts.Where(f => !f.IsBackground)) is { } caught)
            articleClaim = articleClaim is not null && Array.IndexOf(Rank, articleClaim.Responsibility) < Array.IndexOf(Rank, caught.Responsibility)
                ? caught with { Responsibility = articleClaim.Responsibility } : caught;
        var reports = new List<IncidentReport>();
        var denials = facts.Where(f => f.IsBackground && !f.IsTitle).ToList();
        var waveId = wave is null ? null : $"{doc.Document.Id}~w1";
        var seriesClaim = wave is null ? null : SeriesClaim(doc, facts);
        foreach (var frame in kept)
        {
            var inWave = wave is not null && wave.Contains(frame);
            // another attack the article marks as separate ("In a separate incident, ...") is no one's the article blames
            var ownClaim = Responsibility(doc, frame.Sentences.Concat(AsideClaims(doc, facts, frame)), false);
            // the frame is told in a group's own communiqué ("a clash with our units"): the group claimed it
            if (ownClaim is not { Responsibility: "claimed", Actor: not null } && OwnForcesClaim(doc, facts, frame) is { } own) ownClaim = own;
            // one of several attacks whose own sentences say no one claimed it ("No group has claimed the grenade attack")
            // is not the one the article's claim is about, even as a member of a coordinated series
            var ownOnly = frame != kept[0] && MarkedApart(doc, frame) || (kept.Count > 1 && ownClaim?.Actor is null && SaysUnclaimed(frame));
            // an attack in another country than the one the article's claim was told of is not the claim's ("the army
            // suspects the Front" of a bombing in one country, on a page that also tells a raid in another)
            var shared = ToldAbroad(doc, kept, frame, articleClaim) ? null : articleClaim;
            // the accused's denial may be told with a later day of its own ("on 15 September, it issued a statement denying
            // its responsibility"), which makes its sentence background: it still answers the blame
            var claim = Answered(doc, denials, ownOnly ? ownClaim : inWave ? Prefer(ownClaim, waveClaim, shared) : Prefer(ownClaim, shared));
            if (inWave && seriesClaim is not null) claim = Answered(doc, denials, seriesClaim);
            reports.Add(BuildReport(doc, frame, reports.Count + 1, story, inWave ? waveId : null, claim, frames));
        }
        var waves = new List<WaveReport>();
        if (wave is not null)
        {
            var members = reports.Where(r => r.WaveId == waveId).Select(r => r.Id).ToList();
            waves.Add(new WaveReport
            {
                Id = waveId!,
                ArticleId = doc.Document.Id,
                MemberReportIds = members,
                Killed = Figures(doc, waveCasualties, CasualtyMention.Killed),
                Injured = Figures(doc, waveCasualties, CasualtyMention.Injured),
                Evidence = waveSentences.Where(s => s.HasWaveCue || s.HasTotalCue).Take(3).Select(s => doc.Document.Evidence("group", s.Sentence.Span)).ToList(),
            });
        }
        return new ArticleReading(doc.Document.Id, reports, waves);
    }

    private static readonly bool Trace = Environment.GetEnvironmentVariable("SITREP_TRACE") == "1";

    /// <summary>One line per sentence for SITREP_TRACE=1: what the extractor saw.</summary>
    private static string Describe(AnnotatedDocument doc, SentenceFacts f) =>
        $"[{f.Sentence.Index}{(f.IsTitle ? " title" : "")}{(f.IsBackground ? " bg" : "")}{(f.HasWaveCue ? " wave" : "")}{(f.IsCaption ? " caption" : "")}] " +
        $"ev={string.Join(",", f.Events.Select(e => doc.Text[e.Start..e.End] + (e.As<EventCue>().Weak ? "?" : "")))} " +
        $"cas={string.Join(",", f.Casualties.Select(c => $"{c.Kind}:{c.Value}"))} " +
        $"tg={string.Join(",", f.Targets.Select(t => doc.Text[t.Start..t.End] + ":" + t.As<string>()))} " +
        $"at={string.Join(",", f.EventPlaces.Select(p => p.Place.Name))} other={string.Join(",", f.OtherPlaces.Select(p => p.Place.Name))} loc={string.Join(",", f.LocativeCountries.Select(p => p.Place.Name))} " +
        $"dl={f.Dateline?.Place.Name} d={string.Join(",", f.Dates.Select(d => (d.Since ? "since " : "") + d.Value))} " +
        $"actors={string.Join(",", f.Actors.Select(a => a.As<Actor>().Canonical))} claims={string.Join(",", f.Claims.Select(c => doc.Text[c.Start..c.End] + ":" + c.As<string>()))} " +
        $"| {doc.Text[f.Sentence.Start..Math.Min(f.Sentence.End, f.Sentence.Start + 90)]}";

    // ---- facts ---------------------------------------------------------------------------------------------

    /// <summary>
    /// Only a division noun (function_words.tsv kind place_noun: district, province) and "of" stand between the town and
    /// the place after it: "the Akcakale district of Sanliurfa" names the district by its town.
    /// </summary>
    private bool DivisionOf(AnnotatedDocument doc, PlaceMention town, PlaceMention province)
    {
        var w = doc.WordAt(town.End);
        return w + 2 < doc.Words.Count && doc.Words[w].Start >= town.End && _placeNouns.Contains(doc.Words[w].Key)
               && doc.Words[w + 1].Key == "of" && doc.Words[w + 2].Start == province.Start;
    }

    /// <summary>
    /// "X of the city of Y", "X of Y district": "of", at most one article, a place noun (function_words.tsv kind
    /// place_noun) and "of" (or the noun after the name) join the smaller place to the larger one it lies in.
    /// </summary>
    private bool InsideOf(AnnotatedDocument doc, PlaceMention inner, PlaceMention outer)
    {
        var w = doc.WordAt(inner.End);
        if (w >= doc.Words.Count || doc.Words[w].Start < inner.End || doc.Words[w].Key != "of") return false;
        w++;
        if (w < doc.Words.Count && doc.Words[w].Key is "the" or "a") w++;
        return w + 2 < doc.Words.Count && _placeNouns.Contains(doc.Words[w].Key) && doc.Words[w + 1].Key == "of"
               && doc.Words[w + 2].Start == outer.Start;
    }

    /// <summary>How far down a web page its headline may come, after the site's name and menu lines it kept.</summary>
    private const int HeadlineSentences = 6;

    /// <summary>
    /// The index of the sentence that is the article's headline: the first of its opening sentences that repeats the
    /// title ("SITE NAME / Home | World / Title"), not only a first sentence; -1 when none does.
    /// </summary>
    private static int TitleIndex(AnnotatedDocument doc)
    {
        if (Sources.Headline.Of(doc.Document.Article.Title) is not { } headline) return -1;
        foreach (var s in doc.Sentences.Take(HeadlineSentences))
            if (string.Equals(s.Of(doc.Text).Trim(), headline, StringComparison.OrdinalIgnoreCase)) return s.Index;
        return -1;
    }

    private SentenceFacts Gather(AnnotatedDocument doc, Sentence s)
    {
        var span = s.Span;
        var isTitle = s.Index == TitleIndex(doc);
        var places = doc.PlacesIn(span).ToList();
        var eventPlaces = new List<PlaceMention>();
        var others = new List<PlaceMention>();
        var asides = new List<PlaceMention>();
        var carePlaces = new List<PlaceMention>();
        var countries = new List<PlaceMention>();
        var roadEnds = new List<PlaceMention>();
        PlaceMention? dateline = null;
        PlaceMention? previousLocative = null;
        foreach (var p in places)
        {
            if (p.IsDemonym) { others.Add(p); continue; }
            if (NamesStreet(doc, p)) continue; // "Beale Street" is no town called Beale
            if (NamesLandform(doc, p)) continue; // "the Fergus Valley" is no town called Fergus
            if (InPeerTitle(doc, p)) continue; // "Lord Roe of X" is a person's title, no place of the news
            if (PlaceAgreement.NamesCounty(doc, p)) { others.Add(p); continue; } // "in Riverside County": the county, not its namesake town
            if (IsDateline(doc, s, p)) { dateline = p; continue; }
            // "blamed the militia, whose positions lie near X": where the attackers are, not where the attack was
            if (DescribesGroupOrRoad(doc, s, p)) { others.Add(p); asides.Add(p); continue; }
            var written = IsLocative(doc, s, p, previousLocative, out var origin, out var alongRoad, out var cared);
            // "flown to X", "died at the hospital in X": where the wounded were cared for, never the article's home either;
            // also a town the sentence does not write as a locative ("transferred to the provincial hospital of X")
            cared = cared || CarePlace(doc, s, p);
            // "a figure nobody in X believes": where some people are, no scene and never the article's home
            // "the ministry in X did not answer": where an office sits, no scene
            var peoples = PeoplesPlace(doc, s, p);
            var seat = SeatOfOffice(doc, s, p);
            var locative = written && !SpeakersPlace(doc, s, p) && !cared && !peoples && !seat
                           || HeadsListItem(doc, s, p) || HeadsNumberedPlaceLine(doc, s, p) || isTitle && NamesAttackAfter(doc, p);
            if (origin || cared || peoples || DistanceReference(doc, s, p)) asides.Add(p);
            if (cared) carePlaces.Add(p);
            if (locative && alongRoad) roadEnds.Add(p);
            if (locative && p.Place.Kind != PlaceKind.Country) { eventPlaces.Add(p); previousLocative = p; }
            else
            {
                others.Add(p);
                if (!locative) continue;
                previousLocative = p;
                if (p.Place.Kind == PlaceKind.Country) countries.Add(p);
            }
        }
        // "rockets struck the X district of Y": the town named as the district is the scene, the province after it only
        // says where that lies
        foreach (var q in eventPlaces.ToList())
            if (others.FirstOrDefault(p => p.End < q.Start && !p.IsDemonym && p.Place.Kind == PlaceKind.City && p.Place.CountryCode == q.Place.CountryCode
                                           && DivisionOf(doc, p, q)) is { } town)
            { eventPlaces[eventPlaces.IndexOf(q)] = town; others.Remove(town); others.Add(q); }
        // "shells hit the village of X of the city of Y": X lies inside Y, and the smaller place is the scene
        foreach (var outer in eventPlaces.ToList())
            if (eventPlaces.Any(p => p != outer && p.End < outer.Start && p.Place.Kind == PlaceKind.City && InsideOf(doc, p, outer)))
            { eventPlaces.Remove(outer); others.Add(outer); }
        // "was kidnapped in Bolivia, according to relatives in Quito": where the sentence first says the country
        // it happened in, a town of another country after it is where someone spoke or came from, not the scene
        if (countries.Count > 0)
            foreach (var p in eventPlaces.Where(p => countries[0].End <= p.Start && countries.All(c => c.Place.CountryCode != p.Place.CountryCode)).ToList())
            { eventPlaces.Remove(p); others.Add(p); }
        // "Apatzingán: gunmen fired on a patrol on the road out of the city towards X": where a road leads is no scene
        // beside a scene of the sentence's own (alone, "ambushed on the highway to X", it is the nearest place there is)
        if (eventPlaces.Any(p => !roadEnds.Contains(p)))
            foreach (var p in eventPlaces.Where(roadEnds.Contains).ToList()) { eventPlaces.Remove(p); others.Add(p); asides.Add(p); }
        var waves = doc.CuesIn(span, CueKind.Wave).ToList();
        // "An earlier version of this article said that five were killed": a correction's withdrawn figure is no report
        // "died in his sleep at the age of 84": a death of age or illness is no victim of an attack
        var withdrawn = Withdraws(doc, span) || TellsNaturalDeath(doc, span);
        var casualties = withdrawn ? [] : _casualties.Recognize(doc, s, headline: isTitle);
        if (casualties.Count > 0 && TableRowLabel(doc, s, others) is { } label) { others.Remove(label); eventPlaces.Add(label); }
        var tableTotal = casualties.Count > 0 && _casualties.IsTotalRow(doc, s);
        // "the other side said soldiers opened fire first on its post near X": X is where the accuser says it was provoked,
        // no scene of the attack the article tells
        if (BackgroundCues(doc, span).Any(b => CounterAccusesWithoutHarm(b, casualties))) { others.AddRange(eventPlaces); eventPlaces.Clear(); }
        // "a lawyer who had run the office since 2019": a date in an aside about someone dates them, not the sentence
        var dates = doc.DatesIn(span).Where(d => !InDescriptiveClause(doc, s, d, casualties)).ToList();
        // "More than 700 people were killed in the country in July": a month's or a year's toll over a whole country
        // (no town, no day) is a period's, never one attack's
        // so is a toll over a year with no place of its own ("By the end of 1972, 496 had been killed"), but not a year
        // written as its attack's own ("convicted of the 2005 murder of a deputy")
        var periodToll = eventPlaces.Count == 0 && dates.Count > 0
                         && (countries.Count > 0 ? dates.All(d => d.Precision != "day") : dates.All(d => d.Precision == "year" && !NamesItsAttack(doc, d, weakToo: true)))
                         && casualties.Any(c => c.Value > 0)
                         || CountsOverPeriod(doc, span) && casualties.Any(c => c.Value > 0);
        return new SentenceFacts
        {
            Sentence = s,
            IsTitle = isTitle,
            IsCaption = doc.CuesIn(span, CueKind.Caption).Any(),
            Events = doc.CuesIn(span, CueKind.Event).Select(e => DoneByAttackers(doc, s, e) || DoneWithWeapon(doc, s, e) || BeganAsAttack(doc, s, e) || DatedAttack(doc, s, e) || ClaimedAttack(doc, s, e) ? e with { Value = e.As<EventCue>() with { Weak = false } }
                : MadeByAttackers(doc, s, e) ? e with { Value = e.As<EventCue>() with { Weak = false, Act = true } } : e).Concat(KindledFires(doc, s)).ToList(),
            Casualties = casualties,
            CountsDeadAndHurt = !withdrawn && _casualties.CountsDeadAndHurt(doc, s),
            EventPlaces = eventPlaces,
            Dateline = dateline,
            OtherPlaces = others,
            Asides = asides,
            RoadEnds = roadEnds,
            CarePlaces = carePlaces,
            LocativeCountries = [.. countries, .. SceneByCountryOnly(doc, s, others)],
            Dates = dates,
            HasWaveCue = waves.Any(w => w.As<string>() == "wave") || CountsStruckPlaces(doc, s) is not null,
            HasTotalCue = waves.Any(w => w.As<string>() == "total") || tableTotal,
            IsTableTotal = tableTotal,
            OpensSeparately = OpensSeparately(doc, s),
            // "has the gang claimed the attacks?": a question claims nothing and blames no one
            Claims = Asks(doc, s) ? [] : doc.CuesIn(span, CueKind.Claim).ToList(),
            Actors = doc.CuesIn(span, CueKind.Actor).Where(a => !DescribesAnother(doc, a)).ToList(),
            Targets = doc.CuesIn(span, CueKind.Target).ToList(),
            Source = SourceOf(doc, s),
            ClauseSources = ClauseSources(doc, s),
            IsBackground = periodToll || TellsHabit(doc, span, casualties, dates) || BackgroundCues(doc, span).Any(b => (b.As<string>() is "aggregate" or "past" or "past_after" or "future" || StoppedWithoutHarm(b, casualties)) && !DescribesWave(doc, b) && !PlannedAndDoneBy(doc, b) && !SpansHours(doc, b)),
        };
    }

    /// <summary>Most words between an attack word and the count of places it struck ("attacks on two", "raided the two").</summary>
    private const int MaxStruckCountGap = 2;

    /// <summary>Most describing words between a count and the settlements it counts ("two farming villages").</summary>
    private const int MaxStruckNounGap = 2;

    /// <summary>
    /// "armed men attacked two villages", "the attacks on three farming hamlets", "raids on both villages": an attack
    /// word, a count of two or more (or "both") within a few words after it, and a plural noun of settlements
    /// (function_words.tsv kind struck_place) a few words after the count tell one series of attacks at several places,
    /// as a word of a wave would. Returns the end of the settlement noun, or null.
    /// </summary>
    private int? CountsStruckPlaces(AnnotatedDocument doc, Sentence s)
    {
        var words = doc.Words;
        var last = doc.WordAt(s.End) - 1;
        foreach (var e in doc.CuesIn(s.Span, CueKind.Event))
        {
            if (e.As<EventCue>() is not { Vehicle: false } cue || !(cue.Assault || cue.Act || cue.EventType != "other")) continue;
            for (var w = e.LastWord + 1; w <= last && w - e.LastWord - 1 <= MaxStruckCountGap; w++)
            {
                if (words[w].Key is "," or ";" or "." or "and") break;
                var count = words[w].Key == "both" ? w
                    : doc.NumbersIn(new TextSpan(words[w].Start, words[w].End)).FirstOrDefault(n => n.Start == words[w].Start && n.Value >= 2) is { } n ? doc.WordAt(n.End) - 1 : -1;
                if (count < 0) continue;
                for (var noun = count + 1; noun <= last && noun - count - 1 <= MaxStruckNounGap; noun++)
                {
                    if (_struckPlaces.Contains(words[noun].Key)) return words[noun].End;
                    if (words[noun].Key is "," or ";" or "." or "and" or "of") break;
                }
                break;
            }
        }
        return null;
    }

    /// <summary>
    /// Scenes a sentence names only by their country: a country's demonym before a kind of settlement that has no name
    /// of its own, written where the attack was ("in a Kenyan border town", "militants attacked a Chadian village"),
    /// or the country written as "the country" or "the nation" where the attack was ("in the north of the country",
    /// "near the country's capital") when the article names that one country alone (by name or people). Each is the
    /// country, the coarsest honest place of a report that names no finer one.
    /// </summary>
    private IEnumerable<PlaceMention> SceneByCountryOnly(AnnotatedDocument doc, Sentence s, List<PlaceMention> others)
    {
        var words = doc.Words;
        var end = doc.WordAt(s.End); // the first word after the sentence
        foreach (var p in others.Where(p => p.IsDemonym && p.Place.Kind == PlaceKind.Country))
        {
            var before = doc.WordAt(p.Start) - 1;
            if (before < 0 || words[before].Key is not ("a" or "an")) continue; // "the Syrian town of X" names its town
            // up to two plain words ("border", "remote") between the people's name and the settlement noun
            var w = doc.WordAt(p.End);
            for (var plain = 0; w < end && plain < 2 && !_settlementNouns.Contains(words[w].Key) && char.IsLower(doc.Text[words[w].Start]); w++, plain++) { }
            if (w >= end || !_settlementNouns.Contains(words[w].Key)) continue;
            if (w + 1 < end && (words[w + 1].Key == "of" || char.IsUpper(doc.Text[words[w + 1].Start]))) continue; // "a Kenyan town of X", "a Kenyan town Y"
            // the whole phrase is the place ("a Malian border village"), written as the scene as a town's name would be
            var scene = new PlaceMention(p.Start, words[w].End, doc.Text[p.Start..words[w].End], p.Place);
            if (IsLocative(doc, s, scene, null, out var origin, out _, out _) && !origin) yield return scene;
        }
        // "the country": the one country the article names
        var codes = doc.Places.Select(p => p.Place.CountryCode).Distinct().ToList();
        if (codes.Count != 1 || doc.Places.FirstOrDefault(p => p.Place.Kind == PlaceKind.Country) is not { } country) yield break;
        for (var w = doc.WordAt(s.Start) + 1; w < end; w++)
        {
            var key = words[w].Key;
            if (key.EndsWith("'s", StringComparison.Ordinal) || key.EndsWith("\u2019s", StringComparison.Ordinal)) key = key[..^2];
            if (key is not ("country" or "nation") || words[w - 1].Key != "the") continue;
            var mention = new PlaceMention(words[w - 1].Start, words[w].End, doc.Text[words[w - 1].Start..words[w].End], country.Place);
            if (IsLocative(doc, s, mention, null, out var origin, out _, out _) && !origin) { yield return mention; yield break; }
        }
    }

    /// <summary>
    /// A word of plans ("planned", background.tsv kind future) after an article and before a wave's words ("was part of a
    /// planned wave of bombings that also hit X"), or joined by "and" to a wave's word ("the two attacks were planned and
    /// coordinated by the same hands"), says how the attacks that happened were made, not that they were planned.
    /// </summary>
    private static bool DescribesWave(AnnotatedDocument doc, Cue cue)
    {
        if (cue.As<string>() != "future" || cue.FirstWord != cue.LastWord || cue.FirstWord == 0) return false;
        var next = cue.LastWord + 1;
        if (next + 1 < doc.Words.Count && doc.Words[next].Key == "and") next++;
        else if (doc.Words[cue.FirstWord - 1].Key is not ("a" or "an" or "the")) return false;
        return next < doc.Words.Count
               && doc.CuesIn(new TextSpan(doc.Words[next].Start, doc.Words[next].End), CueKind.Wave).Any(w => w.FirstWord == next && w.As<string>() == "wave");
    }

    /// <summary>
    /// A word of plans (background.tsv kind future) joined by "and" to a cue of responsibility (claims.tsv) says who
    /// made an attack that happened, not that one was planned: "the raid was planned and carried out by the X Front".
    /// </summary>
    private static bool PlannedAndDoneBy(AnnotatedDocument doc, Cue cue)
    {
        if (cue.As<string>() != "future" || cue.FirstWord != cue.LastWord) return false;
        var next = cue.LastWord + 2;
        return next < doc.Words.Count && doc.Words[next - 1].Key == "and"
               && doc.CuesIn(new TextSpan(doc.Words[next].Start, doc.Words[next].End), CueKind.Claim).Any(c => c.FirstWord == next);
    }

    /// <summary>
    /// A weak attack noun (events.tsv flag assault: "attack", "raid") that a day names as its own, right before it
    /// ("last Friday's attack on the market", "the 3 May raid"), tells an attack that took place on that day.
    /// </summary>
    private static bool DatedAttack(AnnotatedDocument doc, Sentence s, Cue e) =>
        e.As<EventCue>() is { Weak: true, Act: false, Vehicle: false } cue && (cue.Assault || cue.EventType == "armed_assault")
        && doc.DatesIn(s.Span).Any(d => d.Precision == "day" && !d.Since && d.End <= e.Start && e.Start - d.End <= 4);

    /// <summary>Most words between a claim's "for" and the attack noun it claims: "for Wednesday evening's attack".</summary>
    private const int MaxClaimedAttackGap = 3;

    /// <summary>
    /// A weak attack noun (events.tsv flag assault: "attack", "raid") that a group's own claim (claims.tsv claimed) takes
    /// responsibility for tells an attack done, as the group says it did it: "the Front took the responsibility for the
    /// attack on the convoy near X", "a cell claimed responsibility for Monday's raid". The noun follows the claim's "for"
    /// within a few words, no comma between.
    /// </summary>
    private static bool ClaimedAttack(AnnotatedDocument doc, Sentence s, Cue e)
    {
        if (e.As<EventCue>() is not { Weak: true, Act: false, Vehicle: false } cue || !(cue.Assault || cue.EventType == "armed_assault")) return false;
        var first = doc.WordAt(s.Start);
        for (var w = e.FirstWord - 1; w >= first && e.FirstWord - w <= MaxClaimedAttackGap + 1; w--)
        {
            var key = doc.Words[w].Key;
            if (key is "," or ";" or ":" or "." or "(" or ")") return false;
            if (key != "for") continue;
            return doc.CuesIn(s.Span, CueKind.Claim).Any(c => c.LastWord == w - 1 && c.As<string>() == "claimed");
        }
        return false;
    }

    /// <summary>
    /// A verb of an attack done (events.tsv flag act) with attackers as its doer tells an attack: "guerrillas attacked a
    /// house", "gunmen on Monday stormed", "an armed group raided", "the post was attacked by rebels", "the mujahideen
    /// fighters attacked" (persons.tsv perpetrator or combatant nouns, or a named armed group), or a group's own
    /// fighters in its own words ("our units sabotaged the power lines", <see cref="OwnFighters"/>). Without them
    /// ("critics attacked the plan", "police raided a flat") it stays weak.
    /// </summary>
    private bool DoneByAttackers(AnnotatedDocument doc, Sentence s, Cue e)
    {
        if (e.As<EventCue>() is not { Weak: true, Act: true }) return false;
        var first = doc.WordAt(s.Start);
        bool Attackers(int w) => PersonNouns.Default.IsAttacker(doc.Words[w].Key) || OwnFighters(doc, w) || PairedAttackers(doc, w, first)
                                 || doc.CuesIn(new TextSpan(doc.Words[w].Start, doc.Words[w].End), CueKind.Actor).Any(a => a.LastWord == w && a.As<Actor>().Type != "other");
        var next = e.LastWord + 1;
        var end = next >= doc.Words.Count || doc.Words[next].Start >= s.End;
        var passive = !end && doc.Words[next].Key == "by";
        // the doers stand before a verb that goes on to its object: "the guerrillas killed by troops", "the number of
        // guerrillas killed in the area" were not the doers
        var goesOn = !end && !passive && !_locative.Contains(doc.Words[next].Key) && char.IsLetterOrDigit(doc.Text[doc.Words[next].Start]);
        for (var w = e.FirstWord - 1; goesOn && w >= first && w >= e.FirstWord - 4; w--)
        {
            // "clashes between troops and rebels since Monday have killed 30": a toll over days, not the rebels' attack
            if (doc.Words[w].Key is "," or ";" or ":" or "that" or "who" or "which" or "and" or "against" or "on" or "by" or "since") break;
            if (Attackers(w)) return true;
        }
        if (passive)
            for (var w = next + 1; w < doc.Words.Count && doc.Words[w].Start < s.End && w <= next + 4; w++)
            {
                if (doc.Words[w].Key is "," or ";" or "and") break;
                if (Attackers(w)) return true;
            }
        return false;
    }

    /// <summary>Most words between "with" and the weapon it brings in: "with a long machete".</summary>
    private const int MaxWithWeaponWords = 3;

    /// <summary>
    /// A verb of an attack done (events.tsv flag act) whose object is followed in the same clause by "with" and a weapon
    /// tells an attack, whoever the doer: "a man attacked his neighbours with a machete", "a youth attacked two guards
    /// with a knife". Without a weapon ("critics attacked the plan with harsh words") it stays weak.
    /// </summary>
    private static bool DoneWithWeapon(AnnotatedDocument doc, Sentence s, Cue e)
    {
        if (e.As<EventCue>() is not { Weak: true, Act: true, Vehicle: false }) return false;
        var words = doc.Words;
        for (var w = e.LastWord + 1; w < words.Count && words[w].Start < s.End && w - e.LastWord <= MaxObjectWords + 1; w++)
        {
            if (words[w].Key is "," or ";" or ":" or "." or "and") return false;
            if (words[w].Key != "with") continue;
            var from = words[w].End;
            var to = words[Math.Min(words.Count - 1, w + MaxWithWeaponWords)].End;
            return doc.CuesIn(new TextSpan(from, Math.Min(to, s.End)), CueKind.Event)
                .Any(c => c.As<EventCue>() is { Vehicle: false } weapon && weapon.Weapons.Count > 0);
        }
        return false;
    }

    /// <summary>
    /// A weak attack noun (events.tsv flag assault: "attack", "assault") followed by "by" and its attackers tells an attack
    /// done, as the verb would: "an attack by militants on a post near X was repelled on Monday", "the assault by armed
    /// men on the convoy". Not the object of a noun or of a preposition of purpose ("fears of an attack by rebels",
    /// "plans for an assault by the group", "warned against an attack by gunmen").
    /// </summary>
    private bool MadeByAttackers(AnnotatedDocument doc, Sentence s, Cue e)
    {
        if (e.As<EventCue>() is not { Weak: true, Act: false, Vehicle: false, Assault: true }) return false;
        var first = doc.WordAt(s.Start);
        for (var w = e.FirstWord - 1; w >= first && e.FirstWord - w <= 3; w--)
            if (doc.Words[w].Key is "of" or "for" or "to" or "against") return false;
        var by = e.LastWord + 1;
        if (by >= doc.Words.Count || doc.Words[by].Start >= s.End || doc.Words[by].Key != "by") return false;
        for (var w = by + 1; w < doc.Words.Count && doc.Words[w].Start < s.End && w <= by + 4; w++)
        {
            if (doc.Words[w].Key is "," or ";" or "and" or "on" or "in" or "at") break;
            if (PersonNouns.Default.IsAttacker(doc.Words[w].Key) || PairedAttackers(doc, w, by + 1)
                || doc.CuesIn(new TextSpan(doc.Words[w].Start, doc.Words[w].End), CueKind.Actor).Any(a => a.LastWord == w && a.As<Actor>().Type != "other"))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The word ends a two-word noun of persons.tsv for the attackers, its modifier right before it: "armed men stormed
    /// a hotel", "masked men attacked a shop" ("men" alone names no attackers: "the men attacked the plan").
    /// </summary>
    private static bool PairedAttackers(AnnotatedDocument doc, int w, int first) =>
        w > first && PersonNouns.Default.IsAttacker(doc.Words[w - 1].Key + " " + doc.Words[w].Key);

    /// <summary>
    /// The word is a group's word for its own fighters after "our" (function_words.tsv kind own_force): "our units",
    /// "our commandos", as a communiqué writes its attackers.
    /// </summary>
    private bool OwnFighters(AnnotatedDocument doc, int w) =>
        w > 0 && doc.Words[w - 1].Key == "our" && _ownForces.Contains(doc.Words[w].Key);

    /// <summary>
    /// A sentence that tells the day's news and, in a clause of its own, an earlier attack (background.tsv kind
    /// past_after) is read as two: the news, and the background clause. The clause follows a comma ("gunmen killed 12
    /// soldiers in X on Monday, days after a bomb killed five in Y", "..., two weeks after ...") or opens the sentence up to its first comma, after at most words
    /// of measure (function_words.tsv kind clause_lead: "Two weeks after the first attack, a second bombing hit Y"). Both keep the sentence's index; a headline stays whole.
    /// </summary>
    private IEnumerable<Sentence> Clauses(AnnotatedDocument doc, Sentence s)
    {
        if (s.Index == 0) return [s];
        var first = doc.WordAt(s.Start);
        foreach (var cue in BackgroundCues(doc, s.Span).Where(b => b.As<string>() == "past_after"))
        {
            // the comma may stand before words of measure: "..., five days after local sources reported the attack"
            var comma = cue.FirstWord - 1;
            while (comma > first && _clauseLeads.Contains(doc.Words[comma].Key)) comma--;
            if (comma > first && doc.Words[comma].Key == ",")
                return [s with { End = doc.Words[comma].Start }, s with { Start = doc.Words[comma + 1].Start }];
            var lead = first;
            while (lead < cue.FirstWord && _clauseLeads.Contains(doc.Words[lead].Key)) lead++;
            if (lead != cue.FirstWord) continue;
            for (var w = cue.LastWord + 1; w < doc.Words.Count && doc.Words[w].Start < s.End; w++)
                if (doc.Words[w].Key == ",")
                    return w + 1 < doc.Words.Count && doc.Words[w + 1].Start < s.End
                        ? [s with { End = doc.Words[w].Start }, s with { Start = doc.Words[w + 1].Start }]
                        : [s];
        }
        return [s];
    }

    /// <summary>
    /// A weak attack noun (events.tsv flag assault: "attack", "assault", "raid") right before a start verb
    /// (function_words.tsv kind start_verb), with at most one word between, tells an attack that took place: "the
    /// second assault began at dawn at the depot", "the raid started shortly after midnight". "Critics attacked the
    /// plan" has no such verb.
    /// </summary>
    private bool BeganAsAttack(AnnotatedDocument doc, Sentence s, Cue e)
    {
        if (e.As<EventCue>() is not { Weak: true, Act: false, Vehicle: false } cue || !(cue.Assault || cue.EventType == "armed_assault")) return false;
        for (var w = e.LastWord + 1; w < doc.Words.Count && doc.Words[w].Start < s.End && w <= e.LastWord + 2; w++)
            if (_startVerbs.Contains(doc.Words[w].Key)) return true;
        return false;
    }

    /// <summary>Most words between a fire noun's relative word and the person who started it: "the fire that a 41-year-old man started".</summary>
    private const int KindlerReach = 3;

    /// <summary>
    /// A fire a person started is arson, an attack (`other`, weapon fire): a fire noun (function_words.tsv kind
    /// fire_noun) with a verb of starting or setting it (kind kindle_verb) whose doer is a person (persons.tsv), in a
    /// relative clause ("the fire that a man started", "the blaze which the suspect set") or after "by" ("a blaze set by
    /// a man", "the fire started by a woman"). A fire alone ("a fire broke out"), or one started by a thing ("a fire
    /// started by a short circuit"), tells no attack.
    /// </summary>
    private IEnumerable<Cue> KindledFires(AnnotatedDocument doc, Sentence s)
    {
        var words = doc.Words;
        var end = doc.WordAt(s.End);
        for (var w = doc.WordAt(s.Start); w + 2 < end && w + 2 < words.Count; w++)
        {
            if (!_fireNouns.Contains(words[w].Key)) continue;
            var verb = KindlerAfterRelative(doc, w + 1, end) ?? KindledByPerson(doc, w + 1, end);
            if (verb is { } v)
                yield return new Cue(CueKind.Event, words[w].Start, words[v].End, new EventCue("other", ["fire"], Suicide: false, Weak: false, Vehicle: false), w, v);
        }
    }

    /// <summary>"that a man started": a relative word, a person within <see cref="KindlerReach"/> words and the kindling verb right after; the verb's word, or null.</summary>
    private int? KindlerAfterRelative(AnnotatedDocument doc, int relative, int end)
    {
        var words = doc.Words;
        if (words[relative].Key is not ("that" or "which")) return null;
        for (var w = relative + 1; w + 1 < end && w <= relative + KindlerReach; w++)
            if (Person(words[w].Key) && _kindleVerbs.Contains(words[w + 1].Key)) return w + 1;
        return null;
    }

    /// <summary>"set by a man": the kindling verb, "by" and a person within <see cref="KindlerReach"/> words; the verb's word, or null.</summary>
    private int? KindledByPerson(AnnotatedDocument doc, int verb, int end)
    {
        var words = doc.Words;
        if (!_kindleVerbs.Contains(words[verb].Key) || verb + 1 >= end || words[verb + 1].Key != "by") return null;
        for (var w = verb + 2; w < end && w <= verb + 1 + KindlerReach; w++)
            if (Person(words[w].Key)) return verb;
        return null;
    }

    /// <summary>A noun of persons.tsv: a victim's ("man", "woman") or an attacker's ("arsonist", "gunman").</summary>
    private static bool Person(string key) => PersonNouns.Default.IsVictim(key) || PersonNouns.Default.IsAttacker(key);

    /// <summary>The actor's name describes another group: "the al-Qaeda-linked group", "an IS-inspired cell" (function_words.tsv kind actor_modifier).</summary>
    private bool DescribesAnother(AnnotatedDocument doc, Cue actor)
    {
        var next = actor.LastWord + 1;
        return next < doc.Words.Count && doc.Words[next].Start - actor.End <= 1 && _actorModifiers.Contains(doc.Words[next].Key);
    }

    /// <summary>Most capitalised words of a name between a title of nobility and its "of": "Lord Jan Roe of X".</summary>
    private const int PeerNameReach = 2;

    /// <summary>
    /// The place is the territorial part of a title of nobility (function_words.tsv kind peer_title), right after its
    /// "of": "Lord Roe of X denied it", "the Baroness Doe of X", "the Duke of X". It names a person, not a place where
    /// anything happened.
    /// </summary>
    private bool InPeerTitle(AnnotatedDocument doc, PlaceMention p)
    {
        var of = doc.WordAt(p.Start) - 1;
        if (of < 1 || doc.Words[of].Key != "of" || doc.AllCaps) return false;
        for (var w = of - 1; w >= 0 && of - w <= PeerNameReach + 1; w--)
        {
            if (!char.IsUpper(doc.Text[doc.Words[w].Start])) return false;
            if (_peerTitles.Contains(doc.Words[w].Key)) return true;
        }
        return false;
    }

    private bool NamesStreet(AnnotatedDocument doc, PlaceMention p)
    {
        var next = doc.WordAt(p.End);
        return next < doc.Words.Count && doc.Words[next].Start - p.End <= 1 && _lexicons.StreetWords.Contains(doc.Words[next].Key)
               && char.IsUpper(doc.Text[doc.Words[next].Start]);
    }

    /// <summary>A headline's place right before its attack word ("X shelling: toll rises", "X bombing"): the attack's scene.</summary>
    private static bool NamesAttackAfter(AnnotatedDocument doc, PlaceMention p)
    {
        var next = doc.WordAt(p.End);
        if (next >= doc.Words.Count || doc.Words[next].Start - p.End != 1) return false;
        var start = doc.Words[next].Start;
        return doc.CuesIn(new TextSpan(start, doc.Words[next].End), CueKind.Event)
            .Any(e => e.Start == start && e.As<EventCue>() is { Weak: false, Vehicle: false });
    }

    /// <summary>
    /// The town's name begins a landform's ("in the X Valley"; function_words.tsv kind landform_noun, capitalised): the
    /// region around it, not the town.
    /// </summary>
    private bool NamesLandform(AnnotatedDocument doc, PlaceMention p)
    {
        var next = doc.WordAt(p.End);
        return next < doc.Words.Count && doc.Words[next].Start - p.End <= 1 && _landformNouns.Contains(doc.Words[next].Key)
               && char.IsUpper(doc.Text[doc.Words[next].Start]);
    }

    /// <summary>
    /// The place heads an item of a list: only a bullet or a dash stands before it in the sentence, and a colon right
    /// after it ("• Riverton: gunmen burned a bus ...", "- Elmwood: a bomb went off ..."). It is the item's scene.
    /// </summary>
    private static bool HeadsListItem(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        if (p.Start <= s.Start || p.Start > doc.Text.Length) return false;
        var lead = doc.Text.AsSpan(s.Start, p.Start - s.Start).Trim();
        if (lead.Length == 0 || lead.Length > 2) return false;
        foreach (var c in lead)
            if (c is not ('\u2022' or '\u25AA' or '\u25CF' or '\u2023' or '\u25E6' or '\u00B7' or '*' or '-' or '\u2013' or '\u2014')) return false;
        var rest = doc.Text.AsSpan(p.End, Math.Min(4, doc.Text.Length - p.End)).TrimStart(' ');
        return rest.Length > 0 && rest[0] == ':';
    }

    /// <summary>
    /// The place a pipe table's row of victims is labelled by: the first town in its first cell ("| Riverton (Hill
    /// district) | 2 | 5 |" under "| Site | Killed | Wounded |": Riverton). It is the scene of the row's figures, as the
    /// place heading a list item is.
    /// </summary>
    private static PlaceMention? TableRowLabel(AnnotatedDocument doc, Sentence s, List<PlaceMention> others)
    {
        var cells = PipeTable.CellsAt(doc.Text, s.Start);
        if (cells.Count == 0) return null;
        var label = others.FirstOrDefault(p => !p.IsDemonym && p.Start >= cells[0].Start && p.End <= cells[0].End);
        return label is null || label.Place.Kind == PlaceKind.Country ? null : label;
    }

    /// <summary>Most words after the town of a numbered item's place line (", Batken district.": a settlement noun, a comma, a division's name and noun, the stop).</summary>
    private const int MaxPlaceLineWords = 6;

    /// <summary>
    /// The place heads a numbered item of a list as a sentence of its own that names only where the item happened: the
    /// item's number alone before it on its line, then the town, perhaps a settlement noun (function_words.tsv kind
    /// settlement_noun) and, after a comma, the division it lies in (names and a division's or place's noun), and the stop ("2. Elmwood village, Hill district.
    /// Mortar bombs hit the village at dawn"). It is the item's scene, as "in Elmwood" would be.
    /// </summary>
    private bool HeadsNumberedPlaceLine(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var text = doc.Text;
        var line = p.Start;
        while (line > 0 && text[line - 1] is not ('\n' or '\r')) line--;
        if (!IsListNumber(text.AsSpan(line, p.Start - line).Trim())) return false;
        var words = doc.Words;
        var w = doc.WordAt(p.End);
        var last = doc.WordAt(s.End) - 1;
        if (last < w || last - w + 1 > MaxPlaceLineWords || words[last].Key != ".") return false;
        if (_settlementNouns.Contains(words[w].Key) && !char.IsUpper(text[words[w].Start])) w++;
        if (w == last) return true;
        if (words[w].Key != ",") return false;
        // the division it lies in: capitalised names and a division's noun ("Hill district", "North Province")
        for (var k = w + 1; k < last; k++)
            if (!char.IsUpper(text[words[k].Start]) && !_divisionNouns.Contains(words[k].Key) && !_placeNouns.Contains(words[k].Key)) return false;
        return w + 1 < last;
    }

    /// <summary>An item's number as a list writes it: one or two digits and a stop or a bracket ("2.", "10)").</summary>
    private static bool IsListNumber(ReadOnlySpan<char> lead) =>
        lead.Length is 2 or 3 && lead[^1] is '.' or ')' && lead[..^1].IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>
    /// The place opening the sentence is its dateline, where the report was filed, not a scene: the name alone, or
    /// followed by a colon, a bracket or a dash ("KABUL (Reuters) -", "Kabul - "), or a name in capitals and a comma
    /// ("SANTIAGO, 29 MAR 89"), or a name in any case whose comma opens a dateline's tail (<see cref="DatelineTail"/>:
    /// "Tunis, 13 May 2026 (TPD) -", "La Paz, Bolivia (Wire) -").
    /// </summary>
    private static bool IsDateline(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        if (p.Start != s.Start) return false;
        var rest = doc.Text.AsSpan(p.End, Math.Min(12, doc.Text.Length - p.End)).TrimStart(' ');
        if (rest.Length == 0) return true;
        if (rest[0] is ':' or '(' or '\u2014' or '\u2013' or '-') return true;
        return rest[0] == ',' && (p.Surface.All(c => !char.IsLetter(c) || char.IsUpper(c)) || DatelineTail(doc.Text, p.End));
    }

    /// <summary>Most characters from a dateline's place to the dash that ends it ("Harare, Zimbabwe, 14 September 2026 (XNA) -").</summary>
    private const int DatelineTailLength = 64;

    /// <summary>
    /// The text after a place's name is the rest of a dateline, on one line: a country or region, a date, an agency in
    /// brackets, in any order, then a dash with a space after it (", Bolivia (Wire) -", ", 4 March (XNA) —",
    /// ", Jan. 4, 2026 (AP) --"). Only capitalised words, numbers, commas, periods and bracketed words may stand before
    /// the dash: a lower-case word ("Kabul, the capital, was ...") is a sentence going on.
    /// </summary>
    private static bool DatelineTail(string text, int from)
    {
        var end = Math.Min(text.Length, from + DatelineTailLength);
        for (var i = from; i < end;)
        {
            var c = text[i];
            if (c is ' ' or '\t' or ',' or '.' or '/' or '\u00A0') { i++; continue; }
            if (c is '\n' or '\r') return false;
            if (c is '-' or '\u2013' or '\u2014')
            {
                var after = i + 1;
                while (after < text.Length && text[after] is '-' or '\u2013' or '\u2014') after++;
                return after < text.Length && char.IsWhiteSpace(text[after]) && (i == from || !char.IsLetterOrDigit(text[i - 1]));
            }
            if (c == '(')
            {
                var close = text.IndexOf(')', i);
                if (close < 0 || close >= end || text.AsSpan(i, close - i).IndexOfAny('\n', '\r') >= 0) return false;
                i = close + 1;
                continue;
            }
            if (!char.IsLetterOrDigit(c) || char.IsLower(c)) return false;
            var digits = char.IsDigit(c);
            var j = i;
            while (j < end && (char.IsLetterOrDigit(text[j]) || text[j] is '\'' or '\u2019')) j++;
            // "4th", "21st": a day's number may carry its ordinal suffix; any other word opens on a capital
            if (digits && text.AsSpan(i, j - i).IndexOfAnyInRange('A', 'Z') >= 0) return false;
            i = j;
        }
        return false;
    }

    /// <summary>
    /// The place is where a speaker is, not where something happened: "..., said an official of the ministry in X",
    /// "told reporters in X" (a speech verb before it, no attack word between), "according to the director of the
    /// hospital in X" (the source's own place), or "an official in X said ..." (a speech verb right after it).
    /// </summary>
    private bool SpeakersPlace(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var words = doc.Words;
        var first = doc.WordAt(s.Start);
        var next = doc.WordAt(p.End);
        if (next < words.Count && words[next].Start < s.End && _speechVerbs.Contains(words[next].Key)) return true;
        // "he said the hamlets were about 10 km from X": the reference point of the speaker's words, not the speaker's place
        if (DistanceReference(doc, s, p)) return false;
        for (int w = doc.WordAt(p.Start) - 1, steps = 0; w >= first && steps < 9; w--, steps++)
        {
            var key = words[w].Key;
            if (key is "," or ";" or "that" or "and") return false;
            // "a shooting was reported in X" tells the shooting, not a speaker
            if (_speechVerbs.Contains(key)) return !(w > first && _beAuxiliaries.Contains(words[w - 1].Key));
            if (key == "to" && w > first && words[w - 1].Key == "according") return true;
            if (doc.CuesIn(new TextSpan(words[w].Start, words[w].End), CueKind.Event).Any()) return false;
            // "said rescuers recovered eight more bodies around X": the speaker's words tell where the victims were
            if (doc.CuesIn(new TextSpan(words[w].Start, words[w].End), CueKind.Casualty).Any()) return false;
        }
        return false;
    }

    /// <summary>
    /// The place is where the wounded were cared for, not the scene (<see cref="CarePhrase"/>): "died at the X regional
    /// hospital", "flown to the hospital in X". Only when the article names the attack's town elsewhere
    /// (<see cref="SceneNamedElsewhere"/>): a hospital is most often near the scene, the best place an article that
    /// names no other has.
    /// </summary>
    private bool CarePlace(AnnotatedDocument doc, Sentence s, PlaceMention p) =>
        SceneNamedElsewhere(doc, p) && (CarePhrase(doc, s, p) || NamedCareDestination(doc, s, p));

    /// <summary>
    /// The place locates a named institution a care verb sent the wounded to (<see cref="CaredBefore"/>), whatever its
    /// name calls it: the care verb's locative word, at most an article, a capitalised name of up to
    /// <see cref="CareDestinationNameReach"/> words (with small words inside a name: function_words.tsv kind
    /// name_connector) and a locative word right before the place: "airlifted to the Northfield Medical Institute in X",
    /// "taken by ambulance to the Institute of Surgery in X". The place is where the victim went, not the scene.
    /// </summary>
    private bool NamedCareDestination(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var words = doc.Words;
        var first = doc.WordAt(s.Start);
        var w = doc.WordAt(p.Start) - 1;
        if (doc.AllCaps || w <= first || !_locative.Contains(words[w].Key)) return false;
        var v = CareDestinationNameStart(doc, first, w - 1);
        if (v == w) return false;
        v--;
        if (v > first && words[v].Key is "the" or "a" or "an") v--;
        return v > first && _locative.Contains(words[v].Key) && CaredBefore(doc, v, first);
    }

    /// <summary>
    /// The first word of a capitalised name that ends at word <paramref name="last"/>, read backwards over at most
    /// <see cref="CareDestinationNameReach"/> name words and the name connectors between them ("Institute of Surgery");
    /// <paramref name="last"/> + 1 when no name ends there.
    /// </summary>
    private int CareDestinationNameStart(AnnotatedDocument doc, int first, int last)
    {
        bool Capital(int i) => i > first && char.IsUpper(doc.Text[doc.Words[i].Start]) && NameWord(doc, i);
        var start = last + 1;
        for (int v = last, names = 0; v > first && names < CareDestinationNameReach; )
        {
            if (Capital(v)) { start = v; names++; v--; }
            else if (start <= last && _nameConnectors.Contains(doc.Words[v].Key) && Capital(v - 1)) v--;
            else break;
        }
        return start;
    }

    /// <summary>Most words of an institution's name between a care verb's locative word and the town it lies in.</summary>
    private const int CareDestinationNameReach = 5;

    /// <summary>
    /// The place names a care place (a word of function_words.tsv kind care_noun, or a target phrase of kind health
    /// ending in a place word: "health centre") that the sentence tells as where the wounded went, were treated or died
    /// (<see cref="TellsCare"/>), not as what was attacked. The town stands before the care noun, with at most
    /// <see cref="CareNameReach"/> words of the hospital's name between ("the X General Hospital", "the X regional
    /// hospital", "a X clinic", "X university hospital"), or after it, joined by a locative word or "of" and at most a
    /// place noun phrase ("the hospital in X", "the morgue of X", "a clinic in the town of X").
    /// A hospital that was attacked ("gunmen stormed the X Hospital") is no such place.
    /// </summary>
    private bool CarePhrase(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var words = doc.Words;
        var first = doc.WordAt(s.Start);
        var own = doc.WordAt(p.Start);
        var after = doc.WordAt(p.End);
        foreach (var (start, end) in CareNouns(doc, s))
        {
            // "the X regional hospital": the place opens the hospital's name
            if (start >= after && start - after <= CareNameReach && Enumerable.Range(after, start - after).All(w => NameWord(doc, w))
                && TellsCare(doc, first, own, start)) return true;
            // "the hospital in X", "the university hospital of X"
            if (end < own && TownOfCare(doc, AfterHospitalName(doc, end, own), own) && TellsCare(doc, first, NameStart(doc, first, start), start)) return true;
        }
        return false;
    }

    /// <summary>
    /// The word at <paramref name="w"/> is a care noun (function_words.tsv kind care_noun) where the victim died, not
    /// what was attacked: a verb of dying before its name (<see cref="CareDeathBefore"/>: "died during the night at the X
    /// hospital"). Neither a target nor the scene's place within the place.
    /// </summary>
    private bool CareAt(AnnotatedDocument doc, int w)
    {
        if (w < 0 || w >= doc.Words.Count || !_careNouns.Contains(doc.Words[w].Key)) return false;
        var first = doc.WordAt(doc.SentenceAt(doc.Words[w].Start).Start);
        var name = NameStart(doc, first, w);
        if (name > first && doc.Words[name - 1].Key is "the" or "a" or "an") name--;
        return CareDeathBefore(doc, first, name - 1);
    }

    /// <summary>Most words of a hospital's name between its town and the care noun: "the X Regional Referral Hospital".</summary>
    private const int CareNameReach = 3;

    /// <summary>The care nouns of the sentence, as first and last word: words of kind care_noun and health target phrases ending in one or in a place word ("medical centre").</summary>
    private IEnumerable<(int Start, int End)> CareNouns(AnnotatedDocument doc, Sentence s)
    {
        var words = doc.Words;
        var targets = doc.CuesIn(s.Span, CueKind.Target).Where(t => t.As<string>() == "health" && t.LastWord > t.FirstWord).ToList();
        for (int w = doc.WordAt(s.Start), end = doc.WordAt(s.End); w < end && w < words.Count; w++)
        {
            if (targets.FirstOrDefault(t => t.FirstWord == w) is { } phrase && !PersonNouns.Default.IsVictim(words[phrase.LastWord].Key))
            {
                yield return (phrase.FirstWord, phrase.LastWord);
                w = phrase.LastWord;
            }
            else if (_careNouns.Contains(words[w].Key)) yield return (w, w);
        }
    }

    /// <summary>A word of a hospital's name between its town and its care noun: any word of letters ("regional", "General", "children's"), no function word.</summary>
    private bool NameWord(AnnotatedDocument doc, int w)
    {
        var word = doc.Words[w];
        var text = doc.Text[word.Start..word.End];
        if (!text.All(c => char.IsLetter(c) || c is '\'' or '\u2019' or '-' or '.')) return false;
        if (!char.IsLetter(text[0]) || _locative.Contains(word.Key) || word.Key is "and" or "or" or "the" or "a" or "an" or "of") return false;
        var span = new TextSpan(word.Start, word.End);
        return !doc.CuesIn(span, CueKind.Event).Any() && !doc.CuesIn(span, CueKind.Casualty).Any();
    }

    /// <summary>
    /// The first word after a care noun's name that comes after it: a capitalised care noun ("Hospital") may go on with
    /// up to <see cref="CareNameReach"/> words of its name, capitalised or a small word inside a name (function_words.tsv
    /// kind name_connector) before one, short of the town at <paramref name="own"/>: "the Hospital de Urgencias in X",
    /// "the Hospital of the Holy Cross in X". A lower-case noun has no name after it ("the hospital in X").
    /// </summary>
    private int AfterHospitalName(AnnotatedDocument doc, int noun, int own)
    {
        var words = doc.Words;
        var w = noun + 1;
        if (doc.AllCaps || !char.IsUpper(doc.Text[words[noun].Start])) return w;
        bool Capital(int i) => i < own && char.IsUpper(doc.Text[words[i].Start]) && NameWord(doc, i);
        while (w < own && w - noun <= CareNameReach)
        {
            if (Capital(w)) w++;
            else if (_nameConnectors.Contains(words[w].Key) && Capital(w + 1)) w += 2;
            else break;
        }
        return w;
    }

    /// <summary>
    /// The words from <paramref name="from"/> up to the town at <paramref name="own"/> join a care noun to its town: a
    /// locative word or "of", then at most an article, place modifiers and a place noun with its "of" ("in the city of").
    /// </summary>
    private bool TownOfCare(AnnotatedDocument doc, int from, int own)
    {
        var words = doc.Words;
        if (from >= own || !(_locative.Contains(words[from].Key) || words[from].Key == "of")) return false;
        for (var w = from + 1; w < own; w++)
        {
            var key = words[w].Key;
            if (w - from > 4 || !(key is "the" or "a" or "of" || _placeNouns.Contains(key) || _placeModifiers.Contains(key))) return false;
        }
        return true;
    }

    /// <summary>The first word of the care noun's name: capitalised words and the article right before it ("the Coast General hospital").</summary>
    private static int NameStart(AnnotatedDocument doc, int first, int noun)
    {
        var w = noun;
        while (w - 1 >= first && char.IsUpper(doc.Text[doc.Words[w - 1].Start]) && !doc.AllCaps) w--;
        return w;
    }

    /// <summary>
    /// The care noun at <paramref name="noun"/> is told as where the wounded were cared for: a phrase of
    /// target_links.tsv kind elsewhere or a care verb before it (<see cref="Elsewhere"/>: "taken to", "airlifted to"),
    /// or a verb of dying of function_words.tsv kind care_death before its phrase (which opens at
    /// <paramref name="phrase"/>) by at most <see cref="CareDeathReach"/> words, with no comma and no attack word
    /// between: "died overnight at the X hospital", "died of his wounds on Tuesday at the X regional hospital",
    /// "passed away at the hospital in X".
    /// </summary>
    private bool TellsCare(AnnotatedDocument doc, int first, int phrase, int noun) =>
        ElsewhereBefore(doc, noun) || CareDeathBefore(doc, first, phrase - 1);

    /// <summary>
    /// A verb of dying (function_words.tsv kind care_death) stands at or before word <paramref name="w"/> by at most
    /// <see cref="CareDeathReach"/> words, with no comma, no clause word and no attack word between ("died overnight at",
    /// "succumbed on Tuesday in").
    /// </summary>
    private bool CareDeathBefore(AnnotatedDocument doc, int first, int w) => CareDeathAt(doc, first, w, CareDeathReach) >= 0;

    /// <summary>The index of the verb of dying <see cref="CareDeathBefore"/> finds within <paramref name="reach"/> words, or -1.</summary>
    private int CareDeathAt(AnnotatedDocument doc, int first, int w, int reach)
    {
        for (var steps = 0; w >= first && steps < reach; w--, steps++)
        {
            var word = doc.Words[w];
            if (EndsCareClause(word.Key)) return -1;
            if (_careDeaths.Contains(word.Key)) return w;
            if (doc.CuesIn(new TextSpan(word.Start, word.End), CueKind.Event).Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false })) return -1;
        }
        return -1;
    }

    /// <summary>
    /// The locative word <paramref name="w"/> follows a verb of dying (function_words.tsv kind care_death) by at most
    /// <see cref="WoundedDeathReach"/> words, and the one who died was wounded: a word of kind wound_word stands in the
    /// verb's clause before it ("two of the wounded soldiers died in X") or between it and the locative word ("died of his
    /// wounds in X", "succumbed to her injuries in X"). The place after it is where the wounded were cared for, not the scene.
    /// </summary>
    private bool WoundedDiedBefore(AnnotatedDocument doc, int w, int first)
    {
        var verb = CareDeathAt(doc, first, w - 1, WoundedDeathReach);
        if (verb < 0) return false;
        for (var v = verb + 1; v < w; v++)
            if (_woundWords.Contains(doc.Words[v].Key)) return true;
        for (int v = verb - 1, steps = 0; v >= first && steps < WoundedDeathReach * 2; v--, steps++)
        {
            var key = doc.Words[v].Key;
            if (EndsCareClause(key) || _locative.Contains(key)) return false;
            if (_woundWords.Contains(key)) return true;
        }
        return false;
    }

    private const int WoundedDeathReach = 5;

    /// <summary>A word that ends the clause of a verb of dying when read backwards: punctuation or a clause word ("when", "after").</summary>
    private static bool EndsCareClause(string key) => key is "," or ";" or ":" or "and" or "when" or "after" or "as";

    private const int CareDeathReach = 10;

    /// <summary>
    /// The article names a town other than <paramref name="p"/> where its attack may be: in its headline ("Policeman dies
    /// after X post attack"), as its outlet's home above the headline (<see cref="HomeAboveHeadline"/>), as the reference point of a distance phrase ("the hamlets were about 8 km from X"), or as
    /// where something happened before <paramref name="p"/> is named (<see cref="WrittenAsScene"/>); not when the headline
    /// names <paramref name="p"/> too.
    /// </summary>
    private bool SceneNamedElsewhere(AnnotatedDocument doc, PlaceMention p)
    {
        static bool Town(PlaceMention q, PlaceMention p) => !q.IsDemonym && q.Place.Kind == PlaceKind.City && q.Place.GeonameId != p.Place.GeonameId;
        var title = TitleIndex(doc);
        var titled = title >= 0 ? doc.PlacesIn(doc.Sentences[title].Span).ToList() : [];
        // a headline that names the hospital's town too ("13 treated after X grenade blast") may tell an attack there
        if (titled.Any(q => q.Place.GeonameId == p.Place.GeonameId)) return false;
        if (titled.Any(q => Town(q, p))) return true;
        if (HomeAboveHeadline(doc, p, title)) return true;
        return doc.Sentences.Any(s => doc.PlacesIn(s.Span).Any(q => Town(q, p) && (DistanceReference(doc, s, q) || q.End <= p.Start && WrittenAsScene(doc, s, q, p))));
    }

    /// <summary>
    /// The lines of a web page above its headline (the site's name, a date and weather bar: "THE X COURIER", "X +9°C")
    /// name a town of the care place's country other than it, and the body writes that town again as where something
    /// happens (<see cref="WrittenAsScene"/>: "a day of mourning in X"; not as the outlet's name, a speaker's place or
    /// where the wounded went): a local outlet at home there, whose attack is at home rather than where a victim was
    /// flown to ("a woman stabbed at the market bus stop died in a Y clinic", Y the far capital).
    /// </summary>
    private bool HomeAboveHeadline(AnnotatedDocument doc, PlaceMention p, int title)
    {
        if (title <= 0) return false;
        var headline = doc.Sentences[title];
        bool Home(PlaceMention q) => !q.IsDemonym && q.Place.Kind == PlaceKind.City && q.Place.CountryCode == p.Place.CountryCode && q.Place.GeonameId != p.Place.GeonameId;
        var body = doc.PlacesIn(new TextSpan(headline.End, doc.Text.Length)).ToList();
        return doc.PlacesIn(new TextSpan(0, headline.Start)).Where(Home)
            .Any(q => body.Any(r => r.Place.GeonameId == q.Place.GeonameId && WrittenAsScene(doc, doc.SentenceAt(r.Start), r, p)));
    }

    /// <summary>
    /// A town of the care place's country that a sentence writes as where something happened ("gunmen attacked a bus stop
    /// in X"), not itself as a care place: the article has a scene other than where the wounded went. Only a town written
    /// before the care place (<see cref="SceneNamedElsewhere"/>): an article tells the scene first, and the towns it names
    /// after the care place are often the aftermath's (where the gunman was chased, caught, buried), the hospital's
    /// town then being nearer the scene than they are.
    /// </summary>
    private bool WrittenAsScene(AnnotatedDocument doc, Sentence s, PlaceMention q, PlaceMention care) =>
        q.Place.CountryCode == care.Place.CountryCode && IsLocative(doc, s, q, null, out var origin, out _, out _) && !origin
        && !SpeakersPlace(doc, s, q) && !CarePhrase(doc, s, q);

    /// <summary>The place's name stands before a word for people or a target ("an Ohio policeman", "Kabul police").</summary>
    private static bool QualifiesPeople(AnnotatedDocument doc, PlaceMention p)
    {
        var next = doc.WordAt(p.End);
        if (next >= doc.Words.Count || doc.Words[next].Start - p.End > 1) return false;
        var word = doc.Words[next];
        return PersonNouns.Default.IsVictim(word.Key) || PersonNouns.Default.IsPerpetrator(word.Key)
               || doc.CuesIn(new TextSpan(word.Start, word.End), CueKind.Target).Any(t => t.Start == word.Start);
    }

    /// <summary>
    /// Is the place written as where something happens: "in X", "near X", "the city of X", "X and Y" after such a place.
    /// <paramref name="cared"/> tells a place written as where the wounded were taken or died ("airlifted to X", "two of
    /// the wounded died in X"): no scene, and never the article's home.
    /// </summary>
    private bool IsLocative(AnnotatedDocument doc, Sentence s, PlaceMention p, PlaceMention? previousLocative, out bool origin, out bool alongRoad, out bool cared)
    {
        origin = false;
        alongRoad = false;
        cared = false;
        var words = doc.Words;
        // "in X province": the division word after the name, or read into the name
        var after = doc.WordAt(p.End);
        if (after < words.Count && words[after].Start < s.End && NamesDivisionNotTown(doc, after, p)) return false;
        if (doc.WordAt(p.Start) is var own && own < after - 1 && NamesDivisionNotTown(doc, after - 1, p)) return false;
        var w = doc.WordAt(p.Start) - 1;
        var first = doc.WordAt(s.Start);
        for (var steps = 0; w >= first && steps < 7; w--, steps++)
        {
            var key = words[w].Key;
            if (key.EndsWith("'s", StringComparison.Ordinal) || key.EndsWith("\u2019s", StringComparison.Ordinal)) key = key[..^2]; // "the city's Northgate section"
            // a possessive written apart from its name: "in Colombia's Santander department" (the country's name before it)
            if (key.Length == 0) continue;
            // "were being treated in X", "taken to a hospital in X": where the wounded were cared for, not the scene
            if (_locative.Contains(key))
            {
                // "on the road leading out of town towards X": where the road leads (a scene only when the sentence has no other)
                alongRoad = LeadsAlongRoad(doc, w, first);
                origin = Origin(doc, w, first);
                cared = !origin && (CaredBefore(doc, w, first) || WoundedDiedBefore(doc, w, first));
                return !(origin || cared || GatheringBefore(doc, w, first) || OwnerAfter(doc, w, first));
            }
            // "a native of X", "the home town of X"
            if (key == "of" && Origin(doc, w, first))
            {
                origin = true;
                return false;
            }
            if (key == "of" && w > first && NamesDivisionNotTown(doc, w - 1, p)) return false;
            if (key == "of" && w > first && _placeNouns.Contains(words[w - 1].Key)) return true;
            // "in colonia Las Flores, zone 3 of X": the neighbourhood lies in the town; read on before it
            if (key is "of" or "," && NeighbourhoodBefore(doc, w, first) is var n and >= 0)
            {
                w = n;
                steps = Math.Max(0, steps - 4);
                continue;
            }
            // "the weekly market of X": a public place of the town (function_words.tsv kind site_noun)
            if (key == "of" && w > first && _siteNouns.Contains(words[w - 1].Key)) return true;
            // "a bomb went off 20 km from X": the scene is near the reference point, as in "20 km north of X"
            if (key == "from" && w > first && _distanceUnits.Contains(words[w - 1].Key)) return true;
            if (key is "and" or "," or "or")
            {
                var listed = previousLocative is not null && w > first && previousLocative.End == words[w - 1].End
                             || (previousLocative is not null && w > first && words[w - 1].Key is "," && previousLocative.End == words[w - 1].Start);
                // "on the road between X and Y": one stretch between two towns; the first is its scene, the second only
                // where the stretch ends (a scene only when the sentence has no other)
                alongRoad = listed && key == "and" && BetweenBefore(doc, previousLocative!, first);
                return listed;
            }
            if (_placeNouns.Contains(key) || _placeModifiers.Contains(key)) continue;
            // the object of an attack verb is its scene: "gunmen attacked Camp X", "warplanes bombed X"; not a name
            // that qualifies the victims ("shooting an Ohio policeman")
            if (doc.CuesIn(new TextSpan(words[w].Start, words[w].End), CueKind.Event)
                .Any(e => e.End == words[w].End && e.As<EventCue>() is { Vehicle: false } c && (!c.Weak || c.Assault)))
                return !QualifiesPeople(doc, p);
            // capitalised words: names before the place ("the Syrian city of", "Kurdish-controlled")
            if (char.IsUpper(doc.Text[words[w].Start]) && !doc.AllCaps) continue;
            if (doc.PlacesIn(new TextSpan(words[w].Start, words[w].End)).Any()) continue;
            return false;
        }
        return false;
    }

    /// <summary>
    /// The place lies in a relative clause that describes an armed group or a road, not the attack: the clause opens with
    /// a relative word (function_words.tsv kind relative_word) right after a comma, the words right before the comma name
    /// an armed group (an actor, or a word of targets.tsv class armed_group) or a road (kind road_noun, at most
    /// <see cref="RoadNameReach"/> words before the comma: "National Road 4,"), and no attack word stands between the
    /// opener and the place, nor a comma: "the shelling was blamed on the Hill Front militia, whose guns are dug in near
    /// X" (where the fire came from), "on the coast road, which joins X with the harbour town of Y" (the towns a road
    /// links). A clause that tells an attack ("the rebels, who stormed a school in X") places it as usual.
    /// </summary>
    private bool DescribesGroupOrRoad(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var first = doc.WordAt(s.Start);
        var opener = -1;
        for (var w = doc.WordAt(p.Start) - 1; w > first; w--)
        {
            var key = doc.Words[w].Key;
            if (key is "," or ";" or ":" or "\u2014" or "(" or ")") return false;
            if (_relativeWords.Contains(key)) { opener = w; break; }
        }
        var comma = opener - 1;
        if (opener < 0 || comma - 1 < first || doc.Words[comma].Key != ",") return false;
        if (doc.CuesIn(new TextSpan(doc.Words[opener].Start, p.Start), CueKind.Event).Any()) return false;
        return NamesArmedGroupBefore(doc, comma) || NamesRoadBefore(doc, comma, first);
    }

    /// <summary>An actor's name or an armed group's word (targets.tsv class armed_group) ends right before the word at <paramref name="comma"/>.</summary>
    private static bool NamesArmedGroupBefore(AnnotatedDocument doc, int comma)
    {
        var last = doc.Words[comma - 1];
        var span = new TextSpan(last.Start, last.End);
        return doc.CuesIn(span, CueKind.Actor).Any(a => a.End == last.End)
               || doc.CuesIn(span, CueKind.Target).Any(t => t.End == last.End && t.As<string>() == "armed_group");
    }

    /// <summary>A road word (function_words.tsv kind road_noun) stands at most <see cref="RoadNameReach"/> words before the word at <paramref name="comma"/>.</summary>
    private bool NamesRoadBefore(AnnotatedDocument doc, int comma, int first)
    {
        for (int v = comma - 1, steps = 0; v >= first && steps < RoadNameReach; v--, steps++)
            if (_roadNouns.Contains(doc.Words[v].Key)) return true;
        return false;
    }

    private const int RoadNameReach = 3;

    /// <summary>
    /// The word at <paramref name="w"/> is a division word (function_words.tsv kind division_noun) written with a name the
    /// gazetteer knows only as a town, and the phrase locates a town the sentence speaks of: "the small town in the
    /// province of X", "a village in X province" speak of a province named after its seat (a division the gazetteer does
    /// not hold), not of the town X, so the name is no scene.
    /// </summary>
    private bool NamesDivisionNotTown(AnnotatedDocument doc, int w, PlaceMention p)
    {
        if (p.Place.Kind != PlaceKind.City || !_divisionNouns.Contains(doc.Words[w].Key)) return false;
        // only where the division locates a town the sentence speaks of: "the small town in the province of X", "a
        // village in X province" (a settlement noun, "in", the division); "an attack in the province of X" is placed there
        var k = Math.Min(w, doc.WordAt(p.Start)) - 1;
        if (k >= 0 && doc.Words[k].Key is "the" or "a") k--;
        return k >= 1 && doc.Words[k].Key == "in" && _settlementNouns.Contains(doc.Words[k - 1].Key);
    }

    /// <summary>
    /// A neighbourhood (function_words.tsv kind neighbourhood_noun) is written right before the "of" or "," at
    /// <paramref name="w"/>: its noun and a figure ("zone 6 of X") or its noun and a capitalised name ("colonia Las
    /// Flores, X", "sector Santa Ana of X"). Returns the index of the neighbourhood noun, or -1.
    /// </summary>
    private int NeighbourhoodBefore(AnnotatedDocument doc, int w, int first)
    {
        var words = doc.Words;
        if (w - 2 < first) return -1;
        if (_neighbourhoodNouns.Contains(words[w - 2].Key) && words[w - 1].Key.All(char.IsDigit)) return w - 2;
        for (int v = w - 1, names = 0; v >= first && names < 4; v--, names++)
        {
            if (_neighbourhoodNouns.Contains(words[v].Key)) return names > 0 ? v : -1;
            if (!char.IsUpper(doc.Text[words[v].Start])) return -1;
        }
        return -1;
    }

    /// <summary>
    /// The locative word <paramref name="w"/> is a direction word (function_words.tsv kind direction_word) with a road or a
    /// journey (kind road_noun) at most <see cref="RoadReach"/> words before it and no comma between: "on the road to X",
    /// "the highway leading out of the city towards X", "on their way to X". The place after it is where the road leads,
    /// a scene only when the sentence names no other.
    /// </summary>
    private bool LeadsAlongRoad(AnnotatedDocument doc, int w, int first)
    {
        if (!_directionWords.Contains(doc.Words[w].Key)) return false;
        for (int v = w - 1, steps = 0; v >= first && steps < RoadReach; v--, steps++)
        {
            var key = doc.Words[v].Key;
            if (key is "," or ";") return false;
            if (_roadNouns.Contains(key)) return true;
        }
        return false;
    }

    private const int RoadReach = 6;

    /// <summary>The place is the first of a pair opened by a word of function_words.tsv kind span_word: "between X (and Y)".</summary>
    private bool BetweenBefore(AnnotatedDocument doc, PlaceMention p, int first)
    {
        var w = doc.WordAt(p.Start) - 1;
        return w >= first && _spanWords.Contains(doc.Words[w].Key);
    }

    /// <summary>
    /// A care verb of function_words.tsv stands before the locative word <paramref name="w"/>: right before it ("were
    /// treated in X", "airlifted to X"), or before a means phrase opened by a word of kind care_means that fills the
    /// gap ("evacuated by helicopter to X", "flown aboard a military plane to X", at most <see cref="CareMeansReach"/>
    /// words, no comma). The place after it is where the victims were taken, not the scene.
    /// </summary>
    private bool CaredBefore(AnnotatedDocument doc, int w, int first)
    {
        if (w > first && _careVerbs.Contains(doc.Words[w - 1].Key)) return true;
        for (int v = w - 1, steps = 0; v > first && steps < CareMeansReach; v--, steps++)
        {
            var key = doc.Words[v].Key;
            if (_careMeans.Contains(key) && _careVerbs.Contains(doc.Words[v - 1].Key)) return true;
            if (key is "," or ";" || _locative.Contains(key)) return false;
        }
        return false;
    }

    private const int CareMeansReach = 4;

    /// <summary>
    /// The place is the reference point of a distance: "130 km southeast of X", "about 40 miles from X" (a unit of
    /// function_words.tsv kind distance_unit, then at most direction words, then "of" or "from" right before the name).
    /// </summary>
    private bool DistanceReference(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var first = doc.WordAt(s.Start);
        var w = doc.WordAt(p.Start) - 1;
        if (w < first || doc.Words[w].Key is not ("of" or "from")) return false;
        for (int steps = 0, v = w - 1; v >= first && steps < 3; v--, steps++)
        {
            var key = doc.Words[v].Key;
            if (_distanceUnits.Contains(key)) return true;
            if (!_placeNouns.Contains(key) && !_placeModifiers.Contains(key) && key is not ("to" or "the")) return false;
        }
        return false;
    }

    /// <summary>
    /// The words before the locative (or "of") word <paramref name="w"/> say where someone comes from, is based, fled to or
    /// was buried, not where the attack was (function_words.tsv kind origin_word): right before it ("born in X", "based
    /// in X", "fled towards X", "a native of X") or before a word for a kind of place right before it ("his native
    /// village in X", "the ancestral town of X").
    /// </summary>
    /// <summary>
    /// Most words between the time word and the gathering noun of a phrase like "48 hours before the drug summit in X".
    /// </summary>
    private const int MaxGatheringGap = 4;

    /// <summary>
    /// The locative word at <paramref name="w"/> places a gathering that a time phrase refers to, not the attack: right
    /// after a gathering noun (function_words.tsv kind gathering_noun) that a time word (kind gathering_time) opens at most
    /// <see cref="MaxGatheringGap"/> words before ("kidnapped 48 hours before the drug summit in X", "a day after the
    /// peace talks in X").
    /// </summary>
    private bool GatheringBefore(AnnotatedDocument doc, int w, int first)
    {
        var noun = w - 1;
        if (noun < first || !_gatheringNouns.Contains(doc.Words[noun].Key)) return false;
        for (var t = noun - 1; t >= first && noun - t <= MaxGatheringGap; t--)
            if (_gatheringTimes.Contains(doc.Words[t].Key)) return true;
        return false;
    }

    /// <summary>
    /// The locative word at <paramref name="w"/> follows a verb of belonging (function_words.tsv kind possession_verb):
    /// the name after it is an owner, however like a town it reads ("a shop belonging to Florencia Ruiz"), not a scene.
    /// </summary>
    private bool OwnerAfter(AnnotatedDocument doc, int w, int first) =>
        w > first && _possessionVerbs.Contains(doc.Words[w - 1].Key);

    /// <summary>
    /// The place follows a locative word right after an indefinite pronoun for people (function_words.tsv kind
    /// people_pronoun): it is where some people are, think or do something, not a scene nor the article's home ("the group
    /// boasted of 20 dead, a figure nobody in X believes", "a claim no one in X takes seriously"). "one" only after "no".
    /// </summary>
    private bool PeoplesPlace(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var first = doc.WordAt(s.Start);
        var w = doc.WordAt(p.Start) - 1;
        if (w - 1 < first || !_locative.Contains(doc.Words[w].Key) || !_peoplePronouns.Contains(doc.Words[w - 1].Key)) return false;
        return doc.Words[w - 1].Key != "one" || w - 2 >= first && doc.Words[w - 2].Key == "no";
    }

    /// <summary>Most words before an office's noun at a sentence's opening: "A rebel border commander in X".</summary>
    private const int SeatSubjectReach = 4;

    /// <summary>
    /// The place follows "in" right after an office or a role that speaks for one (function_words.tsv kind seat_noun) that
    /// opens its sentence as its subject, with at most <see cref="SeatSubjectReach"/> words before it and no attack word nor
    /// casualty word in them, in a sentence that counts no casualty: where the office sits or the official is, not a scene
    /// ("The interior ministry in X did not answer our questions", "A rebel commander in X province denied firing").
    /// </summary>
    private bool SeatOfOffice(AnnotatedDocument doc, Sentence s, PlaceMention p)
    {
        var first = doc.WordAt(s.Start);
        var w = doc.WordAt(p.Start) - 1;
        if (w - 1 < first || doc.Words[w].Key != "in" || !_seatNouns.Contains(doc.Words[w - 1].Key)) return false;
        if (w - 1 - first > SeatSubjectReach || doc.CuesIn(s.Span, CueKind.Casualty).Any()) return false;
        var subject = new TextSpan(doc.Words[first].Start, doc.Words[w - 1].End);
        return !doc.CuesIn(subject, CueKind.Event).Any();
    }

    private bool Origin(AnnotatedDocument doc, int w, int first)
    {
        var before = w - 1;
        if (before >= first && _placeNouns.Contains(doc.Words[before].Key)) before--;
        return before >= first && _originWords.Contains(doc.Words[before].Key);
    }

    /// <summary>
    /// The sources of a sentence's clauses, when it has several clauses and more than one names a source; a clause
    /// starts at a semicolon or at a comma before a clause opener ("X said 58 were killed, while state media reported
    /// 20"; function_words.tsv). An agency's credit in brackets ("BEIRUT (AFP) -") is no one's figure.
    /// </summary>
    private List<(int Start, int End, string Source)> ClauseSources(AnnotatedDocument doc, Sentence s)
    {
        var text = doc.Text;
        var words = doc.Words;
        var bounds = new List<int> { s.Start };
        for (var w = doc.WordAt(s.Start); w + 1 < words.Count && words[w].Start < s.End; w++)
            if (words[w].Key == ";" || (words[w].Key == "," && _clauseOpeners.Contains(words[w + 1].Key))) bounds.Add(words[w].Start);
        if (bounds.Count == 1) return [];
        bounds.Add(s.End);
        var result = new List<(int, int, string)>();
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var clause = new TextSpan(bounds[i], bounds[i + 1]);
            var cue = doc.CuesIn(clause, CueKind.Source).Where(c => !Credit(text, c)).OrderByDescending(c => c.LastWord - c.FirstWord).FirstOrDefault();
            if (cue is not null) result.Add((clause.Start, clause.End, cue.As<string>()));
        }
        return result.Count > 1 ? result : [];
    }

    /// <summary>
    /// A claim's own figures: a sentence that names no source and opens on the claimant's speech ("It said its fighters
    /// killed 45 soldiers", "The group claimed ..."; function_words.tsv kinds claim_speaker, claim_verb) right after a
    /// sentence where an armed group claimed the attack, and that names no other source than the group's outlet, gives
    /// the group's figures: their source is that outlet ("Amaq"), else the group, so the estimate never trusts them.
    /// </summary>
    private List<SentenceFacts> WithClaimantSources(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (f.Casualties.Count == 0) continue;
            // a sentence opening on the claimant's speech ("It said its fighters killed 12, a figure far higher than any
            // given by officials") is the claimant's, whoever its later words compare the figure with
            var speaksOn = i > 0 && f.ClauseSources.Count == 0 && OpensOnClaimantSpeech(doc, f.Sentence) && ClaimIn(facts[i - 1]) is not null;
            if (!speaksOn && (f.Source is not null || f.ClauseSources.Count > 0)) continue;
            var boaster = BoastingGroup(doc, f);
            if (boaster is not null)
            {
                if (Trace) Console.Error.WriteLine($"  claimant: sentence {f.Sentence.Index} gives the boasted figures of {boaster}");
                facts[i] = f with { Source = boaster };
                continue;
            }
            if (i == 0 || !OpensOnClaimantSpeech(doc, f.Sentence)) continue;
            var before = facts[i - 1];
            var claim = ClaimIn(before);
            if (claim is null) continue;
            string? source;
            if (before.Source is null) source = Claimant(doc, before, claim);
            else if (CasualtyReconciler.Default.IsPerpetratorOutlet(before.Source)) source = before.Source;
            else continue;
            if (source is null) continue;
            if (Trace) Console.Error.WriteLine($"  claimant: sentence {f.Sentence.Index} gives the figures of {source}");
            facts[i] = f with { Source = source };
        }
        return facts;
    }

    /// <summary>
    /// "The group claimed the raids and boasted of having killed 30 soldiers": a sentence where an armed group claims the
    /// attack and a boasting word (function_words.tsv kind claim_boast) stands between the claim and the first figure
    /// gives the group's own figures; returns that group (the claim's subject), else null.
    /// </summary>
    private string? BoastingGroup(AnnotatedDocument doc, SentenceFacts f)
    {
        var claim = ClaimIn(f);
        if (claim is null) return null;
        var first = f.Casualties.Min(c => c.Figure.Start);
        if (first <= claim.Start) return null;
        var boasts = false;
        for (var w = doc.WordAt(claim.Start); w < doc.Words.Count && doc.Words[w].Start < first; w++)
            if (_claimBoasts.Contains(doc.Words[w].Key)) { boasts = true; break; }
        return boasts ? Claimant(doc, f, claim) : null;
    }

    /// <summary>The sentence's claim of the attack ("claimed"), if any.</summary>
    private static Cue? ClaimIn(SentenceFacts f) => f.Claims.FirstOrDefault(c => c.As<string>() == "claimed");

    /// <summary>
    /// Who made the claim: the claim's subject, the first armed actor before it ("JNIM, a branch of al Qaeda, claimed"),
    /// else the armed actor nearest to it. A possessive names whose branch claimed, not the claimant: in "al Qaeda's Sahel
    /// affiliate JNIM claimed" the claimant is JNIM.
    /// </summary>
    private static string? Claimant(AnnotatedDocument doc, SentenceFacts f, Cue claim)
    {
        var armed = f.Actors.Where(a => a.As<Actor>().Type != "state" && !Possessive(doc.Text, a.End)).ToList();
        var subject = armed.Where(a => a.Start < claim.Start).OrderBy(a => a.Start).FirstOrDefault()
                      ?? armed.OrderBy(a => Math.Abs(a.Start - claim.Start)).FirstOrDefault();
        return subject?.As<Actor>().Canonical;
    }

    /// <summary>The name ending at <paramref name="end"/> is a possessive: "al Qaeda's".</summary>
    private static bool Possessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] is 's' or 'S';

    /// <summary>
    /// "It said", "The group claimed", "They added", "Its spokesman, a man called X, said": the sentence's first words are a
    /// claimant's speech (an aside between commas may stand between the speaker and the verb).
    /// </summary>
    private bool OpensOnClaimantSpeech(AnnotatedDocument doc, Sentence s)
    {
        var w = doc.WordAt(s.Start);
        if (w < doc.Words.Count && doc.Words[w].Key is "the" or "its" or "their") w++;
        if (w + 1 >= doc.Words.Count || doc.Words[w + 1].Start >= s.End || !_claimSpeakers.Contains(doc.Words[w].Key)) return false;
        var v = w + 1;
        if (doc.Words[v].Key == ",")
        {
            // skip an aside: "Its spokesman, who goes by a nom de guerre, said ..."
            v++;
            while (v < doc.Words.Count && v <= w + 16 && doc.Words[v].Start < s.End && doc.Words[v].Key != ",") v++;
            v++;
            if (v >= doc.Words.Count || v > w + 16 || doc.Words[v].Start >= s.End) return false;
        }
        var verb = doc.Words[v].Key;
        return _speechVerbs.Contains(verb) || _claimVerbs.Contains(verb);
    }

    /// <summary>A source written in brackets, as a wire credit: "(AFP)".</summary>
    private static bool Credit(string text, Cue c) => c.Start > 0 && text[c.Start - 1] == '(' && c.End < text.Length && text[c.End] == ')';

    private static string? SourceOf(AnnotatedDocument doc, Sentence s)
    {
        var cue = doc.CuesIn(s.Span, CueKind.Source).Where(c => !Credit(doc.Text, c)).OrderByDescending(c => c.LastWord - c.FirstWord).FirstOrDefault();
        if (cue is not null) return cue.As<string>();
        var text = s.Of(doc.Text);
        var at = text.IndexOf("according to ", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var words = text[(at + 13)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = new List<string>();
        foreach (var word in words)
        {
            var title = word.EndsWith('.') && word.Length <= 5 && name.Count == 0; // "Gov.", "Gen.", "Lt."
            var clean = title ? word : word.TrimEnd(',', '.', ';', ':');
            if (clean.Length == 0 || !char.IsUpper(clean[0])) break;
            name.Add(clean);
            if (clean.Length != word.Length) break;
        }
        return name.Count > 0 ? string.Join(' ', name) : null;
    }

    // ---- accidents -----------------------------------------------------------------------------------------

    /// <summary>
    /// An explosion beside the cause of an accident ("a gas cylinder exploded", "a furnace blast", background.tsv kind
    /// accident) is no attack unless a sign of attackers stands beside it: an attack word that is no mere explosion ("bomb",
    /// "grenade", "attack", "rockets"), a claim, an armed group, or an attack sign (function_words.tsv: "militants",
    /// "planted"). The sentence then tells nothing; and when no sentence of the article shows such a sign, neither does any
    /// other sentence ("The explosion injured seven workers"), nor any sentence of an article that names a place where
    /// explosions are mostly accidents ("a blast at a chemical plant", kind accident_site).
    /// </summary>
    private List<SentenceFacts> WithoutAccidents(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var accidents = facts.Select(f => BackgroundCues(doc, f.Sentence.Span).Any(b => b.As<string>() == "accident")).ToList();
        var sites = facts.Any(f => BackgroundCues(doc, f.Sentence.Span).Any(b => b.As<string>() == "accident_site"));
        if (!accidents.Contains(true) && !sites) return facts;
        var cleared = accidents.Contains(true) && facts.Any(f => ClearsFoulPlay(doc, f));
        var signs = facts.Select(f => !cleared && ShowsAttackers(doc, f)).ToList();
        var accidentalArticle = !signs.Contains(true);
        var result = new List<SentenceFacts>(facts.Count);
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (f.Events.Count == 0 || signs[i] || !(accidents[i] || accidentalArticle)) { result.Add(f); continue; }
            if (Trace) Console.Error.WriteLine($"  accident: sentence {f.Sentence.Index} tells no attack");
            result.Add(f with { Events = [] });
        }
        return result;
    }

    /// <summary>
    /// The sentence says no one meant the harm (background.tsv kind no_foul_play: "police found no sign of foul play"). In an
    /// article that names an accident's cause ("a boiler burst at the laundry"), it outweighs any sign of attackers elsewhere
    /// ("a neighbour said it sounded like a bomb", "officials ruled out terrorism"): its explosions tell no attack.
    /// </summary>
    private static bool ClearsFoulPlay(AnnotatedDocument doc, SentenceFacts f) =>
        BackgroundCues(doc, f.Sentence.Span).Any(b => b.As<string>() == "no_foul_play");

    // ---- drills -------------------------------------------------------------------------------------------

    /// <summary>Most words between a drill setting word and its drill word: "during a joint counter-terrorism exercise".</summary>
    private const int MaxDrillSettingGap = 5;

    /// <summary>
    /// An exercise stages the attack and the victims its sentence tells ("the drill simulated a bomb on a train", "volunteers
    /// played 30 injured", background.tsv kinds drill and staged): such a sentence tells no attack nor victims. When one that
    /// is no background tells an attack or a victim, the drill is its article's subject and no sentence of it tells one ("The
    /// "injured" were taken to hospital"), unless another sentence with no drill word counts victims of an attack, or a
    /// sentence makes the drill the time of a real attack ("a gunman opened fire during the exercise, killing two";
    /// function_words.tsv kind drill_setting), which it still tells.
    /// </summary>
    private List<SentenceFacts> WithoutDrills(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var staged = facts.Select(f => StagesDrill(doc, f.Sentence.Span)).ToList();
        if (!staged.Contains(true)) return facts;
        var drillArticle = facts.Where((f, i) => staged[i] && !f.IsBackground && TellsAttackOrVictim(f)).Any()
                           && !facts.Any(f => CountsVictimsOfAttack(f) && !doc.CuesIn(f.Sentence.Span, CueKind.Background).Any(IsDrillWord));
        var result = new List<SentenceFacts>(facts.Count);
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            var real = !staged[i] && (!drillArticle || SetsInDrill(doc, f.Sentence.Span));
            if (real || !TellsAttackOrVictim(f)) { result.Add(f); continue; }
            if (Trace) Console.Error.WriteLine($"  drill: sentence {f.Sentence.Index} tells no attack");
            result.Add(f with { Events = [], Casualties = [] });
        }
        return result;
    }

    private static bool IsDrillWord(Cue cue) => cue.As<string>() is "drill" or "staged";

    private static bool TellsAttackOrVictim(SentenceFacts f) => f.Events.Count > 0 || f.Casualties.Count > 0;

    private static bool CountsVictimsOfAttack(SentenceFacts f) =>
        !f.IsBackground && f.HasStrongEvent
        && f.Casualties.Any(c => c.Value > 0 && c.Kind is CasualtyMention.Killed or CasualtyMention.Injured or CasualtyMention.Shot);

    /// <summary>
    /// The span stages what it tells: a staged word ("a mock explosion"), or a drill word that is no setting ("the exercise
    /// simulated", not "during the exercise") and no other sense ("the exercise of power", "urged to exercise restraint").
    /// </summary>
    private bool StagesDrill(AnnotatedDocument doc, TextSpan span) =>
        doc.CuesIn(span, CueKind.Background).Any(c => c.As<string>() == "staged"
                                                       || (c.As<string>() == "drill" && DrillNoun(doc, c) && !InDrillSetting(doc, span, c)));

    /// <summary>The span makes a drill the time of what it tells: "during the drill", "amid a joint exercise".</summary>
    private bool SetsInDrill(AnnotatedDocument doc, TextSpan span) =>
        doc.CuesIn(span, CueKind.Background).Any(c => c.As<string>() == "drill" && DrillNoun(doc, c) && InDrillSetting(doc, span, c));

    /// <summary>The drill word names an exercise: not before "of" ("the exercise of power"), nor a verb after "to".</summary>
    private static bool DrillNoun(AnnotatedDocument doc, Cue cue) =>
        !(cue.LastWord + 1 < doc.Words.Count && doc.Words[cue.LastWord + 1].Key == "of")
        && !(cue.FirstWord > 0 && doc.Words[cue.FirstWord - 1].Key == "to");

    /// <summary>A drill setting word stands a few words before the drill word in its clause: "during a training exercise".</summary>
    private bool InDrillSetting(AnnotatedDocument doc, TextSpan span, Cue cue)
    {
        for (var w = cue.FirstWord - 1; w >= 0 && w >= cue.FirstWord - 1 - MaxDrillSettingGap && doc.Words[w].Start >= span.Start; w--)
        {
            if (_drillSettings.Contains(doc.Words[w].Key)) return true;
            if (doc.Words[w].Key is "," or ";" or ":" or "." or "(" or ")") return false;
        }
        return false;
    }

    private bool ShowsAttackers(AnnotatedDocument doc, SentenceFacts f)
    {
        // a weak word of a weapon or a fight ("rockets", "gun", "clashes") is one too; a weak word of explosives, of harm or
        // of a blow by no weapon named ("dynamite", "mine", "killed", "an earthquake struck") is not
        if (f.Events.Any(e => e.As<EventCue>() is { } c && !c.Vehicle && !c.Blast
                              && (!c.Weak || c.Assault || c.EventType == "battle" || (c.Weapons.Count > 0 && c.EventType is not ("bombing" or "other"))))) return true;
        if (f.Claims.Any(c => c.As<string>() is "claimed" or "unclaimed")) return true;
        if (f.Actors.Any(a => a.As<Actor>().Type is not ("state" or "other"))) return true;
        return HasWordOf(doc, f.Sentence.Span, _attackSigns);
    }

    /// <summary>
    /// Weapons found, seized or handed in ("troops seized an arms cache", "bombs were discovered", background.tsv kind find)
    /// were not used: when no sentence of an article that tells a find tells harm (an act of attack such as "bombing" or
    /// "opened fire", something exploded, a victim, an assault, a claim) or says a weapon was set to go off
    /// (function_words.tsv kind set_weapon: "planted"), its weapons' names (events.tsv flag weapon) tell no attack, in
    /// any sentence ("They destroyed 23 IEDs"). Beside an attack, a find is left to tell what it tells.
    /// </summary>
    private List<SentenceFacts> WithoutFinds(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        if (!facts.Any(f => BackgroundCues(doc, f.Sentence.Span).Any(b => b.As<string>() == "find")) || facts.Any(f => TellsHarm(doc, f))) return facts;
        var result = new List<SentenceFacts>(facts.Count);
        foreach (var f in facts)
        {
            if (!f.Events.Any(Named)) { result.Add(f); continue; }
            if (Trace) Console.Error.WriteLine($"  find: sentence {f.Sentence.Index} tells no attack");
            result.Add(f with { Events = f.Events.Where(e => !Named(e)).ToList() });
        }
        return result;

        static bool Named(Cue e) => e.As<EventCue>().WeaponName;
    }

    private bool TellsHarm(AnnotatedDocument doc, SentenceFacts f)
    {
        if (f.Events.Any(e => e.As<EventCue>() is { Blast: true } or { Assault: true } or { Weak: false, Vehicle: false, WeaponName: false })) return true;
        if (f.Casualties.Any(c => c.Value is > 0 || c.Qualifier == Qualifiers.Dozens)) return true;
        if (f.Claims.Any(c => c.As<string>() is "claimed" or "unclaimed")) return true;
        return HasWordOf(doc, f.Sentence.Span, _setWeapon);
    }

    // ---- dates and background ------------------------------------------------------------------------------

    /// <summary>
    /// The span counts over a stretch of time measured from an edge ("in the past six months", "during the first 10
    /// weeks of the war", "in the first half of the year"; function_words.tsv kinds period_edge and period_unit): "the",
    /// an edge word, then a count (a number or "half") and a unit. A toll in such a sentence is a period's.
    /// </summary>
    private bool CountsOverPeriod(AnnotatedDocument doc, TextSpan span)
    {
        for (var w = doc.WordAt(span.Start); w + 3 < doc.Words.Count && doc.Words[w + 3].Start < span.End; w++)
        {
            if (CountsOverStretch(doc, span, w)) return true;
            if (doc.Words[w].Key != "the" || !_periodEdges.Contains(doc.Words[w + 1].Key)) continue;
            var count = w + 2;
            if (doc.Words[count].Key != "half")
            {
                var number = doc.NumbersIn(new TextSpan(doc.Words[count].Start, doc.Words[count].End)).FirstOrDefault();
                if (number is null) continue;
                while (count + 1 < doc.Words.Count && doc.Words[count + 1].End <= number.End) count++;
            }
            if (count + 1 < doc.Words.Count && _periodUnits.Contains(doc.Words[count + 1].Key)) return true;
            if (doc.Words[count].Key == "half" && count + 2 < doc.Words.Count && doc.Words[count + 1].Key == "of") return true;
        }
        return false;
    }

    /// <summary>
    /// A stretch preposition (function_words.tsv kind stretch_preposition) right before a count and a unit of time
    /// (period_unit) measures a toll over that stretch: "3,000 died over 30 years", "killed during four decades of war". Not
    /// after a ranking word of its sentence ("the deadliest attack in over 30 years" ranks the day's attack), nor before
    /// "ago" or "old" ("over 30 years ago", "a man over 30 years old").
    /// </summary>
    /// <summary>
    /// The span counts over a stretch of time ("3,000 died over 30 years", see the overload): such a toll is kept from
    /// being reread as a follow-up's attack or told as a past attack of its own.
    /// </summary>
    private bool CountsOverStretch(AnnotatedDocument doc, TextSpan span)
    {
        for (var w = doc.WordAt(span.Start); w + 2 < doc.Words.Count && doc.Words[w + 2].Start < span.End; w++)
            if (CountsOverStretch(doc, span, w)) return true;
        return false;
    }

    private bool CountsOverStretch(AnnotatedDocument doc, TextSpan span, int w)
    {
        if (!_stretchPrepositions.Contains(doc.Words[w].Key)) return false;
        var count = w + 1;
        // the number may take the preposition in ("over 30" read as more than 30)
        var number = doc.NumbersIn(new TextSpan(doc.Words[w].Start, doc.Words[count].End)).FirstOrDefault(n => n.End >= doc.Words[count].End);
        if (number is null) return false;
        while (count + 1 < doc.Words.Count && doc.Words[count + 1].End <= number.End) count++;
        if (count + 1 >= doc.Words.Count || !_periodUnits.Contains(doc.Words[count + 1].Key)) return false;
        if (count + 2 < doc.Words.Count && doc.Words[count + 2].Start < span.End && doc.Words[count + 2].Key is "ago" or "old") return false;
        return !BackgroundCues(doc, new TextSpan(span.Start, doc.Words[w].Start)).Any(b => b.As<string>() == "ranking");
    }

    /// <summary>
    /// The sentence tells attacks as a habit of a place or a time, not one event: a habit word (function_words.tsv kind
    /// habit_word) right before an attack word ("the republic has seen numerous bombings", "frequent deadly attacks") or
    /// said of it after a form of "be" ("kidnappings are commonplace"; not "the assailants, numerous and armed"), and no
    /// day nor counted victim. Such a sentence is background.
    /// </summary>
    private bool TellsHabit(AnnotatedDocument doc, TextSpan span, IReadOnlyList<CasualtyMention> casualties, IReadOnlyList<DateMention> dates)
    {
        if (dates.Any(d => d.Precision == "day") || casualties.Any(c => c.Value > 0)) return false;
        var events = doc.CuesIn(span, CueKind.Event).ToList();
        if (events.Count == 0) return false;
        for (var w = doc.WordAt(span.Start); w < doc.Words.Count && doc.Words[w].Start < span.End; w++)
        {
            if (!_habitWords.Contains(doc.Words[w].Key)) continue;
            if (events.Any(e => e.FirstWord > w && e.FirstWord <= w + 2)) return true;
            if (w > 0 && _beAuxiliaries.Contains(doc.Words[w - 1].Key) && events.Any(e => e.LastWord < w)) return true;
        }
        return false;
    }

    /// <summary>
    /// The sentence dates its news by a period of hours up to now ("kidnapped in the past few hours", "over the last 24
    /// hours"): a background cue of a period that <see cref="SpansHours"/>, the day of the news.
    /// </summary>
    private bool WithinHours(AnnotatedDocument doc, SentenceFacts f) =>
        doc.CuesIn(f.Sentence.Span, CueKind.Background).Any(b => b.As<string>() is "aggregate" or "past" && SpansHours(doc, b));

    /// <summary>
    /// A background cue of a span of time that is counted in hours or minutes (function_words.tsv kind clock_unit): "in
    /// the past 48 hours", "over the last hour", "in the past few hours" tell the news of the day, not a period before it.
    /// </summary>
    private bool SpansHours(AnnotatedDocument doc, Cue cue)
    {
        var w = cue.LastWord + 1;
        if (w >= doc.Words.Count) return false;
        if (doc.NumbersIn(new TextSpan(doc.Words[w].Start, doc.Words[w].End)).FirstOrDefault() is { } number)
            while (w < doc.Words.Count && doc.Words[w].Start < number.End) w++;
        // "in the past few hours": a vague count (function_words.tsv kind unit_count) before the unit
        while (w < doc.Words.Count && _unitCounts.Contains(doc.Words[w].Key)) w++;
        return w < doc.Words.Count && _clockUnits.Contains(doc.Words[w].Key);
    }

    /// <summary>
    /// A "since" date or a bare year or month inside a relative clause that describes a person, a place or a group,
    /// opened by a relative word (function_words.tsv kind relative_word: "who", "whose", "which", "where") and running
    /// to the next comma or the sentence's end: "a sergeant who had run the office since 2019", "the market, which has
    /// stood there since 1950,". It tells of them, not of the attack, so it neither dates the sentence nor makes it
    /// background. A clause that gives a toll ("the war, which has killed 300 since 2011") or an attack word is no such
    /// aside, nor is one about an attack word just before it ("the raid, which took place in 2019"); a day ("which
    /// happened last Saturday") dates an event, not a state.
    /// </summary>
    private bool InDescriptiveClause(AnnotatedDocument doc, Sentence s, DateMention date, IReadOnlyList<CasualtyMention> casualties)
    {
        if (!date.Since && date.Precision == "day") return false;
        var first = doc.WordAt(s.Start);
        var opener = -1;
        for (var w = doc.WordAt(date.Start) - 1; w > first; w--)
        {
            var key = doc.Words[w].Key;
            if (key is "," or ";" or ":" or "—" or "(" or ")") return false;
            if (_relativeWords.Contains(key)) { opener = w; break; }
        }
        if (opener < 0) return false;
        var antecedent = new TextSpan(doc.Words[Math.Max(first, opener - 3)].Start, doc.Words[opener].Start);
        if (doc.CuesIn(antecedent, CueKind.Event).Any()) return false;
        var end = doc.WordAt(date.End);
        while (end < doc.Words.Count && doc.Words[end].Start < s.End && doc.Words[end].Key is not ("," or ";" or ":" or "—" or "(" or ")")) end++;
        var clause = new TextSpan(doc.Words[opener].Start, end < doc.Words.Count ? doc.Words[end].Start : s.End);
        if (casualties.Any(c => c.Span.Start < clause.End && clause.Start < c.Span.End)) return false;
        return !doc.CuesIn(clause, CueKind.Event).Any() && !doc.CuesIn(clause, CueKind.Background).Any();
    }

    /// <summary>
    /// The span tells what an earlier version of its article said, as a correction does (background.tsv kind withdrawn:
    /// "An earlier version of this article said that five were killed"): the figures it gives are withdrawn.
    /// </summary>
    private static bool Withdraws(AnnotatedDocument doc, TextSpan span) =>
        doc.CuesIn(span, CueKind.Background).Any(b => b.As<string>() == "withdrawn");

    /// <summary>
    /// The span tells a death of age or illness (background.tsv kind natural: "died in his sleep", "of natural causes",
    /// "died at the age of 84"): its death words count no victim.
    /// </summary>
    private static bool TellsNaturalDeath(AnnotatedDocument doc, TextSpan span) =>
        doc.CuesIn(span, CueKind.Background).Any(b => b.As<string>() == "natural");

    private static bool IsAggregate(AnnotatedDocument doc, SentenceFacts f) =>
        BackgroundCues(doc, f.Sentence.Span).Any(b => b.As<string>() is "aggregate" or "future" or "hypothetical" || StoppedWithoutHarm(b, f.Casualties));

    /// <summary>
    /// A word of an attack stopped (background.tsv kind foiled: "foiled", "thwarted") tells no attack when its sentence
    /// counts no victim; with victims killed or hurt ("four guards were killed when an attack on the post was foiled")
    /// the attack happened, and was only stopped short of more harm.
    /// </summary>
    /// <summary>
    /// A side's word that the other fired first (background.tsv kind counter: "the border service said the other side's
    /// soldiers opened fire first on a post near X") justifies the attack the article tells: X is no scene of an attack,
    /// unless its sentence counts victims killed or hurt ("troops opened fire first, killing two guards").
    /// </summary>
    private static bool CounterAccusesWithoutHarm(Cue cue, IReadOnlyList<CasualtyMention> casualties) =>
        cue.As<string>() == "counter"
        && !casualties.Any(c => c.Value > 0 && c.Kind is CasualtyMention.Killed or CasualtyMention.Injured or CasualtyMention.Shot);

    private static bool StoppedWithoutHarm(Cue cue, IReadOnlyList<CasualtyMention> casualties) =>
        cue.As<string>() == "foiled"
        && !casualties.Any(c => c.Value > 0 && c.Kind is CasualtyMention.Killed or CasualtyMention.Injured or CasualtyMention.Shot);

    /// <summary>
    /// A sentence that tells the day's news before any background: its day comes before every background cue ("a wave
    /// of attacks on Monday killed 107, the deadliest day in two years, after the group warned it would strike").
    /// </summary>
    private static bool DayToll(AnnotatedDocument doc, SentenceFacts f) =>
        f.Dates.FirstOrDefault(d => d.Precision == "day" && !d.Since) is { } day && TellsBeforeBackground(doc, f, day.End);

    /// <summary>Every background cue of the sentence comes at or after <paramref name="position"/>.</summary>
    private static bool TellsBeforeBackground(AnnotatedDocument doc, SentenceFacts f, int position) =>
        BackgroundCues(doc, f.Sentence.Span).All(b => b.Start >= position || b.As<string>() is "accident" or "accident_site" or "no_foul_play" or "find" or "drill" or "staged");

    /// <summary>
    /// The background cues of a span, leaving out those that begin a name: a capitalised word inside a sentence that is
    /// not written in title case ("the Planned Parenthood clinic" plans nothing).
    /// </summary>
    private static IEnumerable<Cue> BackgroundCues(AnnotatedDocument doc, TextSpan span)
    {
        var cues = doc.CuesIn(span, CueKind.Background).ToList();
        cues.RemoveAll(c => c.As<string>() == "aggregate" && cues.Any(r => Ranks(doc, r, c)));
        if (cues.Count == 0 || doc.AllCaps) return cues;
        var first = doc.WordAt(span.Start);
        return cues.Where(c => c.FirstWord == first || !char.IsUpper(doc.Text[c.Start]) || TitleCase(doc, span));
    }

    /// <summary>Most words between a ranking word and the period it ranks in: "the deadliest day of attacks in the country this year".</summary>
    private const int MaxRankingGap = 10;

    /// <summary>
    /// <paramref name="ranking"/> (background.tsv kind ranking) describes the day's attack, after a comma, "in" or a verb
    /// of being ("..., the deadliest attack there this year", "in the worst attack on civilians in the state this year"),
    /// and ranks it within the period <paramref name="period"/> names: the period is no toll over it. "The worst violence
    /// this year has killed 300" (no such opening) stays a toll.
    /// </summary>
    private static bool Ranks(AnnotatedDocument doc, Cue ranking, Cue period)
    {
        if (ranking.As<string>() != "ranking" || period.FirstWord <= ranking.LastWord || period.FirstWord - ranking.LastWord > MaxRankingGap) return false;
        for (var w = ranking.LastWord + 1; w < period.FirstWord; w++)
            if (doc.Words[w].Key is "," or ";" or "." || doc.NumbersIn(new TextSpan(doc.Words[w].Start, doc.Words[w].End)).Any()) return false;
        var before = ranking.FirstWord - 1;
        if (before >= 0 && doc.Words[before].Key is "the" or "its" or "their") before--;
        // "in one of the largest attacks in the region this year": one of the ranked, as much as the first
        if (before >= 1 && doc.Words[before].Key == "of" && doc.Words[before - 1].Key == "one") before -= 2;
        return before >= 0 && doc.Words[before].Key is "," or "in" or "was" or "is" or "as" or "—" or "-";
    }

    /// <summary>Most longer words of the span are capitalised, as in a headline.</summary>
    private static bool TitleCase(AnnotatedDocument doc, TextSpan span)
    {
        int upper = 0, lower = 0;
        for (var w = doc.WordAt(span.Start); w < doc.Words.Count && doc.Words[w].Start < span.End; w++)
        {
            if (doc.Words[w].End - doc.Words[w].Start < 4) continue;
            var c = doc.Text[doc.Words[w].Start];
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
        }
        return upper > 2 * lower;
    }

    /// <summary>
    /// The sentence's day of the attack, its dateline's date aside: the day its siege began (<see cref="StartDay"/>); of
    /// several days the attack's own (<see cref="AttacksOwnDay"/>); else its first day but one that dates the telling
    /// ("sources reported today that troops killed nine peasants on 17 August": the 17th), else its first day.
    /// </summary>
    private DateMention? AttackDay(AnnotatedDocument doc, SentenceFacts f)
    {
        var days = f.Dates.Where(d => d.Precision == "day" && !d.Since && !InDateline(doc, f, d) && !DatesActBeforeRelative(doc, f, d)
            && !DatesAftercare(doc, f, d)).ToList();
        if (StartDay(doc, f) is { } start) return start;
        var untold = days.Where(d => !DatesTelling(doc, d)).ToList();
        // "another victim of Tuesday's arson died in hospital on Thursday": the day of a later death is not the attack's
        untold.RemoveAll(d => DatesDeath(doc, f, d) && untold.Any(e => e.Date < d.Date));
        if (NightInto(doc, untold) is { } smallHours) return smallHours;
        if (untold.Count > 1 && untold.Any(d => d.Date != untold[0].Date) && AttacksOwnDay(doc, f, untold) is { } after) return after;
        return untold.FirstOrDefault() ?? days.FirstOrDefault();
    }

    /// <summary>
    /// The day dates another act than the attack: every attack word of the sentence comes after it, inside a clause opened
    /// by a relative word (function_words.tsv kind relative_opener) that follows the day, so the attack is only named
    /// as where or in what the day's act took place ("mourners gathered on Friday evening outside the shop where the
    /// owner was shot": the vigil's day, not the shooting's). An attack word before the relative word ("gunmen stormed
    /// a bar on Friday where they killed five") keeps the day the attack's.
    /// </summary>
    private bool DatesActBeforeRelative(AnnotatedDocument doc, SentenceFacts f, DateMention d)
    {
        var attacks = f.Events.Where(e => !e.As<EventCue>().Vehicle).Select(e => e.Start)
            .Concat(f.Casualties.Select(c => Math.Min(c.Span.Start, c.Figure.Start))).ToList();
        if (attacks.Count == 0 || attacks.Min() < d.End) return false;
        var first = attacks.Min();
        for (var w = doc.WordAt(d.End); w < doc.Words.Count && doc.Words[w].Start < first; w++)
            if (_relativeOpeners.Contains(doc.Words[w].Key)) return true;
        return false;
    }

    /// <summary>
    /// The later day of a night told as running from one day into the next (function_words.tsv kind night_word): "in the
    /// night from Tuesday to Wednesday", "the night of Monday 3 to Tuesday 4 June": an attack of the small hours, dated
    /// by the day they belong to. A night word at most three words before the first day, "to" or "into" between them.
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex NightLink =
        new(@"^\s*(\d{1,2}\s+)?(to|into)\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private DateMention? NightInto(AnnotatedDocument doc, List<DateMention> days)
    {
        var ordered = days.OrderBy(d => d.Start).ToList();
        for (var i = 0; i + 1 < ordered.Count; i++)
        {
            var (from, into) = (ordered[i], ordered[i + 1]);
            // (the first day's number may stand outside its mention: "Tuesday 20 to Wednesday 21 May")
            if (into.Date != from.Date.AddDays(1) || !NightLink.IsMatch(doc.Text[from.End..into.Start])) continue;
            for (int w = doc.WordAt(from.Start) - 1, steps = 0; w >= 0 && steps < 3; w--, steps++)
            {
                if (doc.Words[w].Key is "," or ";" or ".") break;
                if (_nightWords.Contains(doc.Words[w].Key)) return into;
            }
        }
        return null;
    }

    /// <summary>
    /// The day follows a verb of dying (function_words.tsv kind death_verb) by at most <see cref="DeathDayReach"/> words, with
    /// no comma and no attack word between: "died at the burn unit of the city hospital on Thursday afternoon".
    /// </summary>
    private bool DatesDeath(AnnotatedDocument doc, SentenceFacts f, DateMention d)
    {
        var first = doc.WordAt(f.Sentence.Start);
        for (int w = doc.WordAt(d.Start) - 1, steps = 0; w >= first && steps < DeathDayReach; w--, steps++)
        {
            var word = doc.Words[w];
            if (word.Key is "," or ";") return false;
            if (_deathVerbs.Contains(word.Key)) return true;
            if (doc.CuesIn(new TextSpan(word.Start, word.End), CueKind.Event).Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false })) return false;
        }
        return false;
    }

    private const int DeathDayReach = 12;

    /// <summary>
    /// The day dates what befell the hurt after the attack, never the attack: a care verb (function_words.tsv kind
    /// care_verb) at most <see cref="CareDayReach"/> words before it with no comma between ("the wounded were flown on
    /// Sunday to the capital"), or a death of one the attack had hurt (<see cref="DatesWoundedDeath"/>: "a guard shot
    /// in the raid died on Friday in hospital"). Such a sentence tells a transfer or a toll's rise; the attack's day is
    /// another sentence's.
    /// </summary>
    private bool DatesAftercare(AnnotatedDocument doc, SentenceFacts f, DateMention d) =>
        !NamesItsAttack(doc, d, weakToo: true) && (CareVerbBefore(doc, f, d) || DatesWoundedDeath(doc, f, d));

    /// <summary>Most words from a care verb to the day it dates ("evacuated early on Saturday").</summary>
    private const int CareDayReach = 3;

    /// <summary>
    /// A care verb stands at most <see cref="CareDayReach"/> words before the day, no comma between ("were flown on Sunday"),
    /// or before a means phrase that fills the gap (a word of function_words.tsv kind care_means right after the verb, at most
    /// <see cref="CareMeansReach"/> words before the day: "were evacuated by helicopter on Sunday", "flown by air on Monday
    /// morning"): the day of the transfer, not of the attack.
    /// </summary>
    private bool CareVerbBefore(AnnotatedDocument doc, SentenceFacts f, DateMention d)
    {
        var first = doc.WordAt(f.Sentence.Start);
        for (int w = doc.WordAt(d.Start) - 1, steps = 0; w >= first && steps < Math.Max(CareDayReach, CareMeansReach); w--, steps++)
        {
            if (doc.Words[w].Key is "," or ";" or ":") return false;
            if (steps < CareDayReach && _careVerbs.Contains(doc.Words[w].Key)) return true;
            if (w > first && _careMeans.Contains(doc.Words[w].Key) && _careVerbs.Contains(doc.Words[w - 1].Key)) return true;
        }
        return false;
    }

    /// <summary>
    /// The day dates the death (<see cref="DatesDeath"/>) of one who had been hurt: a wound word (function_words.tsv
    /// kind wound_word) in the dying verb's clause before it or between it and the day ("one of the two guards wounded
    /// on the bridge died on Monday", "died of his wounds on Monday"), a later-death word right before the verb ("later
    /// died on Monday"), or a care place (care_noun) at most <see cref="CarePlaceReach"/> words after the day ("died on
    /// Monday at the district hospital"). A death told with no such sign ("four people died on Monday when a bus was
    /// bombed") keeps its day the attack's.
    /// </summary>
    private bool DatesWoundedDeath(AnnotatedDocument doc, SentenceFacts f, DateMention d)
    {
        if (!DatesDeath(doc, f, d)) return false;
        var first = doc.WordAt(f.Sentence.Start);
        var day = doc.WordAt(d.Start);
        var verb = day - 1;
        while (verb >= first && !_deathVerbs.Contains(doc.Words[verb].Key)) verb--;
        if (verb < first) return false;
        for (var w = verb + 1; w < day; w++)
            if (_woundWords.Contains(doc.Words[w].Key)) return true;
        if (verb > first && _laterDeaths.Contains(doc.Words[verb - 1].Key)) return true;
        for (var w = verb - 1; w >= first; w--)
        {
            var key = doc.Words[w].Key;
            if (key is "," or ";" or ":" or ".") break;
            if (_woundWords.Contains(key)) return true;
        }
        var end = doc.WordAt(d.End);
        for (var w = end; w < doc.Words.Count && w < end + CarePlaceReach && doc.Words[w].Start < f.Sentence.End; w++)
        {
            if (doc.Words[w].Key is "," or ";") break;
            if (_careNouns.Contains(doc.Words[w].Key)) return true;
        }
        return false;
    }

    /// <summary>Most words from a dying day to the care place where the death came ("on Monday at the district hospital").</summary>
    private const int CarePlaceReach = 5;

    /// <summary>Most words from a sentence's opening day to the verb of its speaker ("On Monday night, the Islamic State group said").</summary>
    private const int OpeningSpeakerReach = 8;

    /// <summary>Most days from the start of a siege or standoff to another day its sentence gives (its end).</summary>
    private const int MaxSiegeDays = 2;

    /// <summary>
    /// The day the sentence says its attack began: a start verb (function_words.tsv kind start_verb) at most four words
    /// before the day, no comma between ("retook the hotel on Sunday, ending a siege that began on Saturday night",
    /// "the assault started at about 9 p.m. on Monday"), or a day after "since" in a sentence of an assault or a hostage
    /// taking that tells another day ("gunmen have held the hotel since Saturday evening, officials said on Sunday").
    /// Not when another day of the sentence lies before it or more
    /// than <see cref="MaxSiegeDays"/> after it: an offensive that began weeks earlier does not date this attack.
    /// </summary>
    private DateMention? StartDay(AnnotatedDocument doc, SentenceFacts f)
    {
        var days = f.Dates.Where(d => d.Precision == "day" && !d.Since).ToList();
        var first = doc.WordAt(f.Sentence.Start);
        foreach (var day in f.Dates.Where(d => d.Precision == "day"))
        {
            // "gunmen have held the hotel since Saturday evening, officials said on Sunday": a siege or a hostage taking
            // still going on when another day is told (not "clashes since Monday have killed 30", an aggregate)
            var started = day.Since && days.Count > 0 && f.Events.Any(e => e.As<EventCue>().EventType is "armed_assault" or "kidnapping");
            for (var w = doc.WordAt(day.Start) - 1; w >= first && w >= doc.WordAt(day.Start) - 4 && !started; w--)
            {
                if (doc.Words[w].Key is "," or ";") break;
                started = _startVerbs.Contains(doc.Words[w].Key);
            }
            if (started && days.All(d => d.Date >= day.Date && d.Date.DayNumber - day.Date.DayNumber <= MaxSiegeDays)) return day;
        }
        return null;
    }

    /// <summary>Most characters between a dateline's place and its date ("MADRID (SPAIN), 19 NOV 89", "WASHINGTON, D.C., Jan. 3").</summary>
    private const int DatelineDateGap = 24;

    /// <summary>
    /// The date belongs to the sentence's dateline ("SANTIAGO, 29 MAR 89 (EFE) --", "KABUL, March 3 (Reuters) -"): the
    /// day the report was filed, not the attack's; the story's day stands in for it when nothing else dates the attack.
    /// </summary>
    private static bool InDateline(AnnotatedDocument doc, SentenceFacts f, DateMention d)
    {
        if (f.Dateline is not { } dateline || d.Start < dateline.End || d.Start - dateline.End > DatelineDateGap) return false;
        foreach (var c in doc.Text.AsSpan(dateline.End, d.Start - dateline.End))
            if (c is '-' or '\u2013' or '\u2014' or ';') return false;
        return true;
    }

    /// <summary>
    /// Of a sentence's several days, the attack's: one written as the attack's own ("in connection with Saturday's
    /// bombing"), else the first written after the sentence's first attack word, a strong one if it has one: an attack's
    /// day follows it ("judges today began a strike over the murder of a judge on the evening of 1 November": the 1st,
    /// not today; "police on Monday said a bomb killed 12 at a market on Saturday"). Null when the sentence opens on its
    /// first day ("On Friday, a bomb ...") or has no attack word or no day after it.
    /// </summary>
    private static DateMention? AttacksOwnDay(AnnotatedDocument doc, SentenceFacts f, List<DateMention> days)
    {
        var attack = f.Events.FirstOrDefault(e => e.As<EventCue>() is { Weak: false, Vehicle: false })
                     ?? f.Events.FirstOrDefault(e => e.As<EventCue>() is { Vehicle: false }); // "the murder of a judge"
        if (attack is null) return null;
        if (days.FirstOrDefault(d => NamesItsAttack(doc, d)) is { } own) return own;
        var (first, opening) = (doc.WordAt(days[0].Start), doc.WordAt(f.Sentence.Start));
        if (days[0].End <= attack.Start && (first == opening || (first == opening + 1 && doc.Words[opening].Key == "on"))) return null;
        return days.FirstOrDefault(d => d.Start >= attack.End);
    }

    /// <summary>
    /// The date stands right after a speech verb ("reported today", "said on Monday"), or opens a clause whose verb is a
    /// speech or a blame within a few words ("On Friday, the government blamed the group for Thursday's bombing").
    /// </summary>
    private bool DatesTelling(AnnotatedDocument doc, DateMention d)
    {
        var w = BeforeDaypartOf(doc, doc.WordAt(d.Start) - 1);
        // "said on Monday", "informed this Monday" (a weekday of the publication week)
        if (w >= 0 && doc.Words[w].Key is "on" or "this") w--;
        if (w >= 0 && (_speechVerbs.Contains(doc.Words[w].Key) || _releaseVerbs.Contains(doc.Words[w].Key))) return true;
        // "speaking to reporters on Friday", "talking with the agency on Friday morning": a speech verb and whom it
        // addresses, at most two words, before the date; where it spoke may stand between ("speaking to journalists in
        // X on Thursday": a locative word and a capitalised name, SpeakingPlaceBefore)
        if (w >= 0 && doc.Words[w + 1].Key == "on")
            for (int v = SpeakingPlaceBefore(doc, w), k = v; k >= 1 && k > v - 3; k--)
            {
                if (doc.Words[k].Key is "," or ";") break;
                if (doc.Words[k].Key is "to" or "with" && _speechVerbs.Contains(doc.Words[k - 1].Key)) return true;
            }
        if (w >= 0 && doc.Words[w + 1].Key == "on" && SaidThrough(doc, w)) return true;
        if (w >= 0 && doc.Words[w + 1].Key == "on" && ReleasedText(doc, w, d)) return true;
        // "an official today told reporters", "police on Monday said"
        var next = doc.WordAt(d.End);
        if (next < doc.Words.Count && doc.Words[next].Start - d.End <= 1 && _speechVerbs.Contains(doc.Words[next].Key)) return true;
        var sentence = doc.SentenceAt(d.Start);
        var first = doc.WordAt(sentence.Start);
        if (w >= first && doc.Words[w].Key != "on" && w != first - 1) return false; // only a date that opens its sentence
        // "On Monday night, the Islamic State group said in a statement that its fighters had ...": the speaker may take a
        // few words before its verb; an attack or casualty word first makes the day the attack's ("On Monday, gunmen
        // killed five people, police said")
        var after = doc.WordAt(d.End);
        for (var n = after; n < doc.Words.Count && n < after + OpeningSpeakerReach && doc.Words[n].Start < sentence.End; n++)
        {
            var word = new TextSpan(doc.Words[n].Start, doc.Words[n].End);
            if (_speechVerbs.Contains(doc.Words[n].Key)) return true;
            if (doc.CuesIn(word, CueKind.Claim).Any(c => c.Start == doc.Words[n].Start)) return true;
            if (doc.CuesIn(word, CueKind.Event).Any(e => !e.As<EventCue>().Vehicle) || doc.CuesIn(word, CueKind.Casualty).Any()) return false;
        }
        return false;
    }

    /// <summary>
    /// The word before "in X" / "at X" ending at <paramref name="w"/> (a locative word and one capitalised word): where a
    /// speaker spoke, between whom it addressed and the day ("speaking to journalists in X on Thursday"); else
    /// <paramref name="w"/> itself.
    /// </summary>
    private int SpeakingPlaceBefore(AnnotatedDocument doc, int w) =>
        w >= 2 && char.IsUpper(doc.Text[doc.Words[w].Start]) && _locative.Contains(doc.Words[w - 1].Key) ? w - 2 : w;

    /// <summary>
    /// The day is that of a text's release: a statement's noun (function_words.tsv kind communique_noun) right before its
    /// "on" (at <paramref name="w"/>), or one word before it, the verb of its release ("in a bulletin aired on Sunday
    /// night, the army said ..."). Not a day's possessive ("the statement on Friday's bombing": the bombing's day).
    /// </summary>
    private bool ReleasedText(AnnotatedDocument doc, int w, DateMention d)
    {
        if (doc.Text.AsSpan(d.End).StartsWith("'s") || doc.Text.AsSpan(d.End).StartsWith("\u2019s")) return false;
        if (doc.Words[w].Key is "," or ";" or ".") return false;
        return _communiqueNouns.Contains(doc.Words[w].Key) || (w >= 1 && _communiqueNouns.Contains(doc.Words[w - 1].Key));
    }

    /// <summary>
    /// The word before a part of the day written ahead of its day ("released on the evening of Wednesday": the word "on"),
    /// when <paramref name="w"/> is the "of" of "the evening of"; else <paramref name="w"/> itself.
    /// </summary>
    private int BeforeDaypartOf(AnnotatedDocument doc, int w) =>
        w >= 2 && doc.Words[w].Key == "of" && _daypartWords.Contains(doc.Words[w - 1].Key) && doc.Words[w - 2].Key == "the" ? w - 3 : w;

    /// <summary>
    /// The words up to <paramref name="last"/> (right before "on" and a day) tell where or how something was said or
    /// claimed: a speech verb, a word of function_words.tsv kind speech_medium and at most <see cref="MediumReach"/> words
    /// ("said in a statement on Monday", "speaking on the national radio on Saturday morning"), or a claim phrase right
    /// there ("claimed responsibility on Monday"). An attack, casualty or actor word between ("said gunmen in a raid on
    /// Monday") makes the day the attack's.
    /// </summary>
    private bool SaidThrough(AnnotatedDocument doc, int last)
    {
        var lastWord = new TextSpan(doc.Words[last].Start, doc.Words[last].End);
        if (doc.CuesIn(lastWord, CueKind.Claim).Any(c => c.End == doc.Words[last].End)) return true;
        var first = doc.WordAt(doc.SentenceAt(doc.Words[last].Start).Start);
        for (var k = last; k >= first + 1 && k >= last - MediumReach; k--)
        {
            var word = doc.Words[k];
            if (word.Key is "," or ";" or "that" or ":") return false;
            var span = new TextSpan(word.Start, word.End);
            if (doc.CuesIn(span, CueKind.Event).Any(e => !e.As<EventCue>().Vehicle) || doc.CuesIn(span, CueKind.Casualty).Any()
                || doc.CuesIn(span, CueKind.Actor).Any()) return false;
            if (_speechMedia.Contains(word.Key) && _speechVerbs.Contains(doc.Words[k - 1].Key)) return true;
        }
        return false;
    }

    /// <summary>Most words from a speech verb's medium word to the "on" of the day ("said in a statement on its Telegram channel on Monday").</summary>
    private const int MediumReach = 6;

    /// <summary>The sentences of an undated article's opening whose full date stands in for the publication day.</summary>
    private const int UndatedOpeningSentences = 3;

    /// <summary>
    /// The day of the news: the first day-precision date of a sentence that reports an attack, else the publication
    /// day; for an undated article, its dateline's day, else a full date in its opening, else the latest year it names.
    /// </summary>
    private DateMention? StoryDate(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var published = doc.Published;
        DateMention? weekOld = null;
        foreach (var f in facts.Take(8))
        {
            // a day's toll over a wave ("a wave of attacks across the country on Monday killed 107") is background to
            // each attack, but its day, told before any background, is the news's
            if ((f.IsBackground && !DayToll(doc, f)) || f.IsTitle || !(f.HasStrongEvent || f.Casualties.Count > 0)) continue;
            var day = AttackDay(doc, f);
            if (day is null) continue;
            if (published is null || Math.Abs(day.Date.DayNumber - published.Value.DayNumber) <= 7) return day;
            if (weekOld is null && f.HasStrongEvent && TellsWeekOldAttack(doc, f, day, published.Value)) weekOld = day;
        }
        // no day of the week before publication: a weekly's or a follow-up's opening that tells an older attack in
        // strong words tells its subject ("when a roadside bomb tore open the first truck of a column on 21 April")
        if (weekOld is not null) return weekOld;
        if (published is { } p) return new DateMention(0, 0, p, "day");
        // an undated article's dateline gives the day it was filed: "INDIANAPOLIS (December 3, 2015) -"
        foreach (var f in facts.Take(2))
            if (f.Dates.FirstOrDefault(d => d.Precision == "day" && InDateline(doc, f, d)) is { } filed) return filed;
        // ... or its opening names the day it tells of, with its year (undated, only such dates are read): "few events
        // marked the city as those of Friday, 21 July 1972"
        foreach (var f in facts.Where(f => !f.IsTitle && !f.IsCaption).Take(UndatedOpeningSentences))
            if (f.Dates.FirstOrDefault(d => d.Precision == "day" && !d.Since) is { } told) return told;
        // Undated articles: the story is no older than the latest year it names, so an attack dated in an earlier year
        // ("shot dead in Las Vegas in 1996") is background to it.
        var latest = doc.Dates.Where(d => !d.Since).Select(d => d.Date.Year).DefaultIfEmpty(0).Max();
        return latest > 0 ? new DateMention(0, 0, new DateOnly(latest, 1, 1), "year") : null;
    }

    /// <summary>
    /// The sentence's day, more than a week and at most <see cref="WeekOldReach"/> days before publication, dates the act
    /// it tells ("when a roadside bomb tore open the first truck of a column on 21 April"), not a known attack named by its
    /// day ("the suspects of the April 15 attack") nor a follow-up's step (an arrest, a trial); no caption's.
    /// </summary>
    private bool TellsWeekOldAttack(AnnotatedDocument doc, SentenceFacts f, DateMention day, DateOnly published) =>
        day.Precision == "day" && day.Date < published && published.DayNumber - day.Date.DayNumber <= WeekOldReach && !f.IsCaption
        && !NamesItsAttack(doc, day, weakToo: true) && !_followUps.IsFollowUp(doc, f);

    /// <summary>Most days before publication an opening's attack may be and still be the story's (a weekly's account).</summary>
    private const int WeekOldReach = 21;

    /// <summary>
    /// The sentence tells of another time than the story's: a date of another period, or a count since a past day. A
    /// dateline's date ("Harare, 9 June (Wire) -") is the day the report was filed, which says nothing of the sentence.
    /// </summary>
    private static SentenceFacts MarkBackground(AnnotatedDocument doc, SentenceFacts f, DateMention? story)
    {
        if (f.IsBackground) return f;
        // "since 2011", "since Monday" (days of fighting) count over a period; "since Saturday night", the night of the
        // story's attack, counts that attack's toll
        var background = f.Dates.Any(d => !InDateline(doc, f, d) && ((d.Since && !SinceTheAttack(d, story)) || (story is not null && !SamePeriod(d, story))));
        return background ? f with { IsBackground = true } : f;
    }

    /// <summary>
    /// A "since" day that counts the story's own attack: the night before it or its day ("since Saturday night"), or one
    /// of the few days after it ("three of the wounded have died since Monday", the attack on Sunday): the aftermath of
    /// that attack, its victims dying or treated, not a period of its own.
    /// </summary>
    private static bool SinceTheAttack(DateMention since, DateMention? story) =>
        story is { Precision: "day" } && since.Precision == "day" && since.Date.DayNumber - story.Date.DayNumber is >= -1 and <= MaxAftermathDays;

    /// <summary>Most days after an attack that a "since" day may be and still count that attack's victims.</summary>
    private const int MaxAftermathDays = 3;

    /// <summary>
    /// A claim made since the day after the attack is about it: "in a video circulating since Thursday, the gang's chief
    /// admitted his men led the attack" (a night attack on Wednesday to Thursday). The sentence's "since" marks it as
    /// background to the tolls; its claim still counts when all its dates are "since" the attack's day or the next.
    /// </summary>
    private static bool ClaimSinceTheAttack(SentenceFacts f, DateMention? story) =>
        story is { Precision: "day" } && f.Claims.Any(c => c.As<string>() == "claimed") && f.Dates.Count > 0
        && f.Dates.All(d => d.Since && d.Precision == "day" && d.Date.DayNumber - story.Date.DayNumber is >= 0 and <= 1);

    private static bool SamePeriod(DateMention date, DateMention story) => (story.Precision == "year" ? "year" : date.Precision) switch
    {
        "day" => Math.Abs(date.Date.DayNumber - story.Date.DayNumber) <= 7,
        "month" => date.Date.Year == story.Date.Year && date.Date.Month == story.Date.Month,
        _ => date.Date.Year == story.Date.Year,
    };

    // ---- frames --------------------------------------------------------------------------------------------

    private static bool ReportsAttack(SentenceFacts f) => f.HasStrongEvent || f.Casualties.Any(c => c.Value is not null) || f.CountsDeadAndHurt;

    /// <summary>
    /// In an article whose opening presents a coordinated series (waves.tsv kind wave), a sentence with only a weak
    /// attack word still tells one of its attacks when it places it and names what was hit, or is the sentence of the
    /// series itself: "At Dunmore, the assault on the depot was beaten back", "positions in X and Y were the target of
    /// simultaneous attacks". Armed men named as the ones hit ("rebels") and words of fear ("terror") tell no attack.
    /// </summary>
    private static bool TellsWaveMember(SentenceFacts f) =>
        f.EventPlaces.Count > 0
        && f.Events.Any(e => e.As<EventCue>() is { Vehicle: false } c && (c.Assault || c.Act || c.EventType != "other"))
        && (f.Targets.Any(t => t.As<string>() != "armed_group") || f.HasWaveCue);

    private List<Frame> BuildFrames(AnnotatedDocument doc, List<SentenceFacts> facts, bool followUp = false)
    {
        var published = doc.Published is not null;
        var frames = new List<Frame>();
        var waveLead = facts.Any(f => f.HasWaveCue && !f.IsBackground && f.Sentence.Index <= WaveSentences);
        var placingNext = PlacesAttackToldNext(doc, facts);
        var placingTold = facts.Where(f => PlacesToldAttack(doc, f)).Select(f => f.Sentence.Index).ToHashSet();
        placingNext.UnionWith(PlaceLinesOfAttacks(doc, facts));
        foreach (var f in facts.Where(f => !f.IsBackground && !f.IsTitle && (ReportsAttack(f) || (waveLead && TellsWaveMember(f)) || placingNext.Contains(f.Sentence.Index) || placingTold.Contains(f.Sentence.Index))))
        {
            var inSentence = new List<Frame>();
            foreach (var p in f.EventPlaces)
            {
                // "the bus was travelling from Y to X": where a journey leads is a scene only when nothing before placed the attack
                if (f.RoadEnds.Contains(p) && frames.Count > 0 && frames.All(fr => !fr.Holds(p.Place))) continue;
                // "the airport road west of the capital, Kabul": a place and its landmark are one attack
                // but two towns listed as the scenes of what the sentence tells ("gunmen attacked buses in the
                // municipalities of X and Y, killing four") are two attacks
                var listed = ReportsAttack(f) && inSentence.Any(fr => ListedTowns(doc, fr, p));
                var near = listed ? null : inSentence.FirstOrDefault(fr => fr.Place.CountryCode == p.Place.CountryCode && fr.Place.KilometresTo(p.Place) < ReportMatcherDistance);
                if (near is not null && !near.Holds(p.Place)) { near.PlaceMentions.Add(p); continue; }
                inSentence.Add(listed ? FrameAt(frames, p) : FrameFor(frames, p));
            }
        }
        AddSectionFrames(doc, facts, frames);
        // a lead told under its dateline with no place of its own ("SARAQIB - Three soldiers were killed ... in this town")
        // is an attack there, not at the place of another attack the article tells further on; unless the lead names
        // that other attack's town in passing ("CONCEPCIÓN - The head of X's security office was shot dead")
        if (frames.Count > 0 && facts.FirstOrDefault(f => !f.IsBackground && !f.IsTitle && ReportsAttack(f) && f.EventPlaces.Count == 0
                                                       && f.Dateline is { } d && OpeningNames(facts, new Frame(d))) is { Dateline: { } lead } leadSentence
            && !leadSentence.OtherPlaces.Any(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City && frames.Any(fr => fr.Holds(p.Place)))
            // "BRAZZAVILLE - Gunmen stopped a bus ... The attack took place near X": the next sentence places the lead's attack
            && !(NextTold(facts, leadSentence) is { } next && placingTold.Contains(next.Sentence.Index))
            && !frames.Any(fr => fr.Holds(lead.Place)))
            frames.Insert(0, new Frame(lead));
        if (frames.Count == 0)
        {
            // No place is written as the attack's: when the article reports one, fall back on the title's places, then
            // the dateline, then a city named in a sentence about the attack, then one named in the opening
            if (!facts.Any(f => !f.IsBackground && ReportsAttack(f))) return frames;
            static bool City(PlaceMention p) => !p.IsDemonym && p.Place.Kind != PlaceKind.Country;
            var title = facts.FirstOrDefault(f => f.IsTitle);
            var titled = title?.EventPlaces.Concat(title.OtherPlaces.Where(City)).ToList() ?? [];
            var candidates = titled.Where(p => p.Place.Kind == PlaceKind.City).ToList();
            var dateline = facts.Select(f => f.Dateline).FirstOrDefault(d => d is not null && d.Place.Kind != PlaceKind.Country);
            // a town the opening writes as where something violent happened ("soldiers were attacked in X") rather than
            // the dateline, which names where the report was filed, when the text never names the dateline's city again
            if (candidates.Count == 0 && dateline is not null)
            {
                var opening = facts.Where(f => !f.IsBackground && !f.IsTitle && f.Sentence.Index <= OpeningSentences && f.Events.Any(e => !e.As<EventCue>().Vehicle)).ToList();
                if (!facts.Any(f => f.EventPlaces.Concat(f.OtherPlaces).Any(p => p.Place.GeonameId == dateline.Place.GeonameId)))
                    candidates.AddRange(opening.SelectMany(f => f.EventPlaces)
                        // or a town of the dateline's country that an opening sentence about violence names at all
                        // ("X continues to live through a wave of terror"), but not one it names only as an aside (where a
                        // road leads, where someone came from)
                        .Concat(opening.SelectMany(f => f.OtherPlaces.Except(f.Asides)).Where(p => p.Place.CountryCode == dateline.Place.CountryCode && !p.IsDemonym && !PlaceAgreement.NamesCounty(doc, p)))
                        .Where(p => p.Place.Kind == PlaceKind.City).Take(1));
            }
            // "the hamlets were about 8 km from X": a town an opening sentence locates the scene by, rather than the
            // dateline, where the report was filed (often the region's capital, named again as where the wounded went)
            if (candidates.Count == 0 && dateline is not null)
                candidates.AddRange(facts.Where(f => !f.IsBackground && !f.IsTitle && f.Sentence.Index <= OpeningSentences + 2)
                    .SelectMany(f => f.EventPlaces.Where(p => p.Place.Kind == PlaceKind.City && p.Place.CountryCode == dateline.Place.CountryCode
                                                              && DistanceReference(doc, f.Sentence, p)))
                    .Take(1));
            // "PORT MORESBY - Armed men attacked several hamlets in the country's Enga province": a region the headline
            // or a sentence about the attack writes as the scene, and the dateline's city lies outside it: the region
            if (candidates.Count == 0 && dateline is not null && RegionOfAttack(facts, title, dateline) is { } region) candidates.Add(region);
            if (candidates.Count == 0)
            {
                if (dateline is not null) candidates.Add(dateline);
                candidates.AddRange(titled); // a province the title names ("a Michigan man") after the dateline's city
                // (never a town named only as where the wounded were taken; a town the scene is located by may do: "the hamlet
                // lies 9 km north of X", and so may a town someone is "a native in", often the scene of a local story)
                if (candidates.Count == 0) candidates.AddRange(facts.Where(f => !f.IsBackground && ReportsAttack(f)).SelectMany(f => f.OtherPlaces.Except(f.CarePlaces)).Where(City)
                    .Concat(facts.Where(f => !f.IsBackground && f.Sentence.Index <= OpeningSentences && OpensOnAttack(facts, title))
                        .SelectMany(f => f.EventPlaces.Concat(f.OtherPlaces).Except(f.CarePlaces)).Where(City))
                    .Take(1));
            }
            // "two suicide bombers killed ten people outside a mosque in Cameroon": at last, the country it happened in;
            // only in a dated article, as a record with neither a day nor a place finer than a country is no use
            if (candidates.Count == 0 && published)
                // (in a brief, a plainly told attack needs no victims: "suicide bombers blew themselves up at a market in Chad")
                candidates.AddRange(facts.Where(f => !f.IsBackground && ReportsAttack(f) && (f.Casualties.Any(c => c.Value > 0) || (!followUp && IsBrief(doc) && ToldPlainly(doc, f))))
                    .SelectMany(f => f.LocativeCountries).Take(1));
            // "six Malian soldiers were killed when militants ambushed a patrol": with no place named, the victims'
            // nationality gives the coarsest honest place, their country
            if (candidates.Count == 0 && published)
                candidates.AddRange(facts.Where(f => !f.IsBackground && ReportsAttack(f) && (f.Casualties.Any(c => c.Value > 0) || (!followUp && IsBrief(doc) && ToldPlainly(doc, f))))
                    .SelectMany(f => VictimsNationality(doc, f)).Take(1));
            // a trial or an arrest that names the attack's town only further on ("the shootings at the plant in X"):
            // the first town the article places anything at
            if (candidates.Count == 0 && followUp)
                candidates.AddRange(facts.SelectMany(f => f.EventPlaces).Where(City).Take(1));
            if (candidates.Count > 0 && AttackCountryElsewhere(doc, facts, candidates[0]) is { } elsewhere) candidates.Insert(0, elsewhere);
            if (Trace) Console.Error.WriteLine($"  fallback candidates: {string.Join(",", candidates.Select(c => c.Place.Name + "/" + c.Place.Kind))}");
            foreach (var p in candidates.Take(1)) FrameFor(frames, p).FromTitleOnly = true;
        }
        return frames;
    }

    /// <summary>
    /// The sentence places an attack already told, by a weak attack word (no vehicle) that a told determiner opens it with
    /// (function_words.tsv kind told_determiner, at most <see cref="ToldOpeningReach"/> words between) and a placing verb
    /// right after it (kind placing_verb): "The ambush happened near X", "This attack took place 20 km from X". Its places
    /// are the scene of the attack the sentences before it told.
    /// </summary>
    private bool PlacesToldAttack(AnnotatedDocument doc, SentenceFacts f)
    {
        if (f.IsBackground || f.IsTitle || f.EventPlaces.Count == 0 || ReportsAttack(f)) return false;
        var first = doc.WordAt(f.Sentence.Start);
        if (first >= doc.Words.Count || !_toldDeterminers.Contains(doc.Words[first].Key)) return false;
        var reach = new TextSpan(doc.Words[first].End, doc.Words[Math.Min(doc.Words.Count - 1, first + ToldOpeningReach + 1)].End);
        var attack = doc.CuesIn(reach, CueKind.Event).FirstOrDefault(e => e.As<EventCue>() is { Vehicle: false });
        if (attack is null || attack.End > f.Sentence.End) return false;
        return PlacingVerbAt(doc, doc.WordAt(attack.End));
    }

    /// <summary>A placing verb (function_words.tsv kind placing_verb, of one or two words) begins at word <paramref name="w"/>.</summary>
    private bool PlacingVerbAt(AnnotatedDocument doc, int w) =>
        w < doc.Words.Count && (_placingVerbs.Contains(doc.Words[w].Key)
                                || w + 1 < doc.Words.Count && _placingVerbs.Contains(doc.Words[w].Key + " " + doc.Words[w + 1].Key));

    private const int ToldOpeningReach = 2;

    /// <summary>The first sentence after <paramref name="lead"/> that is neither background nor a title, or null.</summary>
    private static SentenceFacts? NextTold(List<SentenceFacts> facts, SentenceFacts lead) =>
        facts.FirstOrDefault(g => g.Sentence.Index > lead.Sentence.Index && !g.IsBackground && !g.IsTitle);

    /// <summary>
    /// Sentences that bring one more band of attackers to a place of their own without telling what they did there
    /// (waves.tsv kind another: "Around 10pm, a second group blocked the road near X"), when the next sentence tells that
    /// attack in words of its own and names no place ("The attackers shot the driver dead"): the place is that attack's.
    /// </summary>
    private static HashSet<int> PlacesAttackToldNext(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var found = new HashSet<int>();
        for (var i = 0; i + 1 < facts.Count; i++)
        {
            var f = facts[i];
            if (f.IsBackground || f.IsTitle || f.IsCaption || f.EventPlaces.Count == 0 || ReportsAttack(f)
                || !doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(c => c.As<string>() == "another")) continue;
            if (facts.Skip(i + 1).FirstOrDefault(g => !g.IsBackground) is { EventPlaces.Count: 0, HasStrongEvent: true, IsCaption: false } next && ReportsAttack(next))
                found.Add(f.Sentence.Index);
        }
        return found;
    }

    /// <summary>Sentences after a numbered item's place line that may tell its attack without a place of their own.</summary>
    private const int PlaceLineBodyReach = 2;

    /// <summary>
    /// A numbered item's place line (<see cref="HeadsNumberedPlaceLine"/>: "2. Elmwood village, Hill district.") whose next
    /// sentences, placed nowhere else, tell an attack ("At dawn the village was shelled. One man died."): the line places
    /// that attack, as "in Elmwood" in the sentence itself would.
    /// </summary>
    private HashSet<int> PlaceLinesOfAttacks(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var found = new HashSet<int>();
        for (var i = 0; i + 1 < facts.Count; i++)
        {
            var f = facts[i];
            if (f.IsBackground || f.IsTitle || f.IsCaption || ReportsAttack(f)
                || f.EventPlaces.FirstOrDefault(p => HeadsNumberedPlaceLine(doc, f.Sentence, p)) is not { } line) continue;
            var body = facts.Skip(i + 1).Where(g => !g.IsBackground && !g.IsCaption).Take(PlaceLineBodyReach)
                .TakeWhile(g => g.EventPlaces.All(p => p.Place == line.Place)).ToList();
            if (body.Any(g => ReportsAttack(g) || g.Events.Count > 0)) found.Add(f.Sentence.Index);
        }
        return found;
    }

    /// <summary>
    /// A round-up's section (<see cref="SectionHeadings"/>) whose body tells an attack but places it nowhere of its own
    /// ("RIVERTON: THE BAKERY", then "Before dawn, two men shot the baker ...") or only at the heading's town again
    /// ("... a mob stormed a depot in Riverton", then "Two drivers were hurt") tells it at its heading's town: a frame
    /// there, in the order the article tells its sections. The section ends at the next heading or at a heading of the
    /// article's own (<see cref="SubHeading"/>: "Background"). A frame already at the heading's town is the section's too;
    /// either stays apart from the other sections' attacks, however near.
    /// </summary>
    private void AddSectionFrames(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        foreach (var (town, body) in Sections(doc, facts))
        {
            if (HolderOf(frames, town.Place) is { } told) { told.Sectioned |= !DayHeaded(doc, facts, town) || TellsViolence(body); continue; }
            if (!body.Any(f => !f.IsBackground && !f.IsCaption && ReportsAttack(f))
                || body.Any(f => PlacesAttackElsewhere(f, town))) continue;
            var at = frames.FindIndex(fr => fr.PlaceMentions[0].Start > town.Start);
            frames.Insert(at < 0 ? frames.Count : at, new Frame(town) { Sectioned = true });
        }
    }

    /// <summary>
    /// A section's body names violence done to people or things in a word of its own, not a vehicle's word or a weak word
    /// for harm alone: "gunmen opened fire", "set fire to three houses"; not "six died when a bus overturned" (an
    /// accident under a timeline's day heading is no attack its town's frame may be kept for).
    /// </summary>
    private static bool TellsViolence(List<SentenceFacts> body) =>
        body.Any(f => !f.IsBackground && !f.IsCaption
                      && f.Events.Any(e => e.As<EventCue>() is { Vehicle: false } c && (!c.Weak || c.EventType != "other" || c.Assault)));

    /// <summary>
    /// A round-up's section (<see cref="SectionHeadings"/>) is dated by its own opening: the first day, of no telling, read
    /// in its sentences up to the first that tells its attack ("DALEFORD: THE BAKERY", "Early on Saturday it was the
    /// bakery's turn.", "Two masked men shot the baker ...") is the day of the section's attack, over a later day of the
    /// section (a call for ransom, a death in hospital) and over none (the publication day). Each section keeps its own.
    /// </summary>
    private void DateSections(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        foreach (var (town, body) in Sections(doc, facts))
        {
            if (HolderOf(frames, town.Place) is not { Sectioned: true } frame
                || (SectionOpeningDay(doc, body) ?? AttackHeadingDay(doc, facts, town, body)) is not { } day) continue;
            if (frame.Date is { } current && frame.DateFromAttack && current.Date <= day.Date) continue;
            frame.Date = day;
            frame.DateFromAttack = true;
            frame.DatedByPlaceless = false;
        }
    }

    /// <summary>
    /// A round-up's sections (<see cref="SectionHeadings"/>) with a town: the heading's town and the sentences after it up
    /// to the next heading or a heading of the article's own (<see cref="SubHeading"/>: "Background").
    /// </summary>
    private IEnumerable<(PlaceMention Town, List<SentenceFacts> Body)> Sections(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var heads = SectionHeadings(doc, facts);
        if (heads.Count == 0) yield break;
        for (var i = 0; i < facts.Count; i++)
        {
            if (!heads.Contains(facts[i].Sentence.Index) || SectionTown(doc, facts[i]) is not { } town) continue;
            yield return (town, facts.Skip(i + 1).TakeWhile(f => !heads.Contains(f.Sentence.Index) && !SubHeading(doc, f)).ToList());
        }
    }

    /// <summary>
    /// The day of a timeline's day heading (<see cref="HeadingDay"/>: "MONDAY, 3 MARCH - RIVERTON") whose section tells an
    /// attack: the day of that attack when the section names none before telling it; null for a section of no attack
    /// (a prayer for peace on Sunday does not redate Monday's shooting in the same town).
    /// </summary>
    private static DateMention? AttackHeadingDay(AnnotatedDocument doc, List<SentenceFacts> facts, PlaceMention town, List<SentenceFacts> body) =>
        body.Any(f => !f.IsBackground && !f.IsCaption && ReportsAttack(f)) && HeadingOf(facts, town) is { } head ? HeadingDay(doc, head) : null;

    /// <summary>The sentence a section's heading town is written in.</summary>
    private static SentenceFacts? HeadingOf(List<SentenceFacts> facts, PlaceMention town) =>
        facts.FirstOrDefault(f => f.Sentence.Start <= town.Start && town.End <= f.Sentence.End);

    /// <summary>
    /// The section is headed by a timeline's day ("TUESDAY, 4 MARCH - ELMWOOD"), not by an attack's town: a timeline
    /// tells the week's news of every kind (an accident, a seizure, a prayer), so its section is an attack only where it
    /// names violence (see <see cref="TellsViolence"/>), unlike a round-up of attacks, whose every section tells one.
    /// </summary>
    private static bool DayHeaded(AnnotatedDocument doc, List<SentenceFacts> facts, PlaceMention town) =>
        HeadingOf(facts, town) is { } head && HeadingDay(doc, head) is not null;

    /// <summary>The first day of no telling in a section's sentences up to the first that tells its attack (see <see cref="DateSections"/>).</summary>
    private DateMention? SectionOpeningDay(AnnotatedDocument doc, List<SentenceFacts> body)
    {
        foreach (var f in body.Where(f => !f.IsBackground && !f.IsCaption))
        {
            if (AttackDay(doc, f) is { } day && !DatesTelling(doc, day)) return day;
            if (ReportsAttack(f)) return null;
        }
        return null;
    }

    /// <summary>
    /// A sentence of a round-up's section that tells an attack at a place other than its heading's town ("RIVERTON: THE
    /// DEPOT", then "a mob stormed a depot in Oakdale"): the section's attack is that place's. A sentence that names
    /// another town without telling an attack there ("The injured were taken to Oakdale", the round-up's closing words
    /// "our readers in Oakdale and Riverton") leaves the attack at the heading's town.
    /// </summary>
    private static bool PlacesAttackElsewhere(SentenceFacts f, PlaceMention town) =>
        !f.IsBackground && ReportsAttack(f) && f.EventPlaces.Any(p => !new Frame(town).Holds(p.Place));

    /// <summary>Most words of a heading of its own line that closes a round-up's last section ("Background", "What we ask").</summary>
    private const int MaxSubHeadingWords = 4;

    /// <summary>
    /// A short line of its own without a sentence's stop, a place or an attack word ("Background", "Our demands"): a heading
    /// of the article's own, after which the last section of a round-up has ended (what follows, as a list of related
    /// stories, is none of its attack's).
    /// </summary>
    private static bool SubHeading(AnnotatedDocument doc, SentenceFacts f)
    {
        if (f.IsTitle || f.Events.Count > 0 || f.EventPlaces.Count > 0 || f.OtherPlaces.Count > 0 || f.Dateline is not null) return false;
        var text = doc.Text;
        var line = f.Sentence.Of(text).Trim();
        if (line.Length == 0 || !char.IsLetter(line[^1]) || line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxSubHeadingWords) return false;
        var before = f.Sentence.Start;
        while (before > 0 && text[before - 1] is ' ' or '\t') before--;
        var after = f.Sentence.End;
        while (after < text.Length && text[after] is ' ' or '\t') after++;
        return (before == 0 || text[before - 1] is '\n' or '\r') && (after >= text.Length || text[after] is '\n' or '\r');
    }

    /// <summary>
    /// The town <paramref name="p"/> is written right after one of the frame's towns as the next item of a list of scenes,
    /// joined by "and" or "or" ("in X and Y", "in X and in Y"): two towns, each with its own attack, not a place and its
    /// landmark ("the airport road west of the capital, Kabul").
    /// </summary>
    private static bool ListedTowns(AnnotatedDocument doc, Frame frame, PlaceMention p)
    {
        if (p.IsDemonym || p.Place.Kind != PlaceKind.City || frame.Place.Kind != PlaceKind.City || frame.Place.GeonameId == p.Place.GeonameId) return false;
        var before = frame.PlaceMentions.Where(m => m.End <= p.Start && !m.IsDemonym && m.Place.Kind == PlaceKind.City).MaxBy(m => m.End);
        if (before is null) return false;
        var between = doc.Text[before.End..p.Start].Trim().ToLowerInvariant();
        return between is "and" or "or" or "and in" or "or in";
    }

    /// <summary>
    /// A first-order division (a province, a state) of the dateline's country that the headline or a sentence about the
    /// attack writes as where it was ("killed in X province"), when the dateline's city lies in another one: the
    /// report was filed in the capital about an attack it places only by its region.
    /// </summary>
    private static PlaceMention? RegionOfAttack(List<SentenceFacts> facts, SentenceFacts? title, PlaceMention dateline)
    {
        // written as where it happened ("killed in X province"), not as who the victims are ("X man wounded")
        var named = (title?.EventPlaces ?? [])
            .Concat(facts.Where(f => !f.IsBackground && !f.IsTitle && ReportsAttack(f)).SelectMany(f => f.EventPlaces));
        return named.FirstOrDefault(p => !p.IsDemonym && p.Place.Kind == PlaceKind.Admin1 && p.Place.CountryCode == dateline.Place.CountryCode
                                         && p.Place.Admin1Code is not null && p.Place.Admin1Code != dateline.Place.Admin1Code);
    }

    private const double ReportMatcherDistance = Linking.ReportMatcher.MaxKilometres;

    /// <summary>
    /// The sentences that report the attack place it in one country ("was kidnapped in Colombia") while the fallback
    /// place (the dateline's city, where the report was filed) is in another: a town or a division of that country those
    /// sentences name, else the country itself.
    /// </summary>
    private static PlaceMention? AttackCountryElsewhere(AnnotatedDocument doc, List<SentenceFacts> facts, PlaceMention fallback)
    {
        var telling = facts.Where(f => !f.IsBackground && !f.IsTitle && ReportsAttack(f)).ToList();
        var countries = telling.SelectMany(f => f.LocativeCountries).ToList();
        if (countries.Count == 0) return SceneOfCommentaryFromAbroad(doc, facts, fallback);
        if (countries.Any(c => c.Place.CountryCode != countries[0].Place.CountryCode)) return null;
        var country = countries[0].Place.CountryCode;
        if (fallback.Place.CountryCode == country) return null;
        // a country named once may be a word of a name ("Beth Israel Hospital") or a passing remark; one the article
        // speaks of again (by name or people) is where it is about
        if (doc.Places.Count(p => p.Place.CountryCode == country && (p.IsDemonym || p.Place.Kind == PlaceKind.Country)) < 2) return null;
        return telling.SelectMany(f => f.EventPlaces.Concat(f.OtherPlaces))
                   .FirstOrDefault(p => !p.IsDemonym && p.Place.Kind != PlaceKind.Country && p.Place.CountryCode == country)
               ?? countries[0];
    }

    /// <summary>
    /// A report filed abroad about another country (a foreign radio's commentary: "HAVANA (CUBA) -- ... the arrest of
    /// Salvadoran soldiers for killing six priests on 16 November"): the fallback place is the dateline, whose country the
    /// text never names again past it, and the first country a sentence with attack or casualty words speaks of (by name,
    /// people or towns) is one the article names at least twice. The scene is in that country: the first of its towns the
    /// article writes as where something happened, else the country. Null otherwise.
    /// </summary>
    private static PlaceMention? SceneOfCommentaryFromAbroad(AnnotatedDocument doc, List<SentenceFacts> facts, PlaceMention fallback)
    {
        if (!facts.Any(f => f.Dateline == fallback)) return null;
        var home = fallback.Place.CountryCode;
        // "HAVANA (CUBA)": the dateline's country in brackets right after its city is still the dateline
        var after = doc.Places.Where(p => p.Start - fallback.End > DatelineCountryGap).ToList();
        if (after.Any(p => p.Place.CountryCode == home)) return null;
        var first = facts.Where(f => f.Events.Count > 0 || f.Casualties.Count > 0).OrderBy(f => f.Sentence.Start)
            .SelectMany(f => doc.PlacesIn(f.Sentence.Span)).FirstOrDefault(p => after.Contains(p));
        if (first is null || after.Count(p => p.Place.CountryCode == first.Place.CountryCode) < 2) return null;
        var country = first.Place.CountryCode;
        return facts.SelectMany(f => f.EventPlaces).FirstOrDefault(p => !p.IsDemonym && p.Place.Kind != PlaceKind.Country && p.Place.CountryCode == country)
               ?? after.FirstOrDefault(p => !p.IsDemonym && p.Place.Kind == PlaceKind.Country && p.Place.CountryCode == country);
    }

    /// <summary>The most characters between a dateline's city and its country written in brackets after it: "HAVANA (CUBA)".</summary>
    private const int DatelineCountryGap = 2;

    /// <summary>The article opens on its attack: its title reports it, or (no title) its opening sentences do.</summary>
    private static bool OpensOnAttack(List<SentenceFacts> facts, SentenceFacts? title) =>
        title is not null ? ReportsAttack(title) : facts.Any(f => !f.IsBackground && f.Sentence.Index <= OpeningSentences + 1 && ReportsAttack(f));

    /// <summary>
    /// The frame that holds the place: the one at that very place first, then the first that holds it (a town within
    /// 12 km, a province's town). Two towns the article told apart ("in X and Y") each keep their own frame.
    /// </summary>
    private static Frame? HolderOf(IEnumerable<Frame> frames, Place place) =>
        frames.FirstOrDefault(fr => fr.Place.GeonameId == place.GeonameId && fr.Place.Kind == place.Kind) ?? frames.FirstOrDefault(fr => fr.Holds(place));

    /// <summary>The frame at the very place of <paramref name="p"/>, or a new one: a town listed apart from its neighbour is a scene of its own.</summary>
    private static Frame FrameAt(List<Frame> frames, PlaceMention p)
    {
        var frame = frames.FirstOrDefault(fr => fr.Place.GeonameId == p.Place.GeonameId && fr.Place.Kind == p.Place.Kind);
        if (frame is null) { frame = new Frame(p); frames.Add(frame); }
        else frame.PlaceMentions.Add(p);
        return frame;
    }

    private static Frame FrameFor(List<Frame> frames, PlaceMention p)
    {
        var frame = HolderOf(frames, p.Place);
        if (frame is null) { frame = new Frame(p); frames.Add(frame); }
        else frame.Refine(p);
        return frame;
    }

    /// <summary>
    /// The members of a wave struck together: one dated only by the day its news was told ("In X, officials said on Tuesday
    /// that 30 had been hurt"), or only by a sentence that tells no attack ("the road to X stayed closed on Wednesday"),
    /// takes the earliest day of a member whose attack is dated.
    /// </summary>
    private void DateByWave(AnnotatedDocument doc, List<Frame> wave, DateMention? story)
    {
        var attackDays = wave.Where(fr => fr.Date is { Precision: "day" } d && fr.DateFromAttack && !DatesTelling(doc, d)).Select(fr => fr.Date!).ToList();
        // no member dated by a sentence that counts its victims: a day the text gives a member, before the story's
        if (attackDays.Count == 0 && WrittenMemberDay(doc, wave, story) is { } written) attackDays.Add(written);
        // no member dated by its own attack: the story's day (the lead's "on Tuesday") is the wave's
        if (attackDays.Count == 0 && story is { Precision: "day" }) attackDays.Add(story);
        if (attackDays.Count == 0) return;
        var first = attackDays.MinBy(d => d.Date)!;
        foreach (var fr in wave.Where(fr => fr.Date is null || DatesTelling(doc, fr.Date) || !fr.DateFromAttack))
            if (fr.Date is null || first.Date < fr.Date.Date) { fr.Date = first; fr.DateFromAttack = true; }
    }

    /// <summary>
    /// The earliest day written in the text that dates a member of a wave whose sentences tell its attack only in weak
    /// words ("at about 21:30 on Monday a band stormed the police post of X"), when it comes before the story's day (the
    /// publication's, when no sentence with victims gives one): the other members, told with no day of their own
    /// ("twenty minutes on, another band forced its way into the office of Y"), struck that day, not on the day of the news.
    /// </summary>
    private DateMention? WrittenMemberDay(AnnotatedDocument doc, List<Frame> wave, DateMention? story) =>
        wave.Where(fr => fr.Date is { Precision: "day", End: > 0 } d && !DatesTelling(doc, d) && (story is null || d.Date < story.Date))
            .Select(fr => fr.Date!).MinBy(d => d.Date);

    /// <summary>The sentences in which an article presents its attacks as one series: a wave is news, told early.</summary>
    private const int WaveSentences = 12;

    /// <summary>The frames that the article presents as one coordinated series, or null.</summary>
    private List<Frame>? FindWave(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames, DateMention? story)
    {
        if (frames.Count < 2) return null;
        // the article itself says its attacks are not linked ("police found nothing to connect the three attacks"): a
        // round-up of unrelated attacks, however it counts them
        if (SaysUnrelated(doc, facts)) return null;
        // a round-up told in sections, one town's attack under each heading: attacks told apart, however it counts them
        if (SectionHeadings(doc, facts).Count > 0) return null;
        // a wave told before any background ("a wave of attacks on Monday killed 107, after the group warned it would strike")
        if (!facts.Any(f => (f.HasWaveCue || f.HasTotalCue) && f.Sentence.Index <= WaveSentences && (!f.IsBackground || DayWave(doc, f)))
            && SeriesItemOpenings(doc, facts).Count == 0) return null;
        var country = frames.GroupBy(f => f.Place.CountryCode).OrderByDescending(g => g.Count()).First().Key;
        var members = frames.Where(f => f.Place.CountryCode == country).ToList();
        return members.Count >= 2 ? members : null;
    }

    /// <summary>
    /// The sentences that open a numbered item of a list on words of a series (waves.tsv kind wave) right after its place
    /// line: "2. Elmwood village, Hill district. At about the same time mortar bombs hit the village" tells one more attack
    /// of the series the items before it began, however deep in the page the list stands (a wave), and tells it of the
    /// item's own place, not of the series as a whole (its figures and those after it stay the item's).
    /// </summary>
    private HashSet<int> SeriesItemOpenings(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var found = new HashSet<int>();
        for (var i = 0; i + 1 < facts.Count; i++)
            if (!facts[i].IsBackground && facts[i].EventPlaces.Any(p => HeadsNumberedPlaceLine(doc, facts[i].Sentence, p))
                && facts[i + 1] is { IsBackground: false, HasWaveCue: true, HasTotalCue: false } body
                && doc.CuesIn(body.Sentence.Span, CueKind.Wave).Any(c => c.As<string>() == "wave" && c.FirstWord == doc.WordAt(body.Sentence.Start)))
                found.Add(body.Sentence.Index);
        return found;
    }

    /// <summary>
    /// Some sentence of the article denies a link between its attacks (waves.tsv kind unrelated: "nothing to connect",
    /// "no link between", "appeared to be unrelated").
    /// </summary>
    private static bool SaysUnrelated(AnnotatedDocument doc, List<SentenceFacts> facts) =>
        facts.Any(f => doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(w => w.As<string>() == "unrelated"));

    /// <summary>
    /// A background sentence still tells the day's wave when the wave comes before any background ("a wave of attacks on
    /// Monday killed 107, after the group warned it would strike"), unless it counts over a period (background.tsv kind
    /// aggregate): "the province has seen a string of bombings this year" is no wave of the day.
    /// </summary>
    private static bool DayWave(AnnotatedDocument doc, SentenceFacts f) =>
        !BackgroundCues(doc, f.Sentence.Span).Any(b => b.As<string>() == "aggregate")
        && TellsBeforeBackground(doc, f, doc.CuesIn(f.Sentence.Span, CueKind.Wave).FirstOrDefault(w => w.As<string>() is "wave" or "total")?.End ?? f.Sentence.End);

    private void Assign(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames, List<Frame>? wave, List<SentenceFacts> waveSentences, List<(CasualtyMention, string?)> waveCasualties)
    {
        Frame? focus = null;
        var lead = new List<SentenceFacts>();
        var items = ItemHeadings(doc, facts);
        List<SentenceFacts>? item = null; // an item's sentences that name no place yet, until one does
        SentenceFacts? listing = null; // the last sentence that named the places of several frames
        var seriesTold = false; // a sentence without a place spoke of the wave as a whole: figures without a place are the wave's
        var itemOpenings = wave is null ? [] : SeriesItemOpenings(doc, facts);
        foreach (var told in facts)
        {
            // "| Total | 3 | 8 |" under rows of places: the series' figures when a wave is told, else only the sum of the
            // rows already counted, never one attack's
            var f = told.IsTableTotal && wave is null ? told with { Casualties = [] } : told;
            // a page of briefs: each item is an article of its own, and nothing of one item runs on into the next
            if (items.Contains(f.Sentence.Index)) { focus = null; item = []; }
            if (f.IsBackground) continue;
            if (f.IsTitle)
            {
                // the headline speaks of the article's one attack: its toll counts there ("Man shot, killed on the west side")
                // (or the one town of a frame it names at all: "X market bombing toll rises to 14")
                var headlined = f.EventPlaces.Select(p => HolderOf(frames, p.Place)).FirstOrDefault(fr => fr is not null)
                                ?? (frames.Count == 1 ? frames[0] : null)
                                ?? (f.OtherPlaces.Where(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City).Select(p => HolderOf(frames, p.Place)).OfType<Frame>().Distinct().ToList() is [var named] ? named : null);
                if (headlined is not null && wave is null)
                {
                    headlined.Sentences.Add(f);
                    // a headline of two attacks tells each of them: "bomb kills 3 in X; grenade hurts 7 in Y"
                    foreach (var other in f.EventPlaces.Select(p => HolderOf(frames, p.Place)).OfType<Frame>().Distinct())
                        if (other != headlined) other.Sentences.Add(f with { Casualties = [] });
                    // a headline of two attacks gives each its figure: "bomb kills 3 in X; grenade hurts 7 in Y"
                    // not a figure of a clause that does not name the frame's place when another does and the article tells
                    // other attacks: "Roadside bomb toll rises to 4; X grenade victims now 8" (the 4 are not X's)
                    foreach (var c in f.Casualties)
                    {
                        var counted = AfterPlace(doc, f, c, frames) ?? (frames.Count > 1 && OutsidePlaceClause(doc, f, headlined, c.Span.Start) ? null : headlined);
                        counted?.Casualties.Add((c, f.SourceOf(c)));
                    }
                }
                continue;
            }
            var here = Scenes(f).Where(p => !WaveArea(wave, p)).Select(p => HolderOf(frames, p.Place)).Where(fr => fr is not null).Cast<Frame>().Distinct().ToList();
            if (here.Count > 0) seriesTold = false;
            if (here.Count == 0 && DatelineFrame(facts, f, frames) is { } anchored) here.Add(anchored);
            // a round-up's section heading ("RIVERTON: THE BAKERY"): its town's frame takes the section
            if (here.Count == 0 && items.Contains(f.Sentence.Index) && SectionTown(doc, f) is { } section && HolderOf(frames, section.Place) is { } headed) here.Add(headed);
            // "In a separate incident, gunmen shot dead two guards": another attack, with no town of its own, than the one
            // in focus: a frame of its own at the same place, which takes the sentences that follow
            if (here.Count == 0 && f.OpensSeparately && wave is null && focus is not null && !f.IsCaption && ReportsAttack(f))
            {
                var apart = new Frame(focus.PlaceMentions[0]) { Place = focus.Place, ToldSeparately = true };
                frames.Add(apart);
                here.Add(apart);
            }
            // "Hours later, gunmen sprayed a house in the same town with bullets": another attack of the same night at the
            // place in focus, a frame of its own (see NightLapseAttack)
            if (here.Count <= 1 && (here.Count == 0 || here[0] == focus) && wave is null && focus is not null && NightLapseAttack(doc, f, focus))
            {
                var apart = new Frame(here.Count == 0 ? focus.PlaceMentions[0] : Scenes(f).First(p => focus.Holds(p.Place)))
                    { Place = focus.Place, ToldSeparately = true, TimedApart = true, Date = focus.Date, DateFromAttack = focus.DateFromAttack };
                focus.TimedApart = true;
                frames.Add(apart);
                if (here.Count == 0) here.Add(apart); else here[0] = apart;
                if (Trace) Console.Error.WriteLine($"  another attack later that night at {focus.Place.Name}: sentence {f.Sentence.Index}");
            }
            // "Minutes later, another clash broke out. During the clash, two guards were killed": one more assault on people,
            // with no town of its own, after the attack in focus already counted its victims (see AnotherAssault)
            if (here.Count == 0 && wave is null && focus is not null && !f.IsCaption && AnotherAssault(doc, f, focus))
            {
                var apart = new Frame(focus.PlaceMentions[0]) { Place = focus.Place, ToldSeparately = true, Date = focus.Date, AssaultAfter = focus };
                frames.Add(apart);
                here.Add(apart);
            }
            // "Meanwhile, two bombs were thrown at a bank in X", after an attack already told at X: another attack at the
            // same place, a frame of its own (see AnotherAttackHere); so is one more assault with victims of its own told
            // at X ("another clash in X killed three soldiers", see AnotherAssault)
            if (here.Count == 1 && wave is null && here[0] == focus && AnotherAttackHere(doc, f, focus))
            {
                var apart = new Frame(Scenes(f).First(p => focus.Holds(p.Place))) { Place = focus.Place, ToldSeparately = true };
                frames.Add(apart);
                here[0] = apart;
            }
            else if (here.Count == 1 && wave is null && here[0] == focus && !f.IsCaption && f.Casualties.Count > 0 && AnotherAssault(doc, f, focus))
            {
                var apart = new Frame(Scenes(f).First(p => focus.Holds(p.Place))) { Place = focus.Place, ToldSeparately = true, Date = focus.Date, AssaultAfter = focus };
                frames.Add(apart);
                here[0] = apart;
            }
            if (here.Count == 1)
            {
                listing = null;
                var frame = here[0];
                if (item is { Count: > 0 } && !f.IsCaption)
                {
                    // the item's heading and lead before its place ("Country: toll rises to 23", then "... north of X")
                    foreach (var g in item) { frame.Sentences.Add(g); foreach (var c in g.Casualties) frame.Casualties.Add((c, g.SourceOf(c))); DateFromPlaceless(doc, frame, g); }
                    item.Clear();
                }
                frame.Sentences.Add(f);
                foreach (var c in f.Casualties)
                {
                    // "... in X on Friday, as the dead across the three cities rose to 19": a figure of the whole wave
                    if (wave is not null && wave.Contains(frame) && (TotalsWave(doc, f, c) || TollOfSeveralMembers(doc, f, c, wave, frames))) { waveCasualties.Add((c, f.SourceOf(c))); waveSentences.Add(f); continue; }
                    // a figure before the place of another attack told at the same place is that attack's
                    var after = AfterPlace(doc, f, c, frames);
                    (after is not null && !(frame.ToldSeparately && frame.Holds(after.Place)) ? after : frame).Casualties.Add((c, f.SourceOf(c)));
                }
                if (!f.IsCaption) focus = frame;
                // the day of a sentence that tells the attack ("was kidnapped on Wednesday") over that of one that only
                // names the place; of several, the earliest: what follows an attack (raids, arrests, a funeral) comes after it
                // a sentence that tells the attack in words of its own at the frame's place dates it over one that named
                // no place (TellsAttackHere), though its day be later
                // the day of a telling ("police said on Monday that three had died") dates the frame only for want of any other
                var day = AttackDay(doc, f);
                if (day is not null && frame.Date is not null && DatesTelling(doc, day)) day = null;
                if (ReportsAttack(f) && day is not null && (!frame.DateFromAttack || day.Date < frame.Date!.Date || TellsAttackHere(doc, frame, f, day))) { frame.Date = day; frame.DateFromAttack = true; frame.DatedByPlaceless = false; }
                else if (frame.Date is null) frame.Date = day;
                else if (day is not null && EarlierThanPublication(doc, frame, f, day)) frame.Date = day;
                continue;
            }
            if (here.Count > 1)
            {
                var aboutWave = wave is not null && here.Any(wave.Contains);
                foreach (var c in f.Casualties)
                {
                    // "two suicide bombings killed 48 people in X and Y": a toll of the series told before the list of its members' towns
                    if (aboutWave && f.HasWaveCue && TollBeforeMembersList(doc, f, c, wave!)) { waveCasualties.Add((c, f.SourceOf(c))); continue; }
                    var target = AfterPlace(doc, f, c, frames) ?? OpeningScene(doc, f, c, frames);
                    if (target is not null) target.Casualties.Add((c, f.SourceOf(c)));
                    else if (aboutWave) waveCasualties.Add((c, f.SourceOf(c)));
                    else (BeforePlace(f, c, frames) ?? here[0]).Casualties.Add((c, f.SourceOf(c)));
                }
                if (aboutWave) waveSentences.Add(f);
                // shared with each of its frames for dates and claims only
                foreach (var fr in here) fr.Sentences.Add(f with { Casualties = [], Targets = [] });
                DateFromShared(doc, here, f);
                if (!f.IsCaption) { focus = here[^1]; listing = f; }
                continue;
            }
            // no place of its own, in an item of a page of briefs that has named none yet: the item's, whatever its place
            if (focus is null && item is not null) { item.Add(f); continue; }
            // no place of its own: about the whole series when the article has not yet turned to one place, or when it totals figures
            if (wave is not null && (focus is null || ((f.HasWaveCue || f.HasTotalCue) && f.Casualties.Count > 0)))
            {
                waveSentences.Add(f);
                foreach (var c in f.Casualties)
                {
                    if ((AfterPlace(doc, f, c, frames) ?? TollOfPlace(doc, f, c, wave)) is { } placed) placed.Casualties.Add((c, f.SourceOf(c)));
                    else waveCasualties.Add((c, f.SourceOf(c)));
                }
                continue;
            }
            if (focus is null) { lead.Add(f); continue; }
            // "its units had carried out coordinated operations in both towns": a sentence without a place of its own that
            // speaks of the series as a whole (a word of a wave) turns the figures away from the member in focus; those
            // that follow without a place (a claimant's figure, the attackers' dead) are the series', never one member's,
            // until a sentence names a place again (its other facts still go with the focus)
            // (so does a sentence of the series' total without figures of its own: "The provisional assessment is as
            // follows:", its figures listed after it)
            if (wave is not null && !f.IsCaption && wave.Contains(focus) && !itemOpenings.Contains(f.Sentence.Index)
                && (seriesTold || f.HasWaveCue || (f.HasTotalCue && f.Casualties.Count == 0)))
            {
                seriesTold = true;
                focus.Sentences.Add(f with { Casualties = [] });
                waveSentences.Add(f);
                foreach (var c in f.Casualties) waveCasualties.Add((c, f.SourceOf(c)));
                continue;
            }
            // "six dead - four at the post and two in the blast - and four wounded": a toll broken down among the members
            if (wave is not null && !f.IsCaption && wave.Contains(focus) && BreaksDownToll(doc, f))
            {
                focus.Sentences.Add(f with { Casualties = [] });
                waveSentences.Add(f);
                foreach (var c in f.Casualties) waveCasualties.Add((c, f.SourceOf(c)));
                continue;
            }
            // after a sentence that listed several attacks' places, the one whose site this sentence names again
            if (wave is null && listing is not null && ListedFrame(doc, listing, f, frames) is { } listed) focus = listed;
            focus.Sentences.Add(f);
            foreach (var c in f.Casualties)
            {
                // "the minister said 'four dead and ten wounded' was the balance of the morning", after the lead gave the
                // series four dead: the series' toll told again, not the member in focus's
                if (wave is not null && wave.Contains(focus) && RestatesWaveToll(waveCasualties, focus, c)) { waveCasualties.Add((c, f.SourceOf(c))); continue; }
                focus.Casualties.Add((c, f.SourceOf(c)));
            }
            DateFromPlaceless(doc, focus, f);
            // "... when the attack began on Friday evening": the day its siege began dates the frame, though no place is named
            if (f.Events.Count > 0 && StartDay(doc, f) is { } start && focus.Date is { } current && start.Date < current.Date
                && current.Date.DayNumber - start.Date.DayNumber <= MaxSiegeDays) { focus.Date = start; focus.DateFromAttack = true; }
        }
        // Sentences before any place was named belong to the article's main attack (or to the wave).
        if (lead.Count > 0)
        {
            var main = LeadFrame(lead, frames);
            foreach (var f in lead)
            {
                main.Sentences.Add(f);
                foreach (var c in f.Casualties) main.Casualties.Add((c, f.SourceOf(c)));
                DateFromPlaceless(doc, main, f);
            }
        }
    }

    /// <summary>
    /// "The army put the toll at six dead - four guards at the depot and two soldiers in the blast - and four wounded":
    /// a figure followed in its sentence by two or more counts that add up to it breaks the toll down among several
    /// attacks; in a wave, a sentence without a place of its own that does so gives the series' figures (all of them),
    /// not those of the member in focus.
    /// </summary>
    private static bool BreaksDownToll(AnnotatedDocument doc, SentenceFacts f) =>
        f.Casualties.Any(c => c.Value is > 2 && SumsTo(doc.NumbersIn(new TextSpan(c.Figure.End, f.Sentence.End)).Select(n => n.Value).ToList(), c.Value.Value));

    /// <summary>Whether the first two or more of the counts (none unknown) add up to the total.</summary>
    private static bool SumsTo(List<int?> counts, int total)
    {
        var sum = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            if (counts[i] is not { } n || n <= 0) return false;
            sum += n;
            if (sum == total) return i >= 1;
            if (sum > total) return false;
        }
        return false;
    }

    /// <summary>
    /// A sentence without a place of its own after one that listed several attacks' sites and places ("they hit the
    /// cultural institute, a chapel in the capital and a bank in X"): the frame of the place named first after the
    /// target it names again ("a bomb went off on the fifth floor of the cultural institute" is the capital's). Null when
    /// it names none of the listing's targets again, or targets placed in different frames.
    /// </summary>
    private static Frame? ListedFrame(AnnotatedDocument doc, SentenceFacts listing, SentenceFacts f, List<Frame> frames)
    {
        var nouns = f.Targets.Select(t => TargetNoun(doc, t)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var scenes = Scenes(listing);
        var found = listing.Targets.Where(t => nouns.Contains(TargetNoun(doc, t)))
            .Select(t => scenes.Where(p => p.Start > t.End).MinBy(p => p.Start))
            .Select(p => p is null ? null : HolderOf(frames, p.Place))
            .Distinct().ToList();
        return found is [{ } one] ? one : null;
    }

    /// <summary>
    /// The sentences that head the items of a page of briefs: lines that open on a country, written as a dateline
    /// ("Ruritania: two guards shot dead at a depot"), each followed by a body sentence of its own (not by another such
    /// line, as in a list of related headlines, nor by an unfinished line), when the page has at least two; else none.
    /// </summary>
    private HashSet<int> ItemHeadings(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        if (SectionHeadings(doc, facts) is { Count: > 0 } sections) return sections;
        static bool Heading(AnnotatedDocument doc, SentenceFacts f) =>
            f.Dateline is { Place.Kind: PlaceKind.Country } d && d.Start >= f.Sentence.Start
            && string.IsNullOrWhiteSpace(doc.Text[f.Sentence.Start..d.Start]);
        var heads = new HashSet<int>();
        for (var i = 0; i + 1 < facts.Count; i++)
        {
            var next = facts[i + 1];
            if (Heading(doc, facts[i]) && !Heading(doc, next)
                && next.Sentence.Of(doc.Text).TrimEnd() is [.., '.' or '!' or '?' or '"' or '\u201D'])
                heads.Add(facts[i].Sentence.Index);
        }
        return heads.Count >= 2 ? heads : [];
    }

    /// <summary>Most words after the colon of a round-up's section heading ("LA PAZ: THE BAKERY FIRE").</summary>
    private const int MaxSectionTitleWords = 12;

    /// <summary>
    /// The sentences that head the sections of a round-up of attacks in several towns: lines of their own that open on a
    /// town written as a dateline with a colon and a short title after it, without a sentence's stop ("RIVERTON: THE
    /// BAKERY", "2. Elmwood: a night at the depot"), each followed by a body sentence, when the article has at least
    /// two. Each section tells the attack at its heading's town; empty when the article has fewer than two.
    /// </summary>
    private HashSet<int> SectionHeadings(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var heads = new HashSet<int>();
        for (var i = 0; i + 1 < facts.Count; i++)
            if (SectionTown(doc, facts[i]) is not null && SectionTown(doc, facts[i + 1]) is null
                && facts[i + 1].Sentence.Of(doc.Text).TrimEnd() is [.., '.' or '!' or '?' or '"' or '\u201D'])
                heads.Add(facts[i].Sentence.Index);
        return heads.Count >= 2 ? heads : [];
    }

    /// <summary>
    /// The town a sentence heads a section with (see <see cref="SectionHeadings"/>): a town's dateline followed by a
    /// colon, a short title without a stop, and the end of the line; else null.
    /// </summary>
    private PlaceMention? SectionTown(AnnotatedDocument doc, SentenceFacts f) =>
        f.IsTitle ? null : DatelineSectionTown(doc, f) ?? NumberedItemTown(doc, f) ?? DayHeadingTown(doc, f);

    /// <summary>
    /// The town a timeline's day heading heads its section with: a line of its own that is only a day ("MONDAY, 3
    /// MARCH", "Tuesday 4 March 2025"), a dash or a colon, and the town, perhaps with one more joined by "and"
    /// ("WEDNESDAY, 5 MARCH - RIVERTON", "Thursday 6 March: Elmwood and Oakdale"); else null. The day dates the items
    /// told below it (<see cref="HeadingDay"/>) as the town places them.
    /// </summary>
    private static PlaceMention? DayHeadingTown(AnnotatedDocument doc, SentenceFacts f)
    {
        if (HeadingDay(doc, f) is not { } day || LineEndAfter(doc.Text, f.Sentence.End) is null) return null;
        var text = doc.Text;
        var rest = text.AsSpan(day.End, f.Sentence.End - day.End).TrimStart(" \t");
        if (rest.Length < 2 || rest[0] is not ('-' or '\u2013' or '\u2014' or ':')) return null;
        var at = f.Sentence.End - rest[1..].TrimStart(" \t").Length;
        var towns = f.EventPlaces.Concat(f.OtherPlaces).Where(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City && p.Start >= day.End && p.End <= f.Sentence.End).OrderBy(p => p.Start).ToList();
        if (towns.FirstOrDefault(p => p.Start == at) is not { } town) return null;
        var tail = text[town.End..f.Sentence.End].Trim();
        if (tail.Length == 0) return town;
        return towns.FirstOrDefault(p => p.Start > town.End) is { } second && text[second.End..f.Sentence.End].Trim().Length == 0
               && text[town.End..second.Start].Trim().ToLowerInvariant() is "and" or "&" or "," ? town : null;
    }

    /// <summary>
    /// The day a line opens on when nothing but that day comes before it on its line ("MONDAY, 3 MARCH - RIVERTON"): a
    /// timeline's day heading (see <see cref="DayHeadingTown"/>); else null.
    /// </summary>
    private static DateMention? HeadingDay(AnnotatedDocument doc, SentenceFacts f)
    {
        if (f.IsTitle || f.IsCaption) return null;
        var text = doc.Text;
        var start = f.Sentence.Start;
        while (start > 0 && text[start - 1] is ' ' or '\t') start--;
        if (start > 0 && text[start - 1] is not ('\n' or '\r')) return null;
        var first = f.Dates.Where(d => d.Precision == "day" && !d.Since && d.Start >= f.Sentence.Start && d.End <= f.Sentence.End).MinBy(d => d.Start);
        if (first is null) return null;
        var before = text[f.Sentence.Start..first.Start].Trim().TrimEnd(',').Trim();
        return before.Length == 0 || IsWeekdayName(before) ? first : null;
    }

    /// <summary>A weekday's name, written before the date it heads ("MONDAY, 3 MARCH").</summary>
    private static bool IsWeekdayName(string word) =>
        Enum.TryParse<DayOfWeek>(word, ignoreCase: true, out _) && !int.TryParse(word, out _);

    /// <summary>A numbered item's heading line: its number, a short title, a dash, then the town and its unit's name.</summary>
    private static readonly System.Text.RegularExpressions.Regex NumberedItem =
        new(@"^[ \t]*\d{1,2}[.)][ \t]+(?<title>\S[^\n]*?)[ \t]+[-\u2013\u2014][ \t]+(?<rest>\S[^\n]*?)[ \t]*$");

    /// <summary>
    /// The town a numbered item of a round-up heads its section with: a line of its own that opens on the item's number,
    /// then a short title without a stop (the kind of crime), a dash, the town, and to the end of the line only the name
    /// of the unit that covers it (function_words.tsv kind unit_noun): "2. Arson - Riverton Police Division",
    /// "4. Robbery – Elmwood District". Null for any other line.
    /// </summary>
    private PlaceMention? NumberedItemTown(AnnotatedDocument doc, SentenceFacts f)
    {
        var text = doc.Text;
        var start = f.Sentence.Start;
        while (start > 0 && text[start - 1] is not ('\n' or '\r')) start--;
        if (LineEndAfter(text, f.Sentence.End) is not { } end) return null;
        if (NumberedItem.Match(text[start..end]) is not { Success: true } m) return null;
        if (!IsSectionTitle(m.Groups["title"].Value)) return null;
        var at = start + m.Groups["rest"].Index;
        if (f.EventPlaces.Concat(f.OtherPlaces).FirstOrDefault(p => p.Start == at && !p.IsDemonym && p.Place.Kind == PlaceKind.City) is not { } town) return null;
        var unit = Enumerable.Range(0, doc.Words.Count).Where(w => doc.Words[w].Start >= town.End && doc.Words[w].End <= start + m.Groups["rest"].Index + m.Groups["rest"].Length).ToList();
        return unit.Count > 0 && unit.All(w => _unitNouns.Contains(doc.Words[w].Key)) ? town : null;
    }

    /// <summary>
    /// The target word names the unit of a numbered item's heading (see <see cref="NumberedItemTown"/>): "3. Arson - X
    /// Police Division" says which police covers the town, not that the police were hit.
    /// </summary>
    private bool InUnitName(AnnotatedDocument doc, SentenceFacts s, Cue t) =>
        NumberedItemTown(doc, s) is { } town && t.Start >= town.End;

    /// <summary>
    /// The town a dateline heads a section with: a town's dateline followed by a colon, a short title without a stop,
    /// and the end of the line ("RIVERTON: THE BAKERY"); else null.
    /// </summary>
    private PlaceMention? DatelineSectionTown(AnnotatedDocument doc, SentenceFacts f)
    {
        if (f.Dateline is not { Place.Kind: PlaceKind.City } town) return null;
        var text = doc.Text;
        var colon = text.AsSpan(town.End, f.Sentence.End - town.End).TrimStart(' ');
        // "3. ELMWOOD (North Province): a night at the depot": the town's region in brackets before the colon
        if (colon.Length > 0 && colon[0] == '(' && colon.IndexOf(')') is var close and > 0 && colon[1..close].IndexOfAny(":\n") < 0)
        {
            if (UnitBracketEndsHeading(doc, f, town.End + (f.Sentence.End - town.End - colon.Length), close)) return town;
            colon = colon[(close + 1)..].TrimStart(' ');
        }
        if (colon.Length < 2 || colon[0] != ':') return null;
        return IsSectionTitle(colon[1..].Trim().ToString()) && LineEndAfter(text, f.Sentence.End) is not null ? town : null;
    }

    /// <summary>
    /// A section's heading of a police bulletin: the town's dateline, then only its unit's name in brackets to the end of
    /// the line ("ELMWOOD (Northern Regional Directorate)", "RIVERTON (West Police Division)"), the bracket's last word a
    /// unit word (function_words.tsv kind unit_noun). <paramref name="open"/> is where the bracket opens,
    /// <paramref name="close"/> where it closes, counted from the bracket.
    /// </summary>
    private bool UnitBracketEndsHeading(AnnotatedDocument doc, SentenceFacts f, int open, int close)
    {
        var text = doc.Text;
        var end = open + close + 1;
        if (end > f.Sentence.End || text.AsSpan(end, f.Sentence.End - end).Trim().Length > 0) return false;
        if (LineEndAfter(text, f.Sentence.End) is null) return false;
        var inside = text[(open + 1)..(open + close)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return inside.Length is > 0 and <= MaxSectionTitleWords && _unitNouns.Contains(inside[^1].ToLowerInvariant());
    }

    /// <summary>A section's title: some words, at most <see cref="MaxSectionTitleWords"/>, and no stop at its end.</summary>
    private static bool IsSectionTitle(string title) =>
        title.Length > 0 && title[^1] is not ('.' or '!' or '?' or ':' or ';' or ',')
        && title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxSectionTitleWords;

    /// <summary>Where the line ends when only spaces follow <paramref name="end"/> on it (a heading of its own), else null.</summary>
    private static int? LineEndAfter(string text, int end)
    {
        while (end < text.Length && text[end] is ' ' or '\t') end++;
        return end >= text.Length || text[end] is '\n' or '\r' ? end : null;
    }

    /// <summary>
    /// Attacks on different days at one place, told one after the other ("last night a bank was attacked ... today a
    /// bomb went off in a restaurant"): a sentence that tells an attack in words of its own (a strong attack phrase) on
    /// an explicit day later than that of an attack its frame told before, against other targets than all the frame's
    /// sentences so far (no target noun in common), opens a frame of its own at the same place that takes it and the
    /// sentences after it. What follows an attack on a later day stays with it: a death, an arrest, a funeral, a toll
    /// tell no new target, a day that dates a death (<see cref="DatesDeath"/>: "who died of his wounds on Tuesday at the
    /// X hospital") is no attack's, and a follow-up sentence (an arrest over the bombing) never splits. The earlier attack must
    /// have been told with a day and a target too; both frames are then worth reporting (<see cref="Frame.DayApart"/>).
    /// </summary>
    private void SplitByDay(AnnotatedDocument doc, List<Frame> frames)
    {
        foreach (var frame in frames.ToList())
        {
            var current = frame;
            DateOnly? day = null;
            var targets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var f in frame.Sentences.Where(s => !s.IsTitle && !s.IsCaption && !s.IsBackground).OrderBy(s => s.Sentence.Index).ToList())
            {
                var own = f.Targets.Select(t => TargetNoun(doc, t)).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var told = f.Events.Count > 0 ? AttackDay(doc, f) : null;
                if (told is not null && (DatesTelling(doc, told) || SpokenOn(doc, f, told))) told = null;
                // "the driver died of his wounds on Tuesday at the regional hospital": a later death's day is no new attack's
                if (told is not null && DatesDeath(doc, f, told)) told = null;
                if (day is not null && told is not null && told.Date > day && f.Events.Any(e => !e.As<EventCue>().Weak && !DoneBefore(doc, e))
                    && own.Count > 0 && !own.Overlaps(targets)
                    && !_followUps.IsFollowUp(doc, f))
                {
                    current = new Frame(frame.PlaceMentions[0]) { Place = frame.Place, ToldSeparately = true, Date = told, DateFromAttack = true, DayApart = true };
                    frame.DayApart = true;
                    frames.Add(current);
                    day = told.Date;
                    targets.Clear();
                    if (Trace) Console.Error.WriteLine($"  another day at {frame.Place.Name}: {told.Value} from sentence {f.Sentence.Index}");
                }
                else if (day is null && told is not null && own.Count > 0 && !_followUps.IsFollowUp(doc, f)) day = told.Date;
                targets.UnionWith(own);
                if (current == frame) continue;
                frame.Sentences.Remove(f);
                current.Sentences.Add(f);
                foreach (var c in frame.Casualties.Where(c => f.Sentence.Start <= c.Mention.Span.Start && c.Mention.Span.Start < f.Sentence.End).ToList())
                {
                    frame.Casualties.Remove(c);
                    current.Casualties.Add(c);
                }
            }
            // the first attack keeps its own day, not that of one told after it, nor the day of a byline or a
            // "Published:" line that tells no attack
            if (current != frame && frame.Sentences.Where(s => !s.IsCaption && ReportsAttack(s)).OrderBy(s => s.Sentence.Index)
                    .Select(s => AttackDay(doc, s)).FirstOrDefault(d => d is not null && !DatesTelling(doc, d)) is { } first
                && frame.Date?.Date != first.Date)
                frame.Date = first;
        }
    }


    /// <summary>
    /// Attacks on different buildings or vehicles at one place, told one after the other ("a bomb wrecked a bank in X
    /// overnight ... at dawn incendiary bombs were thrown at a chapel in X"): a sentence that strikes a site anew (see
    /// <see cref="StrikesSite"/>) against site nouns (function_words.tsv kind site_target) none of which the frame's
    /// sentences named so far, after a sentence of the frame that struck a site of its own, opens a frame of its own at
    /// the same place that takes it and the sentences after it. People hit (a guard, passers-by) never split: a shooting
    /// told over several sentences names its victims again and again, and a site named only in passing in a toll or an
    /// account of damage ("the blast also shattered the windows of a school") is the same attack.
    /// </summary>
    private void SplitBySite(AnnotatedDocument doc, List<Frame> frames)
    {
        foreach (var frame in frames.ToList())
        {
            var current = frame;
            var struck = false;
            var sites = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var f in frame.Sentences.Where(s => !s.IsTitle && !s.IsCaption && !s.IsBackground).OrderBy(s => s.Sentence.Index).ToList())
            {
                var own = f.Targets.Select(t => TargetNoun(doc, t)).Where(_siteTargets.Contains).Select(Singular).ToHashSet(StringComparer.OrdinalIgnoreCase);
                // a sentence naming another town strikes a site there, not here ("drone strikes Y fuel depot" in X's frame)
                var strikes = own.Count > 0 && StrikesSite(doc, f)
                    && !f.EventPlaces.Concat(f.OtherPlaces).Any(p => p.Place.Kind == PlaceKind.City && !frame.Holds(p.Place));
                if (struck && strikes && !own.Overlaps(sites))
                {
                    current = new Frame(frame.PlaceMentions[0])
                    {
                        Place = frame.Place, ToldSeparately = true, SiteApart = true,
                        Date = frame.Date, DateFromAttack = frame.DateFromAttack, DayApart = frame.DayApart,
                    };
                    frame.SiteApart = true;
                    frames.Add(current);
                    sites.Clear();
                    if (Trace) Console.Error.WriteLine($"  another site at {frame.Place.Name}: {string.Join(',', own)} from sentence {f.Sentence.Index}");
                }
                struck |= strikes;
                sites.UnionWith(own);
                if (current == frame) continue;
                frame.Sentences.Remove(f);
                current.Sentences.Add(f);
                foreach (var c in frame.Casualties.Where(c => f.Sentence.Start <= c.Mention.Span.Start && c.Mention.Span.Start < f.Sentence.End).ToList())
                {
                    frame.Casualties.Remove(c);
                    current.Casualties.Add(c);
                }
            }
        }
    }

    /// <summary>
    /// Several attacks at one place told as a timeline ("At about 8 p.m. gunmen fired on the police post ... Some 40
    /// minutes later men sprayed a house with bullets ... The killing came just before midnight"): in an article that
    /// counts its attacks (<see cref="CountedAttacks"/>: "the last of four attacks"), each sentence of the frame that tells an
    /// attack (an attack word or a casualty) and gives its time of the day (<see cref="TellsTimeOfDay"/>), when at least
    /// two do and no more than the article counts, opens a frame of its own at the same place that takes it and the sentences after it up to the next one. A
    /// sentence told before the first of them (a lead that sums up the night) goes with the first later part that names a
    /// target of the same kind (its head noun), else stays with the first. Separate from <see cref="SplitBySite"/> (sites
    /// struck anew) and <see cref="SplitByDay"/> (other days): a timeline may hit people, houses and vehicles alike.
    /// </summary>
    private void SplitByTimeline(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        var counted = CountedAttacks(doc, facts);
        foreach (var frame in frames.Where(fr => !fr.SiteApart && !fr.DayApart && !fr.TimedApart).ToList())
        {
            var told = frame.Sentences.Where(s => !s.IsTitle && !s.IsCaption && !s.IsBackground).OrderBy(s => s.Sentence.Index).ToList();
            // the time-stamped lines of a running report that each tell a new one, whether or not the article counts
            // its attacks ("Three attacks in less than three hours"): a live blog's other stamped lines (traffic,
            // weather, a question put to the police) tell none
            var stamped = StampedAttacks(doc, told);
            var timed = stamped.Count >= 2 || counted < 2 ? stamped
                : told.Where(s => (s.Events.Count > 0 || s.Casualties.Any(c => c.Value > 0)) && TellsTimeOfDay(doc, s)
                                  && !_followUps.IsFollowUp(doc, s)).ToList();
            if (timed.Count < 2 || (counted >= 2 && timed.Count > counted)) continue;
            // parts of the timeline: each timed sentence up to the next, the first part also taking what comes before it
            var parts = new List<Frame> { frame };
            for (var i = 1; i < timed.Count; i++)
            {
                parts.Add(new Frame(frame.PlaceMentions[0])
                {
                    Place = frame.Place, ToldSeparately = true, TimedApart = true,
                    Date = frame.Date, DateFromAttack = frame.DateFromAttack,
                });
                if (Trace) Console.Error.WriteLine($"  another time at {frame.Place.Name}: from sentence {timed[i].Sentence.Index}");
            }
            frame.TimedApart = true;
            int PartOf(int index)
            {
                var k = 0;
                while (k + 1 < timed.Count && timed[k + 1].Sentence.Index <= index) k++;
                return k;
            }
            // the target nouns each part names, in all its sentences (a background aside about a victim's post too)
            var nouns = parts.Select(_ => new HashSet<string>(StringComparer.OrdinalIgnoreCase)).ToList();
            foreach (var f in facts.Where(f => !f.IsTitle && !f.IsCaption && f.Sentence.Index >= timed[0].Sentence.Index))
                nouns[PartOf(f.Sentence.Index)].UnionWith(f.Targets.Select(t => Singular(TargetNoun(doc, t))));
            foreach (var f in told)
            {
                var k = PartOf(f.Sentence.Index);
                if (f.Sentence.Index < timed[0].Sentence.Index && f.Casualties.Any(c => c.Value > 0))
                {
                    var own = f.Targets.Select(t => Singular(TargetNoun(doc, t))).ToHashSet(StringComparer.OrdinalIgnoreCase);
                    k = own.Count == 0 ? 0 : Enumerable.Range(0, parts.Count).FirstOrDefault(j => nouns[j].Overlaps(own));
                }
                if (k == 0) continue;
                frame.Sentences.Remove(f);
                parts[k].Sentences.Add(f);
                foreach (var c in frame.Casualties.Where(c => f.Sentence.Start <= c.Mention.Span.Start && c.Mention.Span.Start < f.Sentence.End).ToList())
                {
                    frame.Casualties.Remove(c);
                    parts[k].Casualties.Add(c);
                }
            }
            foreach (var part in parts.Skip(1)) part.Sentences.Sort((a, b) => a.Sentence.Index.CompareTo(b.Sentence.Index));
            if (stamped.Count >= 2) DateAfterMidnight(doc, timed, parts);
            else DateAfterMidnightWord(doc, timed, parts);
            frames.AddRange(parts.Skip(1));
        }
    }

    /// <summary>
    /// The most attacks the article counts in words of a series (waves.tsv kind wave with a figure: "four attacks", "the
    /// last of three bombings"), in a sentence not of the background; 0 when it counts none ("a series of blasts").
    /// </summary>
    private static int CountedAttacks(AnnotatedDocument doc, List<SentenceFacts> facts) =>
        facts.Where(f => !f.IsBackground)
            .SelectMany(f => doc.CuesIn(f.Sentence.Span, CueKind.Wave).Where(c => c.As<string>() == "wave"))
            .SelectMany(c => doc.NumbersIn(new TextSpan(c.Start, c.End)))
            .Select(n => n.Value ?? 0).DefaultIfEmpty(0).Max();

    /// <summary>
    /// The sentence gives a time of the day: a clock time (<see cref="ClockTimeAt"/>: "at 8:30", "20:30 hours", "10 p.m.",
    /// "8.40pm", "22h30"), a time word (function_words.tsv kind clock_word: "just before midnight"), or, in its opening
    /// words, a lapse after the moment told before ("Some 80 minutes later", "An hour later"; kind clock_unit then "later").
    /// </summary>
    private bool TellsTimeOfDay(AnnotatedDocument doc, SentenceFacts f)
    {
        var first = doc.WordAt(f.Sentence.Start);
        var dated = f.Dates;
        for (var w = first; w < doc.Words.Count && doc.Words[w].Start < f.Sentence.End; w++)
        {
            var key = doc.Words[w].Key;
            if (_clockWords.Contains(key)) return true;
            // "Correction, 17 April 2025, 16:20": the time of a telling, right after its date
            if (dated.Any(d => d.End <= doc.Words[w].Start && doc.Words[w].Start - d.End <= 3)) continue;
            if (ClockTimeAt(doc, w) > w) return true;
            if (w - first < 6 && _clockUnits.Contains(key) && LaterAfterUnit(doc, w + 1)) return true;
        }
        return false;
    }

    /// <summary>"later" right after a unit of time, or after a fraction joined to it: "an hour later", "an hour and a half later".</summary>
    private static bool LaterAfterUnit(AnnotatedDocument doc, int w)
    {
        if (w + 3 < doc.Words.Count && doc.Words[w].Key == "and" && doc.Words[w + 1].Key is "a" && doc.Words[w + 2].Key is "half" or "quarter") w += 3;
        return w < doc.Words.Count && doc.Words[w].Key == "later";
    }

    /// <summary>
    /// A clock time that starts at word <paramref name="w"/>: "21:40" (with "hours" or "hrs" after it or not), an hour
    /// with a suffix (function_words.tsv kind clock_suffix: "9 pm", "8.40pm"), "10 p.m." written with periods, "22h30",
    /// or four figures before "hours" ("2340 hours"). Returns the word after the time (after its suffix), or
    /// <paramref name="w"/> when none starts there; a figure with a decimal point and no suffix is no time ("3.5").
    /// </summary>
    private int ClockTimeAt(AnnotatedDocument doc, int w)
    {
        var words = doc.Words;
        var key = words[w].Key;
        if (key.Length == 0 || !char.IsDigit(key[0])) return w;
        var next = w + 1 < words.Count ? words[w + 1].Key : "";
        // the suffix after the figure, if any: "pm", "p . m .", "hrs"
        int Suffixed()
        {
            if (_clockSuffixes.Contains(next)) return w + 2;
            if (next is "a" or "p" && w + 3 < words.Count && words[w + 2].Key == "." && words[w + 3].Key == "m")
                return w + 4 < words.Count && words[w + 4].Key == "." ? w + 5 : w + 4;
            return w;
        }
        var sep = key.IndexOfAny([':', '.']);
        if (sep is 1 or 2 && key.Length - sep == 3 && int.TryParse(key.AsSpan(0, sep), out var hour) && hour <= 23
            && int.TryParse(key.AsSpan(sep + 1), out var minute) && minute <= 59)
        {
            var after = Suffixed();
            if (after > w) return after;
            if (key[sep] == ':') return next is "hours" ? w + 2 : w + 1;
            return w;
        }
        if (!key.All(char.IsDigit)) return w;
        if (key.Length <= 2 && int.TryParse(key, out var h) && h <= 23)
        {
            if (Suffixed() is var after && after > w && h <= 12) return after;
            // "22h30", "22h"
            if (next.Length is 1 or 3 && next[0] == 'h' && next.Skip(1).All(char.IsDigit)
                && w + 1 < words.Count && words[w + 1].Start == words[w].End) return w + 2;
            return w;
        }
        if (key.Length == 4 && int.Parse(key.AsSpan(0, 2)) <= 23 && int.Parse(key.AsSpan(2)) <= 59 && next is "hours" or "hrs") return w + 2;
        return w;
    }

    /// <summary>
    /// The sentence opens on a time stamp, as the lines of a running report or a live blog do ("About 8.40pm: shots
    /// at a house", "21:40 - Gunmen open fire", "At 22h30 – ..."): a clock time (<see cref="ClockTimeAt"/>) among its
    /// first three words, right followed by a colon or a dash.
    /// </summary>
    private bool OpensOnTimeStamp(AnnotatedDocument doc, SentenceFacts f)
    {
        var first = doc.WordAt(f.Sentence.Start);
        for (var w = first; w < first + 3 && w < doc.Words.Count && doc.Words[w].Start < f.Sentence.End; w++)
        {
            var after = ClockTimeAt(doc, w);
            if (after == w) continue;
            return after < doc.Words.Count && doc.Words[after].Start < f.Sentence.End
                   && doc.Words[after].Key is ":" or "-" or "\u2013" or "\u2014";
        }
        return false;
    }

    /// <summary>
    /// The parts of a running report whose time stamps run past midnight ("21:40 - shots ...", "00:35 - a bus on
    /// fire"): a stamp earlier in the day than the one before it opens the next day, for its part and those after it.
    /// </summary>
    private void DateAfterMidnight(AnnotatedDocument doc, List<SentenceFacts> stamps, List<Frame> parts)
    {
        var days = 0;
        for (var i = 1; i < stamps.Count && i < parts.Count; i++)
        {
            if (StampMinutes(doc, stamps[i]) is { } now && StampMinutes(doc, stamps[i - 1]) is { } before && now < before) days++;
            if (days > 0 && parts[i].Date is { Precision: "day" } d)
            {
                parts[i].Date = d with { Date = d.Date.AddDays(days) };
                parts[i].PastMidnight = true;
            }
        }
    }

    /// <summary>
    /// A part of a timeline told "after midnight" in its opening sentence, which writes no date of its own ("Then, just
    /// after midnight, men set fire to a bus"), after parts told the evening before: it happened the next day.
    /// </summary>
    private static void DateAfterMidnightWord(AnnotatedDocument doc, List<SentenceFacts> timed, List<Frame> parts)
    {
        for (var i = 1; i < timed.Count && i < parts.Count; i++)
        {
            if (timed[i].Dates.Count > 0 || parts[i].Date is not { Precision: "day" } d) continue;
            var first = doc.WordAt(timed[i].Sentence.Start);
            var afterMidnight = false;
            for (var w = first + 1; w < doc.Words.Count && doc.Words[w].Start < timed[i].Sentence.End; w++)
                afterMidnight |= doc.Words[w].Key == "midnight" && doc.Words[w - 1].Key == "after";
            if (!afterMidnight) continue;
            parts[i].Date = d with { Date = d.Date.AddDays(1) };
            parts[i].PastMidnight = true;
        }
    }

    /// <summary>The minutes after midnight of the time stamp a line opens on ("23:50 -", "About 11.15pm:", "22h30 -"), or null.</summary>
    private int? StampMinutes(AnnotatedDocument doc, SentenceFacts f)
    {
        var first = doc.WordAt(f.Sentence.Start);
        for (var w = first; w < first + 3 && w < doc.Words.Count && doc.Words[w].Start < f.Sentence.End; w++)
        {
            if (ClockTimeAt(doc, w) == w) continue;
            var key = doc.Words[w].Key;
            var sep = key.IndexOfAny([':', '.']);
            var next = w + 1 < doc.Words.Count ? doc.Words[w + 1].Key : "";
            if (!int.TryParse(sep < 0 ? key : key[..sep], out var hour)) return null;
            var minute = sep < 0 ? 0 : int.TryParse(key[(sep + 1)..], out var m) ? m : 0;
            if (sep < 0 && next.Length == 3 && next[0] == 'h' && int.TryParse(next[1..], out var hm)) minute = hm;
            if (next is "pm" or "p" && hour < 12) hour += 12;
            if (next is "am" or "a" && hour == 12) hour = 0;
            return hour * 60 + minute;
        }
        return null;
    }

    /// <summary>
    /// The time-stamped lines of a running report (<see cref="OpensOnTimeStamp"/>) that each open the telling of an
    /// attack of their own, when at least two do; else none. A stamped line opens one when its part (it and what
    /// follows up to the next stamped line) has a sentence with a strong attack word not done before and no
    /// follow-up, and, after the first, that word points back to no attack already told ("the shooting",
    /// <see cref="PointsBack"/>) and the part names a target noun none of the parts before it named: "21:55 - Police confirm two dead at the market" after a line that told the market's attack is the same one.
    /// </summary>
    private List<SentenceFacts> StampedAttacks(AnnotatedDocument doc, List<SentenceFacts> told)
    {
        var stamps = told.Where(s => OpensOnTimeStamp(doc, s)).ToList();
        if (stamps.Count < 2) return [];
        var opening = new List<SentenceFacts>();
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < stamps.Count; i++)
        {
            var part = told.Where(s => s.Sentence.Index >= stamps[i].Sentence.Index
                                       && (i + 1 == stamps.Count || s.Sentence.Index < stamps[i + 1].Sentence.Index)).ToList();
            // a sentence of the part, no follow-up, with a strong attack word not done before that also holds what is asked
            bool TellsAttack(Func<SentenceFacts, Cue, bool> also) =>
                part.Any(s => !_followUps.IsFollowUp(doc, s) && s.Events.Any(e => !e.As<EventCue>().Weak && !DoneBefore(doc, e) && also(s, e)));
            var attack = TellsAttack((s, e) => opening.Count == 0 || !PointsBack(doc, s, e));
            // the people a stamped line gives as its source ("00:52 - Residents say ...") are no target it names
            var nouns = part.SelectMany(s => s.Targets.Where(t => s != stamps[i] || !Speaks(doc, t))).Select(t => Singular(TargetNoun(doc, t))).ToHashSet(StringComparer.OrdinalIgnoreCase);
            // a part that names no target at all but brings in its attack with an indefinite article ("About 11pm: A
            // loud blast in the west of the city") tells a new one
            var untargetedNew = nouns.Count == 0 && TellsAttack((s, e) => IntroducesNew(doc, s, e));
            // a line that says it brings another attack ("00:35 - New incident: a bus is on fire") opens one on its word
            var markedNew = opening.Count > 0 && doc.CuesIn(stamps[i].Sentence.Span, CueKind.Wave).Any(c => c.As<string>() is "separate" or "another");
            if ((attack || markedNew) && (opening.Count == 0 || !nouns.IsSubsetOf(named) || untargetedNew)) opening.Add(stamps[i]);
            if (Trace) Console.Error.WriteLine($"  time stamp at sentence {stamps[i].Sentence.Index}: attack {attack}, targets {string.Join(',', nouns)}");
            named.UnionWith(nouns);
        }
        return opening.Count >= 2 ? opening : [];
    }

    /// <summary>
    /// The sentence tells an attack of its own: a strong attack word not done before (<see cref="DoneBefore"/>), none of
    /// whose attack words points back to one already told ("the blast", "the same attack"; function_words.tsv kind
    /// told_determiner), and no follow-up (an arrest over the bombing). A kidnapping takes people, not a site: "were
    /// taken hostage from the work site" strikes none.
    /// </summary>
    private bool StrikesSite(AnnotatedDocument doc, SentenceFacts f) =>
        f.Events.Any(e => e.As<EventCue>() is { Weak: false, EventType: not "kidnapping" } && !DoneBefore(doc, e))
        && !f.Events.Any(e => e.As<EventCue>().EventType == "kidnapping")
        && !f.Events.Any(e => PointsBack(doc, f, e))
        && !_followUps.IsFollowUp(doc, f);

    /// <summary>
    /// The attack word follows a determiner that points back to an attack already told (function_words.tsv kind
    /// told_determiner), up to three words before it in its clause ("the blast", "the worst explosion", "the same attack",
    /// "the officer-involved shooting"); "a" or "an" on the way introduces a new one.
    /// </summary>
    private bool PointsBack(AnnotatedDocument doc, SentenceFacts f, Cue e)
    {
        var first = doc.WordAt(f.Sentence.Start);
        for (var w = e.FirstWord - 1; w >= first && w >= e.FirstWord - 4; w--)
        {
            if (_toldDeterminers.Contains(doc.Words[w].Key)) return true;
            if (doc.Words[w].Key is "," or ";" or ":" or "(" or ")" or "a" or "an" or "and" or "or" or "then") return false;
        }
        return false;
    }

    /// <summary>
    /// The attack word follows an indefinite article in its noun phrase, up to three words before it: "A loud blast in
    /// the east of the town", "an explosion was heard": an attack not told before.
    /// </summary>
    private static bool IntroducesNew(AnnotatedDocument doc, SentenceFacts f, Cue e)
    {
        var first = doc.WordAt(f.Sentence.Start);
        for (var w = e.FirstWord - 1; w >= first && w >= e.FirstWord - 3; w--)
        {
            if (doc.Words[w].Key is "a" or "an") return true;
            if (doc.Words[w].Key is "," or ";" or ":" or "(" or ")" or "-" or "and" or "or" or "the") return false;
        }
        return false;
    }

    /// <summary>A site noun in the singular, so that a summary and its detail name one site: "embassies" and "embassy", "buses" and "bus".</summary>
    private static string Singular(string noun) => noun switch
    {
        _ when noun.EndsWith("ies") => noun[..^3] + "y",
        _ when noun.EndsWith("ses") || noun.EndsWith("ches") || noun.EndsWith("shes") || noun.EndsWith("xes") => noun[..^2],
        _ when noun.EndsWith('s') && !noun.EndsWith("ss") => noun[..^1],
        _ => noun,
    };

    /// <summary>A speech verb a few words before the day: "told our correspondent on Sunday that ...": the day of the telling.</summary>
    private bool SpokenOn(AnnotatedDocument doc, SentenceFacts f, DateMention d)
    {
        var first = doc.WordAt(f.Sentence.Start);
        for (var w = doc.WordAt(d.Start) - 1; w >= first && w >= doc.WordAt(d.Start) - 4; w--)
            if (_speechVerbs.Contains(doc.Words[w].Key)) return true;
        return false;
    }

    /// <summary>The attack word follows an auxiliary of an earlier time (function_words.tsv kind earlier_auxiliary): "houses that had been burned down".</summary>
    private bool DoneBefore(AnnotatedDocument doc, Cue e)
    {
        var w = e.FirstWord;
        return (w >= 1 && _earlierAuxiliaries.Contains(doc.Words[w - 1].Key))
               || (w >= 2 && doc.Words[w - 1].Key == "been" && _earlierAuxiliaries.Contains(doc.Words[w - 2].Key));
    }

    /// <summary>The head noun of a target cue, lower case: "officer" of "police officer", "station" of "police station".</summary>
    private static string TargetNoun(AnnotatedDocument doc, Cue target) => doc.Words[target.LastWord].Key;

    /// <summary>
    /// A sentence that names the place of the attack in focus but opens on words that turn to another attack or place
    /// (waves.tsv kinds separate and elsewhere: "Separately, ...", "Meanwhile, ...") and tells an attack in words of its
    /// own (a strong attack phrase), after the focus already had one: another attack at the same place, not more about
    /// the first ("Meanwhile, gunmen set fire to a bus in X"). So is one that, anywhere, tells one more attack (waves.tsv
    /// kind another: "another bomb exploded at a school in X") against targets the focus has not named.
    /// </summary>
    private static bool AnotherAttackHere(AnnotatedDocument doc, SentenceFacts f, Frame focus) =>
        !f.IsCaption && !f.IsTitle && f.HasStrongEvent
        && (doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(c => c.As<string>() is "separate" or "elsewhere" && c.FirstWord == doc.WordAt(f.Sentence.Start))
            || (doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(c => c.As<string>() == "another") && OtherTargets(doc, f, focus)))
        && focus.Sentences.Any(s => !s.IsTitle && !s.IsBackground && s.HasStrongEvent);

    /// <summary>
    /// An attack and the one more assault told after it (<see cref="AnotherAssault"/>) read as one frame, to weigh whether
    /// they are news: split in two, each may keep too few of the sentences that told the fighting. Null when the frame is
    /// neither.
    /// </summary>
    private static Frame? AssaultPair(Frame frame, List<Frame> frames)
    {
        var (first, second) = frame.AssaultAfter is { } parent ? (parent, frame) : (frame, frames.FirstOrDefault(o => o.AssaultAfter == frame));
        if (second is null) return null;
        var pair = new Frame(first.PlaceMentions[0]) { Date = first.Date };
        pair.Sentences.AddRange(first.Sentences.Concat(second.Sentences));
        pair.Casualties.AddRange(first.Casualties.Concat(second.Casualties));
        return pair;
    }

    /// <summary>
    /// The sentence tells one more assault (waves.tsv kind another: "another clash", "a second attack") whose attack word
    /// is no bomb or blast, after the frame in focus already counted victims of its own: the attackers struck again, at
    /// another spot or other people, so it is an attack of its own at the same place. More bombs at one place are one
    /// incident (a second bomb at the same market), and "another" before no attack word ("another victim") opens nothing.
    /// </summary>
    private static bool AnotherAssault(AnnotatedDocument doc, SentenceFacts f, Frame focus) =>
        focus.Casualties.Any(c => c.Mention.Value > 0 && c.Mention.Kind != CasualtyMention.PerpetratorKilled)
        && focus.Sentences.Any(s => !s.IsTitle && !s.IsBackground && s.Casualties.Count > 0)
        && doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(w => w.As<string>() == "another"
            && f.Events.Any(e => e.Start >= w.Start && e.End <= w.End && e.As<EventCue>() is { EventType: not "bombing", Blast: false, Vehicle: false }));

    /// <summary>
    /// A sentence that opens on another time of the same night (waves.tsv kind later: "Hours later, ...", "Earlier that
    /// night, ...") and tells an attack in words of its own: a strong attack word not done before and not pointing back to
    /// attackers or an attack already told ("the gunman", "the attack"; <see cref="PointsBack"/>), no follow-up (an arrest),
    /// no other town, after the frame in focus told an attack of its own in such words. "Hours later, the gunman shot his
    /// neighbour" goes on with the same attack.
    /// </summary>
    private bool NightLapseAttack(AnnotatedDocument doc, SentenceFacts f, Frame focus) =>
        !f.IsCaption && !f.IsTitle && !f.IsBackground
        && doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(c => c.As<string>() == "later" && c.FirstWord == doc.WordAt(f.Sentence.Start))
        && f.Events.Any(e => !e.As<EventCue>().Weak && !DoneBefore(doc, e) && !PointsBack(doc, f, e))
        && !_followUps.IsFollowUp(doc, f)
        && !f.EventPlaces.Concat(f.OtherPlaces).Any(p => p.Place.Kind == PlaceKind.City && !focus.Holds(p.Place))
        && focus.Sentences.Any(s => !s.IsTitle && !s.IsCaption && !s.IsBackground && s.HasStrongEvent);

    /// <summary>The sentence names targets, none of whose head nouns the frame's sentences named ("another bomb went off at a school" after a bank).</summary>
    private static bool OtherTargets(AnnotatedDocument doc, SentenceFacts f, Frame frame)
    {
        var own = f.Targets.Select(t => TargetNoun(doc, t)).ToHashSet();
        return own.Count > 0 && !frame.Sentences.SelectMany(s => s.Targets).Any(t => own.Contains(TargetNoun(doc, t)));
    }

    /// <summary>
    /// The frame the sentences before any place (a headline, the lead) speak of: one whose place they name in passing
    /// ("Market bombing toll in Mora rises to 14"), else the one with most sentences; never an attack told "separately"
    /// further on (waves.tsv kind separate) while another frame is there: "Separately, gunmen abducted eleven farmers near
    /// X" does not take the headline's toll.
    /// </summary>
    private static Frame LeadFrame(List<SentenceFacts> lead, List<Frame> frames)
    {
        var candidates = frames.Where(fr => !fr.ToldSeparately && (fr.Sentences.Count == 0 || !fr.Sentences.MinBy(s => s.Sentence.Index)!.OpensSeparately)).ToList();
        if (candidates.Count == 0) candidates = frames;
        return candidates.FirstOrDefault(fr => lead.Any(l => l.EventPlaces.Concat(l.OtherPlaces).Any(p => fr.Holds(p.Place))))
               ?? candidates.OrderByDescending(fr => fr.Sentences.Count).First();
    }

    /// <summary>
    /// A place that holds two or more of the wave's members (their province, a region written as "the department of X")
    /// names the whole series, not one attack: "The bombings across the province began at noon" speaks of the
    /// wave, and the place-less sentences after it (a ministry's "nine dead and 30 hurt") total the wave until a member's
    /// own place is named. A member's own town is that member's, though a neighbour lies within reach.
    /// </summary>
    private static bool WaveArea(List<Frame>? wave, PlaceMention p) =>
        wave is not null && wave.Count(fr => fr.Holds(p.Place)) >= 2 && !wave.Any(fr => fr.Place.GeonameId == p.Place.GeonameId && fr.Place.Kind == p.Place.Kind);

    /// <summary>
    /// The frame of an attack told in a sentence with no place of its own but the dateline ("DATU PIANG - Three soldiers
    /// were killed ... in this town"): the frame that holds the dateline's town, when the title or the opening names that frame's
    /// place (the town itself, or a region holding it, which the town then makes precise). A frame named only further on
    /// is another attack than the dateline's lead.
    /// </summary>
    private static Frame? DatelineFrame(List<SentenceFacts> facts, SentenceFacts f, List<Frame> frames)
    {
        if (f.Dateline is not { } dateline || !ReportsAttack(f)) return null;
        var frame = HolderOf(frames, dateline.Place);
        if (frame is null || !OpeningNames(facts, frame)) return null;
        frame.Refine(dateline);
        return frame;
    }

    /// <summary>The title or the opening sentences name the frame's place, or a place it holds (a town, the region of it).</summary>
    private static bool OpeningNames(List<SentenceFacts> facts, Frame frame) =>
        frame.Place.Kind != PlaceKind.Country
        && facts.Where(o => o.IsTitle || o.Sentence.Index <= OpeningHomeSentences)
            .SelectMany(o => o.EventPlaces.Concat(o.OtherPlaces))
            .Any(p => !p.IsDemonym && frame.Holds(p.Place));

    /// <summary>
    /// A sentence that tells the attacks at several frames' places with its day ("a man was killed and 30 wounded in
    /// Friday evening's grenade attacks in X and Y") dates each of those frames no sentence has yet dated by its attack (a sentence of several days dates none);
    /// as a day read in a sentence of no place of its own, a sentence telling the attack at the frame's own place alone
    /// replaces it (<see cref="TellsAttackHere"/>).
    /// </summary>
    private void DateFromShared(AnnotatedDocument doc, List<Frame> here, SentenceFacts f)
    {
        if (f.IsCaption || !f.HasStrongEvent || AttackDay(doc, f) is not { } day || DatesTelling(doc, day)) return;
        // several days ("a bomb in X on Monday and another in Y on Tuesday"): which day is whose is not said
        if (f.Dates.Any(d => d.Precision == "day" && !d.Since && d.Date != day.Date && !DatesTelling(doc, d) && !InDateline(doc, f, d))) return;
        foreach (var fr in here.Where(fr => !fr.DateFromAttack))
        {
            fr.Date = day;
            fr.DateFromAttack = fr.DatedByPlaceless = true;
        }
    }

    /// <summary>
    /// A sentence at the frame's place that tells an attack in words of its own (a strong attack word) while the frame's
    /// day was read, as the attack's, in a sentence that named no place: such a sentence joined the frame only because it
    /// came after its place ("Police said a bomb went off last night" after a list of three towns hit) and may tell
    /// another of the article's attacks, so the day of the sentence telling the attack at the place itself wins,
    /// earlier or later. Not the day of a claim or a statement: a sentence that tells who claimed or is blamed for the
    /// attack ("the Front today claimed the bombing of the hotel in X"), or whose day dates the telling, keeps the act's day.
    /// </summary>
    private bool TellsAttackHere(AnnotatedDocument doc, Frame frame, SentenceFacts f, DateMention day) =>
        frame.DatedByPlaceless && frame.DateFromAttack && f.HasStrongEvent && !f.IsCaption && f.Claims.Count == 0 && !DatesTelling(doc, day);

    /// <summary>
    /// A sentence without a place of its own that joins a frame dates it when no sentence naming the frame's place has:
    /// by its attack day when it tells the attack ("The kidnapping on 15 September was condemned"; of several such
    /// sentences the earliest day), else, when nothing dates the frame yet, by a past day of a sentence about the
    /// violence that dates no telling ("Security was stepped up last night after the incident"). A sentence telling the
    /// attack whose only day dates the telling ("one of the wounded is still in hospital, police informed this Monday")
    /// dates the frame only for want of any other day: an earlier day of a later sentence about the violence replaces it.
    /// A sentence that tells no attack dates no frame by the day someone died ("the gunman died after a stand-off with
    /// troops on Friday": his death's day, not the attack's).
    /// </summary>
    private void DateFromPlaceless(AnnotatedDocument doc, Frame frame, SentenceFacts f)
    {
        if (f.IsCaption || AttackDay(doc, f) is not { } day) return;
        // "The mayor of X said a dozen were hurt in this morning's shelling": the sentence names the frame's place,
        // though not as a scene, and tells its attack: its day is the attack's own over that of a sentence naming none
        if (TellsAttackHere(doc, frame, f, day) && f.OtherPlaces.Any(p => !p.IsDemonym && frame.Holds(p.Place)))
        {
            frame.Date = day;
            frame.DatedByPlaceless = false;
            return;
        }
        // a frame dated only by the publication day, at its place in a sentence that tells no attack (a byline "Monday,
        // 6 October | By X, in Y"), takes the earlier day of a sentence that tells the attack, place or no place
        if (frame.Date is not null && !frame.DatedByPlaceless)
        {
            if (ReportsAttack(f) && EarlierThanPublication(doc, frame, f, day)) { frame.Date = day; frame.DateFromAttack = true; }
            return;
        }
        if (ReportsAttack(f))
        {
            if (frame.Date is not null && frame.DateFromAttack && day.Date >= frame.Date.Date) return;
            // "one of the officers wounded in the attack is still in hospital, police said on Monday": the day of the
            // telling dates the frame only for want of a better one, and an earlier day of the violence replaces it
            if (DatesTelling(doc, day))
            {
                if (frame.Date is null) { frame.Date = day; frame.DatedByPlaceless = true; }
                return;
            }
            frame.Date = day;
            frame.DateFromAttack = frame.DatedByPlaceless = true;
        }
        else if ((frame.Date is null || (!frame.DateFromAttack && frame.DatedByPlaceless && DatesTelling(doc, frame.Date) && day.Date < frame.Date.Date))
                 && f.Events.Count > 0 && !DatesTelling(doc, day) && !DatesDeath(doc, f, day) && !(doc.Published is { } published && day.Date > published))
        {
            frame.Date = day;
            frame.DatedByPlaceless = true;
        }
    }

    /// <summary>
    /// A frame dated only by the publication day, read in a sentence that names its place but tells no attack (a report's
    /// title "Attack near X (19 September 2025)", a byline), takes an earlier day of a later sentence with an attack
    /// word that dates no telling ("On the evening of 16 September, a village near X was attacked"): the publication
    /// day only says the attack came on or before it. So does a day up to publication read in a sentence that tells no
    /// attack (a photo line "The wounded at the hospital in X on Friday"): it is no later than the attack's own day.
    /// </summary>
    private bool EarlierThanPublication(AnnotatedDocument doc, Frame frame, SentenceFacts f, DateMention day) =>
        !frame.DateFromAttack && frame.Date is { } current && doc.Published is { } published && current.Date <= published
        && day.Date < current.Date && f.Events.Any(e => !e.As<EventCue>().Vehicle) && !f.IsCaption && !DatesTelling(doc, day);

    /// <summary>Most words between a wave's total words and its figure ("across the three cities rose to 19", "40 in all").</summary>
    private const int MaxTotalSpan = 6;

    /// <summary>
    /// A figure of a member's sentence that totals the wave: a total's words (waves.tsv kind total) after the sentence's
    /// places and at most <see cref="MaxTotalSpan"/> words before the figure, or right after it or after its casualty
    /// words ("seven people have now died in the twin attacks", after "two killed in X"); or a toll said of the series
    /// itself (<see cref="TollOfWave"/>).
    /// </summary>
    private bool TotalsWave(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c)
    {
        var lastPlace = f.EventPlaces.Count == 0 ? f.Sentence.Start : f.EventPlaces.Max(p => p.End);
        var figure = doc.WordAt(c.Figure.Start);
        var after = doc.WordAt(c.Figure.End);
        var afterWords = doc.WordAt(c.Span.End);
        return doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(w => w.As<string>() == "total" && w.Start >= lastPlace
            && ((w.LastWord < figure && figure - w.LastWord <= MaxTotalSpan) || (w.FirstWord >= after && w.FirstWord - after <= 1)
                || (w.FirstWord >= afterWords && w.FirstWord - afterWords <= 1)))
            || TollOfWave(doc, f, c);
    }

    /// <summary>
    /// "Eleven guards were killed when gunmen carried out simultaneous attacks on a police post in X and a base in Y":
    /// a sentence with words of a series (waves.tsv kind wave) that names the places of two or more members of the wave
    /// gives the whole series' figures, when they stand before or after all those places (not between two, "four in X,
    /// three in Y") and no place follows a figure right after it (<see cref="AfterPlace"/>).
    /// </summary>
    private static bool TollOfSeveralMembers(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c, List<Frame> wave, List<Frame> frames)
    {
        if (!f.HasWaveCue || AfterPlace(doc, f, c, frames) is not null) return false;
        var named = f.EventPlaces.Concat(f.OtherPlaces).Where(p => HolderOf(wave, p.Place) is not null).ToList();
        if (named.Select(p => HolderOf(wave, p.Place)).Distinct().Count() < 2) return false;
        return named.All(p => p.End <= c.Figure.Start) || named.All(p => p.Start >= c.Figure.End);
    }

    /// <summary>
    /// "Two suicide bombings killed 48 people in X and Y": in a sentence with words of a series (waves.tsv kind wave), the
    /// town written right after a figure opens a list of the towns of two or more members of the wave, joined by "and" or
    /// commas only: the figure counts the whole series, not the first town's attack (unlike "killed 30 in X and wounded
    /// 12 in Y", where a casualty word parts the towns).
    /// </summary>
    private static bool TollBeforeMembersList(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c, List<Frame> wave)
    {
        var next = f.EventPlaces.FirstOrDefault(p => p.Start >= c.Figure.End && p.Start - c.Span.End <= 40);
        if (next is null || HolderOf(wave, next.Place) is not { } first) return false;
        if (f.Casualties.Any(o => o != c && o.Figure.Start > c.Figure.End && o.Figure.Start < next.Start)) return false;
        var members = new HashSet<Frame> { first };
        var end = next.End;
        foreach (var p in f.EventPlaces.Where(p => p.Start >= end).OrderBy(p => p.Start))
        {
            var gap = doc.Text.AsSpan(end, p.Start - end).Trim();
            if (!(gap.SequenceEqual(",") || gap.SequenceEqual("and") || gap.SequenceEqual(", and")) || HolderOf(wave, p.Place) is not { } member) break;
            members.Add(member);
            end = p.End;
        }
        return members.Count >= 2;
    }

    /// <summary>Most words between a toll noun said of a wave and a figure it counts ("the toll of the wave of attacks in X to four dead and five wounded").</summary>
    private const int MaxWaveTollSpan = 14;

    /// <summary>
    /// "bringing the toll of the wave of attacks in X to four dead and five wounded", "the number of dead from the series
    /// of bombings rose to 30": the nearest toll noun before the figure (function_words.tsv toll_noun) is followed by
    /// "of" or a toll qualifier and the words of a series (waves.tsv kind wave): its figures count the whole series,
    /// even when a member's town is named before.
    /// </summary>
    private bool TollOfWave(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c)
    {
        var words = doc.Words;
        var first = doc.WordAt(f.Sentence.Start);
        var figure = doc.WordAt(c.Figure.Start);
        for (var t = figure - 1; t >= first && figure - t <= MaxWaveTollSpan; t--)
        {
            if (words[t].Key is ";" or ".") return false;
            if (!_tollNouns.Contains(words[t].Key)) continue;
            var q = t + 1;
            if (q >= figure || !(words[q].Key == "of" || _tollQualifiers.Contains(words[q].Key))) return false;
            var opener = q + 1 < figure && words[q + 1].Key is "the" or "this" or "that" or "a" ? q + 2 : q + 1;
            return doc.CuesIn(f.Sentence.Span, CueKind.Wave).Any(w => w.As<string>() == "wave" && (w.FirstWord == q + 1 || w.FirstWord == opener));
        }
        return false;
    }

    /// <summary>
    /// A figure without a place of its own that gives again a figure of the same kind the series as a whole was already
    /// given ("leaving four dead and ten wounded" in the lead, then "four dead and ten wounded was the balance"), when
    /// the member in focus was already given a smaller figure of that kind of its own (one killed, six wounded). A
    /// member whose own toll is the whole series' (the others had no dead) takes it.
    /// </summary>
    private static bool RestatesWaveToll(List<(CasualtyMention Mention, string? Source)> waveCasualties, Frame focus, CasualtyMention c) =>
        c.Value is > 1 && waveCasualties.Any(w => w.Mention.Kind == c.Kind && w.Mention.Value == c.Value)
        && focus.Casualties.Any(o => o.Mention.Kind == c.Kind && o.Mention.Value < c.Value);

    /// <summary>
    /// "The number killed in the two attacks rose to five", in an article where no series was found: a toll of several
    /// attacks is none of them alone, so no frame keeps it (its sentence still tells the frames their targets and days).
    /// </summary>
    private static void DropTotalsOfSeveral(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        var totals = facts.Where(f => !f.IsBackground && f.Casualties.Count > 0 && TotalOfSeveral(doc, f)).SelectMany(f => f.Casualties).ToHashSet();
        totals.UnionWith(facts.Where(f => !f.IsBackground && f.HasTotalCue).SelectMany(f => f.Casualties.Where(c => SumsFrames(f, c, frames))));
        if (totals.Count == 0) return;
        foreach (var frame in frames) frame.Casualties.RemoveAll(c => totals.Contains(c.Mention));
    }

    /// <summary>
    /// "In all, three people died over the weekend", after two killed in X and one in Y: a figure of a sentence with a
    /// total word (waves.tsv kind total) that is the sum of the figures of its kind two or more attacks of the article
    /// were given elsewhere (each one's largest) counts them together, no single attack.
    /// </summary>
    private static bool SumsFrames(SentenceFacts f, CasualtyMention c, List<Frame> frames)
    {
        if (c is not { Value: > 1 and var total, Kind: CasualtyMention.Killed or CasualtyMention.Injured }) return false;
        var own = frames.Select(fr => fr.Casualties.Where(o => o.Mention.Kind == c.Kind && o.Mention.Value is > 0 && !f.Casualties.Contains(o.Mention))
                                                   .Select(o => o.Mention.Value!.Value).DefaultIfEmpty(0).Max())
                        .Where(v => v > 0).ToList();
        return own.Count >= 2 && own.Sum() == total;
    }

    /// <summary>
    /// A sentence that gives a figure for several attacks together: a total word (waves.tsv kind total) that counts them
    /// ("in the two attacks", "toll of both attacks", "across the three towns"), or a total word beside attacks the
    /// sentence counts ("the two attacks killed seven people in all"). Such a toll is no single attack's.
    /// </summary>
    private static bool TotalOfSeveral(AnnotatedDocument doc, SentenceFacts f)
    {
        if (!f.HasTotalCue) return false;
        var totals = doc.CuesIn(f.Sentence.Span, CueKind.Wave).Where(w => w.As<string>() == "total").ToList();
        if (totals.Any(w => doc.NumbersIn(new TextSpan(w.Start, w.End)).Any(n => n.Value >= 2))) return true;
        // a count of two or more written right before a word of attacks ("the two attacks", "both bombings")
        return f.Events.Any(e => e.As<EventCue>() is { } ev && (ev.Assault || ev.Blast) && e.FirstWord > 0
                                 && doc.NumbersIn(f.Sentence.Span).Any(n => n.Value >= 2 && doc.WordAt(n.Start) == e.FirstWord - 1));
    }

    /// <summary>
    /// The frame of a place written just after a figure: "another 48 in Tartus". Not a place past a semicolon, which
    /// opens the clause of another place ("In X, three were killed; in Y, two more": the three are X's).
    /// </summary>
    private static Frame? AfterPlace(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c, List<Frame> frames)
    {
        var next = f.EventPlaces.FirstOrDefault(p => p.Start >= c.Figure.End && p.Start - c.Span.End <= 40);
        if (next is null) return null;
        if (next.Start > c.Span.End && doc.Text.AsSpan(c.Span.End, next.Start - c.Span.End).Contains(';')) return null;
        var between = f.Casualties.Any(o => o != c && o.Figure.Start > c.Figure.End && o.Figure.Start < next.Start);
        return between ? null : HolderOf(frames, next.Place);
    }

    /// <summary>
    /// "In X, where a grenade went off shortly after the attack in Y, local sources counted 13 wounded": a sentence that
    /// opens with a locative word (function_words.tsv kind locative), a place and a comma sets its scene; a figure after
    /// the comma that no other place follows is the scene's, though the sentence names another attack's place before it
    /// (not past a semicolon, which opens a clause of its own).
    /// </summary>
    private Frame? OpeningScene(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c, List<Frame> frames)
    {
        var words = doc.Words;
        var first = ClauseOpening(doc, f, c);
        var scene = f.EventPlaces.FirstOrDefault(p => doc.WordAt(p.Start) == first + 1);
        if (scene is null || !_locative.Contains(words[first].Key)) return null;
        var comma = doc.WordAt(scene.End);
        if (comma >= words.Count || words[comma].Key != "," || c.Figure.Start < words[comma].End) return null;
        // "In X, three were killed; in Y, two were wounded": past a semicolon another clause sets its own scene
        if (doc.Text.AsSpan(words[comma].End, c.Figure.Start - words[comma].End).Contains(';')) return null;
        return HolderOf(frames, scene.Place);
    }

    /// <summary>
    /// The first word of the figure's clause, past an opening quotation mark: the sentence's first, or the first after the
    /// last semicolon before the figure ("In X, nine were killed; in Y, four more": the four's clause opens on "in Y").
    /// </summary>
    private static int ClauseOpening(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c)
    {
        var words = doc.Words;
        var first = doc.WordAt(f.Sentence.Start);
        var opening = first;
        for (var w = doc.WordAt(c.Figure.Start) - 1; w > first; w--)
            if (words[w].Key == ";") { opening = w + 1; break; }
        while (opening < words.Count && words[opening].Key is "\"" or "“" or "'" or "‘" && words[opening].End < c.Figure.Start) opening++;
        return opening;
    }

    /// <summary>
    /// The wave member whose place is written right before a toll's words: "Kandahar toll rises to 40" in a headline about
    /// the whole series is Kandahar's toll, not the wave's.
    /// </summary>
    private static Frame? TollOfPlace(AnnotatedDocument doc, SentenceFacts f, CasualtyMention c, List<Frame> wave)
    {
        var first = doc.WordAt(c.Span.Start);
        var place = f.EventPlaces.Concat(f.OtherPlaces).FirstOrDefault(p => !p.IsDemonym && p.End <= c.Span.Start && doc.WordAt(p.End) == first);
        return place is null ? null : HolderOf(wave, place.Place);
    }

    /// <summary>The frame of the last place written before a figure: "bombings in Aden on Monday that killed 41".</summary>
    private static Frame? BeforePlace(SentenceFacts f, CasualtyMention c, List<Frame> frames)
    {
        var previous = f.EventPlaces.LastOrDefault(p => p.End <= c.Span.Start);
        return previous is null ? null : HolderOf(frames, previous.Place);
    }

    /// <summary>A frame is an attack when it has a victim figure in a sentence about violence, or enough sentences about an attack.</summary>
    private bool Worth(AnnotatedDocument doc, Frame frame, bool inWave, Place? dateline, bool followUp = false, bool otherNews = false)
    {
        // a brief's plainly told lead is news of its own; not one reread as the attack a trial or an arrest follows up
        var brief = !followUp && IsBrief(doc);
        // one of attacks told as a timeline under their times of the day (see SplitByTimeline)
        if (frame.TimedApart) return true;
        // (a round-up's section is its attack's own telling, never a mention in passing)
        if (!inWave && !frame.Sectioned && InPassing(doc, frame, dateline, otherNews)) return false;
        // one of attacks told at one place on different days, each with its day and its targets (see SplitByDay)
        if (frame.DayApart) return true;
        // one of attacks told at one place against different buildings or vehicles (see SplitBySite)
        if (frame.SiteApart) return true;
        var strong = frame.Sentences.Count(s => s.HasStrongEvent);
        // without a victim figure: three sentences about the attack, or one when it is a member of a stated wave, or
        // two when one is the headline ("Shots fired at officers on Main Street") or the lead of a wire message
        // without a headline (its first sentences after the dateline)
        // a member of a stated wave that a sentence places and tells with an attack word, however weak ("At X, the
        // assault on the post was contained"; see TellsWaveMember)
        if (inWave && frame.Sentences.Any(s => !s.IsTitle && !s.IsBackground && TellsWaveMember(s) && s.EventPlaces.Any(p => frame.Holds(p.Place)))) return true;
        if (strong >= 3 || (inWave && strong >= 1) || (strong >= 2 && frame.Sentences.Any(s => (s.IsTitle || InLead(doc, s.Sentence)) && s.HasStrongEvent))) return true;
        // a brief whose lead tells the attack whole, its kind (or its attackers), its place and its day (or a period of
        // hours up to now), or in the tense of news: "Turkish warplanes bombed targets near X on Saturday", "gunmen have
        // kidnapped a teacher in X", "a post in X was attacked by militants on Monday", "two engineers kidnapped in X in
        // the past few hours"; a sentence that opens another attack's own telling ("Separately, on Tuesday, gunmen
        // abducted eleven herders near X") is that attack's lead wherever it stands
        if (frame.Sentences.Any(s => !s.IsTitle && !s.IsBackground && (InLead(doc, s.Sentence) || s.OpensSeparately)
                                     && s.Events.Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false } c && NamesKind(c))
                                     && (s.EventPlaces.Any(p => frame.Holds(p.Place)) || (brief && ToldPlainly(doc, s) && BriefNamesFallback(doc, frame, s)))
                                     && (s.Dates.Any(d => d.Precision == "day" && !d.Since) || NewsTense(doc, s) || WithinHours(doc, s) || (brief && ToldPlainly(doc, s)))))
            return true;
        // a gun incident without victims ("held at gunpoint", "fired shots into the air") in the article's own city (its
        // dateline's, or without a dateline the place its opening names): the attack named and its weapon in three
        // sentences in all
        var ownCity = dateline is not null
            ? frame.Place.GeonameId == dateline.GeonameId
            : frame.PlaceMentions.Any(p => doc.SentenceAt(p.Start).Index <= 3);
        if (strong >= 1 && ownCity
            && frame.Sentences.Count(s => s.HasStrongEvent || s.Events.Any(e => e.As<EventCue>() is { Vehicle: false } c && c.Weapons.Count > 0)) >= 3)
            return true;
        // a hostage-taking in the article's own city, which the text names as a scene beyond the dateline, told in
        // strong words with the people held ("two diplomats are still being held hostage"): a kidnapping counts no dead
        // or wounded
        if (ownCity && frame.Sentences.Any(s => HoldsPeople(doc, s))
            && frame.Sentences.Any(s => !s.IsBackground && s.EventPlaces.Any(p => frame.Holds(p.Place)))) return true;
        // a round-up's section that tells its attack in words of its own, with or without victims ("masked men set the
        // bakery alight")
        if (frame.Sectioned && frame.Sentences.Any(s => !s.IsBackground && s.Events.Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false }))) return true;
        // a vague count is victims too ("killing dozens", "left scores dead")
        SentenceFacts? SentenceOf(CasualtyMention c) => frame.Sentences.FirstOrDefault(f => f.Sentence.Start <= c.Span.Start && c.Span.Start < f.Sentence.End);
        var victims = frame.Casualties.Where(c => (c.Mention.Value is > 0 || c.Mention is { Value: null, Qualifier: Qualifiers.Dozens }) && c.Mention.Kind != CasualtyMention.PerpetratorKilled).ToList();
        // "the troops killed and wounded scores of fighters": one figure for the dead and the hurt says there were victims
        var deadAndHurt = frame.Sentences.Where(s => s.CountsDeadAndHurt && !s.IsBackground).ToList();
        if (victims.Count == 0 && deadAndHurt.Count == 0) return false;
        // a member of a stated wave told in the article's rundown of its places, a sentence that opens with the member's
        // place and counts its victims: the wave named the violence ("In X, three guards were shot at a checkpoint"); so
        // does any sentence that counts the member's victims with a number and names its place ("11 were killed in X and
        // 6 in Y")
        if (inWave && frame.Sentences.Any(s => s.Casualties.Any(c => victims.Any(v => v.Mention == c))
                                               && s.EventPlaces.Any(p => frame.Holds(p.Place) && doc.WordAt(p.Start) - doc.WordAt(s.Sentence.Start) <= 1))) return true;
        if (inWave && victims.Any(v => doc.NumbersIn(v.Mention.Figure).Any() && SentenceOf(v.Mention) is { } told
                                       && told.EventPlaces.Any(p => frame.Holds(p.Place)))) return true;
        // a round-up's section tells one attack under its town's heading: victims and a word of violence anywhere in it,
        // however weak ("shots were fired at the bus"), are its attack
        if (frame.Sectioned && frame.Sentences.Any(s => !s.IsBackground && s.Events.Any(e => e.As<EventCue>() is { Vehicle: false } c && (c.EventType != "other" || c.Assault)))) return true;
        // a death or an injury alone ("has died", "was injured") is no attack: the article must name the violence
        if (frame.Sentences.Any(s => s.Events.Any(e => e.As<EventCue>() is { Weak: false, EventType: not "other" }))) return true;
        // ... or a word for an assault on people ("were killed in an attack by rebels", "assailants stormed the village")
        // (the events its sentence's facts keep: an accident's explosion is none)
        if (victims.Any(c => (SentenceOf(c.Mention)?.Events ?? doc.CuesIn(doc.SentenceAt(c.Mention.Span.Start).Span, CueKind.Event))
            .Any(e => e.As<EventCue>() is { Vehicle: false } cue && (!cue.Weak || cue.EventType != "other" || cue.Assault) && !ProtestClash(doc, e, cue))))
            return true;
        if (deadAndHurt.Any(f => f.Events.Any(e => e.As<EventCue>() is { Vehicle: false } cue && (!cue.Weak || cue.EventType != "other" || cue.Assault) && !ProtestClash(doc, e, cue))
                                 || f.Actors.Any(a => ByActor(doc, a) || ActsInAttack(doc, f, a))))
            return true;
        // "nine farmers were killed by Guatemalan troops", "rebels of the X Front killed two guards": deaths an armed
        // actor dealt are an attack, however plain the verb
        return victims.Any(c => SentenceOf(c.Mention) is { } f && f.Actors.Any(a => ByActor(doc, a) || ActsInAttack(doc, f, a)));
    }

    /// <summary>
    /// A weak battle word in a sentence that names a protest or unrest (function_words.tsv kind protest_noun): "two marchers
    /// died during the rally and clashes with police" tells deaths in unrest, not the violence of an attack.
    /// </summary>
    private bool ProtestClash(AnnotatedDocument doc, Cue e, EventCue cue) =>
        cue is { Weak: true, EventType: "battle" } && HasWordOf(doc, doc.SentenceAt(e.Start).Span, _protestNouns);

    /// <summary>
    /// A strong attack phrase that says what kind of attack it was: its type ("bombed", "ambushed"), a verb of an attack
    /// done ("attacked"), or the agent of a chemical attack ("a chlorine attack on X", "used poison gas": weapon other). An
    /// arson word (weapon fire) does not: banks set ablaze in a riot are no attack told whole.
    /// </summary>
    private static bool NamesKind(EventCue c) => c.EventType != "other" || c.Act || c.Weapons.Any(w => w != "fire");

    /// <summary>
    /// A sentence of the day's news tells a kidnapping in strong words of people it counts ("three journalists are still
    /// being held hostage"); not the kidnappings of a kind ("the kidnapping of registry officials") nor a threat ("they
    /// would have us kidnapped"), which count no one.
    /// </summary>
    private static bool HoldsPeople(AnnotatedDocument doc, SentenceFacts s) =>
        !s.IsTitle && !s.IsBackground && s.Events.Any(e => e.As<EventCue>() is { Weak: false, EventType: "kidnapping" })
        && s.Targets.Any(t => CountedBefore(doc, t));

    /// <summary>Most words between a count and the people it counts ("three Salvadoran television journalists").</summary>
    private const int MaxCountGap = 3;

    /// <summary>A number stands at most <see cref="MaxCountGap"/> words before the target: the people are counted.</summary>
    private static bool CountedBefore(AnnotatedDocument doc, Cue target) =>
        doc.Numbers.Any(n => n.Value is > 0 && n.End <= target.Start && doc.WordAt(target.Start) - doc.WordAt(n.End) <= MaxCountGap
                             && doc.SentenceAt(n.Start).Index == doc.SentenceAt(target.Start).Index);

    /// <summary>The most sentences a wire brief has: a report this short tells its news in its lead, dated by its publication.</summary>
    private const int BriefSentences = 3;

    /// <summary>
    /// The article is a brief (at most <see cref="BriefSentences"/> sentences, headline included): its lead's attack is the
    /// news of its publication day even without a day or the tense of news ("two suicide bombers blew themselves up at a
    /// mosque in X").
    /// </summary>
    private static bool IsBrief(AnnotatedDocument doc) => doc.Published is not null && doc.Sentences.Count <= BriefSentences;

    /// <summary>
    /// The sentence tells an attack in its own clause: a strong attack word that is no weapon's name ("destroyed a
    /// bomb"), not inside a relative clause ("a commander who led the shelling of X") and not the object of a noun or
    /// of a preposition of purpose ("accused of bombing", "preparations for an assault", "a commander of the gunmen"),
    /// nor the setting of other news in the phrase of a preposition before it (function_words.tsv setting_preposition:
    /// "talks opened despite air strikes by warplanes"),
    /// nor a charge's ("charged with robbery and kidnapping"), nor in a sentence of habits (function_words.tsv habitual_adverb:
    /// "have often bombed"), nor followed by a purpose ("jets to make a sortie"). A word
    /// for a blast tells an attack only beside a weapon's name ("a bomb exploded"; not "a plant explosion").
    /// </summary>
    private bool ToldPlainly(AnnotatedDocument doc, SentenceFacts s)
    {
        var first = doc.WordAt(s.Sentence.Start);
        var weapon = s.Events.Any(e => e.As<EventCue>().WeaponName);
        for (var w = first; w < doc.Words.Count && doc.Words[w].Start < s.Sentence.End; w++)
            if (_habitualAdverbs.Contains(doc.Words[w].Key)) return false; // "warplanes have often bombed markets"
        return s.Events.Any(e =>
        {
            if (e.As<EventCue>() is not { Weak: false, Vehicle: false, WeaponName: false, EventType: not "other" } c || (c.Blast && !weapon)) return false;
            // "prompting fighter jets to make a sortie", "police opened fire to disperse a crowd": a purpose, not the news
            if (e.LastWord + 1 < doc.Words.Count && doc.Words[e.LastWord + 1].Start < s.Sentence.End && doc.Words[e.LastWord + 1].Key == "to") return false;
            var clause = true; // no comma yet between the word and the attack
            for (var w = e.FirstWord - 1; w >= first; w--)
            {
                var key = doc.Words[w].Key;
                if (key is "who" or "which" or "whose" or "whom" || (key == "that" && !ReportsSpeech(doc, w, first)) || _chargeVerbs.Contains(key)) return false;
                if (e.FirstWord - w <= 3 && key is "of" or "for" or "to" or "against") return false;
                // "talks opened despite the air strikes carried out by warplanes": the whole phrase is the setting (not
                // "Despite the truce, gunmen attacked a village", whose comma closes it)
                if (key == ",") clause = false;
                if (clause && _settingPrepositions.Contains(key)) return false;
            }
            return true;
        });
    }

    /// <summary>
    /// The "that" at word <paramref name="w"/> opens what someone said, not a relative clause: a speech verb
    /// (function_words.tsv speech_verb) stands at most three words before it ("officials said on Monday that gunmen
    /// attacked a post").
    /// </summary>
    private bool ReportsSpeech(AnnotatedDocument doc, int w, int first)
    {
        for (var v = w - 1; v >= first && w - v <= 3; v--)
            if (_speechVerbs.Contains(doc.Words[v].Key)) return true;
        return false;
    }

    /// <summary>
    /// A brief's lead that tells its attack plainly names the place the frame fell back on, though not as a scene
    /// ("a bomb exploded in the country's Y province", "... at a market in Chad"): the coarsest place it gives.
    /// </summary>
    private bool BriefNamesFallback(AnnotatedDocument doc, Frame frame, SentenceFacts s) =>
        frame.FromTitleOnly
        && s.OtherPlaces.Concat(s.LocativeCountries).Where(p => !p.IsDemonym).Concat(VictimsNationality(doc, s)).Any(p => frame.Holds(p.Place));

    /// <summary>
    /// A country's demonym that names the nationality of the security forces attacked, not of the attackers: right
    /// before a target word of the military or the police (targets.tsv) that is the object of the attack ("militants
    /// ambushed Malian soldiers": after its first attack word) or the subject of a passive ("six Malian soldiers were
    /// killed"). "Turkish jets bombed a village" names the attackers' country; civilians, tourists or an embassy abroad
    /// ("French tourists were killed", "the Moroccan embassy") say nothing of the scene; and an article that names a
    /// country of its own ("in Libya") is placed by that, never against it.
    /// </summary>
    private static IEnumerable<PlaceMention> VictimsNationality(AnnotatedDocument doc, SentenceFacts s)
    {
        var firstEvent = s.Events.Count == 0 ? int.MaxValue : s.Events.Min(e => e.FirstWord);
        foreach (var p in s.OtherPlaces.Where(p => p.IsDemonym && p.Place.Kind == PlaceKind.Country))
        {
            if (doc.Places.Any(o => !o.IsDemonym && o.Place.Kind == PlaceKind.Country && o.Place.CountryCode != p.Place.CountryCode)) yield break;
            var after = doc.WordAt(p.End);
            var target = s.Targets.FirstOrDefault(t => t.FirstWord == after && t.As<string>() is "military" or "police");
            if (target is null) continue;
            var next = target.LastWord + 1;
            var passive = next < doc.Words.Count && doc.Words[next].Start < s.Sentence.End && doc.Words[next].Key is "were" or "was";
            if (passive || after > firstEvent) yield return p;
        }
    }

    /// <summary>A strong attack verb in the present perfect: "have kidnapped", "has been abducted", "have attacked".</summary>
    private bool NewsTense(AnnotatedDocument doc, SentenceFacts s) =>
        s.Events.Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false } && doc.WordAt(e.Start) is var w && w > 0
                          && (_newsAuxiliaries.Contains(doc.Words[w - 1].Key)
                              || (w > 1 && _beAuxiliaries.Contains(doc.Words[w - 1].Key) && _newsAuxiliaries.Contains(doc.Words[w - 2].Key))));

    /// <summary>
    /// The frame has a sentence of its own that tells an attack: a strong attack phrase with no place but the frame's
    /// (not a list of places, not the headline, not background), and it is more than a mention in passing.
    /// </summary>
    private static bool TellsOwnAttack(AnnotatedDocument doc, Frame frame, Place? dateline, bool otherNews) =>
        !InPassing(doc, frame, dateline, otherNews)
        && frame.Sentences.Any(s => !s.IsBackground && !s.IsTitle && s.HasStrongEvent && s.EventPlaces.Count > 0 && s.EventPlaces.All(p => frame.Holds(p.Place)));

    /// <summary>The last sentence index of an article's lead: the headline (or the dateline line) and the sentence after it.</summary>
    private const int LeadSentences = 2;

    /// <summary>
    /// Where the headline stands among the page's sentences (0 when it is first or not found): lines a page keeps
    /// above it (the site's name, its menu, a "PRESS RELEASE" kicker) push the lead down by as many.
    /// </summary>
    private static int HeadlineAt(AnnotatedDocument doc) => Math.Max(TitleIndex(doc), 0);

    /// <summary>
    /// The sentence is in the article's lead: up to <see cref="LeadSentences"/> sentences from the headline, counted
    /// from where the headline stands ("SITE NAME / menu / PRESS RELEASE / headline / dateline / lead").
    /// </summary>
    private static bool InLead(AnnotatedDocument doc, Sentence s) => s.Index <= LeadSentences + HeadlineAt(doc);

    /// <summary>The sentences of an article's opening: an attack it reports is told there.</summary>
    private const int OpeningSentences = 6;

    /// <summary>
    /// An attack told in one undated sentence deep in an article about something else (a film's plot, a star's past,
    /// a match report's "shot") is mentioned in passing, not reported; so is one told just after the lead when neither
    /// the headline nor the lead tells an attack (<see cref="OpensOnOtherNews"/>: "Her paintings go on sale ... She was
    /// shot outside her home in 1990"); unless it is in the dateline's city, or the
    /// sentence opens by turning to it from the article's attack (waves.tsv kinds separate and elsewhere: "Hours before
    /// the raid, a drone hit a car in X", "Meanwhile, in X, ...") and places it at the frame's place alone: another
    /// attack of the same news, dated by the first; or it is told in a rundown of violence (see <see cref="AmidViolence"/>);
    /// or the headline names its place (see below).
    /// </summary>
    private static bool InPassing(AnnotatedDocument doc, Frame frame, Place? dateline, bool otherNews)
    {
        if (dateline is not null && frame.Place.GeonameId == dateline.GeonameId) return false; // the article's own city
        // a headline that names the place with words of an attack ("Three held for the murder of four in X") makes it
        // the article's subject, however deep a release's numbered points put the toll
        if (frame.Sentences.Any(s => s.IsTitle && (s.Events.Count > 0 || s.Casualties.Count > 0)
                                     && s.EventPlaces.Concat(s.OtherPlaces).Any(p => !p.IsDemonym && frame.Holds(p.Place)))) return false;
        var telling = frame.Sentences.Where(s => !s.IsBackground && (s.HasStrongEvent || s.Casualties.Count > 0)).ToList();
        // "... including twin bombings in Aden on Monday that killed 41": a dated attack of the same days is news
        return telling.Count == 1 && (telling[0].Sentence.Index > OpeningSentences || (otherNews && !InLead(doc, telling[0].Sentence))) && !telling[0].IsTitle
               && !telling[0].Dates.Any(d => d.Precision == "day")
               && !(SeparateCues(doc, telling[0].Sentence.Span).Any(c => c.FirstWord == doc.WordAt(telling[0].Sentence.Start))
                    && telling[0].EventPlaces.Count > 0 && telling[0].EventPlaces.All(p => frame.Holds(p.Place)))
               && !AmidViolence(frame, telling[0]);
    }

    /// <summary>
    /// Neither the headline nor the lead (the sentences up to <see cref="LeadSentences"/>) names an attack in strong
    /// words or counts a victim: the article's news is something else ("An auction of the late designer's paintings is
    /// planned"), and an attack it tells once further on ("the designer was shot outside his home in 1990") is told in
    /// passing, however early. Only an article with a headline: without one, the lead alone is too little to tell what
    /// its news is ("An arsonist badly damaged the church ... No one was hurt in the fire on Friday night").
    /// </summary>
    private static bool OpensOnOtherNews(List<SentenceFacts> facts) =>
        facts.Any(f => f.IsTitle)
        && facts.Where(f => f.IsTitle || f.Sentence.Index <= LeadSentences + facts.First(t => t.IsTitle).Sentence.Index).All(f => !f.HasStrongEvent && f.Casualties.Count == 0);

    /// <summary>How many sentences on either side of a deep attack sentence <see cref="AmidViolence"/> reads.</summary>
    private const int RundownReach = 2;

    /// <summary>
    /// A deep attack sentence told in a rundown of violence: at least two other sentences of its frame within
    /// <see cref="RundownReach"/> of it tell violence too, however weakly ("the guard murdered a student at X. Meanwhile,
    /// police seized two more. A farmer was taken to a jail and murdered."). The passage reports, it does not mention in passing.
    /// </summary>
    private static bool AmidViolence(Frame frame, SentenceFacts telling) =>
        frame.Sentences.Count(s => s != telling && !s.IsBackground && !s.IsTitle && s.Events.Count > 0
                                   && Math.Abs(s.Sentence.Index - telling.Sentence.Index) <= RundownReach) >= 2;

    /// <summary>
    /// The dateline the article was filed under: the first one written no later than the first sentence of the body that
    /// tells the attack. A "Town: ..." line after it is a link to another story ("Other dispatches", "Read also"), not
    /// where this report was filed.
    /// </summary>
    private static PlaceMention? LeadDateline(List<SentenceFacts> facts)
    {
        var firstTelling = facts.FirstOrDefault(f => !f.IsBackground && !f.IsTitle && ReportsAttack(f))?.Sentence.Index ?? int.MaxValue;
        return facts.Where(f => f.Sentence.Index <= firstTelling).Select(f => f.Dateline)
            .FirstOrDefault(d => d is not null && d.Place.Kind != PlaceKind.Country);
    }

    /// <summary>
    /// A place named once, far (over <see cref="HomeKilometres"/>) from the article's home (its dateline, else a big
    /// city its opening names, else its most named place), is more likely a misread name ("Westwood" of another state)
    /// than a second attack: outside a stated wave, such a frame is moved home. So is a small town of the home's
    /// country far from a big home city, however often named: a neighbourhood ("the Northgate section of the city")
    /// that shares its name with a distant town.
    /// </summary>
    private List<Frame> Cohere(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames, List<Frame>? wave, IReadOnlySet<string> placeNouns, IReadOnlySet<string> settlementNouns,
                                     IReadOnlySet<string> neighbourhoodNouns)
    {
        var counts = doc.Places.Where(p => !p.IsDemonym && p.Place.Kind != PlaceKind.Country)
            .GroupBy(p => p.Place.GeonameId).ToDictionary(g => g.Key, g => g.Count());
        var statedHome = LeadDateline(facts)
                         ?? facts.Where(f => f.Sentence.Index <= OpeningHomeSentences && !f.IsBackground)
                             .SelectMany(f => f.EventPlaces.Concat(f.OtherPlaces).Except(f.Asides))
                             .Where(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City && p.Place.Population >= BigCity && !CapitalAsState(doc, p))
                             .OrderByDescending(p => p.Place.Population).FirstOrDefault();
        var home = statedHome
                   ?? doc.Places.Where(p => !p.IsDemonym && p.Place.Kind != PlaceKind.Country)
                       .GroupBy(p => p.Place.GeonameId).Where(g => g.Count() >= 2)
                       .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Start).Select(g => g.First()).FirstOrDefault();
        if (home is null) return frames;
        var homeTold = statedHome is not null || NamedWhereAttackIsTold(facts, home.Place);
        var title = facts.FirstOrDefault(f => f.IsTitle);
        foreach (var frame in frames)
        {
            if (wave?.Contains(frame) == true || frame.Place.GeonameId == home.Place.GeonameId) continue;
            // a place written as another attack's ("Meanwhile, police in X said ...") is no misreading
            if (frame != frames[0] && MarkedApart(doc, frame)) continue;
            // a round-up's section headed by its own town ("SALTON: THE FERRY") is no misreading, however far from the first
            if (frame.Sectioned) continue;
            var distance = frame.Place.KilometresTo(home.Place);
            var sameCountry = frame.Place.CountryCode == home.Place.CountryCode;
            var neighbourhood = homeTold && sameCountry && home.Place.Population >= BigCity && frame.Place.Kind == PlaceKind.City
                                && (frame.Place.Population < SmallTown || frame.PlaceMentions.Any(m => PlaceAgreement.NamedAsNeighbourhood(doc, m)))
                                && distance > NeighbourhoodKilometres
                                && !InOwnProvince(frame, home.Place);
            // a town the text puts the attack near, by its own name ("a village near X"), is a town, not a neighbourhood
            if (distance <= HomeKilometres && (!neighbourhood || frame.PlaceMentions.Any(m => m.Vicinity && OwnName(m)))) continue;
            // a country the text places the attack in ("was kidnapped in Colombia", filed from Caracas) is no misreading
            if (frame.Place.Kind == PlaceKind.Country && !sameCountry) continue;
            // a report filed from the capital covers the whole country: a town of it called by its own name ("killed six
            // farmers near Ayacucho", filed from Lima) is where the text says, unless written as a part of the capital;
            // small towns are left out, as their names are more often a person's or a firm's ("Minister Carlos Morales")
            var fromCapital = sameCountry && statedHome is not null && home.Place.FeatureCode is "PPLC" or "PPLG";
            if (fromCapital && frame.Place.Kind == PlaceKind.City
                && frame.Place.Population >= NationalTownPopulation
                && frame.PlaceMentions.Any(m => m.Place.GeonameId == frame.Place.GeonameId && OwnName(m))
                && !frame.PlaceMentions.Any(m => PlaceAgreement.NamedAsNeighbourhood(doc, m))) continue;
            // nor is a smaller town or a division of it that the text puts the attack near by its own name ("a checkpoint
            // near X", "on the outskirts of X", filed from the capital): a reference point is written as a place, and a
            // wire filed from the capital reaches the whole country, whatever province the town lies in
            if (fromCapital && frame.Place.Kind is PlaceKind.City or PlaceKind.Admin1
                && frame.PlaceMentions.Any(m => m.Vicinity && m.Place.GeonameId == frame.Place.GeonameId && OwnName(m))
                && !frame.PlaceMentions.Any(m => PlaceAgreement.NamedAsNeighbourhood(doc, m))) continue;
            // a town of the home's country placed by the text in a province other than the home's ("in the Santa Rosa
            // district, province of La Mar, department of Ayacucho", a communiqué signed in the capital): where the text says
            if (sameCountry && InOwnProvince(frame, home.Place) && frame.PlaceMentions.Any(m => m.Place.GeonameId == frame.Place.GeonameId && OwnName(m))) continue;
            var named = counts.GetValueOrDefault(frame.Place.GeonameId);
            var inTitle = title is not null && title.EventPlaces.Concat(title.OtherPlaces).Any(p => p.Place.GeonameId == frame.Place.GeonameId);
            // a home the article states (its dateline, a big city of its opening) outweighs a small stranger however often named
            var stranger = statedHome is not null && PlaceAgreement.Stranger(doc, frame.Place, home.Place);
            // a town of another country written as a part of the home's town ("in the Riverside sector"), alone of its country
            if (statedHome is not null && PlaceAgreement.ForeignNeighbourhood(doc, frame, home.Place, neighbourhoodNouns))
            {
                frame.Place = home.Place;
                frame.PlaceMentions.Insert(0, home);
                continue;
            }
            if ((named > 1 || inTitle) && !neighbourhood && !stranger) continue;
            // a town the text calls by two of its names, its own and another (a former name: "X, formerly Y"), is no
            // misreading of a neighbourhood's or a person's name: a chance reading gives one spelling, not two
            if (sameCountry && frame.Place.Kind == PlaceKind.City && !stranger && CalledByTwoNames(doc, frame.Place)) continue;
            // a province of the home's country whose headline puts the attack in it or in one of its towns ("blast in X",
            // the lead: "in the governorate of X"): where the text says, not a misread name to move to the capital
            if (sameCountry && frame.Place.Kind == PlaceKind.Admin1 && TitleScenesIn(title, frame.Place)) continue;
            // a big city of the home's country called by its own name is no misreading ("kidnapped in Medellin" filed from
            // Bogota), nor is a town written as one ("the city of Flores", "Flores, in the Peten department")
            if (sameCountry && frame.Place.Kind == PlaceKind.City && frame.Place.Population >= BigCity && frame.PlaceMentions.Any(m => OwnName(m))) continue;
            if (sameCountry && !frame.PlaceMentions.Any(m => PlaceAgreement.NamedAsNeighbourhood(doc, m))
                && frame.PlaceMentions.Any(m => m.Place.GeonameId == frame.Place.GeonameId && PlaceAgreement.WrittenAsPlace(doc, m, placeNouns, settlementNouns))) continue;
            // a town of the home's country the text puts the attack near, by its own name ("abducted in a forest near X",
            // "a village 20 km north of X"): a reference point is written as a place, however far from home
            if (sameCountry && !neighbourhood && !stranger && frame.Place.Kind == PlaceKind.City
                && frame.PlaceMentions.Any(m => m.Vicinity && m.Place.GeonameId == frame.Place.GeonameId && OwnName(m))) continue;
            // a city of another country, called by its own name in an article that speaks of that country elsewhere, may
            // well be a second attack ("twin bombings in Yemen's Aden"); one reached through an alias ("Turk" street),
            // or alone of its country (a district of a big city named like a foreign town), is a misreading
            if (!sameCountry && frame.Place.Population >= 50_000 && frame.PlaceMentions.Any(m => OwnName(m))
                && doc.Places.Any(m => m.Place.CountryCode == frame.Place.CountryCode && m.Place.GeonameId != frame.Place.GeonameId)) continue;
            // a town the text places in its province, filed from another country ("Khan Sheikhun in Syria's Idlib
            // province" under a Beirut dateline): where the text says
            if (!sameCountry && frame.Place.Kind == PlaceKind.City && frame.Place.Admin1Code is not null
                && doc.Places.Any(m => m.Place.Kind == PlaceKind.Admin1 && m.Place.CountryCode == frame.Place.CountryCode && m.Place.Admin1Code == frame.Place.Admin1Code)) continue;
            frame.Place = home.Place;
            frame.PlaceMentions.Insert(0, home);
        }
        return frames;
    }

    /// <summary>
    /// A sentence of the news (no background) that tells an attack or counts a victim names the place: a home taken only
    /// from how often a place is named is one where something happened, not only where the author works or what a column
    /// compares ("a psychiatrist at a hospital in X", "one doctor per ten thousand people outside X"); a small town of the
    /// same country where the attack is told is then no neighbourhood of it.
    /// </summary>
    private static bool NamedWhereAttackIsTold(List<SentenceFacts> facts, Place place) =>
        facts.Any(f => !f.IsBackground && (f.Events.Count > 0 || f.Casualties.Count > 0)
                       && f.EventPlaces.Concat(f.OtherPlaces).Any(p => p.Place.GeonameId == place.GeonameId));

    /// <summary>
    /// The capital is named as its state, the subject of what the state says or will do: a speech verb or a modal verb
    /// (function_words.tsv kinds speech_verb, modal_verb) right after the name, lower-case, no comma between ("what the
    /// capital will not ask about the highlands", "the capital says order is restored"). The government speaks from
    /// there; the article's attack is no nearer to it for that.
    /// </summary>
    private bool CapitalAsState(AnnotatedDocument doc, PlaceMention p)
    {
        if (p.Place.FeatureCode is not ("PPLC" or "PPLG")) return false;
        var next = doc.WordAt(p.End);
        if (next >= doc.Words.Count || doc.Words[next].Start - p.End != 1 || !char.IsLower(doc.Text[doc.Words[next].Start])) return false;
        return _speechVerbs.Contains(doc.Words[next].Key) || _modalVerbs.Contains(doc.Words[next].Key);
    }

    /// <summary>
    /// The frame's town lies in a province of the home's country other than the home's, and a sentence of the frame names
    /// that province ("an outpost in the Savanes region ... near Dapaong", filed from the capital): the town is where the
    /// text says, no namesake neighbourhood of the home city.
    /// </summary>
    private static bool InOwnProvince(Frame frame, Place home) =>
        frame.Place.Kind == PlaceKind.City && frame.Place.Admin1Code is { } province && province != home.Admin1Code
        && frame.Sentences.SelectMany(s => s.EventPlaces.Concat(s.OtherPlaces))
            .Any(m => m.Place.Kind == PlaceKind.Admin1 && m.Place.CountryCode == frame.Place.CountryCode && m.Place.Admin1Code == province);

    /// <summary>
    /// The text names the town both by its own name and by another of its names (an old name, another spelling), outside
    /// captions: two different spellings read as one town tell that the text speaks of that town.
    /// </summary>
    private static bool CalledByTwoNames(AnnotatedDocument doc, Place place)
    {
        var spellings = doc.Places.Where(m => m.Place.GeonameId == place.GeonameId && !m.IsDemonym)
            .Select(m => Gazetteer.NameFolding.Fold(m.Surface)).Distinct().ToList();
        return spellings.Count >= 2 && spellings.Contains(Gazetteer.NameFolding.Fold(place.Name));
    }
    /// <summary>The headline writes the attack as in the province <paramref name="division"/> or in one of its towns.</summary>
    private static bool TitleScenesIn(SentenceFacts? title, Place division) =>
        title is not null && title.EventPlaces.Any(p => !p.IsDemonym && p.Place.Kind != PlaceKind.Country
                                                        && p.Place.CountryCode == division.CountryCode && p.Place.Admin1Code == division.Admin1Code);

    /// <summary>The mention spells the place's own name ("Aden"), not one of its other names.</summary>
    private static bool OwnName(PlaceMention m) =>
        string.Equals(Gazetteer.NameFolding.Fold(m.Surface), Gazetteer.NameFolding.Fold(m.Place.Name), StringComparison.Ordinal);

    /// <summary>The title and the sentences after it in which a big city names the article's home.</summary>
    private const int OpeningHomeSentences = 3;
    private const int BigCity = 300_000;
    private const int SmallTown = 100_000;
    /// <summary>Beyond this a small town is no suburb of the big home city.</summary>
    private const double NeighbourhoodKilometres = 60;

    private const double HomeKilometres = 150;
    /// <summary>A town this big, named in a report filed from the capital, is taken at its word.</summary>
    private const int NationalTownPopulation = 50_000;

    /// <summary>
    /// The places a sentence puts its attack at: a place named only as a reference point ("In Kut, 160 km southeast of
    /// the capital", "in Douma, near Damascus") is not one when another place is named outright.
    /// </summary>
    private static IReadOnlyList<PlaceMention> Scenes(SentenceFacts f) =>
        f.EventPlaces.Any(p => p.Vicinity) && f.EventPlaces.Any(p => !p.Vicinity) ? f.EventPlaces.Where(p => !p.Vicinity).ToList() : f.EventPlaces;

    /// <summary>In an article about one attack, places close to each other are the same attack (the hospital's town, the suburb).</summary>
    private List<Frame> MergeNearby(AnnotatedDocument doc, List<Frame> frames, List<Frame>? wave)
    {
        if (frames.Count < 2) return frames;
        var result = new List<Frame>();
        bool Apart(Frame a, Frame b) => (wave is not null && (wave.Contains(a) || wave.Contains(b))) || ToldApart(doc, a) || ToldApart(doc, b) || DatedApart(doc, a, b);
        // a province's frame joins the frame of a town in it: "a store in Ohio" is the one in the Ohio town the article names
        // so does a frame without victims at a province's seat named like the province ("in X" beside "Y district of X"):
        // the name speaks of the province
        bool Province(Frame f) => f.Place.Kind == PlaceKind.Admin1
                                  || (f.Place.Kind == PlaceKind.City && f.Casualties.Count == 0 && f.Place.FeatureCode.StartsWith("PPLA", StringComparison.Ordinal)
                                      && f.Place.Admin1Name is { } a && string.Equals(Gazetteer.NameFolding.Fold(a), Gazetteer.NameFolding.Fold(f.Place.Name), StringComparison.Ordinal)
                                      && frames.Any(o => o != f && o.Place.Kind == PlaceKind.City && o.Place.GeonameId != f.Place.GeonameId && o.Place.CountryCode == f.Place.CountryCode && o.Place.Admin1Code == f.Place.Admin1Code));
        var ordered = frames.OrderBy(f => Province(f) ? 1 : 0).ToList();
        foreach (var frame in ordered)
        {
            var home = result.FirstOrDefault(r => !Apart(r, frame) && r.Place.CountryCode == frame.Place.CountryCode
                                                  && (r.Place.KilometresTo(frame.Place) < 30
                                                      || (Province(frame) && r.Place.Kind == PlaceKind.City && r.Place.Admin1Code == frame.Place.Admin1Code)));
            if (home is null) { result.Add(frame); continue; }
            home.Sentences.AddRange(frame.Sentences);
            home.Casualties.AddRange(frame.Casualties);
            home.Date ??= frame.Date;
        }
        return result;
    }

    /// <summary>
    /// Two frames that their own sentences date to days more than <see cref="Linking.ReportMatcher.MaxDayGap"/> apart are
    /// two attacks, however near their places: "rebels bombed a bank in X tonight" and, further on, "on 23 October, rebels
    /// set fire to buses across Y", a town next to X.
    /// </summary>
    private static bool DatedApart(AnnotatedDocument doc, Frame a, Frame b) =>
        OwnDay(doc, a) is { } da && OwnDay(doc, b) is { } db && Math.Abs(da.DayNumber - db.DayNumber) > Linking.ReportMatcher.MaxDayGap;

    /// <summary>The frame's day as one of its own sentences writes it (not its dateline's), or null.</summary>
    private static DateOnly? OwnDay(AnnotatedDocument doc, Frame frame) =>
        frame.Date is { Precision: "day" } d
        && frame.Sentences.Any(s => !s.IsTitle && s.Sentence.Start <= d.Start && d.End <= s.Sentence.End && !InDateline(doc, s, d)) ? d.Date : null;

    /// <summary>
    /// The frame's place is named first in a sentence that marks another attack ("Separately, two people were killed in
    /// X, 30 km from the capital"), or the frame has a sentence that tells an attack at its place alone after such words,
    /// though a headline named the place before ("Meanwhile, a trader shot dead in X on Monday was buried"): it stays
    /// apart from a nearby frame.
    /// </summary>
    private static bool ToldApart(AnnotatedDocument doc, Frame frame)
    {
        if (frame.ToldSeparately || frame.Sectioned) return true;
        var first = frame.PlaceMentions.MinBy(p => p.Start);
        if (first is null) return false;
        if (SeparateCues(doc, new TextSpan(doc.SentenceAt(first.Start).Start, first.Start)).Any()) return true;
        return frame.Sentences.Any(s => !s.IsBackground && s.HasStrongEvent && s.EventPlaces.Count > 0 && s.EventPlaces.All(p => frame.Holds(p.Place))
                                        && SeparateCues(doc, new TextSpan(s.Sentence.Start, s.EventPlaces[0].Start)).Any());
    }

    /// <summary>
    /// The frame is another attack the article marks as such: opened by a sentence on another attack, or its place named
    /// after words that mark another attack or place ("In a separate incident on the same day, ... in X", "Meanwhile, in X").
    /// Callers leave out the article's first frame: "Meanwhile, police in X said the toll rose" goes on with X's attack.
    /// </summary>
    private static bool MarkedApart(AnnotatedDocument doc, Frame frame) =>
        frame.ToldSeparately || frame.PlaceMentions.Any(m => SeparateCues(doc, new TextSpan(doc.SentenceAt(m.Start).Start, m.Start)).Any());

    /// <summary>The words of a span that mark another attack or another place than the one told before (waves.tsv kinds separate, elsewhere and sameday).</summary>
    private static IEnumerable<Cue> SeparateCues(AnnotatedDocument doc, TextSpan span) =>
        doc.CuesIn(span, CueKind.Wave).Where(w => w.As<string>() is "separate" or "elsewhere" or "sameday");

    /// <summary>The sentence is a question: its last mark, before closing quotes or brackets, is a question mark.</summary>
    private static bool Asks(AnnotatedDocument doc, Sentence s) =>
        doc.Text.AsSpan(s.Start, s.End - s.Start).TrimEnd().TrimEnd("\"'\u201d\u2019)]").TrimEnd().EndsWith("?");

    /// <summary>The sentence opens on words that mark another attack (waves.tsv kind separate): "Separately, ...", "In another attack, ...".</summary>
    private static bool OpensSeparately(AnnotatedDocument doc, Sentence s) =>
        doc.CuesIn(s.Span, CueKind.Wave).Any(c => c.As<string>() == "separate" && c.FirstWord == doc.WordAt(s.Start));

    /// <summary>A word of the span is one of <paramref name="set"/>.</summary>
    private static bool HasWordOf(AnnotatedDocument doc, TextSpan span, IReadOnlySet<string> set)
    {
        for (var w = doc.WordAt(span.Start); w < doc.Words.Count && doc.Words[w].Start < span.End; w++)
            if (set.Contains(doc.Words[w].Key)) return true;
        return false;
    }

    // ---- responsibility ------------------------------------------------------------------------------------

    private static readonly string[] Rank = ["claimed", "attributed", "suspected", "denied"];

    private sealed record Claim(Actor? Actor, string Responsibility, Evidence? ActorEvidence, Evidence? ClaimEvidence);

    /// <summary>
    /// The claim's sentence belongs only to other frames, all in another country than <paramref name="frame"/>'s and
    /// far from it (<see cref="AbroadKilometres"/>): the claim was told of another attack abroad. A frame across a
    /// border nearby (rockets on a border town blamed on a group in the town facing it) still shares the claim.
    /// </summary>
    private static bool ToldAbroad(AnnotatedDocument doc, List<Frame> frames, Frame frame, Claim? claim)
    {
        if (claim?.ClaimEvidence is not { } told) return false;
        bool Tells(Frame f) => f.Sentences.Any(s => doc.Document.ToOriginal(s.Sentence.Span) is var o && o.Start < told.End && told.Start < o.End);
        if (Tells(frame)) return false;
        var owners = frames.Where(Tells).ToList();
        return owners.Count > 0 && owners.All(f => f.Place.CountryCode != frame.Place.CountryCode
            && Geo.Kilometres(f.Place.Latitude, f.Place.Longitude, frame.Place.Latitude, frame.Place.Longitude) > AbroadKilometres);
    }

    /// <summary>How far, at least, an attack in another country is from the one a claim was told of to be no part of it.</summary>
    private const double AbroadKilometres = 500;

    /// <summary>
    /// The claim of a whole wave: a sentence of the article's news whose claim phrase names every attack of the series
    /// (claims.tsv column series: "the Front claimed both attacks", "the group claimed the two blessed operations"). It
    /// is each member's claim, whichever member's sentences it was told among. Null when no such phrase has an actor.
    /// </summary>
    private Claim? SeriesClaim(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var told = facts.Where(f => !f.IsBackground && f.Claims.Any(c => NamesSeries(doc, c))).ToList();
        return told.Count == 0 ? null : Responsibility(doc, told, articleWide: false) is { Actor: not null } claim ? claim : null;
    }

    /// <summary>The claim cue is one of the phrases that name every attack of a series (claims.tsv column series).</summary>
    private bool NamesSeries(AnnotatedDocument doc, Cue claim) =>
        _lexicons.SeriesClaims.MatchAt(doc.Words, claim.FirstWord) is { } m && m.Last == claim.LastWord;

    /// <summary>A sentence of the frame, not background, says no one has claimed the attack (claims.tsv kind unclaimed).</summary>
    private static bool SaysUnclaimed(Frame frame) =>
        frame.Sentences.Any(s => !s.IsBackground && s.Claims.Any(c => c.As<string>() == "unclaimed"));

    /// <summary>
    /// The first claim that names an actor, else the first at all; when another of the claims is that same actor's own
    /// claim, the actor claimed it: "the attack bore the hallmarks of the Front" in the attack's sentences and "the Front
    /// said its fighters struck" elsewhere in the article is the Front's claim, not a suspicion.
    /// </summary>
    private static Claim? Prefer(params Claim?[] claims)
    {
        var chosen = claims.FirstOrDefault(c => c is not null && c.Actor is not null) ?? claims.FirstOrDefault(c => c is not null);
        if (chosen is not { Actor: { } actor } || chosen.Responsibility == "claimed") return chosen;
        return claims.FirstOrDefault(c => c is { Responsibility: "claimed" } && c.Actor?.Canonical == actor.Canonical) is { } own
            ? chosen with { Responsibility = "claimed", ClaimEvidence = own.ClaimEvidence }
            : chosen;
    }

    private Claim? Responsibility(AnnotatedDocument doc, IEnumerable<SentenceFacts> sentences, bool articleWide)
    {
        var list = sentences.ToList();
        var mainActor = list.SelectMany(s => s.Actors).Select(a => a.As<Actor>()).Where(a => a.Type != "state")
            .GroupBy(a => a.Canonical).OrderByDescending(g => g.Count()).Select(g => g.First()).FirstOrDefault();
        Claim? best = null;
        foreach (var s in list)
        {
            foreach (var claim in s.Claims)
            {
                var kind = claim.As<string>();
                var actorCue = s.Actors.OrderBy(a => Math.Abs(a.Start - claim.Start)).FirstOrDefault();
                // "positions of the army were the target of attacks carried out by gunmen": a cue ending in "by" names its
                // agent after it; an actor before it is the attack's object or the speaker, never its author
                var doerAfter = claim.LastWord < doc.Words.Count && doc.Words[claim.LastWord].Key == "by";
                if (doerAfter) actorCue = s.Actors.Where(a => a.Start >= claim.End).MinBy(a => a.Start);
                // "the border troops blamed the other side": an active verb of blame names the accused after it; the
                // actor before it is the accuser
                else if (BlamesActively(doc, s, claim))
                {
                    var listed = s.Actors.Where(a => a.Start >= claim.End).MinBy(a => a.Start);
                    actorCue = GenericForces(doc, s, claim.LastWord + 1) ?? NamedMembersAt(doc, s, claim.LastWord + 1)
                               ?? (AccusedState(doc, s, claim.LastWord + 1) is { } state && (listed is null || state.Start < listed.Start) ? state : listed);
                    if (actorCue is null && QuotedAccused(doc, claim)) continue;
                }
                // a trace left at the scene ("a flag of the X Front was found at the scene") points at the group it names; a
                // text the group signed ("a note at the scene was signed by the X Front") is its own word, a claim
                if (kind is "trace" or "signature")
                {
                    actorCue = s.Actors.Where(a => a.As<Actor>().Type != "state").OrderBy(a => Math.Abs(a.Start - claim.Start)).FirstOrDefault();
                    if (actorCue is null) continue;
                    kind = kind == "trace" ? "suspected" : "claimed";
                }
                if (!Rank.Contains(kind)) continue;
                if (kind == "attributed" && Hedged(doc, s, claim)) kind = "suspected";
                // "police did not say who they believed was behind it": a blame with no one named, in a sentence that
                // says no one is named, is part of the question
                if (actorCue is null && s.Claims.Any(c => c.As<string>() == "unclaimed")) continue;
                // "Group A, a faction of Group B, claimed": the claim's subject is A, not the group of the aside
                if (actorCue is not null && !doerAfter && s.Actors.LastOrDefault(a => a.End < actorCue.Start && Aside(doc.Text, a, actorCue, claim)) is { } head) actorCue = head;
                // "the governor attributed the attack to armed herders", "officials blamed herders for the raids": no group
                // named, but the people others blame, described by what they are
                if (actorCue is null && kind is "attributed" or "suspected") actorCue = DescribedGroupAfter(doc, s, claim);
                // a cue that names its doer after it names no one else when no actor follows it ("the killing was carried
                // out by two ranchers"): not the article's main group
                var actor = actorCue?.As<Actor>() ?? (doerAfter && kind is "attributed" or "suspected" ? null : mainActor);
                var candidate = new Claim(actor, kind,
                    actorCue is null ? null : doc.Document.Evidence("perpetrator", actorCue.Span),
                    doc.Document.Evidence("responsibility", s.Sentence.Span));
                // a stronger word that names no one never hides a weaker one that names the group
                if (best is null || (Array.IndexOf(Rank, kind) < Array.IndexOf(Rank, best.Responsibility) && (actor is not null || best.Actor is null)) || (best.Actor is null && actor is not null))
                    best = candidate;
            }
            // "officials held the River Front responsible": the actor between a verb of holding and "responsible"
            if (best is null || Array.IndexOf(Rank, best.Responsibility) > Array.IndexOf(Rank, "attributed") || best.Actor is null)
                if (s.Actors.FirstOrDefault(a => HeldResponsible(doc, a)) is { } held)
                    best = Said(doc, s, held, "attributed");
            // a headline's own short claim: the group right before "claims" ("Taliban claim deadly Kabul attack")
            if (s.IsTitle && (best is null || best.Responsibility != "claimed")
                && s.Actors.FirstOrDefault(a => a.LastWord + 1 < doc.Words.Count && _headlineClaims.Contains(doc.Words[a.LastWord + 1].Key)) is { } claimant)
                best = Said(doc, s, claimant, "claimed");
            // a state force is the perpetrator when it does the attack ("air strikes by Russian jets", "Guatemalan
            // troops killed nine peasants"), but not when it kills the attacker ("the gunman was shot dead by Iraqi police")
            bool StateMayAct(Cue actor) => actor.As<Actor>().Type != "state" ||
                (!s.Casualties.Any(c => c.Kind == CasualtyMention.PerpetratorKilled)
                 && !doc.Words.Skip(doc.WordAt(s.Sentence.Start)).TakeWhile(w => w.End <= actor.Start).Any(w => PersonNouns.Default.IsPerpetrator(w.Key)));
            // "blasts by ISIS", "nine were killed by Guatemalan troops": an attack attributed to an actor in the same breath
            if (best is null && (s.HasStrongEvent || s.Casualties.Any(c => c.Value > 0)))
            {
                foreach (var actorCue in s.Actors)
                {
                    if (ByActor(doc, actorCue) && StateMayAct(actorCue))
                    {
                        best = Said(doc, s, actorCue, "attributed");
                        break;
                    }
                }
            }
            // "the River Front bombed the depot", "members of the River Front [RF] attacked": the actor as the attack's subject
            if (best is null && s.Events.Count > 0)
            {
                foreach (var actorCue in s.Actors.Where(StateMayAct))
                {
                    if (!ActsInAttack(doc, s, actorCue)) continue;
                    // "the Y border service said X soldiers opened fire first": Y's side fired in answer, and is the one
                    // the day's fire is put down to; X is only Y's counter-accusation
                    if (StruckFirst(doc, s, actorCue))
                    {
                        if (s.Actors.LastOrDefault(a => a.End <= actorCue.Start && a.As<Actor>().Canonical != actorCue.As<Actor>().Canonical) is not { } answerer) continue;
                        best = Said(doc, s, answerer, "attributed");
                        break;
                    }
                    best = Said(doc, s, actorCue, "attributed");
                    break;
                }
            }
            // "an Israeli air strike", "a Russian drone": a strike told with its state's adjective is that state's forces'
            if (best is null && StrikeOfState(doc, s) is { } strike) best = strike;
            // "the army shelled the village", "security forces opened fire": the country's own forces as the attack's subject
            if (best is null && s.Events.Count > 0 && GenericForcesAsSubject(doc, s) is { } forces && StateMayAct(forces))
                best = Said(doc, s, forces, "attributed");
        }
        return Answered(doc, list, best);
    }

    /// <summary>
    /// Background sentences right after one of the frame's own, in its paragraph, whose claim and actor come before a
    /// relative clause that alone makes them background (its date, its count of past attacks): "Residents suspect X
    /// fighters, who have kidnapped six leaders this year"; "a banner was signed by the X Front, a group that has burned
    /// machinery over the past year". The claim is about the frame's attack; the clause only describes the group.
    /// </summary>
    private IEnumerable<SentenceFacts> AsideClaims(AnnotatedDocument doc, List<SentenceFacts> facts, Frame frame)
    {
        var own = frame.Sentences.Select(f => f.Sentence.Index).ToHashSet();
        for (var i = 1; i < facts.Count; i++)
        {
            var (before, f) = (facts[i - 1], facts[i]);
            if (!f.IsBackground || f.Claims.Count == 0 || own.Contains(f.Sentence.Index) || !own.Contains(before.Sentence.Index)) continue;
            if (before.Sentence.Paragraph == f.Sentence.Paragraph && ClaimBeforeAside(doc, f)) yield return f;
        }
    }

    /// <summary>
    /// The sentence's claims and an actor stand before a clause boundary (a comma, "and", or a relative word:
    /// "who", "which", "that", function_words.tsv kind relative_word) after which come all its dates and background
    /// cues: "investigators suspected X, a gang ..., and that the officers had seized its cargo earlier in the week".
    /// </summary>
    private bool ClaimBeforeAside(AnnotatedDocument doc, SentenceFacts f)
    {
        var words = doc.Words;
        var claim = f.Claims[0];
        for (var w = claim.LastWord + 1; w < words.Count && words[w].Start < f.Sentence.End; w++)
        {
            if (!_relativeWords.Contains(words[w].Key) && words[w].Key is not ("that" or "," or "and")) continue;
            var opener = words[w].Start;
            if (!f.Actors.Any(a => a.End <= opener) && !f.Claims.Any(c => DescribedGroupAfter(doc, f, c) is { } group && group.End <= opener)) continue;
            return f.Dates.All(d => d.Start >= opener) && f.Claims.All(c => c.End <= opener)
                   && BackgroundCues(doc, f.Sentence.Span).All(b => b.Start >= opener);
        }
        return false;
    }

    /// <summary>
    /// A word of belief or likelihood (function_words.tsv kind hedge_word) stands shortly before a cue of others' blame,
    /// in its clause: "we believe this is the work of the Front", "officials think the Front was behind it" only
    /// suspect the Front (claims.tsv suspected), however firmly "the work of" or "was behind" would name it alone.
    /// </summary>
    private bool Hedged(AnnotatedDocument doc, SentenceFacts s, Cue claim)
    {
        var words = doc.Words;
        for (int w = claim.FirstWord - 1, steps = 0; w >= 0 && words[w].Start >= s.Sentence.Start && steps < HedgeReach; w--, steps++)
        {
            if (words[w].Key is "," or ";" or ":") return false;
            if (_hedgeWords.Contains(words[w].Key)) return true;
        }
        return false;
    }

    /// <summary>How many words before a cue of blame a word of belief may stand: "we believe this is the work of".</summary>
    private const int HedgeReach = 6;

    /// <summary>
    /// A text the actor issued is named within three words after its name, bracketed words aside (function_words.tsv kind
    /// communique_noun): "the Front [FR] issued a communiqué", "the Front's statement", "the FMLN document".
    /// </summary>
    private bool IssuesText(AnnotatedDocument doc, Cue actor)
    {
        var words = doc.Words;
        var sentenceEnd = doc.SentenceAt(actor.Start).End;
        var bracket = 0;
        var seen = 0;
        for (var w = actor.LastWord + 1; w < words.Count && words[w].Start < sentenceEnd && seen < 4; w++)
        {
            var key = words[w].Key;
            if (key is "[" or "(") { bracket++; continue; }
            if (key is "]" or ")") { bracket = Math.Max(0, bracket - 1); continue; }
            if (bracket > 0 || key == "'s") continue;
            if (_communiqueNouns.Contains(key)) return true;
            seen++;
        }
        return false;
    }

    /// <summary>
    /// An earlier attack the article recalls (a frame of <see cref="WithPastAttacks"/>, which the article's own claim
    /// does not reach): the article names one armed group only, and a sentence of the frame has its people do the
    /// attack in words for them, without the name ("GUERRILLAS ATTACKED THE MINISTER'S HOME 5 DAYS AGO", "rebels had
    /// burned the depot": a noun of function_words.tsv kind actor_member that persons.tsv gives as an attacker, right
    /// before the attack word or a "have" of the perfect before it). Those people are the article's group, attributed.
    /// Never a state's forces. (The day's own attacks share the article's claim instead.)
    /// </summary>
    private Claim? ArticleGroupAsAttackers(AnnotatedDocument doc, List<SentenceFacts> facts, Frame frame)
    {
        var groups = facts.SelectMany(f => f.Actors).Where(a => ArmedGroupTypes.Contains(a.As<Actor>().Type))
            .GroupBy(a => a.As<Actor>().Canonical).ToList();
        if (groups.Count != 1) return null;
        var words = doc.Words;
        foreach (var s in frame.Sentences)
            foreach (var e in s.Events)
            {
                var w = e.FirstWord - 1;
                while (w >= 0 && words[w].Start >= s.Sentence.Start && (_newsAuxiliaries.Contains(words[w].Key) || _earlierAuxiliaries.Contains(words[w].Key))) w--;
                if (w < 0 || words[w].Start < s.Sentence.Start) continue;
                var key = words[w].Key;
                if (!_actorMembers.Contains(key) || !PersonNouns.Default.IsAttacker(key)) continue;
                var named = groups[0].First();
                return new Claim(named.As<Actor>(), "attributed", doc.Document.Evidence("perpetrator", named.Span),
                    doc.Document.Evidence("responsibility", s.Sentence.Span));
            }
        return null;
    }

    /// <summary>The types of actors.tsv that are armed groups (not a state's forces, not a party or other body).</summary>
    private static readonly HashSet<string> ArmedGroupTypes = ["jihadist", "insurgent", "separatist", "militia", "criminal"];

    /// <summary>
    /// An armed group's communiqué reproduced in the article tells the attack in its own words: a sentence of the frame,
    /// not background, speaks of "our" fighters (function_words.tsv kind own_force: "a clash with our units", "our
    /// fighters carried out"), and the article is the group's text (<see cref="IssuerOfText"/>). The issuer claimed the
    /// attack. A sentence in which they only met an attack (kind defence_verb: "our units repelled an assault", a national
    /// army's statement) claims none, nor do a police release's "our units".
    /// </summary>
    private Claim? OwnForcesClaim(AnnotatedDocument doc, List<SentenceFacts> facts, Frame frame)
    {
        if (IssuerOfText(doc, facts) is not { } issuer) return null;
        var words = doc.Words;
        foreach (var s in frame.Sentences.Where(f => !f.IsBackground))
        {
            var first = doc.WordAt(s.Sentence.Start);
            var ours = false;
            var defends = false;
            for (var w = first; w < words.Count && words[w].Start < s.Sentence.End; w++)
            {
                if (words[w].Key == "our" && w + 1 < words.Count && _ownForces.Contains(words[w + 1].Key)) ours = true;
                if (_defenceVerbs.Contains(words[w].Key)) defends = true;
            }
            if (!ours || defends) continue;
            return new Claim(issuer.Actor, "claimed", doc.Document.Evidence("perpetrator", issuer.Span),
                doc.Document.Evidence("responsibility", s.Sentence.Span));
        }
        return null;
    }

    /// <summary>
    /// The armed group whose text the article is: the group whose own outlet issued it (<see cref="OutletVoice"/>), else
    /// the article names an armed group as the issuer of a text (function_words.tsv kind communique_noun a few words after
    /// its name: "the Front issued a communiqué", "the Front's document adds") and no state force; of several issuers,
    /// the one named most often, and none on a tie.
    /// </summary>
    private (Actor Actor, TextSpan Span)? IssuerOfText(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        if (OutletVoice(doc) is { } voice) return voice;
        var actors = facts.SelectMany(f => f.Actors).ToList();
        if (actors.Any(a => a.As<Actor>().Type == "state")) return null;
        var issuers = actors.Where(a => ArmedGroupTypes.Contains(a.As<Actor>().Type) && IssuesText(doc, a)).Select(a => a.As<Actor>().Canonical).ToHashSet();
        var groups = actors.Where(a => issuers.Contains(a.As<Actor>().Canonical)).GroupBy(a => a.As<Actor>().Canonical)
            .OrderByDescending(g => g.Count()).ToList();
        if (groups.Count == 0 || (groups.Count > 1 && groups[1].Count() == groups[0].Count())) return null;
        var named = groups[0].First();
        return (named.As<Actor>(), named.Span);
    }

    /// <summary>The sentences at an article's head where a wire credit in brackets may stand: a headline, then the dateline.</summary>
    private const int CreditSentences = 2;

    /// <summary>
    /// The armed group whose own outlet issued the article: the credit in brackets at its head names a source that speaks
    /// for the group (outlets.tsv: "CLANDESTINE, 3 MAY 90 (RADIO LIBERTAD) -- ..." from a rebel front's radio). The whole
    /// text is then the group's, whatever forces it names.
    /// </summary>
    private (Actor Actor, TextSpan Span)? OutletVoice(AnnotatedDocument doc)
    {
        foreach (var s in doc.Sentences.Take(CreditSentences))
            foreach (var cue in doc.CuesIn(s.Span, CueKind.Source).Where(c => Credit(doc.Text, c)))
                if (_lexicons.OutletGroups.TryGetValue(cue.As<string>(), out var group)) return (group, cue.Span);
        return null;
    }

    /// <summary>
    /// An accusation the accused answers with a denial, and nobody claims: "the minister blamed the Front ... The Front
    /// denied any involvement" is responsibility denied, the accused still the perpetrator (claims.tsv kind denied). The
    /// denial may come from another armed group named for the accused one ("blamed the PKK ... the SDF denied"), never
    /// from a state force answering for a group.
    /// </summary>
    private Claim? Answered(AnnotatedDocument doc, List<SentenceFacts> sentences, Claim? best)
    {
        if (best is not { Responsibility: "attributed" or "suspected", Actor: { } accused }) return best;
        foreach (var s in sentences)
            foreach (var denial in s.Claims.Where(c => c.As<string>() == "denied"))
            {
                if (s.Actors.OrderBy(a => Math.Abs(a.Start - denial.Start)).FirstOrDefault()?.As<Actor>() is not { } denier)
                {
                    if (!PronounAnswersAccusation(doc, s, denial, best) && !StateAnswersAccusation(doc, s, denial, accused)) continue;
                    return best with { Responsibility = "denied", ClaimEvidence = doc.Document.Evidence("responsibility", s.Sentence.Span) };
                }
                if (denier.Canonical == accused.Canonical || (denier.Type != "state" && accused.Type != "state"))
                    return best with { Responsibility = "denied", ClaimEvidence = doc.Document.Evidence("responsibility", s.Sentence.Span) };
            }
        return best;
    }

    /// <summary>
    /// A denial in a sentence that names no actor, spoken by the accused state: the last place named before the denial
    /// is the accused forces' country, by its name, its adjective or its capital ("Ruritania's foreign ministry rejected
    /// the accusation", "Ruritanian officials denied any involvement", "Zenda has denied any role" for Zenda the capital).
    /// A state answers for its own forces.
    /// </summary>
    private bool StateAnswersAccusation(AnnotatedDocument doc, SentenceFacts s, Cue denial, Actor accused)
    {
        if (accused.Type != "state") return false;
        var speaker = doc.PlacesIn(new TextSpan(s.Sentence.Start, denial.Start)).LastOrDefault();
        if (speaker is null || !(speaker.Place.Kind == PlaceKind.Country || speaker.Place.FeatureCode == CapitalFeature)) return false;
        return StateOf(speaker)?.Canonical == accused.Canonical;
    }

    /// <summary>The GeoNames feature code of a country's capital.</summary>
    private const string CapitalFeature = "PPLC";

    /// <summary>
    /// The state a place speaks for: its country's forces (state_forces.tsv); without a row, a demonym's forces as
    /// written ("Ruritanian forces") or a country's own name; null for any other place of a country without a row.
    /// </summary>
    private Actor? StateOf(PlaceMention place)
    {
        if (_lexicons.StateForces.TryGetValue(place.Place.CountryCode, out var forces)) return new Actor(forces, "state");
        if (place.IsDemonym && place.Place.Kind == PlaceKind.Country) return ForcesOf(place);
        return place.Place.Kind == PlaceKind.Country ? new Actor(place.Place.Name, "state") : null;
    }

    /// <summary>
    /// A state named as the accused right after an active verb of blame, from word <paramref name="w"/>: its forces by the
    /// country's adjective (<see cref="DemonymForces"/>: "blamed the Ruritanian army", "the Ruritanian special services"),
    /// or the country itself by name ("Zenda blames Ruritania": Ruritania's forces, <see cref="StateOf"/>).
    /// </summary>
    private Cue? AccusedState(AnnotatedDocument doc, SentenceFacts s, int w)
    {
        if (DemonymForces(doc, s, w) is { } forces) return forces;
        var words = doc.Words;
        if (w < 0 || w >= words.Count || words[w].Start < s.Sentence.Start) return null;
        var first = w;
        if (words[w].Key == "the") w++;
        if (w >= words.Count) return null;
        var country = doc.PlacesIn(s.Sentence.Span).FirstOrDefault(p => !p.IsDemonym && p.Place.Kind == PlaceKind.Country && p.Start == words[w].Start);
        if (country is null || StateOf(country) is not { } state) return null;
        var last = w;
        while (last + 1 < words.Count && words[last + 1].End <= country.End) last++;
        return new Cue(CueKind.Actor, words[first].Start, words[last].End, state, first, last);
    }

    /// <summary>
    /// A denial in a sentence that names no actor, whose subject is a pronoun right before it (function_words.tsv kind
    /// denier_pronoun), told after an accusation of an armed group (no state force): "The governor blamed Red Hand
    /// militiamen. ... He rejected the accusation." The pronoun speaks for the accused, who answers the blame.
    /// </summary>
    private bool PronounAnswersAccusation(AnnotatedDocument doc, SentenceFacts s, Cue denial, Claim accusation)
    {
        if (accusation.Actor is not { Type: not "state" } || accusation.ClaimEvidence is not { } told) return false;
        // evidence is placed in the original text: the denial's sentence is placed the same way to compare
        if (told.Document != doc.Document.Id || told.Start >= doc.Document.Evidence("responsibility", s.Sentence.Span).Start) return false;
        var before = denial.FirstWord - 1;
        return before >= 0 && doc.Words[before].Start >= s.Sentence.Start && _denierPronouns.Contains(doc.Words[before].Key);
    }

    /// <summary>
    /// A person named right after a word for the attacker ("accused bomber Ahmad Roe", "the gunman, John Roe,", persons.tsv
    /// role perpetrator: attributed; "suspect John Roe": suspected) or after a verb of a charge ("prosecutors indicted
    /// John Roe", function_words.tsv kind charge_verb: attributed). A name is two to four capitalised words in mixed-case
    /// text, no place and no armed group; headlines, capitalised throughout, name nobody.
    /// </summary>
    private Claim? NamedAttacker(AnnotatedDocument doc, IEnumerable<SentenceFacts> sentences)
    {
        foreach (var s in sentences.Where(s => !s.IsTitle))
        {
            for (var w = doc.WordAt(s.Sentence.Start); w < doc.Words.Count - 1 && doc.Words[w].End <= s.Sentence.End; w++)
            {
                var key = doc.Words[w].Key;
                var charge = _chargeVerbs.Contains(key);
                if (!charge && !PersonNouns.Default.IsSingularPerpetrator(key)) continue;
                if (PersonName(doc, s, w + 1) is not { } name) continue;
                var actor = new Actor(doc.Text[name.Start..name.End], "individual");
                return new Claim(actor, key == "suspect" ? "suspected" : "attributed", doc.Document.Evidence("perpetrator", name),
                    doc.Document.Evidence("responsibility", s.Sentence.Span));
            }
        }
        return null;
    }

    /// <summary>
    /// A clan or tribe named as the attackers' own: a word for armed men, "of" or "from", maybe "the" and a word of
    /// rivalry, one or two capitalised words and a word for a kin group (function_words.tsv kinds kin_fighter,
    /// kin_modifier, kin_group): "fighters from the rival Mokeba clan" is the actor "Mokeba clan", attributed. A name
    /// that is a place or a catalogued armed group is no clan's.
    /// </summary>
    private Claim? KinGroupAttacker(AnnotatedDocument doc, IEnumerable<SentenceFacts> sentences)
    {
        var words = doc.Words;
        foreach (var s in sentences.Where(s => !s.IsTitle))
        {
            for (var w = doc.WordAt(s.Sentence.Start); w + 3 < words.Count && words[w + 3].End <= s.Sentence.End; w++)
            {
                if (!_kinFighters.Contains(words[w].Key) || words[w + 1].Key is not ("of" or "from")) continue;
                var n = w + 2;
                if (words[n].Key == "the") n++;
                while (n < words.Count && _kinModifiers.Contains(words[n].Key)) n++;
                var first = n;
                while (n < words.Count && n - first < 2 && words[n].End <= s.Sentence.End && !_kinGroups.Contains(words[n].Key) && IsCapitalised(doc.Text.AsSpan(words[n].Start, words[n].End - words[n].Start))) n++;
                if (n == first || n >= words.Count || words[n].End > s.Sentence.End || !_kinGroups.Contains(words[n].Key)) continue;
                var name = new TextSpan(words[first].Start, words[n - 1].End);
                if (doc.PlacesIn(name).Any() || s.Actors.Any(a => a.Start < name.End && a.End > name.Start)) continue;
                var actor = new Actor(doc.Text[name.Start..words[n].End], "militia");
                return new Claim(actor, "attributed", doc.Document.Evidence("perpetrator", new TextSpan(name.Start, words[n].End)),
                    doc.Document.Evidence("responsibility", s.Sentence.Span));
            }
        }
        return null;

        static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length >= 2 && char.IsUpper(word[0]) && word[1..].ContainsAnyInRange('a', 'z');
    }

    /// <summary>
    /// Members of an armed group caught after the attack: a verb of capture (function_words.tsv kind arrest_verb), maybe a
    /// count, a word for the group's people (kind actor_member) and "of" or "from", then the group: "police arrested three
    /// members of the X gang", "our units captured two (2) terrorists of the X" is the group, attributed. A state force
    /// is never the one caught.
    /// </summary>
    private Claim? CaughtMembers(AnnotatedDocument doc, IEnumerable<SentenceFacts> sentences)
    {
        var words = doc.Words;
        foreach (var s in sentences.Where(s => !s.IsTitle))
            foreach (var actor in s.Actors.Where(a => a.As<Actor>().Type != "state"))
            {
                var w = actor.FirstWord - 1;
                if (w >= 0 && words[w].Key == "the") w--;
                if (w < 0 || words[w].Key is not ("of" or "from")) continue;
                w--;
                if (w < 0 || !_actorMembers.Contains(words[w].Key)) continue;
                w--;
                // a count, in words or digits, maybe repeated in brackets: "three (3)"
                while (w >= 0 && words[w].Start >= s.Sentence.Start && (!words[w].Key.Any(char.IsLetter) || doc.NumbersIn(new TextSpan(words[w].Start, words[w].End)).Any())) w--;
                if (w < 0 || words[w].Start < s.Sentence.Start || !_arrestVerbs.Contains(words[w].Key)) continue;
                return Said(doc, s, actor, "attributed");
            }
        return null;
    }

    /// <summary>The span of a person's name starting at word <paramref name="w"/> (after at most a comma), or null.</summary>
    private static TextSpan? PersonName(AnnotatedDocument doc, SentenceFacts s, int w)
    {
        var words = doc.Words;
        if (w < words.Count && words[w].Key == ",") w++;
        if (w == 0 || w >= words.Count || !Gap(doc.Text, words[w - 1].End, words[w].Start)) return null;
        var first = w;
        var end = -1;
        for (; w < words.Count && words[w].End <= s.Sentence.End && w - first < 5; w++)
        {
            if (w > first && !Gap(doc.Text, words[w - 1].End, words[w].Start)) break;
            var text = doc.Text.AsSpan(words[w].Start, words[w].End - words[w].Start);
            var possessive = text.EndsWith("'s") || text.EndsWith("\u2019s");
            if (possessive) text = text[..^2];
            if (!NameWord(text)) break;
            end = words[w].Start + text.Length;
            if (possessive) { w++; break; }
        }
        var count = w - first;
        if (count is < 2 or > 4 || (w < words.Count && words[w].End <= s.Sentence.End && Gap(doc.Text, words[w - 1].End, words[w].Start) && NameWord(doc.Text.AsSpan(words[w].Start, words[w].End - words[w].Start))))
            return null;
        var span = new TextSpan(words[first].Start, end);
        if (doc.PlacesIn(span).Any() || s.Actors.Any(a => a.Start < span.End && a.End > span.Start)) return null;
        return span;

        static bool Gap(string text, int from, int to) => text.AsSpan(from, to - from) is var between && (between is " " || between.IsEmpty);
        static bool NameWord(ReadOnlySpan<char> word)
        {
            if (word.Length < 2 || !char.IsUpper(word[0])) return false;
            var lower = false;
            foreach (var c in word[1..])
            {
                if (char.IsLower(c)) lower = true;
                else if (!char.IsLetter(c) && !Tokenizer.IsInnerJoiner(c)) return false;
            }
            return lower;
        }
    }

    /// <summary>
    /// The claim cue is a lone verb of blame (function_words.tsv kind blame_verb: "blamed", "accuses") used actively:
    /// not after a form of "be" or a comma ("the Front, accused of"), not before "of" or "for" ("was blamed for").
    /// </summary>
    private bool BlamesActively(AnnotatedDocument doc, SentenceFacts s, Cue claim)
    {
        if (claim.FirstWord != claim.LastWord || !_blameVerbs.Contains(doc.Words[claim.FirstWord].Key)) return false;
        var before = claim.FirstWord - 1;
        if (before < 0 || doc.Words[before].Start < s.Sentence.Start || _beAuxiliaries.Contains(doc.Words[before].Key) || doc.Words[before].Key == ",") return false;
        return claim.LastWord + 1 >= doc.Words.Count || doc.Words[claim.LastWord + 1].Key is not ("of" or "for");
    }

    /// <summary>
    /// The accused right after an active verb of blame is written in quotation marks: "she blamed 'land traffickers'"
    /// blames people of the speaker's own words, no armed group of the article.
    /// </summary>
    private static bool QuotedAccused(AnnotatedDocument doc, Cue claim) =>
        claim.LastWord + 1 < doc.Words.Count && doc.Words[claim.LastWord + 1].Key is "\"" or "\u201c" or "'" or "\u2018";

    /// <summary>
    /// Stands for a state's forces named without their country ("the military"); <see cref="OfAttackCountry"/> names the
    /// forces of the attack's country in its place (state_forces.tsv).
    /// </summary>
    private static readonly Actor CountryForces = new("(the country's own forces)", "state");

    /// <summary>
    /// A state's forces named without their country from word <paramref name="w"/>: an optional "the", then "the military",
    /// "the army", "troops", "security forces", "government troops" (function_words.tsv kinds force_noun, force_modifier,
    /// force_head). Returns a cue for <see cref="CountryForces"/>, or null.
    /// </summary>
    private Cue? GenericForces(AnnotatedDocument doc, SentenceFacts s, int w)
    {
        var words = doc.Words;
        if (w < 0 || w >= words.Count || words[w].Start < s.Sentence.Start) return null;
        var first = w;
        if (words[w].Key == "the") w++;
        var modifiers = 0;
        var last = -1;
        for (; w < words.Count && words[w].End <= s.Sentence.End; w++)
        {
            var key = words[w].Key;
            if (_forceNouns.Contains(key) || (_forceHeads.Contains(key) && modifiers > 0)) last = w;
            if (!_forceModifiers.Contains(key)) break;
            modifiers++;
        }
        if (last < 0 || s.Actors.Any(a => a.Start < words[last].End && a.End > words[first].Start)) return null;
        return new Cue(CueKind.Actor, words[first].Start, words[last].End, CountryForces, first, last);
    }

    /// <summary>
    /// A state's forces named by their country's adjective from word <paramref name="w"/>: an optional "the", the
    /// adjective, then the words of <see cref="GenericForces"/> ("the Ruritanian army", "Ruritanian government troops").
    /// Returns a cue for that country's forces (<see cref="ForcesOf"/>), or null.
    /// </summary>
    private Cue? DemonymForces(AnnotatedDocument doc, SentenceFacts s, int w)
    {
        var words = doc.Words;
        if (w < 0 || w >= words.Count || words[w].Start < s.Sentence.Start) return null;
        var first = w;
        if (words[w].Key == "the") w++;
        if (w >= words.Count) return null;
        var start = words[w].Start;
        var state = doc.PlacesIn(s.Sentence.Span).FirstOrDefault(p => p.IsDemonym && p.Place.Kind == PlaceKind.Country && p.Start == start);
        if (state is null) return null;
        while (w < words.Count && words[w].Start < state.End) w++;
        var last = -1;
        for (; w < words.Count && words[w].End <= s.Sentence.End; w++)
        {
            var key = words[w].Key;
            if (_forceNouns.Contains(key) || _forceHeads.Contains(key)) last = w;
            if (!_forceModifiers.Contains(key)) break;
        }
        return last < 0 ? null : new Cue(CueKind.Actor, words[first].Start, words[last].End, ForcesOf(state), first, last);
    }

    /// <summary>
    /// The forces of the country a demonym names: its row of state_forces.tsv, else the adjective as written and "forces"
    /// ("Ruritanian forces").
    /// </summary>
    private Actor ForcesOf(PlaceMention demonym) =>
        new(_lexicons.StateForces.TryGetValue(demonym.Place.CountryCode, out var forces) ? forces : $"{demonym.Surface} forces", "state");

    /// <summary>
    /// A state's forces named without their country as the subject of the sentence's attack, first in the sentence or
    /// in a clause after a comma: "the army shelled the village", "troops opened fire on the crowd".
    /// </summary>
    private Cue? GenericForcesAsSubject(AnnotatedDocument doc, SentenceFacts s)
    {
        for (var w = doc.WordAt(s.Sentence.Start); w < doc.Words.Count && doc.Words[w].End <= s.Sentence.End; w++)
        {
            if (doc.Words[w].Start != s.Sentence.Start && doc.Words[w - 1].Key != ",") continue;
            if (GenericForces(doc, s, w) is { } forces && ActsInAttack(doc, s, forces)) return forces;
        }
        return null;
    }

    /// <summary>
    /// An air strike or a bombardment (events.tsv types air_strike, shelling) written right after a country's adjective
    /// ("an Israeli air strike", "a Russian drone hit"): the forces of that country (state_forces.tsv), attributed.
    /// </summary>
    private Claim? StrikeOfState(AnnotatedDocument doc, SentenceFacts s)
    {
        foreach (var e in s.Events)
        {
            if (e.As<EventCue>().EventType is not ("air_strike" or "shelling")) continue;
            var state = doc.PlacesIn(new TextSpan(Math.Max(s.Sentence.Start, e.Start - 40), e.Start))
                .LastOrDefault(p => p.IsDemonym && p.Place.Kind == PlaceKind.Country && doc.Text.AsSpan(p.End, e.Start - p.End).IsWhiteSpace());
            if (state is null) continue;
            return new Claim(ForcesOf(state), "attributed", doc.Document.Evidence("perpetrator", state.Span),
                doc.Document.Evidence("responsibility", s.Sentence.Span));
        }
        return null;
    }

    /// <summary>
    /// A claim naming a state's forces without their country (<see cref="CountryForces"/>) names the forces of the
    /// attack's country (state_forces.tsv); a country with none leaves the perpetrator unnamed.
    /// </summary>
    private Claim? OfAttackCountry(Claim? claim, string? countryCode)
    {
        if (claim?.Actor != CountryForces) return claim;
        return countryCode is not null && _lexicons.StateForces.TryGetValue(countryCode, out var forces)
            ? claim with { Actor = new Actor(forces, "state") }
            : claim with { Actor = null, ActorEvidence = null };
    }

    /// <summary>The actor of a sentence with a responsibility, and where both were read.</summary>
    private static Claim Said(AnnotatedDocument doc, SentenceFacts s, Cue actor, string responsibility) =>
        new(actor.As<Actor>(), responsibility, doc.Document.Evidence("perpetrator", actor.Span), doc.Document.Evidence("responsibility", s.Sentence.Span));

    /// <summary>A verb of holding right before the actor (past "the") and "responsible" right after it: "held the Front responsible".</summary>
    private bool HeldResponsible(AnnotatedDocument doc, Cue actor)
    {
        var before = actor.FirstWord - 1;
        if (before >= 0 && doc.Words[before].Key == "the") before--;
        return before >= 0 && _holdVerbs.Contains(doc.Words[before].Key)
            && actor.LastWord + 1 < doc.Words.Count && doc.Words[actor.LastWord + 1].Key == "responsible";
    }

    /// <summary>
    /// The actor <paramref name="inner"/> stands in an aside after <paramref name="head"/>, closed right before the claim:
    /// "A, a faction of B, claimed", "A, B's Sahel branch, claimed", or in brackets "A (AF, allied with B) claimed".
    /// </summary>
    private static bool Aside(string text, Cue head, Cue inner, Cue claim)
    {
        if (claim.Start < inner.End || claim.Start - inner.End > 40) return false;
        if (BracketAside(text, head, inner, claim)) return true;
        // the head may carry its abbreviation in brackets: "A (AF), a branch of B, claimed"
        var before = text.AsSpan(head.End, inner.Start - head.End).TrimStart();
        if (before.StartsWith("(") && before.IndexOf(')') is var close and > 0) before = before[(close + 1)..];
        before = before.TrimStart(')');
        // the aside may go on past the inner name: "A, B's branch in the Sahel, claimed"
        var after = text.AsSpan(inner.End, claim.Start - inner.End).Trim();
        return before.StartsWith(",") && before.Count(',') == 1 && after.EndsWith(",") && after.Count(',') == 1;
    }

    /// <summary>The aside is in brackets opened right after the head and closed right before the claim: "A (AF, allied with B) claimed".</summary>
    private static bool BracketAside(string text, Cue head, Cue inner, Cue claim)
    {
        var before = text.AsSpan(head.End, inner.Start - head.End).Trim();
        var after = text.AsSpan(inner.End, claim.Start - inner.End).Trim();
        return before.StartsWith("(") && !before.Contains(')') && after.EndsWith(")") && after.Count(')') == 1 && !after.Contains('(');
    }

    /// <summary>
    /// "by the Islamic State", "by a group of terrorists from the River Front", "by members of the Front": the actor
    /// after "by", with nothing between but articles, "of"/"from", nationalities and words for the actor's people.
    /// </summary>
    private bool ByActor(AnnotatedDocument doc, Cue actor)
    {
        var first = doc.WordAt(doc.SentenceAt(actor.Start).Start);
        for (int w = actor.FirstWord - 1, steps = 0; w >= first && steps < 7; w--, steps++)
        {
            var key = doc.Words[w].Key;
            if (key == "by") return true;
            // a nationality before the name: "by Colombian ELN guerrillas"
            if (doc.PlacesIn(new TextSpan(doc.Words[w].Start, doc.Words[w].End)).Any(p => p.IsDemonym)) continue;
            if (key is not ("the" or "a" or "an" or "of" or "from") && !_actorMembers.Contains(key)) return false;
        }
        return false;
    }

    /// <summary>
    /// An attack phrase follows the actor's name, with nothing between but bracketed text, other actor names ("the
    /// River Front [RF]"), words for the actor's people ("urban commandos"), verbs that carry an attack noun ("launched
    /// an", function_words.tsv kind attack_support), and after a possessive name the name of its unit and a "have" of
    /// the perfect ("the Front's Davao brigade had bombed", function_words.tsv kinds news_auxiliary, earlier_auxiliary):
    /// the actor did it.
    /// </summary>
    private bool ActsInAttack(AnnotatedDocument doc, SentenceFacts s, Cue actor)
    {
        var words = doc.Words;
        var bracket = 0;
        var possessive = Possessive(doc.Text, actor.End);
        for (var w = actor.LastWord + 1; w < words.Count && words[w].Start < s.Sentence.End; w++)
        {
            var start = words[w].Start;
            var key = words[w].Key;
            if (key is "[" or "(") { bracket++; continue; }
            if (key is "]" or ")") { bracket = Math.Max(0, bracket - 1); continue; }
            if (bracket > 0) continue;
            // words for the actor's people come first: "Hamas terror operatives" names people, not an attack
            if (_actorMembers.Contains(key)) continue;
            // "the Front's Davao brigade had bombed": the possessive, the unit's name (a capitalised word of mixed-case
            // text) and the perfect's auxiliary
            if (possessive && (key is "'s" || _newsAuxiliaries.Contains(key) || _earlierAuxiliaries.Contains(key)
                || NamePart(doc.Text.AsSpan(start, words[w].End - start)))) continue;
            if (s.Events.Any(e => e.Start == start && !e.As<EventCue>().Vehicle)) return true;
            // a verb that carries the attack noun: "the Front launched an attack", "rebels staged an ambush"
            if (_attackSupport.Contains(key)) continue;
            if (s.Actors.FirstOrDefault(a => a.Start == start) is { } other) { w = other.LastWord; continue; }
            return false;
        }
        return false;
    }

    /// <summary>How many words after a verb of ascribing its "to" may stand: "attributed the deadly raid to".</summary>
    private const int AscribeReach = 5;

    /// <summary>
    /// People blamed by what they are, right after a cue of blame that names its accused after it (one ending in "to" or
    /// "by", or an active verb of blame): maybe "the", words of function_words.tsv kind described_group_modifier, then a
    /// noun of kind described_group: "attributed the attack to armed herders", "blamed herders for the raids" (after a verb
    /// of kind ascribe_verb, the words after its "to": "attributed the raid to herders"). The actor
    /// is the phrase as written ("armed herders"), a militia.
    /// </summary>
    private Cue? DescribedGroupAfter(AnnotatedDocument doc, SentenceFacts s, Cue claim)
    {
        var words = doc.Words;
        var last = words[claim.LastWord].Key;
        var w = claim.LastWord + 1;
        // "attributed the raid to": a verb of ascribing names its accused after "to", a few words on
        if (claim.FirstWord == claim.LastWord && _ascribeVerbs.Contains(last))
        {
            while (w < words.Count && words[w].End <= s.Sentence.End && w - claim.LastWord <= AscribeReach && words[w].Key != "to") w++;
            if (w >= words.Count || words[w].Key != "to") return null;
            w++;
        }
        else if (last is not ("to" or "by") && !BlamesActively(doc, s, claim)) return null;
        if (NamedMembersAt(doc, s, w) is { } named) return named;
        if (w < words.Count && words[w].Key == "the") w++;
        var first = w;
        while (w < words.Count && words[w].End <= s.Sentence.End && _describedGroupModifiers.Contains(words[w].Key)) w++;
        if (w >= words.Count || words[w].End > s.Sentence.End || !_describedGroups.Contains(words[w].Key)) return null;
        return new Cue(CueKind.Actor, words[first].Start, words[w].End, new Actor(doc.Text[words[first].Start..words[w].End], "militia"), first, w);
    }

    /// <summary>
    /// An armed group named by its name and a noun for its fighters, from word <paramref name="w"/> (right after a cue of
    /// blame that names its accused after it): maybe "the" and an opening quotation mark, one or two capitalised words that
    /// are no place, no catalogued actor and no word that only says the group is armed (kind armed_descriptor: "Islamist
    /// militants" names no group), then a noun of function_words.tsv kind named_member_noun: "the minister blamed
    /// Zulu militiamen", "attributed the raid to Red Hand fighters". The actor is the name and the noun as written, a militia.
    /// </summary>
    private Cue? NamedMembersAt(AnnotatedDocument doc, SentenceFacts s, int w)
    {
        var words = doc.Words;
        if (w < words.Count && words[w].Key == "the") w++;
        if (w < words.Count && words[w].Key is "\"" or "\u201c" or "'" or "\u2018") w++;
        var first = w;
        while (w < words.Count && words[w].End <= s.Sentence.End && w - first < MaxMemberNameWords
               && NamePart(doc.Text.AsSpan(words[w].Start, words[w].End - words[w].Start)) && !_armedDescriptors.Contains(words[w].Key)) w++;
        if (w == first || w >= words.Count || words[w].End > s.Sentence.End || !_namedMemberNouns.Contains(words[w].Key)) return null;
        int start = words[first].Start, end = words[w - 1].End;
        if (s.Actors.Any(a => a.Start < end && a.End > start) || doc.PlacesIn(s.Sentence.Span).Any(p => p.Start < end && p.End > start)) return null;
        return new Cue(CueKind.Actor, start, words[w].End, new Actor(doc.Text[start..words[w].End], "militia"), first, w);
    }

    /// <summary>The most capitalised words of a group's name before the noun for its fighters: "Red Hand fighters".</summary>
    private const int MaxMemberNameWords = 2;

    /// <summary>
    /// The attack the actor does in the sentence is told as the one that started the fighting: a word of function_words.tsv
    /// kind provocation_word within <see cref="ProvocationReach"/> words after its attack word, in its clause ("X soldiers
    /// opened fire first on a post", "X fired first").
    /// </summary>
    private bool StruckFirst(AnnotatedDocument doc, SentenceFacts s, Cue actor)
    {
        if (s.Events.Where(e => e.Start >= actor.End).MinBy(e => e.Start) is not { } attack) return false;
        var words = doc.Words;
        for (var w = attack.LastWord + 1; w < words.Count && w - attack.LastWord <= ProvocationReach && words[w].Start < s.Sentence.End; w++)
        {
            if (words[w].Key is "," or ";" or ":") return false;
            if (_provocationWords.Contains(words[w].Key)) return true;
        }
        return false;
    }

    /// <summary>How many words after an attack word a word that makes it the first strike may stand: "opened fire first".</summary>
    private const int ProvocationReach = 2;

    /// <summary>A capitalised word with lower-case letters after its first: a part of a name in mixed-case text ("Davao").</summary>
    private static bool NamePart(ReadOnlySpan<char> word) => word.Length >= 2 && char.IsUpper(word[0]) && word[1..].ContainsAnyInRange('a', 'z');

    // ---- reports -------------------------------------------------------------------------------------------

    /// <summary>The frame counts people killed ("killed 12 and abducted four"), not only people taken.</summary>
    private static bool KilledPeople(Frame frame) =>
        frame.Casualties.Any(c => c.Mention.Kind == CasualtyMention.Killed && c.Mention.Value > 0);

    /// <summary>
    /// The type of a raid that killed people and abducted some: the killing's, not the kidnapping's (the convention of
    /// the gold: a raid with deaths is an armed assault whatever else the raiders did). Another attack type of the
    /// frame's strongest cues by priority, else <c>armed_assault</c>.
    /// </summary>
    private static string KillingType(List<string> types) =>
        EventTypes.ByPriority.FirstOrDefault(t => t is not ("kidnapping" or "other") && types.Contains(t)) ?? "armed_assault";

    /// <summary>
    /// The event cues of a sentence whose weapons the frame's attack used. A weak cue ("shot", "gun", "machetes") names
    /// the weapon when the sentence counts its victims ("died after being shot") or names it as the instrument of the
    /// attack's act ("attacked them with machetes"). A vehicle noun that only
    /// begins a place's name ("bus stand", a longer phrase of targets.tsv) is no vehicle. In a sentence that also names
    /// another attack's town ("grenade attack in X wounds nine; trader shot dead in Y"), or with
    /// <paramref name="nearTownOnly"/> in one that names several places and counts no victims, a cue belongs to the town
    /// written nearest it.
    /// </summary>
    private IEnumerable<Cue> WeaponCues(AnnotatedDocument doc, SentenceFacts s, Frame frame, IReadOnlyList<Frame> others, bool nearTownOnly = false)
    {
        // the towns of this attack and of the article's other attacks (with nearTownOnly, every town named)
        var towns = s.EventPlaces.Concat(s.OtherPlaces)
            .Where(p => p.Place.Kind == PlaceKind.City && !p.IsDemonym && (nearTownOnly || frame.Holds(p.Place) || others.Any(o => o != frame && o.Holds(p.Place)))).ToList();
        if (nearTownOnly && !towns.Any(p => frame.Holds(p.Place))) yield break;
        var shared = nearTownOnly || towns.Any(p => !frame.Holds(p.Place));
        if (RelatesAttacks(doc, s)) yield break;
        foreach (var e in s.Events)
        {
            var c = e.As<EventCue>();
            if (c.Weak && !c.Vehicle && !(c.Weapons.Count > 0 && (s.Casualties.Count > 0 || Instrument(doc, s, e) || CarriedByAttackers(doc, s, e)))) continue;
            if (c.Vehicle && s.Targets.Any(t => t.Start <= e.Start && t.End >= e.End && t.End - t.Start > e.End - e.Start)) continue;
            if (shared && towns.MinBy(p => Math.Min(Math.Abs(p.Start - e.End), Math.Abs(e.Start - p.End))) is { } nearest && !frame.Holds(nearest.Place)) continue;
            if (OfAnotherHeadlinePart(doc, s, frame, others, e.Start)) continue;
            yield return e;
        }
    }

    /// <summary>Most words between a responder's noun and the act it did: "patrol police have opened fire".</summary>
    private const int MaxResponderGap = 3;

    /// <summary>
    /// The act from word <paramref name="first"/> to <paramref name="last"/> was done by a force that answered the attack
    /// (function_words.tsv kind responder_noun): its noun stands right before it, or with only an auxiliary of news or an
    /// adverb of a subject between (function_words.tsv kinds news_auxiliary, subject_adverb: "police opened fire", "officers
    /// have fired", "police then shot him"; not "two officers were shot", "soldiers killed by a bomb"), or after "by" right after it ("he was
    /// shot by a patrol police officer").
    /// </summary>
    private bool ResponderAct(AnnotatedDocument doc, SentenceFacts s, int first, int last)
    {
        var words = doc.Words;
        if (last + 1 < words.Count && words[last + 1].Start < s.Sentence.End && words[last + 1].Key == "by")
            for (var w = last + 2; w < words.Count && w <= last + 2 + MaxResponderGap && words[w].Start < s.Sentence.End; w++)
            {
                if (_responderNouns.Contains(words[w].Key)) return true;
                if (words[w].Key is "," or ";" or ":" or "." or "and" or "after" or "when") break;
            }
        var doer = first - 1;
        while (doer >= 0 && doer >= first - MaxResponderGap && words[doer].Start >= s.Sentence.Start
               && (_newsAuxiliaries.Contains(words[doer].Key) || _subjectAdverbs.Contains(words[doer].Key))) doer--;
        return doer >= 0 && words[doer].Start >= s.Sentence.Start && _responderNouns.Contains(words[doer].Key);
    }

    /// <summary>A person counted as shot by a force that answered the attack: "the attacker was shot by police".</summary>
    private bool ShotByResponder(AnnotatedDocument doc, CasualtyMention m)
    {
        var sentence = doc.Sentences.FirstOrDefault(x => x.Start <= m.Span.Start && x.End >= m.Span.End);
        if (sentence is null) return false;
        var facts = new SentenceFacts { Sentence = sentence, Events = [], Casualties = [], EventPlaces = [], OtherPlaces = [], Dates = [], Claims = [], Actors = [], Targets = [] };
        var last = doc.WordAt(m.Span.End) - 1;
        return ResponderAct(doc, facts, last, last);
    }

    /// <summary>
    /// The sentence relates two attacks of different weapons (function_words.tsv kind link_word: "investigators found nothing
    /// linking the grenade attack to the bombing"): it tells neither, so its weapons are no attack's.
    /// </summary>
    private bool RelatesAttacks(AnnotatedDocument doc, SentenceFacts s) =>
        s.Events.Select(e => e.As<EventCue>()).Where(c => !c.Vehicle && c.Weapons.Count > 0).Select(c => string.Join(",", c.Weapons)).Distinct().Count() >= 2
        && HasWordOf(doc, s.Sentence.Span, _linkWords);

    /// <summary>
    /// The sentence says its bomb was set under something (function_words.tsv kind beneath right after a bomb word or a
    /// word of its going off, at most two words between): "an explosive device planted under his car", "the device went
    /// off under the black sedan".
    /// </summary>
    private bool SetBeneath(AnnotatedDocument doc, SentenceFacts s) =>
        s.Events.Any(e => e.As<EventCue>() is { Vehicle: false } c && (c.Blast || c.Weapons.Any(w => w is "explosive" or "ied" or "vehicle_bomb"))
                          && Enumerable.Range(e.LastWord + 1, 3).Any(w => w < doc.Words.Count && doc.Words[w].Start < s.Sentence.End && _beneath.Contains(doc.Words[w].Key)));

    /// <summary>Most words between a laying verb and the bomb word after it: "planted a small time bomb".</summary>
    private const int MaxLaidWords = 4;

    /// <summary>
    /// The sentence tells its bomb as laid and left to go off, so no bomber died with it (function_words.tsv kind
    /// laying_verb): the verb at most <see cref="MaxLaidWords"/> words before a bomb word, no punctuation between ("the gang planted a time bomb in
    /// the pub", "he left another bomb on the corner") or after it, past auxiliaries only (kind laid_auxiliary) ("the bomb was placed at the
    /// gate", "a pipe bomb planted by the suspect"). "Left" after a bomb word is its toll ("the bomb left ten dead"), not
    /// its laying: only "left" before one counts. A suicide word elsewhere in the attack's sentences still wins.
    /// </summary>
    private bool LaidDevice(AnnotatedDocument doc, SentenceFacts s)
    {
        var first = doc.WordAt(s.Sentence.Start);
        bool InSentence(int w) => w >= first && w < doc.Words.Count && doc.Words[w].Start < s.Sentence.End;
        foreach (var e in s.Events)
        {
            if (e.As<EventCue>() is not { Vehicle: false, WeaponName: true } c || !c.Weapons.Any(w => w is "explosive" or "ied" or "vehicle_bomb")) continue;
            for (var w = e.FirstWord - 1; InSentence(w) && e.FirstWord - w <= MaxLaidWords; w--)
            {
                if (!char.IsLetterOrDigit(doc.Text[doc.Words[w].Start])) break;
                if (_layingVerbs.Contains(doc.Words[w].Key)) return true;
            }
            for (var w = e.LastWord + 1; InSentence(w) && w - e.LastWord <= MaxLaidWords; w++)
            {
                var key = doc.Words[w].Key;
                if (_layingVerbs.Contains(key) && key != "left") return true;
                if (!_laidAuxiliaries.Contains(key)) break;
            }
        }
        return false;
    }

    /// <summary>Most words between "with" and the weapon it brings in: "with two AK-47 rifles", "with knives and machetes".</summary>
    private const int MaxInstrumentWords = 4;

    /// <summary>Most words of the act's object before "with": "attacked the people who were inside with".</summary>
    private const int MaxObjectWords = 6;

    /// <summary>
    /// A weapon named as the instrument of an attack's act ("attacked the guards with machetes", "killed villagers with
    /// knives and rifles"): the attack's weapon, though the word alone is weak.
    /// </summary>
    private bool Instrument(AnnotatedDocument doc, SentenceFacts s, Cue weapon)
    {
        var first = doc.WordAt(weapon.Start);
        var with = -1;
        for (var w = first - 1; w >= 0 && w >= first - MaxInstrumentWords && doc.Words[w].Start >= s.Sentence.Start; w--)
        {
            if (doc.Words[w].Key == "with") { with = w; break; }
            if (doc.Words[w].Key == "by") return ActRightBefore(doc, s, weapon, w);
            if (doc.Words[w].Key is "," or ";" or ":" or ".") break;
        }
        // the act that used it stands right before "with", or before its one object ("attacked residents with", "killed
        // villagers with"), or, a verb of an attack done (events.tsv flag act), before its object however described, in the
        // same clause ("attacked the people who were inside with"), or before an object its determiner opens ("attacked the
        // family who lived there with"); "threatened them with a knife" used none, nor does "the shooting" before it ("the
        // suspect in the shooting threatened them with a knife")
        // an act phrase that ends in the "with" itself ("were attacked with machetes") used it too
        if (with >= 1 && s.Events.Any(o => o != weapon && o.LastWord == with && o.As<EventCue>() is { Vehicle: false, WeaponName: false, Weak: false })) return true;
        return with >= 1 && s.Events.Any(o => o != weapon && o.As<EventCue>() is { Vehicle: false, WeaponName: false } c && (!c.Weak || c.Assault || c.Act || c.EventType != "other")
                                              && doc.WordAt(o.End) is var after && after <= with
                                              && (with - after <= 1 || ObjectBeforeWith(doc, after, with)
                                                  || (c.Act && with - after <= MaxObjectWords
                                                      && Enumerable.Range(after, with - after).All(w => doc.Words[w].Key is not ("," or ";" or ":" or "." or "and")))));
    }

    /// <summary>
    /// A weapon the attackers are told to carry (function_words.tsv kind arming_word at most <see cref="MaxInstrumentWords"/>
    /// words before it, no punctuation between): "raiders armed with rifles attacked the village", "masked men carrying rifles
    /// stopped the lorry". Not a force's that answered (responder_noun right before: "police armed with rifles"). A list of
    /// weapons after the word that an attack's act follows is carried whole: its commas are passed over when a weapon's
    /// name ends right before them, and the reach counts from each weapon of the list ("men carrying rifles, home-made guns
    /// and machetes stormed the post"); a list told of a man found armed is no attack's use ("emerged armed with three
    /// rifles, a machete and a hatchet").
    /// </summary>
    private bool CarriedByAttackers(AnnotatedDocument doc, SentenceFacts s, Cue weapon)
    {
        var first = doc.WordAt(weapon.Start);
        var reach = first - MaxInstrumentWords;
        var listEnds = ActRightAfter(s, weapon);
        for (var w = first - 1; w >= 0 && w >= reach && doc.Words[w].Start >= s.Sentence.Start; w--)
        {
            var key = doc.Words[w].Key;
            if (listEnds && s.Events.FirstOrDefault(e => e.LastWord == w && e.As<EventCue>().WeaponName) is { } before) reach = Math.Min(reach, before.FirstWord - MaxInstrumentWords);
            if (listEnds && key == "," && ListedWeaponBefore(s, w)) continue;
            if (key is "," or ";" or ":" or "." or "(" or ")") return false;
            if (_armingWords.Contains(key)) return !(w >= 1 && doc.Words[w - 1].Start >= s.Sentence.Start && _responderNouns.Contains(doc.Words[w - 1].Key));
        }
        return false;
    }

    /// <summary>An attack's act (events.tsv flag act, or an attack word that is not weak) starts right after the weapon: the list of weapons is the attackers' ("carrying rifles and machetes stormed").</summary>
    private static bool ActRightAfter(SentenceFacts s, Cue weapon) =>
        s.Events.Any(e => e.FirstWord == weapon.LastWord + 1 && e.As<EventCue>() is { WeaponName: false, Vehicle: false } c && (c.Act || !c.Weak));

    /// <summary>A weapon's name (events.tsv flag weapon) ends right before the comma at <paramref name="comma"/>: the comma lists weapons.</summary>
    private static bool ListedWeaponBefore(SentenceFacts s, int comma) =>
        s.Events.Any(e => e.LastWord == comma - 1 && e.As<EventCue>().WeaponName);

    /// <summary>
    /// A verb of an attack done stands right before the "by" of the weapon: "they were killed by pangas and guns".
    /// </summary>
    private static bool ActRightBefore(AnnotatedDocument doc, SentenceFacts s, Cue weapon, int by) =>
        s.Events.Any(o => o != weapon && o.LastWord == by - 1 && o.As<EventCue>() is { Vehicle: false, WeaponName: false, Act: true });

    /// <summary>
    /// The words from <paramref name="first"/> up to "with" are the act's object: opened by a determiner (function_words.tsv
    /// kind victim_determiner: "the family who lived there"), at most <see cref="MaxObjectWords"/> words, no punctuation.
    /// </summary>
    private bool ObjectBeforeWith(AnnotatedDocument doc, int first, int with) =>
        first < with && with - first <= MaxObjectWords && _determiners.Contains(doc.Words[first].Key)
        && !Enumerable.Range(first, with - first).Any(w => doc.Words[w].Key is "," or ";" or ":" or ".");

    /// <summary>
    /// A force's site or unit that names no force (function_words.tsv kind bare_force_site: "a checkpoint", "the patrol")
    /// takes the force the attack's other target words name: "gunmen attacked a checkpoint, killing three soldiers" hit the
    /// military, not the police besides; "a team on patrol ... two constables were wounded" hit the police. When only bare
    /// sites name a force, their classes stay.
    /// </summary>
    private List<Cue> DropBareForceSite(AnnotatedDocument doc, List<Cue> targets)
    {
        bool Bare(Cue t) => _bareForceSites.Contains(string.Join(' ', doc.Text[t.Start..t.End].ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        var named = targets.Where(t => !Bare(t)).Select(t => t.As<string>()).Where(k => k is "police" or "military").ToHashSet();
        if (named.Count != 1) return targets;
        return targets.Where(t => !(Bare(t) && t.As<string>() is "police" or "military" && !named.Contains(t.As<string>()))).ToList();
    }

    /// <param name="others">the article's frames, kept or not: a sentence that names another one's town shares its weapons by nearness</param>
    private IncidentReport BuildReport(AnnotatedDocument doc, Frame frame, int number, DateMention? story, string? waveId, Claim? claim, IReadOnlyList<Frame> others)
    {
        var document = doc.Document;
        claim = OfAttackCountry(claim, frame.Place.CountryCode);
        var evidence = new List<Evidence>();
        var own = frame.Sentences.Where(s => s.EventPlaces.Count <= 1 || s.Casualties.Count > 0).ToList();

        var date = frame.Date ?? (story is { Precision: "day" } ? story : null); // a year bound of an undated article is no date
        if (date is not null && date.End > date.Start) evidence.Add(document.Evidence("date", date.Span));
        var placeMention = frame.PlaceMentions.FirstOrDefault(p => p.Place.GeonameId == frame.Place.GeonameId) ?? frame.PlaceMentions[0];
        evidence.Add(document.Evidence("location", placeMention.Span));

        // a headline of several attacks ("abduction in X, arson in Y") gives each only the words written nearest its town
        var events = frame.Sentences.SelectMany(s => s.Events.Where(e => !(s.IsTitle && OfOtherTown(doc, s, frame, others, e)))).Where(e => !e.As<EventCue>().Vehicle).ToList();
        var strong = events.Where(e => !e.As<EventCue>().Weak).ToList();
        var types = (strong.Count > 0 ? strong : events).Select(e => e.As<EventCue>().EventType).ToList();
        var shooting = frame.Casualties.Any(c => c.Mention.Kind == CasualtyMention.Shot);
        if (shooting) types.Add("armed_assault");
        var eventType = EventTypes.ByPriority.FirstOrDefault(types.Contains) ?? (frame.Casualties.Count > 0 ? "armed_assault" : "other");
        if (eventType == "kidnapping" && KilledPeople(frame)) eventType = KillingType(types);
        var typeCue = (strong.Count > 0 ? strong : events).FirstOrDefault(e => e.As<EventCue>().EventType == eventType);
        if (typeCue is not null) evidence.Add(document.Evidence("event_type", typeCue.Span));

        var weapons = new SortedSet<string>(StringComparer.Ordinal);
        // the weapons of the police or guards who answered the attack ("police opened fire", "he was shot by an officer")
        var responders = new SortedSet<string>(StringComparer.Ordinal);
        bool? suicide = null;
        bool assumedArtillery = false, namedArtillery = false, namedExplosive = false, namedVest = false;
        // a sentence of several places that counts no victims ("drove the truck from X to Y, where it was detonated") lends
        // the weapons written nearest this attack's town
        foreach (var s in frame.Sentences)
        {
            var found = WeaponCues(doc, s, frame, others, nearTownOnly: !own.Contains(s)).ToList();
            foreach (var e in found.Where(e => ResponderAct(doc, s, e.FirstWord, e.LastWord))) foreach (var w in e.As<EventCue>().Weapons) responders.Add(w);
            var cues = found.Where(e => !ResponderAct(doc, s, e.FirstWord, e.LastWord)).Select(e => e.As<EventCue>()).ToList();
            // a vehicle noun's weapons are what it becomes with explosives, below
            foreach (var c in cues.Where(c => !c.Vehicle)) foreach (var w in c.Weapons) weapons.Add(w);
            // a vehicle loaded with explosives is a vehicle bomb (events.tsv flag load); a car the bombers rode, the truck that
            // hit a mine or a car a bomb was planted under is not; beside a grenade or a shell it is what was hit
            if (cues.Any(c => c.Vehicle) && cues.Any(c => c.Load)
                && !cues.Any(c => c.Weapons.Any(Weapons.Launched.Contains))) weapons.Add("vehicle_bomb");
            if (cues.Any(c => c.Suicide)) suicide = true;
            else if (suicide is null && LaidDevice(doc, s)) suicide = false;
            if (cues.Any(c => c.Generic && c.Weapons.Contains("artillery"))) assumedArtillery = true;
            if (cues.Any(c => !c.Generic && c.Weapons.Contains("artillery"))) namedArtillery = true;
            if (cues.Any(c => !c.Vehicle && !c.Blast && c.Weapons.Contains("explosive"))) namedExplosive = true;
            if (cues.Any(c => !c.Generic && c.Weapons.Contains("suicide_vest"))) namedVest = true;
            foreach (var e in s.Events.Where(e => !e.As<EventCue>().Weak && (e.As<EventCue>().Weapons.Count > 0 || e.As<EventCue>().Suicide))) evidence.Add(document.Evidence("weapons", e.Span));
        }
        // a knife attacker shot by the police: the police's gunfire is no weapon of the attack, unless the attack has no other
        if (weapons.Count == 0) weapons.UnionWith(responders);
        if (shooting && (weapons.Count == 0 || frame.Casualties.Any(c => c.Mention.Kind == CasualtyMention.Shot && !ShotByResponder(doc, c.Mention)))) weapons.Add("firearm");
        Weapons.DropBareExplosive(weapons);
        Weapons.DropAssumedArtillery(weapons, assumedArtillery && !namedArtillery);
        Weapons.DropBlastOfImpact(weapons, !namedExplosive);
        Weapons.DropAssumedVest(weapons, !namedVest);
        if (eventType != "bombing" && weapons.Contains("vehicle_bomb") && !strong.Any(e => e.As<EventCue>().EventType == "bombing")) weapons.Remove("vehicle_bomb");
        // "a car bomb", told as a device set under the car ("planted under his car"): an ied to kill its occupant
        if (weapons.Contains("vehicle_bomb") && frame.Sentences.Any(s => !s.IsBackground && SetBeneath(doc, s))) { weapons.Remove("vehicle_bomb"); weapons.Add("ied"); }
        // a bomb told as set under a road or a vehicle it waited for ("a bomb planted under the road exploded beneath their
        // truck", "a device went off under their vehicle"): an improvised device laid in wait, not a bare explosive
        if (weapons.Contains("explosive") && frame.Sentences.Any(s => !s.IsBackground && SetBeneath(doc, s))) { weapons.Remove("explosive"); weapons.Add("ied"); }

        var targets = new SortedSet<string>(StringComparer.Ordinal);
        var targetCues = own.SelectMany(s => s.Targets.Where(t => ((s.HasStrongEvent || s.Casualties.Count > 0) && LinkedTarget(doc, t) || NamedHarmed(doc, t) || CountedVictim(s, t))
                                                                && !OfOtherTown(doc, s, frame, others, t) && !HeadOfAnother(doc, t) && !OfAnotherHeadlinePart(doc, s, frame, others, t.Start)
                                                                && !InUnitName(doc, s, t))).ToList();
        targetCues = DropBareForceSite(doc, targetCues);
        foreach (var t in targetCues)
        {
            targets.Add(t.As<string>());
            evidence.Add(document.Evidence("targets", t.Span));
        }
        // People killed, hurt or taken and no site or group named that the attack hit: the victims themselves were its
        // target, and people as such are civilians (a named official, soldier or reporter is read by the rules above)
        var harmed = frame.Casualties.Where(c => c.Mention.Kind != CasualtyMention.PerpetratorKilled).Select(c => c.Mention.Span)
            .Concat(strong.Where(e => e.As<EventCue>().EventType == "kidnapping").Select(e => e.Span)).ToList();
        // People killed, hurt or taken where only public sites were read (a market, a bus, a bar, a shrine: function_words.tsv
        // kind public_site_class) are a target beside the site, civilians; not where a class names who was there (soldiers,
        // police, officials)
        if (harmed.Count > 0 && targets.All(_publicSiteClasses.Contains))
        {
            targets.Add("civilians");
            evidence.Add(document.Evidence("targets", harmed[0]));
        }

        if (claim?.ActorEvidence is not null) evidence.Add(claim.ActorEvidence);
        if (claim?.ClaimEvidence is not null) evidence.Add(claim.ClaimEvidence);

        var killed = Figures(doc, frame.Casualties, CasualtyMention.Killed);
        if (WithAttackerDeath(doc, frame, killed) is { } all) killed.Add(all);
        var injured = Figures(doc, frame.Casualties, CasualtyMention.Injured);
        if (ShotButNotKilled(doc, frame, killed, CasualtyMention.Shot) is { } shot)
        {
            // "the victim of a deadly shooting ... was found shot": those shot are the dead the article calls it deadly for
            if (killed.All(k => k.Value is null) && injured.All(i => i.Value is null) && CalledDeadly(doc, frame)) killed.Add(shot with { Evidence = shot.Evidence with { Field = CasualtyMention.Killed } });
            else injured.Add(shot);
        }
        // a count of people taken to hospital ("three were taken to a hospital") stands beside the dead; one person may be one of them
        foreach (var (m, source) in frame.Casualties.Where(c => c.Mention.Kind == CasualtyMention.Treated && doc.NumbersIn(c.Mention.Figure).Any()))
            injured.Add(new CasualtyFigure(m.Value, m.Qualifier, source, doc.Document.Evidence(CasualtyMention.Injured, m.Span), doc.Published));
        if (ShotButNotKilled(doc, frame, killed, CasualtyMention.Treated) is { } treated) injured.Add(treated);

        return new IncidentReport
        {
            Id = $"{document.Id}#{number}",
            ArticleId = document.Id,
            Published = doc.Published,
            Date = date?.Value,
            DatePrecision = date?.Precision ?? "unknown",
            DayPastMidnight = frame.PastMidnight && date == frame.Date,
            Place = frame.Place,
            Sublocation = SublocationReader.Find(doc, own.Where(s => s.EventPlaces.Count <= 1).Select(s => s.Sentence), (_, end) => CareAt(doc, doc.WordAt(end) - 1)),
            Streets = StreetReader.Default.Read(doc, frame.Sentences.Where(s => !s.IsBackground).Select(s => s.Sentence)),
            EventType = eventType,
            Suicide = suicide,
            Weapons = weapons.ToList(),
            Targets = targets.ToList(),
            Perpetrator = claim?.Actor?.Canonical,
            Responsibility = claim?.Actor is null ? "unknown" : claim.Responsibility,
            Killed = killed,
            Injured = injured,
            WaveId = waveId,
            Evidence = evidence,
        };
    }

    /// <summary>
    /// A headline that tells several attacks lends a weapon or a target word at <paramref name="at"/> to the attack its
    /// part is about, not to the frame that took the headline: when the article tells another attack apart at the
    /// frame's own place, the headline lists them all ("Night of gunfire in X: official shot dead, checkpoint and
    /// farmhouse fired on"), and its words are no one attack's (each is told in the body); when the headline is made of
    /// clauses between semicolons and one of them names the frame's place, a word of a clause that does not is
    /// another attack's ("Roadside bomb toll rises to 4; X grenade victims now 8": the bomb is not X's).
    /// </summary>
    private static bool OfAnotherHeadlinePart(AnnotatedDocument doc, SentenceFacts s, Frame frame, IReadOnlyList<Frame> others, int at)
    {
        if (!s.IsTitle) return false;
        if (others.Any(o => o != frame && ToldApartAtOnePlace(frame, o))) return true;
        return OutsidePlaceClause(doc, s, frame, at);
    }

    /// <summary>Two frames at one place that the article tells as attacks apart (another attack there, a timeline, days or sites apart).</summary>
    private static bool ToldApartAtOnePlace(Frame a, Frame b) =>
        a.Place.GeonameId == b.Place.GeonameId && a.Place.Kind == b.Place.Kind
        && (a.ToldSeparately || b.ToldSeparately || a.TimedApart || b.TimedApart || a.DayApart || b.DayApart || a.SiteApart || b.SiteApart);

    /// <summary>
    /// The sentence is made of clauses between semicolons, one of them names a place the frame holds, and the position
    /// <paramref name="at"/> lies in a clause that names none: "grenade hurts 7 in X; trader shot dead" (for X, the
    /// trader's death is outside).
    /// </summary>
    private static bool OutsidePlaceClause(AnnotatedDocument doc, SentenceFacts s, Frame frame, int at)
    {
        var text = doc.Text;
        var start = s.Sentence.Start;
        var end = s.Sentence.End;
        if (text.IndexOf(';', start, end - start) < 0) return false;
        var before = at > start ? text.LastIndexOf(';', at - 1, at - start) : -1;
        var from = before >= start ? before + 1 : start;
        var after = at < end ? text.IndexOf(';', at, end - at) : -1;
        var to = after >= 0 ? after : end;
        var places = s.EventPlaces.Concat(s.OtherPlaces).Where(p => !p.IsDemonym && frame.Holds(p.Place)).ToList();
        return places.Count > 0 && !places.Any(p => p.Start >= from && p.Start < to);
    }

    /// <summary>
    /// In a sentence that also names another attack's town ("gunmen killed seven in X, hours after a police station was
    /// bombed in Y"), a target word belongs to the town written nearest it: it is not this frame's when that town is
    /// another frame's.
    /// </summary>
    private static bool OfOtherTown(AnnotatedDocument doc, SentenceFacts s, Frame frame, IReadOnlyList<Frame> others, Cue target)
    {
        var towns = s.EventPlaces.Concat(s.OtherPlaces)
            .Where(p => p.Place.Kind == PlaceKind.City && !p.IsDemonym && (frame.Holds(p.Place) || others.Any(o => o != frame && o.Holds(p.Place)))).ToList();
        if (!towns.Any(p => !frame.Holds(p.Place))) return false;
        var nearest = towns.MinBy(p => WordsBetween(doc, target, p.Start, p.End));
        return nearest is not null && !frame.Holds(nearest.Place);
    }

    /// <summary>
    /// How far a place's mention stands from a target word, in words; a comma, semicolon or colon between them counts
    /// as many words ("seven shot dead at X cockpit, police post bombed in Y": the post is Y's).
    /// </summary>
    private static int WordsBetween(AnnotatedDocument doc, Cue target, int start, int end)
    {
        var (from, to) = end <= target.Start ? (doc.WordAt(end), target.FirstWord) : (target.LastWord + 1, doc.WordAt(start));
        var far = 0;
        for (var w = from; w < to && w < doc.Words.Count; w++) far += doc.Words[w].Key is "," or ";" or ":" ? ClauseWords : 1;
        return far;
    }

    /// <summary>How many words a comma, semicolon or colon between a target word and a town counts for.</summary>
    private const int ClauseWords = 10;

    /// <summary>How many words (a determiner, describing words) may stand between "of" and the target word that owns the head.</summary>
    private const int OwnerReach = 3;

    /// <summary>
    /// The target word heads a phrase whose owner, after "of", is another target word: "a patrol of the state police", "a
    /// convoy of the national guard": the owner says whose it was, and the head's own class (a patrol: military) is not read.
    /// </summary>
    private static bool HeadOfAnother(AnnotatedDocument doc, Cue target)
    {
        var of = target.LastWord + 1;
        if (of >= doc.Words.Count || doc.Words[of].Key != "of") return false;
        var sentenceEnd = doc.SentenceAt(target.Start).End;
        for (var w = of + 1; w < doc.Words.Count && w <= of + 1 + OwnerReach && doc.Words[w].Start < sentenceEnd; w++)
        {
            if (doc.Words[w].Key is "," or ";" or ":" or "and" or "or") return false;
            var word = new TextSpan(doc.Words[w].Start, doc.Words[w].End);
            if (doc.CuesIn(word, CueKind.Target).Any(c => c.FirstWord == w)) return true;
        }
        return false;
    }

    /// <summary>
    /// The target word is the noun a casualty figure counts, between the figure and its casualty word: "Eleven soldiers
    /// died there", "four policemen lost their lives": those who died were the target (attackers' own dead are not).
    /// </summary>
    private static bool CountedVictim(SentenceFacts s, Cue target) =>
        s.Casualties.Any(c => c.Kind is CasualtyMention.Killed or CasualtyMention.Injured or CasualtyMention.Shot
                              && c.Figure.End <= target.Start && target.End < c.Span.End && c.Span.Start <= c.Figure.Start);

    /// <summary>A target word counts when an attack is tied to it: "at an army checkpoint", "targeted a school", "killed five security forces".</summary>
    private bool LinkedTarget(AnnotatedDocument doc, Cue target)
    {
        var sentenceStart = doc.SentenceAt(target.Start).Start;
        var first = doc.WordAt(sentenceStart);
        var armed = target.As<string>() == "armed_group"; // militants are mostly the attackers: only "attacked militants" makes them targets
        if (Speaks(doc, target) || Elsewhere(doc, target) || CareAt(doc, target.FirstWord) || AreaOfPlace(doc, target) || Landmark(doc, target) || NamesSettlement(doc, target)) return false;
        // "gunmen in military uniforms", "revenge for military operations": the word describes something else
        var after = target.LastWord + 1;
        if (after < doc.Words.Count && doc.Words[after].Start - target.End <= 1 && _lexicons.TargetAttributes.Contains(doc.Words[after].Key)) return false;
        if (Responds(doc, target) || Addressed(doc, target, first)) return false;
        if (!armed && (SubjectOfHarm(doc, target) || HarmedAfter(doc, target))) return true;
        // an attack word inside a claim ("claimed the bombing in a statement to reporters") ties nothing by its nearness;
        // a word that ties the attack to its target still does ("claimed the attack on the base")
        var claims = doc.CuesIn(new TextSpan(sentenceStart, target.Start), CueKind.Claim).ToList();
        var comma = false;
        var reach = target.FirstWord - LinkReach;
        for (var w = target.FirstWord - 1; w >= first && w >= reach; w--)
        {
            var key = doc.Words[w].Key;
            if (key is "." or ";" or "said" or "told") return false;
            if (PartOf(doc, w, first)) reach = Math.Min(reach, w - 1 - LinkReach);
            // "was shot by police", "a shootout with soldiers": the side that acted
            if (_lexicons.TargetAgents.Contains(key) && DeterminersOnly(doc, w + 1, target.FirstWord)) return false;
            if (_lexicons.TargetLinks.Contains(key) && !comma && (!armed || key is "against" or "targeting" or "targeted" or "attacked" or "ambushed" or "raided")) return true;
            if (key == ",") comma = true;
            if (armed) continue;
            var at = doc.Words[w].Start;
            if (doc.Within(doc.Cues, new TextSpan(sentenceStart, at + 1), c => c.Start)
                .Any(c => (c.Kind == CueKind.Event && !c.As<EventCue>().Weak || c.Kind == CueKind.Casualty) && c.End > at
                          && !claims.Any(k => k.Start <= c.Start && c.End <= k.End))) return true;
            // a list: "hit a school, a clinic and a water plant"
            if (key is "," or "and" or "or" && w > first
                && doc.CuesIn(new TextSpan(sentenceStart, doc.Words[w - 1].End), CueKind.Target).FirstOrDefault(c => c.End == doc.Words[w - 1].End) is { } previous)
                return LinkedTarget(doc, previous);
        }
        return false;
    }

    /// <summary>How many words before a target word a link, attack or casualty word may stand.</summary>
    private const int LinkReach = 6;

    /// <summary>
    /// The word at <paramref name="of"/> is "of" after a word for a part of a building or a home (target_links.tsv kind
    /// part): the target word after it is what the attack on the part hit, and the link is read back from the part: "men
    /// poured kerosene on the shutters and the door of a tailor's shop", "threw a petrol bomb through the window of the house
    /// of a councillor".
    /// </summary>
    private bool PartOf(AnnotatedDocument doc, int of, int first) =>
        doc.Words[of].Key == "of" && of > first && _lexicons.TargetParts.Contains(doc.Words[of - 1].Key);

    /// <summary>
    /// The target word is who was spoken to: a verb of function_words.tsv kind addressee_verb stands right before it or its
    /// determiners ("the minister told parliament that six people were killed"), so the harm told after it is not its own.
    /// </summary>
    private bool Addressed(AnnotatedDocument doc, Cue target, int first)
    {
        var w = target.FirstWord - 1;
        while (w >= first && _determiners.Contains(doc.Words[w].Key)) w--;
        return w >= first && _addresseeVerbs.Contains(doc.Words[w].Key);
    }

    /// <summary>How many words (forms of "be" or "have", past adverbs) may stand between a target word and its response verb.</summary>
    private const int ResponseReach = 2;

    /// <summary>
    /// The target word is the subject of a verb of target_links.tsv kind response: a force that came or acted after the
    /// attack ("police arrived at the scene", "troops were deployed", "police have launched a manhunt"), not what was hit.
    /// </summary>
    private bool Responds(AnnotatedDocument doc, Cue target)
    {
        var sentenceEnd = doc.SentenceAt(target.Start).End;
        for (var w = target.LastWord + 1; w < doc.Words.Count && w <= target.LastWord + 1 + ResponseReach && doc.Words[w].Start < sentenceEnd; w++)
        {
            var key = doc.Words[w].Key;
            if (_lexicons.TargetResponses.Contains(key)) return true;
            if (!(_beAuxiliaries.Contains(key) || _passiveAdverbs.Contains(key) || key is "have" or "has" or "had")) return false;
        }
        return false;
    }

    /// <summary>
    /// The target word is one word of target_links.tsv kind area right after a place's name: "a bar in Kano
    /// Municipality" names the area the bar is in, not a government building that was hit.
    /// </summary>
    private bool AreaOfPlace(AnnotatedDocument doc, Cue target) =>
        target.FirstWord == target.LastWord && target.FirstWord > 0 && _lexicons.TargetAreas.Contains(doc.Words[target.FirstWord].Key)
        && doc.PlacesIn(new TextSpan(doc.Words[target.FirstWord - 1].Start, doc.Words[target.FirstWord - 1].End)).Any(p => p.End == doc.Words[target.FirstWord - 1].End);

    /// <summary>
    /// The target word is a settlement's common noun before "of" and its name (target_links.tsv kind settlement): it places
    /// the scene, not what was hit: "a bomb went off near the village of Tamba", "on a track between the villages of Tamba
    /// and Koro". A harm word right before it (over its determiners: "gunmen raided the village of Tamba") or a harm told
    /// of it ("the village of Tamba was shelled") still makes it the target.
    /// </summary>
    private bool NamesSettlement(AnnotatedDocument doc, Cue target)
    {
        if (target.FirstWord != target.LastWord || !_lexicons.TargetSettlements.Contains(doc.Words[target.FirstWord].Key)) return false;
        var of = target.LastWord + 1;
        var sentenceEnd = doc.SentenceAt(target.Start).End;
        if (of + 1 >= doc.Words.Count || doc.Words[of + 1].Start >= sentenceEnd || doc.Words[of].Key != "of" || !char.IsUpper(doc.Text[doc.Words[of + 1].Start])) return false;
        var first = doc.WordAt(doc.SentenceAt(target.Start).Start);
        var before = target.FirstWord - 1;
        while (before >= first && _determiners.Contains(doc.Words[before].Key)) before--;
        return !(before >= first && _lexicons.TargetHarms.Contains(doc.Words[before].Key)) && !SubjectOfHarm(doc, target);
    }

    /// <summary>How many words (a determiner, describing words) may stand between a landmark phrase and the target word.</summary>
    private const int LandmarkReach = 3;

    /// <summary>
    /// The target word is a landmark that places the scene, not what was hit: a phrase of target_links.tsv kind
    /// landmark ends within <see cref="LandmarkReach"/> words before it (no comma between) and another target word, or
    /// a noun after its determiner that is no weapon or attack word, stands right before the phrase: "a grenade went off
    /// in a bar close to the central market" (the bar was hit); "a bomb exploded next to the police station" is read.
    /// </summary>
    private bool Landmark(AnnotatedDocument doc, Cue target)
    {
        var first = doc.WordAt(doc.SentenceAt(target.Start).Start);
        for (var w = target.FirstWord - 1; w >= first && w >= target.FirstWord - 1 - LandmarkReach; w--)
        {
            if (doc.Words[w].Key is "," or ";" or ":") return false;
            foreach (var phrase in _lexicons.TargetLandmarks)
            {
                var start = w - phrase.Length + 1;
                if (start <= first || !Enumerable.Range(0, phrase.Length).All(i => doc.Words[start + i].Key == phrase[i])) continue;
                var before = doc.Words[start - 1];
                var word = new TextSpan(before.Start, before.End);
                if (doc.CuesIn(word, CueKind.Target).Any(c => c.End == before.End)) return true;
                // a noun after its determiner that is no weapon or attack word: "in a bar close to", not "a bomb next to"
                return start >= 2 && _determiners.Contains(doc.Words[start - 2].Key)
                       && !doc.CuesIn(word, CueKind.Event).Any() && !doc.CuesIn(word, CueKind.Casualty).Any();
            }
        }
        return false;
    }

    /// <summary>
    /// The words from <paramref name="w"/> back to the sentence's first, nearest first, passing over a day written inside
    /// a phrase and the word that opens it ("died on Tuesday afternoon at" is read as "died at").
    /// </summary>
    private static List<int> WordsBackOverDate(AnnotatedDocument doc, int w, int first)
    {
        var back = new List<int> { w };
        var dates = doc.DatesIn(new TextSpan(doc.Words[first].Start, doc.Words[w].Start)).ToList();
        bool InDate(int v) => dates.Any(d => d.Start <= doc.Words[v].Start && doc.Words[v].End <= d.End);
        for (var v = w - 1; v >= first && back.Count < 4; v--)
        {
            if (InDate(v)) continue;
            // the preposition that opens the day: "on" Tuesday, "last" Sunday is inside it
            if (v + 1 < w && InDate(v + 1) && doc.Words[v].Key is "on" or "in" or "at" && !InDate(v)) continue;
            back.Add(v);
        }
        return back;
    }

    /// <summary>How many words before a target word a phrase of kind elsewhere may end: names may stand between.</summary>
    private const int ElsewhereReach = 8;

    /// <summary>
    /// The target word is where the wounded went or a speaker spoke, not what the attack hit: a phrase of
    /// target_links.tsv kind elsewhere, or a care verb of function_words.tsv and a locative word, ends within the
    /// <see cref="ElsewhereReach"/> words before it ("were taken to Ward Nine General Hospital", "died of his wounds in hospital", "told reporters
    /// outside police headquarters", "airlifted to"), with no comma, attack, casualty or link word between them.
    /// </summary>
    private bool Elsewhere(AnnotatedDocument doc, Cue target) => ElsewhereBefore(doc, target.FirstWord);

    /// <summary>The word at <paramref name="at"/> (a target word or a care noun) follows a phrase that tells where the wounded went: see <see cref="Elsewhere"/>.</summary>
    private bool ElsewhereBefore(AnnotatedDocument doc, int at)
    {
        var first = doc.WordAt(doc.SentenceAt(doc.Words[at].Start).Start);
        for (var w = at - 1; w >= first && w >= at - ElsewhereReach; w--)
        {
            var back = WordsBackOverDate(doc, w, first);
            foreach (var phrase in _lexicons.TargetElsewhere)
                if (phrase.Length <= back.Count && Enumerable.Range(0, phrase.Length).All(i => doc.Words[back[phrase.Length - 1 - i]].Key == phrase[i]))
                    return true;
            var key = doc.Words[w].Key;
            // a care verb of function_words.tsv before a locative word: "hospitalised in", "airlifted to", also with the
            // means of the transfer between them ("transferred by helicopter to")
            if (_locative.Contains(key) && CaredBefore(doc, w, first)) return true;
            if (key is "," or ";" || _lexicons.TargetLinks.Contains(key) || _lexicons.TargetAgents.Contains(key)) return false;
            var word = new TextSpan(doc.Words[w].Start, doc.Words[w].End);
            if (doc.CuesIn(word, CueKind.Event).Any(c => !c.As<EventCue>().Weak) || doc.CuesIn(word, CueKind.Casualty).Any()) return false;
        }
        return false;
    }

    /// <summary>
    /// The target word is described by its harm, in any sentence of the incident: "the slain minister", "the murdered
    /// diplomat", "the kidnapped engineers": a determiner, an attack or casualty word, the target word.
    /// </summary>
    private bool NamedHarmed(AnnotatedDocument doc, Cue target)
    {
        if (target.As<string>() == "armed_group" || target.FirstWord < 2) return false;
        var before = doc.Words[target.FirstWord - 1];
        var harm = doc.CuesIn(new TextSpan(before.Start, before.End), CueKind.Casualty).Concat(doc.CuesIn(new TextSpan(before.Start, before.End), CueKind.Event))
            .FirstOrDefault(c => c.End == before.End && (c.Kind == CueKind.Casualty || !c.As<EventCue>().Vehicle));
        return harm is not null && harm.FirstWord >= 1 && _determiners.Contains(doc.Words[harm.FirstWord - 1].Key);
    }

    /// <summary>Only determiners stand between two words: "by the police", "with police".</summary>
    private bool DeterminersOnly(AnnotatedDocument doc, int from, int to)
    {
        for (var w = from; w < to; w++) if (!_determiners.Contains(doc.Words[w].Key)) return false;
        return true;
    }

    /// <summary>
    /// The target word is the subject of a passive harm: "the mayor was shot", "three farmers were kidnapped",
    /// "the judge, a father of two, was later found murdered", "the guards, who were wounded", "the office was the
    /// target": the first form of "be" within the clause after it is followed (past passive adverbs and determiners)
    /// by an attack or casualty word or a harm word of target_links.tsv.
    /// </summary>
    private bool SubjectOfHarm(AnnotatedDocument doc, Cue target)
    {
        var sentenceEnd = doc.SentenceAt(target.Start).End;
        for (var w = target.LastWord + 1; w < doc.Words.Count && w <= target.LastWord + 8 && doc.Words[w].Start < sentenceEnd; w++)
        {
            var key = doc.Words[w].Key;
            if (key is "." or ";" or "and" || _speechVerbs.Contains(key)) return false;
            if (!_beAuxiliaries.Contains(key)) continue;
            var v = w + 1;
            while (v < doc.Words.Count && (_passiveAdverbs.Contains(doc.Words[v].Key) || _determiners.Contains(doc.Words[v].Key))) v++;
            if (v >= doc.Words.Count || doc.Words[v].Start >= sentenceEnd) return false;
            // "was the main target", "was the intended target": a describing word after the determiner
            if (_determiners.Contains(doc.Words[v - 1].Key) && v + 1 < doc.Words.Count && _lexicons.TargetHarms.Contains(doc.Words[v + 1].Key)) return true;
            var at = new TextSpan(doc.Words[w].Start, doc.Words[v].End);
            return _lexicons.TargetHarms.Contains(doc.Words[v].Key)
                   || doc.Within(doc.Cues, at, c => c.Start).Any(c => c.End >= doc.Words[v].End && (c.Kind == CueKind.Casualty || c.Kind == CueKind.Event && !c.As<EventCue>().Vehicle));
        }
        return false;
    }

    /// <summary>
    /// The target word is followed by a shortened passive of harm: "a police officer wounded in Tuesday's ambush", "one of
    /// the buses set on fire in X", "the clinic hit by the shell": an attack or casualty word starts right after it
    /// (past passive adverbs) and a preposition of its circumstances ("in", "during", "by", "at", "on", "near") right
    /// after that word. "Police killed two gunmen" (an object after the word) is no such phrase.
    /// </summary>
    private bool HarmedAfter(AnnotatedDocument doc, Cue target)
    {
        var sentenceEnd = doc.SentenceAt(target.Start).End;
        var v = target.LastWord + 1;
        while (v < doc.Words.Count && doc.Words[v].Start < sentenceEnd && _passiveAdverbs.Contains(doc.Words[v].Key)) v++;
        if (v >= doc.Words.Count || doc.Words[v].Start >= sentenceEnd) return false;
        var harm = doc.Within(doc.Cues, new TextSpan(doc.Words[v].Start, doc.Words[v].End), c => c.Start)
            .FirstOrDefault(c => c.FirstWord == v && (c.Kind == CueKind.Casualty || c.Kind == CueKind.Event && !c.As<EventCue>().Vehicle && !c.As<EventCue>().Weak));
        // a participle: "wounded", "hurt", "set on fire"; not "killing", "kills" (casualty words before their figure) or "attack"
        if (harm is null || (harm.Kind == CueKind.Casualty ? harm.As<CasualtyCue>().Position == "before"
                                 : !(doc.Words[v].Key.EndsWith("ed", StringComparison.Ordinal) || harm.LastWord > harm.FirstWord))) return false;
        var after = harm.LastWord + 1;
        return after < doc.Words.Count && doc.Words[after].Start < sentenceEnd && doc.Words[after].Key is "in" or "during" or "by" or "at" or "on" or "near";
    }

    /// <summary>A sentence of the frame calls its attack deadly: a fatal word right before an attack word ("a deadly shooting", "the fatal Christmas Day shooting").</summary>
    private bool CalledDeadly(AnnotatedDocument doc, Frame frame)
    {
        foreach (var s in frame.Sentences.Where(s => !s.IsBackground))
            foreach (var e in s.Events)
                for (var w = e.FirstWord - 1; w >= 0 && w >= e.FirstWord - 4 && doc.Words[w].Start >= s.Sentence.Start; w--)
                {
                    if (_fatalWords.Contains(doc.Words[w].Key)) return true;
                    if (!char.IsUpper(doc.Text[doc.Words[w].Start])) break; // only names between ("Christmas Day")
                }
        return false;
    }

    /// <summary>
    /// The target word names who speaks: "police said", "a hospital official told", "the army reported", and one of
    /// two speakers: "police and medics said" (a speech verb right after the word after "and"). The word may head a
    /// longer speaker's name: "the Ministry of Health's emergency service said" (up to <see cref="SpeakerReach"/> words,
    /// past the third only over words that are no link, attack or casualty word).
    /// </summary>
    private bool Speaks(AnnotatedDocument doc, Cue target)
    {
        for (var w = target.LastWord + 1; w < doc.Words.Count && w <= target.LastWord + SpeakerReach; w++)
        {
            var key = doc.Words[w].Key;
            if (_speechVerbs.Contains(key)) return true;
            if (key == "and") return w + 2 < doc.Words.Count && _speechVerbs.Contains(doc.Words[w + 2].Key);
            if (key is "," or "." or ";" or "were" or "was" or "in" or "at") return false;
            if (w <= target.LastWord + 3) continue;
            var word = new TextSpan(doc.Words[w].Start, doc.Words[w].End);
            if (key is "who" or "which" or "that" or "where" || _lexicons.TargetLinks.Contains(key) || _lexicons.TargetAgents.Contains(key)
                || doc.CuesIn(word, CueKind.Event).Any(c => !c.As<EventCue>().Weak) || doc.CuesIn(word, CueKind.Casualty).Any()) return false;
        }
        return false;
    }

    /// <summary>How many words after a target word a speech verb may make it the speaker's name.</summary>
    private const int SpeakerReach = 8;

    /// <summary>
    /// People "shot" are injured only beyond those the article counts as killed: "a man was shot and died" is one
    /// killed, "two were shot, one fatally" one killed and one injured. It stands beside an explicit injury figure
    /// ("Three shot, one dead" and "a man was critically wounded": 2 injured, the higher). So are people taken to
    /// hospital one by one (<paramref name="kind"/> treated): "was taken to a hospital, where he died" is one killed, none injured.
    /// </summary>
    private static CasualtyFigure? ShotButNotKilled(AnnotatedDocument doc, Frame frame, List<CasualtyFigure> killed, string kind)
    {
        var shot = frame.Casualties.Where(c => c.Mention.Kind == kind && c.Mention.Value is not null && (kind != CasualtyMention.Treated || !doc.NumbersIn(c.Mention.Figure).Any()))
            .OrderByDescending(c => c.Mention.Value).ThenBy(c => c.Mention.Span.Start).FirstOrDefault();
        if (shot.Mention is null) return null;
        var dead = killed.Where(k => k.Value is not null).Select(k => k.Value!.Value).DefaultIfEmpty(0).Max();
        var wounded = shot.Mention.Value!.Value - dead;
        if (wounded <= 0) return null;
        return new CasualtyFigure(wounded, shot.Mention.Qualifier, shot.Source, doc.Document.Evidence(CasualtyMention.Injured, shot.Mention.Span), doc.Published);
    }

    /// <summary>
    /// An attacker's death ("then turned the gun on himself") adds one to the victims the article names one by one
    /// ("Roe has died": 1 + 1); a counted toll ("three people are dead") already holds everyone and is left alone.
    /// </summary>
    private static CasualtyFigure? WithAttackerDeath(AnnotatedDocument doc, Frame frame, List<CasualtyFigure> killed)
    {
        var attacker = frame.Casualties.FirstOrDefault(c => c.Mention.Kind == CasualtyMention.PerpetratorKilled);
        if (attacker.Mention is null) return null;
        var victims = frame.Casualties.Where(c => c.Mention.Kind == CasualtyMention.Killed && c.Mention.Value is not null).ToList();
        var counted = victims.Where(c => doc.NumbersIn(c.Mention.Figure).Any()).Select(c => c.Mention.Value!.Value).DefaultIfEmpty(0).Max();
        var named = victims.Where(c => !doc.NumbersIn(c.Mention.Figure).Any()).Select(c => c.Mention.Value!.Value).DefaultIfEmpty(0).Max();
        var all = named + attacker.Mention.Value!.Value;
        if (all <= counted || killed.Any(k => k.Value == all)) return null;
        return new CasualtyFigure(all, Qualifiers.Exact, attacker.Source, doc.Document.Evidence(CasualtyMention.Killed, attacker.Mention.Span), doc.Published);
    }

    /// <summary>
    /// One victim named without a number ("including a woman in critical condition", a caption's "a boy hurt in the
    /// blast") where the article counts more of that kind with a number: one of those counted, no count of one.
    /// Victims beyond those counted ("another man was also killed" read as an addition) and running tolls stay.
    /// </summary>
    private static bool OneOfCounted(AnnotatedDocument doc, CasualtyMention m, IEnumerable<(CasualtyMention Mention, string? Source)> casualties) =>
        m is { Value: 1, Addition: false, Total: false } && !doc.NumbersIn(m.Figure).Any()
        && casualties.Any(c => c.Mention.Kind == m.Kind && c.Mention.Value > 1 && doc.NumbersIn(c.Mention.Figure).Any());

    /// <summary>
    /// "Three people died ... The two children who died were eight", "the deaths of the two civilians": a figure after
    /// "the" names victims already told; after a larger figure of its kind told before it, it is a part of them, no count.
    /// </summary>
    private static bool DefiniteAfterLarger(AnnotatedDocument doc, CasualtyMention m, IEnumerable<(CasualtyMention Mention, string? Source)> casualties)
    {
        if (m is not { Value: { } value, Addition: false, Total: false } || !doc.NumbersIn(m.Figure).Any()) return false;
        var figure = doc.WordAt(m.Figure.Start);
        if (figure < 1 || doc.Words[figure - 1].Key != "the") return false;
        return casualties.Any(c => c.Mention.Kind == m.Kind && c.Mention.Value > value && c.Mention.Span.Start < m.Span.Start && doc.NumbersIn(c.Mention.Figure).Any());
    }

    /// <summary>Two figures with no sentence's end (a full stop or a line break) between them.</summary>
    private static bool InOneSentence(AnnotatedDocument doc, CasualtyMention first, CasualtyMention second) =>
        first.Span.End <= second.Span.Start && doc.Text.AsSpan(first.Span.End, second.Span.Start - first.Span.End).IndexOfAny('.', '\n') < 0;

    private static List<CasualtyFigure> Figures(AnnotatedDocument doc, IEnumerable<(CasualtyMention Mention, string? Source)> casualties, string kind)
    {
        var figures = new List<CasualtyFigure>();
        var added = new Dictionary<CasualtyMention, CasualtyFigure>();
        CasualtyMention? previous = null;
        CasualtyMention? previousDead = null;
        foreach (var (mention, source) in casualties.OrderBy(c => c.Mention.Span.Start))
        {
            var m = mention;
            var summed = false;
            // "killing five people. Three others died later": the others are added to the count right before them when it
            // is of their kind ("one dead and two others hurt" adds nothing), no toll that holds them already and no
            // figure they restate ("two others were wounded ... Two other people were wounded"). Deaths are added to the
            // dead counted last, across a count of the hurt between ("killing five and wounding 12. Two later died": 7)
            var before = m.Kind == CasualtyMention.Killed ? previousDead : previous;
            if (m.Addition && before is { Value: { } count, Total: false } && before.Kind == m.Kind && count != m.Value)
            {
                // "four died on the spot and one succumbed in hospital": the first count is a part of the sum its sentence gives
                if (InOneSentence(doc, before, m) && added.TryGetValue(before, out var part)) figures.Remove(part);
                m = m with { Value = count + m.Value, Qualifier = before.Qualifier == Qualifiers.Exact ? m.Qualifier : before.Qualifier };
                summed = true;
            }
            // "rescuers found eight more bodies" with no count here to add them to, or an addition to a count that holds
            // it already ("the toll rose to 17 ... two died of their injuries overnight"): an increment to a toll, no toll
            else if (m.Addition && (before is { Value: not null } && before.Kind == m.Kind
                                    || doc.WordAt(m.Figure.End) is var next && next < doc.Words.Count && doc.Words[next].Key == "more")) continue;
            previous = m;
            if (m.Kind == CasualtyMention.Killed && m.Value is not null) previousDead = m;
            if (m.Kind != kind) continue;
            if (figures.Any(f => f.Value == m.Value && f.Qualifier == m.Qualifier && f.Source == source)) continue;
            if (OneOfCounted(doc, m, casualties) || DefiniteAfterLarger(doc, m, casualties)) continue;
            var figure = new CasualtyFigure(m.Value, m.Qualifier, source, doc.Document.Evidence(kind, m.Span), doc.Published, Running: m.Total || summed);
            figures.Add(figure);
            added[m] = figure;
        }
        return figures;
    }
}
