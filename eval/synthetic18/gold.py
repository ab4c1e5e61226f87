#!/usr/bin/env python3
"""Writes synthetic18.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_zubinpotok_agency", "a2_zubinpotok_telegram_claim", "a3_zubinpotok_weekly",
     "b1_sierraleone_ministry", "b2_sierraleone_daily",
     "c1_dominican_police_bulletin", "c2_santiago_daily",
     "d1_plovdiv_liveblog", "d2_plovdiv_victims",
     "e1_adikeyh_state_agency", "e2_adikeyh_radio_transcript",
     "f1_mongolia_explosives"]
SHIELD = ["Northern Shield", "Severni Štit", "Severni Stit", "Sjeverni Štit", "the Northern Shield"]
EPM = ["Eastern Patriotic Movement", "EPM", "the Eastern Patriotic Movement"]
LOS42 = ["Los del 42", "La 42", "Banda del 42", "La Banda del 42", "the 42 gang"]
ENDF = ["Ethiopian army", "Ethiopian National Defense Force", "Ethiopian National Defence Force", "ENDF",
        "Ethiopian forces", "Ethiopian troops", "Ethiopia", "Ethiopian military", "Ethiopian regime"]
WAVE = "sierra-leone-police-stations-2026-07-12"
incidents = [
    # --- Kosovo, Zubin Potok: a roadside bomb and gunfire on a Kosovo Police patrol, claimed on Telegram ---------------
    inc("zubin-potok-patrol-ied-2026-05-13", "2026-05-13", "XK", "Mitrovica", "Zubin Potok", 42.91444, 20.68972,
        "bombing", SHIELD, "claimed", None, ["ied", "firearm"], ["police"], [],
        [1, 2], [2, 8], [3], [2], S[0:3], killed_best=2,
        note="Wednesday 13 May 2026 about 21:15: a bomb hidden in a culvert exploded under a Kosovo Police patrol "
             "vehicle on the lake road near the village of Gornje Ravnište (invented), about 9 km west of Zubin "
             "Potok, then gunmen fired from the wood; coded at Zubin Potok. a1 (Pristina agency, Thursday, dateline "
             "PRISHTINA; police statement): one officer killed, three wounded, one of them taken to the University "
             "Clinical Centre in Pristina (a capital and hospital town that is no scene, about 50 km away); two armed "
             "men killed in the exchange of fire (the attackers' dead, optional). a2 (Serbian-language portal from the north, Friday, "
             "machine-translated English): the 'Northern Shield' (invented group) claims the attack in a Telegram "
             "statement and says 'eight members of the occupation police' were eliminated (claimant's figure, "
             "optional). a3 (Vienna-based opinion weekly, Tuesday 19 May): the officer wounded in the head died on "
             "Sunday in Pristina: two killed; 'the two other wounded' (a part, optional). injured_best left unscored "
             "(one of the three wounded died)."),
    inc("zvecan-municipal-grenade-2026-03-02", "2026-03-02", "XK", "Mitrovica", "Zvečan", 42.9075, 20.84028,
        "bombing", None, None, None, ["grenade"], ["government"], [], [], [], [1], [], ["a3_zubinpotok_weekly"],
        optional=True,
        note="Background in a3 with its own full date: on 2 March a hand grenade thrown at the municipal building in "
             "Zvečan wounded a night guard. 12 km from Zubin Potok: must not merge with the May attack or lend 1."),
    # --- Sierra Leone: gunmen attack and burn two police stations the same night, Kenema and Bo; a gold group ---------
    inc("kenema-police-station-attack-2026-07-12", "2026-07-12", "SL", "Eastern Province", "Kenema", 7.87687,
        -11.19025, "armed_assault", EPM, "attributed", None, ["firearm", "fire"], ["police"],
        ["government", "civilians"], [4, 5], [], [5], [4], S[3:5], group=WAVE, killed_best=5,
        note="Sunday 12 July 2026 about 2 a.m.: armed men attacked the Kenema police division headquarters, shot at "
             "officers, freed detainees and set the building on fire. b1 (Ministry of Information and Civic Education "
             "press release, Sunday, Freetown, about 250 km away; bullet points): the Kenema dead given ONLY as a list "
             "of four names with ages and ranks (three officers and a civilian watchman): 4 killed; five officers "
             "wounded. The ministry attributes both attacks to the 'Eastern Patriotic Movement' (invented; "
             "attributed, no claim). b2 (Freetown daily, Tuesday): one of the wounded officers died on Monday at "
             "Kenema Government Hospital: five killed at Kenema; 'the other four' wounded still treated (a part, "
             "optional). injured_best left unscored."),
    inc("bo-police-station-attack-2026-07-12", "2026-07-12", "SL", "Southern Province", "Bo", 7.96472, -11.73833,
        "armed_assault", EPM, "attributed", None, ["firearm", "fire"], ["police"], ["government"],
        [2], [3], [4], [], S[3:5], group=WAVE,
        note="The same night, about 2:30 a.m.: gunmen attacked Bo central police station, 60 km west of Kenema, and "
             "set vehicles and a wing on fire. b1: two officers killed, four wounded; three attackers killed by "
             "the police (the attackers' dead, optional). b2 repeats two officers killed at Bo and the three dead "
             "attackers."),
    inc("kailahun-police-post-arson-2025-04", "2025-04", "SL", "Eastern Province", "Kailahun", 8.2789, -10.573,
        "other", None, None, None, ["fire"], ["police"], [], [], [], [], [], ["b2_sierraleone_daily"], optional=True,
        note="Background in b2 with only a month: in April last year (2025) a crowd set fire to a police post in "
             "Kailahun after a death in custody; nobody killed."),
    # --- Dominican Republic: a police weekend bulletin with three separate incidents; a Santiago daily follow-up ------
    inc("santiago-colmado-shooting-2026-09-04", "2026-09-04", "DO", "Santiago", "Santiago de los Caballeros",
        19.4517, -70.69703, "armed_assault", LOS42, "suspected", None, ["firearm"], ["civilians"], ["business"],
        [2, 3], [], [3], [2], S[5:7], killed_best=3,
        note="Friday 4 September 2026 about 9:30 p.m.: two men on a motorcycle fired at customers outside a colmado "
             "(corner shop) in the Cienfuegos sector of Santiago de los Caballeros. c1 (National Police weekend "
             "bulletin, Monday, Santo Domingo, bullet points): two killed, three injured; investigators look at a "
             "dispute involving the 'Los del 42' gang (invented; suspected). c2 (Santiago daily, Tuesday): one of the "
             "wounded, a 17-year-old, died on Monday at the Cabral y Báez hospital: three killed; 'the two others' "
             "(a part, optional). injured_best left unscored."),
    inc("san-francisco-de-macoris-kidnapping-2026-09-05", "2026-09-05", "DO", "Duarte", "San Francisco de Macorís",
        19.30099, -70.25259, "kidnapping", None, None, None, ["firearm"], ["business"], ["civilians"],
        [], [], [1], [], ["c1_dominican_police_bulletin"],
        note="Saturday 5 September about 7 p.m.: armed men forced a rice-mill owner out of his car in San Francisco de "
             "Macorís and took him away; his driver was struck with a pistol butt and hurt (1). Freed unharmed on "
             "Sunday in a police operation near Pimentel (no attack there). No group named (perpetrator null). c1 "
             "only."),
    inc("la-romana-machete-2026-09-06", "2026-09-06", "DO", "La Romana", "La Romana", 18.42733, -68.97285,
        "armed_assault", None, None, None, ["knife"], ["civilians"], [], [1], [], [2], [], ["c1_dominican_police_bulletin"],
        note="After midnight, about 1:40 a.m. on Sunday 6 September: a man attacked his neighbours with a machete in "
             "the Villa Progreso area of La Romana after a quarrel over loud music: one man killed, two injured; a "
             "52-year-old man arrested: a lone attacker (perpetrator null). Dated by its own day (Sunday). c1 only."),
    inc("santiago-car-wash-shooting-2026-06-19", "2026-06-19", "DO", "Santiago", "Santiago de los Caballeros",
        19.4517, -70.69703, "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [1], [], [], [],
        ["c2_santiago_daily"], optional=True,
        note="Background in c2 with its own full date: on 19 June a man was shot dead at a car wash in the same "
             "sector of Santiago. Must not merge with the September shooting or lend 1."),
    # --- Bulgaria, Plovdiv: a lone man's knife attack at the central railway station; live blog; names and ages -------
    inc("plovdiv-station-knife-2026-10-17", "2026-10-17", "BG", "Plovdiv", "Plovdiv", 42.15, 24.75,
        "armed_assault", None, None, None, ["knife"], ["civilians", "transportation"], ["police"],
        [1, 2], [], [4], [3, 5], S[7:9], killed_best=2,
        note="Saturday 17 October 2026 about 16:40: a man with a knife attacked passengers in the hall of "
             "Plovdiv central railway station; police overpowered and arrested him (he is alive). d1 (Sofia "
             "broadcaster's live blog, same day, oldest entry first): 'at least five' injured early (withdrawn: optional 5), corrected to one killed "
             "(a man of 58) and four injured, one of them a woman of 71 taken by helicopter to the Military Medical "
             "Academy in Sofia (a capital and hospital town, no scene, 130 km away). d2 (Plovdiv daily, Monday): the "
             "toll given ONLY as the names and ages of the two dead (the woman died on Sunday in Sofia): 2 killed; "
             "'three remain in hospital' (a part, optional). A 29-year-old local man with a psychiatric history, "
             "acting alone, no terrorist motive per the prosecutor (perpetrator null). injured_best left unscored."),
    # --- Eritrea, Adi Keyh: artillery shells on a border village; state agency and a diaspora radio transcript --------
    inc("adi-keyh-shelling-2026-11-19", "2026-11-19", "ER", "Debub", "Adi Keyh", 14.84444, 39.37722,
        "shelling", ENDF, "attributed", None, ["artillery"], ["civilians"], ["education"],
        [3, 4], [], [6], [5], S[9:11], killed_best=4,
        note="Thursday 19 November 2026 about 5:30 a.m.: artillery shells fell on the village of Mai Habar "
             "(invented), about 14 km south of Adi Keyh, near the border; coded at Adi Keyh. e1 (state news agency, "
             "Thursday, dateline ASMARA, about 70 km away; Ministry of Information): three civilians killed (a "
             "woman and two children), six injured, a school damaged; blames the Ethiopian army (attributed). e2 "
             "(diaspora radio transcript, Sunday): one of the injured, a man of 40, died on Friday at Orotta hospital "
             "in Asmara (a capital and hospital town, no scene): four killed; 'five others' still treated (a part, "
             "optional); an Ethiopian government spokesman denies that its forces fired (a denial by the accused: "
             "the blame stands, coded attributed). Aggregate of the 1998-2000 war's dead is no incident. "
             "injured_best left unscored."),
]
groups = [dict(id=WAVE, members=["kenema-police-station-attack-2026-07-12", "bo-police-station-attack-2026-07-12"],
               killed=[6, 7], killed_optional=[], injured=[9], injured_optional=[12],
               note="Two police stations attacked the same night, presented by both sources as one coordinated "
                    "operation. b1 (ministry): in all six security and civilian personnel killed and nine wounded, "
                    "not counting three attackers. b2 (daily, Tuesday): seven killed in the two towns; 'at least a "
                    "dozen' hurt according to hospitals (vague, optional 12).")]
gold = dict(about="Hand-coded reference for eval/synthetic18/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_mongolia_explosives: an Ulaanbaatar daily's story on police seizing illegally stored "
                           "explosives at an informal gold mine in Ömnögovi; an accidental blast at a mine last year "
                           "that killed two miners is an accident, no attack: no incident.",
                           "Aggregates: attacks on police in northern Kosovo since 2023 (a3); the civil war's dead "
                           "(b2); homicides in Santiago province this year (c2); knife crime in Bulgaria (d2); the "
                           "1998-2000 war's dead (e2).",
                           "The arrest of the Plovdiv attacker, the release of the kidnapped man near Pimentel (c1), "
                           "the police search operations in the north of Kosovo and the curfew in Kenema (b2), and an "
                           "Ethiopian denial (e2) are no attacks.",
                           "Headline lists under related-story headings, photo captions with other places and dates, "
                           "and unrelated live-blog entries are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic18.gold.json"), "w"), indent=1, ensure_ascii=False)
