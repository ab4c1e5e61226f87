#!/usr/bin/env python3
"""Writes synthetic14.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_cabinda_state_agency", "a2_cabinda_flec_statement", "a3_cabinda_lisbon_weekly",
     "b1_batken_ministry", "b2_batken_radio",
     "c1_jamaica_roundup", "c2_spanishtown_wire",
     "d1_siguiri_wire", "d2_siguiri_ngo",
     "e1_kutaisi_liveblog", "e2_kutaisi_daily",
     "f1_laos_uxo"]
FLEC = ["FLEC-FAC", "FLEC", "Front for the Liberation of the Enclave of Cabinda",
        "Frente para a Libertação do Enclave de Cabinda", "Frente de Libertação do Enclave de Cabinda",
        "Cabindan Armed Forces", "Forças Armadas Cabindesas", "FAC"]
TAJIK = ["Tajik armed forces", "armed forces of Tajikistan", "Tajikistan", "Tajik forces", "Tajik military",
         "Tajik side", "Tajik border troops", "Tajik border service", "Tajik border guards"]
CLOCK = ["Clock Tower Crew", "Clock Tower gang", "the Clock Tower Crew"]
WAVE = "batken-drone-mortar-2026-06-18"
incidents = [
    # --- Angola, Cabinda: roadside bomb and gunfire on an army convoy, claimed by FLEC-FAC on Telegram -----------------
    inc("cabinda-convoy-ambush-2026-04-21", "2026-04-21", "AO", "Cabinda", "Cabinda", -5.56717, 12.19787,
        "bombing", FLEC, "claimed", None, ["ied", "firearm"], ["military"], ["transportation"],
        [2, 4], [3, 11], [4], [2], S[0:3], killed_best=4,
        note="Tuesday 21 April 2026 about 7 a.m.: the lead truck of an Angolan Armed Forces (FAA) supply convoy on the "
             "road towards Buco-Zau struck a roadside bomb near the village of Chimbuande (invented), about 20 km "
             "north-east of Cabinda city, then gunmen fired on the trucks from the forest; coded at Cabinda. a1 (state "
             "news agency, Wednesday, dateline LUANDA, the capital far from the scene; defence ministry spokesman): two "
             "soldiers killed, four wounded flown to the military hospital in Luanda (a hospital town that is no "
             "scene); 'armed marginals', no group named; three attackers 'neutralised' (the attackers' dead, "
             "optional). a2 (exile site, Thursday, machine-translated English of a FLEC-FAC communique posted on its "
             "Telegram channel): FLEC-FAC claims the ambush and says 11 soldiers of the 'occupation army' killed "
             "(claimant's figure, optional) and no loss in its ranks. a3 (Lisbon weekly, Saturday 2 May, opinion "
             "laden): two of the wounded died in Luanda: four soldiers killed; 'the two other wounded' (a part, "
             "optional); cites the claim. injured_best left unscored (two of the four wounded died)."),
    inc("cabinda-airport-ambush-2025-11-14", "2025-11-14", "AO", "Cabinda", "Cabinda", -5.56717, 12.19787,
        "armed_assault", None, None, None, ["firearm"], ["military"], [], [2], [], [], [], ["a3_cabinda_lisbon_weekly"],
        optional=True,
        note="Background in a3 with its own full date: on 14 November 2025 two soldiers were killed in an ambush near "
             "Cabinda airport. Same town as the April ambush: must not merge with it or lend 2."),
    # --- Kyrgyzstan, Batken: a drone strike on Batken town and mortar fire on Ak-Say the same dawn; a gold group --------
    inc("batken-fuel-station-drone-2026-06-18", "2026-06-18", "KG", "Batken", "Batken", 40.06259, 70.81939,
        "air_strike", TAJIK, "attributed", None, ["drone"], ["civilians", "business"], ["transportation"],
        [2], [], [5], [], S[3:5], group=WAVE,
        note="Thursday 18 June 2026 about 5:40 a.m.: a drone dropped munitions on a fuel station on the western edge of "
             "Batken town. b1 (Ministry of Emergency Situations press release, Thursday, dateline Bishkek, about 700 km "
             "away): two killed (a station attendant and a lorry driver), five injured; the ministry and the State "
             "Border Service attribute the strike to the armed forces of Tajikistan (attributed). b2 (radio "
             "programme transcript, Friday): repeats two killed at the fuel station; gives only wave totals for the "
             "wounded. The Tajik border service's counter-accusation (Kyrgyz fire first) is no denial of the strike."),
    inc("ak-say-mortar-2026-06-18", "2026-06-18", "KG", "Batken", "Ak-Say", 39.87438, 70.52211,
        "shelling", TAJIK, "attributed", None, ["mortar"], ["civilians"], [],
        [1, 2], [], [3], [], S[3:5], group=WAVE, killed_best=2,
        note="The same dawn: mortar shells fell on the border village of Ak-Say (spelled Ak-Sai in the articles), "
             "about 33 km south-west of Batken town, setting two houses on fire. b1: one killed, three injured. b2: a "
             "63-year-old man wounded in Ak-Say died overnight at the Osh regional hospital (a hospital town that is "
             "no scene, about 200 km away): two killed. injured_best left unscored (one of the three died)."),
    inc("kulundu-border-post-drone-2026-03-03", "2026-03-03", "KG", "Batken", "Kulundu", 40.10635, 69.64127,
        "air_strike", None, None, None, ["drone"], ["military"], [], [], [], [], [], ["b2_batken_radio"], optional=True,
        note="Background in b2 with its own full date: on 3 March a drone hit an empty Kyrgyz border post near "
             "Kulundu, no casualties. Must not join the June wave."),
    # --- Jamaica: a Monday round-up of three separate weekend attacks in three parishes; a follow-up wire ---------------
    inc("spanish-town-bar-shooting-2026-08-07", "2026-08-07", "JM", "Saint Catherine", "Spanish Town", 17.99107,
        -76.95742, "armed_assault", CLOCK, "suspected", None, ["firearm"], ["civilians"], ["business"],
        [3, 4], [], [2], [1], S[5:7], killed_best=4,
        note="Friday 7 August 2026 about 10:45 p.m.: gunmen fired into a bar on Buckley Lane (invented street) in "
             "Spanish Town. c1 (national daily's Monday round-up of the weekend): three killed, two injured; police "
             "suspect a feud involving the Clock Tower Crew (invented gang; suspected, no claim). c2 (wire, Tuesday, "
             "dateline KINGSTON): one of the two injured died on Monday at Spanish Town Hospital: four killed; 'the "
             "other wounded man' (a part, optional). injured_best left unscored (one of the two died)."),
    inc("may-pen-house-fire-2026-08-08", "2026-08-08", "JM", "Clarendon", "May Pen", 17.96454, -77.24515,
        "other", None, None, None, ["fire"], ["civilians"], [], [1], [], [2], [], ["c1_jamaica_roundup"],
        note="After midnight, about 1:30 a.m. on Saturday 8 August: a man poured petrol on the door of a house in May "
             "Pen and set it alight; a 71-year-old woman died, her two grandchildren were burned (c1 only). A "
             "32-year-old neighbour, in a dispute over land with the family, was detained: a lone attacker, no group "
             "(perpetrator null). Dated by its own day (Saturday), not Friday."),
    inc("montego-bay-patrol-2026-08-09", "2026-08-09", "JM", "St. James", "Montego Bay", 18.47116, -77.91883,
        "armed_assault", None, None, None, ["firearm"], ["police"], [], [], [1], [1], [], ["c1_jamaica_roundup"],
        note="Sunday 9 August about 3 p.m.: gunmen fired on a police patrol vehicle in the Flanker community of "
             "Montego Bay; a constable wounded (1); one gunman killed when the police returned fire (the attacker's "
             "dead, optional: no victim killed, killed is an empty list). No gang named. c1 only."),
    inc("spanish-town-cookshop-2026-02-12", "2026-02-12", "JM", "Saint Catherine", "Spanish Town", 17.99107,
        -76.95742, "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [2], [], [], [],
        ["c2_spanishtown_wire"], optional=True,
        note="Background in c2 with its own full date: on 12 February two men were shot dead at a cookshop in Spanish "
             "Town. Same town: must not merge with the August shooting or lend 2."),
    # --- Guinea, Siguiri: gunmen kill an escort and abduct mining engineers; capital dateline; NGO release -------------
    inc("siguiri-mining-convoy-kidnapping-2026-03-13", "2026-03-13", "GN", "Kankan", "Siguiri", 11.42282, -9.16852,
        "kidnapping", None, None, None, ["firearm"], ["business"], ["police", "military", "civilians"],
        [1, 2], [], [2], [1], S[7:9], killed_best=2,
        note="Friday 13 March 2026 in the morning: gunmen on motorbikes stopped two vehicles of a mining contractor on "
             "the track to the gold-mining camp of Fadougou-Kura (invented), about 20 km west of Siguiri; coded at "
             "Siguiri. d1 (wire, Monday 16 March, dateline CONAKRY, about 600 km away; 'last Friday'): a gendarme of "
             "the escort killed, the driver and another gendarme wounded (2), three foreign engineers abducted. d2 "
             "(human rights NGO release, Thursday 19 March): the driver died of his wounds on Tuesday at the Kankan "
             "regional hospital (a hospital town that is no scene): two killed; the wounded gendarme (a part, "
             "optional); four abducted (a Guinean interpreter too). The authorities blame 'armed bandits' from across "
             "the border: no actor named (perpetrator null). injured_best left unscored."),
    inc("kouroussa-traders-kidnapping-2026-01", "2026-01", "GN", "Kankan", "Kouroussa", 10.65, -9.88333,
        "kidnapping", None, None, None, [], ["civilians"], [], [], [], [], [], ["d2_siguiri_ngo"], optional=True,
        note="Background in d2 with only a month: in January two traders were abducted near Kouroussa and freed "
             "after a ransom was paid."),
    # --- Georgia, Kutaisi: a lone man's knife attack at the central market; live blog and a next-day daily ------------
    inc("kutaisi-market-knife-2026-10-20", "2026-10-20", "GE", "Imereti", "Kutaisi", 42.26791, 42.69459,
        "armed_assault", None, None, None, ["knife"], ["civilians"], ["police"],
        [1, 2], [3], [3], [2], S[9:11], killed_best=2,
        note="Tuesday 20 October 2026 about 18:20: a man with a knife attacked people at a bus stop by the central "
             "market of Kutaisi; police shot him dead. e1 (Tbilisi broadcaster's live blog, the same evening, "
             "time-stamped): one killed (a man of 54), three injured (a woman of 67 flown to Tbilisi, a boy of 15, a "
             "patrol officer); the attacker 'neutralised', later dead. e2 (Kutaisi daily, Wednesday, 'last night'): "
             "the woman died in a Tbilisi clinic overnight (Tbilisi: a hospital town and capital that is no scene): "
             "two killed; 'three dead including the attacker' (optional); the two other injured stable (a part, "
             "optional). The interior ministry: he acted alone, no link to any organisation (perpetrator null). "
             "injured_best left unscored."),
]
groups = [dict(id=WAVE, members=["batken-fuel-station-drone-2026-06-18", "ak-say-mortar-2026-06-18"],
               killed=[3, 4], killed_optional=[], injured=[8, 11], injured_optional=[],
               note="A drone strike and mortar fire on two places of Batken region at the same dawn, told by both sources "
                    "as one attack by the Tajik side. b1 (ministry): three killed and eight injured in all. b2 (radio, "
                    "Friday): four killed and eleven injured in all.")]
gold = dict(about="Hand-coded reference for eval/synthetic14/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_laos_uxo: a Vientiane daily's story on unexploded-ordnance clearance in Xiengkhouang; "
                           "the war's bombing and the casualties since 1974 appear only as aggregates, and a boy hurt "
                           "by an old bomblet while lighting a fire last month is an accident, no attack: no incident.",
                           "Aggregates: the Cabinda conflict's dead since 1975 (a3); the 2022 border war's dead (b2); "
                           "murders in St Catherine and in Jamaica this year (c1, c2); kidnappings in Upper Guinea "
                           "over the year (d2); knife crime figures in Georgia (e2).",
                           "The search operations in Cabinda, the detention of the May Pen neighbour (c1), the "
                           "evacuation of Ak-Say households (b2), a ransom demand (d2) and a day of mourning in Kutaisi "
                           "(e2) are no attacks.",
                           "Headline lists under related-story headings, photo captions with other places and dates, "
                           "and unrelated live-blog entries are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic14.gold.json"), "w"), indent=1, ensure_ascii=False)
