using Sitrep.Annotation;
using Sitrep.Annotation.Dates;
using Sitrep.Annotation.Numbers;
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
/// One class in several files, one per stage: IncidentExtractor.Facts.cs (what each sentence tells; the figures
/// themselves are read by <see cref="CasualtyRecognizer"/>), IncidentExtractor.Dates.cs (dates and background),
/// IncidentExtractor.Frames.cs (frames and the assignment of figures), IncidentExtractor.Sections.cs (round-ups told in
/// sections, headings, lists, days and time stamps), IncidentExtractor.Clock.cs (hours and the day they fall on),
/// IncidentExtractor.Waves.cs (coordinated waves, their day and totals), IncidentExtractor.Worth.cs (whether a frame
/// tells the article's own news), IncidentExtractor.Merging.cs (frames of one attack made one),
/// IncidentExtractor.Responsibility.cs (claims, blame, perpetrators), IncidentExtractor.Reports.cs (reconciled
/// reports), IncidentExtractor.Accidents.cs and IncidentExtractor.Drills.cs (what is no attack).
/// </summary>
public sealed partial class IncidentExtractor
{
    private readonly CasualtyRecognizer _casualties;
    private readonly LexiconSet _lexicons;
    private readonly IReadOnlySet<string> _locative;
    private readonly IReadOnlySet<string> _locativePairs;
    private readonly IReadOnlySet<string> _placeNouns;
    private readonly IReadOnlySet<string> _neighbourhoodNouns;
    private readonly IReadOnlySet<string> _divisionNouns;
    private readonly IReadOnlySet<string> _divisionHeadings;
    private readonly IReadOnlySet<string> _unitNouns;
    private readonly IReadOnlySet<string> _clockWords;
    private readonly IReadOnlySet<string> _clockUnits;
    private readonly IReadOnlySet<string> _unitCounts;
    private readonly IReadOnlySet<string> _clockSuffixes;
    private readonly IReadOnlySet<string> _clockLeads;
    private readonly IReadOnlySet<string> _landformNouns;
    private readonly IReadOnlySet<string> _settlementNouns;
    private readonly IReadOnlySet<string> _placeModifiers;
    private readonly IReadOnlySet<string> _siteNouns;
    private readonly IReadOnlySet<string> _strikeVerbs;
    private readonly IReadOnlySet<string> _actorMembers;
    private readonly IReadOnlySet<string> _speechVerbs;
    /// <summary>Words that tell a death came later (function_words.tsv kind later_death: "later", "wounds", "injuries").</summary>
    private readonly IReadOnlySet<string> _laterDeathWords;
    private readonly IReadOnlySet<string> _speechMedia;
    private readonly IReadOnlySet<string> _claimSpeakers;
    private readonly IReadOnlySet<string> _ownForces;
    private readonly IReadOnlySet<string> _speakerRoles;
    private readonly IReadOnlySet<string> _denialVerbs;
    private readonly IReadOnlySet<string> _denialBreaks;
    private readonly IReadOnlySet<string> _defenceVerbs;
    private readonly IReadOnlySet<string> _provocationWords;
    private readonly IReadOnlySet<string> _describedGroups;
    private readonly IReadOnlySet<string> _namedMemberNouns;
    private readonly IReadOnlySet<string> _seriesCounts;
    private readonly IReadOnlySet<string> _seriesNouns;
    private readonly IReadOnlySet<string> _denierPronouns;
    private readonly IReadOnlySet<string> _denierAuxiliaries;
    private readonly IReadOnlySet<string> _denialAdverbs;
    private readonly IReadOnlySet<string> _accusedMarkers;
    private readonly IReadOnlySet<string> _claimNonVerbs;
    private readonly IReadOnlySet<string> _combatVerbs;
    private readonly IReadOnlySet<string> _armedDescriptors;
    private readonly IReadOnlySet<string> _ascribeVerbs;
    private readonly IReadOnlySet<string> _describedGroupModifiers;
    private readonly IReadOnlySet<string> _communiqueNouns;
    private readonly IReadOnlySet<string> _remembrance;
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
    private readonly IReadOnlySet<string> _intentVerbs;
    private readonly IReadOnlySet<string> _blameVerbs;
    /// <summary>Words after which a claim cue names the accused (function_words.tsv accused_opener): "attributed the strike to".</summary>
    private readonly IReadOnlySet<string> _accusedOpenerWords;
    /// <summary>Words and phrases that make a group's claim one of its habit, not of this attack (function_words.tsv habitual_claim).</summary>
    private readonly string[][] _habitualClaims;
    private readonly IReadOnlySet<string> _negations;
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
    private readonly IReadOnlySet<string> _updateWords;
    private readonly IReadOnlySet<string> _remainderWords;
    private readonly IReadOnlySet<string> _remainsNouns;
    private readonly IReadOnlySet<string> _tollRiseFrom;
    private readonly IReadOnlySet<string> _deadWhole;
    private readonly IReadOnlySet<string> _conditionWords;
    private readonly IReadOnlySet<string> _oclockWords;
    private readonly IReadOnlySet<string> _afternoonWords;
    private readonly IReadOnlySet<string> _midnightWords;
    private readonly IReadOnlySet<string> _midnightAfter;
    private readonly IReadOnlySet<string> _midnightBefore;
    private readonly IReadOnlySet<string> _clockFractions;
    private readonly IReadOnlySet<string> _clockTo;
    private readonly IReadOnlySet<string> _clockPast;
    private readonly IReadOnlySet<string> _woundWords;
    private readonly IReadOnlySet<string> _transferVerbs;
    private readonly IReadOnlySet<string> _careSigns;
    private readonly IReadOnlySet<string> _distanceLinks;
    private readonly IReadOnlySet<string> _roadOrigins;
    private readonly IReadOnlySet<string> _originWords;
    private readonly IReadOnlySet<string> _gatheringNouns;
    private readonly IReadOnlySet<string> _gatheringTimes;
    private readonly IReadOnlySet<string> _possessionVerbs;
    private readonly IReadOnlySet<string> _peoplePronouns;
    private readonly IReadOnlySet<string> _seatNouns;
    private readonly IReadOnlySet<string> _officeNouns;
    /// <summary>A province's officer (function_words.tsv kind province_title: "governor", "prefect"): "Governor of X" names the province's seat.</summary>
    private readonly IReadOnlySet<string> _provinceTitles;
    private readonly IReadOnlySet<string> _courtSeats;
    private readonly IReadOnlySet<string> _modalVerbs;
    private readonly IReadOnlySet<string> _peerTitles;
    private readonly IReadOnlySet<string> _distanceUnits;
    private readonly IReadOnlySet<string> _mileUnits;
    private readonly IReadOnlySet<string> _compassStems;
    private readonly IReadOnlySet<string> _distanceHedges;
    private readonly IReadOnlySet<string> _vicinityAsideWords;
    private readonly IReadOnlySet<string> _periodEdges;
    private readonly IReadOnlySet<string> _periodUnits;
    private readonly IReadOnlySet<string> _startVerbs;
    private readonly IReadOnlySet<string> _legalSteps;
    private readonly IReadOnlySet<string> _trialWords;
    private readonly IReadOnlySet<string> _stepObjects;
    private readonly IReadOnlySet<string> _stepLinks;
    private readonly IReadOnlySet<string> _fireNouns;
    private readonly IReadOnlySet<string> _nameConnectors;
    private readonly IReadOnlySet<string> _romanceConnectors;
    private readonly IReadOnlySet<string> _kindleVerbs;
    private readonly IReadOnlySet<string> _infrastructureTargets;
    private readonly IReadOnlySet<string> _fireCompounds;
    private readonly IReadOnlySet<string> _deliberateWords;
    private readonly IReadOnlySet<string> _deliberateDoubts;
    private readonly IReadOnlySet<string> _verbNegations;
    private readonly IReadOnlySet<string> _clauseOpeners;
    private readonly IReadOnlySet<string> _attackSigns;
    private readonly IReadOnlySet<string> _ruleOutVerbs;
    private readonly IReadOnlySet<string> _ruleOutObjects;
    private readonly IReadOnlySet<string> _ruleOutDoubts;
    private readonly IReadOnlySet<string> _linkPending;
    private readonly IReadOnlySet<string> _ruleOutMotives;
    private readonly IReadOnlySet<string> _protestNouns;
    private readonly IReadOnlySet<string> _drillSettings;
    private readonly IReadOnlySet<string> _matchWords;
    private readonly IReadOnlySet<string> _fictionWords;
    private readonly IReadOnlySet<string> _setWeapon;
    private readonly IReadOnlySet<string> _relicLinks;
    private readonly IReadOnlySet<string> _relicFillers;
    private readonly IReadOnlySet<string> _armingWords;
    private readonly IReadOnlySet<string> _armedShares;
    private readonly IReadOnlySet<string> _listedWeaponFillers;
    private readonly IReadOnlySet<string> _beAuxiliaries;
    private readonly IReadOnlySet<string> _clauseLeads;
    private readonly IReadOnlySet<string> _actorModifiers;
    private readonly IReadOnlySet<string> _newsAuxiliaries;
    private readonly IReadOnlySet<string> _passiveAdverbs;
    private readonly IReadOnlySet<string> _determiners;
    private readonly IReadOnlySet<string> _habitualAdverbs;
    private readonly IReadOnlySet<string> _collectiveNouns;
    private readonly IReadOnlySet<string> _relationPrepositions;
    private readonly IReadOnlySet<string> _listOpeners;
    private readonly IReadOnlySet<string> _listJoiners;
    private readonly IReadOnlySet<string> _listItemBreaks;
    private readonly IReadOnlySet<string> _casualtyClauseBreaks;
    private readonly IReadOnlySet<string> _partitiveQuantifiers;
    private readonly IReadOnlySet<string> _victimHeadFollowers;
    private readonly IReadOnlySet<string> _othersPossessives;
    private readonly IReadOnlySet<string> _stretchPrepositions;
    private readonly IReadOnlySet<string> _habitWords;
    private readonly IReadOnlySet<string> _habitVerbs;
    private readonly IReadOnlySet<string> _settingPrepositions;
    private readonly IReadOnlySet<string> _linkWords;
    private readonly IReadOnlySet<string> _responderNouns;
    private readonly IReadOnlySet<string> _subjectAdverbs;
    private readonly IReadOnlySet<string> _beneath;
    private readonly IReadOnlySet<string> _layingVerbs;
    private readonly IReadOnlySet<string> _laidAuxiliaries;
    private readonly IReadOnlySet<string> _laidPlaces;
    private readonly IReadOnlySet<string> _directionWords;
    private readonly IReadOnlySet<string> _roadNouns;
    private readonly IReadOnlySet<string> _journeyVehicles;
    private readonly IReadOnlySet<string> _journeyWords;
    private readonly IReadOnlySet<string> _placingVerbs;
    private readonly IReadOnlySet<string> _clauseConjunctions;
    private readonly IReadOnlySet<string> _spanWords;
    private readonly IReadOnlySet<string> _deathVerbs;
    private readonly IReadOnlySet<string> _laterDeaths;
    private readonly IReadOnlySet<string> _nightWords;
    private readonly IReadOnlySet<string> _eveningWords;
    private readonly IReadOnlySet<string> _releaseVerbs;
    private readonly IReadOnlySet<string> _contactVerbs;
    private readonly IReadOnlySet<string> _releaseNouns;
    private readonly IReadOnlySet<string> _fieldDates;
    private readonly IReadOnlySet<string> _fieldWhens;
    private readonly IReadOnlySet<string> _fieldEvents;
    private readonly IReadOnlySet<string> _presentSpeechVerbs;
    private readonly IReadOnlySet<string> _tallyVerbs;
    private readonly IReadOnlySet<string> _daypartWords;
    private readonly IReadOnlySet<string> _ownDayLinks;
    private readonly IReadOnlySet<string> _proceedingNouns;
    private readonly IReadOnlySet<string> _relativeOpeners;
    private readonly IReadOnlySet<string> _relativePronouns;
    private readonly IReadOnlySet<string> _chargePrepositions;
    private readonly IReadOnlySet<string> _objectPrepositions;
    private readonly IReadOnlySet<string> _countryNouns;
    private readonly IReadOnlySet<string> _stretchClosers;
    private readonly IReadOnlySet<string> _clockHoursWords;
    private readonly IReadOnlySet<string> _sequelOpeners;
    private readonly IReadOnlySet<string> _siteTargets;
    /// <summary>Target classes of places open to the public, whose people harmed there are civilians too (function_words.tsv kind public_site_class).</summary>
    private readonly IReadOnlySet<string> _publicSiteClasses;
    private readonly IReadOnlySet<string> _bareForceSites;
    /// <summary>Words for people that name no class of their own (function_words.tsv kind bare_people): "men".</summary>
    private readonly IReadOnlySet<string> _barePeople;
    /// <summary>Target phrases for goods vehicles (function_words.tsv kind goods_vehicle): "truck", "lorries".</summary>
    private readonly IReadOnlySet<string> _goodsVehicles;
    /// <summary>Words for people who work at or guard a site (function_words.tsv kind site_staff).</summary>
    private readonly IReadOnlySet<string> _siteStaff;
    /// <summary>Words for guards hired to keep a site (function_words.tsv kind hired_guard) and the words before "guard" that make him a state's (kind state_guard_modifier).</summary>
    private readonly IReadOnlySet<string> _hiredGuards;
    /// <summary>Words for one who drives, guards or escorts people taken (function_words.tsv kind escort_victim).</summary>
    private readonly IReadOnlySet<string> _escortVictims;
    private readonly IReadOnlySet<string> _stateGuardModifiers;
    /// <summary>Phrases that place a death at the scene and words that tell it came later (function_words.tsv kinds scene_death, after_scene_death).</summary>
    private readonly IReadOnlySet<string> _sceneDeaths;
    private readonly IReadOnlySet<string> _afterSceneDeaths;
    /// <summary>Words and marks that end a death's clause (function_words.tsv kind death_clause_end).</summary>
    private readonly IReadOnlySet<string> _deathClauseEnds;
    private readonly IReadOnlySet<string> _tradeUtilities;
    private readonly IReadOnlySet<string> _speakingAsides;
    private readonly IReadOnlySet<string> _anyoneNouns;
    /// <summary>"his", "her" (function_words.tsv kind possessive_pronoun): a person named by a relation to another.</summary>
    private readonly IReadOnlySet<string> _possessivePronouns;
    /// <summary>Describing words between an article and a settlement noun after a name (function_words.tsv kind settlement_adjective): "X, a small village".</summary>
    private readonly IReadOnlySet<string> _settlementAdjectives;
    /// <summary>Verbs whose object is who was spoken to (function_words.tsv kind addressee_verb): "told parliament".</summary>
    private readonly IReadOnlySet<string> _addresseeVerbs;
    /// <summary>Words right after a force's noun that are no act of it (function_words.tsv kind responder_break): "police and the gunmen".</summary>
    private readonly IReadOnlySet<string> _responderBreaks;
    private readonly IReadOnlySet<string> _agentModifiers;
    /// <summary>Possessives that may stand between an addressee verb and who was spoken to (function_words.tsv kind addressee_possessive): "tells our reporter".</summary>
    private readonly IReadOnlySet<string> _addresseePossessives;
    private readonly IReadOnlySet<string> _toldDeterminers;
    private readonly IReadOnlySet<string> _pastPointers;
    /// <summary>Words that open a noun phrase on something not told before (function_words.tsv kind indefinite_article): "a".</summary>
    private readonly IReadOnlySet<string> _indefiniteArticles;
    /// <summary>Verbs of a speaker's memory (function_words.tsv kind memory_verb): "we remember 2019, when ...".</summary>
    private readonly IReadOnlySet<string> _memoryVerbs;
    private readonly IReadOnlySet<string> _toldCounts;
    private readonly IReadOnlySet<string> _partsOfTold;
    private readonly IReadOnlySet<string> _victimParts;
    private readonly IReadOnlySet<string> _surgeryVerbs;
    private readonly IReadOnlySet<string> _countJoiners;
    private readonly IReadOnlySet<string> _apartCounts;
    private readonly IReadOnlySet<string> _recentUnits;
    private readonly IReadOnlySet<string> _struckPlaces;
    private readonly IReadOnlySet<string> _placeLabels;
    private readonly IReadOnlySet<string> _claimLabels;
    private readonly IReadOnlySet<string> _tableNo;
    private readonly IReadOnlySet<string> _repeatWords;
    private readonly IReadOnlySet<string> _freshDeterminers;
    private readonly IReadOnlySet<string> _backDeterminers;
    /// <summary>Nouns of a site within a town that end its name (function_words.tsv kind site_name_noun): "X Chowk", "the Y Gate checkpoint".</summary>
    private readonly IReadOnlySet<string> _siteNameNouns;
    /// <summary>Capitalised words that name no site (function_words.tsv kind site_name_stop): "the Police checkpoint".</summary>
    private readonly IReadOnlySet<string> _siteNameStops;
    private readonly IReadOnlySet<string> _deviceNouns;
    private readonly IReadOnlySet<string> _unspentWords;
    private readonly IReadOnlySet<string> _routeNouns;
    private readonly IReadOnlySet<string> _harmClauseOpeners;
    private readonly IReadOnlySet<string> _harmedPronouns;
    private readonly IReadOnlySet<string> _madeNouns;
    private readonly IReadOnlySet<string> _improvisedMarks;
    private readonly IReadOnlySet<string> _deviceCopulas;
    private readonly IReadOnlySet<string> _deviceParts;
    private readonly IReadOnlySet<string> _concealVerbs;
    private readonly IReadOnlySet<string> _concealPrepositions;
    private readonly IReadOnlySet<string> _containerNouns;
    private readonly IReadOnlySet<string> _citedPieces;
    private readonly IReadOnlySet<string> _citedVerbs;
    private readonly IReadOnlySet<string> _correctionWords;
    private readonly IReadOnlySet<string> _retractedDeaths;
    private readonly IReadOnlySet<string> _survivorWounds;
    private readonly IReadOnlySet<string> _earlierFigures;
    private readonly IReadOnlySet<string> _currentFigures;
    private readonly IReadOnlySet<string> _supersededFigures;
    private readonly IReadOnlySet<string> _earlierCounts;
    private readonly IReadOnlySet<string> _rumourTails;
    private readonly IReadOnlySet<string> _rumourFillers;
    private readonly string[][] _dayBackReferences;
    private readonly IReadOnlySet<string> _refutingOpeners;
    private readonly List<string> _refutingVerdicts;
    private readonly IReadOnlySet<string> _occurrenceVerbs;
    private readonly IReadOnlySet<string> _timeLimits;
    private readonly IReadOnlySet<string> _writerNouns;
    private readonly IReadOnlySet<string> _writerVerbs;
    private readonly IReadOnlySet<string> _captionLabels;
    private readonly IReadOnlySet<string> _relativeWords;
    private readonly FollowUpReader _followUps;
    private readonly GroupAliases _groupAliases;
    /// <summary>Number words below 100 and their values ("two" 2, "eleven" 11: numbers.tsv kind unit), for an hour told in words.</summary>
    private readonly IReadOnlyDictionary<string, int> _numberWords;
    /// <summary>The endings glued to a day number ("10th": dates.tsv kind ordinal), lower case.</summary>
    private readonly IReadOnlySet<string> _ordinalSuffixes = DateLexicon.Default.OrdinalSuffixes;

