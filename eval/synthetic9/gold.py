#!/usr/bin/env python3
"""Writes synthetic9.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_brazil_explainer", "a2_brazil_wire_corrected",
     "b1_guatemala_site", "b2_guatemala_press_conference",
     "c1_tajikistan_state_agency", "c2_tajikistan_regional",
     "d1_senegal_army_communique", "d2_senegal_daily",
     "e1_tanzania_daily", "e2_tanzania_local",
     "f1_honduras_congress",
     "g1_venezuela_brief"]
B18 = ["Barrio 18", "Barrio 18 gang", "18th Street gang", "18th Street", "Mara 18", "Calle 18", "Pandilla 18",
       "Barrio 18 Sureños"]
KG = ["Kyrgyz border guards", "Kyrgyz border units", "Kyrgyz border service", "Kyrgyz border troops", "Kyrgyz forces", "Kyrgyz military",
      "Kyrgyz armed forces", "Kyrgyzstan", "Kyrgyz side"]
MFDC = ["MFDC", "Movement of Democratic Forces of Casamance", "Mouvement des forces démocratiques de Casamance",
        "Casamance separatists", "Casamance rebels"]
ISM = ["Islamic State", "Islamic State Mozambique Province", "ISMP", "IS", "Islamic State Central Africa Province",
       "ISCAP", "Ahlu Sunnah Wal Jamaa", "al-Shabaab (Mozambique)"]
WAVE = "guatemala-bus-wave-2026-02-09"
incidents = [
    # --- Brazil, São Paulo state: knife attack at a municipal school; the first toll was wrong and corrected down ----
    inc("votuporanga-school-knife-2026-04-14", "2026-04-14", "BR", "São Paulo", "Votuporanga", -20.42278, -49.97278,
        "armed_assault", None, None, None, ["knife"], ["education", "civilians"], [],
        [3], [4], [5, 6], [], S[0:2], killed_best=3, injured_best=6,
        note="Tuesday 14 April about 9:40 a.m.: a 16-year-old former pupil entered a municipal primary school in "
             "Votuporanga with a knife and attacked children and staff in "
             "a classroom and a corridor; a guard and teachers overpowered him and the military police detained him "
             "(alive). a1 (English-language Brazilian site, a 'What we know' explainer the same afternoon): the mayor "
             "on social media: four children dead, five injured (4 was an error: optional). a2 (wire, Wednesday, "
             "dateline SÃO PAULO, with a correction note at the top): the state Health Secretariat: three dead (two "
             "children and a teacher's aide), six injured; the girl first reported dead is in intensive care in São "
             "José do Rio Preto (a hospital town, no scene). A lone teenager with no organisation: perpetrator and "
             "responsibility null. The national count of school attacks since 2022 (a2) is an aggregate."),
    inc("fernandopolis-school-stabbing-2025-03", "2025-03", "BR", "São Paulo", "Fernandópolis", -20.28389, -50.24639,
        "armed_assault", None, None, None, ["knife"], ["education"], [], [], [], [1], [], [S[1]],
        optional=True,
        note="Background in a2: in March 2025 a student stabbed a teacher at a state school in Fernandópolis, about "
             "30 km away; the teacher survived. Must not merge with, or lend a figure to, Votuporanga."),
    # --- Guatemala: two gang attacks on urban buses the same morning, presented as one coordinated message ----------
    inc("mixco-bus-shooting-2026-02-09", "2026-02-09", "GT", "Guatemala", "Mixco", 14.63077, -90.60711,
        "armed_assault", B18, "attributed", None, ["firearm"], ["transportation", "civilians"], [],
        [3], [], [4], [], S[2:4], group=WAVE, killed_best=3, injured_best=4,
        note="Monday 9 February about 5:50 a.m.: two men on a motorcycle fired on an urban bus of an invented line at a "
             "stop in colonia El Milagro, Mixco: the driver and two passengers killed, four passengers wounded "
             "(Volunteer Firefighters, b1). b2 (Interior Ministry press conference, Tuesday, transcript) confirms 3 "
             "killed in Mixco. The police and then the minister say the two attacks were ordered from prison by a "
             "Barrio 18 clique over unpaid extortion (attributed; nobody claims)."),
    inc("villa-nueva-bus-shooting-2026-02-09", "2026-02-09", "GT", "Guatemala", "Villa Nueva", 14.52512, -90.58544,
        "armed_assault", B18, "attributed", None, ["firearm"], ["transportation", "civilians"], [],
        [1, 2], [], [6], [5], S[2:4], group=WAVE, killed_best=2, injured_best=6,
        note="The same morning about 6:15 a.m., about 12 km south: gunmen fired on a bus on the road into Villa Nueva "
             "(sector Ciudad Real): the driver's assistant killed, six passengers wounded (Municipal Firefighters, "
             "b1). b2: a woman wounded on that bus died overnight at the Roosevelt hospital in Guatemala City "
             "(hospital in the capital, no scene): 2 killed; 'five still in hospital' from this bus is a part "
             "(optional)."),
    inc("villa-nueva-bus-driver-2026-01-19", "2026-01-19", "GT", "Guatemala", "Villa Nueva", 14.52512, -90.58544,
        "assassination", None, None, None, ["firearm"], ["transportation"], [], [1], [], [], [],
        ["b1_guatemala_site"], optional=True,
        note="Background in b1 with its own full date: on 19 January a driver of the same company was shot dead at "
             "the end of the line in Villa Nueva. Must not merge with, or lend 1 to, the February attack."),
    # --- Tajikistan, Sughd: mortar fire on the Vorukh exclave during a border incident with Kyrgyzstan -------------
    inc("vorukh-mortar-fire-2026-06-20", "2026-06-20", "TJ", "Sughd", "Vorukh", 39.85125, 70.58012, "shelling",
        KG, "attributed", None, ["mortar"], ["civilians"], [],
        [2, 3], [], [5, 7], [], S[4:6], killed_best=3, injured_best=7,
        note="Saturday 20 June about 5 p.m.: after an exchange of fire between border posts over a water intake, "
             "mortar rounds fell on houses in the Tajik exclave of Vorukh (Isfara district). c1 (state news agency, "
             "Sunday, dateline DUSHANBE, translated style, 'Voruh' once): the Border Troops of the State Committee "
             "for National Security: two civilians killed, five wounded; Kyrgyz border guards blamed (attributed). "
             "c2 (Bishkek-based regional site in English, Tuesday, 'Vorukh'/'Worukh', 'on 20 June'): the Isfara "
             "district hospital: a wounded man died on Monday, three dead, seven wounded. The Kyrgyz border service "
             "says Tajik troops fired first and its units 'responded to the source of fire'; it does not deny firing, "
             "and reports no casualties on its side (no incident). The 2022 border war's tolls are aggregates."),
    inc("isfara-border-guard-2026-03-03", "2026-03-03", "TJ", "Sughd", "Isfara", 40.12649, 70.62526,
        "armed_assault", None, None, None, ["firearm"], ["military"], [], [1], [], [], [],
        ["c2_tajikistan_regional"], optional=True,
        note="Background in c2 with its own full date: on 3 March 2026 a Tajik border guard was shot dead in a "
             "dispute on the border in Isfara district (coded at Isfara). Must not lend 1 to June."),
    # --- Senegal, Casamance: landmine on an army truck near Bignona ------------------------------------------------
    inc("bignona-landmine-2026-08-13", "2026-08-13", "SN", "Ziguinchor", "Bignona", 12.81028, -16.22639, "bombing",
        MFDC, "denied", None, ["ied"], ["military"], [],
        [2, 3], [], [4], [], S[6:8], killed_best=3, injured_best=4,
        note="Thursday 13 August about 10 a.m.: an army truck on a patrol hit an anti-tank mine on a forest track about "
             "15 km north-west of Bignona, between Kagnarou (invented) and Tobor. d1 (the armed forces' information "
             "directorate's communiqué, reproduced on a Dakar site the same evening, translated): two soldiers killed, "
             "four wounded, evacuated to the military hospital in Ziguinchor (no scene); 'armed bands' not named. d2 "
             "(Dakar daily, Saturday, dateline ZIGUINCHOR): one of the wounded died on Friday: three soldiers killed; "
             "security sources suspect a faction of the MFDC; the MFDC's exiled spokesman rejects any responsibility "
             "and nobody claims (denied, as in the earlier sets when the only named actor denies)."),
    inc("bignona-mine-farmer-2026-01", "2026-01", "SN", "Ziguinchor", "Bignona", 12.81028, -16.22639, "bombing",
        None, None, None, ["ied"], ["civilians"], [], [1], [], [], [], ["d2_senegal_daily"], optional=True,
        note="Background in d2: in January a farmer was killed by an anti-personnel mine in his field near Bignona. "
             "Same area, another month: must not merge with, or lend 1 to, the August mine."),
    # --- Tanzania, Mtwara: cross-border raid on a village south of Tandahimba ------------------------------------
    inc("tandahimba-village-raid-2026-10-03", "2026-10-03", "TZ", "Mtwara", "Tandahimba", -10.75, 39.63333,
        "armed_assault", ISM, "claimed", None, ["firearm", "knife", "fire"], ["civilians"], [],
        [6, 8], [9], [2, 4], [], S[8:10], killed_best=8, injured_best=4,
        note="About 1 a.m. Saturday 3 October ('the night of Friday to Saturday'): armed men who had crossed the Ruvuma "
             "River from Mozambique raided an invented village about 14 km south of Tandahimba, shooting and "
             "hacking villagers with machetes and burning about twenty houses and a dispensary. e1 (Tanzanian English "
             "daily, Monday, dateline DAR ES SALAAM): the Mtwara regional police commander: six killed, two wounded, "
             "'criminals from across the border', no group named. e2 (Mtwara local site in odd English with Swahili "
             "date forms, 'Jumamosi (3/10/2026)', published the next Saturday, 'last Saturday'): the village chairman: "
             "eight dead after two more bodies were found in cashew farms, four wounded in Tandahimba district "
             "hospital; Islamic State claimed it in its weekly al-Naba, saying it killed nine 'Christians' (claimant's "
             "figure: optional); the regional commissioner calls the claim propaganda but does not dispute the attack "
             "(claimed)."),
    # --- Venezuela, Apure: a three-sentence brief on an attack on a National Guard checkpoint ----------------------
    inc("guasdualito-gnb-checkpoint-2026-05-12", "2026-05-12", "VE", "Apure", "Guasdualito", 7.24241, -70.73235,
        "armed_assault", None, None, None, ["firearm", "grenade"], ["military"], [],
        [2], [], [1], [], ["g1_venezuela_brief"], killed_best=2, injured_best=1,
        note="g1 only (a wire brief of three sentences, Wednesday 13 May): on Tuesday night gunmen fired rifles and threw "
             "a grenade at a National Guard (GNB) checkpoint at the exit of Guasdualito towards El Amparo: two "
             "guardsmen killed, one wounded (Apure state governor). The governor blames 'Colombian irregular armed "
             "groups' with no name, and nobody claims: perpetrator and responsibility null. Dated by 'Tuesday night' "
             "in a brief published on Wednesday."),
]
groups = [dict(id=WAVE, members=["mixco-bus-shooting-2026-02-09", "villa-nueva-bus-shooting-2026-02-09"],
               killed=[4, 5], killed_optional=[], injured=[10], injured_optional=[9],
               note="Two attacks the same morning presented by the police and the minister as one coordinated message "
                    "from a Barrio 18 clique. b1: four dead and ten wounded in the two attacks (interior minister on "
                    "the radio). b2: five dead after the woman's death; nine still in hospital (a part, optional).")]
gold = dict(about="Hand-coded reference for eval/synthetic9/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_honduras_congress: Congress in Tegucigalpa extends the state of exception; violence "
                           "appears only as aggregates (homicides last year and this year, extortion killings of "
                           "transport workers, prison deaths since 2023): no incident.",
                           "Aggregates: school attacks in Brazil since 2022 (a2); bus drivers killed in Guatemala this "
                           "year (b1, b2); the 2022 Tajik-Kyrgyz border fighting (c1, c2); landmine victims in "
                           "Casamance since the 1980s (d2); attacks in Mtwara since 2020 (e1, e2).",
                           "Headline lists under related-story headings: other stories, no article text.",
                           "Photo captions with places and dates; arrests (b2), the Kyrgyz border service's account "
                           "of fire on its post with no casualties (c2) and funerals are no attacks."])
json.dump(gold, open(os.path.join(here, "synthetic9.gold.json"), "w"), indent=1, ensure_ascii=False)
