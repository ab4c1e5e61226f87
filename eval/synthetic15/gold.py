#!/usr/bin/env python3
"""Writes synthetic15.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_mauritania_state_agency", "a2_mauritania_wire", "a3_mauritania_portal_mt",
     "b1_sangregrande_police_release", "b2_sangregrande_tv_transcript",
     "c1_zimbabwe_ngo_alert", "c2_marondera_daily",
     "d1_riocuarto_liveblog", "d2_riocuarto_daily",
     "e1_samraong_ministry", "e2_samraong_portal_mt",
     "f1_liberia_court_weekly"]
JNIM = ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "Jamaat Nusrat al-Islam wal-Muslimin",
        "Jama'at Nasr al-Islam wal Muslimin", "Group for the Support of Islam and Muslims", "GSIM",
        "Nusrat al-Islam"]
BRIGADE = ["Chimurenga Youth Brigade", "Chimurenga Youth", "Chimurenga brigade", "CYB"]
THAI_ARMY = ["Royal Thai Army", "Thai army", "Thai military", "Thai armed forces", "Thai forces", "Thai troops",
             "Royal Thai Armed Forces", "Thailand"]
WAVE = "mauritania-hodh-attacks-2026-10-14"
incidents = [
    # --- Mauritania, the two Hodh regions: a post raided and a patrol blown up the same night; one claim; a gold group --
    inc("nema-gendarmerie-post-raid-2026-10-14", "2026-10-14", "MR", "Hodh Ech Chargi", "Néma", 16.61702, -7.25649,
        "armed_assault", JNIM, "claimed", None, ["firearm", "rocket"], ["police"], ["military"],
        [4, 5], [7], [3], [2], S[0:3], group=WAVE, killed_best=5,
        note="Early Wednesday 14 October 2026 about 02:30: fighters on motorcycles and in pickups mounted with "
             "machine guns (an RPG-7 launcher left behind) attacked the gendarmerie post at Lemreyye (invented, not "
             "in the gazetteer), 'about 35 km east of Néma': coded at Néma. a1 (state agency, Wednesday, dateline NOUAKCHOTT, the capital ~940 km "
             "away, no scene; army general staff communiqué): four gendarmes killed, three wounded, seven assailants "
             "killed (optional: the attackers' own dead). a2 (international wire UPDATE 2, Wednesday, dateline DAKAR, "
             "no scene): 'at least five' gendarmes killed at the post (a security source), the government said four; "
             "JNIM suspected, not yet claimed. a3 (Nouakchott French-language portal, machine-translated, Friday): a "
             "wounded gendarme flown to Nouakchott (hospital in the capital, no scene) died on Thursday: five "
             "killed; 'the two other wounded gendarmes' (a part, optional); JNIM claimed both operations through its "
             "az-Zallaqa outlet on Telegram (claimed). injured_best left unscored: one of the three wounded died."),
    inc("aioun-patrol-ied-2026-10-14", "2026-10-14", "MR", "Hodh El Gharbi", "Aioun", 16.6614, -9.6149,
        "bombing", JNIM, "claimed", None, ["ied"], ["military"], [],
        [2], [], [1], [], S[0:3], group=WAVE,
        note="The same night about 04:00: an army patrol vehicle hit an explosive device planted on the track near "
             "Oum Lehbal (invented), 'some 20 km south of Aioun': coded at Aioun. a1, a2, a3: two soldiers killed, one "
             "wounded. Aioun is ~250 km west of Néma: two incidents, one group. JNIM's Telegram claim (a3) names "
             "both operations (claimed)."),
    inc("aioun-customs-officers-kidnapping-2026-08-21", "2026-08-21", "MR", "Hodh El Gharbi", "Aioun", 16.6614,
        -9.6149, "kidnapping", None, None, None, [], ["government"], [], [], [], [], [],
        ["a3_mauritania_portal_mt"], optional=True,
        note="Background in a3 with its own date: on 21 August men on motorcycles abducted two customs officers on "
             "the road outside Aioun; still held. Not part of October's wave; no figure to lend."),
    # --- Trinidad and Tobago: gunmen fire on a wake near Sangre Grande; a police release naming the dead -------------
    inc("sangre-grande-wake-shooting-2026-07-18", "2026-07-18", "TT", "Sangre Grande", "Sangre Grande",
        10.58705, -61.13008, "armed_assault", None, None, None, ["firearm"], ["civilians"], [],
        [3, 4], [], [4], [3], S[3:5], killed_best=4,
        note="Saturday 18 July 2026 about 23:15: two gunmen walked into the yard of a house at Balata Trace "
             "(invented), 'about seven kilometres south of Sangre Grande', where a wake was being held, and fired on "
             "the mourners. b1 (police service media release, Sunday, bullet points): the dead given only as a list "
             "of three names with ages (34, 27, 17), 'four other persons' wounded taken to the Sangre Grande "
             "hospital. b2 (TV evening news transcript, Monday): a 52-year-old woman among the wounded died on "
             "Sunday night at the Eric Williams Medical Sciences Complex at Mt Hope (a hospital place, no scene): "
             "four dead; 'three others remain warded' (a part, optional). Police speak of a reprisal in a gang feud "
             "and name no one: perpetrator null. injured_best left unscored: one of the four wounded died. Port of "
             "Spain (the newsroom) is no scene."),
    inc("chaguanas-bar-shooting-2026-07-04", "2026-07-04", "TT", "Chaguanas", "Chaguanas", 10.51667, -61.41667,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], ["business"], [2], [], [], [],
        ["b2_sangregrande_tv_transcript"], optional=True,
        note="Background in b2 with its own date: on 4 July two men were shot dead at a bar in Chaguanas. Must not "
             "lend 2. The year's murder toll in b2 is an aggregate, no incident."),
    # --- Zimbabwe: an NGO's weekly alert with three separate attacks, and a local daily on one ------------------------
    inc("marondera-activist-abduction-2026-03-05", "2026-03-05", "ZW", "Mashonaland East", "Marondera",
        -18.18527, 31.55193, "kidnapping", None, None, None, ["firearm"], ["civilians"], ["other"],
        [], [], [1], [], S[5:7],
        note="Thursday night 5 March 2026 ('last Thursday' in c1, published Tuesday 10 March; 'on Thursday night' in "
             "c2, Monday 9 March): men in an unmarked car, one with a pistol, took a residents' association leader "
             "from his home in Marondera. He was found on Saturday morning beaten, on a farm 'about 15 km outside "
             "Marondera', and taken to a hospital in Harare (capital, no scene): injured 1. c2 also says his "
             "brother was taken and released the same night unhurt. Nobody named: perpetrator null."),
    inc("gokwe-meeting-knife-attack-2026-03-07", "2026-03-07", "ZW", "Midlands", "Gokwe", -18.20476, 28.9349,
        "armed_assault", BRIGADE, "suspected", None, ["knife"], ["civilians"], [],
        [1], [], [5], [], ["c1_zimbabwe_ngo_alert"], documents_optional=["c2_marondera_daily"],
        note="Saturday afternoon 7 March 2026: about twenty youths with knives and machetes broke up a community "
             "meeting on water points at a school ground in Gokwe; one man stabbed to death, five wounded (c1, the "
             "NGO's alert). Witnesses and the NGO blame the 'Chimurenga Youth Brigade' (invented) (suspected). c2 "
             "mentions it in one line ('one person reportedly killed'): documents_optional."),
    inc("mutoko-councillor-house-arson-2026-03-08", "2026-03-08", "ZW", "Mashonaland East", "Mutoko",
        -17.39699, 32.22677, "other", None, None, None, ["fire"], ["government"], ["civilians"],
        [], [], [1], [], ["c1_zimbabwe_ngo_alert"],
        note="In the early hours of Sunday 8 March 2026: unknown people threw petrol bombs into the house of a ward "
             "councillor in Mutoko; the family escaped, his 14-year-old son burned on the arm (injured 1). No one "
             "named. Mutoko is ~110 km from Marondera: not to be merged with the abduction."),
    inc("chitungwiza-abduction-2025-11", "2025-11", "ZW", "Harare", "Chitungwiza", -18.01274, 31.07555,
        "kidnapping", None, None, None, [], ["civilians"], [], [], [], [], [], ["c1_zimbabwe_ngo_alert"],
        optional=True,
        note="Background in c1 with its month: in November 2025 a student leader was abducted in Chitungwiza and "
             "released after three days. No figure."),
    # --- Argentina, Río Cuarto: a man thrown out of a dance hall comes back with fuel; a live blog and a daily ------
    inc("rio-cuarto-dance-hall-arson-2026-05-23", "2026-05-23", "AR", "Cordoba", "Río Cuarto", -33.13067, -64.34992,
        "other", None, None, None, ["fire"], ["business", "civilians"], [],
        [2, 3, 4], [], [17, 19, 21], [15, 1], S[7:9], killed_best=4,
        note="Saturday 23 May 2026 about 03:20: a 41-year-old man who had been thrown out of a dance hall in Río "
             "Cuarto came back with a jerrycan of petrol, poured it at the entrance and set it alight. d1 (Buenos "
             "Aires national site's live blog, machine-translated from Spanish, Saturday): first two dead and 17 "
             "injured, later three dead and 19 injured. d2 (Córdoba provincial daily, Sunday): a 19-year-old woman "
             "died on Saturday night at the burns unit in the city of Córdoba (a hospital city ~190 km away, no "
             "scene): four dead; 21 people treated in all (provincial health ministry); '15 remain in hospital' (a "
             "part, optional); the attacker burned his hands and was arrested (optional 1). The prosecutor says he "
             "acted alone: perpetrator null. injured_best left unscored: one of the injured died."),
    inc("villa-maria-pub-petrol-bomb-2026-03", "2026-03", "AR", "Cordoba", "Villa María", -32.40751, -63.24016,
        "other", None, None, None, ["fire"], ["business"], ["civilians"], [], [], [3], [],
        ["d2_riocuarto_daily"], optional=True,
        note="Background in d2 with its month: in March a petrol bomb thrown into a pub in Villa María injured three. "
             "Must not lend 3."),
    # --- Cambodia, Oddar Meanchey: artillery fire from across the border on a village near Samraong -----------------
    inc("samraong-village-shelling-2026-02-19", "2026-02-19", "KH", "Ŏtâr Méanchey", "Samraong", 14.18175,
        103.51761, "shelling", THAI_ARMY, "attributed", None, ["artillery"], ["civilians"], ["business", "education"],
        [3, 4], [], [7, 9], [], S[9:11], killed_best=4, injured_best=9,
        note="Thursday 19 February 2026 about 06:10: artillery shells fired from across the Thai border hit Ta Sek "
             "village (invented), 'about 9 km north of Samraong town', its morning market and a primary school "
             "building: coded at Samraong. e1 (Ministry of National Defence press release, Thursday, dateline PHNOM "
             "PENH ~330 km away, no scene, bullet points): three civilians killed, seven injured; blames the Thai "
             "army (attributed). e2 (Phnom Penh Khmer-language portal, machine-translated, Friday): a fourth body "
             "found in a collapsed house, four dead, nine injured (provincial health department); the worst hurt "
             "moved to the provincial hospital in Siem Reap (~100 km, no scene). The Thai army did not comment."),
    inc("anlong-veng-landmine-2026-02-02", "2026-02-02", "KH", "Ŏtâr Méanchey", "Anlong Veaeng", 14.23223,
        104.08107, "bombing", None, None, None, ["explosive"], ["military"], [], [], [], [2], [],
        ["e2_samraong_portal_mt"], optional=True,
        note="Background in e2 with its own date: on 2 February a landmine wounded two Cambodian soldiers on patrol "
             "near Anlong Veng. Must not lend 2."),
]
groups = [dict(id=WAVE, members=["nema-gendarmerie-post-raid-2026-10-14", "aioun-patrol-ied-2026-10-14"],
               killed=[6, 7], killed_optional=[18], injured=[4], injured_optional=[3],
               note="Two attacks of the same night in the two Hodh regions, claimed in one JNIM statement and told as "
                    "one coordinated operation. a1: six killed in the two attacks ('six martyrs') and four wounded; "
                    "a2: 'at least seven' killed (security source); a3: seven killed, three wounded still in hospital "
                    "(a part, optional); JNIM's own claim of 18 soldiers killed (optional: the perpetrator's figure).")]
gold = dict(about="Hand-coded reference for eval/synthetic15/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_liberia_court_weekly: an opinion weekly's column on the war-crimes court in Monrovia; "
                           "the civil wars' toll (about 250,000 dead, 1989-2003) and massacres named only as history "
                           "with no day: no incident.",
                           "Aggregates: violence in the Sahel since 2012 (a2, a3); the year's murder toll in Trinidad "
                           "and Tobago (b1, b2); the NGO's violations and abductions since January (c1); the 2025 "
                           "border fighting's toll and the displaced (e1, e2).",
                           "The arrest of the Río Cuarto attacker, the army's search operation in the Hodh (a1, a3), "
                           "the police searches near Sangre Grande (b2) and the diplomatic protest note (e1) are no "
                           "separate incidents.",
                           "Headline lists under related-story headings, live-blog entries about other matters and "
                           "photo captions with other places and dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic15.gold.json"), "w"), indent=1, ensure_ascii=False)