    public IncidentExtractor(CasualtyRecognizer casualties, LexiconSet lexicons, FunctionWords words, FollowUpReader? followUps = null, NumberRecognizer? numbers = null)
    {
        _followUps = followUps ?? FollowUpReader.Default;
        _numberWords = (numbers ?? NumberRecognizer.Default).UnitWords;
        _casualties = casualties;
        _lexicons = lexicons;
        _locative = words.Of(FunctionWords.Locative);
        _locativePairs = words.Of(FunctionWords.LocativePair);
        _placeNouns = words.Of(FunctionWords.PlaceNoun);
        _landformNouns = words.Of(FunctionWords.LandformNoun);
        _settlementNouns = words.Of(FunctionWords.SettlementNoun);
        _placeModifiers = words.Of(FunctionWords.PlaceModifier);
        _siteNouns = words.Of(FunctionWords.SiteNoun);
        _strikeVerbs = words.Of(FunctionWords.StrikeVerb);
        _neighbourhoodNouns = words.Of(FunctionWords.NeighbourhoodNoun);
        _divisionNouns = words.Of(FunctionWords.DivisionNoun);
        _divisionHeadings = words.Of(FunctionWords.DivisionHeading);
        _unitNouns = words.Of(FunctionWords.UnitNoun);
        _clockWords = words.Of(FunctionWords.ClockWord);
        _clockUnits = words.Of(FunctionWords.ClockUnit);
        _unitCounts = words.Of(FunctionWords.UnitCount);
        _clockSuffixes = words.Of(FunctionWords.ClockSuffix);
        _clockLeads = words.Of(FunctionWords.ClockLead);
        _relativeWords = words.Of(FunctionWords.RelativeWord);
        _actorMembers = words.Of(FunctionWords.ActorMember);
        _groupAliases = new GroupAliases(words);
        _speechVerbs = words.Of(FunctionWords.SpeechVerb);
        _laterDeathWords = words.Of(FunctionWords.LaterDeath);
        _speechMedia = words.Of(FunctionWords.SpeechMedium);
        _claimSpeakers = words.Of(FunctionWords.ClaimSpeaker);
        _ownForces = words.Of(FunctionWords.OwnForce);
        _speakerRoles = words.Of(FunctionWords.SpeakerRole);
        _denialVerbs = words.Of(FunctionWords.DenialVerb);
        _denialBreaks = words.Of(FunctionWords.DenialBreak);
        _defenceVerbs = words.Of(FunctionWords.DefenceVerb);
        _provocationWords = words.Of(FunctionWords.ProvocationWord);
        _describedGroups = words.Of(FunctionWords.DescribedGroup);
        _namedMemberNouns = words.Of(FunctionWords.NamedMemberNoun);
        _seriesCounts = words.Of(FunctionWords.SeriesCount);
        _seriesNouns = words.Of(FunctionWords.SeriesNoun);
        _denierPronouns = words.Of(FunctionWords.DenierPronoun);
        _denierAuxiliaries = words.Of(FunctionWords.Auxiliary);
        _denialAdverbs = words.Of(FunctionWords.DenialAdverb);
        _accusedMarkers = words.Of(FunctionWords.AccusedMarker);
        _claimNonVerbs = words.Of(FunctionWords.ClaimNonVerb);
        _combatVerbs = words.Of(FunctionWords.CombatVerb);
        _armedDescriptors = words.Of(FunctionWords.ArmedDescriptor);
        _ascribeVerbs = words.Of(FunctionWords.AscribeVerb);
        _describedGroupModifiers = words.Of(FunctionWords.DescribedGroupModifier);
        _communiqueNouns = words.Of(FunctionWords.CommuniqueNoun);
        _remembrance = words.Of(FunctionWords.Remembrance);
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
        _intentVerbs = words.Of(FunctionWords.IntentVerb);
        _blameVerbs = words.Of(FunctionWords.BlameVerb);
        _accusedOpenerWords = words.Of(FunctionWords.AccusedOpener);
        _habitualClaims = words.Of(FunctionWords.HabitualClaim).Select(p => p.Split(' ')).ToArray();
        _negations = words.Of(FunctionWords.Negation);
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
        _updateWords = words.Of(FunctionWords.UpdateWord);
        _remainderWords = words.Of(FunctionWords.RemainderWord);
        _remainsNouns = words.Of(FunctionWords.RemainsNoun);
        _tollRiseFrom = words.Of(FunctionWords.TollRiseFrom);
        _deadWhole = words.Of(FunctionWords.DeadWhole);
        _conditionWords = words.Of(FunctionWords.ConditionWord);
        _oclockWords = words.Of(FunctionWords.OClockWord);
        _afternoonWords = words.Of(FunctionWords.AfternoonWord);
        _midnightWords = words.Of(FunctionWords.MidnightWord);
        _midnightAfter = words.Of(FunctionWords.MidnightAfter);
        _midnightBefore = words.Of(FunctionWords.MidnightBefore);
        _clockFractions = words.Of(FunctionWords.ClockFraction);
        _clockTo = words.Of(FunctionWords.ClockTo);
        _clockPast = words.Of(FunctionWords.ClockPast);
        _woundWords = words.Of(FunctionWords.WoundWord);
        _transferVerbs = words.Of(FunctionWords.TransferVerb);
        _careSigns = words.Of(FunctionWords.CareSign);
        _distanceLinks = words.Of(FunctionWords.DistanceLink);
        _roadOrigins = words.Of(FunctionWords.RoadOrigin);
        _originWords = words.Of(FunctionWords.OriginWord);
        _gatheringNouns = words.Of(FunctionWords.GatheringNoun);
        _gatheringTimes = words.Of(FunctionWords.GatheringTime);
        _possessionVerbs = words.Of(FunctionWords.PossessionVerb);
        _peoplePronouns = words.Of(FunctionWords.PeoplePronoun);
        _seatNouns = words.Of(FunctionWords.SeatNoun);
        _officeNouns = words.Of(FunctionWords.OfficeNoun);
        _provinceTitles = words.Of(FunctionWords.ProvinceTitle);
        _courtSeats = words.Of(FunctionWords.CourtSeat);
        _modalVerbs = words.Of(FunctionWords.ModalVerb);
        _peerTitles = words.Of(FunctionWords.PeerTitle);
        _distanceUnits = words.Of(FunctionWords.DistanceUnit);
        _mileUnits = words.Of(FunctionWords.MileUnit);
        _compassStems = words.Of(FunctionWords.CompassStem);
        _distanceHedges = words.Of(FunctionWords.DistanceHedge);
        _vicinityAsideWords = words.Of(FunctionWords.VicinityAsideWord);
        _periodEdges = words.Of(FunctionWords.PeriodEdge);
        _periodUnits = words.Of(FunctionWords.PeriodUnit);
        _startVerbs = words.Of(FunctionWords.StartVerb);
        _legalSteps = words.Of(FunctionWords.LegalStep);
        _trialWords = words.Of(FunctionWords.TrialWord);
        _stepObjects = words.Of(FunctionWords.StepObject);
        _stepLinks = words.Of(FunctionWords.StepLink);
        _fireNouns = words.Of(FunctionWords.FireNoun);
        _nameConnectors = words.Of(FunctionWords.NameConnector);
        _romanceConnectors = words.Of(FunctionWords.RomanceConnector);
        _kindleVerbs = words.Of(FunctionWords.KindleVerb);
        _infrastructureTargets = words.Of(FunctionWords.InfrastructureTarget);
        _fireCompounds = words.Of(FunctionWords.FireCompound);
        _deliberateWords = words.Of(FunctionWords.DeliberateWord);
        _deliberateDoubts = words.Of(FunctionWords.DeliberateDoubt);
        _verbNegations = words.Of(FunctionWords.VerbNegation);
        _clauseOpeners = words.Of(FunctionWords.ClauseOpener);
        _attackSigns = words.Of(FunctionWords.AttackSign);
        _ruleOutVerbs = words.Of(FunctionWords.RuleOutVerb);
        _ruleOutObjects = words.Of(FunctionWords.RuleOutObject);
        _ruleOutDoubts = words.Of(FunctionWords.RuleOutDoubt);
        _linkPending = words.Of(FunctionWords.LinkPending);
        _ruleOutMotives = words.Of(FunctionWords.RuleOutMotive);
        _protestNouns = words.Of(FunctionWords.ProtestNoun);
        _drillSettings = words.Of(FunctionWords.DrillSetting);
        _matchWords = words.Of(FunctionWords.MatchWord);
        _fictionWords = words.Of(FunctionWords.FictionWord);
        _setWeapon = words.Of(FunctionWords.SetWeapon);
        _relicLinks = words.Of(FunctionWords.RelicLink);
        _relicFillers = words.Of(FunctionWords.RelicFiller);
        _armingWords = words.Of(FunctionWords.ArmingWord);
        _armedShares = words.Of(FunctionWords.ArmedShare);
        _listedWeaponFillers = words.Of(FunctionWords.ListedWeaponFiller);
        _beAuxiliaries = words.Of(FunctionWords.BeAuxiliary);
        _newsAuxiliaries = words.Of(FunctionWords.NewsAuxiliary);
        _clauseLeads = words.Of(FunctionWords.ClauseLead);
        _actorModifiers = words.Of(FunctionWords.ActorModifier);
        _passiveAdverbs = words.Of(FunctionWords.PassiveAdverb);
        _determiners = words.Of(FunctionWords.VictimDeterminer);
        _habitualAdverbs = words.Of(FunctionWords.HabitualAdverb);
        _collectiveNouns = words.Of(FunctionWords.CollectiveNoun);
        _relationPrepositions = words.Of(FunctionWords.RelationPreposition);
        _listOpeners = words.Of(FunctionWords.ListOpener);
        _listJoiners = words.Of(FunctionWords.ListJoiner);
        _listItemBreaks = words.Of(FunctionWords.ListItemBreak);
        _casualtyClauseBreaks = words.Of(FunctionWords.CasualtyClauseBreak);
        _partitiveQuantifiers = words.Of(FunctionWords.PartitiveQuantifier);
        _victimHeadFollowers = words.Of(FunctionWords.VictimHeadFollower);
        _othersPossessives = words.Of(FunctionWords.OthersPossessive);
        _stretchPrepositions = words.Of(FunctionWords.StretchPreposition);
        _habitWords = words.Of(FunctionWords.HabitWord);
        _habitVerbs = words.Of(FunctionWords.HabitVerb);
        _settingPrepositions = words.Of(FunctionWords.SettingPreposition);
        _beneath = words.Of(FunctionWords.Beneath);
        _layingVerbs = words.Of(FunctionWords.LayingVerb);
        _laidAuxiliaries = words.Of(FunctionWords.LaidAuxiliary);
        _laidPlaces = words.Of(FunctionWords.LaidPlace);
        _linkWords = words.Of(FunctionWords.LinkWord);
        _responderNouns = words.Of(FunctionWords.ResponderNoun);
        _subjectAdverbs = words.Of(FunctionWords.SubjectAdverb);
        _directionWords = words.Of(FunctionWords.DirectionWord);
        _roadNouns = words.Of(FunctionWords.RoadNoun);
        _journeyVehicles = words.Of(FunctionWords.JourneyVehicle);
        _journeyWords = words.Of(FunctionWords.JourneyWord);
        _placingVerbs = words.Of(FunctionWords.PlacingVerb);
        _clauseConjunctions = words.Of(FunctionWords.ClauseConjunction);
        _spanWords = words.Of(FunctionWords.SpanWord);
        _deathVerbs = words.Of(FunctionWords.DeathVerb);
        _laterDeaths = words.Of(FunctionWords.LaterDeath);
        _nightWords = words.Of(FunctionWords.NightWord);
        _eveningWords = words.Of(FunctionWords.EveningWord);
        _releaseVerbs = words.Of(FunctionWords.ReleaseVerb);
        _contactVerbs = words.Of(FunctionWords.ContactVerb);
        _releaseNouns = words.Of(FunctionWords.ReleaseNoun);
        _fieldDates = words.Of(FunctionWords.FieldDate);
        _fieldEvents = words.Of(FunctionWords.FieldEvent);
        _fieldWhens = words.Of(FunctionWords.FieldWhen);
        _presentSpeechVerbs = words.Of(FunctionWords.PresentSpeechVerb);
        _tallyVerbs = words.Of(FunctionWords.TallyVerb);
        _daypartWords = words.Of(FunctionWords.DaypartWord);
        _ownDayLinks = words.Of(FunctionWords.OwnDayLink);
        _proceedingNouns = words.Of(FunctionWords.ProceedingNoun);
        _relativeOpeners = words.Of(FunctionWords.RelativeOpener);
        _relativePronouns = words.Of(FunctionWords.RelativePronoun);
        _chargePrepositions = words.Of(FunctionWords.ChargePreposition);
        _objectPrepositions = words.Of(FunctionWords.ObjectPreposition);
        _countryNouns = words.Of(FunctionWords.CountryNoun);
        _stretchClosers = words.Of(FunctionWords.StretchCloser);
        _clockHoursWords = words.Of(FunctionWords.ClockHoursWord);
        _sequelOpeners = words.Of(FunctionWords.SequelOpener);
        _siteTargets = words.Of(FunctionWords.SiteTarget);
        _publicSiteClasses = words.Of(FunctionWords.PublicSiteClass);
        _bareForceSites = words.Of(FunctionWords.BareForceSite);
        _barePeople = words.Of(FunctionWords.BarePeople);
        _goodsVehicles = words.Of(FunctionWords.GoodsVehicle);
        _siteStaff = words.Of(FunctionWords.SiteStaff);
        _hiredGuards = words.Of(FunctionWords.HiredGuard);
        _escortVictims = words.Of(FunctionWords.EscortVictim);
        _stateGuardModifiers = words.Of(FunctionWords.StateGuardModifier);
        _sceneDeaths = words.Of(FunctionWords.SceneDeath);
        _afterSceneDeaths = words.Of(FunctionWords.AfterSceneDeath);
        _deathClauseEnds = words.Of(FunctionWords.DeathClauseEnd);
        _tradeUtilities = words.Of(FunctionWords.TradeUtility);
        _speakingAsides = words.Of(FunctionWords.SpeakingAside);
        _anyoneNouns = words.Of(FunctionWords.AnyoneNoun);
        _possessivePronouns = words.Of(FunctionWords.PossessivePronoun);
        _settlementAdjectives = words.Of(FunctionWords.SettlementAdjective);
        _addresseeVerbs = words.Of(FunctionWords.AddresseeVerb);
        _responderBreaks = words.Of(FunctionWords.ResponderBreak);
        _agentModifiers = words.Of(FunctionWords.AgentModifier);
        _addresseePossessives = words.Of(FunctionWords.AddresseePossessive);
        _toldDeterminers = words.Of(FunctionWords.ToldDeterminer);
        _pastPointers = words.Of(FunctionWords.PastPointer);
        _indefiniteArticles = words.Of(FunctionWords.IndefiniteArticle);
        _memoryVerbs = words.Of(FunctionWords.MemoryVerb);
        _toldCounts = words.Of(FunctionWords.ToldCount);
        _partsOfTold = words.Of(FunctionWords.PartOfTold);
        _victimParts = words.Of(FunctionWords.AppositionPart);
        _surgeryVerbs = words.Of(FunctionWords.SurgeryVerb);
        _countJoiners = words.Of(FunctionWords.CountJoiner);
        _apartCounts = words.Of(FunctionWords.ApartCount);
        _recentUnits = words.Of(FunctionWords.RecentUnit);
        _struckPlaces = words.Of(FunctionWords.StruckPlace);
        _placeLabels = words.Of(FunctionWords.PlaceLabel);
        _claimLabels = words.Of(FunctionWords.ClaimLabel);
        _tableNo = words.Of(FunctionWords.TableNo);
        _repeatWords = words.Of(FunctionWords.RepeatWord);
        _freshDeterminers = words.Of(FunctionWords.FreshDeterminer);
        _backDeterminers = words.Of(FunctionWords.BackDeterminer);
        _siteNameNouns = words.Of(FunctionWords.SiteNameNoun);
        _siteNameStops = words.Of(FunctionWords.SiteNameStop);
        _deviceNouns = words.Of(FunctionWords.DeviceNoun);
        _unspentWords = words.Of(FunctionWords.UnspentWord);
        _routeNouns = words.Of(FunctionWords.RouteNoun);
        _harmClauseOpeners = words.Of(FunctionWords.HarmClauseOpener);
        _harmedPronouns = words.Of(FunctionWords.HarmedPronoun);
        _madeNouns = words.Of(FunctionWords.MadeNoun);
        _improvisedMarks = words.Of(FunctionWords.ImprovisedMark);
        _deviceCopulas = words.Of(FunctionWords.DeviceCopula);
        _deviceParts = words.Of(FunctionWords.DevicePart);
        _concealVerbs = words.Of(FunctionWords.ConcealVerb);
        _concealPrepositions = words.Of(FunctionWords.ConcealPreposition);
        _containerNouns = words.Of(FunctionWords.ContainerNoun);
        _citedPieces = words.Of(FunctionWords.CitedPiece);
        _citedVerbs = words.Of(FunctionWords.CitedVerb);
        _correctionWords = words.Of(FunctionWords.CorrectionWord);
        _earlierFigures = words.Of(FunctionWords.EarlierFigure);
        _currentFigures = words.Of(FunctionWords.CurrentFigure);
        _supersededFigures = words.Of(FunctionWords.SupersededFigure);
        _earlierCounts = words.Of(FunctionWords.EarlierCount);
        _retractedDeaths = words.Of(FunctionWords.RetractedDeath);
        _survivorWounds = words.Of(FunctionWords.SurvivorWound);
        _rumourFillers = words.Of(FunctionWords.RumourFiller);
        _rumourTails = words.Of(FunctionWords.RumourTail);
        _dayBackReferences = words.Of(FunctionWords.DayBackReference).Select(p => p.Split(' ')).ToArray();
        _refutingOpeners = words.Of(FunctionWords.RefutingOpener);
        _refutingVerdicts = words.Of(FunctionWords.RefutingVerdict).Select(v => " " + v + " ").ToList();
        _occurrenceVerbs = words.Of(FunctionWords.OccurrenceVerb);
        _timeLimits = words.Of(FunctionWords.TimeLimit);
        _writerNouns = words.Of(FunctionWords.WriterNoun);
        _writerVerbs = words.Of(FunctionWords.WriterVerb);
        _captionLabels = words.Of(FunctionWords.CaptionLabel);
    }

