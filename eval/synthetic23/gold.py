#!/usr/bin/env python3
"""Writes synthetic23.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_anjouan_ticker", "a2_comoros_translated_daily",
     "b1_belize_sports_report", "b2_belize_police_release",
     "c1_orastie_mayor_updates",
     "d1_greece_weekend_roundup", "d2_larisa_forum_thread", "d3_greece_travel_advisory",
     "e1_viqueque_flash_update", "e2_viqueque_translated_daily",
     "f1_bata_fuel_depot"]
MSN = ["Mouvement pour la Souveraineté de Ndzuwani", "MSN", "Movement for the Sovereignty of Ndzuwani",
       "Ndzuwani Sovereignty Movement", "Mouvement pour la Souverainete de Ndzuwani"]
GHOST = ["Ghost Town Crew", "Ghost Town gang", "the Ghost Town Crew"]
CELLS = ["Cells of Nocturnal Dissent", "Nocturnal Dissent", "Cells of Nocturnal Dissent (anarchist group)"]
LIMAN = ["Liman Metan", "Liman Metan martial arts group", "Liman Metan group", "Grupo de Artes Marciais Liman Metan"]
WAVE = "comoros-domoni-fomboni-2026-05-15"
incidents = [
    # --- Comoros: a night raid on the Domoni gendarmerie (Anjouan) and a grenade at the Fomboni police station (Mohéli)
    inc("domoni-gendarmerie-raid-2026-05-15", "2026-05-15", "KM", "Anjouan", "Domoni", -12.26067, 44.52947,
        "armed_assault", MSN, "claimed", None, ["firearm"], ["police"], ["military"],
        [2, 3], [1, 11], [2], [1], S[0:2], group=WAVE, killed_best=3,
        note="Friday 15 May 2026 about 22:40: armed men attacked the gendarmerie brigade of Domoni (Anjouan). a1 "
             "(Moroni broadcaster's ticker, newest entry first, published Saturday 16 May; Moroni is the capital on "
             "another island, no scene): two gendarmes killed, two wounded; one assailant killed (the attackers' dead, "
             "optional), another arrested; the MSN (invented Anjouan separatist movement) claims both attacks on its "
             "Telegram channel and speaks of 'eleven elements of the occupation forces neutralised' (claimant's figure, "
             "optional). a2 (daily machine-translated from French, Monday 18 May, 'the 15th day of the current "
             "month'): one of the two wounded gendarmes died on Sunday at El-Maarouf hospital in Moroni (a hospital "
             "town that is no scene): three killed; 'the other wounded' (a part, optional). injured_best left unscored "
             "(one of the two wounded died)."),
    inc("fomboni-police-grenade-2026-05-15", "2026-05-15", "KM", "Mohéli", "Fomboni", -12.28759, 43.74344,
        "bombing", MSN, "claimed", None, ["grenade"], ["police"], ["civilians"], [], [], [3, 4], [], S[0:2], group=WAVE,
        injured_best=4,
        note="The same night about 23:15: a grenade was thrown into the courtyard of the police station of Fomboni "
             "(Mohéli, another island, some 85 km from Domoni). a1: three police officers wounded. a2: four wounded "
             "(three officers and a woman selling food at the gate), treated at Fomboni hospital. Nobody killed. "
             "Claimed by the MSN with the Domoni raid."),
    inc("sima-gendarmerie-vehicle-2026-02-24", "2026-02-24", "KM", "Anjouan", "Sima", -12.19556, 44.27667,
        "armed_assault", None, None, None, ["firearm"], ["police"], ["military"], [], [], [], [],
        ["a2_comoros_translated_daily"], optional=True,
        note="Background in a2 with its own date ('the 24th day of the month of February'): shots fired at a "
             "gendarmerie vehicle near Sima, no victim. Must not join the May wave."),
    # --- Belize: a drive-by shooting behind a football ground in Belize City interrupts a Premier League match ----------
    inc("belize-city-stadium-shooting-2026-09-13", "2026-09-13", "BZ", "Belize", "Belize City", 17.49952, -88.19756,
        "armed_assault", GHOST, "suspected", None, ["firearm"], ["civilians"], [],
        [2, 3], [], [4], [3], S[2:4], killed_best=3,
        note="Sunday 13 September 2026 about 4:20 p.m.: gunmen in a car fired on men watching a Premier League match "
             "through the fence behind the east stand of the Carmen Hyde Memorial Field (invented ground) in Belize "
             "City; the match was abandoned in the 63rd minute. b1 (sports site, the same evening): two killed, four "
             "injured. b2 (police press release relayed by a news site, Monday 14 September, dateline BELMOPAN, the "
             "capital 80 km away that is no scene): a 16-year-old died overnight at the Karl Heusner Memorial Hospital: "
             "three killed; 'the three other victims' (a part, optional); police suspect a feud involving the Ghost "
             "Town Crew (invented gang; suspected, no claim); a man detained for questioning. injured_best left "
             "unscored (one of the four wounded died)."),
    inc("belize-city-cemetery-road-2026-08-29", "2026-08-29", "BZ", "Belize", "Belize City", 17.49952, -88.19756,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [1], [], [], [],
        ["b2_belize_police_release"], optional=True,
        note="Background in b2 with its own date ('on Saturday, August 29'): a man shot dead on Cemetery Road, Belize "
             "City. Same town as the stadium shooting: must not merge with it or lend 1."),
    # --- Romania: a mayor shot dead outside the town hall of Orăștie; a story with two appended updates -----------------
    inc("orastie-mayor-assassination-2026-03-10", "2026-03-10", "RO", "Hunedoara", "Orăştie", 45.83333, 23.2,
        "assassination", None, None, None, ["firearm"], ["government"], ["police", "civilians"],
        [1], [], [1], [2, 3], ["c1_orastie_mayor_updates"], killed_best=1, injured_best=1,
        note="Tuesday 10 March 2026 about 8:10 a.m.: a 58-year-old local man fired a hunting rifle at the mayor of "
             "Orăștie (invented person) on the steps of the town hall; his bodyguard, a local police officer, was "
             "wounded. c1 (Bucharest news site, one story with appended 'Update' paragraphs): first the mayor critically "
             "wounded, the bodyguard and a woman passer-by wounded (3 wounded, superseded, optional); Update 10:35: the "
             "mayor died at the Deva county hospital (a hospital town 25 km away that is no scene): one killed, 2 "
             "wounded (superseded, optional); Update 15:20: the police say the woman was not hit, she fell and was "
             "treated for shock: one injured (the bodyguard). The gunman was arrested at the scene; prosecutors say he "
             "acted alone over a demolition order (a lone attacker: perpetrator null)."),
    # --- Greece: a Monday round-up of three separate weekend attacks; a forum thread; a travel advisory ----------------
    inc("heraklion-hotelier-kidnapping-2026-11-13", "2026-11-13", "GR", "Crete", "Irákleion", 35.32787, 25.14341,
        "kidnapping", None, None, None, ["firearm"], ["business"], ["civilians"], [], [], [1], [],
        ["d1_greece_weekend_roundup"], documents_optional=["d2_larisa_forum_thread", "d3_greece_travel_advisory"],
        note="Friday 13 November 2026 about 9 p.m.: three hooded armed men seized a 61-year-old hotel owner outside his "
             "house in the village of Kato Vathia (invented), about 12 km south of Heraklion; coded at Heraklion. His "
             "nephew was beaten and slightly injured (1). A ransom demand followed; no group named (perpetrator null). "
             "d1 (Athens news site's Monday round-up); d2 and d3 name it in passing."),
    inc("thessaloniki-bank-device-2026-11-14", "2026-11-14", "GR", "Central Macedonia", "Thessaloníki", 40.64361,
        22.93086, "bombing", None, None, None, ["ied"], ["business"], [], [], [], [1], [],
        ["d1_greece_weekend_roundup"], documents_optional=["d2_larisa_forum_thread", "d3_greece_travel_advisory"],
        note="Saturday 14 November 2026 about 11:40 p.m.: a home-made device exploded at the entrance of a bank branch "
             "in Thessaloniki; a 24-year-old passer-by was hurt by flying glass (1). No claim by Monday (perpetrator "
             "null). d1; d2 and d3 in passing."),
    inc("larisa-church-arson-2026-11-15", "2026-11-15", "GR", "Thessaly", "Lárisa", 39.63689, 22.41761,
        "other", CELLS, "claimed", None, ["fire"], ["religious"], [], [], [], [], [],
        ["d1_greece_weekend_roundup", "d2_larisa_forum_thread"], documents_optional=["d3_greece_travel_advisory"],
        note="Early Sunday 15 November 2026 about 3:10 a.m.: petrol poured on the wooden door of the church of Agios "
             "Eleftherios (invented) in Larisa and set alight; the narthex and icons burned, nobody hurt (killed and "
             "injured are empty lists). d1: claimed on Sunday evening on an anti-authoritarian website by the 'Cells of "
             "Nocturnal Dissent' (invented). d2 (reader forum, Sunday-Monday, 'last night', quoted replies; one reply "
             "quotes the claim). d3 in passing."),
    inc("trikala-chapel-fire-2025-02", "2025-02", "GR", "Thessaly", "Tríkala", 39.55493, 21.76837,
        "other", None, None, None, ["fire"], ["religious"], [], [], [], [], [], ["d2_larisa_forum_thread"],
        optional=True,
        note="Background in d2 with only a month ('back in February last year'): a cemetery chapel in Trikala set on "
             "fire, nobody hurt."),
    inc("athens-court-device-2026-03", "2026-03", "GR", "Attica", "Athens", 37.98376, 23.72784,
        "bombing", None, None, None, ["ied"], ["government"], [], [], [], [], [], ["d3_greece_travel_advisory"],
        optional=True,
        note="Background in d3 with only a month ('In March 2026'): a device exploded at night at the entrance of a "
             "court building in Athens, damage only."),
    inc("athens-exarcheia-petrol-bombs-2026-07-02", "2026-07-02", "GR", "Attica", "Athens", 37.98376, 23.72784,
        "armed_assault", None, None, None, ["fire"], ["police"], [], [], [], [2], [], ["d3_greece_travel_advisory"],
        optional=True,
        note="Background in d3 with its own date: on 2 July 2026 petrol bombs thrown at riot police in the Exarcheia "
             "district of Athens injured two officers."),
    # --- Timor-Leste: a night attack on a hamlet near Viqueque; a flash update with a hospital table; a translated daily
    inc("viqueque-hamlet-attack-2026-07-21", "2026-07-21", "TL", "Viqueque", "Viqueque", -8.8575, 126.36472,
        "armed_assault", LIMAN, "suspected", None, ["knife", "fire", "other"], ["civilians"], [],
        [3, 4], [], [9, 12], [10, 11], S[8:10], killed_best=4,
        note="Tuesday 21 July 2026 about 8:30 p.m.: some forty men with machetes, home-made arrows and petrol attacked "
             "the hamlet of Loi-Mata (invented), about 14 km south-east of Viqueque town, and burned houses; coded at "
             "Viqueque. e2 (Dili daily machine-translated from Portuguese, Wednesday 22 July, 'the 21st day of the "
             "current month'; the national police): three dead, nine wounded, 22 houses burned; police suspect members "
             "of the Liman Metan martial-arts group (invented; suspected). e1 (humanitarian flash update, Friday 24 "
             "July, numbered key points and a hospital admissions table): four dead, one of them a wounded man who died "
             "on 23 July at the Baucau referral hospital (Baucau, 44 km away, a hospital town that is no scene); 12 "
             "injured admitted in three health facilities (10 still in care, 11 alive: parts, optional); 27 houses burned, 480 displaced. "
             "injured_best left unscored."),
    inc("baucau-martial-arts-clash-2026-03-02", "2026-03-02", "TL", "Baucau", "Baukau", -8.47572, 126.45633,
        "armed_assault", None, None, None, [], ["civilians"], [], [1], [], [], [], ["e2_viqueque_translated_daily"],
        optional=True,
        note="Background in e2 with its own date ('the 2nd day of the month of March'): a clash between two "
             "martial-arts groups in Baucau town, one dead."),
]
groups = [dict(id=WAVE, members=["domoni-gendarmerie-raid-2026-05-15", "fomboni-police-grenade-2026-05-15"],
               killed=[2, 3], killed_optional=[], injured=[5], injured_optional=[],
               note="Two attacks on two islands the same night, claimed together by the MSN on Telegram and told as one "
                    "wave by both sources. a1: two dead and five wounded in all. a2: three dead and five wounded in all "
                    "(one Domoni gendarme died, one more wounded in Fomboni).")]
gold = dict(about="Hand-coded reference for eval/synthetic23/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_bata_fuel_depot: an explosion at a fuel depot in Bata port (Equatorial Guinea) on "
                           "Wednesday 19 August 2026 that killed two workers and injured seven; the minister first "
                           "called it 'criminal sabotage', but the commission of inquiry found an accident (a leak "
                           "ignited during welding). Coded as the final finding says: no incident. The March 2021 Bata "
                           "barracks explosions it recalls were an accident too.",
                           "d3_greece_travel_advisory tells no new attack: it lists the November incidents in passing "
                           "(documents_optional) and two older Athens incidents (optional).",
                           "Aggregates: the MSN's struggle since 1997 (a2); murders in Belize this year (b2); threats "
                           "against mayors (c1); arson attacks in Greece this year (d3); deaths linked to martial-arts "
                           "groups since January (e2); displaced people (e1).",
                           "Arrests, a ransom demand, a curfew, a funeral, the abandoned match and the evacuation are "
                           "no attacks. Headline lists under related-story headings and photo captions with other "
                           "places and dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic23.gold.json"), "w"), indent=1, ensure_ascii=False)
