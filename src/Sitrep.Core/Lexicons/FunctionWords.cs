namespace Sitrep.Lexicons;

/// <summary>
/// The closed-class words of data/lexicons/function_words.tsv, by role: locative prepositions, place nouns, the
/// words that may stand between a casualty word and its figure, and so on.
/// </summary>
public sealed class FunctionWords
{
    public const string Locative = "locative";
    /// <summary>Two words that place an event together, the second alone no locative: "across from X" (IncidentExtractor.IsLocative).</summary>
    public const string LocativePair = "locative_pair";
    public const string PlaceNoun = "place_noun";
    public const string SettlementNoun = "settlement_noun";
    public const string PlaceModifier = "place_modifier";
    public const string SiteNoun = "site_noun";
    /// <summary>A verb of striking a place whose subject is an attack: "two attacks hit X", "explosions rocked X" (the place is the scene).</summary>
    public const string StrikeVerb = "strike_verb";
    public const string NeighbourhoodNoun = "neighbourhood_noun";
    public const string DivisionNoun = "division_noun";
    /// <summary>A table's column heading that names a division ("Province", "Region", "District", "State"): its cell places no row when another cell names a town (IncidentExtractor.TableRowLabel).</summary>
    public const string DivisionHeading = "division_heading";
    public const string UnitNoun = "unit_noun";
    public const string ClockWord = "clock_word";
    public const string ClockUnit = "clock_unit";
    public const string UnitCount = "unit_count";
    public const string ClockSuffix = "clock_suffix";
    /// <summary>A word that may stand right before a clock time and make it approximate: "at around 2 a.m.", "shortly after 9 pm" (IncidentExtractor.ClockTimeWords).</summary>
    public const string ClockLead = "clock_lead";
    public const string LandformNoun = "landform_noun";
    public const string WordToFigure = "word_to_figure";
    public const string FigureToWord = "figure_to_word";
    public const string SingularAuxiliary = "singular_auxiliary";
    /// <summary>A word right before a bare "one" and its casualty word that makes it a count: "the toll stands at one dead" (CasualtyRecognizer.BareOneBefore).</summary>
    public const string TollLead = "toll_lead";
    public const string VictimDeterminer = "victim_determiner";
    public const string PassiveAdverb = "passive_adverb";
    public const string SubjectAdverb = "subject_adverb";
    public const string HeadlineAdverb = "headline_adverb";
    public const string IntentionVerb = "intention_verb";
    public const string IntentionFiller = "intention_filler";
    public const string ActorMember = "actor_member";
    public const string Negation = "negation";
    public const string CasualtyNoun = "casualty_noun";
    public const string Counterfactual = "counterfactual";
    public const string HypotheticalOpener = "hypothetical_opener";
    public const string ShotMotion = "shot_motion";
    public const string CasualtyAdjective = "casualty_adjective";
    public const string NegationRelease = "negation_release";
    public const string AppositionOpener = "apposition_opener";
    public const string SpeechVerb = "speech_verb";
    public const string SpeechMedium = "speech_medium";
    public const string FatalWord = "fatal_word";
    public const string CareVerb = "care_verb";
    public const string CareMeans = "care_means";
    public const string CareNoun = "care_noun";
    public const string CareDeath = "care_death";
    /// <summary>A verb of moving people: before a locative word, where the wounded were taken when its sentence speaks of the hurt (IncidentExtractor.CaredBefore).</summary>
    public const string TransferVerb = "transfer_verb";
    /// <summary>A word that makes a sentence speak of the hurt or their care: "injured", "surgeon" (IncidentExtractor.SpeaksOfHurt).</summary>
    public const string CareSign = "care_sign";
    public const string WoundWord = "wound_word";
    public const string OriginWord = "origin_word";
    public const string GatheringNoun = "gathering_noun";
    public const string GatheringTime = "gathering_time";
    public const string PossessionVerb = "possession_verb";
    /// <summary>An indefinite pronoun for people before a locative word: "nobody in X believes it" places people, not an attack (IncidentExtractor.PeoplesPlace).</summary>
    public const string PeoplePronoun = "people_pronoun";
    /// <summary>An office or a role as a sentence's subject before "in": "the ministry in X did not answer" places the office, not an attack (IncidentExtractor.SeatOfOffice).</summary>
    public const string SeatNoun = "seat_noun";
    /// <summary>The head noun of a local office named after its town, which speaks: "the X security directorate said" places the office, not an attack (IncidentExtractor.SpeakingOffice).</summary>
    public const string OfficeNoun = "office_noun";
    /// <summary>A court or a judge before "in X": where a hearing is held, not a scene (IncidentExtractor.CourtSeat).</summary>
    public const string CourtSeat = "court_seat";
    /// <summary>A modal verb: right after a capital's name, the capital stands for its state ("what the capital will not ask"; IncidentExtractor.CapitalAsState).</summary>
    public const string ModalVerb = "modal_verb";
    /// <summary>A title of nobility whose "of X" is part of a person's name, no place: "Lord Roe of X" (IncidentExtractor.InPeerTitle).</summary>
    public const string PeerTitle = "peer_title";
    public const string DistanceUnit = "distance_unit";
    /// <summary>A unit of a distance counting miles, not kilometres: "12 miles south of X" (IncidentExtractor.StatedKilometres).</summary>
    public const string MileUnit = "mile_unit";
    /// <summary>A small word no sentence or heading ends on: a PDF's line ending on it goes on in the next (Cleaning.SoftWrap.DanglingBreak).</summary>
    public const string LineDangler = "line_dangler";
    /// <summary>After a distance, joins it to its reference point: "20 km from X", "19 km off X" (IncidentExtractor.IsLocative, DistanceReference).</summary>
    public const string DistanceLink = "distance_link";
    /// <summary>After a road noun, opens the town the road starts from: "the road from X towards Y" (IncidentExtractor.IsLocative).</summary>
    public const string RoadOrigin = "road_origin";
    /// <summary>A stem that makes any word holding it a compass direction: "north", "south-west", "northeastern" (IncidentExtractor.IsCompassWord).</summary>
    public const string CompassStem = "compass_stem";
    /// <summary>Between a settlement noun and a distance's figure, makes it approximate: "X, a village some 20 km from Y" (IncidentExtractor.Frames).</summary>
    public const string DistanceHedge = "distance_hedge";
    /// <summary>A relative pronoun before an attack word that makes it a clause about someone, not the news: "the man who shot" (IncidentExtractor.ToldPlainly).</summary>
    public const string RelativePronoun = "relative_pronoun";
    /// <summary>Besides the object prepositions, before a collective noun's "of", makes the collective the object of a charge or an agent: "charged with leading a band of", "a gang run by" (IncidentExtractor.CollectiveSubject).</summary>
    public const string ChargePreposition = "charge_preposition";
    /// <summary>Within three words before an attack word, makes it the object of a noun or of a purpose, not an attack told: "fears of an attack", "plans for an assault", "warned against an attack" (IncidentExtractor.ToldPlainly, MadeByAttackers, CollectiveSubject).</summary>
    public const string ObjectPreposition = "object_preposition";
    /// <summary>After "the", stands for the one country an article names: "in the country's north" (IncidentExtractor.SceneByCountryOnly).</summary>
    public const string CountryNoun = "country_noun";
    /// <summary>Opens a longer negated subject of a casualty word: "No officers or anyone else at the store was injured" (CasualtyRecognizer.IsNegated).</summary>
    public const string NoneWord = "none_word";
    /// <summary>After a none word, a word that stands for the people it denies: "no one", "no other", "none ... others" (CasualtyRecognizer.IsNegated).</summary>
    public const string NoneHead = "none_head";
    /// <summary>Right after a stretch preposition's count and unit of time, makes them a point in the past or an age, no stretch: "over 30 years ago", "over 30 years old" (IncidentExtractor.CountsOverStretch).</summary>
    public const string StretchCloser = "stretch_closer";
    /// <summary>After four figures, makes them a clock time told the military way: "2340 hours", "0600 hrs" (IncidentExtractor.ClockTimeAt).</summary>
    public const string ClockHoursWord = "clock_hours_word";
    /// <summary>Besides directions and place nouns, a word an aside that locates a town by a vicinity may hold: "X, a town just outside Y" (IncidentExtractor.MeasuredFrom).</summary>
    public const string VicinityAsideWord = "vicinity_aside_word";
    /// <summary>A noun after a capitalised name that makes it a place within the place: "Arzuna bridge", "al-Zahraa neighbourhood" (SublocationReader).</summary>
    public const string SublocationNoun = "sublocation_noun";
    /// <summary>An article (lower case or capitalised) joined by a hyphen or a space before such a name: "al-Zahraa", "Al Sabura" (SublocationReader).</summary>
    public const string SublocationArticle = "sublocation_article";
    /// <summary>A capitalised word that alone before a sublocation noun names no place: "The road", "Police station" (SublocationReader).</summary>
    public const string SublocationStop = "sublocation_stop";
    /// <summary>A possessive pronoun: "his wife", "three of our policemen" (CasualtyRecognizer.IsPossessive, FigureBefore).</summary>
    public const string PossessivePronoun = "possessive_pronoun";
    /// <summary>Right after a name, makes it a part of a city's, whatever town elsewhere bears it: "the Riverside neighborhood" (PlaceAgreement.NamedAsNeighbourhood).</summary>
    public const string NeighbourhoodName = "neighbourhood_name";
    /// <summary>Capitalised right after a town's name, makes it a county's, which places no attack by itself: "Riverside County" (PlaceAgreement.NamesCounty).</summary>
    public const string CountyNoun = "county_noun";
    public const string ClauseOpener = "clause_opener";
    public const string ActiveVerb = "active_verb";
    public const string CareCheck = "care_check";
    public const string AttackSign = "attack_sign";
    /// <summary>A protest or unrest: deaths told beside it with only a weak battle word ("clashes") are no attack (IncidentExtractor.ProtestClash).</summary>
    public const string ProtestNoun = "protest_noun";
    public const string SetWeapon = "set_weapon";
    /// <summary>Joins a weapon's name to the war it is left from: "a bomb from the First World War" (IncidentExtractor.RelicBeside).</summary>
    public const string RelicLink = "relic_link";
    /// <summary>May stand between a weapon's name and a relic link: "a shell dating from", "bombs left over from the" (IncidentExtractor.RelicBeside).</summary>
    public const string RelicFiller = "relic_filler";
    /// <summary>A few words before a weapon's name, says the attackers carried it: "raiders armed with rifles" (IncidentExtractor.CarriedByAttackers).</summary>
    public const string ArmingWord = "arming_word";
    /// <summary>A share of the attackers before "with" or "had" and a weapon: "some with rifles and others with machetes" (IncidentExtractor.CarriedByAttackers).</summary>
    public const string ArmedShare = "armed_share";
    /// <summary>May stand between the "and" of a list of weapons and the weapon it adds: "rifles and at least one RPG" (IncidentExtractor.ListedWithUsedWeapon).</summary>
    public const string ListedWeaponFiller = "listed_weapon_filler";
    /// <summary>Before a drill word, makes the exercise the time of a real attack: "during the drill" (IncidentExtractor.WithoutDrills).</summary>
    public const string DrillSetting = "drill_setting";
    /// <summary>A word that belongs to the report of a match ("goalkeeper", "equaliser"): enough of them make an article a match report (IncidentExtractor.WithoutMatchReport).</summary>
    public const string MatchWord = "match_word";
    /// <summary>A word that belongs to a work of fiction or its screening ("thriller", "subplot", "premiere"): enough of them make an article a review of fiction (IncidentExtractor.WithoutFiction).</summary>
    public const string FictionWord = "fiction_word";
    public const string Auxiliary = "auxiliary";
    public const string BeAuxiliary = "be_auxiliary";
    public const string NewsAuxiliary = "news_auxiliary";
    public const string AppositionPart = "apposition_part";
    /// <summary>Opens a relative clause about people after a comma, passed over like an aside between a figure and its casualty words: "three guards, who were on duty at the gate, were hurt" (CasualtyRecognizer.AppositionStart); not <see cref="RelativeOpener"/>.</summary>
    public const string PersonRelative = "person_relative";
    public const string TollNoun = "toll_noun";
    /// <summary>Labels a pipe table's row that sums the rows above it: "| Total | 4 | 6 |" (CasualtyRecognizer.TableRowFigures).</summary>
    public const string TotalLabel = "total_label";
    /// <summary>Two words after one victim's death or injury that add one more person like it: "X was killed, and so was Y", "X died, as did Y" (CasualtyRecognizer.AlsoOneAfter).</summary>
    public const string AlsoOne = "also_one";
    /// <summary>Two words after one victim's death, later in its clause, that add the persons named after them: "was shot dead together with his driver" (CasualtyRecognizer.CompanionsAfter).</summary>
    public const string Companion = "companion";
    /// <summary>Ends the search for companion words in a victim's clause: "and", "while", "who" (CasualtyRecognizer.CompanionsAfter).</summary>
    public const string CompanionBreak = "companion_break";
    /// <summary>A lower-case word that never describes the victims after it: "of", "and", "with" (CasualtyRecognizer.DescribesVictim).</summary>
    public const string VictimDescriberStop = "victim_describer_stop";
    /// <summary>A plural noun naming the victims counted elsewhere: "three of the victims died" counts no one of its own (CasualtyRecognizer.FigureBefore).</summary>
    public const string ToldVictims = "told_victims";
    /// <summary>Two words after "the" that give again, with a new figure, the count of the dead told in the sentence before: "the number is six" (CasualtyRecognizer.RestatedToll).</summary>
    public const string RestatedToll = "restated_toll";
    /// <summary>Right before a figure that ends its sentence, gives the dead counted so far again: "So now it is four." after a death told (CasualtyRecognizer.RestatedToll).</summary>
    public const string RunningCount = "running_count";
    public const string ActorModifier = "actor_modifier";
    public const string ClauseLead = "clause_lead";
    public const string TollQualifier = "toll_qualifier";
    public const string TollVerb = "toll_verb";
    public const string AdditionWord = "addition_word";
    public const string TollPreposition = "toll_preposition";
    public const string AsideDeterminer = "aside_determiner";
    public const string PenaltyVerb = "penalty_verb";
    public const string IntakeVerb = "intake_verb";
    public const string LaterDeath = "later_death";
    public const string RemainderWord = "remainder_word";
    /// <summary>The noun of dead found ("two bodies were found"): after as large a count of the dead, a part of it (IncidentExtractor.RemainsOfCounted).</summary>
    public const string RemainsNoun = "remains_noun";
    /// <summary>Right before the figure a toll rose from, "raised from eight after two more bodies were pulled out": with the added victims, it makes the count before them, which holds them already (IncidentExtractor.RiseFrom).</summary>
    public const string TollRiseFrom = "toll_rise_from";
    /// <summary>After "the", names the dead counted as a whole, in a sentence that tells who they were: "most of the dead were traders, but four constables were among them" (IncidentExtractor.MakeUpOfDead).</summary>
    public const string DeadWhole = "dead_whole";
    /// <summary>Tells the state of the hurt a figure counts, "four are in a critical condition", "three were treated and released": after a larger count of the hurt, a part of it (IncidentExtractor.RemainderAfterLarger).</summary>
    public const string ConditionWord = "condition_word";
    public const string HurtNoun = "hurt_noun";
    /// <summary>One in care after an attack, "patient": as the subject of a verb of dying (death_verb), one of the hurt who died since, "one patient died overnight" (CasualtyRecognizer.IsLaterDeath).</summary>
    public const string PatientNoun = "patient_noun";
    public const string HarmNoun = "harm_noun";
    /// <summary>Opens an aside between a verb of harm and its subject, passed over to find the subject: "a pupil who was at the stop sustained cuts" (CasualtyRecognizer.SubjectEnd).</summary>
    public const string SubjectAside = "subject_aside";
    /// <summary>A word inside an aside after one person that tells what such a person is called ("as minibus drivers are known locally"): the aside is that person (CasualtyRecognizer.IsSubjectAside).</summary>
    public const string NamingWord = "naming_word";
    public const string ChargeVerb = "charge_verb";
    public const string HeadlineClaim = "headline_claim";
    public const string HoldVerb = "hold_verb";
    public const string AttackSupport = "attack_support";
    /// <summary>A verb of choice or attempt that, with "to", may stand between an armed group's name and its attack verb ("X have chosen to kill traders", "X tried to storm the post").</summary>
    public const string IntentVerb = "intent_verb";
    public const string BlameVerb = "blame_verb";
    public const string ForceNoun = "force_noun";
    public const string ForceModifier = "force_modifier";
    public const string ForceHead = "force_head";
    public const string ArrestVerb = "arrest_verb";
    public const string StartVerb = "start_verb";
    /// <summary>A word of justice's steps after an attack: a few words before a day, makes it that step's day ("due in court on Monday"; IncidentExtractor.DatesLegalStep).</summary>
    public const string LegalStep = "legal_step";
    /// <summary>A road_noun that names a journey, not a road: "from X" after it is where the journey set out, no scene ("a bus travelling from X").</summary>
    public const string JourneyWord = "journey_word";
    /// <summary>A word of a trial in a headline: the page tells a step of justice about an older attack, which it retells ("gunman jailed for life"; IncidentExtractor.RetoldAttack).</summary>
    public const string TrialWord = "trial_word";
    /// <summary>A word of a charge or an arrest right before a step_link: "accused of", "in connection with" (IncidentExtractor.NamedAsCharge).</summary>
    public const string StepObject = "step_object";
    /// <summary>A preposition after a legal step or a step_object that opens the crime it is about: "charged with", "trial over" (IncidentExtractor.NamedAsCharge).</summary>
    public const string StepLink = "step_link";
    /// <summary>A verb right before "out" that rules something out: "ruled out", "ruling out" (IncidentExtractor.RulesOutAttack).</summary>
    public const string RuleOutVerb = "rule_out_verb";
    /// <summary>A word of a meant harm that, a few words after "ruled out", says no one meant it: "ruling out a deliberate attack".</summary>
    public const string RuleOutObject = "rule_out_object";
    /// <summary>A word a few words before "ruled out" that keeps the possibility open: "cannot rule out", "refused to rule out".</summary>
    public const string RuleOutDoubt = "rule_out_doubt";
    /// <summary>A word of a motive between "ruled out" and its object: "ruled out a terrorist motive" is no finding of an accident.</summary>
    public const string RuleOutMotive = "rule_out_motive";
    /// <summary>A word after a denial of a link between attacks, in its clause, that leaves the link open: "no link between the two has yet been confirmed" (IncidentExtractor.SaysUnrelated).</summary>
    public const string LinkPending = "link_pending";
    /// <summary>A negation of a verb after a group's own word of its men: "that its members had not" (IncidentExtractor.NegatedAfter).</summary>
    public const string VerbNegation = "verb_negation";
    public const string FireNoun = "fire_noun";
    /// <summary>A plural noun of the places attacks struck: a count right before it counts places, not victims ("the wounded of both sites").</summary>
    public const string StruckPlaceNoun = "struck_place_noun";
    public const string KindleVerb = "kindle_verb";
    /// <summary>A target category (targets.tsv) of infrastructure: a fire there told as deliberate is arson (IncidentExtractor.InfrastructureFires).</summary>
    public const string InfrastructureTarget = "infrastructure_target";
    /// <summary>A word right after a fire noun that makes it part of another noun: "the fire brigade", "fire crews".</summary>
    public const string FireCompound = "fire_compound";
    /// <summary>A word that tells a fire in its sentence as set on purpose: "the fire was a deliberate act" (IncidentExtractor.DeliberateFires).</summary>
    public const string DeliberateWord = "deliberate_word";
    /// <summary>A word that leaves a deliberate fire in doubt in its sentence: "nothing suggests", "whether the fire was deliberate".</summary>
    public const string DeliberateDoubt = "deliberate_doubt";
    public const string PeriodEdge = "period_edge";
    public const string PeriodUnit = "period_unit";
    public const string HabitualAdverb = "habitual_adverb";
    /// <summary>A body of people before "of" that opens the attackers' clause: "a band of gunmen stormed" (IncidentExtractor.CollectiveSubject).</summary>
    public const string CollectiveNoun = "collective_noun";
    public const string RelationPreposition = "relation_preposition";
    /// <summary>Besides determiners and numbers, may open the next member of a list of victims: ", both women," (IncidentExtractor.ListFiller).</summary>
    public const string ListOpener = "list_opener";
    /// <summary>Joins the members of a list of victims: "two teachers and a nurse" (IncidentExtractor.SubjectOfCasualty, AmongVictims).</summary>
    public const string ListJoiner = "list_joiner";
    /// <summary>Ends a list member looking back from a victim's word (IncidentExtractor.AfterPreposition).</summary>
    public const string ListItemBreak = "list_item_break";
    /// <summary>After a list of victims, ends the clause before its casualty phrase: "a driver who died" (IncidentExtractor.SubjectOfCasualty).</summary>
    public const string CasualtyClauseBreak = "casualty_clause_break";
    /// <summary>Before "of", a count of a group that leaves the noun after "of" the subject: "two of our nurses" (IncidentExtractor.AfterPreposition).</summary>
    public const string PartitiveQuantifier = "partitive_quantifier";
    /// <summary>May follow the head noun of a victim named in a roll of the dead or the hurt (IncidentExtractor.AmongVictims).</summary>
    public const string VictimHeadFollower = "victim_head_follower";
    /// <summary>A possessive after a comma in a roll of victims names others: "the victims, their families" (IncidentExtractor.AmongVictims).</summary>
    public const string OthersPossessive = "others_possessive";
    /// <summary>Before a count and a unit of time, makes a toll over that stretch: "3,000 died over 30 years" (IncidentExtractor.CountsOverPeriod).</summary>
    public const string StretchPreposition = "stretch_preposition";
    /// <summary>Says attacks are a habit of a place or a time, not one event: "kidnappings are commonplace" (IncidentExtractor.TellsHabit).</summary>
    public const string HabitWord = "habit_word";
    /// <summary>A verb of happening in the present after an attack word: "attacks happen without warning" (IncidentExtractor.TellsHabit).</summary>
    public const string HabitVerb = "habit_verb";
    public const string SettingPreposition = "setting_preposition";
    public const string ClaimSpeaker = "claim_speaker";
    public const string OwnForce = "own_force";
    public const string DefenceVerb = "defence_verb";
    /// <summary>After a speaker's "said its troops", says they fought a side, not that they did the attack (IncidentExtractor.ClaimsOnlyAFight).</summary>
    public const string CombatVerb = "combat_verb";
    public const string CommuniqueNoun = "communique_noun";
    public const string Remembrance = "remembrance";
    public const string ClaimVerb = "claim_verb";
    public const string ClaimBoast = "claim_boast";
    public const string AttackerCountOpener = "attacker_count_opener";
    /// <summary>A reflexive pronoun that may stress the attacker a count holds: "including the gunman himself" (CasualtyRecognizer.WithoutAttackers).</summary>
    public const string AttackerReflexive = "attacker_reflexive";
    /// <summary>A verb whose subject is a count of the dead and whose object is an attacker in it: "the four dead include the gunman" (CasualtyRecognizer.LaterAttackerOpener).</summary>
    public const string AttackerCountVerb = "attacker_count_verb";
    /// <summary>A person's noun that may stand for anyone another sentence names: "a person", "a victim" (IncidentExtractor.OneByOneDeaths).</summary>
    public const string AnyoneNoun = "anyone_noun";
    /// <summary>A describing word between the article and a settlement noun after a name and its comma: "X, a small village" (IncidentExtractor.SettlementAfterName).</summary>
    public const string SettlementAdjective = "settlement_adjective";
    /// <summary>A verb that raises a count to a new figure: "brings the dead to four" (CasualtyRecognizer.RaisedTollFigure).</summary>
    public const string TollRaiser = "toll_raiser";
    /// <summary>A relative word between a toll's victims and their casualty word: "the number of people who died" (CasualtyRecognizer.CountedByToll).</summary>
    public const string TollRelative = "toll_relative";
    /// <summary>A word that stands for the victims a toll counts before their casualty word: "the number of those killed" (CasualtyRecognizer.CountedByToll).</summary>
    public const string TollDeterminer = "toll_determiner";
    /// <summary>A verb of death that counts only a written figure or an ordinal before it, never a bare subject: "Two die", "Third guard dies" (CasualtyRecognizer).</summary>
    public const string CountedOnlyDeath = "counted_only_death";
    /// <summary>A force that answers an attack: "police opened fire" (IncidentExtractor.ResponderAct).</summary>
    public const string ResponderNoun = "responder_noun";
    public const string DirectionWord = "direction_word";
    public const string RoadNoun = "road_noun";
    /// <summary>A vehicle of a scheduled run a few words before a direction word: "the last train to X" leads to X, no scene there.</summary>
    public const string JourneyVehicle = "journey_vehicle";
    /// <summary>Opens a pair of places that bound one stretch: "between X and Y"; the second is no scene of its own.</summary>
    public const string SpanWord = "span_word";
    /// <summary>A verb that places an attack already told: "the attack took place near X" (IncidentExtractor.PlacesToldAttack).</summary>
    public const string PlacingVerb = "placing_verb";
    /// <summary>A conjunction that may open a clause before its day or its verb of happening: "and on Wednesday the spokesman said", "And it happened on Tuesday" (IncidentExtractor.DatesTelling, OpensWithHappening).</summary>
    public const string ClauseConjunction = "clause_conjunction";
    public const string DeathVerb = "death_verb";
    public const string NightWord = "night_word";
    /// <summary>A word that tells a day as its evening or night: "Saturday night", "late on Saturday" (IncidentExtractor.EveningDay).</summary>
    public const string EveningWord = "evening_word";
    /// <summary>A verb of putting out a statement: "released on Wednesday" dates the release (IncidentExtractor.DatesTelling).</summary>
    public const string ReleaseVerb = "release_verb";
    /// <summary>A verb of reaching a source: "an officer reached by our desk on Friday" dates the contact (IncidentExtractor.DatesTelling).</summary>
    public const string ContactVerb = "contact_verb";
    public const string PresentSpeechVerb = "present_speech_verb";
    /// <summary>A noun of a piece put out: "our report on Monday 23 March" dates that piece (IncidentExtractor.DatesTelling).</summary>
    public const string ReleaseNoun = "release_noun";
    /// <summary>A verb whose object is a count: "police gave two dead on Thursday" dates the count's telling (IncidentExtractor.DatesTelling).</summary>
    public const string TallyVerb = "tally_verb";
    /// <summary>A part of the day written before its day: "on the evening of Wednesday" (IncidentExtractor.DatesTelling).</summary>
    public const string DaypartWord = "daypart_word";
    /// <summary>May stand between an attack noun and its own day written after it: "the shooting happened late on Saturday, 3 May 2024" (IncidentExtractor.DayAfterItsAttack).</summary>
    public const string OwnDayLink = "own_day_link";
    /// <summary>A court proceeding right after the town it is named after: "the X trial" (IncidentExtractor.NamesProceeding).</summary>
    public const string ProceedingNoun = "proceeding_noun";
    /// <summary>A relative word after a day that opens the clause naming the attack as where the day's act took place (IncidentExtractor.DatesActBeforeRelative); not <see cref="RelativeWord"/>.</summary>
    public const string RelativeOpener = "relative_opener";
    /// <summary>A word after a day that opens the clause of what came before the day's act: "shares fell on Friday after the company said gunmen had attacked its yard" (IncidentExtractor.DatesSequel).</summary>
    public const string SequelOpener = "sequel_opener";
    public const string SiteTarget = "site_target";
    public const string ToldDeterminer = "told_determiner";
    /// <summary>Right before an attack word, points back to the attack the sentence before told: "that explosion", "the same blast" (IncidentExtractor.WithPastPassages).</summary>
    public const string PastPointer = "past_pointer";
    /// <summary>Opens a noun phrase on something not told before: "A wall collapsed" opens a new event (IncidentExtractor.OpensNonAttack).</summary>
    public const string IndefiniteArticle = "indefinite_article";
    /// <summary>A verb of a speaker's memory: before an earlier year it makes its sentence background (IncidentExtractor.RecallsEarlierYear).</summary>
    public const string MemoryVerb = "memory_verb";
    /// <summary>Right before a count of attacks, makes them ones already told: "the two crimes" (IncidentExtractor.AttackCounts).</summary>
    public const string ToldCount = "told_count";
    public const string PartOfTold = "part_of_told";
    /// <summary>A verb of medical care right before a count: "had undergone two operations" counts surgeries, no attacks (IncidentExtractor.AttackCounts).</summary>
    public const string SurgeryVerb = "surgery_verb";
    /// <summary>Ends the describing words between a count and the attacks it counts (IncidentExtractor.AttackCounts).</summary>
    public const string CountJoiner = "count_joiner";
    /// <summary>A describing word between a count and the attacks it counts that tells them apart: "two separate shootings" are no series (IncidentExtractor.AttackCounts).</summary>
    public const string ApartCount = "apart_count";
    public const string RecentUnit = "recent_unit";
    /// <summary>A plural noun of settlements that an attack counts: "attacked two villages" is a series (IncidentExtractor.CountsStruckPlaces).</summary>
    public const string StruckPlace = "struck_place";
    /// <summary>A noun of a site within a town that ends the site's name: "X Chowk", "the Y Gate checkpoint" (IncidentExtractor.SiteWave).</summary>
    public const string SiteNameNoun = "site_name_noun";
    /// <summary>A capitalised word that names no site before a site name noun: "the Police checkpoint" (IncidentExtractor.SiteWave).</summary>
    public const string SiteNameStop = "site_name_stop";
    /// <summary>A label word that, opening a line before a colon, says the place right after it is where the block's event was: "Location: X" (IncidentExtractor.LabelsPlaceLine); in a form's label, asks for the place it records: "Place of loss:" (IncidentExtractor.PlaceField).</summary>
    public const string PlaceLabel = "place_label";
    /// <summary>A label word that, opening a line before a colon, says who did the block's attack: "Attribution: claimed (X)" (IncidentExtractor.LabelledClaim).</summary>
    public const string ClaimLabel = "claim_label";
    public const string TableNo = "table_no";
    /// <summary>Right before a device noun, tells one more device of a kind named before: "a second device", "another bomb" (IncidentExtractor.RepeatedDeviceKind).</summary>
    public const string RepeatWord = "repeat_word";
    /// <summary>Before a victim's noun, brings in someone new: "a", "another", "one" (IncidentExtractor.IntroducedAfresh).</summary>
    public const string FreshDeterminer = "fresh_determiner";
    /// <summary>Before a victim's noun, points back to someone named before: "the", "this", "his" (IncidentExtractor.IntroducedAfresh).</summary>
    public const string BackDeterminer = "back_determiner";
    /// <summary>A noun for an explosive device that names no kind: "device", "bomb", "charge" (IncidentExtractor.RepeatedDeviceKind).</summary>
    public const string DeviceNoun = "device_noun";
    /// <summary>Near a device noun or a weapon's name, tells a device that never went off: "unexploded", "defused", "found" (IncidentExtractor.UnspentDevice).</summary>
    public const string UnspentWord = "unspent_word";
    /// <summary>Before "to" and a town, names where a vehicle or road goes: "buses to X", "the road to X" (IncidentExtractor.RouteDestination).</summary>
    public const string RouteNoun = "route_noun";
    /// <summary>Opens a clause that tells what befell the sentence's subject: "the editor was closing up when a man shot him" (IncidentExtractor.SubjectHarmedLater).</summary>
    public const string HarmClauseOpener = "harm_clause_opener";
    /// <summary>The person harmed, as the object of the harm word: "shot him", "stabbed her" (IncidentExtractor.SubjectHarmedLater).</summary>
    public const string HarmedPronoun = "harmed_pronoun";
    /// <summary>A noun for a device or its filling that a word of its making or hiding may describe: "device", "bombs", "explosives" (IncidentExtractor.ImprovisedDevice).</summary>
    public const string MadeNoun = "made_noun";
    /// <summary>A word (or two) that says a device was made by hand: "a home-made device", "the bomb was a pressure cooker" (IncidentExtractor.ImprovisedDevice).</summary>
    public const string ImprovisedMark = "improvised_mark";
    /// <summary>May stand between a device noun and a word of its making or hiding after it: "the device was home-made", "had been hidden in" (IncidentExtractor.ImprovisedDevice).</summary>
    public const string DeviceCopula = "device_copula";
    /// <summary>A part only a bomb made by hand has, in a sentence with a device noun: "timer" (IncidentExtractor.ImprovisedDevice).</summary>
    public const string DevicePart = "device_part";
    /// <summary>After a device noun, tells it hidden in a container: "hidden", "concealed" (IncidentExtractor.ImprovisedDevice).</summary>
    public const string ConcealVerb = "conceal_verb";
    /// <summary>Right after a conceal verb, opens what the device was hidden in: "in", "inside" (IncidentExtractor.ImprovisedDevice).</summary>
    public const string ConcealPreposition = "conceal_preposition";
    /// <summary>A bag, box, bin or other vessel a device is hidden in (IncidentExtractor.ImprovisedDevice).</summary>
    public const string ContainerNoun = "container_noun";
    /// <summary>A noun for a piece a paper ran, that a correction item cites by its day: "An article on 12 July about ..." (IncidentExtractor.CorrectionItems).</summary>
    public const string CitedPiece = "cited_piece";
    /// <summary>A verb that tells what the cited piece said, wrongly: "said", "gave" (IncidentExtractor.CorrectionItems).</summary>
    public const string CitedVerb = "cited_verb";
    /// <summary>A word that marks a passage as a correction: "correct", "wrongly", "incorrectly" (IncidentExtractor.CorrectionItems).</summary>
    public const string CorrectionWord = "correction_word";
    /// <summary>Opens the clause of a figure given earlier, that a figure given now in its sentence replaces: "we earlier reported 12 dead; ..." (IncidentExtractor.CorrectedFigures).</summary>
    public const string EarlierFigure = "earlier_figure";
    /// <summary>Opens the clause of the figure that stands now beside an earlier one: "police now say 8" (IncidentExtractor.CorrectedFigures).</summary>
    public const string CurrentFigure = "current_figure";
    /// <summary>Says that the figures its sentence names are out of date: "the figures given earlier (8, then 11) are out of date", "do not use "three dead"" (IncidentExtractor.SupersededValues).</summary>
    public const string SupersededFigure = "superseded_figure";
    /// <summary>Names a count given before the news was sorted out: "the first reports said five dead" (IncidentExtractor.EarlierCountOfSeries).</summary>
    public const string EarlierCount = "earlier_count";
    /// <summary>In a correction, says that a victim counted among the dead is alive: "the waiter is alive", "was not among the dead" (IncidentExtractor.WithRetractedDeaths).</summary>
    public const string RetractedDeath = "retracted_death";
    /// <summary>Tells that the survivor of a retracted death is hurt: "recovering from a wound" (IncidentExtractor.WithRetractedDeaths).</summary>
    public const string SurvivorWound = "survivor_wound";
    /// <summary>Dates an act by pointing back to the day the sentence before wrote: "that day", "the same day" (IncidentExtractor.WithDaysReferredBack).</summary>
    public const string DayBackReference = "day_back_reference";
    /// <summary>May stand between a hearsay cue and the figure it passes on: "heard that maybe 5 ...", "unconfirmed reports said 12 ..." (IncidentExtractor.HearsayBefore).</summary>
    public const string RumourFiller = "rumour_filler";
    /// <summary>Between a figure's clause, after its comma, and a hearsay cue that closes it: "that is what" in "two dead, that is what people are saying" (IncidentExtractor.HearsayAfter).</summary>
    public const string RumourTail = "rumour_tail";
    /// <summary>Opens a verdict of falsehood that points back to the sentence before it: "That is not right." (IncidentExtractor.RefutedSentences).</summary>
    public const string RefutingOpener = "refuting_opener";
    /// <summary>Calls what was said before wrong in a sentence that opens on a word pointing back: "That was wrong." (IncidentExtractor.RefutedBefore).</summary>
    public const string RefutingVerdict = "refuting_verdict";
    /// <summary>A verb of happening that, negated, denies the time after it: "did not occur at 10 p.m. on Sunday" (IncidentExtractor.DeniesTime).</summary>
    public const string OccurrenceVerb = "occurrence_verb";
    /// <summary>Makes the date after it a limit, not a denied time: "did not take place until Monday" (IncidentExtractor.DeniesTime).</summary>
    public const string TimeLimit = "time_limit";
    /// <summary>A word for the one who wrote or filed the article ("journalist", "correspondent"): with "in"/"from" and a town, the writer's home (IncidentExtractor.HomeTowns).</summary>
    public const string WriterNoun = "writer_noun";
    /// <summary>A verb of writing or filing before "from" and a town: "writing from X" (IncidentExtractor.HomeTowns).</summary>
    public const string WriterVerb = "writer_verb";
    /// <summary>A word that before a colon at a line's head labels it a photo's caption: "Caption: ...", "Photo: ..." (IncidentExtractor.HomeTowns).</summary>
    public const string CaptionLabel = "caption_label";
    /// <summary>A word of a form's label that asks for a day or a time: "Date and time of loss:" (IncidentExtractor.FieldDay).</summary>
    public const string FieldDate = "field_date";
    /// <summary>A noun of what a form records happened: "loss", "incident", "occurrence" (IncidentExtractor.FieldDay).</summary>
    public const string FieldEvent = "field_event";
    /// <summary>A label word that alone asks when what a fact box records happened: "When:" (IncidentExtractor.FieldDay).</summary>
    public const string FieldWhen = "field_when";
    /// <summary>A relative word that opens a clause describing a person, a place or a group, whose date is no attack's (IncidentExtractor.InDescriptiveClause); not <see cref="RelativeOpener"/>.</summary>
    public const string RelativeWord = "relative_word";
    public const string NameBreak = "name_break";
    public const string EarlierAuxiliary = "earlier_auxiliary";
    public const string KinFighter = "kin_fighter";
    public const string PublicSiteClass = "public_site_class";
    /// <summary>A force's site or unit that names no force ("a checkpoint", "the patrol"): its class gives way to the force the attack's other target words name (IncidentExtractor.DropBareForceSite).</summary>
    public const string BareForceSite = "bare_force_site";
    /// <summary>A word for people that names no class of its own ("men"): it gives way to a force the attack's other target words name (IncidentExtractor.DropBarePeople).</summary>
    public const string BarePeople = "bare_people";
    /// <summary>A goods vehicle ("truck", "lorries"): it gives way to a force the attack's other target words name, whose own vehicle it was (IncidentExtractor.DropForceVehicle).</summary>
    public const string GoodsVehicle = "goods_vehicle";
    /// <summary>A word for people who work at or guard a site ("guard", "watchman", "workers"): harmed there they take the site's class, not civilians besides (IncidentExtractor.DropSiteStaff).</summary>
    public const string SiteStaff = "site_staff";
    /// <summary>A word for a guard hired to keep a site ("security guard", "watchman"): harmed where nothing else is named, a business's (IncidentExtractor.HarmedHiredGuardsOnly).</summary>
    public const string HiredGuard = "hired_guard";
    public const string EscortVictim = "escort_victim";
    /// <summary>A phrase after a death that places it at the scene ("at the scene", "on the spot"): IncidentExtractor.SceneAndLaterDeaths.</summary>
    public const string SceneDeath = "scene_death";
    /// <summary>A word after a death that tells it came after the attack ("overnight", "later", "hospital"): IncidentExtractor.SceneAndLaterDeaths.</summary>
    public const string AfterSceneDeath = "after_scene_death";
    /// <summary>A word or mark that ends the clause of a death, past which no timing word counts ("," "and" "when"): IncidentExtractor.DeathTiming.</summary>
    public const string DeathClauseEnd = "death_clause_end";
    /// <summary>A word right before "guard" that makes him a force's or a state's ("border guard", "prison guard"): no hired guard.</summary>
    public const string StateGuardModifier = "state_guard_modifier";
    /// <summary>A utility's site a company runs for trade ("an oil terminal", "a gas processing plant"): the attack hit a business too (IncidentExtractor.BuildReport).</summary>
    public const string TradeUtility = "trade_utility";
    /// <summary>Opens an aside about how a speaker spoke, between commas before his speech verb: "who asked not to be named", "speaking on condition of anonymity" (IncidentExtractor.SpeakingAside).</summary>
    public const string SpeakingAside = "speaking_aside";
    public const string AddresseeVerb = "addressee_verb";
    /// <summary>A word right after a force's noun that is no act of it ("police and the gunmen", "officers of the unit"): IncidentExtractor.FiresAtAttacker.</summary>
    public const string ResponderBreak = "responder_break";
    /// <summary>A describing word of a force between an agent word and the force ("shot by armed officers"): IncidentExtractor.LinkedTarget.</summary>
    public const string AgentModifier = "agent_modifier";
    /// <summary>A possessive that may stand between an addressee verb and who was spoken to ("tells our reporter"), as a determiner does (IncidentExtractor.Addressed).</summary>
    public const string AddresseePossessive = "addressee_possessive";
    public const string KinModifier = "kin_modifier";
    public const string KinGroup = "kin_group";
    public const string Beneath = "beneath";
    /// <summary>Before or after a bomb word, tells the bomb laid and left to go off, so no suicide attack: "planted a bomb", "the bomb was placed" (IncidentExtractor.LaidDevice).</summary>
    public const string LayingVerb = "laying_verb";
    /// <summary>May stand between a bomb word and a laying verb after it: "the bomb was placed", "had been hidden" (IncidentExtractor.LaidDevice).</summary>
    public const string LaidAuxiliary = "laid_auxiliary";
    /// <summary>Right after "left" that follows a bomb word, makes it the bomb's laying ("a device left near the gate"), not its toll (IncidentExtractor.LaidDevice).</summary>
    public const string LaidPlace = "laid_place";
    /// <summary>Relates two attacks a sentence names ("nothing linking the grenade attack to the bombing"): its weapons are neither's (IncidentExtractor.RelatesAttacks).</summary>
    public const string LinkWord = "link_word";
    public const string HedgeWord = "hedge_word";
    public const string GroupNoun = "group_noun";
    public const string ArmedGroupNoun = "armed_group_noun";
    public const string ArmedDescriptor = "armed_descriptor";
    public const string NameConnector = "name_connector";
    /// <summary>A Romance connector inside a name: "Radio Voz del X", "Colegio de X", "Banco do X" (IncidentExtractor.EndsForeignName).</summary>
    public const string RomanceConnector = "romance_connector";
    /// <summary>A lower-case article that joins a name only with a hyphen to the word after it: "Jund ash-X" (Annotation.UnlistedActors).</summary>
    public const string NameParticle = "name_particle";
    /// <summary>A name_connector that may follow another inside a name: "Front for the Liberation", "Mouvement pour la Défense" (Annotation.UnlistedActors).</summary>
    public const string NameArticle = "name_article";
    public const string GroupFollower = "group_follower";
    /// <summary>May stand between a group's name and its own claim: "the X Front has claimed", "the X Front later claimed" (Annotation.UnlistedActors).</summary>
    public const string ClaimantFiller = "claimant_filler";
    /// <summary>After an attack word, makes the attack the one that started the fighting: "X soldiers opened fire first" (IncidentExtractor.StruckFirst).</summary>
    public const string ProvocationWord = "provocation_word";
    /// <summary>Opens a claim cue that is no verb, so has no subject right before it: "said on Sunday that its fighters" (Annotation.UnlistedActors).</summary>
    public const string ClaimNonVerb = "claim_non_verb";
    /// <summary>A noun for people blamed by what they are, right after a cue of blame: "attributed the attack to armed herders" (IncidentExtractor.DescribedGroupAfter).</summary>
    public const string DescribedGroup = "described_group";
    /// <summary>A verb of ascribing whose accused follows a "to" a few words on: "attributed the raid to herders" (IncidentExtractor.DescribedGroupAfter).</summary>
    public const string AscribeVerb = "ascribe_verb";
    /// <summary>May stand before a <see cref="DescribedGroup"/> noun, part of the name: "armed herders", "nomadic herders".</summary>
    public const string DescribedGroupModifier = "described_group_modifier";
    /// <summary>A person's role in a group: a name before a claim with one of these words is the person speaking for it (Annotation.UnlistedActors).</summary>
    public const string SpeakerRole = "speaker_role";
    /// <summary>An official's title inside a capitalised name: "the Chief of Defence Staff" names an office, no armed group (Annotation.UnlistedActors).</summary>
    public const string OfficeTitle = "office_title";
    /// <summary>A province's officer before "of" and a town in a headline: "Governor of X" names the province's seat, no scene (IncidentExtractor.OfficialsSeat).</summary>
    public const string ProvinceTitle = "province_title";
    /// <summary>Gives a group's name right after a noun for an armed group: "a gang known as the X" (Annotation.UnlistedActors).</summary>
    public const string NamingPhrase = "naming_phrase";
    /// <summary>Gives the name a thing calls itself right after any noun for it: "a Telegram channel calling itself X" (Annotation.UnlistedActors).</summary>
    public const string SelfNamingPhrase = "self_naming_phrase";
    /// <summary>Joins a noun to the capitalised name of the service it is on before a <see cref="SelfNamingPhrase"/>: "a channel on Telegram calling itself X" (Annotation.UnlistedActors).</summary>
    public const string SelfNamingVenueLead = "self_naming_venue_lead";
    /// <summary>A noun for what speaks for a group, before "of" and the group's name after a <see cref="SelfNamingPhrase"/>: "calling itself the voice of the X Brigade" (Annotation.UnlistedActors).</summary>
    public const string SelfNamingVoice = "self_naming_voice";
    /// <summary>May open a group's other name inside brackets after its name: "the X Front (also Y)" (Extraction.GroupAliases).</summary>
    public const string AliasOpener = "alias_opener";
    /// <summary>The word before a language's name that ends a group's other name inside brackets: "(Y in French)" (Extraction.GroupAliases).</summary>
    public const string AliasLanguageLead = "alias_language_lead";
    /// <summary>May stand between "the" and a group's name after a cue ending in "by": "directed by the so-called X Front" (Annotation.UnlistedActors).</summary>
    public const string NameOpener = "name_opener";
    /// <summary>Words before "the" and the name of the group someone belongs to: "members of the X Crew are behind it" (Annotation.UnlistedActors).</summary>
    public const string MembershipPhrase = "membership_phrase";
    /// <summary>Words right before the name of the group one speaks for, in a sentence of its own claim after the name: "a man speaking for X said the gang had set off the charge" (Annotation.UnlistedActors).</summary>
    public const string VoicePhrase = "voice_phrase";
    /// <summary>A capitalised last word that makes a name after a <see cref="MembershipPhrase"/> a band's: "the X Crew" (Annotation.UnlistedActors).</summary>
    public const string GroupNameHead = "group_name_head";
    /// <summary>A capitalised first word that makes a name an armed group's wherever it stands: "Lashkar-e-X", "Katibat X" (Annotation.UnlistedActors).</summary>
    public const string GroupNameLead = "group_name_lead";
    /// <summary>Ends a cue of claim or blame whose group is named right after it: "pointed the finger at the X Brigade" (Annotation.UnlistedActors).</summary>
    public const string AccusedOpener = "accused_opener";
    public const string HabitualClaim = "habitual_claim";
    /// <summary>The last word of a cue of blame whose subject is the accused: "the X Front was behind the raid" (Annotation.UnlistedActors).</summary>
    public const string AccusedSubjectEnd = "accused_subject_end";
    /// <summary>A pronoun right before a denial that names no actor, speaking for the accused: "He rejected the accusation" (IncidentExtractor.PronounAnswersAccusation).</summary>
    public const string DenierPronoun = "denier_pronoun";
    /// <summary>May stand with an auxiliary between a <see cref="DenierPronoun"/> and its denial: "the movement has firmly denied" (IncidentExtractor.PronounAnswersAccusation).</summary>
    public const string DenialAdverb = "denial_adverb";
    /// <summary>Next to a noun for the group, makes it the accused: "the group accused by the minister denies" (IncidentExtractor.AccusedDenier).</summary>
    public const string AccusedMarker = "accused_marker";
    /// <summary>A verb of denial before a claim cue in its clause: what follows is denied, not claimed ("denied that one of its members ...").</summary>
    public const string DenialVerb = "denial_verb";
    /// <summary>A word that ends the reach of a verb of denial: "denied the blast but said its fighters attacked the post".</summary>
    public const string DenialBreak = "denial_break";
    /// <summary>A noun for a group's fighters right after its capitalised name, after a cue of blame: "blamed Zulu militiamen" (IncidentExtractor.NamedMembersAt).</summary>
    public const string NamedMemberNoun = "named_member_noun";
    /// <summary>Counts every attack of a series before a series noun, after a group's own claim: "both", "the two", "all the" (IncidentExtractor.NamesSeries).</summary>
    public const string SeriesCount = "series_count";
    /// <summary>A plural noun for attacks after a series count: "said its men carried out both raids" (IncidentExtractor.NamesSeries).</summary>
    public const string SeriesNoun = "series_noun";
    /// <summary>Opens a line marking a paragraph appended as a story develops: "Update (10:35):", "UPDATE 2" (IncidentExtractor.LastUpdateWith).</summary>
    public const string UpdateWord = "update_word";
    /// <summary>After an hour, makes it a clock hour: "two o'clock" (IncidentExtractor.OClockHours).</summary>
    public const string OClockWord = "oclock_word";
    /// <summary>After "in the" following an o'clock hour, puts it past noon: "four o'clock in the afternoon" (IncidentExtractor.OClockHours).</summary>
    public const string AfternoonWord = "afternoon_word";
    /// <summary>The word of the hour that ends the day: "midnight" (IncidentExtractor.ClockHours, SaysAfterMidnight).</summary>
    public const string MidnightWord = "midnight_word";
    /// <summary>Right before a midnight word, puts the time in the small hours of the next day: "just after midnight" (IncidentExtractor.SaysAfterMidnight).</summary>
    public const string MidnightAfter = "midnight_after";
    /// <summary>Right before a midnight word, puts the time in the evening's last hour: "shortly before midnight" (IncidentExtractor.ClockHours).</summary>
    public const string MidnightBefore = "midnight_before";
    /// <summary>A part of an hour told in words: "a quarter to nine", "half past ten" (IncidentExtractor.FractionHours).</summary>
    public const string ClockFraction = "clock_fraction";
    /// <summary>Between a clock fraction and the hour it comes before: "a quarter to nine" (IncidentExtractor.FractionHours).</summary>
    public const string ClockTo = "clock_to";
    /// <summary>Between a clock fraction and the hour it comes after: "half past ten" (IncidentExtractor.FractionHours).</summary>
    public const string ClockPast = "clock_past";

    private static readonly Lazy<FunctionWords> LazyDefault = new(() => Load(DataFiles.PathOf("lexicons", "function_words.tsv")));
    private readonly Dictionary<string, HashSet<string>> _sets = new(StringComparer.Ordinal);

    public static FunctionWords Default => LazyDefault.Value;

    public static FunctionWords Load(string path)
    {
        var words = new FunctionWords();
        foreach (var (_, f) in TsvFile.Read(path, 2))
        {
            if (!words._sets.TryGetValue(f[0], out var set)) words._sets[f[0]] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(f[1]);
        }
        return words;
    }

    /// <summary>The words of one role; an unknown role is an error in the data.</summary>
    public IReadOnlySet<string> Of(string kind) =>
        _sets.TryGetValue(kind, out var set) ? set : throw new InvalidDataException($"function_words.tsv has no words of kind '{kind}'");
}