    public static IncidentExtractor Default { get; } = new(CasualtyRecognizer.Default, LexiconSet.Default, FunctionWords.Default);

    public ArticleReading Extract(AnnotatedDocument doc)
    {
        var facts = doc.Sentences.SelectMany(s => Clauses(doc, s)).Select(s => Gather(doc, s)).ToList();
        facts = WithoutWithdrawnPlaces(doc, facts);
        facts = WithoutRefutedBefore(doc, facts);
        // passages that tell no attack, in this order: accidents, finds, bombs of old wars, drills, match reports, fiction
        facts = WithoutAccidents(doc, facts);
        facts = WithoutAccidentPassages(doc, facts);
        facts = WithoutFinds(doc, facts);
        facts = WithoutRelics(doc, facts);
        facts = WithoutDrills(doc, facts);
        facts = WithoutMatchReport(doc, facts);
        facts = WithoutFiction(doc, facts);
        facts = WithClaimantSources(doc, facts);
        facts = WithDaysReferredBack(doc, facts);
        var story = StoryDate(doc, facts);
        if (Trace) Console.Error.WriteLine($"  story date: {story?.Value} ({story?.Precision}{(story is { CountedBack: true } ? ", counted back" : "")})");
        facts = facts.Select(f => MarkBackground(doc, f, story)).ToList();
        facts = WithOlderListApart(doc, WithEntriesTogether(doc, WithLabelledBlocks(doc, WithNumberedSections(doc, facts))));
        facts = WithPastPassages(doc, facts);

        if (Trace) foreach (var f in facts) Console.Error.WriteLine(Describe(doc, f));
        var reading = Read(doc, facts, story, followUpDate: null);
        // an arrest, a trial, a funeral: when the article reports no attack of its own, the attack it follows up is its
        // subject, on the date the article gives it
        if (reading.Reports.Count == 0 && _followUps.Reread(doc, facts) is { } followUp)
        {
            if (Trace) Console.Error.WriteLine("  follow-up reading:");
            var followed = Read(doc, followUp.Facts, story: null, FollowedUpDay(doc, facts, followUp.Facts, followUp.Date), followUp: true);
            if (followed.Reports.Count > 0) reading = followed;
        }
        else if (reading.Reports.Count > 0) reading = DatedAsRemembered(doc, facts, story, DatedAsFollowedUp(doc, facts, story, reading));
        reading = WithCorrectedDates(facts, WithWithdrawnFigures(doc, facts, WithPastAttacks(doc, facts, reading)));
        return reading.Reports.Count == 0 ? CorrectionItems(doc, facts, reading) : reading;
    }

