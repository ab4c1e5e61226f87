#!/usr/bin/env python3
"""Writes synthetic32.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_toowoomba_mall_shooting_live_blog",
     "b1_ballinasloe_arson_police_appeal", "b2_ballinasloe_arson_claim_local_paper",
     "c1_ponferrada_tax_office_radio_transcript", "c2_ponferrada_parcel_bomb_wire",
     "d1_drammen_bus_station_fact_check", "d2_drammen_bus_station_bomb_news",
     "e1_tudela_festival_stabbing_first_report", "e2_tudela_festival_stabbing_corrected",
     "e3_linares_cafe_shooting_one_year_on",
     "f1_vaduz_stadium_bomb_hoax"]
SUCK = ["Suck Valley Watch", "the Suck Valley Watch", "Suck Valley Watch group"]
BRASA = ["Colectivo Brasa Negra", "Black Ember Collective", "the Black Ember Collective", "Brasa Negra",
         "Colectivo Brasa Negra (Black Ember Collective)"]
MORILES = ["Moriles clan", "the Moriles clan", "clan de los Moriles", "los Moriles", "Moriles"]
incidents = [
    # --- Australia: a lone gunman at a shopping centre in Toowoomba; a live blog in reverse order ------------------
    inc("toowoomba-shopping-centre-shooting-2026-11-14", "2026-11-14", "AU", "Queensland", "Toowoomba", -27.56056,
        151.95386,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], ["business"], [3], [1, 2, 4], [5], [4, 2],
        [S[0]], killed_best=3, injured_best=5,
        note="Saturday 14 November 2026 about 14:05: a man with a rifle opened fire inside a shopping centre "
             "(invented) in Toowoomba; shot dead by police about 14:20 (his own death is no victim; 'four people "
             "including the gunman': optional). a1 (live blog, newest entry first): the earliest entry at the bottom "
             "says one person killed, later two killed and four injured, the latest at the top three killed and "
             "five injured (a third body found in a storeroom; a fifth injured man went to hospital himself). 1, 2 "
             "and 4 killed, 4 injured superseded or the gunman's: optional; two flown to Brisbane (a part, and a "
             "hospital town that is no scene). Acting alone: perpetrator null."),
    inc("dalby-stabbing-2026-10-31", "2026-10-31", "AU", "Queensland", "Dalby", -27.18169, 151.26205,
        "armed_assault", None, None, None, ["knife"], ["civilians"], [], [], [], [1], [], [S[0]], optional=True,
        note="Background in one a1 entry: an unrelated stabbing outside a takeaway in Dalby two weeks earlier "
             "(Saturday 31 October 2026), one man wounded."),
    # --- Ireland: arson at a community centre in a village north of Ballinasloe; police appeal; local paper ----------
    inc("ballinasloe-community-centre-arson-2026-03-10", "2026-03-10", "IE", "Connacht", "Ballinasloe", 53.3275,
        -8.21944,
        "other", SUCK, "claimed", None, ["fire"], ["civilians"], ["other", "government"], [], [], [1], [],
        S[1:3], injured_best=1,
        note="Tuesday 10 March 2026 about 02:30: the community centre (invented) of Knockanarra (invented village, "
             "not in the gazetteer), 'about 6 km north of Ballinasloe', set on fire with an accelerant; the "
             "caretaker, who lives in a flat attached to it, treated for smoke inhalation and burns in hospital in "
             "Galway (a hospital town that is no scene): 1 injured. b1 (Garda witness appeal, Wednesday 11 March, "
             "'Reference 2026/0412'). b2 (local weekly's site, Thursday 12 March): a message on a Telegram channel "
             "of Suck Valley Watch (invented) claims it; the Western Ramparts movement (invented) denies any part "
             "(its denial concerns itself: responsibility stays 'claimed')."),
    # --- Spain: a parcel bomb at the tax office of Ponferrada; a radio transcript; a wire from Madrid ---------------
    inc("ponferrada-tax-office-parcel-bomb-2026-05-18", "2026-05-18", "ES", "Castille and León", "Ponferrada",
        42.54664, -6.59619,
        "bombing", BRASA, "claimed", None, ["explosive"], ["government"], [], [1], [], [2], [], S[3:5],
        killed_best=1, injured_best=2,
        note="Monday 18 May 2026 about 10:20: a parcel delivered to the regional tax office in Ponferrada exploded "
             "when a clerk opened it; the clerk (52) killed, two colleagues injured (taken to hospital in León, a "
             "hospital town that is no scene). c1 (regional radio's evening programme transcript, Monday, speaker "
             "labels and time codes). c2 (wire, Tuesday 19 May, dateline MADRID, the capital that is no scene): the "
             "same figures; a statement on a website signed Colectivo Brasa Negra (invented) claims it. A parcel "
             "bomb coded 'explosive'."),
    inc("valladolid-parcel-bomb-2025-11", "2025-11", "ES", "Castille and León", "Valladolid", 41.65518, -4.72372,
        "bombing", None, None, None, ["explosive"], ["government"], [], [], [], [1], [], [S[4]], optional=True,
        note="Background in c2 with only a month ('In November 2025'): a parcel bomb injured a worker in the "
             "post room of a government building in Valladolid."),
    # --- Norway: a bomb at the bus station of Drammen; a news report; a fact-check of viral clips --------------------
    inc("drammen-bus-station-bomb-2026-09-22", "2026-09-22", "NO", "Viken", "Drammen", 59.74389, 10.20449,
        "bombing", None, None, None, ["explosive"], ["transportation"], ["civilians"], [2], [], [7], [6],
        S[5:7], killed_best=2, injured_best=7,
        note="Tuesday 22 September 2026 about 07:50: a bomb left in a bag under a bench at the bus station of "
             "Drammen exploded in the morning rush; 2 killed, 7 injured (some taken to Oslo, the capital and a "
             "hospital town that is no scene). d2 (regional news, Tuesday): two killed, six injured (6 superseded: "
             "optional). d1 (fact-check, Thursday 24 September, 'Our rating: FALSE'): two killed, seven injured; "
             "the viral clips show a bus fire in Poland in 2019 (an accident), a stunt explosion on a film set in "
             "Bergen in 2022 and an emergency drill at an airport in 2024: none is an incident. No claim, nobody "
             "named: perpetrator null."),
    # --- Spain: a stabbing spree at the festival of Tudela; a first report with an error; a corrected report;
    #     a 'One year on' piece about an earlier attack in Linares --------------------------------------------------
    inc("tudela-festival-stabbing-2026-07-25", "2026-07-25", "ES", "Navarre", "Tudela", 42.06166, -1.60452,
        "armed_assault", None, None, None, ["knife"], ["civilians"], [], [4], [6], [6], [5, 2, 4],
        S[7:9], killed_best=4, injured_best=6, documents_optional=[S[9]],
        note="Saturday 25 July 2026 about 23:40: a man with a knife attacked people in the crowd at the festival "
             "fairground (invented) of Tudela; 4 killed, 6 injured; arrested by local police, acted alone "
             "(perpetrator null). e1 (national news site, Sunday 26 July, early): 'six people were killed and at "
             "least five injured' (the error: optional). e2 (Monday 27 July): 'Correction: An earlier version of "
             "this article said six people were killed; police say four'; six injured; 'Update': two still "
             "seriously ill in a Pamplona hospital, 'the other four have been discharged' (parts: optional; Pamplona a "
             "hospital town that is no scene; e1 already says 'at least two' were being moved there). e3 recalls it "
             "in one sentence: documents_optional."),
    inc("linares-cafe-shooting-2025-10-03", "2025-10-03", "ES", "Andalusia", "Linares", 38.09519, -3.63602,
        "armed_assault", MORILES, "denied", None, ["firearm"], ["civilians"], ["business"], [2], [], [3], [2],
        [S[9]], killed_best=2, injured_best=3,
        note="Friday 3 October 2025 about 21:15: two men on a motorbike fired on the terrace of a café (invented) "
             "in Linares; a waiter and a customer killed, three wounded. e3 ('One year on', Saturday 3 October "
             "2026: the incident is dated a year before publication): the Guardia Civil blamed the Moriles clan (invented), "
             "which denied through its lawyer; nobody tried. 'Of the three ... two have returned to work': a part (optional). The piece is about this attack: a scored incident."),
]
groups = []
gold = dict(about="Hand-coded reference for eval/synthetic32/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_vaduz_stadium_bomb_hoax: an anonymous bomb threat emptied a football stadium (invented) "
                           "in Vaduz (Liechtenstein) on Saturday 18 April 2026 for about three hours; a suspicious "
                           "bag was checked, no device found, nobody hurt, 'all clear'. No attack: no incident. The earlier hoax at a school in Schaan "
                           "(February) is no incident either.",
                           "d1_drammen_bus_station_fact_check: the clips it debunks (a bus fire in Poland in 2019, a "
                           "film set in Bergen in 2022, an emergency drill in 2024) are no incidents.",
                           "Aggregates: mass shootings in Australia since 1996 (a1); arson attacks on buildings in "
                           "Ireland in the past twelve months (b2); parcel and letter bombs in Spain in a decade (c2); "
                           "bomb disposal call-outs in Norway each year (d1); homicides in Spain last year (e3).",
                           "Arrests, a court appearance, a vigil, a memorial mass, the evacuation and the all-clear "
                           "are no attacks. Headline lists under related-story headings and photo captions with other "
                           "places and dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic32.gold.json"), "w"), indent=1, ensure_ascii=False)
