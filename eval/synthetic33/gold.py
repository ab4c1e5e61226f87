#!/usr/bin/env python3
"""Writes synthetic33.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_flacq_market_hansard", "a2_flacq_market_grenade_news",
     "b1_nimba_school_police_briefing", "b2_nimba_school_machete_radio",
     "c1_inland_asia_weekly_sitrep", "c2_phonsavan_convoy_ambush_news",
     "d1_darhan_bar_verdict", "d2_darhan_bar_shooting_2024_archive",
     "e1_levuka_ferry_office_social_embeds", "e2_levuka_ferry_office_denial",
     "f1_borgo_maggiore_fireworks_accident"]
VSF = ["Vanua Sovereignty Front", "the Vanua Sovereignty Front", "VSF", "Vanua Sovereignty Front (VSF)"]
incidents = [
    # --- Mauritius: a grenade thrown into the market of Centre de Flacq; a news report; the National Assembly's record -
    inc("centre-de-flacq-market-grenade-2026-04-13", "2026-04-13", "MU", "Flacq", "Centre de Flacq", -20.18972,
        57.71444,
        "bombing", None, None, None, ["grenade"], ["civilians"], ["business"], [3], [], [11], [8, 4, 7], S[0:2],
        killed_best=3, injured_best=11,
        note="Monday 13 April 2026 about 10:30: a grenade thrown among the vegetable stalls of the covered market of "
             "Centre de Flacq; 3 killed, 11 injured. a2 (Port Louis news site, Monday evening, dateline PORT LOUIS, "
             "the capital that is no scene): three killed, eight injured (superseded: optional); four of the injured "
             "taken to a hospital in Port Louis (a hospital town that is no scene; 4 a part: optional; a1's 'Seven of them', "
             "the other part, optional: added after the texts were written). a1 (record of "
             "the National Assembly, sitting of Tuesday 14 April): the minister's statement, three killed and eleven "
             "injured; nobody named (perpetrator null); two members recall older attacks (optional incidents)."),
    inc("goodlands-shop-petrol-bomb-2025-11-02", "2025-11-02", "MU", "Rivière du Rempart", "Goodlands", -20.03841,
        57.65055,
        "other", None, None, None, ["fire"], ["business"], ["civilians"], [], [], [1], [], [S[0]], optional=True,
        note="Background in a1 (a member's question, with its own day 'on 2 November last year'): a petrol bomb "
             "thrown into a shop in Goodlands, the shopkeeper burned."),
    inc("rose-belle-bus-station-shooting-2024-07", "2024-07", "MU", "Grand Port", "Rose Belle", -20.40028, 57.59667,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], ["transportation"], [1], [], [], [], [S[0]],
        optional=True,
        note="Background in a1 (a second member, only a month: 'in July 2024'): a man shot dead at the bus station "
             "of Rose Belle."),
    # --- Liberia: a man with a machete attacks a village school near Sanniquellie; a police briefing; a radio site ----
    inc("sanniquellie-village-school-machete-2026-10-06", "2026-10-06", "LR", "Nimba", "Sanniquellie", 7.36215,
        -8.71326,
        "armed_assault", None, None, None, ["knife"], ["education"], ["civilians"], [2], [1], [4], [3, 1, 2], S[2:4],
        killed_best=2, injured_best=4,
        note="Tuesday 6 October 2026 about 09:15: a man with a machete entered the primary school of Zeaglay Nuah "
             "(invented village, not in the gazetteer), 'about 14 km north of Sanniquellie': coded at Sanniquellie. "
             "A teacher and a pupil killed, four injured (three pupils and the school cook: parts, optional). b2 "
             "(radio station's site, Tuesday, updated): first 'at least one person killed and several wounded' (1 "
             "superseded: optional), then two killed and four wounded. b1 (transcript of a police press conference "
             "in Monrovia, the capital that is no scene, Thursday 8 October): the commissioner says a man of 34 was "
             "arrested on Wednesday 7 October (the arrest is no incident; the attack keeps its day), acted alone (a "
             "lone attacker: perpetrator null); two pupils taken to a hospital in Gbarnga (a hospital town that is no "
             "scene; 'Two of the wounded children', 'The other two' and 'Two of the children': parts, optional, added after the "
             "texts were written)."),
    # --- Laos (and one Mongolian row): an NGO's weekly situation report with a table; a Vientiane news report --------
    inc("vang-vieng-power-office-bomb-2026-02-10", "2026-02-10", "LA", "Vientiane", "Vang Vieng", 18.9235, 102.44784,
        "bombing", None, None, None, ["ied"], ["utilities"], ["business"], [], [], [2], [], [S[4]], injured_best=2,
        note="Tuesday 10 February 2026 about 01:00: a home-made bomb left at the door of the district office of the "
             "power utility in Vang Vieng; two night watchmen injured. c1 only (table row and narrative). Nobody "
             "named."),
    inc("phonsavan-road-convoy-ambush-2026-02-12", "2026-02-12", "LA", "Xiangkhoang", "Muang Phônsavan", 19.4494,
        103.1917,
        "armed_assault", None, None, None, ["firearm"], ["military"], ["business", "transportation"], [3], [2], [4],
        [2], S[4:6], killed_best=3, injured_best=4,
        note="Thursday 12 February 2026 about 16:00: gunmen fired on a convoy of a road-building company's trucks "
             "escorted by soldiers on Route 7, 'about 18 km west of Phonsavan': coded at Muang Phônsavan. c2 "
             "(Vientiane-datelined news, Friday 13 February, Vientiane the capital that is no scene): two soldiers "
             "killed, four wounded, a truck driver missing (2 superseded: optional). c1 (sitrep, Monday 16 February): "
             "three killed (the driver's body found on 13 February), four injured. Nobody named. c2's 'two soldiers and "
             "two workers' (2, a part: optional, added after the texts were written)."),
    inc("dalandzadgad-fuel-depot-arson-2026-02-11", "2026-02-11", "MN", "Ömnögovĭ", "Dalandzadgad", 43.57083, 104.425,
        "other", None, None, None, ["fire"], ["business"], [], [], [], [1], [], [S[4]], injured_best=1,
        note="Wednesday 11 February 2026 at night: the fuel depot of a mining contractor on the edge of Dalandzadgad "
             "set on fire deliberately; a guard injured. The sitrep's row from the neighbouring desk (the NGO covers "
             "Laos and Mongolia together, 'landlocked Asia'; none of the countries allowed to this set shares a "
             "border with another)."),
    inc("muang-mok-bus-shooting-2026-01-22", "2026-01-22", "LA", "Xiangkhoang", "Muang Mok", 18.90997, 104.00626,
        "armed_assault", None, None, None, ["firearm"], ["transportation"], ["civilians"], [1], [], [2], [3],
        S[4:6], optional=True,
        note="A '(revised)' row of the previous month in c1: shots fired at a passenger bus near Muang Mok, 1 "
             "killed, 2 injured (first reported 3 injured). c2 recalls it in one sentence with only the month ('In "
             "January'): added to its documents after the texts were written."),
    inc("muang-kasi-bridge-ied-2026-01-29", "2026-01-29", "LA", "Vientiane", "Muang Kasi", 19.22926, 102.25319,
        "bombing", None, None, None, ["ied"], ["transportation"], [], [], [], [], [], [S[4]], optional=True,
        note="A '(revised)' row of the previous month in c1: a device that damaged a road bridge near Kasi, no "
             "victim (date corrected from 28 January)."),
    # --- Mongolia: a verdict two years after a shooting in a bar in Darkhan; the 2024 news report --------------------
    inc("darkhan-bar-shooting-2024-09-21", "2024-09-21", "MN", "Darhan Uul", "Darhan", 49.48667, 105.92278,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], ["business"], [2], [1], [1], [2], S[6:8],
        killed_best=2,
        note="Saturday 21 September 2024 about 23:30: a man fired a hunting rifle inside a karaoke bar in Darkhan; "
             "d2 (archived news, Sunday 22 September 2024): one man killed, two wounded. One of the wounded died on "
             "25 September in a hospital in Ulaanbaatar (a hospital town and capital that is no scene). d1 (court "
             "report, Wednesday 18 November 2026): the court convicted a man of 41 of killing two men and wounding a "
             "woman; arrested Monday 23 September 2024; trial opened 10 November 2026; appeal to be heard 14 "
             "January 2027: none of these days is an incident. Acted alone: perpetrator null. injured_best unscored "
             "(a wounded man died; 2 superseded, 1 the later figure)."),
    inc("erdenet-market-stabbing-2023-03", "2023-03", "MN", "Orhon", "Erdenet", 49.03333, 104.08333,
        "armed_assault", None, None, None, ["knife"], ["business"], ["civilians"], [1], [], [1], [], [S[6]],
        optional=True,
        note="An unrelated attack the judge mentions in d1 (only a month: 'in March 2023'): a man stabbed two "
             "security guards of a market in Erdenet, one of whom died."),
    # --- Fiji: the ticket office of the ferry at Levuka firebombed at night; a page of posts; a news report ----------
    inc("levuka-ferry-ticket-office-firebomb-2026-05-12", "2026-05-12", "FJ", "Eastern", "Levuka", -18.06667,
        179.31667,
        "other", VSF, "claimed", None, ["fire"], ["transportation"], ["business"], [], [], [1], [], S[8:10],
        injured_best=1,
        note="Tuesday 12 May 2026 about 23:40: bottles of fuel thrown through the window of the ferry ticket office "
             "on the waterfront of Levuka (Ovalau); the night watchman burned (1 injured), flown to Suva on 13 May (a "
             "hospital town and capital that is no scene). e1 (page built around embedded posts, Wednesday 13 May; "
             "some posts after midnight): the police post, a claim posted on a Telegram channel of the Vanua "
             "Sovereignty Front (invented), the minister blaming the Lomaiviti Brotherhood (invented), the "
             "Brotherhood's denial. e2 (Suva news site, Thursday 14 May): the denial, the claim, the watchman in "
             "a stable condition. Responsibility 'claimed' (the claimant's own claim)."),
]
groups = []
gold = dict(about="Hand-coded reference for eval/synthetic33/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_borgo_maggiore_fireworks_accident: a rocket of a fireworks display at a summer "
                           "festival in Borgo Maggiore (San Marino) on Saturday 25 July 2026 tipped over and went "
                           "into the crowd; three spectators injured; the gendarmerie says it is an accident and is "
                           "not being treated as suspicious. No attack: no incident.",
                           "Aggregates: violent deaths in Mauritius last year (a1); attacks on schools in Nimba this "
                           "year (b1); incidents recorded by the NGO since January (c1); homicides with firearms in "
                           "Mongolia (d1); arson cases in Fiji this year (e2).",
                           "Arrests, a press conference, a trial, a verdict, an appeal, a parliamentary sitting, a "
                           "funeral and a vigil are no attacks. Headline lists under related-story headings and "
                           "photo captions with other places and dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic33.gold.json"), "w"), indent=1, ensure_ascii=False)