    /// <summary>
    /// The day a follow-up's attack is dated by: the first date of its reread sentences (FollowUpReader), but not the day
    /// of the step itself ("a court on Tuesday sentenced a man for the bombing of a bar in March 2024": March 2024, not
    /// Tuesday; <see cref="DatesLegalStep"/>), when the sentences give another.
    /// </summary>
    private DateMention? FollowedUpDay(AnnotatedDocument doc, List<SentenceFacts> facts, List<SentenceFacts> reread, DateMention? first)
    {
        if (first is null) return null;
        var own = reread.Where((f, i) => !ReferenceEquals(f, facts[i]))
            .SelectMany(f => f.Dates.Where(d => !d.Since).Select(d => (Facts: f, Day: d))).ToList();
        if (own.Count == 0 || !own.Any(o => o.Day == first && DatesLegalStep(doc, o.Facts, o.Day))) return first;
        return own.FirstOrDefault(o => !DatesLegalStep(doc, o.Facts, o.Day)).Day ?? first;
    }

    /// <summary>
    /// A correction's figures ("An earlier version of this story said four children were killed", background.tsv kind
    /// withdrawn; "we earlier reported 12 dead; police now say 8", <see cref="CorrectedFigures"/>) and a refuted
    /// sentence's are no report of their sentence; they are kept on the article's main report (its first that is no
    /// background) marked <see cref="CasualtyFigure.Withdrawn"/>, so that the incident's estimate skips them and the same
    /// value that other reports of the incident gave before the correction (see <see cref="Linking.CasualtyReconciler"/>).
    /// A value the correction gives another figure for is withdrawn wherever the article's own news gives it
    /// (<see cref="WithCorrectedValuesWithdrawn"/>).
    /// </summary>
    private ArticleReading WithWithdrawnFigures(AnnotatedDocument doc, List<SentenceFacts> facts, ArticleReading reading)
    {
        reading = WithRumouredFigures(doc, facts, WithRefutedValuesWithdrawn(doc, facts, WithRetractedDeaths(doc, facts, WithCorrectedValuesWithdrawn(doc, facts, reading))));
        var main = reading.Reports.FirstOrDefault(r => !r.Background);
        if (main is null) return reading;
        var withdrawn = RefutedSentences(doc, facts)
            .SelectMany(f => _casualties.Recognize(doc, f.Sentence, headline: f.IsTitle).Select(m => (Mention: m, f.Source)))
            .Concat(facts.SelectMany(f => f.WithdrawnCasualties.Select(m => (Mention: m, f.Source))))
            .Where(c => c.Mention.Value is not null).ToList();
        if (withdrawn.Count == 0) return reading;
        var killed = Figures(doc, withdrawn, CasualtyMention.Killed).Select(k => k with { Withdrawn = true });
        var injured = Figures(doc, withdrawn, CasualtyMention.Injured).Select(k => k with { Withdrawn = true });
        var marked = main with { Killed = main.Killed.Concat(killed).ToList(), Injured = main.Injured.Concat(injured).ToList() };
        return reading with { Reports = reading.Reports.Select(r => ReferenceEquals(r, main) ? marked : r).ToList() };
    }

    /// <summary>
    /// The article denies a day the attack was given ("the blast did not occur at 10 p.m. on Sunday, as first
    /// reported"; <see cref="SentenceFacts.DeniedDates"/>): each report of its own dated otherwise corrects that day
    /// (<see cref="IncidentReport.CorrectsDate"/>), and its date wins when reports of the incident disagree.
    /// </summary>
    private static ArticleReading WithCorrectedDates(List<SentenceFacts> facts, ArticleReading reading)
    {
        var denied = facts.Where(f => !f.IsBackground).SelectMany(f => f.DeniedDates).Select(d => d.Value).ToHashSet();
        if (denied.Count == 0) return reading;
        return reading with
        {
            Reports = reading.Reports.Select(r => !r.Background && r.Date is not null && !denied.Contains(r.Date) ? r with { CorrectsDate = true } : r).ToList()
        };
    }

    /// <summary>
    /// A figure passed on as hearsay (background.tsv kind rumoured right before it, only filler words between,
    /// function_words.tsv kind rumour_filler: "heard 5 dead", "people are saying ten were killed", "unconfirmed reports
    /// of 12 dead") is marked <see cref="CasualtyFigure.Rumoured"/>: it stays a report, but the incident's estimate
    /// takes it only when no other figure of its kind was given (see <see cref="Linking.CasualtyReconciler"/>).
    /// </summary>
    private ArticleReading WithRumouredFigures(AnnotatedDocument doc, List<SentenceFacts> facts, ArticleReading reading)
    {
        var rumoured = new List<TextSpan>();
        foreach (var f in facts)
        {
            if (!doc.CuesIn(f.Sentence.Span, CueKind.Background).Any(b => b.As<string>() == "rumoured")) continue;
            foreach (var m in _casualties.Recognize(doc, f.Sentence, headline: f.IsTitle))
                if (Hearsay(doc, m)) rumoured.Add(m.Span);
        }
        if (rumoured.Count == 0) return reading;
        var spans = rumoured.Select(doc.Document.ToOriginal).ToList();
        List<CasualtyFigure> Marked(IReadOnlyList<CasualtyFigure> figures) =>
            figures.Select(x => x.Evidence.Document == doc.Document.Id && spans.Any(o => o.Start < x.Evidence.End && x.Evidence.Start < o.End) ? x with { Rumoured = true } : x).ToList();
        return reading with { Reports = reading.Reports.Select(r => r with { Killed = Marked(r.Killed), Injured = Marked(r.Injured) }).ToList() };
    }

    /// <summary>
    /// The figure is passed on as hearsay: a cue of background.tsv kind rumoured in its sentence stands right before it
    /// (<see cref="HearsayBefore"/>) or closes its clause (<see cref="HearsayAfter"/>).
    /// </summary>
    private bool Hearsay(AnnotatedDocument doc, CasualtyMention m) =>
        doc.CuesIn(doc.SentenceAt(m.Span.Start).Span, CueKind.Background)
            .Any(c => c.As<string>() == "rumoured" && (HearsayBefore(doc, c, m.Span.Start) || HearsayAfter(doc, c, m.Span.End)));

    /// <summary>
    /// "Two guards dead, that is what people are saying": the hearsay cue closes the clause of the figure that ends at
    /// <paramref name="position"/>, after a comma and at most words that point back to it (function_words.tsv kind
    /// rumour_tail: "that is what", "or so"). A cue further on ("Two guards died and people are saying the gate was
    /// open") passes on something else.
    /// </summary>
    private bool HearsayAfter(AnnotatedDocument doc, Cue cue, int position)
    {
        if (cue.Start < position) return false;
        var words = doc.Words;
        var w = doc.WordAt(position);
        if (w < words.Count && words[w].Start < position) w++;
        if (w >= cue.FirstWord || words[w].Key != ",") return false;
        return w + 1 == cue.FirstWord || PhraseEnd(doc, w + 1, cue.FirstWord, _rumourTails) == cue.FirstWord - 1;
    }

    /// <summary>
    /// The hearsay cue stands before <paramref name="position"/> with only filler words between (function_words.tsv
    /// kind rumour_filler: "heard that maybe 5 ..."; a comma or colon right after the cue): "heard the blast that killed
    /// five" passes on no rumoured toll.
    /// </summary>
    private bool HearsayBefore(AnnotatedDocument doc, Cue cue, int position)
    {
        if (cue.End > position) return false;
        var words = doc.Words;
        for (var w = cue.LastWord + 1; w < words.Count && words[w].Start < position; w++)
        {
            var key = words[w].Key;
            if (w == cue.LastWord + 1 && key is "," or ":") continue;
            if (!_rumourFillers.Contains(key)) return false;
        }
        return true;
    }

