using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>An armed group written as the subject of the attack is its perpetrator, "attributed"; one named by a trace at the scene, "suspected". Made-up sentences.</summary>
public class AttackSubjectTests
{
    /// <summary>text → (perpetrator, responsibility) of the article's one report.</summary>
    public static TheoryData<string, string?, string> Cases => new()
    {
        { "The New People's Army bombed a bridge in Davao on Monday, killing two soldiers.", "New People's Army", "attributed" },
        { "Members of the New People's Army [NPA] ambushed an army truck in Davao on Monday, killing two soldiers.", "New People's Army", "attributed" },
        { "New People's Army guerrillas ambushed a patrol in Davao on Monday, killing two soldiers.", "New People's Army", "attributed" },
        { "THE NEW PEOPLE'S ARMY URBAN COMMANDOS BOMBED A BRIDGE IN DAVAO ON MONDAY, KILLING TWO SOLDIERS AND A DRIVER.", "New People's Army", "attributed" },
        // a possessive name, its unit's town and the perfect's auxiliary between the name and the attack
        { "By Monday night the New People's Army's Davao brigade had detonated six bombs at the port of Davao, killing four dockers.", "New People's Army", "attributed" },
        { "The New People's Army's Davao brigades have bombed a bridge in Davao on Monday, killing three soldiers.", "New People's Army", "attributed" },
        // a verb of choice or attempt before "to" and the attack verb (function_words.tsv kind intent_verb)
        { "A bomb went off at a bus stop in Davao on Monday, killing three commuters. \"The New People's Army have chosen to kill workers on their way home,\" the mayor said.", "New People's Army", "attributed" },
        // a verb that carries the attack noun (function_words.tsv kind attack_support)
        { "The New People's Army launched an attack on an army post in Davao on Monday, killing two soldiers.", "New People's Army", "attributed" },
        { "NEW PEOPLE'S ARMY REBELS STAGED AN AMBUSH NEAR DAVAO ON MONDAY, KILLING TWO SOLDIERS.", "New People's Army", "attributed" },
        // "by" the group, or by its people
        { "Two soldiers were shot dead in Davao on Monday by a unit of guerrillas from the New People's Army.", "New People's Army", "attributed" },
        { "A bridge in Davao was bombed on Monday by members of the New People's Army, killing two soldiers.", "New People's Army", "attributed" },
        { "Two soldiers were shot dead in Davao on Monday by Filipino New People's Army rebels.", "New People's Army", "attributed" },
        // a nationality that begins a state force's name does not hide the longer rebel name it starts
        { "Two soldiers were shot dead in Cucuta on Monday by Colombian Army of National Liberation rebels.", "National Liberation Army", "attributed" },
        // the claim's subject is the group before an aside naming its parent group
        { "A suicide bomber killed 20 people at a park in Lahore on Sunday. Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, claimed responsibility.", "Jamaat-ul-Ahrar", "claimed" },
        // ... also when the group's abbreviation stands in brackets before the aside
        { "Gunmen raided a gendarmerie post near Djibo on Monday, killing nine gendarmes. Ansarul Islam (AI), an ally of al-Qaeda, claimed the raid.", "Ansarul Islam", "claimed" },
        { "Gunmen raided a gendarmerie post near Djibo on Monday, killing nine gendarmes. Jama'at Nusrat al-Islam wal-Muslimin (JNIM), the Sahel arm of al-Qaeda, claimed the raid.", "Jama'at Nusrat al-Islam wal-Muslimin", "claimed" },
        // a gang leader owns his men's attack; a state's hostile name for a group is still the group (claims.tsv)
        { "Gunmen burned 30 houses and killed eight people in Mirebalais on Monday. In a video, the leader of the Viv Ansanm coalition recognised that his men led the attack.", "Viv Ansanm", "claimed" },
        { "Terrorists of the Jaish al-Zulm group attacked a police station in Saravan on Monday, killing four policemen. The group admitted the crime in a message on social networks.", "Jaish al-Adl", "claimed" },
        // the accused answers the blame with a denial: denied, the accused still named
        { "A rocket hit a market in Kilis on Monday, killing three people. The governor blamed the Kurdistan Workers' Party. The People's Protection Units denied any involvement.", "Kurdistan Workers' Party", "denied" },
        { "Gunmen shot dead four people at a market in Guayaquil on Monday. Police blamed Los Choneros for the shooting. Los Choneros denied any involvement.", "Los Choneros", "denied" },
        // ... or a pronoun that speaks for the accused armed group, after the blame (function_words.tsv kind denier_pronoun)
        { "Gunmen stopped a minibus outside Bukavu on Monday, killing the driver. The governor blamed Red Hand militiamen. A former commander of the group was reached by phone. He rejected the accusation.", "Red Hand militiamen", "denied" },
        // a group suspected by others that rejects any responsibility: denied (actors.tsv: the Casamance separatists)
        { "A landmine tore through an army truck near Sindian on Tuesday, killing two soldiers. Army sources suspect a faction of the Movement of Democratic Forces of Casamance. A spokesman for the MFDC rejected any responsibility.", "Movement of Democratic Forces of Casamance", "denied" },
        // a state force of a border clash (actors.tsv)
        { "Kyrgyz border guards fired mortars at houses in Batken on Sunday, killing two shepherds.", "Kyrgyz military", "attributed" },
        // an active verb of blame (function_words.tsv kind blame_verb): the accused after it, never the accuser before it
        { "Mortar rounds hit houses in Batken on Sunday, killing two shepherds. Tajik border troops blamed the neighbouring Kyrgyz border units.", "Kyrgyz military", "attributed" },
        { "Mortar rounds hit houses in Batken on Sunday, killing two shepherds. Tajik border troops blamed the other side.", null, "unknown" },
        // a state named as the accused after a verb of blame, by its adjective and "special services" or by its own name
        // (function_words.tsv force_modifier, force_head); its denial spoken by the state itself, its ministry or its
        // capital, answers the blame: denied. Another state's capital denying answers nothing.
        { "A drone dropped two grenades on a border post near Batken on Monday, killing a guard. Kyrgyz officials blamed the Tajik special services. Dushanbe has denied any involvement.", "Tajik military", "denied" },
        { "A drone hit a fuel depot near Adigrat on Monday, killing two workers. The regional government blames Eritrea. Eritrea's information ministry rejected the accusation.", "Eritrea", "denied" },
        { "A drone dropped two grenades on a border post near Batken on Monday, killing a guard. Kyrgyz officials blamed the Tajik special services. Moscow has denied any involvement.", "Tajik military", "attributed" },
        // the forces of a country named by its adjective after the verb of blame, also of a country without a row of
        // state_forces.tsv ("the Eritrean army": Eritrean forces); the accusing side before the verb is not the perpetrator
        { "Shells hit houses in Adigrat on Monday, killing two farmers. The regional governor blamed the Eritrean army for the shelling.", "Eritrean forces", "attributed" },
        { "Shells hit houses in Adigrat on Monday, killing two farmers. Ethiopian troops blamed the Eritrean army for the shelling.", "Eritrean forces", "attributed" },
        { "An Eritrean air strike hit a market in Adigrat on Monday, killing six people, residents said.", "Eritrean forces", "attributed" },
        // a state's forces named without their country are the forces of the attack's country (function_words.tsv kinds
        // force_noun, force_modifier, force_head; state_forces.tsv), never the article's armed group
        { "A jet bombed a monastery near Monywa on Monday, killing nine monks. Villagers blamed the military for the raid. The People's Defence Force is active in the area.", "Myanmar military", "attributed" },
        { "The army shelled houses in Sagaing on Monday, killing four farmers, residents said.", "Myanmar military", "attributed" },
        { "On Monday, troops opened fire on a wedding party in Mogok, killing six guests.", "Myanmar military", "attributed" },
        { "Security forces opened fire on marchers in Mandalay on Monday, killing three students.", "Myanmar military", "attributed" },
        { "A rocket hit a school in Kandahar on Monday, killing nine pupils. Villagers blamed the army.", "Afghan military", "attributed" },
        // a strike written with a country's adjective is that country's forces' (state_forces.tsv); the army says its aircraft did it
        { "A Russian air strike flattened a bakery in Idlib on Monday, killing six people, rescuers said.", "Russian military", "attributed" },
        { "A drone hit a van near Baalbek on Monday, killing two men. The Israeli army said its aircraft had targeted two weapons smugglers.", "Israeli military", "claimed" },
        // a catalogue name ("Katiba Macina") that goes on past a hyphen with another capitalised word is another, longer name
        { "Gunmen attacked an army post near Mopti on Monday, killing four soldiers. The army blamed the Katiba Macina-Wendou for the attack.", "Katiba Macina-Wendou", "attributed" },
        // a name in capitals with a hyphen is read whole, after "the" or "of the" too (actors.tsv)
        { "Members of the MS-13 shot dead four people in a house in Tejutla on Sunday night.", "MS-13", "attributed" },
        { "Police said terrorists of the MS-13 shot dead four people in a house in Tejutla on Sunday night.", "MS-13", "attributed" },
        { "FARC-EP guerrillas ambushed an army patrol near Tumaco on Monday, killing three soldiers.", "FARC", "attributed" },
        { "M-19 guerrillas attacked a police station in Palmira on Monday, killing two officers.", "April 19 Movement", "attributed" },
        { "SPLM-IO fighters attacked a barracks near Nasir on Monday, killing five soldiers.", "Sudan People's Liberation Movement-in-Opposition", "attributed" },
        { "AQAP fighters attacked an army post in Ataq on Monday, killing six soldiers.", "al Qaeda in the Arabian Peninsula", "attributed" },
        { "TTP militants attacked a checkpoint in Bannu on Monday, killing four policemen.", "Tehrik-i-Taliban Pakistan", "attributed" },
        // a drone or a jet with its state's adjective that hit or struck something is that state's strike
        { "A Turkish drone hit a car near Idlib on Monday, killing two men.", "Turkish military", "attributed" },
        { "A Russian drone struck a house in Sumy on Monday, killing three civilians.", "Russian military", "attributed" },
        { "An Israeli warplane hit a flat in Sidon on Monday, killing four people.", "Israeli military", "attributed" },
        // a drone's kind between the adjective and the drone (events.tsv "attack drones", "combat drone") keeps the state's strike
        { "Turkish attack drones struck a truck near Idlib on Monday, killing two men.", "Turkish military", "attributed" },
        { "A Russian combat drone hit a bus stop in Kherson on Monday, killing a woman.", "Russian military", "attributed" },
        // a nationality before another kind of attacker is no state's strike
        { "A Syrian suicide bomber blew himself up at a market in Kirkuk on Monday, killing five people.", null, "unknown" },
        // members of an armed group caught for the attack name it (function_words.tsv kind arrest_verb), the police never
        { "Gunmen killed five people in a house in Usulutan on Saturday night. Officers arrested three members of the Barrio 18 gang in a nearby village.", "Barrio 18", "attributed" },
        { "Gunmen killed five people in a house in Usulutan on Saturday night. Soldiers detained two (2) members of the Barrio 18 on Sunday.", "Barrio 18", "attributed" },
        { "Gunmen killed five people in a house in Usulutan on Saturday night. Members of the Barrio 18 gang were seen in the village.", null, "unknown" },
        // forces that only answer the attackers did not do the attack
        { "Gunmen raided a checkpoint in Maiduguri on Monday. Troops returned fire, killing two of the attackers.", null, "unknown" },
        // a blame with no one named, in a sentence that says no one is named, is part of the question
        { "A grenade hit a police post in Babahoyo on Monday, wounding three officers. Police did not say who they believed was behind it. Los Choneros and Los Lobos have fought over the town for months.", null, "unknown" },
        { "A grenade hit a police post in Babahoyo on Monday, wounding three officers. Police would not say who they thought was behind it. Los Choneros and Los Lobos have fought over the town for months.", null, "unknown" },
        // a claim made since the day after a night attack is about it, though "since" makes its sentence background
        { "Gunmen burned 30 houses and killed eight people in Mirebalais in the night of Monday to Tuesday. In a video shared since Tuesday morning, the leader of the Viv Ansanm coalition admitted that his men carried out the raid.", "Viv Ansanm", "claimed" },
        // a clan or tribe whose fighters did it (function_words.tsv kinds kin_fighter, kin_modifier, kin_group); the victims' clan is none
        { "Fighters from the rival Mokeba clan raided two hamlets near Mendi on Monday, killing seven people.", "Mokeba clan", "attributed" },
        { "Gunmen shot dead seven people near Mendi on Monday. Police said the attackers were warriors of the Mokeba Tribe.", "Mokeba Tribe", "attributed" },
        { "Gunmen raided two hamlets of the Mokeba clan near Mendi on Monday, killing seven people.", null, "unknown" },
        // a state force that does the attack is its perpetrator; one that kills the attacker is not
        { "Russian jets bombed a market in Idlib on Monday, killing 20 people.", "Russian military", "attributed" },
        { "Nine farmers were killed near Huehuetenango on Monday by Guatemalan troops, their relatives said.", "Guatemalan army", "attributed" },
        { "A gunman killed five people at a market in Kirkuk on Monday. The gunman was shot dead by Iraqi police.", null, "unknown" },
        { "PERUVIAN ARMY TROOPS KILLED SIX FARMERS NEAR AYACUCHO ON MONDAY.", "Peruvian army", "attributed" },
        // forces whose deed falls on the attackers answered the attack (persons.tsv role perpetrator); the group blamed is its doer
        { "Armed men set fire to a lorry near Tete on Friday, killing four passengers. Troops shot dead two of the raiders. Officials blamed Los Choneros for the fire.", "Los Choneros", "attributed" },
        { "Armed men set fire to a lorry near Tete on Friday, killing four passengers. Troops shot dead two of the raiders.", null, "unknown" },
        // a denier that turns the blame back on the forces accuses them of something else: they are not the perpetrator
        { "Gunmen shot dead four people at a market in Cucuta on Monday. In a statement, the gang denied any role in it and accused the army of lying.", null, "unknown" },
        // a trace left at the scene that names a group makes it suspected; one that names none, nobody
        { "A bomb exploded at a bank in Davao on Monday, wounding two guards. A flag of the New People's Army was found at the scene.", "New People's Army", "suspected" },
        { "A BOMB EXPLODED AT A BANK IN DAVAO ON MONDAY, WOUNDING TWO GUARDS. THE ATTACKERS LEFT PAMPHLETS OF THE NEW PEOPLE'S ARMY.", "New People's Army", "suspected" },
        { "A bomb exploded at a bank in Davao on Monday, wounding two guards. Shell casings were found at the scene.", null, "unknown" },
        // the group's people named among the dead did not do the attack
        { "A bomb exploded at a school in Davao on Monday, killing 20 people. The army said New People's Army terror operatives were among the dead.", null, "unknown" },
        // responsibility phrases (claims.tsv): others say the group is responsible; the group's people say they are
        { "A bomb went off at a bank in Davao on Monday, hurting two guards. Police say the New People's Army is responsible for the blast.", "New People's Army", "attributed" },
        { "A bomb went off at a bank in Davao on Monday, hurting two guards. Police attribute the blast to the New People's Army.", "New People's Army", "attributed" },
        { "A rebel spokesman for the New People's Army claimed they were responsible for the ambush that killed two soldiers in Davao on Monday.", "New People's Army", "claimed" },
        { "GUNMEN SHOT A JUDGE DEAD IN DAVAO ON MONDAY. AN HOUR LATER, CALLERS CLAIMING TO BE THE ASSAILANTS TOLD A RADIO STATION THEY BELONGED TO THE NEW PEOPLE'S ARMY.", "New People's Army", "claimed" },
        // a verb of holding before the group and "responsible" after it (function_words.tsv kind hold_verb)
        { "A bomb went off at a market in Davao on Monday, killing 12 people. The mayor holds the New People's Army responsible for it.", "New People's Army", "attributed" },
        // a hedge before "carried out by" makes the group suspected, not named
        { "A bomb went off at a bank in Davao on Monday, hurting two guards. Police said the blast could have been carried out by the New People's Army.", "New People's Army", "suspected" },
        // a word of belief before others' blame only suspects the group (function_words.tsv kind hedge_word)
        { "Gunmen seized four fishermen off Sandakan on Monday. \"We believe this is the work of the Abu Sayyaf,\" the police chief said.", "Abu Sayyaf", "suspected" },
        { "Gunmen shot dead three passengers on a bus in Soyapango on Monday. Officials think Barrio 18 was behind the shooting.", "Barrio 18", "suspected" },
        { "Gunmen shot dead three passengers on a bus in Soyapango on Monday. Officials said Barrio 18 was behind the shooting.", "Barrio 18", "attributed" },
        // the accused denies with a possessive between the verb and "responsibility" (claims.tsv denied)
        { "Gunmen shot dead four people at a market in Guayaquil on Monday. Police blamed Los Choneros for the shooting. Los Choneros issued a statement denying their responsibility.", "Los Choneros", "denied" },
        // the attack itself denied by a state's forces named without their country (claims.tsv "denied any air strike";
        // IncidentExtractor.GenericForcesBefore): the forces of the attack's country (state_forces.tsv)
        { "A jet bombed a school in Sagaing on Monday, killing six children. A junta spokesman denied any air strike in the area.", "Myanmar military", "denied" },
        { "Bombs fell on a clinic in Sagaing on Monday night, killing four patients. On Tuesday the military denies any air operations near the town.", "Myanmar military", "denied" },
        // ... also when the denial comes days later, in a sentence of its own day (background to the attack)
        { "Gunmen shot dead four people at a market in Guayaquil on Monday. Police blamed Los Choneros for the shooting. On 2 April, Los Choneros issued a statement denying their responsibility.", "Los Choneros", "denied" },
        // a group the catalogue lacks, named with an aside that calls it armed or criminal, or as the agent after a cue ending
        // in "by" (Annotation.UnlistedActors; function_words.tsv kinds group_noun, armed_group_noun, armed_descriptor)
        { "Gunmen shot dead two officers at a checkpoint in Sucre on Monday. Police blamed Los Halcones, a drug-trafficking gang active in the valley.", "Los Halcones", "attributed" },
        { "Gunmen shot dead two officers at a checkpoint in Sucre on Monday. The minister blamed the Frente Andino Popular, an armed group founded last year.", "Frente Andino Popular", "attributed" },
        { "Gunmen shot dead two officers at a checkpoint in Sucre on Monday. The mayor blamed Los Halcones, a local football club.", null, "unknown" },
        // a note the group signed is its own word: claimed (claims.tsv kind signature), where a trace only suspects it
        { "A bomb toppled a power pylon near Temuco on Monday, wounding a guard. A note left at the scene was signed by the Southern Resistance Front.", "Southern Resistance Front", "claimed" },
        // ... or who set the attackers on, named after "the so-called" and in quotation marks (claims.tsv "directed by";
        // function_words.tsv kind name_opener)
        { "Armed men stormed a police post near Kandi on Monday night, killing three officers. The interior ministry said the raiders had been stirred up and directed by the so-called \"Lakeside Liberation Front\", an exile organisation.", "Lakeside Liberation Front", "attributed" },
        { "Armed men stormed a police post near Kandi on Monday night, killing three officers. Officials said the raid was masterminded by the self-styled Lakeside Liberation Front.", "Lakeside Liberation Front", "attributed" },
        // ... or who planned and did it: "planned" joined by "and" to a cue of blame tells no plan (background.tsv kind future)
        { "Armed men stormed a police post near Kandi on Monday night, killing three officers. Officials said the raid was planned and carried out by the Lakeside Liberation Front.", "Lakeside Liberation Front", "attributed" },
        // ... or who executed it, through a word for the group's people (claims.tsv "executed by"; function_words.tsv kind actor_member "elements")
        { "Armed men stormed a police post near Kandi on Monday night, killing three officers. Officials said the raid was planned and executed by elements of the so-called \"Lakeside Liberation Front\".", "Lakeside Liberation Front", "attributed" },
        // a group named by its name and a word for its fighters after a verb of blame, quoted or not (function_words.tsv
        // kind named_member_noun); a word that only says they are armed names no group
        { "Gunmen stopped a minibus outside Bukavu on Monday, killing the driver. The interior minister blamed Red Hand militiamen.", "Red Hand militiamen", "attributed" },
        { "Gunmen stopped a minibus outside Bukavu on Monday, killing the driver. The governor blamed \"Red Hand fighters who never gave up their guns\" for the ambush.", "Red Hand fighters", "attributed" },
        { "Gunmen stopped a minibus outside Bukavu on Monday, killing the driver. The governor blamed Islamist militants.", null, "unknown" },
        // ... or the name given after a noun for an armed group (function_words.tsv kind naming_phrase)
        { "Gunmen shot dead two men outside a bar in Kingston on Friday. Police suspect a gang known as the Black Scorpions.", "Black Scorpions", "suspected" },
        { "Gunmen shot dead two officers at a checkpoint in Sucre on Monday. The minister blamed an armed group calling itself the Patriotic Dawn Front.", "Patriotic Dawn Front", "attributed" },
        { "Gunmen shot dead two men outside a bar in Kingston on Friday. Police suspect a gang known locally for extortion.", null, "unknown" },
        // ... never the office that signed a statement (function_words.tsv kind office_title)
        { "A roadside bomb tore through an army truck near Kidal on Monday, killing two soldiers, according to a statement signed by the Chief of Defence Staff.", null, "unknown" },
        // ... not a name opening on a person's role (function_words.tsv kind office_title): an office signs a statement
        { "According to the army's statement, signed by the Chief of General Staff, at about 2 a.m. armed men attacked an army post near Temuco on Monday, killing two soldiers.", null, "unknown" },
        // the subject of a group's own claim, a name the catalogue lacks: after "has" or an aside in lower case; a capitalised
        // word in brackets after it stays part of the name (function_words.tsv kind claimant_filler)
        { "A bomb hit an army truck near Tabora on Monday, killing two soldiers. The Eastern Lakes Liberation Front claimed the attack.", "Eastern Lakes Liberation Front", "claimed" },
        // a time phrase between the claimant and its claim is no name (function_words.tsv claimant_filler)
        { "A bomb hit an army truck near Tabora on Monday, killing two soldiers. The Eastern Lakes Liberation Front on Tuesday claimed the attack.", "Eastern Lakes Liberation Front", "claimed" },
        { "A bomb hit an army truck near Tabora on Monday, killing two soldiers. The rebel outfit Lake Zone Brigades late on Tuesday claimed responsibility.", "Lake Zone Brigades", "claimed" },
        // the attacker tied to a group is a suspicion; the group's denial, posted on its channel, is no claim
        { "A gunman fired on a police post near Tabora on Sunday night, killing a sergeant. The minister said the attacker had contacts with the Lake Zone Brigades.", "Lake Zone Brigades", "suspected" },
        { "A gunman fired on a police post near Tabora on Sunday night, killing a sergeant. Police said the gunman had links to the Lake Zone Brigades. In a post on its Telegram channel, the group rejected the accusation.", "Lake Zone Brigades", "denied" },
        // a speaker's "said its troops" that goes on to a fight with a side claims nothing
        { "Mortar rounds fired across the river killed two villagers near Tabora on Monday. The minister said the rounds were fired by the Hill Militia. The neighbouring army said its troops had been fighting the Hill Militia near the river.", "Hill Militia", "attributed" },
        // a possessive inside the claimant's name stays part of it
        { "Gunmen fired on a police post near Tabora on Monday night, killing an officer. A group calling itself the Lake Zone People's Defence Front (LZPDF) claimed responsibility.", "Lake Zone People's Defence Front", "claimed" },
        { "A bomb hit an army truck near Tabora on Monday, killing two soldiers. The MPL-RA, the armed wing of an old separatist movement, claimed the ambush in a post online.", "MPL-RA", "claimed" },
        { "A bomb went off outside a bank in Tabora on Monday, killing a guard. The Revolutionary Party of Tanzania (Maoist) has claimed responsibility for the blast.", "Revolutionary Party of Tanzania (Maoist)", "claimed" },
        // ... never a name before a cue that names its agent after it, nor a headline in title case
        { "A bomb hit an army truck near Tabora on Monday, killing two soldiers. Witnesses Claimed The Attack Was Long Planned.", null, "unknown" },
        // ... nor a day before "that its fighters", nor a person speaking for a group (function_words.tsv kinds claim_non_verb, speaker_role)
        { "Gunmen raided a village near Mocimboa da Praia on Saturday, killing nine people. The Islamic State said on Sunday that its fighters carried out the raid.", "Islamic State", "claimed" },
        { "A bomb hit an army truck near Tabora on Monday, killing two soldiers. Abu Musa Kaleb, the spokesman of the Eastern Lakes Liberation Front, claimed the attack.", null, "unknown" },
        // ... the subject of a speech verb that tells the claim in a cue that is no verb ("said ... on its Telegram channel")
        { "A bomb hit a police car near Tabora on Monday night, killing an officer. A banned group claimed it. The Lake Zone Brigades, whom the government lists as terrorists, said in a message on its Telegram channel on Tuesday that its men planted the bomb.", "Lake Zone Brigades", "claimed" },
        { "A bomb hit a police car near Tabora on Monday night, killing an officer. Abu Musa Kaleb, the spokesman of the Lake Zone Brigades, said on Tuesday that its fighters planted the bomb.", null, "unknown" },
        // a force word "of" a country is that country's forces (state_forces.tsv)
        { "Shells hit houses in Sumy on Sunday, killing two farmers. Officials said the shelling was carried out by the armed forces of Russia.", "Russian military", "attributed" },
        { "Shells hit houses in Sumy on Sunday, killing two farmers. Officials said the shelling was carried out by troops of the Russian Federation.", "Russian military", "attributed" },
        { "Mortar shells hit houses in Kirkuk on Sunday, killing two farmers. Officials said the attack was carried out by the army of Turkey.", "Turkish military", "attributed" },
        // a side that says the other fired first fired in answer (function_words.tsv kind provocation_word)
        { "Mortar shells hit houses in Batken on Sunday, killing two shepherds. The Tajik border service said Kyrgyz soldiers opened fire first.", "Tajik military", "attributed" },
        // a weak attack noun that a group's claim takes responsibility for is an attack told, its place the scene (claims.tsv
        // "took the responsibility"; IncidentExtractor.ClaimedAttack), though the figures come in a sentence of no place
        { "The Valley Guard took the responsibility for the attack on a police patrol near Tetovo on Monday night. In the blast and the shooting that followed, one officer was killed and two were wounded, police said.", "Valley Guard", "claimed" },
        // a group that "took on itself" an attack claims it (claims.tsv; the calque of machine-translated Russian for "took
        // responsibility")
        { "Gunmen fired on a border post near Khorog on Monday, killing two guards. The Pamir Front took on itself the attack in a message on Tuesday.", "Pamir Front", "claimed" },
        // a claim of one operation told with "a", its describing word in quotation marks (claims.tsv "claiming a * operation")
        { "A drone hit a fuel depot near Mandera on Monday, wounding three guards. Within hours al-Shabaab posted a message claiming a \"blessed operation\" against the depot.", "al Shabaab", "claimed" },
        // a group named by a naming phrase right after a cue of blame is an armed group, whatever noun it goes by
        // (UnlistedActors.BlamedRightBefore); attackers said to be its members only suspect it (claims.tsv "attackers as members of");
        // earlier assaults blamed on the group are background (background.tsv "earlier assaults"), no stronger word on this one
        { "Youths armed with knives broke up a village meeting near Kadoma on Saturday, killing one man. Villagers named the assailants as members of a group calling itself the Mhondoro Youth League. Monitors have recorded three earlier assaults attributed to the same group.", "Mhondoro Youth League", "suspected" },
        { "A bomb went off outside a bank in Kadoma on Monday, wounding two guards. Police blamed a group calling itself the Red Dawn Cell for the blast.", "Red Dawn Cell", "attributed" },
        // the group's members after "carried out by"; a link to the group, hedged or not, only suspects it
        { "Gunmen shot dead three men at a bar in Spanish Town on Friday night. Detectives believe the shooting was carried out by members of the Red Lion Posse.", "Red Lion Posse", "suspected" },
        { "Gunmen shot dead three men at a bar in Spanish Town on Friday night. Police said the attack was linked to a feud involving the Red Lion Posse, a gang that controls the area.", "Red Lion Posse", "suspected" },
        // people blamed by what they are, right after a cue of blame (function_words.tsv kinds described_group,
        // described_group_modifier); a blame whose sentence is background only through a clause after it still names them
        { "Gunmen on motorbikes attacked a hamlet near Sarh on Monday, shooting dead six villagers. The prefect blamed herders for the raid.", "herders", "attributed" },
        { "Gunmen on motorbikes attacked a hamlet near Sarh on Monday, shooting dead six villagers. The prefect attributed the raid to armed herders, after a quarrel over trampled fields last month.", "armed herders", "attributed" },
        { "Gunmen on motorbikes attacked a hamlet near Sarh on Monday, shooting dead six villagers. The prefect blamed gunmen for the raid.", null, "unknown" },
        // a cue naming its doer after it, with no group after it, names no other group of the article
        { "Gunmen shot dead a mayor in Ocana on Monday. A caller said the killing had been carried out by two ranchers. The mayor had long denounced the ELN.", null, "unknown" },
        { "Gunmen shot dead a mayor in Ocana on Monday. Police suspect the ELN. A caller said the killing had been carried out by two ranchers.", "National Liberation Army", "suspected" },
        // the agent after "launched by"; the police's line of investigation only suspects
        { "Drones hit a depot in Jizan on Monday, wounding four workers. The drones were launched by the Houthi militia, officials said.", "Houthis", "attributed" },
        { "Gunmen shot dead a bus driver in San Pedro Sula on Monday. Police said the main line of investigation was extortion by Barrio 18.", "Barrio 18", "suspected" },
        // a suspicion whose sentence is background only through an aside about the group still names it
        { "Armed men shot dead a village chief near Tahoua on Wednesday night. Residents suspect Boko Haram fighters, who have kidnapped six chiefs in the region this year.", "Boko Haram", "suspected" },
        // a blame of people in the speaker's own quoted words names no group of the article
        { "Gunmen shot dead two officers at a checkpoint in Guayaquil on Monday. Police suspect Los Choneros. The mayor blamed \"land grabbers\" for the violence.", "Los Choneros", "suspected" },
        // neither claimed nor denied is no denial; asking who is responsible names nobody
        { "Two soldiers died in an ambush in Davao on Monday. The New People's Army has neither claimed nor denied responsibility.", null, "unknown" },
        { "Two soldiers died in an ambush in Davao on Monday. Who carried out the ambush is not yet known to police; the New People's Army is active nearby.", null, "unknown" },
        // the group says its people did it
        { "Gunmen stormed a hotel in Davao on Monday, killing 12 people. The New People's Army said its commandos carried out the raid.", "New People's Army", "claimed" },
        { "A bomb went off at a market in Davao on Monday, killing 12 people. The New People's Army claimed to have carried out the bombing.", "New People's Army", "claimed" },
        // a name's possessive holds the name; an aside may go on past the inner name
        { "A bomb went off at a market in Kano on Monday, killing 12 people. In a post online, the Islamic State's local branch said it was behind the blast.", "Islamic State", "claimed" },
        { "A bomb went off at a market in Gao on Monday, killing 12 people. Jama'at Nusrat al-Islam wal-Muslimin, al-Qaeda's branch in the region, claimed the attack.", "Jama'at Nusrat al-Islam wal-Muslimin", "claimed" },
        // the group tells that one of its people did it; others suspect a group; blame, then the group's own claim
        { "A bomb went off at a market in Kano on Monday, killing 12 people. Boko Haram said in a video that one of its fighters set off the device.", "Boko Haram", "claimed" },
        { "A bomb went off at a market in Kano on Monday, killing 12 people. Investigators suspect Boko Haram.", "Boko Haram", "suspected" },
        { "A bomb went off at a market in Kano on Monday, killing 12 people. The governor blamed Boko Haram, which later claimed it.", "Boko Haram", "claimed" },
        // a name that only describes another group ("the al-Qaeda-linked group") is not the actor
        { "A bomb went off at a hotel in Kismayo on Friday, killing nine people. Al-Shabaab, an al-Qaeda-linked group, said it was behind the attack.", "al Shabaab", "claimed" },
        { "A bomb went off at a hotel in Kismayo on Friday, killing nine people. An al-Qaeda-linked group said it was behind the attack.", null, "unknown" },
        // no armed group named: a person named right after a word for the attacker or a verb of a charge
        { "A gunman killed two people at a bar in Springfield on Monday. Police said the gunman, Dana Rourke, fled on foot.", "Dana Rourke", "attributed" },
        { "A gunman killed two people at a bar in Springfield on Monday. Officers later arrested suspect Dana Rourke at her home.", "Dana Rourke", "suspected" },
        { "A bomb went off at a market in Homs on Monday, wounding 12 people. Prosecutors charged Dana Lee Rourke over the bombing on Friday.", "Dana Lee Rourke", "attributed" },
        { "Accused bomber Dana Rourke pleaded not guilty on Thursday to charges that she set off a bomb at a market in Homs on March 3, 2021, wounding 12 people.", "Dana Rourke", "attributed" },
        // text in capitals names no person; one capitalised word is no name
        { "A GUNMAN KILLED TWO PEOPLE AT A BAR IN SPRINGFIELD ON MONDAY. POLICE SAID THE GUNMAN, DANA ROURKE, FLED ON FOOT.", null, "unknown" },
        { "A gunman killed two people at a bar in Springfield on Monday. The gunman Rourke fled on foot.", null, "unknown" },
        // the group says, with words between, that its people did it (claims.tsv "that its fighters")
        { "Two soldiers died in an ambush near Davao on Monday. The New People's Army said in a message posted by its press office that its guerrillas had hit the patrol.", "New People's Army", "claimed" },
        // a cue ending in "by" names its agent after it: the force before it is the attack's object, not its author
        { "A bridge guarded by the Philippine army near Davao was hit on Monday by a blast carried out by unknown attackers, wounding three soldiers.", null, "unknown" },
        { "The camp of the Philippine army near Davao was the target on Monday of a raid carried out by the New People's Army, which wounded three soldiers.", "New People's Army", "attributed" },
        // "carried out by" names its doer after it: a force named before it was the one hit
        { "Two soldiers were killed on Monday in an ambush on the Philippine army carried out by a unit of the New People's Army near Davao.", "New People's Army", "attributed" },
        // a question about a claim claims nothing; others pointing to a group name it
        { "Gunmen shot dead three passengers on a bus in Soyapango on Monday. Police point to MS-13. A reporter asked the minister: has the gang claimed the attack?", "MS-13", "attributed" },
        { "Gunmen shot dead three passengers on a bus in Soyapango on Monday. Police said investigators pointed to Barrio 18.", "Barrio 18", "attributed" },
        { "Gunmen shot dead three passengers on a bus in Soyapango on Monday. Has the Barrio 18 claimed responsibility for the attack?", null, "unknown" },
        // an armed group's communiqué in its own words ("our units", "our fighters"): the group claimed the attack;
        // "our units" that only repelled an attack (an army's statement) claim none, nor does a page naming a state force
        { "The Cinchoneros Popular Liberation Movement issued a statement on Tuesday. It reads: on Monday a police car tried to stop our fighters near Danli, which led to a clash in which two agents were killed.", "Cinchoneros Popular Liberation Movement", "claimed" },
        { "The Cinchoneros Popular Liberation Movement issued a statement on Tuesday. It reads: on Monday our units repelled an attack near Danli in which two agents were killed.", null, "unknown" },
        { "The Cinchoneros Popular Liberation Movement document adds: on Monday our units ambushed a police car near Danli, killing two agents.", "Cinchoneros Popular Liberation Movement", "claimed" },
        { "Gunmen killed five people in a house in Usulutan on Saturday night. In an operation with the army, our units captured three members of the MS-13.", "MS-13", "attributed" },
        // a text issued by a group's own outlet (outlets.tsv, the credit in brackets at its head) in which "our" fighters
        // attack: the group claimed it, though the text names a state force and not the group; a wire's credit claims nothing
        { "CLANDESTINE, 3 MAY 90 (RADIO VENCEREMOS) -- [TEXT] AT DAWN OUR UNITS AMBUSHED AN ARMY PATROL NEAR SENSUNTEPEQUE, KILLING FOUR SOLDIERS OF THE SALVADORAN ARMY.", "FMLN", "claimed" },
        { "SAN SALVADOR, 3 MAY 90 (WIRE) -- [TEXT] AT DAWN OUR UNITS AMBUSHED AN ARMY PATROL NEAR SENSUNTEPEQUE, KILLING FOUR SOLDIERS.", null, "unknown" },
        // an unlisted group named in quotes after "calling itself" (function_words.tsv naming_phrase) as the subject of
        // "carried out" and describing words before the attack noun (attack_support, then up to three describing words)
        { "Gunmen attacked an army post near Tabora on Monday night, killing three soldiers. Elements of the terrorist group calling itself \"Lakes-Front\" carried out two simultaneous night attacks, the ministry said.", "Lakes-Front", "attributed" },
        { "Gunmen attacked an army post near Tabora on Monday night, killing three soldiers. Elements of the terrorist group calling itself \"FRAL-armé\" carried out the attack, the ministry said.", "FRAL-armé", "attributed" },
        { "A bomb hit an army truck near Tabora on Monday, killing two soldiers. Fighters of the armed group calling itself the Lakes Front carried out the attack, the army said.", "Lakes Front", "attributed" },
        // ... but an inquiry launched into an attack is no attack of the one who launched it
        { "A bomb hit an army truck near Tabora on Monday, killing two soldiers. The Lakes Front, an armed group, launched an inquiry into the bombing.", null, "unknown" },
        // paraphrases of others' blame, with a group the catalogue lacks named right after the cue's last word
        // (function_words.tsv kind accused_opener; claims.tsv "on the orders of", "ordered by", "bore the hallmarks of")
        { "Gunmen shot dead three men at a bar in Montego Bay on Friday night. Detectives pointed the finger at the Red Viper Posse.", "Red Viper Posse", "attributed" },
        { "Gunmen shot dead three men at a bar in Montego Bay on Friday night. The shooting was blamed by police on the Red Viper Posse.", "Red Viper Posse", "attributed" },
        { "Gunmen shot dead three men at a bar in Montego Bay on Friday night. The minister blamed the killings on the Red Viper Posse.", "Red Viper Posse", "attributed" },
        { "Gunmen shot dead three men at a bar in Montego Bay on Friday night. Police say the shooting was ordered by the Red Viper Posse.", "Red Viper Posse", "attributed" },
        { "Gunmen shot dead three men at a bar in Montego Bay on Friday night. According to police the men were killed on the orders of the Red Viper Posse.", "Red Viper Posse", "attributed" },
        { "Gunmen shot dead three men at a bar in Montego Bay on Friday night. Police said the killings were carried out on the orders of Barrio 18.", "Barrio 18", "attributed" },
        { "Gunmen shot dead two men at a bar in Montego Bay on Friday night. Police said the killing was carried out on the instructions of a criminal gang led by \"Big Tunde\".", "Big Tunde", "attributed" },
        // ... a hallmark or a suspicion only suspects; a name before a noun for a group in a sentence of blame is the group
        { "Gunmen shot dead three men at a bar in Montego Bay on Friday night. The attack bore the hallmarks of the Red Viper Posse, police said.", "Red Viper Posse", "suspected" },
        { "Gunmen shot dead three men at a bar in Montego Bay on Friday night. Police said members of the rival Red Viper faction are suspected.", "Red Viper faction", "suspected" },
        { "Gunmen shot dead three men at a bar in Montego Bay on Friday night. Members of the Red Viper gang are suspected of the shooting, police said.", "Red Viper gang", "suspected" },
        { "Gunmen shot dead three men at a bar in Montego Bay on Friday night. Detectives suspect the Red Viper faction.", "Red Viper faction", "suspected" },
        { "Gunmen shot dead three men at a bar in Montego Bay on Friday night. Members of the Red Viper faction were seen in the area.", null, "unknown" },
        { "Gunmen shot dead three men at a bar in Montego Bay on Friday night. Police blamed the Islamist group.", null, "unknown" },
        // paraphrases of a group's own claim (claims.tsv "acknowledged responsibility", the machine-translated "affirms to have")
        { "A bomb hit an army truck near Tabora on Monday, killing two soldiers. Al-Shabaab acknowledged responsibility for the bombing.", "al Shabaab", "claimed" },
        { "A bomb hit an army truck near Tabora on Monday, killing two soldiers. The Eastern Lakes Liberation Front affirms to have carried out the operation.", "Eastern Lakes Liberation Front", "claimed" },
        { "A bomb hit an army truck near Tabora on Monday, killing two soldiers. The Eastern Lakes Liberation Front said in a statement posted on its website that its fighters had planted the bomb.", "Eastern Lakes Liberation Front", "claimed" },
        { "A bomb hit an army truck near Tabora on Monday, killing two soldiers. A group that calls itself the Lake Shore Brigade claimed the bombing in a video.", "Lake Shore Brigade", "claimed" },
        { "A bomb hit an army truck near Tabora on Monday, killing two soldiers. In a message posted on Telegram, the Eastern Lakes Liberation Front said its men were behind the bombing.", "Eastern Lakes Liberation Front", "claimed" },
        // a denial in the denier's words about its own people answers the blame (claims.tsv "denied that his"), before
        // "that its fighters", which alone would be a claim; a denial of any role
        { "Mortar shells hit a street in Batken on Tuesday, killing two children. Residents blamed the Taliban. A Taliban commander denied that his forces had fired across the border.", "Taliban", "denied" },
        { "Gunmen shot dead two men at a bar in Montego Bay on Friday night. Police blamed the Red Viper gang. The Red Viper gang denied that its fighters were involved.", "Red Viper gang", "denied" },
        { "Gunmen shot dead three men at a bar in Montego Bay on Friday night. Police blamed the Red Viper Posse. The Red Viper Posse denied any role in the shooting.", "Red Viper Posse", "denied" },
        // ... a denial under a negation denies nothing (function_words.tsv kind negation)
        { "Mortar shells hit houses in Batken on Sunday, killing two shepherds. Kyrgyz officials blamed the Tajik special services. Dushanbe has not denied that its forces fired.", "Tajik military", "attributed" },
        // the group only speaks about the attack: no perpetrator
        { "The New People's Army said gunmen killed two soldiers in Davao on Monday.", null, "unknown" },
        { "A spokesman of the New People's Army, speaking on the radio, said two soldiers were killed in an ambush in Davao on Monday.", null, "unknown" },
        // a heading in capitals writes "is" in capitals too: a verb, no acronym of a group
        { "A bomb went off outside a bakery in Kano on Monday, killing four people.\n\nWHO IS BEHIND IT\nPolice have not named a suspect and the investigation goes on.", null, "unknown" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_group_that_does_the_attack_is_its_perpetrator(string text, string? perpetrator, string responsibility)
    {
        var reading = ArticleAnalyzer.Default.Analyze(new Article("a", text, Published: new DateOnly(2021, 3, 9))).Reading;

        var report = Assert.Single(reading.Reports);
        Assert.Equal(perpetrator, report.Perpetrator);
        Assert.Equal(responsibility, report.Responsibility);
    }

    /// <summary>
    /// One attack of a coordinated series whose own sentences say no one is named keeps no group, while the others keep
    /// the article's suspicion.
    /// </summary>
    [Fact]
    public void A_series_member_said_to_be_unclaimed_keeps_no_group()
    {
        const string text = "Three coordinated attacks in three provinces on Monday left nine people dead. In Portoviejo, gunmen killed six people at a bar on Monday night. "
            + "Police said a cell of Los Choneros was suspected of carrying out the shooting. In Babahoyo, a grenade hit a police post on Monday, wounding three officers. "
            + "Police did not say who they believed was behind it. In Milagro, a gunman shot dead a trader at a market on Monday.";
        var reading = ArticleAnalyzer.Default.Analyze(new Article("a", text, Published: new DateOnly(2021, 3, 9))).Reading;

        Assert.Equal("Los Choneros", reading.Reports.Single(r => r.Place?.Name == "Portoviejo").Perpetrator);
        var unclaimed = reading.Reports.Single(r => r.Place?.Name == "Babahoyo");
        Assert.NotNull(unclaimed.WaveId);
        Assert.Null(unclaimed.Perpetrator);
    }

    /// <summary>
    /// An earlier attack the article recalls, done by "rebels" in an article that names one armed group only, is that
    /// group's (attributed); by "gunmen", or with a second group named, nobody's.
    /// </summary>
    [Theory]
    [InlineData("Rebels", "The governor accused the New People's Army of the killing.", "New People's Army")]
    [InlineData("Gunmen", "The governor accused the New People's Army of the killing.", null)]
    [InlineData("Rebels", "The governor accused the New People's Army of the killing, not the Abu Sayyaf.", null)]
    public void An_earlier_attack_by_the_groups_people_is_the_groups(string attackers, string blame, string? perpetrator)
    {
        var text = $"A bomb killed a judge in Davao on Monday. {blame} {attackers} attacked the mayor's home in Tagum five days ago with explosives, wounding his niece.";
        var reading = ArticleAnalyzer.Default.Analyze(new Article("a", text, Published: new DateOnly(2021, 3, 9))).Reading;

        Assert.Equal(2, reading.Reports.Count);
        Assert.Equal(perpetrator, reading.Reports.Single(r => r.Date == "2021-03-04").Perpetrator);
    }

    /// <summary>
    /// On a page of unrelated items, a suspicion told of an attack in one country is not about a raid in another far away.
    /// </summary>
    [Fact]
    public void A_suspicion_told_of_an_attack_abroad_is_not_another_items()
    {
        const string text = "Two soldiers were killed in Gao on Friday when their truck hit a mine, an army source said. "
            + "The army suspects Jama'at Nusrat al-Islam wal-Muslimin. "
            + "Raiders killed 17 herders at a cattle camp in Wau on Saturday, the county commissioner said.";
        var reading = ArticleAnalyzer.Default.Analyze(new Article("a", text, Published: new DateOnly(2021, 3, 9))).Reading;

        Assert.Equal("Jama'at Nusrat al-Islam wal-Muslimin", reading.Reports.Single(r => r.Place?.Name == "Gao").Perpetrator);
        Assert.Null(reading.Reports.Single(r => r.Place?.Name == "Wau").Perpetrator);
    }

    /// <summary>
    /// A member of a series whose own sentences only suspect a group, in an article where that group claims the series in
    /// a sentence of no member's: the group claimed it.
    /// </summary>
    [Fact]
    public void A_suspected_group_that_claims_the_series_claimed_each_member()
    {
        const string text = "Gunmen struck two army posts in central Mali on Monday, killing 20 soldiers. "
            + "In Djenne, attackers stormed a camp at dawn, killing 12 soldiers; the raid bore the hallmarks of Jama'at Nusrat al-Islam wal-Muslimin. "
            + "In Mopti, a mine hit a lorry of the army, killing eight soldiers. "
            + "Jama'at Nusrat al-Islam wal-Muslimin said in a statement on Tuesday that its fighters had struck both posts.";
        var reading = ArticleAnalyzer.Default.Analyze(new Article("a", text, Published: new DateOnly(2021, 3, 9))).Reading;

        var djenne = reading.Reports.Single(r => r.Place?.Name == "Djenne");
        Assert.Equal("Jama'at Nusrat al-Islam wal-Muslimin", djenne.Perpetrator);
        Assert.Equal("claimed", djenne.Responsibility);
    }

    /// <summary>A headline's own short claim: the group right before "claims" (function_words.tsv kind headline_claim).</summary>
    [Theory]
    [InlineData("New People's Army claims deadly Davao bridge bombing", "A bomb destroyed a bridge in Davao on Monday, killing two soldiers. The group said in a statement that its men planted the device.")]
    [InlineData("NPA claim ambush near Davao", "Two soldiers were killed in an ambush near Davao on Monday, the army said.")]
    public void The_group_a_headline_says_claims_it_claimed_it(string title, string text)
    {
        // as the readers make it: the headline before the text
        var reading = ArticleAnalyzer.Default.Analyze(new Article("a", global::Sitrep.Sources.Headline.Prepend(title, text), title, Published: new DateOnly(2021, 3, 9))).Reading;

        var report = Assert.Single(reading.Reports);
        Assert.Equal("New People's Army", report.Perpetrator);
        Assert.Equal("claimed", report.Responsibility);
    }
}
