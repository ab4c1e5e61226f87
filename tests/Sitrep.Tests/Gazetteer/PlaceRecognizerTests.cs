using Sitrep.Annotation;
using Sitrep.Gazetteer;
using Sitrep.Model;
using Sitrep.Sources;

namespace Sitrep.Tests.Gazetteer;

public class PlaceRecognizerTests
{
    private static readonly PlaceRecognizer R = PlaceRecognizer.Default;

    private static PlaceMention Find(string text, string surface, string? hint = null)
    {
        var mentions = R.Recognize(text, hint);
        return mentions.SingleOrDefault(m => m.Surface == surface)
               ?? throw new Xunit.Sdk.XunitException($"'{surface}' not recognised in: {text}\nfound: {string.Join(", ", mentions.Select(m => m.Surface))}");
    }

    // text | surface | expected place name | country | admin1 code (or null) | kind | vicinity
    [Theory]
    [InlineData("Shelling hit Tartous overnight, residents told us.", "Tartous", "Tartus", "SY", "14", "City", false)]
    [InlineData("Two rockets landed in Hassakah on Friday.", "Hassakah", "Al Hasakah", "SY", "01", "City", false)]
    [InlineData("Convoys left Al-Hasakah at dawn.", "Al-Hasakah", "Al Hasakah", "SY", "01", "City", false)]
    [InlineData("A blast shook al-Qamishli, a border town.", "al-Qamishli", "Al Qamishli", "SY", "01", "City", false)]
    [InlineData("A blast shook Qamishli, a border town.", "Qamishli", "Al Qamishli", "SY", "01", "City", false)]
    [InlineData("Fishermen in Jableh stayed ashore.", "Jableh", "Jablah", "SY", "02", "City", false)]
    [InlineData("Army units moved into Deir al-Zour this week.", "Deir al-Zour", "Deir ez-Zor", "SY", "07", "City", false)]
    [InlineData("Army units moved into Deir ez-Zor this week.", "Deir ez-Zor", "Deir ez-Zor", "SY", "07", "City", false)]
    [InlineData("A car bomb went off in the coastal province of Tartus on Monday.", "Tartus", "Tartus", "SY", "14", "Admin1", false)]
    [InlineData("Aid reached Hama governorate last week.", "Hama", "Hama", "SY", "10", "Admin1", false)]
    // a division word after a name known only as towns, one the seat of its division spelled otherwise: the division
    [InlineData("Floods cut the roads across Barishal region on Monday.", "Barishal", "Barisal", "BD", "85", "Admin1", false)]
    [InlineData("Officials in Syria denied the report.", "Syria", "Syria", "SY", null, "Country", false)]
    [InlineData("Police in Aurora, Colo., are searching for a gunman.", "Aurora", "Aurora", "US", "CO", "City", false)]
    [InlineData("A teenager was wounded in Rockford, Ill., on Sunday night.", "Rockford", "Rockford", "US", "IL", "City", false)]
    [InlineData("Deputies were called to a home in Milwaukie, Oregon, after midnight.", "Milwaukie", "Milwaukie", "US", "OR", "City", false)]
    [InlineData("Two men were shot outside a bar in Springfield, Mass. late Friday.", "Springfield", "Springfield", "US", "MA", "City", false)]
    [InlineData("Two men were shot in Springfield, IL on Friday.", "Springfield", "Springfield", "US", "IL", "City", false)]
    [InlineData("A woman was shot in Wilmington, the Los Angeles police said.", "Wilmington", "Wilmington", "US", "CA", "City", false)]
    [InlineData("A woman was shot in Wilmington, Delaware, on Friday.", "Wilmington", "Wilmington", "US", "DE", "City", false)]
    [InlineData("Fighting raged near Damascus again.", "Damascus", "Damascus", "SY", "13", "City", true)]
    // a division written after a town that lies in it is the division, though its capital bears its name
    [InlineData("Two officers were shot dead in Guadalupe, Zacatecas, on Friday.", "Zacatecas", "Zacatecas", "MX", "32", "Admin1", false)]
    [InlineData("A lorry driver was killed near Gomez Palacio, Durango, late on Monday.", "Durango", "Durango", "MX", "10", "Admin1", false)]
    // a dateline's town keeps its name, though the text writes the word in lower case too
    [InlineData("Mason, Ohio - A mason was stabbed at a yard on Monday.", "Mason", "Mason", "US", "OH", "City", false)]
    // a day or a "Borough" after the name ends it: no firm's name
    [InlineData("A man shot at officers outside a mall in Gastonia Monday.", "Gastonia", "Gastonia", "US", "NC", "City", false)]
    [InlineData("Police responded to a home in Hummelstown Borough on Thursday.", "Hummelstown", "Hummelstown", "US", "PA", "City", false)]
    // a division owned by its country in the possessive: "in Nigeria's Borno state", "South Sudan's Unity state"
    [InlineData("Gunmen raided a market in Nigeria's Borno state on Friday.", "Borno", "Borno", "NG", "27", "Admin1", false)]
    [InlineData("Shells hit a market in South Sudan's Unity state on Friday.", "Unity", "Unity", "SS", "06", "Admin1", false)]
    [InlineData("Clashes were reported in Pakistan's Khyber Pakhtunkhwa province.", "Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "PK", "03", "Admin1", false)]
    // a name that goes on past its "'s": "Cox's Bazar" is one name, not "Cox"
    [InlineData("A bomb exploded at a market in Cox's Bazar on Monday.", "Cox's Bazar", "Cox’s Bazar", "BD", "84", "City", false)]
    // a name written by hand in aliases.tsv weighs as the town's own: "Jenin" is Janin in the West Bank, not a Polish village
    [InlineData("Troops raided a refugee camp in Jenin on Monday.", "Jenin", "Janin", "PS", "WE", "City", false)]
    [InlineData("Rebels held a village west of the capital Damascus.", "Damascus", "Damascus", "SY", "13", "City", true)]
    [InlineData("A checkpoint outside the Syrian city of Tartus was attacked.", "Tartus", "Tartus", "SY", "14", "City", true)]
    [InlineData("Tents went up on the outskirts of Aleppo.", "Aleppo", "Aleppo", "SY", "09", "City", true)]
    [InlineData("The Chicago police said nobody was hurt.", "Chicago", "Chicago", "US", "IL", "City", false)]
    [InlineData("Officers of the Chicago Police Department arrived.", "Chicago", "Chicago", "US", "IL", "City", false)]
    [InlineData("Jordan closed its border with Syria.", "Jordan", "Jordan", "JO", null, "Country", false)]
    [InlineData("Protesters marched in Reading on Saturday.", "Reading", "Reading", "GB", "ENG", "City", false)]
    [InlineData("Syria's army said it had retaken the town.", "Syria", "Syria", "SY", null, "Country", false)]
    [InlineData("A Damascus-based group said so.", "Damascus", "Damascus", "SY", "13", "City", false)]
    [InlineData("DETROIT (WXYZ) - A man was shot on the east side overnight, police said.", "DETROIT", "Detroit", "US", "MI", "City", false)]
    [InlineData("SAN SALVADOR, 12 JAN 90 -- GUERRILLAS ATTACKED A POLICE POST IN USULUTAN DEPARTMENT TODAY.", "SAN SALVADOR", "San Salvador", "SV", null, "City", false)]
    [InlineData("SAN SALVADOR, 12 JAN 90 -- GUERRILLAS ATTACKED A POLICE POST IN USULUTAN TODAY.", "USULUTAN", "Usulutan", "SV", null, "City", false)]
    // datelines: never a person's name, and an abbreviation without its period before a dash
    [InlineData("RIVERSIDE, Calif. (KXYZ) - Officers were called to Elm Ridge Dr. Riverside police said nobody was hurt.", "RIVERSIDE", "Riverside", "US", "CA", "City", false)]
    [InlineData("LEBANON, Pa- A man was hurt in a crash.", "LEBANON", "Lebanon", "US", "PA", "City", false)]
    [InlineData("GREENVILLE TWP, Pa- A man was hurt in a crash.", "GREENVILLE", "Greenville", "US", "PA", "City", false)]
    // a town in a building's name that agrees with the text's other places
    [InlineData("A guard was shot at the Aurora Mall on Friday, Denver police said.", "Aurora", "Aurora", "US", "CO", "City", false)]
    // a name of a country and of another country's division: the rest of the text decides
    [InlineData("The man was taken to a Georgia hospital after the shooting in Augusta, deputies said.", "Georgia", "Georgia", "US", "GA", "Admin1", false)]
    // a country written in brackets after a name narrows it down, in capitals by any of its town's names, and in mixed case
    [InlineData("PANAMA CITY (PANAMA), 16 NOV 89 (WIRE) -- THE ARCHBISHOP SPOKE TODAY.", "PANAMA CITY", "Panama", "PA", null, "City", false)]
    [InlineData("The talks were held in Panama City (Panama) on Monday.", "Panama City", "Panama", "PA", null, "City", false)]
    [InlineData("Talks opened in Cordoba (Spain) on Monday.", "Cordoba", "Cordoba", "ES", null, "City", false)]
    [InlineData("LEON (NICARAGUA), 2 MAY 90 (WIRE) -- THE MINISTER SPOKE TODAY.", "LEON", "Leon", "NI", null, "City", false)]
    [InlineData("SAN JOSE (COSTA RICA), 2 MAY 90 (WIRE) -- THE MINISTER SPOKE TODAY.", "SAN JOSE", "San Jose", "CR", null, "City", false)]
    // a country the text places things in ("in Spain") outweighs countries it names as actors ("Argentina and Mexico condemned it")
    [InlineData("Gunmen robbed a bank in Cordoba on Monday. It was the boldest raid in Spain this year, and Argentina and Mexico condemned it.", "Cordoba", "Cordoba", "ES", null, "City", false)]
    // a settlement noun after a name writes it as a place, as "in" before it would: a small town's other spelling counts
    [InlineData("Gunmen burned Agaw-Are town on Sunday.", "Agaw-Are", "Ago-Are", "NG", "32", "City", false)]
    public void Resolves(string text, string surface, string name, string country, string? admin1, string kind, bool vicinity)
    {
        var m = Find(text, surface);
        Assert.Equal(name, m.Place.Name);
        Assert.Equal(country, m.Place.CountryCode);
        if (admin1 is not null) Assert.Equal(admin1, m.Place.Admin1Code);
        Assert.Equal(Enum.Parse<PlaceKind>(kind), m.Place.Kind);
        Assert.Equal(vicinity, m.Vicinity);
        Assert.False(m.IsDemonym);
        Assert.Equal(surface, text[m.Start..m.End]);
    }

    // a name shared by towns of several countries, set apart from a namesake's place ("not the one in X", "no relation to
    // the one in X", cues.tsv kind disown): the negated country counts against that reading
    // text | surface | country
    [Theory]
    [InlineData("Which Tripoli? Ours, up the coast from Zgharta, not the one in Libya. Two men were shot there last night.", "Tripoli", "LB")]
    [InlineData("Gunmen robbed a jeweller in Valencia, near Maracay, on Monday (no relation to the one in Spain), police said.", "Valencia", "VE")]
    [InlineData("Our partners in Hyderabad, near Kotri, report two deaths; this is not to be confused with India.", "Hyderabad", "PK")]
    [InlineData("Bali in Mezam or the one in Indonesia? Ours, twenty minutes from Bamenda.", "Bali", "CM")]
    public void DisownedNamesakeCountry(string text, string surface, string country)
    {
        Assert.Equal(country, Find(text, surface).Place.CountryCode);
    }

    // a short name in capitals that ends a heading's place line is the place, no acronym
    [Theory]
    [InlineData("ST. AGNES MISSION HOSPITAL, BALI\nPatients were moved after the attack near Bamenda.", "BALI", "CM")]
    [InlineData("GREENFIELD ACADEMY, JOS\nGunmen entered the school at night.", "JOS", "NG")]
    [InlineData("HOLY ROSARY PARISH, GULU\nDear friends, our catechist was attacked on the road last week.", "GULU", "UG")]
    [InlineData("Parish bulletin\nBUEA\nThe church thanks all who helped after the fire in Limbe.", "BUEA", "CM")]
    public void ShortNameEndingPlaceLine(string text, string surface, string country)
    {
        Assert.Equal(country, Find(text, surface).Place.CountryCode);
    }

    // a short name in capitals that labels an alert's line, after its number, hour and sender's code and before a colon,
    // is the place the alert is about, no acronym (AlertPrefix); the same name in a line's middle with no colon stays one
    [Theory]
    [InlineData("Alerts for Kenya\n[3] 07:05 #2020 MOLO: gunfire at the police post.", "MOLO", true)]
    [InlineData("Alerts for Kenya\n07:05 MOLO: gunfire at the police post.", "MOLO", true)]
    [InlineData("Alerts for Kenya\nMOLO: gunfire at the police post.", "MOLO", true)]
    [InlineData("Alerts for Kenya\n[3] 07:05 #2020 Gunfire reported, MOLO staff safe.", "MOLO", false)]
    public void ShortNameLabellingAlertLine(string text, string surface, bool place)
    {
        if (place) Assert.Equal("KE", Find(text, surface).Place.CountryCode);
        else Assert.DoesNotContain(R.Recognize(text), m => m.Surface == surface);
    }

    // in capitals, a word that is also a town's name (stopwords.tsv kind word) is that town only before a settlement noun
    [Theory]
    [InlineData("A GRENADE WENT OFF OUTSIDE A SHOP IN LIRA TOWN ON MONDAY STOP TWO TRADERS HURT.", "LIRA", "UG")]
    [InlineData("THE CHIEF OF THE LIRA DISTRICT POLICE SPOKE TO THE MISSION ON SATURDAY.", "LIRA", "UG")]
    public void StopWordBeforeSettlementNounInCapitals(string text, string surface, string country)
    {
        Assert.Equal(country, Find(text, surface).Place.CountryCode);
    }

    [Fact]
    public void StopWordInCapitalsWithoutSettlementNounIsNoPlace()
    {
        var mentions = R.Recognize("THE TRADERS WERE PAID IN LIRA FOR THE GRAIN THEY SOLD AT THE PORT.", null);
        Assert.DoesNotContain(mentions, m => m.Surface == "LIRA");
    }

    // text | demonym | country or region
    [Theory]
    [InlineData("Syrian troops advanced at dawn.", "Syrian", "SY")]
    [InlineData("Turkish jets struck at night.", "Turkish", "TR")]
    [InlineData("An American journalist was freed.", "American", "US")]
    [InlineData("Two Iraqis were among the dead.", "Iraqis", "IQ")]
    [InlineData("Kurdish fighters held the line.", "Kurdish", "IQ")]
    [InlineData("The Syrian-born suspect was held.", "Syrian", "SY")]
    public void Demonyms(string text, string surface, string country)
    {
        var m = Find(text, surface);
        Assert.True(m.IsDemonym);
        Assert.Equal(country, m.Place.CountryCode);
    }

    [Fact]
    public void Admin1_country_and_demonym_in_one_text()
    {
        var mentions = R.Recognize("Syrian state media said a bomb hit the province of Tartus, in western Syria.");
        Assert.Collection(mentions,
            m => { Assert.True(m.IsDemonym); Assert.Equal("SY", m.Place.CountryCode); },
            m => { Assert.Equal(PlaceKind.Admin1, m.Place.Kind); Assert.Equal("Tartus", m.Surface); },
            m => { Assert.Equal(PlaceKind.Country, m.Place.Kind); Assert.Equal("Syria", m.Surface); });
    }

    // a group noun joined to another word ("gang rape", "gang-rape") makes no group: the town before it stays
    [Theory]
    [InlineData("Protests followed the Sheffield gang rape case last year.", "Sheffield")]
    [InlineData("Protests followed the Sheffield gang-rape case last year.", "Sheffield")]
    public void A_group_noun_in_a_compound_leaves_the_town(string text, string surface) =>
        Assert.Contains(R.Recognize(text), m => m.Surface == surface);

    // text | the surface that must NOT be recognised as a place
    [Theory]
    [InlineData("Jordan Smith, 24, was charged on Monday. Jordan told the court he was at home.", "Jordan")]
    [InlineData("Coach Michael Jordan spoke briefly.", "Jordan")]
    [InlineData("Mustafa said the talks had failed.", "Mustafa")]
    [InlineData("The spokesman, Ibrahim, declined to comment.", "Ibrahim")]
    [InlineData("Rami Abdel Rahman runs the monitoring group.", "Rami")]
    [InlineData("President Obama spoke on Tuesday.", "Obama")]
    [InlineData("Police said the suspect fled.", "Police")]
    [InlineData("Most of the victims were children.", "Most")]
    [InlineData("Mobile phone footage showed the blast.", "Mobile")]
    [InlineData("Reading the statement, he paused.", "Reading")]
    [InlineData("The Washington Post reported the claim.", "Washington")]
    [InlineData("Paris Hilton arrived late.", "Paris")]
    [InlineData("THE ARMY DENIED TODAY THAT THE FARM WAS ATTACKED.", "FARM")]
    // a far town's name inside a building's name
    [InlineData("A clerk was shot at the Sheffield Diner on Friday, Denver police said.", "Sheffield")]
    [InlineData("A man was shot near Sheffield Race Course, Denver police said.", "Race Course")]
    [InlineData("Jane Roe was taken to Ben Roe Hospital, where she died, Denver police said.", "Ben")]
    // a street: "block of", a corner with a numbered street; a direction word before a name; "according to" is no cue
    [InlineData("Officers found the man in the 300 block of Sheffield Way, Denver police said.", "Sheffield")]
    [InlineData("A man was shot near 5th and Boston on Friday, Denver police said.", "Boston")]
    [InlineData("A man was shot near Boston & 22nd on Friday, Denver police said.", "Boston")]
    [InlineData("A man was shot in Northeast Riverside on Friday.", "Northeast")]
    [InlineData("According to Jane Warren, a police spokeswoman, nobody was hurt.", "Warren")]
    // another name of a far city, in a text about another country that nothing ties to the city's (Adalet is one of Adelaide's names)
    [InlineData("Supporters of Adalet marched in Ankara, Turkey, on Sunday.", "Adalet")]
    // a town of another country than the one written after the name
    [InlineData("Aid workers at Tyre, Sudan, heard four explosions.", "Tyre")]
    // a small town's name beside another capitalised word under a cue is a person's or a firm's; "at" that person later is no cue
    [InlineData("The gunman walked to the office of Jane Riva. He then fired at Riva and fled, Denver police said.", "Riva")]
    [InlineData("Shots were fired at Gordon Advisors, Denver police said.", "Gordon")]
    // a far country's division, named again and again without its country in a story about another country: one name votes once
    [InlineData("A bomb went off at a West Coast Bank branch in Salem, Oregon. The West Coast office was empty. West Coast staff were safe.", "West Coast")]
    // a name with an age after it is a person's, and so is its possessive later ("into Riva's office")
    [InlineData("Police said Riva, 47, of Denver was wounded. The gunman walked into Riva's office.", "Riva")]
    // a small town by its own name, of a country nothing else in a text about another country names
    [InlineData("Six soldiers were killed near Kabul, Afghanistan, Ash told reporters on Monday.", "Ash")]
    // a name after a title or a rank is a person's, and so is the name alone later ("[GONZALEZ]" as a speaker's label)
    [InlineData("REBEL COMMANDER GONZALEZ SPOKE TO THE RADIO. [GONZALEZ] THE FIGHT WILL GO ON.", "GONZALEZ")]
    [InlineData("The order was signed by Col. Orlando Ruiz, the report said.", "Orlando")]
    [InlineData("Father Santiago Ruiz said mass in the square.", "Santiago")]
    // a name right after a neighbourhood noun (function_words.tsv kind neighbourhood_noun) is a part of a town, not a far namesake
    [InlineData("A taxi driver was shot at a stop in colonia Toledo, zone 2 of Chinautla, on Friday.", "Toledo")]
    [InlineData("Gunmen fired on a minibus as it drove into sector Valencia, Soyapango, late on Sunday.", "Valencia")]
    // a name written with an apostrophe between like letters is whole: it is never its shorter namesake ("Ka'ano" is no "Kano")
    [InlineData("Gunmen raided the market of Ka'ano, a farming village, on Monday.", "Ka'ano")]
    [InlineData("Gunmen raided the market of Ka’ano, a farming village, on Monday.", "Ka’ano")]
    // a town's name before a group noun (cues.tsv kind group) names the group
    [InlineData("Detectives said the killing had been ordered by the Osuna clan.", "Osuna")]
    [InlineData("Officers arrested two members of a Sheffield gang in Leeds on Friday.", "Sheffield")]
    [InlineData("Officers arrested two members of the Sheffield Gang in Leeds on Friday.", "Sheffield")]
    // a name inside a building's name after its first word ("the Elm Vale Mall") is no town
    [InlineData("A man was shot inside the Carlton Sheffield Shopping Centre, Denver police said.", "Sheffield")]
    // the capitalised words between a possessive and a lower-case building noun are the building's name
    [InlineData("A man was stabbed at Shrewsbury's Old Bell pub on Saturday, police said.", "Bell")]
    // a word that opens a headline or a sentence, capitalised only there, and that the text also writes in lower case, is
    // that common word ("a mason"), not a namesake town
    [InlineData("Mason stabbed outside a cafe\n\nA mason was stabbed outside a cafe on Monday, police said.", "Mason")]
    [InlineData("Fisherman found hurt on the quay\n\nFisherman hurt. The fisherman was found with cuts on Monday.", "Fisherman")]
    // the patron or namesake of a body after "of" (cues.tsv kind body) in a text about another country
    [InlineData("Gunmen fired on the prayer meeting of the Legion of Mary at a church in Maiduguri, Borno State, on Sunday.", "Mary")]
    [InlineData("Nurses of the Sisters of Lourdes ran the clinic in Kaduna, Nigeria, where two wounded men were treated.", "Lourdes")]
    public void Not_a_place(string text, string surface)
    {
        Assert.DoesNotContain(R.Recognize(text), m => m.Surface == surface);
    }

    // Yida is one of Jeddah's other names and a refugee camp in South Sudan (extra_places.tsv): never Jeddah in a text about South Sudan
    [Theory]
    [InlineData("Bombs fell on the Yida camp in South Sudan, and officials in Sudan denied it.")]
    [InlineData("Aid workers at Yida, South Sudan, heard four explosions.")]
    public void Yida_in_South_Sudan_is_the_camp(string text)
    {
        var m = Find(text, "Yida");
        Assert.Equal("SS", m.Place.CountryCode);
    }

    [Theory]
    [InlineData("Syrian officials said three people died when a bomb went off in the capital.", "the capital", "Damascus", false)]
    [InlineData("Fighting broke out in Iraq. Mortars fell near the capital on Sunday.", "the capital", "Baghdad", true)]
    [InlineData("Mortars fell near the Syrian capital.", "the Syrian capital", "Damascus", true)]
    [InlineData("A bomb went off at a market in Yemen's capital on Tuesday.", "Yemen's capital", "Sanaa", false)]
    [InlineData("Mortars fell near Iraq’s capital.", "Iraq’s capital", "Baghdad", true)]
    [InlineData("A bomb went off at a market in the capital of Yemen on Tuesday.", "the capital of Yemen", "Sanaa", false)]
    public void The_capital(string text, string surface, string capital, bool vicinity)
    {
        var m = Find(text, surface);
        Assert.Equal(capital, m.Place.Name);
        Assert.Equal(vicinity, m.Vicinity);
    }

    [Fact]
    public void The_capital_without_a_country_is_not_guessed() =>
        Assert.Empty(R.Recognize("Three people died when a bomb went off in the capital."));

    [Fact]
    public void The_country_hint_picks_among_homonyms()
    {
        Assert.Equal("CA", Find("Crowds gathered in London on Sunday.", "London", "CA").Place.CountryCode);
        Assert.Equal("GB", Find("Crowds gathered in London on Sunday.", "London").Place.CountryCode);
    }

    [Fact]
    public void Mentions_are_sorted_and_do_not_overlap()
    {
        var text = "From Aleppo to Homs, and from Hama to Idlib, the Syrian army advanced; Turkish and Iraqi officials met in Damascus.";
        var mentions = R.Recognize(text);
        Assert.True(mentions.Count >= 6);
        for (var i = 1; i < mentions.Count; i++) Assert.True(mentions[i - 1].End <= mentions[i].Start);
    }

    // text | the site's name around it | surface | expected admin1 (the site's state picks among namesakes)
    [Theory]
    [InlineData("A man was shot in Springfield on Friday.", "| KXYZ News Ohio", "Springfield", "OH")]
    [InlineData("A man was shot in Springfield on Friday.", "| News 4 Massachusetts", "Springfield", "MA")]
    public void The_site_name_picks_among_namesakes(string text, string site, string surface, string admin1)
    {
        var m = R.Recognize(text, context: site).Single(m => m.Surface == surface);
        Assert.Equal(admin1, m.Place.Admin1Code);
        Assert.NotEqual(admin1, R.Recognize(text).Single(m => m.Surface == surface).Place.Admin1Code);
    }

    // text | the article's web address | surface | expected admin1 (a section or a local edition in the address picks among namesakes)
    [Theory]
    [InlineData("A man was shot in Springfield on Friday.", "https://www.example-news.com/ohio/crime/man-shot-in-springfield-friday", "Springfield", "OH")]
    [InlineData("Two women were hurt when a car hit a bus stop in Aurora.", "https://chicago.example-tv.com/news/car-hits-bus-stop-two-hurt/55123", "Aurora", "IL")]
    public void The_web_address_picks_among_namesakes(string text, string address, string surface, string admin1)
    {
        var site = SiteName.Of(new Article("address-test", text, Url: address));
        Assert.Equal(admin1, R.Recognize(text, context: site).Single(m => m.Surface == surface).Place.Admin1Code);
        Assert.NotEqual(admin1, R.Recognize(text).Single(m => m.Surface == surface).Place.Admin1Code);
    }

    [Theory]
    [InlineData("A man was shot on Friday.", "| KXYZ News Ohio")]
    [InlineData("A man was shot on Friday.", "« CBS Chicago")]
    public void The_site_name_gives_no_mentions(string text, string site) => Assert.Empty(R.Recognize(text, context: site));

    [Fact]
    public void Empty_text_has_no_places() => Assert.Empty(R.Recognize(""));
    // text | site name | surface | expected country: an island or a division whose name is an English word in plain
    // spelling ("reunion") but is written with its own diacritic in the site's name is the place, and ranks the
    // namesakes; the plain word stays a word
    [Theory]
    [InlineData("A shopkeeper was stabbed in Saint-Pierre on Sunday night.", "Radio Sud Réunion", "Saint-Pierre", "RE")]
    [InlineData("A grocer was shot dead in Saint-Joseph early on Monday.", "Réunion Matin", "Saint-Joseph", "RE")]
    public void A_division_written_with_its_diacritic_in_the_site_name_picks_among_namesakes(string text, string site, string surface, string country)
    {
        Assert.Equal(country, R.Recognize(text, context: site).Single(m => m.Surface == surface).Place.CountryCode);
        Assert.NotEqual(country, R.Recognize(text).SingleOrDefault(m => m.Surface == surface)?.Place.CountryCode);
    }

    [Fact]
    public void The_plain_english_word_in_a_site_name_is_no_place() =>
        Assert.NotEqual("RE", R.Recognize("A shopkeeper was stabbed in Saint-Pierre on Sunday night.", context: "Family Reunion Weekly")
            .SingleOrDefault(m => m.Surface == "Saint-Pierre")?.Place.CountryCode);

    // text | web address | surface | expected country: a country's top-level domain ranks a name's namesakes when the
    // text says nothing of its country; a generic, a made-up or a bought-for-its-letters domain says nothing
    [Theory]
    [InlineData("A shopkeeper was stabbed in Saint-Pierre on Sunday night.", "https://www.sudnews.re/faits-divers/shopkeeper-stabbed", "Saint-Pierre", "RE")]
    [InlineData("Fire crews were called to a pub in Ludlow after petrol was poured through its door.", "https://www.marches-weekly.co.uk/news/pub-fire", "Ludlow", "GB")]
    public void A_country_domain_picks_among_namesakes(string text, string address, string surface, string country)
    {
        var article = new Article("domain-test", text, Url: address);
        Assert.Equal(country, R.Recognize(text, domain: SiteName.TopLevelDomain(article)).Single(m => m.Surface == surface).Place.CountryCode);
        Assert.NotEqual(country, R.Recognize(text).SingleOrDefault(m => m.Surface == surface)?.Place.CountryCode);
    }

    [Theory]
    [InlineData("com")]
    [InlineData("example")]
    [InlineData("tv")]
    [InlineData("io")]
    public void A_generic_domain_changes_nothing(string domain)
    {
        const string text = "Fire crews were called to a pub in Ludlow after petrol was poured through its door.";
        Assert.Equal(R.Recognize(text).Single(m => m.Surface == "Ludlow").Place.CountryCode,
            R.Recognize(text, domain: domain).Single(m => m.Surface == "Ludlow").Place.CountryCode);
    }

    // an article's own text naming the island with its diacritic, without a cue before it
    [Fact]
    public void A_division_written_with_its_diacritic_in_the_text_places_its_towns() =>
        Assert.Equal("RE", R.Recognize("Réunion police said a grocer was shot dead in Saint-Joseph early on Monday.")
            .Single(m => m.Surface == "Saint-Joseph").Place.CountryCode);

    // a place word inside an organisation's name that its acronym follows in brackets is the organisation's
    [Theory]
    [InlineData("Fighters of the Front de Liberation du Macina (FLM) attacked a village on Sunday.", "Macina")]
    [InlineData("A nurse of the charity Sante Mopti Solidarite (SMS) was abducted.", "Mopti")]
    public void A_place_word_inside_an_acronymed_body_s_name_is_no_place(string text, string surface) =>
        Assert.DoesNotContain(R.Recognize(text), m => m.Surface == surface);

    // a body's seat after "of" is a place when it lies in the text's country, or when the text names it outside a body's name too
    [Theory]
    [InlineData("Students of the University of Maiduguri were among the dead after gunmen attacked a bus near Damaturu, Nigeria.", "Maiduguri", "NG")]
    [InlineData("Gunmen attacked a bus near Damaturu, Nigeria. The driver had studied in Lourdes, France, as a member of the Sisters of Lourdes.", "Lourdes", "FR")]
    public void A_body_s_seat_of_the_text_s_country_stays(string text, string surface, string country)
    {
        var m = R.Recognize(text).First(m => m.Surface == surface);
        Assert.Equal(country, m.Place.CountryCode);
    }

    /// <summary>A tab parts two cells of a sheet: the names either side are two places, neither one name nor a person's.</summary>
    [Theory]
    [InlineData("5\tKano\tWudil\tbomb", "Kano", "Wudil")]
    [InlineData("6\tKaduna\tZaria\tgunfire", "Kaduna", "Zaria")]
    public void A_tab_ends_a_name(string row, string division, string town)
    {
        var surfaces = R.Recognize(row).Select(m => m.Surface).ToList();
        Assert.Contains(division, surfaces);
        Assert.Contains(town, surfaces);
    }
}