    /// <summary>
    /// The values a sentence of the article says are out of date (function_words.tsv kind superseded_figure: "The tolls
    /// we posted this morning (6, then 9) are now out of date", "DO NOT USE "THREE DEAD" / "EIGHTEEN"", "listed 3 dead
    /// and 4 hurt, accurate at the time but outdated now"): each number of the sentence (no date, no clock
    /// time) that the article's own news gives as a figure of a kind, when another figure of that kind, of a value the
    /// sentence does not name, stands beside it (the newer count that replaced it). A value with no other figure of its
    /// kind stays: the article has nothing newer to give.
    /// </summary>
    private HashSet<(string Kind, int Value)> SupersededValues(AnnotatedDocument doc, List<SentenceFacts> facts, ArticleReading reading)
    {
        var result = new HashSet<(string Kind, int Value)>();
        foreach (var f in facts)
        {
            var first = doc.WordAt(f.Sentence.Start);
            var end = Math.Min(doc.WordAt(f.Sentence.End), doc.Words.Count);
            var says = false;
            for (var w = first; w < end && !says; w++) says = PhraseEnd(doc, w, end, _supersededFigures) >= 0;
            if (!says) continue;
            // "The tolls we posted this morning (6, then 9)\nare now out of date.": a hard-wrapped line may have cut the
            // sentence; the sentence right before (no blank line between) that ends on no full stop is its opening
            var span = f.Sentence.Span;
            if (f.Sentence.Index > 0 && doc.Sentences[f.Sentence.Index - 1] is var before && before.End <= f.Sentence.Start
                && !doc.Text[before.End..f.Sentence.Start].Contains("\n\n", StringComparison.Ordinal)
                && doc.Text[before.Start..before.End].TrimEnd() is { Length: > 0 } opening && opening[^1] is not ('.' or '!' or '?' or ':'))
                span = new TextSpan(before.Start, f.Sentence.End);
            var dates = doc.DatesIn(span).ToList();
            var values = doc.NumbersIn(span)
                .Where(n => n.Value is > 0 and <= CasualtyRecognizer.MaxSingleAttackToll && !dates.Any(d => d.Start < n.End && n.Start < d.End) && !IsClockPart(doc, n))
                .Select(n => n.Value!.Value).ToHashSet();
            if (values.Count == 0) continue;
            foreach (var kind in new[] { CasualtyMention.Killed, CasualtyMention.Injured })
            {
                var figures = reading.Reports.Where(r => !r.Background).SelectMany(r => kind == CasualtyMention.Killed ? r.Killed : r.Injured)
                    .Where(x => x.Value is not null && !x.Withdrawn && x.Evidence.Document == doc.Document.Id).ToList();
                if (!figures.Any(x => !values.Contains(x.Value!.Value))) continue;
                foreach (var v in values.Where(v => figures.Any(x => x.Value == v))) result.Add((kind, v));
            }
            if (Trace && result.Count > 0) Console.Error.WriteLine($"  superseded figures: {string.Join(", ", result.Select(r => $"{r.Kind}:{r.Value}"))}");
        }
        return result;
    }

    /// <summary>The number is part of a clock time ("17:40", "6:15"): a colon joins it to another number.</summary>
    private static bool IsClockPart(AnnotatedDocument doc, NumberMention n) =>
        n.Start > 0 && doc.Text[n.Start - 1] == ':' && n.Start > 1 && char.IsDigit(doc.Text[n.Start - 2])
        || n.End < doc.Text.Length - 1 && doc.Text[n.End] == ':' && char.IsDigit(doc.Text[n.End + 1]);

    /// <summary>
    /// A value a correction in the article gives another figure for ("Correction: we earlier reported 12 dead, citing a
    /// hospital source; police now say 8", <see cref="SentenceFacts.CorrectedValues"/>) is withdrawn from the figures of the
    /// article's own news wherever they give it: a live blog keeps its earlier entries ("09:05 Hospital source: at least
    /// 12 dead") on the page, above the correction or below it. The figure given now may stand in the next sentence of
    /// the correction's paragraph ("Correction: we earlier reported 12 dead. Police now say eight were killed."). The
    /// reports of earlier attacks keep theirs. A report that had the withdrawn value gets the figure given now when its
    /// own figures lack it (a lone "ONE dead" read as one of the two counted before).
    /// </summary>
    private ArticleReading WithCorrectedValuesWithdrawn(AnnotatedDocument doc, List<SentenceFacts> facts, ArticleReading reading)
    {
        var corrected = facts.SelectMany(f => f.CorrectedValues).ToHashSet();
        corrected.UnionWith(SupersededValues(doc, facts, reading));
        // the figures the correction gives now, that stand: "police now say 8", "the figure is ONE dead"
        var given = facts.Where(f => f.CorrectedValues.Count > 0)
            .SelectMany(f => f.Casualties.Where(c => c.Value is { } v && f.CorrectedValues.Any(k => k.Kind == c.Kind && k.Value != v)).Select(c => (Mention: c, f.Source)))
            .ToList();
        // "Correction: we earlier reported 12 dead. Police now say eight people were killed.": the figure given now may
        // stand in the next sentence of the correction's paragraph
        for (var i = 0; i + 1 < facts.Count; i++)
        {
            var (f, next) = (facts[i], facts[i + 1]);
            if (f.WithdrawnCasualties.Count == 0 || next.Sentence.Paragraph != f.Sentence.Paragraph) continue;
            foreach (var m in f.WithdrawnCasualties)
            {
                if (m.Value is not { } v) continue;
                var now = next.Casualties.Where(c => c.Kind == m.Kind && c.Value is not null && c.Value != v).ToList();
                if (now.Count == 0) continue;
                corrected.Add((m.Kind, v));
                given.AddRange(now.Select(c => (Mention: c, next.Source)));
            }
        }
        if (corrected.Count == 0) return reading;
        List<CasualtyFigure> Marked(IEnumerable<CasualtyFigure> figures, string kind) =>
            figures.Select(f => f.Value is { } v && f.Evidence.Document == doc.Document.Id && corrected.Contains((kind, v)) ? f with { Withdrawn = true } : f).ToList();
        // a report whose figure the correction withdrew keeps the figure given now, even where it was read as one of the
        // victims the withdrawn figure counted ("two people dead ... the figure is ONE dead": one, no part of two)
        List<CasualtyFigure> WithGiven(List<CasualtyFigure> figures, string kind)
        {
            if (!figures.Any(f => f.Withdrawn && f.Value is { } v && corrected.Contains((kind, v)))) return figures;
            foreach (var (m, source) in given.Where(g => g.Mention.Kind == kind).DistinctBy(g => g.Mention.Value))
                if (!figures.Any(f => !f.Withdrawn && f.Value == m.Value))
                    figures.Add(new CasualtyFigure(m.Value, m.Qualifier, source, doc.Document.Evidence(kind, m.Span), doc.Published));
            return figures;
        }
        return reading with
        {
            Reports = reading.Reports.Select(r => r.Background ? r : r with
            {
                Killed = WithGiven(Marked(r.Killed, CasualtyMention.Killed), CasualtyMention.Killed),
                Injured = WithGiven(Marked(r.Injured, CasualtyMention.Injured), CasualtyMention.Injured),
            }).ToList()
        };
    }

    /// <summary>
    /// The sentences whose figures the article calls false: a verdict's own sentence (background.tsv kind refuted: "the
    /// claim that 30 died is untrue"), and the sentence right before a verdict (kind refuted, or function_words.tsv kind
    /// refuting_verdict: "was wrong") that gives no figure of its own and opens on a word pointing back (function_words.tsv
    /// kind refuting_opener): "A second message said "two drivers killed".
    /// That is not right."; "The post claims "more than twenty" were killed. This figure is not supported by any count."
    /// </summary>
    private IEnumerable<SentenceFacts> RefutedSentences(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var back = RefutedBefore(doc, facts).ToHashSet();
        return facts.Where((f, i) => Refutes(doc, f.Sentence.Span) || back.Contains(i));
    }

    /// <summary>The indices of the sentences a verdict right after them refutes by a word pointing back (<see cref="RefutedSentences"/>).</summary>
    private IEnumerable<int> RefutedBefore(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        for (var i = 1; i < facts.Count; i++)
        {
            var f = facts[i];
            // the word pointing back first: the cheap test, so that only such sentences are read for a verdict
            var first = doc.WordAt(f.Sentence.Start);
            if (first >= doc.Words.Count || !_refutingOpeners.Contains(doc.Words[first].Key)) continue;
            if (!Refutes(doc, f.Sentence.Span) && !CallsWrong(doc, f.Sentence.Span)) continue;
            if (facts[i - 1].Sentence.Paragraph != f.Sentence.Paragraph || facts[i - 1].Sentence.Index == f.Sentence.Index
                || _casualties.Recognize(doc, f.Sentence, headline: f.IsTitle).Any(m => m.Value is not null)) continue;
            yield return i - 1;
        }
    }

    /// <summary>The span's words hold a verdict that what was said is wrong (function_words.tsv kind refuting_verdict: "was wrong").</summary>
    private bool CallsWrong(AnnotatedDocument doc, TextSpan span)
    {
        var words = new System.Text.StringBuilder(" ");
        for (var w = doc.WordAt(span.Start); w < doc.Words.Count && doc.Words[w].Start < span.End; w++) words.Append(doc.Words[w].Key).Append(' ');
        var text = words.ToString();
        return _refutingVerdicts.Any(v => text.Contains(v, StringComparison.Ordinal));
    }

    /// <summary>
    /// The figures of a sentence that a verdict right after it refutes ("... saying "two drivers killed". That is not
    /// right.") are no report, as a verdict's own are not, nor the same figure (kind and value) told elsewhere in the
    /// article: they are kept as withdrawn figures (<see cref="WithWithdrawnFigures"/>), and no true count is read as a part of them.
    /// </summary>
    private List<SentenceFacts> WithoutRefutedBefore(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        var back = RefutedBefore(doc, facts).ToHashSet();
        if (back.Count == 0) return facts;
        // the same figure told elsewhere in the article is the refuted one repeated: no count others are a part of
        var refuted = back.SelectMany(i => facts[i].Casualties).Where(m => m.Value is not null).Select(m => (m.Kind, m.Value)).ToHashSet();
        return facts.Select((f, i) =>
        {
            if (!back.Contains(i) && !f.Casualties.Any(m => refuted.Contains((m.Kind, m.Value)))) return f;
            if (Trace) Console.Error.WriteLine($"  refuted: figures of sentence {f.Sentence.Index}");
            return f with { Casualties = back.Contains(i) ? [] : f.Casualties.Where(m => !refuted.Contains((m.Kind, m.Value))).ToList() };
        }).ToList();
    }

    /// <summary>
    /// A figure the article itself calls false (background.tsv kind refuted: "the claim that 30 died in the blast is
    /// untrue") is withdrawn wherever the article repeats it: the rumour it quotes ("a viral post says 30 were killed") and
    /// a headline that names it give no reported value either, while its true figures ("two were killed") stay.
    /// </summary>
    private ArticleReading WithRefutedValuesWithdrawn(AnnotatedDocument doc, List<SentenceFacts> facts, ArticleReading reading)
    {
        var refuted = RefutedSentences(doc, facts)
            .SelectMany(f => _casualties.Recognize(doc, f.Sentence, headline: f.IsTitle))
            .Where(m => m.Value is not null).Select(m => (m.Kind, m.Value)).ToHashSet();
        if (refuted.Count == 0) return reading;
        List<CasualtyFigure> Marked(IEnumerable<CasualtyFigure> figures, string kind) =>
            figures.Select(f => refuted.Contains((kind, f.Value)) ? f with { Withdrawn = true } : f).ToList();
        return reading with
        {
            Reports = reading.Reports.Select(r => r with { Killed = Marked(r.Killed, CasualtyMention.Killed), Injured = Marked(r.Injured, CasualtyMention.Injured) }).ToList()
        };
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
        // a sentence that places its attack elsewhere than the follow-up's ("an earlier bombing on 3 March killed five in Y") tells another
        bool AtFollowedUpPlace(SentenceFacts f) =>
            f.EventPlaces.Count == 0 || f.EventPlaces.Any(p => reading.Reports.Any(r => r.Date == story.Value && r.Place is { } q
                                                                                     && q.CountryCode == p.Place.CountryCode && q.KilometresTo(p.Place) < ReportMatcherDistance));
        // the news of the day is the step (the verdict on Monday), not an attack: the day is the publication's or a follow-up sentence's
        if (story.End > 0 && !facts.Any(f => f.Sentence.Start <= story.Start && story.End <= f.Sentence.End && _followUps.IsFollowUp(doc, f))) return reading;
        // the date written as the attack's own ("the April 15, 2013, bombing"; not "an earlier bombing on March 3 killed five"),
        // or right after its attack noun ("the shooting happened late on Saturday, 3 May 2024", "the attack on the night of 9 June")
        var day = facts.Where(f => !f.IsCaption && !IsAggregate(doc, f))
            .SelectMany(f => f.Dates.Where(d => f.HasStrongEvent && (NamesItsAttack(doc, d) || NamesItsAttack(f, d)) || DayAfterItsAttack(doc, f, d) && AtFollowedUpPlace(f)))
            .FirstOrDefault(d => d.Precision == "day" && !d.Since && d.Date.DayNumber < story.Date.DayNumber - 7);
        if (day is null || !OpensAsFollowUp(doc, facts)) return reading;
        var evidence = doc.Document.Evidence("date", day.Span);
        var reports = reading.Reports.Select(r => r.Date == story.Value
            ? r with { Date = day.Value, DatePrecision = day.Precision, Evidence = r.Evidence.Append(evidence).ToList() }
            : r).ToList();
        if (Trace) Console.Error.WriteLine($"  dated as the attack it follows up: {day.Value}");
        return reading with { Reports = reports };
    }

