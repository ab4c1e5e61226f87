using Sitrep.Application;
using Sitrep.Model;

namespace Sitrep.Tests.Extraction;

/// <summary>
/// Shapes of claim and blame, each in many paraphrases of our own: a brief's items on other days in other towns do not
/// share the blame told under one of them; a group's own words quoted from its spokesman claim the attack; what a group
/// denies ("denied that one of its members ...") is no claim. Made-up sentences.
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

    /// <summary>text → (perpetrator, responsibility) of the article's one report.</summary>
    public static TheoryData<string, string?, string> Cases => new()
    {
        // a wire's write-through note ("(Adds claim of responsibility ...)", boilerplate.tsv) names no claimant: the
        // story's own blame stands
        { "Gunmen kill nine at police post near Gao\n\n(Adds claim of responsibility in paragraph 3, raises death toll to nine from six)\n\nGAO, March 9 (Wire) - Gunmen attacked a police post near Gao on Monday night, killing nine officers, the security ministry said.\n\nA police spokesman blamed the Ansongo Free Brigade for the raid.", "Ansongo Free Brigade", "attributed" },
        // a group's own words quoted from one who speaks for it (function_words.tsv kinds own_force, speaker_role)
        { "Gunmen attacked an army post near Mandera on Monday, killing four soldiers. \"Our fighters carried out this operation,\" said a spokesman for al-Shabaab.", "al Shabaab", "claimed" },
        { "Two soldiers died in an ambush near Davao on Monday. \"Our guerrillas ambushed the convoy to punish the army,\" a New People's Army spokesman told reporters.", "New People's Army", "claimed" },
        { "A bomb went off at a market in Maiduguri on Monday, killing 12 people. \"We attacked the market because it served the soldiers,\" a Boko Haram commander said in a video.", "Boko Haram", "claimed" },
        { "Gunmen raided a police station near Cucuta on Monday, killing three officers. A spokeswoman for the ELN said: \"Our commandos stormed the station at dawn.\"", "National Liberation Army", "claimed" },
        { "A car bomb killed nine people outside a hotel in Mogadishu on Monday. \u201cOur mujahideen struck the hotel where the apostates meet,\u201d al-Shabaab's spokesman said on the radio.", "al Shabaab", "claimed" },
        { "Fighters stormed a barracks near Gao on Monday, killing 15 soldiers. \"We have attacked the barracks of the enemy,\" a commander of Jama'at Nusrat al-Islam wal-Muslimin told a local radio station.", "Jama'at Nusrat al-Islam wal-Muslimin", "claimed" },
        { "Gunmen seized six fishermen off Jolo on Monday. \"Our mujahideen seized the fishermen,\" an Abu Sayyaf spokesman said by telephone.", "Abu Sayyaf", "claimed" },
        { "A roadside bomb killed three soldiers near Kandahar on Monday. A Taliban spokesman wrote on X: \"Our fighters blew up the enemy vehicle.\"", "Taliban", "claimed" },
        { "Gunmen killed five policemen at a checkpoint near Bannu on Monday. \"We ambushed the checkpoint to avenge our martyrs,\" said a spokesman of the Tehrik-i-Taliban Pakistan.", "Tehrik-i-Taliban Pakistan", "claimed" },
        { "A bomb hit an army truck near Mandera on Monday, killing two soldiers. \"Our fighters attacked the truck. We will strike again,\" said a spokesman for al-Shabaab.", "al Shabaab", "claimed" },
        { "Gunmen stormed a hotel in Davao on Monday, killing 12 people. \"Our units raided the hotel because officers stayed there,\" the New People's Army's spokesman said.", "New People's Army", "claimed" },
        // a group's own claim of its "operations" (claims.tsv), its name in another language
        { "Gunmen stormed a police post in Bambari on Sunday morning, killing four officers. The Union des Veilleurs du Nord (UVN) claims the operations of Sunday against the post.", "Union des Veilleurs du Nord", "claimed" },
        // the name the blamer gives it ("a group he called X": function_words.tsv naming_phrase); "nobody has said they
        // carried it out" is no claim (claims.tsv unclaimed)
        { "Gunmen ambushed an army convoy near Zinder on Monday evening, killing six soldiers. The regional governor blamed a group he called the Red Stone Legion for the ambush. Nobody has said they carried out the ambush.", "Red Stone Legion", "attributed" },
        // one who speaks for a group the catalogue does not know tells its claim (function_words.tsv voice_phrase)
        { "A grenade exploded at the door of a shop in Chiclayo on Monday night, killing the owner. In an audio message, a man speaking for Los Halcones del Valle said the gang had thrown the grenade because the owner refused to pay.", "Los Halcones del Valle", "claimed" },
        { "A grenade exploded at the door of a shop in Chiclayo on Monday night, killing the owner. In an audio message, a man who says he speaks for \"Los Halcones del Valle\" says the blast was their work because the owner refused to pay.", "Los Halcones del Valle", "claimed" },
        // a capitalised word opening the sentence before "the" is no part of the group's name ("Today the X Front said")
        { "Drones dropped bombs on a police post in Loikaw on Monday, killing two officers. Today the Pekon Hill Defence Force, a local resistance group, said it carried out the attack.", "Pekon Hill Defence Force", "claimed" },
        // a fire a group claims was set on purpose: the claim tells the arson (events.tsv "responsibility for the fire")
        { "The New People's Army has claimed responsibility for the fire that gutted a timber yard in Davao early on Monday, injuring a watchman.", "New People's Army", "claimed" },
        { "A district office near Mandera burned down on Sunday night. In a statement on Tuesday, al-Shabaab claimed responsibility for the blaze.", "al Shabaab", "claimed" },
        // ... never words of defence, of condemnation or of being attacked, nor an army's own spokesman
        { "Gunmen attacked an army post near Mandera on Monday, killing four soldiers. \"Our fighters repelled the attackers,\" a spokesman for al-Shabaab said.", null, "unknown" },
        { "A bomb went off at a market in Maiduguri on Monday, killing 12 people. \"We condemn this cowardly attack,\" said a spokesman for Boko Haram.", null, "unknown" },
        { "Two soldiers died in an ambush near Davao on Monday. \"We were attacked first,\" said a spokesman for the New People's Army.", null, "unknown" },
        { "Gunmen attacked an army post near Mandera on Monday, killing four soldiers. \"Our soldiers chased the attackers away,\" an army spokesman said.", null, "unknown" },
        // a group's own word of its men with its verb negated is a denial (function_words.tsv kind verb_negation); a
        // "no" of a figure negates nothing
        { "Gunmen attacked an army post near Mandera on Monday, killing four soldiers. Al-Shabaab said that its fighters had not taken part in the raid.", "al Shabaab", "denied" },
        { "A bomb hit a police truck near Davao on Monday, wounding six officers. The New People's Army said that its guerrillas never set off bombs near homes.", "New People's Army", "denied" },
        { "Gunmen attacked an army post near Mandera on Monday, killing four soldiers. Al-Shabaab said that its fighters killed no fewer than ten soldiers.", "al Shabaab", "claimed" },
        // a blame, then the denial of one who speaks for the group that his men were there at all
        { "Gunmen raided a cattle camp near Mandera on Sunday, killing six herders. Police blamed al-Shabaab. A man who called himself an al-Shabaab commander denied his fighters had gone near the camp.", "al Shabaab", "denied" },
        // a denial by a text the group put out, named by its noun ("signed with the gang's name")
        { "Gunmen killed four people at a bar in Guayaquil on Saturday. Police blamed Los Choneros for the shooting. On Sunday a banner signed with the gang's name denied any part in the killings.", "Los Choneros", "denied" },
        // "members of the banned X": an armed group's name, whatever its last word, when its sentence tells their attack
        { "A bomb went off at a bus stand in Kulob on Saturday, killing two people. The ministry said that members of the banned Nuri Sahar (Morning Light) planted the bomb at dawn.", "Nuri Sahar", "attributed" },
        // what a group denies, though told with a claim's words, is its denial of the blame
        { "A suicide bomber blew himself up at a market in Mandera on Monday, killing six people. Police said the bomber belonged to al-Shabaab. Al-Shabaab denied that he was one of its members.", "al Shabaab", "denied" },
        { "A gunman shot dead five worshippers at a church in Kano on Sunday before police killed him. The governor blamed Boko Haram. Boko Haram denied that one of its fighters carried out the shooting.", "Boko Haram", "denied" },
        { "A bomb went off at a bank in Davao on Monday, wounding two guards. Police blamed the New People's Army. The New People's Army denied in a statement that its guerrillas had set off the bomb.", "New People's Army", "denied" },
        { "Gunmen shot dead four people at a market in Guayaquil on Monday. Police blamed Los Choneros. Los Choneros rejected claims that its members carried out the killings.", "Los Choneros", "denied" },
        { "A roadside bomb killed three soldiers near Kandahar on Monday. The army blamed the Taliban. A Taliban spokesman dismissed reports that its fighters had planted the mine.", "Taliban", "denied" },
        { "A bomb went off at a market in Kano on Monday, killing 12 people. Police blamed Boko Haram. Boko Haram refuted claims that its suicide bomber had struck the market.", "Boko Haram", "denied" },
        { "Gunmen raided a police station near Cucuta on Monday, killing three officers. Officials blamed the ELN. The ELN denied, in a statement on Tuesday, that its commandos had attacked the station.", "National Liberation Army", "denied" },
        { "A gunman shot dead five people at a church in Mandera on Monday before he was killed by police. Officials said he belonged to al-Shabaab, but al-Shabaab later denied that he was one of its members.", "al Shabaab", "denied" },
        { "Gunmen shot dead three passengers on a bus in Soyapango on Monday. Police blamed Barrio 18. Barrio 18 denied that its members had fired on the bus.", "Barrio 18", "denied" },
        { "A bomb went off at a market in Gao on Monday, killing 12 people. Officials blamed Jama'at Nusrat al-Islam wal-Muslimin. Jama'at Nusrat al-Islam wal-Muslimin rejected the idea that one of its fighters set off the device.", "Jama'at Nusrat al-Islam wal-Muslimin", "denied" },
        // a blame by the government, then the accused's denial in any wording: denied, never claimed (GOLD.md: the accused still the perpetrator)
        { "Gunmen ambushed a police car near Cucuta on Saturday, killing an officer. The interior minister blamed the ELN for the ambush. In a video statement on Sunday, the ELN rejected the accusation.", "National Liberation Army", "denied" },
        { "A bomb killed four people at a bus stop in Maiduguri on Monday. The governor blamed Boko Haram. Boko Haram denied any involvement in a video posted online.", "Boko Haram", "denied" },
        { "A grenade hurt six people in a bar in Mandera on Monday. Police blamed al-Shabaab for the blast, but al-Shabaab said it had nothing to do with the attack.", "al Shabaab", "denied" },
        { "A roadside bomb killed two soldiers near Kandahar on Monday. The army accused the Taliban of planting the mine. The Taliban denied everything in a message to reporters.", "Taliban", "denied" },
        { "Gunmen killed three policemen at a checkpoint near Davao on Monday. Officials blamed the New People's Army. The New People's Army denied having carried out the attack.", "New People's Army", "denied" },
        // ... but words that tell two attacks apart deny nothing: the minister's blame stands
        { "Gunmen ambushed a police car near Cucuta on Saturday, killing an officer. The minister blamed the ELN for the ambush and said it and a bombing elsewhere have nothing to do with one another.", "National Liberation Army", "attributed" },
        // a lone attacker whom no group stands behind (claims.tsv unclaimed: "acted alone", "no link with any group", "a lone
        // attacker"): no perpetrator, though the article names a group active in the region and calls the man "the suspect"
        { "A man threw a grenade into a bar in Mandera on Sunday, killing two people. Police said the suspect acted alone. The county has seen attacks by al-Shabaab for years.", null, "unknown" },
        { "A man threw a grenade into a cafe in Mandera on Sunday, killing two people. The suspect is in custody and has no link with any group, police said. The county has seen attacks by al-Shabaab for years.", null, "unknown" },
        { "A gunman shot dead three worshippers at a church in Kano on Sunday. Police said the suspect was a lone attacker. Boko Haram fighters have attacked churches in the north before.", null, "unknown" },
        // ... but a denial under a negation denies nothing
        { "A bomb went off at a market in Kano on Monday, killing 12 people. Boko Haram did not deny that its fighters carried out the bombing.", "Boko Haram", "claimed" },
    };

    /// <summary>
    /// Groups the catalogue lacks, spelled out before their abbreviation in brackets whose letters are the initials of the
    /// name's words: written in lower case inside (as French, Spanish, Portuguese write names), hyphenated Urdu/Arabic
    /// names giving an initial per part, blamed or suspected by others, denying, or after "banned outfit". Made-up groups.
    /// </summary>
    public static TheoryData<string, string?, string> AbbreviatedNames => new()
    {
        // wire: the army blames, the group denies
        { "Shells hit a camp for displaced people near Butembo on Tuesday, killing seven people. The army blamed the Union pour la défense du Lubero (UDL); the group denied any role.", "Union pour la défense du Lubero", "denied" },
        // local paper: police suspect a banned group with a hyphenated Urdu name
        { "Two men on a motorcycle shot dead a shopkeeper in Swabi on Monday evening. Police said they suspected the banned group Lashkar-e-Qahar Swat (LQS).", "Lashkar-e-Qahar Swat", "suspected" },
        // official statement: possible involvement of a banned outfit, in the register of a police press release
        { "Unknown persons opened fire on a polling agent in Swabi on Monday evening, killing him on the spot. Police blamed the banned outfit Tanzeem-e-Nasr Swat (TNS) for the killing.", "Tanzeem-e-Nasr Swat", "attributed" },
        // Spanish name in lower case after a blame, the abbreviation used later for the denial
        { "Gunmen burned two trucks on the road outside Tame on Sunday night. The governor accused the Frente de resistencia llanera (FRL) of the attack. In a message on Monday the FRL rejected the accusation.", "Frente de resistencia llanera", "denied" },
        // NGO register: a Portuguese name the group speaks for itself
        { "Armed men attacked a health post near Montepuez on Saturday, killing two nurses, an aid group said. The Movimento de libertação do norte (MLN) said late on Sunday that its fighters had carried out the attack.", "Movimento de libertação do norte", "claimed" },
        // a digest kept as markdown sets the name in italics before its abbreviation; the group's praise of another is no blame of that other
        { "A man on a scooter threw a pipe bomb at a police kiosk in Tegal on Saturday night, injuring two officers. Police said on Monday they suspect a cell of the *Barisan Fajar Utara* (BFU), a little-known cell that has praised the Islamic State on the internet.", "Barisan Fajar Utara", "suspected" },
        // ... never an aid group's or a rights group's own name that blames someone else
        { "Shells hit a camp for displaced people near Butembo on Tuesday, killing seven people. Médecins du Nord (MDN) said it treated 20 wounded.", null, "unknown" },
    };

    /// <summary>
    /// Groups the catalogue lacks, named in quotation marks after a noun for a group (with "calling itself" or without) in
    /// a sentence of their own claim, maybe in another language with a translation in brackets; and names that hold
    /// a connector and an article ("Front for the Liberation of", "Mouvement pour la Défense de"). Made-up groups.
    /// </summary>
    public static TheoryData<string, string?, string> UnlistedNames => new()
    {
        { "A home-made bomb damaged the gate of a tax office in Durres late on Monday. A group calling itself \"Vetullat e Zeza\" (Black Brows) put a note on a Telegram channel saying it had carried out the attack.", "Vetullat e Zeza", "claimed" },
        { "A parcel bomb wounded a clerk at the land registry in Durres on Monday. Next day the group \"Ora e Kuqe\" (Red Hour) wrote on Telegram that it takes the responsibility for the blast.", "Ora e Kuqe", "claimed" },
        { "Arsonists set fire to the doors of a bank branch in Patras early on Sunday. By the evening a group calling itself \"Cells of Burning Dawn\" had claimed the arson on a blog.", "Cells of Burning Dawn", "claimed" },
        { "Gunmen stormed a gendarmerie post near Mutsamudu on Friday night, killing a gendarme. The Mouvement pour la Libération de Mwali (MLM) has claimed the attack in a message.", "Mouvement pour la Libération de Mwali", "claimed" },
        { "A roadside bomb struck a police jeep near Ikom on Monday, injuring three officers. The Army for the Defence of Highlanders claimed the attack.", "Army for the Defence of Highlanders", "claimed" },
        // the name after "calling itself" though the noun has describing words before it and the claim's time stands between
        // "claimed" and "by"; a parcel claimed by what was sent; a claim by a group the article does not name names no one
        { "A letter bomb burned a postal worker at a sorting office in Tartu on Tuesday. The blast was claimed the next morning by a little-known group calling itself Tulised Rebased in a post on a forum.", "Tulised Rebased", "claimed" },
        { "A parcel blew up in the hands of a clerk at a tax office in Tartu on Tuesday. That night a group calling itself Tulised Rebased claimed the parcel in a text on its blog.", "Tulised Rebased", "claimed" },
        { "A package exploded in the post room of a court in Tartu on Tuesday, hurting a guard. A new anarchist group calling itself Tulised Rebased claimed the two packages on a forum.", "Tulised Rebased", "claimed" },
        { "A parcel bomb hurt a clerk at a tax office in Tartu on Tuesday. Police said a previously unknown group had claimed the attack that same evening.", null, "unknown" },
        // a name with lower-case words inside it that the reader cannot close is named by the abbreviation beside it; the
        // accused's own denial names its group when its subject is an abbreviation the catalogue lacks
        { "Gunmen attacked a clinic near Mandera on Tuesday night, killing six patients. The army said the raid was carried out by the so-called Front populaire du Maniema, the FPM.", "FPM", "attributed" },
        { "Gunmen attacked a clinic near Mandera on Tuesday night, killing six patients. The KVF denied any role in the killings on Wednesday.", "KVF", "denied" },
        // a name held in quotation marks before its abbreviation and a description that calls it an armed group
        { "Gunmen burned a polling station in Tame on Sunday night. On Monday a statement signed by the \"Frente Llanero de Liberación\" (FLL), an armed group active in the foothills, said its fighters had set the fire.", "Frente Llanero de Liberación", "claimed" },
        // a name opened by a word for an army or a battalion (function_words.tsv kind group_name_lead) is an armed group's
        // wherever it stands; a group's own claim that does not name it is the claim of the one armed group the article names
        { "A bomb tore through a bus stand in Peshawar on Monday, killing six people. A little-known faction said on Tuesday that its fighters had planted the bomb. Lashkar-e-Dasht first appeared in the tribal belt last year.", "Lashkar-e-Dasht", "claimed" },
        { "Gunmen shot dead two guards at a customs post near Quetta on Monday. A militant faction said that its fighters had carried out the raid. Police say Jaish al-Fursan has several hundred fighters in the area.", "Jaish al-Fursan", "claimed" },
        // ... not when the article names two such groups, nor a lead word inside a longer name ("the Grand Saraya Palace")
        { "A bomb tore through a bus stand in Peshawar on Monday, killing six people. A little-known faction said on Tuesday that its fighters had planted the bomb. Since 2015, Lashkar-e-Dasht and Jaish al-Fursan have killed hundreds of people in the province.", null, "unknown" },
        { "A bomb killed two soldiers at a checkpoint near Beirut on Monday. Ministers met at the Grand Saraya Palace afterwards, and a faction said that its fighters had set off the bomb.", null, "unknown" },
        // the name in apposition right after a blame and a noun for a group ("attributes the bombing to the group X")
        { "A bomb went off at a cattle market near Kayes on Monday, killing five people. The army attributes the bombing to the group Nasr al-Wadi, active in the region since May.", "Nasr al-Wadi", "attributed" },
        // the charge dismissed answers the blame, and "no other group has claimed it" is no claim (claims.tsv)
        { "A car bomb killed nine recruits outside a police academy in Kano on Monday. The interior ministry blamed the bombing on the Sahel Dawn Brigade. On Tuesday the group dismissed the charge in a post online. No other group has claimed it.", "Sahel Dawn Brigade", "denied" },
        // the attack said to be a group's, named right after "said it was the"; not a first attack nor one who reports
        { "A landmine wrecked a police jeep near Gaya on Saturday, killing four officers. The police superintendent has said it was the Son Valley Guard.", "Son Valley Guard", "attributed" },
        { "A landmine wrecked a police jeep near Gaya on Saturday, killing four officers. Police said it was the first attack on the road since the Son Valley Guard was banned.", null, "unknown" },
        { "A gunman shot dead a councillor in Kano on Monday. Officials praised the work of the UN mission in the state.", null, "unknown" },
        // ... but a group's own abbreviation in brackets stays its mention, though an agency is spelled the same (sources.tsv "DPA")
        { "Gunmen seized two aid workers near Gambela on Monday. Officials blamed the Baro Hills Army (DPA), an armed group active in the west. On Tuesday the DPA put out a statement saying it had nothing to do with the kidnapping.", "Baro Hills Army", "denied" },
        // a hyphenated name joined by the Urdu/Persian linking vowel is one name, not its last word
        { "A bomb wrecked a boys' school near Parachinar on Monday night. The Tanzeem-ul-Dasht, an armed group active in the border valleys, claimed the blast on its channel.", "Tanzeem-ul-Dasht", "claimed" },
        { "Gunmen raided a police post outside Zhob late on Friday, killing two constables. Jamaat-e-Koh-e-Surkh said in a statement that its fighters had carried out the raid.", "Jamaat-e-Koh-e-Surkh", "claimed" },
        // the group's own deed told in the simple past after the speech verb ("has said it set fire to"), the group named
        // after a noun and "calling itself"
        { "Arsonists set fire to a land office in Tartu early on Tuesday, destroying its ground floor. A little-known movement calling itself Kivine Koda has said it set fire to the office, in a letter mailed to two radio stations.", "Kivine Koda", "claimed" },
        { "A tax office in Tartu burned down on Tuesday night. An account calling itself Tulised Rebased said it torched the building to punish the state.", "Tulised Rebased", "claimed" },
        { "A van of the water company was wrecked by a bomb in Tartu on Tuesday. A network calling itself Kivine Koda says it bombed the van because the company cut off poor homes.", "Kivine Koda", "claimed" },
        // a claim the group issues as a thing ("issued a claim"), the name maybe followed by its other form of several words
        // in brackets (a translation); boasting of the attacks
        { "A bomb wrecked a tax office in Tartu on Tuesday, wounding a guard. The Kivine Koda (Stone House Circle) issued a claim on Wednesday.", "Kivine Koda", "claimed" },
        { "A parcel bomb hurt a clerk at a tax office in Tartu on Tuesday. The Northern Lantern Cell issued a claim the next day.", "Northern Lantern Cell", "claimed" },
        { "A bomb went off at a bus station in Tartu on Tuesday night, killing five people. A group calling itself Dark Sky Circle has boasted of the attacks.", "Dark Sky Circle", "claimed" },
        // ... never a fire's "it" where no group is named
        { "A bomb wrecked a tax office in Tartu on Tuesday night, wounding a guard. A fire officer said it burned for four hours before the roof fell in.", null, "unknown" },
        // a group named by the men said to be its members, in a sentence that blames them or denies for them: the name
        // ends in a noun for a band of people (function_words.tsv kinds membership_phrase, group_name_head)
        { "A man was shot dead outside a bakery in Tartu on Tuesday. Detectives say members of the Vana Sadam Crew were behind the killing.", "Vana Sadam Crew", "attributed" },
        { "Two men were shot and wounded at a bus stop in Tartu on Tuesday. \"We think members of the Kivi Posse are behind this,\" the police chief said.", "Kivi Posse", "suspected" },
        { "A man was shot dead outside a bakery in Tartu on Tuesday. A lawyer for three youths said to belong to the Vana Sadam Crew insisted the band had nothing to do with the shooting.", "Vana Sadam Crew", "denied" },
        // ... never a council, a club or a board whose members speak
        { "A man was shot dead outside a bakery in Tartu on Tuesday. Members of the Tartu Harbour Council blamed poor street lighting.", null, "unknown" },
        { "A man was shot dead outside a bakery in Tartu on Tuesday. Two members of the Town Sports Club said they had nothing to do with the row that came before it.", null, "unknown" },
        // a claim told on the attack's day before a clause that alone makes the sentence background (a threat of more)
        { "A bomb wrecked the door of a police post in Tartu early on Tuesday, killing an officer. On Tuesday evening a group calling itself Tulised Rebased said it had carried out the attack and warned of more to come.", "Tulised Rebased", "claimed" },
        { "Two bombs went off at a police post in Tartu on Monday morning, wounding three officers. In a post on its channel on Tuesday, a group calling itself Kivine Koda said it had carried out the bombing, and threatened new attacks on the police.", "Kivine Koda", "claimed" },
        // a name a thing gives itself, whatever noun the thing goes by (a channel, an account, a page), in a sentence of its
        // own claim or of blame (function_words.tsv kind self_naming_phrase); the deed told after "that" or with the device
        { "A petrol bomb set fire to the door of a notary's office in Tartu on Monday night, burning a watchman. Hours later a Telegram channel calling itself \"Kuldne Rebane\" claimed the arson.", "Kuldne Rebane", "claimed" },
        { "A small bomb damaged a cash machine in Tartu on Tuesday, hurting a passer-by. An account that calls itself Northern Lantern posted a message saying it had planted the device.", "Northern Lantern", "claimed" },
        { "A small bomb damaged a cash machine in Tartu on Tuesday, hurting a passer-by. A page on a forum which calls itself Northern Lantern took responsibility the following day.", "Northern Lantern", "claimed" },
        { "A small bomb damaged a cash machine in Tartu on Tuesday, hurting a passer-by. Police blamed the blast on an online network that calls itself Northern Lantern.", "Northern Lantern", "attributed" },
        // an arson claimed by the fire it set ("claimed the fire", "claimed both fires"), not by a word for an attack
        { "A petrol bomb set fire to the door of a phone shop in Tartu on Monday night, injuring a watchman. Later that day a Telegram channel calling itself Dark Sky Circle claimed the fire.", "Dark Sky Circle", "claimed" },
        { "Arsonists set fire to the doors of a bank branch and of a post office in Tartu early on Sunday, injuring a guard. By morning a group calling itself Dark Sky Circle had claimed both fires on a forum.", "Dark Sky Circle", "claimed" },
        // a message in the name of a group ("in the name of", function_words.tsv kind self_naming_phrase) that says the group
        // did the deed, with "it" or "the group" for it (claims.tsv column named), the deed maybe in the group's own quoted words
        { "A petrol bomb set fire to the door of a phone shop in Tartu on Monday night, injuring a watchman. Next morning a post on a Telegram channel in the name of Dark Sky Circle said it had \"switched off\" the shop for good.", "Dark Sky Circle", "claimed" },
        { "Arsonists set fire to a timber yard in Tartu early on Sunday, injuring a guard. A few hours later a Facebook page in the name of the Ember Circle put up a post saying the group had torched the yard.", "Ember Circle", "claimed" },
        // ... never such words with no group named: "it" is the fire
        { "Arsonists set fire to a timber yard in Tartu early on Sunday, injuring a guard. Firefighters said it had burned for four hours before they could put it out.", null, "unknown" },
        // the perfect of "take responsibility" ("has taken", "had taken the responsibility")
        { "A small bomb damaged a cash machine in Tartu on Tuesday, hurting a passer-by. A group which calls itself Northern Lantern has taken responsibility for the blast.", "Northern Lantern", "claimed" },
        { "A pipe bomb blew out the door of a tax office in Tartu late on Friday. By Sunday a group calling itself Ember Circle had taken the responsibility in a post on a forum.", "Ember Circle", "claimed" },
        // ... but nobody has taken it yet: no claim
        { "A small bomb damaged a cash machine in Tartu on Tuesday, hurting a passer-by. No group has taken responsibility for the blast; officials said it was too early to say whether al-Shabaab was involved.", null, "unknown" },
        // the noun before the service it is on ("a channel on Telegram", function_words.tsv kind self_naming_venue_lead)
        { "A small bomb damaged a cash machine in Tartu on Tuesday, hurting a passer-by. By noon a channel on Telegram calling itself the Grey Lynx Legion said its members had set the charge.", "Grey Lynx Legion", "claimed" },
        { "A small bomb damaged a cash machine in Tartu on Tuesday, hurting a passer-by. An account on Facebook calling itself Free Tartu condemned the blast in a long post.", null, "unknown" },
        { "A small bomb damaged a cash machine in Tartu on Tuesday, hurting a passer-by. Northern Lantern, a little-known group, said in a post that it had carried out the attack.", "Northern Lantern", "claimed" },
        // ... but a thing naming itself that only condemns, or a person giving a name, names no perpetrator
        { "A small bomb damaged a cash machine in Tartu on Tuesday, hurting a passer-by. A blog calling itself Free Tartu condemned the blast in a long post.", null, "unknown" },
        { "A small bomb damaged a cash machine in Tartu on Tuesday, hurting a passer-by. A woman calling herself Liis told reporters she had seen two men run off.", null, "unknown" },
        // a small word of a Portuguese or Italian name between its capitalised words ("do", "di", "della": name_connector)
        { "Gunmen shot dead a customs guard near Braga on Thursday night. The minister blamed the killing on the Rede do Litoral, a smuggling network known to the police.", "Rede do Litoral", "attributed" },
        // a claim told by what the group calls itself, its name only in the signature the next sentence quotes (claims.tsv
        // kind signature after a word for a text, no "by"; Annotation.UnlistedActors.QuotedSignature), maybe with its
        // name in a second language after a dash (the first form is kept)
        { "A pipe bomb blew out the windows of a tax office in Tartu late on Friday, hurting a cleaner. An unnamed eco-anarchist collective has claimed responsibility. The statement, signed \"Ember Circle\", was put on a forum on Sunday.", "Ember Circle", "claimed" },
        { "A pipe bomb blew out the windows of a tax office in Tartu late on Friday, hurting a cleaner. An unnamed eco-anarchist collective has claimed responsibility. Its message signed \"Hõõguv Ring / Ember Circle\" reached two newspapers.", "Hõõguv Ring", "claimed" },
        // ... but a quoted name after a word that is no text, or a quotation that is no name, signs no claim
        { "A pipe bomb blew out the windows of a tax office in Tartu late on Friday, hurting a cleaner. The mayor signed \"Tartu Together\", a pledge against violence, on Sunday.", null, "unknown" },
        { "A pipe bomb blew out the windows of a tax office in Tartu late on Friday, hurting a cleaner. A letter signed \"a worried neighbour\" reached the paper on Sunday.", null, "unknown" },
        // the attackers name their own group in a video (claims.tsv "who said they belonged to"): their claim, the name the
        // agent after the cue's "to" or "of" (function_words.tsv kind accused_opener); an official's word about them is none
        { "Gunmen raked a customs post near Kismaayo with fire on Friday night, killing a guard. A clip shared on Saturday showed four armed men who said they belonged to the Coastal Lion Brigade.", "Coastal Lion Brigade", "claimed" },
        { "Gunmen raked a customs post near Kismaayo with fire on Friday night, killing a guard. In a recording sent to reporters, two hooded men who said they were members of the Coastal Lion Brigade read out the names of their targets.", "Coastal Lion Brigade", "claimed" },
        { "Gunmen raked a customs post near Kismaayo with fire on Friday night, killing a guard. Two suspects were arrested on Saturday, and police said they belonged to no known group.", null, "unknown" },
        // ... but a quoted name of a group that only condemns, or names no own claim, is no perpetrator
        { "A bomb went off at a tax office in Durres on Monday night, wounding a guard. A group calling itself \"Nenat e Paqes\" (Mothers of Peace) condemned the attack in a post on Telegram.", null, "unknown" },
        { "A bomb went off at a tax office in Durres on Monday night, wounding a guard. The group \"Ora e Kuqe\" wrote on Telegram that it had nothing to do with the blast.", "Ora e Kuqe", "denied" },
        // a group described only by a plain noun ("a biker club"), its other name in brackets or none, is the one that
        // denies or claims when the article shows that noun denying or claiming and names no armed group besides
        { "A grenade blew up at a pizzeria in Varna on Friday night, killing a waiter. Detectives are looking into the Cherni Orli (Black Eagle Riders), a biker club that police tie to extortion on the coast. On Sunday the club denied on its page that its members took part in the blast.", "Cherni Orli", "denied" },
        { "A grenade blew up at a pizzeria in Varna on Friday night, killing a waiter. A biker club on Sunday denied any role in the blast. Detectives had named the Cherni Orli (Black Eagle Riders), a biker club known for extortion on the coast, as one line of inquiry.", "Cherni Orli", "denied" },
        { "A grenade blew up at a pizzeria in Varna on Friday night, killing a waiter. Detectives are looking into the Cherni Orli, a biker club that police tie to extortion on the coast. The club denied any role in a post on Sunday.", "Cherni Orli", "denied" },
        // ... never without such a denial or claim, nor when a named armed group is the one the noun tells of
        { "A grenade blew up at a pizzeria in Varna on Friday night, killing a waiter. Detectives are looking into the Cherni Orli (Black Eagle Riders), a biker club that police tie to extortion on the coast. Nobody has been arrested.", null, "unknown" },
        { "A bomb killed five people at a bus stop in Maiduguri on Monday. Amani Sisters (Women for Peace), a local peace group, urged calm. The jihadist group Boko Haram claimed responsibility on Tuesday.", "Boko Haram", "claimed" },
        { "Two gunmen shot dead a shopkeeper in Varna on Friday night. The Cherni Orli (Black Eagle Riders), a biker club, raised money for his family. The Islamic State group claimed responsibility in a post.", "Islamic State", "claimed" },
        // the name a channel gives as the group it speaks for ("the voice of", function_words.tsv kind self_naming_voice),
        // with a claim that calls the group by its noun
        { "A bomb tore through a bus depot in Kandi on Tuesday, killing three drivers. That night an account calling itself the voice of the \"Ridge Lions Brigade\" posted a clip and said the group had carried out Tuesday's blast.", "Ridge Lions Brigade", "claimed" },
        { "A bomb tore through a bus depot in Kandi on Tuesday, killing three drivers. A post on a channel calling itself the mouthpiece of the Ridge Lions Brigade said the group had carried out Tuesday's bombing to punish the transport board.", "Ridge Lions Brigade", "claimed" },
        // the noun for the group and its denial with an auxiliary or an adverb between (function_words.tsv kinds auxiliary, denial_adverb)
        { "Gunmen stopped a minibus outside Bukavu on Monday, killing the driver. The governor blamed Red Hand militiamen. The group has flatly denied any role.", "Red Hand militiamen", "denied" },
        { "Gunmen stopped a minibus outside Bukavu on Monday, killing the driver. The governor blamed Red Hand militiamen. The movement had denied any involvement by Tuesday.", "Red Hand militiamen", "denied" },
        // ... never a speaker that is no such noun: the governor's staff denying a delay denies no blame
        { "Gunmen stopped a minibus outside Bukavu on Monday, killing the driver. The governor blamed Red Hand militiamen. The office has denied any involvement in the delay of the escort.", "Red Hand militiamen", "attributed" },
        // the accusation rejected in other words, its accuser after "by" (claims.tsv)
        { "Gunmen shot dead four people at a market in Guayaquil on Monday. Police blamed Los Choneros for the shooting. On Tuesday Los Choneros rejected accusations by the police that their men had opened fire.", "Los Choneros", "denied" },
        { "Gunmen shot dead four people at a market in Guayaquil on Monday. Police blamed Los Choneros for the shooting. Los Choneros dismissed all allegations in a video.", "Los Choneros", "denied" },
        // a negation before a group noun names no group: "No group ...", "None of the groups ..."
        { "A bomb went off at a bus depot in Kaduna on Monday, killing three passengers. \"No group said it had planted the bomb,\" a police spokesman told reporters.", null, "unknown" },
        { "A bomb went off at a bus depot in Kaduna on Monday, killing three passengers. The governor said on Tuesday that No rebel group had claimed the blast.", null, "unknown" },
        { "A bomb went off at a bus depot in Kaduna on Monday, killing three passengers. None of the armed groups active in the state has claimed the blast.", null, "unknown" },
        // the accused named right before a blame whose last word makes its subject the doer (function_words.tsv kind
        // accused_subject_end), past a closing quotation mark; a lower-case article joined by a hyphen (kind name_particle)
        // goes on the name; attackers said to belong to a group; a name held responsible
        { "Gunmen abducted two nurses near Marib on Monday evening. The governor said \"fighters of Jund al-Qasr\" were behind the kidnapping.", "Jund al-Qasr", "attributed" },
        { "Gunmen abducted two nurses near Marib on Monday evening. The governor blamed Kataib ash-Sharq for the abduction.", "Kataib ash-Sharq", "attributed" },
        { "Gunmen abducted two nurses near Marib on Monday evening. Security officials said the kidnappers belonged to Liwa al-Hadid.", "Liwa al-Hadid", "attributed" },
        { "A bomb killed four soldiers near Gao on Monday. Officials held the Red Dune Brigade responsible for the attack.", "Red Dune Brigade", "attributed" },
        // the accused's denial: by one who speaks for the group named by its noun, told as a thing the group put out, or by a
        // clan (function_words.tsv kind kin_group) blamed under its name
        { "A bomb killed four soldiers near Gao on Monday. The army accused the Sahel Defence Movement of planting the device. The movement's spokesman denied the accusation on Tuesday.", "Sahel Defence Movement", "denied" },
        { "Gunmen killed five herders near Jos on Sunday. Police blamed the Tarok militia. The militia's leader rejected the accusation.", "Tarok militia", "denied" },
        { "A drone struck a fuel depot near Kassala on Sunday, killing three workers. The army accused the Eastern Hawks Brigades (EHB) of launching the drone. A newspaper printed a denial issued by the EHB's press office on Monday.", "Eastern Hawks Brigades", "denied" },
        { "Gunmen shot dead two men at a cafe in Ubeda on Saturday. Police said the shooting had been ordered by the Yerbal clan. The clan denied any involvement through its lawyer.", "Yerbal clan", "denied" },
        // the denial of one who speaks for the group, told anywhere in its subject, asides included
        { "Gunmen shot dead two officers at a checkpoint in Maturin on Sunday. Police suspect the Sindicato del Caribe, a gang active in the port. A voice message, said to come from the gang leader, rejects the accusation.", "Sindicato del Caribe", "denied" },
        { "Gunmen shot dead two officers at a checkpoint in Maturin on Sunday. Police suspect the Sindicato del Caribe, a gang active in the port. A letter signed by the gang's leader, left at a radio station, denied any role.", "Sindicato del Caribe", "denied" },
        // a quoted name right after a noun said to be armed, written the French way with lower-case words after its connectors
        { "Gunmen burned three lorries on the road near Mopti on Tuesday. The governor ascribes the ambush to the armed group \"Union de défense du Delta\".", "Union de défense du Delta", "attributed" },
    };

    /// <summary>
    /// A denial by the accused that does not name it: in a headline over a body that names the blamed group (a noun for
    /// the group right before the denial, function_words.tsv kind denier_pronoun), the group denied though the blame is
    /// told below the headline; in an article that names no group, a noun for the group marked as the accused (kind
    /// accused_marker: "the accused gang", "the group accused by ...") keeps "denied" with no perpetrator, for linking to
    /// give to the group another report blames. Without such a mark, a nameless denial is no one's. title, text →
    /// (perpetrator, responsibility) of the article's one report.
    /// </summary>
    public static TheoryData<string, string, string?, string> UnnamedDenials => new()
    {
        { "Market grenade toll climbs to four; gang denies involvement", "A grenade thrown into a fish market in Guayaquil on Monday killed four people. Police say they suspect Los Choneros.", "Los Choneros", "denied" },
        { "Maiduguri bus station bomb: group denies responsibility", "A bomb went off at a bus station in Maiduguri on Monday, killing six people. The governor blamed Boko Haram for the blast.", "Boko Haram", "denied" },
        { "Davao bridge blast: the accused movement rejects the accusation", "A bomb damaged a bridge in Davao on Monday, killing two soldiers. The army blamed the New People's Army.", "New People's Army", "denied" },
        // ... but a denial by anyone else in the headline leaves the blame as it was
        { "Market grenade toll climbs to four; mayor denies involvement", "A grenade thrown into a fish market in Guayaquil on Monday killed four people. Police blamed Los Choneros for the attack.", "Los Choneros", "attributed" },
        // no group named anywhere: the accused's denial, marked as the accused's
        { "Police officer killed in roadside ambush", "Gunmen ambushed a police car near Cucuta on Saturday, killing an officer. On Sunday the group accused by the governor denied any involvement in a video.", null, "denied" },
        { "Police officer killed in roadside ambush", "Gunmen ambushed a police car near Cucuta on Saturday, killing an officer. The accused gang denied responsibility in a statement read on a local radio station.", null, "denied" },
        { "Police officer killed in roadside ambush", "Gunmen ambushed a police car near Cucuta on Saturday, killing an officer. Late on Sunday the network blamed for the ambush rejected the accusation on its channel.", null, "denied" },
        // ... never a bare noun for a group, nor someone else accused of something else
        { "Police officer killed in roadside ambush", "Gunmen ambushed a police car near Cucuta on Saturday, killing an officer. A group denied any involvement on Sunday.", null, "unknown" },
        { "Police officer killed in roadside ambush", "Gunmen ambushed a police car near Cucuta on Saturday, killing an officer. The police, accused by residents of arriving late, denied any responsibility.", null, "unknown" },
    };

    [Theory]
    [MemberData(nameof(UnnamedDenials))]
    public void A_denial_that_does_not_name_the_accused_answers_the_blame(string title, string text, string? perpetrator, string responsibility)
    {
        var reading = ArticleAnalyzer.Default.Analyze(new Article("a", title + "\n\n" + text, Title: title, Published: Published)).Reading;

        var report = Assert.Single(reading.Reports);
        Assert.Equal(perpetrator, report.Perpetrator);
        Assert.Equal(responsibility, report.Responsibility);
    }

    /// <summary>
    /// Other words and shapes of a claim, a blame and a denial, as wires and local papers write them: "own" as a verb of
    /// claim ("owning the attack", "owned up to"), credit taken, a crime the group "signed"; a name with a possessive
    /// inside it ("the X People's Army"), a group noun written capitalised as the name's first word ("the Front X du Y"), a
    /// name in quotation marks right before the claim; a text signed by the group that denies the attack; a table's
    /// "Claimed" column. text → (perpetrator, responsibility) of the article's one report.
    /// </summary>
    /// <summary>
    /// A claim negated ("has never claimed", "has not owned up to") or told as the group's habit (function_words.tsv kind
    /// habitual_claim: "has often claimed", "known for claiming", "has repeatedly claimed") is no
    /// claim of this attack: others' blame stands. text → (perpetrator, responsibility) of the article's one report.
    /// </summary>
    public static TheoryData<string, string?, string> NegatedOrHabitualClaims => new()
    {
        // wire
        { "A grenade exploded in a crowded bar in Maiduguri on Saturday night, wounding eleven people. Police blamed Boko Haram. The group, which could not be reached, has never before claimed an attack on a bar.", "Boko Haram", "attributed" },
        // local paper
        { "Gunmen killed four traders at a cattle market near Mandera on Tuesday. Officers blamed al-Shabaab, which has often claimed responsibility for raids on traders.", "al Shabaab", "attributed" },
        // official statement
        { "The Interior Ministry said on Wednesday that Boko Haram was behind Monday's bombing of a bus station in Kano, which killed nine people. Boko Haram, a group known for claiming responsibility within hours, has said nothing so far.", "Boko Haram", "attributed" },
        // NGO
        { "Our field team confirms that six civilians were killed when gunmen attacked a village near Davao on 3 March. Local authorities blamed the New People's Army, which has repeatedly claimed responsibility for ambushes on soldiers but not on villagers.", "New People's Army", "attributed" },
        // informal
        { "So the cops are blaming al-Shabaab for the checkpoint attack near Mandera on Sunday, two officers dead. Thing is, al-Shabaab has not owned up to it, and they usually shout about every hit.", "al Shabaab", "attributed" },
    };

    /// <summary>
    /// A blame of several words that ends in the word before the accused (function_words.tsv accused_opener: "attributed
    /// the strike to", "ascribed the blast to", "pinned the ambush on", "put the bombing down to"): the group after it is
    /// the one blamed, the actor before it (an army, the police) the accuser; a name the catalogue lacks after it is a
    /// group's. The accused's own denial makes it denied. text → (perpetrator, responsibility) of the article's one report.
    /// </summary>
    public static TheoryData<string, string?, string> BlameToward => new()
    {
        // wire
        { "A drone struck a fuel depot in Kosti on Monday, killing seven workers. The Sudanese Armed Forces attributed the strike to the Eastern Plains Liberation Front.", "Eastern Plains Liberation Front", "attributed" },
        // official statement, with the accused's denial
        { "A car bomb wounded 14 people outside a bank in Cucuta on Tuesday. The Colombian army ascribed the bombing to the Catatumbo Peasant Front. In a communiqué, the Catatumbo Peasant Front denied any involvement.", "Catatumbo Peasant Front", "denied" },
        // local paper
        { "Gunmen shot dead three bus drivers in San Pedro Sula on Friday. Police have pinned the killings on the Rio Blanco gang.", "Rio Blanco gang", "attributed" },
        // NGO
        { "Eleven villagers were killed in an attack on Kamwe village near Beni on 2 May. Local officials put the massacre down to the Lubero Patriotic Alliance.", "Lubero Patriotic Alliance", "attributed" },
        // informal / podcast
        { "Right, so the bus bombing outside Gao on Saturday, six dead. The army's statement attributed the attack to the Katiba Tessit, and that group has since denied it.", "Katiba Tessit", "denied" },
    };

    public static TheoryData<string, string?, string> ClaimForms => new()
    {
        { "Gunmen attacked a police station in Bannu on Monday night, killing three officers. A group calling itself the Kurram Hill Front issued a statement on Tuesday owning the attack.", "Kurram Hill Front", "claimed" },
        { "A bomb went off at a bus stop in Kano on Monday, killing four people. The Sahel Dawn Brigade has owned up to the bombing.", "Sahel Dawn Brigade", "claimed" },
        { "A bomb went off at a bus stop in Kano on Monday, killing four people. On Tuesday the Sahel Dawn Brigade took credit for the blast in a post online.", "Sahel Dawn Brigade", "claimed" },
        { "Armed men set fire to a village near Djibo on Monday, killing nine people. The mayor said the group called the Northern Dawn Front had signed its crime in a voice message the next day.", "Northern Dawn Front", "claimed" },
        { "Gunmen kidnapped three engineers near Gimbi on Monday. Officials blamed the Birbir People's Army, an armed group active in the west.", "Birbir People's Army", "attributed" },
        { "Armed men attacked a village near Djibo on Monday, killing nine people. On Wednesday the Front Patriotique du Gourma claimed the attack in an audio message.", "Front Patriotique du Gourma", "claimed" },
        { "Gunmen attacked a checkpoint near Tank on Monday, killing two soldiers. A statement from \"Daman Hill Army\" claiming the attack was shared on Tuesday.", "Daman Hill Army", "claimed" },
        { "Gunmen shot dead a radio reporter in Culiacan on Monday. On Tuesday, banners signed by the Sierra Alta Cartel appeared on a bridge. The banners denied any part in the killing.", "Sierra Alta Cartel", "denied" },
        { "A bomb went off at a bus stop in Kano on Monday, killing four people. The Sahel Dawn Brigade announced its responsibility for the blast on Tuesday.", "Sahel Dawn Brigade", "claimed" },
        { "Gunmen ambushed an army convoy near Gao on Monday, killing five soldiers. The Gourma Liberation Front said it had ambushed the convoy to avenge its fighters.", "Gourma Liberation Front", "claimed" },
        { "Gunmen shot dead a trader in Kano on Monday. Police blamed the Hill Lions Front for the killing. The Hill Lions Front said it played no part in the killing.", "Hill Lions Front", "denied" },
        { "Gunmen shot dead a trader in Kano on Monday. Police blamed the Hill Lions Front for the killing. The group denies any part in the attack.", "Hill Lions Front", "denied" },
        { "Monthly monitor.\n\n| Date | Place | Event | Killed | Attribution |\n|---|---|---|---|---|\n| 03/07/2026 | Djibo | ambush on an army convoy | 6 | JNIM faction (suspected) |", "Jama'at Nusrat al-Islam wal-Muslimin", "suspected" },
        { "Monthly monitor.\n\n| Date | Place | Event | Killed | Claimed |\n|---|---|---|---|---|\n| 03/07/2026 | Djibo | ambush on an army convoy | 6 | JNIM, 05/07 |", "Jama'at Nusrat al-Islam wal-Muslimin", "claimed" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    [MemberData(nameof(UnlistedNames))]
    [MemberData(nameof(AbbreviatedNames))]
    [MemberData(nameof(ClaimForms))]
    [MemberData(nameof(NegatedOrHabitualClaims))]
    [MemberData(nameof(BlameToward))]
    public void The_claim_or_denial_is_read_from_its_shape(string text, string? perpetrator, string responsibility)
    {
        var reading = ArticleAnalyzer.Default.Analyze(new Article("a", text, Published: Published)).Reading;

        var report = Assert.Single(reading.Reports);
        Assert.Equal(perpetrator, report.Perpetrator);
        Assert.Equal(responsibility, report.Responsibility);
    }
    /// <summary>
    /// Blame told by the marks of a group or by the group's people ("cadres of"), a short denial that says "it" for the blame
    /// ("The X Front denied it."), and a claim told by one who speaks for the group, the deed in the simple past ("says the
    /// group carried out"): text → (perpetrator, responsibility).
    /// </summary>
    public static TheoryData<string, string?, string> BlameMarksAndShortDenials => new()
    {
        { "A roadside bomb killed two soldiers near Imphal on Monday. The army said intelligence pointed to cadres of the Northern Ridge Volunteer Army.", "Northern Ridge Volunteer Army", "attributed" },
        { "A bomb went off at a market in Kano on Monday, killing four people. Police said the blast bore the marks of the Sahel Dawn Brigade.", "Sahel Dawn Brigade", "suspected" },
        { "A bomb went off at a market in Kano on Monday, killing four people. Police said the blast bore the marks of the Sahel Dawn Brigade. The Sahel Dawn Brigade denied it.", "Sahel Dawn Brigade", "denied" },
        { "Gunmen shot dead a trader in Kano on Monday. Police blamed the Hill Lions Front for the killing. The Hill Lions Front denied it on Tuesday.", "Hill Lions Front", "denied" },
        { "Gunmen shot dead four people at a market in Guayaquil on Monday. Police blamed Los Choneros. Los Choneros denied the charges in a video.", "Los Choneros", "denied" },
        { "Drones dropped explosives on a police post in Suarez on Monday, killing two officers. In a voice note, a man calling himself a commander of the Frente Cordillera Sur, a splinter faction, says the group carried out the attack.", "Frente Cordillera Sur", "claimed" },
        { "Gunmen ambushed an army truck near Djibo on Monday, killing three soldiers. A spokesman for the Gourma Liberation Front says its fighters carried out the ambush.", "Gourma Liberation Front", "claimed" },
        // the deed in the past perfect after "that" (claims.tsv "that its men", "its men had carried out")
        { "Gunmen raided a police post near Kidal on Monday, killing three officers. A group calling itself the Tilemsi Dawn Front said in a voice note that its men had carried out the raid.", "Tilemsi Dawn Front", "claimed" },
        // a group's claim told with "did it", and a group written as plural ("The X Army say they ..."): only where the sentence names it
        { "Gunmen kidnapped four teachers from a school near Bamenda on Monday. On Wednesday the Menchum Valley Defence Army said they did it to enforce a boycott.", "Menchum Valley Defence Army", "claimed" },
        { "Gunmen kidnapped four teachers from a school near Bamenda on Monday. The Menchum Valley Defence Army say they kidnapped the teachers because the school stayed open.", "Menchum Valley Defence Army", "claimed" },
        { "Gunmen shot dead a trader in Kano on Monday. Neighbours say they did it to rob him.", null, "unknown" },
        // "it" with no group named in its sentence is anything an office or a hospital denies
        { "A bomb went off at a market in Kano on Monday, killing four people. Some said the market had been closed that day, but the governor's office denied it.", null, "unknown" },
    };

    /// <summary>
    /// An earlier attack the article recalls, told with words for attackers ("militants fired rockets"), is not put down to
    /// the article's one armed group when the article says no group owned it ("No group has said it did that", claims.tsv
    /// unclaimed): text → the earlier attack's town, its perpetrator.
    /// </summary>
    public static TheoryData<string, string, string?> RecalledAttacks => new()
    {
        { "A bomb killed six people at a bus stand in Peshawar on 3 March 2021. Lashkar-e-Dasht said that its fighters had planted the bomb.\n\nOn 12 February 2021, militants fired rockets at a police post in Bannu, killing two guards. No group has said it did that.", "Bannu", null },
        { "A bomb killed six people at a bus stand in Peshawar on 3 March 2021. Lashkar-e-Dasht said that its fighters had planted the bomb.\n\nOn 12 February 2021, militants fired rockets at a police post in Bannu, killing two guards.", "Bannu", "Lashkar-e-Dasht" },
    };

    [Theory]
    [MemberData(nameof(RecalledAttacks))]
    public void A_recalled_attack_nobody_owned_is_not_the_articles_group(string text, string town, string? perpetrator)
    {
        var reading = ArticleAnalyzer.Default.Analyze(new Article("a", text, Published: Published)).Reading;

        Assert.Equal(perpetrator, reading.Reports.Single(r => r.Place?.Name == town).Perpetrator);
    }

    [Theory]
    [MemberData(nameof(BlameMarksAndShortDenials))]
    public void Blame_by_marks_or_cadres_short_denials_and_a_spokesmans_simple_past_are_read(string text, string? perpetrator, string responsibility)
    {
        var reading = ArticleAnalyzer.Default.Analyze(new Article("a", text, Published: Published)).Reading;

        var report = Assert.Single(reading.Reports);
        Assert.Equal(perpetrator, report.Perpetrator);
        Assert.Equal(responsibility, report.Responsibility);
    }
}
