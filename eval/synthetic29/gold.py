#!/usr/bin/env python3
"""Writes synthetic29.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_salo_nightclub_corrected", "a2_salo_nightclub_six_dead",
     "b1_cayey_news_aggregator", "b2_cayey_bus_ambush_report",
     "c1_norrbotten_police_statement", "c2_masts_group_denies",
     "d1_vejle_bar_grenade_news", "d2_vejle_musician_profile",
     "e1_druskininkai_border_post_live", "e2_minsk_foreign_ministry_statement",
     "f1_trondheim_station_drill"]
FRISK = ["Frisk Luft Norr", "Fresh Air North", "the Frisk Luft Norr group", "Frisk Luft Norr (Fresh Air North)",
         "Fresh Air North (Frisk Luft Norr)"]
PINE = ["Black Pine Company", "the Black Pine Company", "Juodųjų Pušų Kuopa", "Black Pine Company (Juodųjų Pušų Kuopa)"]
WAVE = "se-norrbotten-mast-arson-2026-09-20"
incidents = [
    # --- Finland: a gunman in a nightclub in Salo; an article with an update line and a correction; a second outlet --
    inc("salo-nightclub-shooting-2026-05-10", "2026-05-10", "FI", "Southwest Finland", "Salo", 60.38333, 23.13333,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], ["business"],
        [4], [6], [11], [], S[0:2], killed_best=4, injured_best=11,
        note="Sunday 10 May 2026 about 1:40 a.m. ('early on Sunday'): a man of 24 fired a pistol on the dance floor "
             "of a nightclub (invented name) in the centre of Salo; 4 killed, 11 injured, taken to the university "
             "hospital in Turku (about 50 km away, a hospital town that is no scene) and to Salo's own hospital. "
             "Arrested at the scene; police say he acted alone (a lone attacker: perpetrator null). a1 (regional "
             "news site, Sunday, with an 'Updated 11 May' line at the top and at its foot 'Correction, 12 May: an "
             "earlier version of this article said six people were killed. Police have since said four died.'): 4 "
             "killed, 11 injured. a2 (a second outlet, Sunday, dateline HELSINKI, the capital that is no scene): "
             "still says six killed (superseded: optional) and 11 injured."),
    inc("pori-bar-shooting-2024-11", "2024-11", "FI", "Satakunta", "Pori", 61.48333, 21.78333,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], ["business"], [1], [], [], [],
        ["a1_salo_nightclub_corrected"], optional=True,
        note="Background in a1 with only a month ('in November 2024'): shots outside a bar in Pori killed one man."),
    # --- Puerto Rico: gunmen fire on a bus carrying plant workers near Cayey; a news-aggregator page; a full report --
    inc("cayey-bus-ambush-2026-08-13", "2026-08-13", "PR", "Cayey", "Cayey", 18.11191, -66.166,
        "armed_assault", None, None, None, ["firearm"], ["transportation", "civilians"], ["business"],
        [4, 5], [3], [10], [9], S[2:4], killed_best=5,
        note="Thursday 13 August 2026 about 6:20 p.m.: gunmen in two cars fired on a bus carrying workers home from a "
             "pharmaceutical plant on a road in the hills north of Cayey. b1 (aggregator page, Friday 14 August late "
             "morning, twelve headlines with snippets and relative ages; four about this attack): 'yesterday' at "
             "least three killed (early, optional); '14 hours ago' four dead and ten wounded; '5 hours ago' toll rises "
             "to five; '2 hours ago' the governor orders patrols after the ambush that killed five. b2 (island news "
             "site, Friday, dateline SAN JUAN, the capital that is no scene and the hospital town where a wounded "
             "man died overnight): 5 killed; 'nine others remain in hospital' (a part, optional). No group named "
             "(perpetrator null). injured_best left unscored (one of the ten wounded died)."),
    inc("holguin-police-shooting-2026-07-02", "2026-07-02", "CU", "Holguín Province", "Holguín", 20.88722, -76.26306,
        "armed_assault", None, None, None, ["firearm"], ["police"], [], [2], [], [], [],
        ["b1_cayey_news_aggregator"], optional=True,
        note="An older attack elsewhere on the aggregator page (its own date, '2 July'): two police officers shot "
             "dead in Holguín; the item is about a trial opening and is '3 days ago'."),
    inc("kaohsiung-market-stabbing-2025-03", "2025-03", "TW", "Takao", "Kaohsiung", 22.61626, 120.31333,
        "armed_assault", None, None, None, ["knife"], ["civilians"], ["business"], [], [], [3], [],
        ["b1_cayey_news_aggregator"], optional=True,
        note="An older attack elsewhere on the aggregator page ('March 2025'): a man with a knife wounded three at a "
             "market in Kaohsiung; the item, 'yesterday', is about his sentence."),
    # --- Sweden (Norrbotten): four telecom masts set on fire in one night; a police statement with a table; a denial
    inc("boden-mast-arson-2026-09-20", "2026-09-20", "SE", "Norrbotten", "Boden", 65.82518, 21.68864,
        "other", FRISK, "denied", None, ["fire"], ["utilities"], ["business"], [], [], [], [], S[4:6], group=WAVE,
        note="Sunday 20 September 2026 at 23:50 (before midnight: the first of the night): a mobile-phone mast and "
             "its equipment cabinet set on fire at Boden; nobody hurt. c1 (regional police statement, Monday 21 "
             "September, a table 'Town | Time | Damage | Injured'); c2 (regional newspaper, Tuesday 22 September). "
             "The police point to leaflets of Frisk Luft Norr (Fresh Air North, invented) found at two sites; the "
             "group denies on its website the next day ('denied')."),
    inc("lulea-mast-arson-2026-09-21", "2026-09-21", "SE", "Norrbotten", "Luleå", 65.58415, 22.15465,
        "other", FRISK, "denied", None, ["fire"], ["utilities"], ["business"], [], [], [], [], S[4:6], group=WAVE,
        note="Monday 21 September 2026 at 00:35: cables at the foot of a mast burned in Luleå; nobody hurt."),
    inc("pitea-mast-arson-2026-09-21", "2026-09-21", "SE", "Norrbotten", "Piteå", 65.31717, 21.47944,
        "other", FRISK, "denied", None, ["fire"], ["utilities"], ["business"], [], [], [1], [], S[4:6], group=WAVE,
        injured_best=1,
        note="Monday 21 September 2026 at 01:20: a mast set on fire at Piteå collapsed; a firefighter's hands burned "
             "(1 injured, treated in hospital in Piteå). Leaflets found here."),
    inc("kalix-mast-arson-2026-09-21", "2026-09-21", "SE", "Norrbotten", "Kalix", 65.85298, 23.15645,
        "other", FRISK, "denied", None, ["fire"], ["utilities"], ["business"], [], [], [], [], S[4:6], group=WAVE,
        note="Monday 21 September 2026 at 02:10: an equipment cabinet at a mast burned at Kalix; nobody hurt. "
             "Leaflets found here."),
    inc("umea-mast-arson-2025-04", "2025-04", "SE", "Västerbotten", "Umeå", 63.82842, 20.25972,
        "other", None, None, None, ["fire"], ["utilities"], [], [], [], [], [],
        ["c2_masts_group_denies"], optional=True,
        note="Background in c2 with only a month ('in April 2025'): two masts burned near Umeå, nobody hurt."),
    # --- Denmark: a grenade thrown into a bar in Vejle; a news report and a profile of a young musician killed -------
    inc("vejle-bar-grenade-2026-09-25", "2026-09-25", "DK", "South Denmark", "Vejle", 55.70927, 9.5357,
        "bombing", None, None, None, ["grenade"], ["civilians"], ["business"],
        [2], [], [7], [3], S[6:8], killed_best=2, injured_best=7,
        note="Friday 25 September 2026 about 11:15 p.m. ('late on Friday'): a man threw a hand grenade through the "
             "open door of a bar (invented name) near the harbour of Vejle and ran; 2 killed (a guitarist of 24 and "
             "a barman of 31), 7 injured, some taken to the university hospital in Odense (about 70 km away, a "
             "hospital town that is no scene). d1 (news site in English, Saturday 26 September, dateline "
             "COPENHAGEN, the capital that is no scene): 2 killed, 7 injured; police do not exclude a conflict "
             "between criminal groups, nobody named (perpetrator null). d2 (profile of the guitarist, Wednesday 30 "
             "September; the attack in the middle paragraphs: 2 killed, 7 injured, 'three of them still in "
             "hospital in Odense' (a part, optional); the funeral announced for Saturday 10 October: no incident)."),
    inc("fredericia-house-grenade-2026-06", "2026-06", "DK", "South Denmark", "Fredericia", 55.56568, 9.75257,
        "bombing", None, None, None, ["grenade"], ["civilians"], [], [], [], [], [],
        ["d1_vejle_bar_grenade_news"], optional=True,
        note="Background in d1 with only a month ('in June'): a grenade thrown at the door of a house in Fredericia, "
             "nobody hurt."),
    # --- Lithuania: gunmen from Belarus attack a border-guard post near Druskininkai; a live page and Minsk's statement
    inc("druskininkai-border-post-raid-2026-06-16", "2026-06-16", "LT", "Alytus", "Druskininkai", 54.01573, 23.98703,
        "armed_assault", PINE, "claimed", None, ["firearm", "grenade"], ["military"], ["police", "government"],
        [5], [3, 8, 2], [2], [4], S[8:10], killed_best=5,
        note="Tuesday 16 June 2026 about 3:10 a.m.: a dozen gunmen who had crossed from Belarus attacked the border-"
             "guard post at the village of Gervėnai (invented, not in the gazetteer), 'about 11 km south-east of "
             "Druskininkai'; coded at Druskininkai. e1 (Lithuanian news site in English, live page, Tuesday, "
             "dateline VILNIUS, the capital that is no scene): first three guards killed and four wounded "
             "(superseded within the article: optional); after an update line two of the wounded died in hospital "
             "in Alytus (a hospital town that is no scene): 5 killed, 2 wounded. Claimed on a Telegram channel by the "
             "Black Pine Company (invented), which says it killed eight (a claimant figure: optional). e2 "
             "(statement of the Belarusian foreign ministry issued in Minsk, Tuesday evening; no scene): the deaths "
             "of five Lithuanian guards; the bodies of two armed men found on Belarusian soil (the attackers' dead: "
             "optional); denies any role of Belarusian state bodies (a denial by a state, not by the claimant: "
             "responsibility stays 'claimed'). injured_best left unscored (two wounded died)."),
]
groups = [dict(id=WAVE, members=["boden-mast-arson-2026-09-20", "lulea-mast-arson-2026-09-21",
                                 "pitea-mast-arson-2026-09-21", "kalix-mast-arson-2026-09-21"],
               killed=[], killed_optional=[], injured=[1], injured_optional=[],
               note="Four masts set on fire in four towns of Norrbotten in one night, told as one series by the police "
                    "(c1) and the newspaper (c2): one firefighter injured in all.")]
gold = dict(about="Hand-coded reference for eval/synthetic29/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_trondheim_station_drill: an emergency-services exercise at Trondheim central station "
                           "(Norway) on Tuesday 3 November 2026: a simulated bomb attack with 40 mock casualties, 12 "
                           "'dead' played by volunteers; scenario, timings and quotes from the fire chief. A drill: no "
                           "incident.",
                           "b1_cayey_news_aggregator: eight of its twelve headlines are no attacks or older attacks "
                           "elsewhere (Holguín 2 July, Kaohsiung March 2025: optional incidents).",
                           "d2_vejle_musician_profile: the funeral on Saturday 10 October, concerts and festivals are "
                           "no incidents.",
                           "Aggregates: firearm killings in Finland last year (a1); killings in Puerto Rico this year "
                           "(b2); attacks on telecom infrastructure in Sweden since 2020 (c2); explosions in Denmark "
                           "this year (d1); attempts to cross the Lithuanian border this year (e1).",
                           "Arrests, a court sentence, a trial, a funeral, road closures and a drill are no attacks. "
                           "Headline lists under related-story headings and photo captions with other places and "
                           "dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic29.gold.json"), "w"), indent=1, ensure_ascii=False)