    /// <summary>
    /// The day is written right after an attack noun of its sentence as that attack's own, with only words of
    /// function_words.tsv kinds own_day_link, daypart_word, night_word and placing_verb between: "the shooting happened
    /// late on Saturday, 3 May 2024", "charged over the attack on the night of 9 June 2023". A weak noun counts ("attack"):
    /// the day is its own all the same. The noun is one already told ("the", "this": function_words.tsv kind
    /// told_determiner, at most one word before it), not another attack ("an earlier bombing on 3 March").
    /// </summary>
    private bool DayAfterItsAttack(AnnotatedDocument doc, SentenceFacts f, DateMention d)
    {
        var first = doc.WordAt(f.Sentence.Start);
        for (int w = doc.WordAt(d.Start) - 1, steps = 0; w >= first && steps <= OwnDayReach; w--, steps++)
        {
            if (f.Events.FirstOrDefault(e => e.LastWord == w && !e.As<EventCue>().Vehicle) is { } attack)
                // the attack already told ("the shooting", "the attack"), not another ("an earlier bombing on 3 March")
                return Enumerable.Range(attack.FirstWord - 2, 2).Any(k => k >= first && _toldDeterminers.Contains(doc.Words[k].Key));
            var key = doc.Words[w].Key;
            if (w > first && _placingVerbs.Contains(doc.Words[w - 1].Key + " " + key)) { w--; continue; }
            if (!(_ownDayLinks.Contains(key) || _daypartWords.Contains(key) || _nightWords.Contains(key) || _placingVerbs.Contains(key))) return false;
        }
        return false;
    }

    /// <summary>Most words between an attack noun and its own day after it ("the shooting happened late on the night of").</summary>
    private const int OwnDayReach = 6;

    /// <summary>
    /// The article opens as a follow-up (FollowUpReader): a sentence of its first ones, or its lead (the first sentence
    /// past the headline that tells an attack or a victim: "a court on Wednesday sentenced a man for the shooting in a
    /// bar"), names a step after an attack and the crime.
    /// </summary>
    private bool OpensAsFollowUp(AnnotatedDocument doc, List<SentenceFacts> facts) =>
        _followUps.Reread(doc, facts) is not null
        || facts.FirstOrDefault(f => !f.IsTitle && !f.IsCaption && (f.Events.Count > 0 || f.Casualties.Count > 0)) is { } lead && _followUps.IsFollowUp(doc, lead);

    /// <summary>
    /// A remembrance (an anniversary piece: function_words.tsv kind remembrance in its headline or its lead, "a year on,
    /// the town remembers ...") whose reports carry only the publication day tells the attack it remembers: when the
    /// lead (the first sentence past the headline that tells an attack or a victim) writes that attack's full date with
    /// its year, more than <see cref="RememberedAfterDays"/> days before publication ("a year ago tonight, on Friday 3
    /// October 2025, gunmen fired on ..."), the reports take that day. A memorial held today tells no attack of today.
    /// </summary>
    private ArticleReading DatedAsRemembered(AnnotatedDocument doc, List<SentenceFacts> facts, DateMention? story, ArticleReading reading)
    {
        if (story is not { Precision: "day", End: 0 } || !reading.Reports.Any(r => !r.Background && r.Date == story.Value)) return reading;
        var lead = facts.FirstOrDefault(f => !f.IsTitle && !f.IsCaption && (f.Events.Count > 0 || f.Casualties.Count > 0));
        if (lead is null) return reading;
        var title = facts.Where(f => f.IsTitle).Select(f => f.Sentence.Span);
        if (!title.Append(lead.Sentence.Span).Any(s => HasWordOf(doc, s, _remembrance))) return reading;
        var day = lead.Dates.FirstOrDefault(d => d is { Precision: "day", Since: false } && WritesYear(doc, d)
                                                 && story.Date.DayNumber - d.Date.DayNumber > RememberedAfterDays);
        if (day is null) return reading;
        var evidence = doc.Document.Evidence("date", day.Span);
        var reports = reading.Reports.Select(r => !r.Background && r.Date == story.Value
            ? r with { Date = day.Value, DatePrecision = day.Precision, Evidence = r.Evidence.Append(evidence).ToList() }
            : r).ToList();
        if (Trace) Console.Error.WriteLine($"  dated as the attack it remembers: {day.Value}");
        return reading with { Reports = reports };
    }

    /// <summary>Fewest days before publication a remembered attack lies (a week's news is no remembrance).</summary>
    private const int RememberedAfterDays = 7;

    /// <summary>The date's own words give its year ("3 October 2025"), not a day only ("on Friday").</summary>
    private static bool WritesYear(AnnotatedDocument doc, DateMention d) =>
        d.End > d.Start && doc.Text.AsSpan(d.Start, d.End - d.Start).Contains(d.Date.Year.ToString(), StringComparison.Ordinal);

    /// <summary>
    /// A frame no sentence dates, whose place a sentence names with its attack but no day ("the case concerns the abduction
    /// of four engineers at a pumping station near X"), takes the day of the sentence right after it in its paragraph when
    /// that sentence tells the act in strong words with one day of its own and no place, and was read as background for
    /// that day's age ("Early on Sunday 3 March 2024 gunmen broke into the compound and took the engineers
    /// away"): a verdict's, a trial's or a recap's case is the attack of that day, not of the page's.
    /// </summary>
    private void DateByPastTelling(AnnotatedDocument doc, List<SentenceFacts> facts, List<Frame> frames)
    {
        foreach (var frame in frames.Where(fr => fr.Date is null))
        {
            var named = facts.FindIndex(f => !f.IsTitle && !f.IsCaption && !f.IsBackground && f.Events.Count > 0 && f.Dates.Count == 0
                                             && frame.Sentences.Contains(f) && f.EventPlaces.Any(p => frame.Holds(p.Place)));
            if (named < 0 || named + 1 >= facts.Count) continue;
            var next = facts[named + 1];
            if (!next.IsBackground || next.IsCaption || next.Sentence.Paragraph != facts[named].Sentence.Paragraph || next.EventPlaces.Count > 0
                || !next.HasStrongEvent || IsAggregate(doc, next) || TellsHabit(doc, next.Sentence.Span, next.Casualties, next.Dates)) continue;
            var days = next.Dates.Where(d => !d.Since).DistinctBy(d => d.Value).ToList();
            if (days is not [{ Precision: "day" } day] || DatesTelling(doc, day) || (doc.Published is { } published && day.Date > published)) continue;
            if (Trace) Console.Error.WriteLine($"  frame {frame.Place.Name} dated by the past telling after its place: {day.Value}");
            frame.Date = day;
            frame.DateFromAttack = true;
        }
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
        // a timeline's entry is told by its opening sentence, on the day it opens on; the sentences after it are its own
        var entries = TimelineEntries(doc, facts);
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            var entry = entries.TryGetValue(f.Sentence.Index, out var e) ? e : ((int Opener, DateMention Day)?)null;
            if (entry is { } follower && follower.Opener != f.Sentence.Index) continue;
            // (an attack told in weak words whose toll the next sentence, going on telling it, counts: see TollFollows)
            var tolled = i + 1 < facts.Count && facts[i + 1] is { ContinuesPast: true } toll && toll.Sentence.Paragraph == f.Sentence.Paragraph
                         && toll.Casualties.Any(c => c.Value > 0);
            if (!f.IsBackground || f.IsTitle || f.IsCaption || !(TellsPastAttack(f) || tolled) || IsAggregate(doc, f) || CountsOverStretch(doc, f.Sentence.Span)
                || TellsHabit(doc, f.Sentence.Span, f.Casualties, f.Dates) || TellsAccidentOnly(doc, f) || TellsFindOnly(doc, f)) continue;
            // "on 12 May, ten days ago": two mentions of one day are one date
            var dates = entry is { } opened ? ItemDays(f, opened.Day) : PastDays(doc, f.Dates.Where(d => !d.Since && d.Precision is "day" or "month"));
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
            // "the trial over the bombing in X last year went on on Tuesday": the day of a step after the attack (a hearing,
            // an arrest) is not the attack's, unless the attack is named by it ("arrested over the March 3 bombing")
            if (StepDay(doc, f, date)) continue;
            // the day's report already tells it: at a town near, or at a town of the province it names ("off a port town, on the coast of the province")
            if (reading.Reports.Any(r => r.Date == date.Value && r.Place is { } p && p.CountryCode == place.Place.CountryCode
                                         && (p.KilometresTo(place.Place) < ReportMatcherDistance
                                             || place.Place.Kind == PlaceKind.Admin1 && p.Admin1Code == place.Place.Admin1Code))) continue;
            // "a video shared with captions saying it shows \"the blast in X today\"": a day no earlier than the page's own, at
            // the town of an attack the page dates before it, retells that attack, no earlier one of its own
            if (RetellsReportedAttack(doc, reading, date, place)) continue;
            var frame = frames.FirstOrDefault(fr => fr.Date!.Value == date.Value && fr.Holds(place.Place));
            if (frame is null)
            {
                frame = new Frame(place) { Date = date };
                frames.Add(frame);
            }
            frame.Sentences.Add(f);
            foreach (var c in f.Casualties) frame.Casualties.Add((c, f.SourceOf(c)));
            var following = entry is not null
                ? facts.Where(g => g.Sentence.Index != f.Sentence.Index && entries.TryGetValue(g.Sentence.Index, out var o) && o.Opener == f.Sentence.Index)
                : reading.Reports.Count == 0
                    ? ToldOn(facts, f)
                    : facts.Where(g => g.Sentence.Index > f.Sentence.Index).OrderBy(g => g.Sentence.Index)
                        .TakeWhile(g => g.ContinuesPast || f.RowStart >= 0 && g.RowStart == f.RowStart);
            foreach (var next in following)
            {
                frame.Sentences.Add(next);
                foreach (var c in next.Casualties) frame.Casualties.Add((c, next.SourceOf(c)));
            }
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
    /// The distinct days or months a past attack's sentence writes, a night told as running from one day into the next
    /// ("in the night of 4 to 5 March") counted as one: its later day (<see cref="NightInto"/>).
    /// </summary>
    private List<DateMention> PastDays(AnnotatedDocument doc, IEnumerable<DateMention> dates)
    {
        var days = dates.DistinctBy(d => (d.Value, d.Precision)).ToList();
        return days.Count == 2 && NightInto(doc, days) is { } into ? [into] : days;
    }

    /// <summary>
    /// A past attack's day is no earlier than the page's own, and one of the page's reports dates an attack at its town (or
    /// a town near) before that day: the sentence retells that attack ("captions saying it shows \"the blast in X today\""),
    /// no past attack of its own.
    /// </summary>
    private static bool RetellsReportedAttack(AnnotatedDocument doc, ArticleReading reading, DateMention date, PlaceMention place) =>
        doc.Published is { } published && date.Precision == "day" && date.Date >= published
        && reading.Reports.Any(r => r.Date is { } reported && string.CompareOrdinal(reported, date.Value) < 0 && r.Place is { } p
                                    && p.CountryCode == place.Place.CountryCode && p.KilometresTo(place.Place) < ReportMatcherDistance);

    /// <summary>
    /// The sentences that go on telling a past attack in its paragraph: after a background sentence that tells an earlier
    /// attack with its own day or month and its one scene (as <see cref="WithPastAttacks"/> reads one), the sentences
    /// right after it in the same paragraph that give no date, no scene and no attack word of their own ("In the night of
    /// 2 May 2024 two men set fire to the stairwell of the hostel in X. Residents fled over the roof. Four of them were
    /// treated for smoke.") are background too: their figures are the past attack's, never the day's news. A weak word of
    /// harm in a sentence that counts its victims with a figure ("Four people were injured.") tells no attack of its own;
    /// without one ("He was shot in the head.") it may tell the article's own news. The passage ends at the paragraph's
    /// end, or at a sentence with a date, a scene, a strong attack word or a weak one that counts no figure.
    /// </summary>
    private List<SentenceFacts> WithPastPassages(AnnotatedDocument doc, List<SentenceFacts> facts)
    {
        List<SentenceFacts>? marked = null;
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (!f.IsBackground || f.IsTitle || f.IsCaption || !(TellsPastAttack(f) || TollFollows(doc, facts, i)) || IsAggregate(doc, f) || CountsOverStretch(doc, f.Sentence.Span)) continue;
            if (PastDays(doc, f.Dates.Where(d => !d.Since && d.Precision is "day" or "month" && !WeekdayOfWrittenDay(doc, f, d))) is not [var day]
                || f.EventPlaces.Where(p => p.Place.Kind == PlaceKind.City).DistinctBy(p => p.Place.GeonameId).Count() != 1) continue;
            for (var j = i + 1; j < facts.Count; j++)
            {
                var next = (marked ?? facts)[j];
                if (next.Sentence.Paragraph != f.Sentence.Paragraph || next.IsTitle || next.IsCaption
                    || (next.IsBackground || next.Dates.Count > 0) && !(j == i + 1 && OnTheSameDay(next, day)) || next.EventPlaces.Count > 0
                    || next.Events.Count > 0 && (next.Events.Any(e => !e.As<EventCue>().Weak && !PointsToPast(doc, next, e)) || !next.Casualties.Any(c => doc.NumbersIn(c.Figure).Any()))) break;
                marked ??= facts.ToList();
                marked[j] = next with { IsBackground = true, ContinuesPast = true };
                if (Trace) Console.Error.WriteLine($"  past passage: sentence {next.Sentence.Index} goes on telling sentence {f.Sentence.Index}");
            }
        }
        return marked ?? facts;
    }

