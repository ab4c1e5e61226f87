#!/usr/bin/env python3
"""Writes synthetic12.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_santacruz_liveblog", "a2_bolivia_daily",
     "b1_chad_state_agency", "b2_chad_ngo_release",
     "c1_jordan_wire", "c2_jordan_local",
     "d1_sinai_cairo_daily", "d2_sinai_monitor",
     "e1_shymkent_brief", "e2_shymkent_local",
     "f1_srilanka_bill"]
TIBURONES = ["Los Tiburones", "Tiburones"]
HERDERS = ["armed herders", "herders", "nomadic herders", "transhumant herders", "herdsmen", "armed herdsmen"]
SINAI = ["Islamic State", "Islamic State Sinai Province", "Sinai Province", "Wilayat Sinai", "IS", "ISIS",
         "Ansar Bait al-Maqdis"]
WAVE = "chad-mandoul-raids-2026-10-06"
incidents = [
    # --- Bolivia, Santa Cruz: three separate attacks in one city, one night, told by a live blog ----------------------
    inc("santacruz-checkpoint-2026-08-14", "2026-08-14", "BO", "Santa Cruz Department", "Santa Cruz de la Sierra",
        -17.78629, -63.18117, "armed_assault", TIBURONES, "suspected", None, ["firearm"], ["police"], [],
        [1, 2], [], [1], [], S[0:2], killed_best=2,
        note="Friday 14 August 2026 at 21:40: two men on a motorcycle fired on a police checkpoint on the Fourth Ring "
             "(Cuarto Anillo) of Santa Cruz de la Sierra. a1 (local broadcaster's live blog, time-stamped lines, "
             "published Saturday): one officer killed, another wounded (police). a2 (national daily, Sunday, dateline "
             "LA PAZ): the wounded officer died on Saturday, two police killed; the police suspect the drug gang Los "
             "Tiburones (suspected, no claim). injured_best left unscored: the one wounded later died."),
    inc("santacruz-radio-dynamite-2026-08-14", "2026-08-14", "BO", "Santa Cruz Department", "Santa Cruz de la Sierra",
        -17.78629, -63.18117, "bombing", None, None, None, ["explosive"], ["journalists"], ["business"],
        [], [], [1, 2], [], S[0:2], injured_best=2,
        note="Same night about 23:15: a stick of dynamite was thrown at the door of a community radio station in the "
             "Villa Primero de Mayo district. a1: the night guard injured (1). a2: the guard and a presenter cut by "
             "flying glass (2). The station's director blames land traffickers the station had reported on: no actor "
             "named (perpetrator null). Police: no evidence links the three attacks of the night (no group)."),
    inc("santacruz-bus-arson-2026-08-15", "2026-08-15", "BO", "Santa Cruz Department", "Santa Cruz de la Sierra",
        -17.78629, -63.18117, "other", None, None, None, ["fire"], ["transportation"], ["civilians"],
        [], [], [2], [], S[0:2], injured_best=2,
        note="After midnight, at 00:35 on Saturday 15 August: hooded men poured petrol on a bus of a transport "
             "cooperative at its terminus in Plan Tres Mil and set it alight; the driver and a passenger burned (2, "
             "both sources). A fare dispute between cooperatives is mentioned; nobody named."),
    inc("montero-shooting-2026-07-02", "2026-07-02", "BO", "Santa Cruz Department", "Montero", -17.33866, -63.2505,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [3], [], [], [], ["a2_bolivia_daily"],
        optional=True,
        note="Background in a2 with its own full date: on 2 July gunmen killed three men at a car wash in Montero, "
             "50 km north. Must not lend 3 to August."),
    # --- Chad, Mandoul: dawn raids on two villages, one sentence giving both tolls; a gold group -----------------------
    inc("goundi-ndila-raid-2026-10-06", "2026-10-06", "TD", "Mandoul", "Goundi", 9.36267, 17.36597,
        "armed_assault", HERDERS, "attributed", None, ["firearm", "knife", "fire"], ["civilians"], [],
        [9, 11], [], [], [], S[2:4], group=WAVE, killed_best=11,
        note="Dawn Tuesday 6 October 2026: armed men on horseback and motorbikes attacked the farming village of Ndila "
             "(invented), about 15 km south of Goundi, shooting and cutting villagers and burning granaries and huts. "
             "b1 (state news agency, Wednesday, dateline N'DJAMENA, the capital far from the scene): 'near Goundi, "
             "nine were killed; near Koumra, four more' (governor of Mandoul); armed herders blamed (attributed). b2 "
             "(humanitarian NGO press release, Friday): 11 killed at Ndila. No per-site wounded."),
    inc("koumra-maibo-raid-2026-10-06", "2026-10-06", "TD", "Mandoul", "Koumra", 8.91587, 17.55046,
        "armed_assault", HERDERS, "attributed", None, ["firearm", "knife", "fire"], ["civilians"], [],
        [4, 6], [], [], [], S[2:4], group=WAVE, killed_best=6,
        note="The same dawn: the village of Maïbo (invented), about 10 km from Koumra, attacked by the same band, "
             "houses burned. b1: four killed; b2: six. Goundi and Koumra are about 54 km apart."),
    inc("moissala-farmers-2026-02-23", "2026-02-23", "TD", "Mandoul", "Moïssala", 8.3404, 17.7663, "armed_assault",
        None, None, None, ["firearm"], ["civilians"], [], [5], [], [], [], ["b2_chad_ngo_release"], optional=True,
        note="Background in b2 with its own full date: on 23 February five farmers were killed near Moïssala. Must "
             "not lend 5 to October."),
    # --- Jordan, Ma'an: gunmen on a police checkpoint, dateline 'Amman, 4 March 2026 (PNX) -' -----------------------
    inc("maan-police-checkpoint-2026-03-03", "2026-03-03", "JO", "Ma'an", "Ma'an", 30.19624, 35.73405,
        "armed_assault", None, None, None, ["firearm"], ["police"], [],
        [2, 3], [2], [3], [2], S[4:6], killed_best=3,
        note="Late Tuesday 3 March 2026: gunmen in a pickup fired on a police checkpoint at the eastern entrance of "
             "Ma'an. c1 (regional wire, mixed-case dateline 'Amman, 4 March 2026 (PNX) -', about 200 km from the scene): "
             "two officers killed, three injured (Public Security Directorate). c2 (local news site, Monday 9 March, "
             "'last Tuesday'): a third officer died on Sunday (killed 3); 'two of the injured remain in hospital' "
             "(a part, optional); two suspects killed in a raid on Thursday (the attackers' dead, optional; the raid "
             "is a security operation, no incident). Suspects linked to smuggling by officials, no group named. "
             "injured_best left unscored."),
    inc("maan-police-station-2026-01-14", "2026-01-14", "JO", "Ma'an", "Ma'an", 30.19624, 35.73405,
        "armed_assault", None, None, None, ["firearm"], ["police"], [], [1], [], [], [], ["c2_jordan_local"],
        optional=True,
        note="Background in c2 with its own full date: on 14 January a gunman killed a police officer outside a Ma'an "
             "police station. Same town: must not merge or lend 1."),
    # --- Egypt, North Sinai: suicide car bomb and gunmen at a checkpoint east of Bir al-Abd -----------------------------
    inc("bir-al-abd-checkpoint-2026-05-19", "2026-05-19", "EG", "North Sinai", "Bi’r al ‘Abd", 31.01887, 33.0098,
        "bombing", SINAI, "claimed", True, ["vehicle_bomb", "firearm"], ["military"], ["civilians"],
        [4, 7], [5, 6, 12], [7, 9], [], S[6:8], killed_best=7, injured_best=9,
        note="Dawn Tuesday 19 May 2026: a suicide bomber drove an explosives-laden car into an army checkpoint on the "
             "coastal road about 12 km east of Bir al-Abd, then gunmen attacked. d1 (Cairo daily, Tuesday evening, "
             "dateline CAIRO; army spokesman): four soldiers 'martyred', seven injured, five 'takfiri elements' killed "
             "including the driver (optional). d2 (Sinai monitor, Friday; 'Bir el-Abd'): six soldiers and a civilian "
             "truck driver killed (7; six soldiers is a part, optional), nine injured taken to Arish hospital; "
             "Islamic State's Sinai Province claimed it through Amaq and said it killed 12 soldiers (claimant's "
             "figure, optional)."),
    inc("sheikh-zuweid-ied-2026-03-02", "2026-03-02", "EG", "North Sinai", "Ash Shaykh Zuwayd", 31.2163, 34.11074,
        "bombing", None, None, None, ["ied"], ["military"], [], [3], [], [], [], ["d2_sinai_monitor"], optional=True,
        note="Background in d2 with its own full date: on 2 March a roadside bomb killed three soldiers in an "
             "armoured vehicle south of Sheikh Zuweid. Must not lend 3."),
    # --- Kazakhstan, Shymkent: bomb on a city bus; a brief and a local site in odd English ----------------------------
    inc("shymkent-bus-bomb-2026-11-12", "2026-11-12", "KZ", "Shymkent", "Shymkent", 42.3, 69.6, "bombing",
        None, None, None, ["ied"], ["transportation", "civilians"], [],
        [2, 3], [], [11], [9], S[8:10], killed_best=3, injured_best=11,
        note="Thursday 12 November 2026 about 8:10 a.m.: a home-made device in a bag exploded on a city bus in the "
             "morning rush near the central market of Shymkent. e1 (state agency brief of three sentences, the same "
             "day, dateline ASTANA): two killed, eleven injured; a case opened for an act of terrorism. e2 (local "
             "site, Saturday, odd English, 'Chimkent'): a woman died in hospital on Friday (3); nine still in "
             "hospital (a part, optional); a 34-year-old man detained, police say he acted alone (no group: "
             "perpetrator null)."),
]
groups = [dict(id=WAVE, members=["goundi-ndila-raid-2026-10-06", "koumra-maibo-raid-2026-10-06"],
               killed=[13, 17], killed_optional=[], injured=[22, 30], injured_optional=[],
               note="Two villages raided at the same dawn by the same band, told by both sources as one attack. b1 "
                    "(state agency): 13 killed in all and 22 wounded. b2 (NGO): at least 17 killed and 30 wounded "
                    "treated at Koumra and Goundi health centres.")]
gold = dict(about="Hand-coded reference for eval/synthetic12/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_srilanka_bill: a parliamentary debate in Colombo on a bill replacing the Prevention of "
                           "Terrorism Act; the war and past detentions appear only as undated aggregates: no incident.",
                           "Aggregates: killings in Santa Cruz department this year (a2); deaths in farmer-herder "
                           "violence in southern Chad since 2022 (b1, b2); soldiers killed in North Sinai since 2013 "
                           "(d1, d2); attacks on Jordanian police in the south over the year (c2).",
                           "The raid in which Jordanian security forces killed two suspects (c2), the detention in "
                           "Shymkent (e2) and the displacement of households in Mandoul (b2) are no attacks.",
                           "Headline lists under related-story headings and unrelated live-blog entries (traffic, "
                           "rain) are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic12.gold.json"), "w"), indent=1, ensure_ascii=False)