    /// <summary>
    /// The background sentence at <paramref name="i"/> tells an attack in weak words only, and the next sentence of its
    /// paragraph, background neither, counts its victims with a figure and gives no date, no scene and no strong attack
    /// word of its own ("On 4 March armed men on motorbikes raided the post at X. Six guards lost their lives."): the
    /// two tell one past attack, the toll its own.
    /// </summary>
    private static bool TollFollows(AnnotatedDocument doc, List<SentenceFacts> facts, int i)
    {
        if (facts[i].Events.Count == 0 || i + 1 >= facts.Count) return false;
        var next = facts[i + 1];
        return next.Sentence.Paragraph == facts[i].Sentence.Paragraph && !next.IsTitle && !next.IsCaption
               && (!next.IsBackground && next.Dates.Count == 0 || OnTheSameDay(next, facts[i].Dates.Where(d => !d.Since && d.Precision == "day").DistinctBy(d => d.Value).ToList() is [var day] ? day : null))
               && next.EventPlaces.Count == 0 && !next.HasStrongEvent
               && next.Casualties.Any(c => c.Value > 0 && doc.NumbersIn(c.Figure).Any());
    }

    /// <summary>
    /// The sentence right after a past attack's dates its toll by that attack's day alone, and by no other ("On 4 March
    /// armed men raided the post at X. Six guards died that day."): it goes on telling the attack, background or not.
    /// </summary>
    private static bool OnTheSameDay(SentenceFacts next, DateMention? day) =>
        day is { Precision: "day" } && next.Dates.Count > 0 && next.Dates.All(d => !d.Since && d.Precision == "day" && d.Value == day.Value);

    /// <summary>
    /// The date is a weekday written alone, as a word of its own, in a sentence that also writes a full day falling on that
    /// weekday ("A bomb exploded in a mosque at Friday prayers on Friday 18 October 2024"): it names that day's weekday,
    /// not a day of the publication week counted back.
    /// </summary>
    private static bool WeekdayOfWrittenDay(AnnotatedDocument doc, SentenceFacts f, DateMention d) =>
        d.Precision == "day" && !d.Relative && doc.WordAt(d.Start) is var w && w < doc.Words.Count && doc.Words[w].End >= d.End
        && Enum.TryParse<DayOfWeek>(doc.Text[d.Start..d.End], ignoreCase: true, out var named) && named == d.Date.DayOfWeek
        && f.Dates.Any(e => e.Precision == "day" && e.Date != d.Date && e.Date.DayOfWeek == named && e.End - e.Start > d.End - d.Start);

    /// <summary>
    /// A frame with no scene of its own (the fallback on a town of the headline or the dateline) in an article whose
    /// headline names an attack at another town, where a background sentence tells an earlier attack with its own day or
    /// month ("Judgment: court of X, the Y checkpoint bombing" ... "the bombing at the checkpoint in Y on 3 May 2024"):
    /// the headline's attack is that past attack (an incident of its own, WithPastAttacks), and the frame's town only the
    /// court's or the outlet's. A trial record, an anniversary piece or an obituary tells no attack of its day there.
    /// </summary>
    private bool HeadlinesPastAttack(AnnotatedDocument doc, List<SentenceFacts> facts, Frame frame)
    {
        if (!frame.FromTitleOnly || frame.DateFromAttack) return false;
        var titled = facts.Where(f => f.IsTitle && f.Events.Any(e => e.As<EventCue>() is { Weak: false, Vehicle: false }))
            .SelectMany(f => f.EventPlaces.Concat(f.OtherPlaces))
            .Where(p => !p.IsDemonym && p.Place.Kind == PlaceKind.City && !frame.Holds(p.Place)).Select(p => p.Place.GeonameId).ToHashSet();
        return titled.Count > 0
               && facts.Any(f => f.IsBackground && !f.IsTitle && !f.IsCaption && TellsPastAttack(f) && !IsAggregate(doc, f)
                                 && f.Dates.Any(d => !d.Since && d.Precision is "day" or "month")
                                 && f.EventPlaces.Any(p => p.Place.Kind == PlaceKind.City && titled.Contains(p.Place.GeonameId)));
    }

    /// <summary>
    /// A frame that only names again an earlier attack the article tells with its own day or month at its town (dated, if at all, by the page or by the wave it was read into): a question,
    /// a link or a comparison ("Could this be tied to the grenade attack in X?", "investigators are comparing it with the
    /// bombing in X") before or after the background sentence that tells it ("... the grenade thrown at a police van in X on
    /// 3 January"). Its attack words are of the past attack's kind (an event type or a weapon they share), it gives the
    /// attack no day of its own and counts no victims, it names each attack as one known already (<see cref="NamesKnownAttack"/>),
    /// and neither the headline nor the lead tells it: the earlier attack is
    /// one incident, on its own day (WithPastAttacks), not a second one dated by the page.
    /// </summary>
    private bool RetellsPastAttack(AnnotatedDocument doc, List<SentenceFacts> facts, Frame frame)
    {
        if (frame.Place.Kind != PlaceKind.City || frame.Sentences.Any(s => !s.IsBackground && s.Events.Count > 0 && s.Dates.Any(d => !d.Since)) || frame.Casualties.Any(c => c.Mention.Value is > 0 || c.Mention.Qualifier == Qualifiers.Dozens)) return false;
        var told = frame.Sentences.Where(s => !s.IsBackground && s.Events.Count > 0 && s.EventPlaces.Any(p => frame.Holds(p.Place))).ToList();
        if (told.Count == 0 || told.Any(s => s.IsTitle || InLead(doc, s.Sentence) || s.CountsDeadAndHurt || !NamesKnownAttack(doc, s))) return false;
        var past = facts.Where(f => f.IsBackground && !f.IsTitle && !f.IsCaption && TellsPastAttack(f) && !IsAggregate(doc, f)
                                    && f.Dates.Any(d => !d.Since && d.Precision is "day" or "month")
                                    && f.EventPlaces.Where(p => p.Place.Kind == PlaceKind.City).DistinctBy(p => p.Place.GeonameId).Count() == 1
                                    && f.EventPlaces.Any(p => p.Place.Kind == PlaceKind.City && frame.Holds(p.Place))).ToList();
        return past.Count > 0 && told.All(s => past.Any(p => SameKindOfAttack(s, p)));
    }

    /// <summary>
    /// The sentence names its attacks as ones known already, each attack word right after a definite word ("the", "that",
    /// "this"): "a link with the grenade attack in X", not "two bombs were thrown at a car in X", which tells one.
    /// </summary>
    private static bool NamesKnownAttack(AnnotatedDocument doc, SentenceFacts s) =>
        s.Events.All(e => e.FirstWord > 0 && doc.Words[e.FirstWord - 1].Key is "the" or "that" or "this" or "those" or "these");

    /// <summary>The attack words of two sentences share a weapon, or a type of event other than the catch-all "other".</summary>
    private static bool SameKindOfAttack(SentenceFacts a, SentenceFacts b)
    {
        var cues = b.Events.Select(e => e.As<EventCue>()).ToList();
        return a.Events.Select(e => e.As<EventCue>()).Any(c => cues.Any(d => c.Weapons.Intersect(d.Weapons).Any() || c.EventType != "other" && c.EventType == d.EventType && !c.Weak && !d.Weak));
    }

    /// <summary>
    /// The attack word is one already told, pointed back to by a word of function_words.tsv kind past_pointer right before
    /// it (one describing word between at most): "that explosion", "this attack", "the same blast". Not "the": "the blast"
    /// may be the day's news told after a past attack.
    /// </summary>
    private bool PointsToPast(AnnotatedDocument doc, SentenceFacts f, Cue e)
    {
        var first = doc.WordAt(f.Sentence.Start);
        for (var w = e.FirstWord - 1; w >= first && w >= e.FirstWord - 2; w--)
        {
            if (_pastPointers.Contains(doc.Words[w].Key)) return true;
            if (!char.IsLetter(doc.Words[w].Key[0]) || _toldDeterminers.Contains(doc.Words[w].Key) || doc.Words[w].Key is "a" or "an") return false;
        }
        return false;
    }

    /// <summary>
    /// The sentences that go on telling a past attack when the article tells no attack of its day (an obituary of one of
    /// its victims, a memorial piece): those right after the attack's sentence, up to the first that is background or gives
    /// a date or a scene of its own (a date that is the attack's day, "that day", goes on telling it: <see cref="OnTheSameDay"/>). "She died when shells fell on the landing on 12 May. She was one of four people
    /// killed; a boy died later in hospital." gives the attack its toll of four.
    /// </summary>
    private static IEnumerable<SentenceFacts> ToldOn(List<SentenceFacts> facts, SentenceFacts told)
    {
        foreach (var next in facts.Where(g => g.Sentence.Index > told.Sentence.Index).OrderBy(g => g.Sentence.Index))
        {
            if ((next.IsBackground && !next.ContinuesPast) || next.IsTitle || next.IsCaption || next.Dates.Count > 0 && !next.ContinuesPast || next.EventPlaces.Count > 0) yield break;
            yield return next;
        }
    }

    /// <summary>
    /// The day a follow-up sentence gives (a step after an attack and the crime, follow_ups.tsv: "the trial over the
    /// Ashford bombing resumed on Tuesday") dates the step, not the attack, unless an attack word stands right after it
    /// ("over the 3 March bombing", "Sunday's bombing").
    /// </summary>
    private bool StepDay(AnnotatedDocument doc, SentenceFacts f, DateMention day) =>
        _followUps.IsFollowUp(doc, f) && !NamesItsAttack(doc, day, weakToo: true) && !NamesItsAttack(f, day);

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

    /// <summary>
    /// The openers of a timeline page's entries (<see cref="TimelineEntries"/>) that tell an attack as a past attack's
    /// sentence does (<see cref="TellsPastAttack"/>), not a toll over a period: "15 June - A bomb explodes at the market
    /// of X, killing two people." Such an entry is the page's own news on the entry's day, however long after it the
    /// page was written.
    /// </summary>
    private HashSet<int> AttackEntries(AnnotatedDocument doc, List<SentenceFacts> facts, Dictionary<int, (int Opener, DateMention Day)> entries) =>
        facts.Where(f => entries.TryGetValue(f.Sentence.Index, out var e) && e.Opener == f.Sentence.Index && !f.IsTitle && !f.IsCaption
                         && TellsPastAttack(f) && !IsAggregate(doc, f) && !CountsOverStretch(doc, f.Sentence.Span) && !TellsHabit(doc, f.Sentence.Span, f.Casualties, f.Dates))
             .Select(f => f.Sentence.Index).ToHashSet();

    /// <summary>
    /// The article's only frame is its fallback place (the dateline's town: where a trial sits, where the report was
    /// filed), which counts no victims, while a past passage counts the victims of the attack its background tells
    /// (<see cref="WithPastPassages"/>: "In the night of 4 to 5 March armed men raided the post at X. Six guards lost their
    /// lives."): the page tells no attack of its own, and the earlier one is its subject.
    /// </summary>
    private static bool OnlyUntolledFallback(List<Frame> frames, List<SentenceFacts> facts) =>
        frames.Count == 1 && frames[0].FromTitleOnly
        && !frames[0].Casualties.Any(c => c.Mention.Value > 0 && c.Mention.Kind != CasualtyMention.PerpetratorKilled)
        // (nor does any sentence of its own news, the headline included, count victims: "now 8 dead")
        && !facts.Any(f => !f.IsBackground && f.Casualties.Any(c => c.Value > 0 && c.Kind != CasualtyMention.PerpetratorKilled))
        && facts.Any(f => f.ContinuesPast && f.Casualties.Any(c => c.Value > 0));

    /// <summary>
    /// The sentences of the article's own news that tell an attack name no scene, and each day they give is a day that a
    /// background sentence gives to an attack it places, one of them at least giving one ("A teacher hurt in the bomb at
    /// the X market ten days ago died on Monday. She was at the stall when the bomb went off on Friday 3 May. The bomb has
    /// now killed four."): they retell that attack, no other of their own. In a page whose news opens no frame (an
    /// obituary, a follow-up weeks later), the attack told as background is its subject.
    /// </summary>
    private static bool RetellsPlacedBackground(List<SentenceFacts> facts)
    {
        var news = facts.Where(f => !f.IsBackground && !f.IsTitle && !f.IsCaption && ReportsAttack(f)).ToList();
        var placedDays = facts.Where(b => b.IsBackground && !b.IsTitle && !b.IsCaption && b.Events.Count > 0 && b.EventPlaces.Count > 0)
            .SelectMany(b => b.Dates).Where(d => d.Precision == "day" && !d.Since).Select(d => d.Value).ToHashSet();
        return news.Count > 0 && news.Any(f => f.Dates.Count > 0)
               && news.All(f => f.EventPlaces.Count == 0 && f.Dates.All(d => !d.Since && placedDays.Contains(d.Value)));
    }

    private ArticleReading Read(AnnotatedDocument doc, List<SentenceFacts> facts, DateMention? story, DateMention? followUpDate, bool followUp = false)
    {
        // the frames of the article's sentences, each dated by the follow-up's day for want of its own (read again below
        // when background becomes the subject, or when a wave proves to be attacks of several days)
        var framesFollowUp = followUp;
        var fillDay = followUpDate;
        var recorded = RecordedAttackSentence(doc, facts, story);
        List<Frame> NewFrames()
        {
            var built = BuildFrames(doc, facts, framesFollowUp, recorded);
            if (fillDay is not null) foreach (var frame in built) frame.Date ??= fillDay;
            return built;
        }
        var frames = NewFrames();
        if ((frames.Count == 0 && (facts.All(f => f.IsBackground || !ReportsAttack(f)) || RetellsPlacedBackground(facts)) || OnlyUntolledFallback(frames, facts))
            && facts.Any(f => f.IsBackground && f.Casualties.Any(c => c.Value > 0) && !f.Dates.Any(d => d.Since)))
        {
            // a follow-up article ("arrested for last week's shooting"): the earlier attack is its subject
            // (a toll over a stretch of time stays a period's: "3,000 died over 30 years")
            // a timeline page ("2026 in X"): only its entries that tell an attack are its news, each on its own day; its
            // other entries (a session opened, a law passed) and its other lines stay background
            var entries = TimelineEntries(doc, facts);
            var attacks = AttackEntries(doc, facts, entries);
            // (a habit stays background too: "rocket attacks on the bases happen with little warning")
            facts = facts.Select(f => f.IsBackground && !f.Dates.Any(d => d.Since) && !IsAggregate(doc, f) && !CountsOverStretch(doc, f.Sentence.Span)
                                      && !TellsHabit(doc, f.Sentence.Span, f.Casualties, f.Dates)
                                      && (entries.Count == 0 || entries.TryGetValue(f.Sentence.Index, out var e) && attacks.Contains(e.Opener)) ? f with { IsBackground = false } : f).ToList();
            story = null;
            recorded = null;
            if (Trace) Console.Error.WriteLine("  background made the subject");
            framesFollowUp = false;
            fillDay = null;
            frames = NewFrames();
        }
        if (frames.Count == 0) return ArticleReading.Empty(doc.Document.Id);

        var wave = FindWave(doc, facts, frames, story);
        var waveSentences = new List<SentenceFacts>();
        var waveCasualties = new List<(CasualtyMention, string?)>();
        Assign(doc, facts, frames, wave, waveSentences, waveCasualties);
        // attacks dated more than a night apart are no one wave, however the article totals them: read again without one
        if (wave is not null && SpreadOverDays(doc, wave))
        {
            frames = NewFrames();
            wave = null;
            waveSentences.Clear();
            waveCasualties.Clear();
            Assign(doc, facts, frames, wave, waveSentences, waveCasualties);
        }
        // attacks of one kind at sites of one town told apart ("a bomb at A Chowk ... a second bomb at the B Gate
        // checkpoint"): one frame a site, one wave
        if (wave is null && SiteWave(doc, facts, frames, waveSentences, waveCasualties) is { } sites) wave = sites;
        MoveSummedTotals(facts, frames, wave, waveCasualties);
        // the first site of a kind struck before a later one ("a second church"): its target word is what was hit there
        foreach (var repeated in RepeatedSiteAttacks(doc, facts, trace: true))
            if (frames.FirstOrDefault(fr => fr.Sentences.Contains(repeated.First) && fr.Holds(repeated.FirstTown.Place)) is { } first && !first.StruckSites.Contains(repeated.FirstSite))
            {
                first.StruckSites.Add(repeated.FirstSite);
                first.StruckLike.AddRange(repeated.Attack);
            }
        DateSections(doc, facts, frames);
        if (wave is null) DropTotalsOfSeveral(doc, facts, frames);
        if (wave is null) SplitByDay(doc, frames);
        if (wave is null) SplitBySite(doc, frames);
        if (wave is null) PlaceSitesApart(doc, facts, frames);
        if (wave is null) SplitByTimeline(doc, facts, frames);
        if (wave is not null) DateByWave(doc, facts, wave, story);
        DateByNarrativeAnchor(doc, facts, frames);
        DateNightByEarlyHour(doc, frames, story);
        DateByPastTelling(doc, facts, frames);
        DateBySameDay(doc, frames);

        var dateline = facts.Select(f => f.Dateline).FirstOrDefault(d => d is not null)?.Place;
        var otherNews = OpensOnOtherNews(doc, facts);
        var recalls = Enumerable.Range(0, facts.Count).Where(i => !facts[i].IsBackground && RecallsHeadlineAttack(facts, i)).Select(i => facts[i].Sentence.Index).ToHashSet();
        var kept = frames.Where(f => Worth(doc, f, wave?.Contains(f) == true, dateline, followUp, otherNews, recalls, recorded)
                                     || (wave is null && AssaultPair(f, frames) is { } pair && Worth(doc, pair, false, dateline, followUp, otherNews, recalls, recorded))).ToList();
        // an article that reports an attack and then a second one elsewhere in a sentence of its own ("a bomb also
        // exploded at a bank in X"): that one is news too, with or without victims
        if (kept.Count > 0) kept = frames.Where(f => kept.Contains(f) || TellsOwnAttack(doc, f, dateline, otherNews)).ToList();
        if (Trace && wave is not null) Console.Error.WriteLine($"  wave: {string.Join(", ", wave.Select(f => f.Place.Name))}");
        if (Trace)
            foreach (var f in frames)
                Console.Error.WriteLine($"  frame {f.Place.Name} ({f.Place.Kind}) {f.Date?.Value}{(f.Date is not null && !f.DateFromAttack ? " (no attack's day)" : "")}: sentences {string.Join(',', f.Sentences.Select(x => x.Sentence.Index))}, " +
                                        $"casualties {string.Join(' ', f.Casualties.Select(c => $"{c.Mention.Kind}:{c.Mention.Value}"))}, {(kept.Contains(f) ? "kept" : "not worth it")}");
        kept = kept.Where(f => !SummaryOfOthers(doc, f, kept) && !DeniedByHeadline(doc, facts, f) && !DeniedAtPlace(doc, f) && !HeadlinesPastAttack(doc, facts, f) && !RetellsPastAttack(doc, facts, f)).ToList();
        if (wave is not null) wave = wave.Where(kept.Contains).ToList();
        if (wave is { Count: < 2 }) wave = null;
        kept = Cohere(doc, facts, kept, wave, _placeNouns, _settlementNouns, _neighbourhoodNouns);
        kept = MergeNearby(doc, kept, wave);
        DateByRecalledAttack(doc, facts, kept, story);
        DateByScene(doc, facts, kept, story);
        DateBySinceDay(doc, facts, kept);
        DateByHeadingDay(doc, facts, kept);
        DateByField(doc, facts, kept);
        DateByDiaryDay(doc, facts, kept, story);
        DateDeathByEarlierAttack(doc, facts, kept);
        DateByDayHeadings(doc, facts, kept);
        Admin1Refinement.Refine(facts, kept);
        NarrowToScene(doc, kept);
        if (kept.Count == 0) return ArticleReading.Empty(doc.Document.Id);

        // a sentence that is background only through a clause after its claim ("the governor blamed X, following a dispute
        // last week") still blames X for the article's attack
        var articleClaim = Responsibility(doc, facts.Where(f => (!f.IsBackground || ClaimSinceTheAttack(f, story) || (f.Claims.Count > 0 && !f.IsTitle && ClaimBeforeAside(doc, f, story)))
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
        var seriesKind = wave is null ? null : SeriesKind(facts);
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
            var shared = ToldAbroad(doc, kept, frame, articleClaim) || (!inWave && ToldOfAnotherRow(doc, facts, kept, frame, articleClaim))
                         || ToldInAnotherTableRow(doc, facts, frame, articleClaim) ? null : articleClaim;
            // the accused's denial may be told with a later day of its own ("on 15 September, it issued a statement denying
            // its responsibility"), which makes its sentence background: it still answers the blame
            var claim = Answered(doc, denials, ownOnly ? ownClaim : inWave ? Prefer(ownClaim, waveClaim, shared) : Prefer(ownClaim, shared));
            if (inWave && seriesClaim is not null) claim = Answered(doc, denials, seriesClaim);
            var report = BuildReport(doc, frame, reports.Count + 1, story, inWave ? waveId : null, claim, frames);
            // a member that tells no kind of its own takes the series' kind, and the series' words are its evidence
            if (inWave && seriesKind is { } kind && TellsNoKind(frame))
                report = report with
                {
                    EventType = kind.Type,
                    Weapons = kind.Weapons,
                    Evidence = report.Evidence.Where(e => e.Field is not ("event_type" or "weapons"))
                        .Concat(kind.Spans.Take(1).Select(s => doc.Document.Evidence("event_type", s)))
                        .Concat(kind.Spans.Select(s => doc.Document.Evidence("weapons", s))).ToList(),
                };
            reports.Add(report);
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
        $"[{f.Sentence.Index}{(f.IsTitle ? " title" : "")}{(f.IsBackground ? " bg" : "")}{(f.HasWaveCue ? " wave" : "")}{(f.HasTotalCue ? " total" : "")}{(f.IsCaption ? " caption" : "")}] " +
        $"ev={string.Join(",", f.Events.Select(e => doc.Text[e.Start..e.End] + (e.As<EventCue>().Weak ? "?" : "")))} " +
        $"cas={string.Join(",", f.Casualties.Select(c => $"{c.Kind}:{c.Value}"))} " +
        $"tg={string.Join(",", f.Targets.Select(t => doc.Text[t.Start..t.End] + ":" + t.As<string>()))} " +
        $"at={string.Join(",", f.EventPlaces.Select(p => p.Place.Name))} other={string.Join(",", f.OtherPlaces.Select(p => p.Place.Name))} loc={string.Join(",", f.LocativeCountries.Select(p => p.Place.Name))} " +
        $"dl={f.Dateline?.Place.Name} d={string.Join(",", f.Dates.Select(d => (d.Since ? "since " : "") + d.Value))} " +
        $"actors={string.Join(",", f.Actors.Select(a => a.As<Actor>().Canonical))} claims={string.Join(",", f.Claims.Select(c => doc.Text[c.Start..c.End] + ":" + c.As<string>()))} " +
        $"| {doc.Text[f.Sentence.Start..Math.Min(f.Sentence.End, f.Sentence.Start + 90)]}";
}
