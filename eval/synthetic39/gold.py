#!/usr/bin/env python3
"""Writes synthetic39.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_bodden_town_bar_firebomb", "a2_george_town_court_list",
     "b1_barrouallie_minibus_bomb", "b2_ngo_situation_report",
     "c1_radio_bulletins_island_harbour", "c2_anguilla_patrol_grenade_followup",
     "d1_carnival_live_blog", "d2_victoria_parade_shooting_next_day",
     "e1_ministry_press_release", "e2_soufriere_tax_office_email",
     "f1_san_nicolas_restaurant_blast"]
REDCLIFFE = ["Redcliffe Posse", "the Redcliffe Posse", "Redcliffe gang", "Redcliffe Posse gang"]
TENOU = ["Mouvman Tè Nou", "Mouvman Te Nou", "Our Land Movement", "the Our Land Movement",
         "Mouvman Tè Nou (Our Land Movement)", "Mouvman Te Nou (Our Land Movement)"]
incidents = [
    # --- Cayman Islands: a petrol bomb thrown into a bar in Bodden Town; the news report and a court list --------------
    inc("bodden-town-bar-petrol-bomb-2026-10-17", "2026-10-17", "KY", "Bodden Town", "Bodden Town", 19.27647,
        -81.2542, "other", None, None, None, ["fire"], ["business", "civilians"], [],
        [], [0], [2], [], S[0:2], injured_best=2,
        note="Saturday 17 October 2026 about 11:40 p.m.: a bottle filled with petrol was thrown through the open door "
             "of the Sea Grape Bar (invented) on the main road in Bodden Town; the bar counter caught fire; the "
             "barman and a customer burned (2 injured), nobody killed. a1 (news site, Sunday 18 October, dateline "
             "GEORGE TOWN, the capital and hospital town that is no scene). a2 (a magistrates' court list page for "
             "Monday 9 November: two named men, 24 and 19, charged over the attack, remanded in custody). Two "
             "individuals charged, no group: perpetrator null."),
    inc("west-bay-bar-petrol-bomb-2025-05", "2025-05", "KY", "West Bay", "West Bay", 19.38197, -81.39281,
        "other", None, None, None, ["fire"], ["business"], [], [], [], [1], [],
        ["a1_bodden_town_bar_firebomb"], optional=True,
        note="Background in a1 with only a month ('in May last year'): a bar in West Bay fire-bombed, one man hurt."),
    # --- Saint Vincent: a roadside bomb on a minibus near a village east of Barrouallie; an NGO situation report with it
    #     and an attack by men on motorbikes on a village north of Georgetown three days earlier (two incidents) -------
    inc("barrouallie-minibus-roadside-bomb-2026-08-14", "2026-08-14", "VC", "Saint Patrick", "Barrouallie", 13.23676,
        -61.27275, "bombing", REDCLIFFE, "attributed", None, ["ied"], ["transportation", "civilians"], [],
        [3, 4], [], [7], [6], S[2:4], killed_best=4,
        note="Friday 14 August 2026 about 6:50 a.m.: a bomb hidden at the roadside exploded as a minibus carrying "
             "workers passed near the village of Cedar Gully (invented), '4 km east of Barrouallie'; coded at "
             "Barrouallie. b1 (Kingstown news site, Saturday 15 August, dateline KINGSTOWN, the capital and hospital "
             "town that is no scene): 3 killed, 7 injured; the police commissioner blames the Redcliffe Posse "
             "(invented gang): attributed. b2 (NGO situation report, Tuesday 18 August): 4 killed (a woman died in "
             "hospital in Kingstown), 6 still in hospital (a part, optional). injured_best left unscored."),
    inc("georgetown-village-motorbike-raid-2026-08-11", "2026-08-11", "VC", "Charlotte", "Georgetown", 13.28054,
        -61.1185, "armed_assault", None, None, None, ["firearm", "fire"], ["civilians"], [],
        [1], [], [2], [], ["b2_ngo_situation_report"], documents_optional=["b1_barrouallie_minibus_bomb"],
        killed_best=1, injured_best=2,
        note="Tuesday 11 August 2026 at night: about a dozen armed men on motorbikes fired shots and set fire to nine "
             "houses in the village of Petit Morne (invented), 'a village 6 km north of Georgetown'; coded at "
             "Georgetown. b2 (situation report): 1 man shot dead, 2 injured. b1 names it in passing. Not a group with "
             "the minibus bomb (the report tells them as two separate attacks). Nobody named."),
    # --- Anguilla: a grenade thrown at a police patrol car in Island Harbour overnight; a radio page with three bulletins
    inc("island-harbour-police-car-grenade-2026-03-21", "2026-03-21", "AI", "Island Harbour", "Island Harbour",
        18.25601, -63.0102, "bombing", None, None, None, ["grenade"], ["police"], [],
        [1], [], [2], [1], S[4:6], killed_best=1, injured_best=2,
        note="Overnight Friday 20 to Saturday 21 March 2026, about 1:40 a.m.: a grenade thrown at a police patrol car "
             "parked near the jetty in Island Harbour; one officer killed, the wounded taken to the hospital in The "
             "Valley (the capital, a hospital town that is no scene). c1 (radio station page, Saturday: schedule, "
             "then the 06:00, 07:00 and 08:00 bulletins): 1 killed; injured 1 at 06:00 and 07:00 (superseded, "
             "optional), 2 at 08:00. c2 (newspaper, Monday 23 March): 1 killed, 2 injured; no arrest, nobody named."),
    inc("east-end-police-station-shooting-2025-06", "2025-06", "AI", "East End", "East End Village", 18.23333, -63.0,
        "armed_assault", None, None, None, ["firearm"], ["police"], [], [], [], [], [],
        ["c2_anguilla_patrol_grenade_followup"], optional=True,
        note="Background in c2 with only a month ('in June last year'): shots fired at the police station in East "
             "End, nobody hurt."),
    # --- Grenada: a shooting during a carnival street parade in Victoria; a live blog with a correction; next-day report
    inc("victoria-carnival-parade-shooting-2026-07-25", "2026-07-25", "GD", "Saint Mark", "Victoria", 12.19021,
        -61.70677, "armed_assault", None, None, None, ["firearm"], ["civilians"], [],
        [2], [1], [5], [3, 2], S[6:8], killed_best=2,
        note="Saturday 25 July 2026 about 4:20 p.m.: a man fired into the crowd of a carnival street parade on the "
             "main street of Victoria (St Mark). d1 (live blog, Saturday; a Correction at the top: an earlier version "
             "said the shooting was in Gouyave, the neighbouring town, which is no scene): first 1 killed, 3 injured "
             "(superseded within the blog, optional), then 2 killed, 5 injured; a man of 23 arrested. d2 (next-day "
             "report, Sunday 26 July): 2 killed, 5 injured ('two remained in hospital', a part, optional), the wounded in the General Hospital in St George's (a "
             "hospital town that is no scene); police say he acted alone (a lone attacker: perpetrator null). "
             "injured_best left unscored (the second dead was one of the wounded)."),
    inc("grenville-fete-shooting-2025-08", "2025-08", "GD", "Saint Andrew", "Grenville", 12.12278, -61.62498,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [], [], [4], [],
        ["d2_victoria_parade_shooting_next_day"], optional=True,
        note="Background in d2 with only a month ('in August last year'): a shooting at a fete in Grenville, four "
             "injured."),
    # --- Saint Lucia: arson at the tax office in Soufriere at night, claimed by e-mail; ministry release and news report
    inc("soufriere-tax-office-arson-2026-07-15", "2026-07-15", "LC", "Soufrière", "Soufrière", 13.85616, -61.0566,
        "other", TENOU, "claimed", None, ["fire"], ["government"], [],
        [], [0], [], [0], S[8:10],
        note="Wednesday 15 July 2026 about 2:30 a.m.: the district office of the Inland Revenue Department in Soufriere "
             "set on fire (petrol poured at the back door); files and the ground floor destroyed, nobody hurt. e1 "
             "(ministry press release, unofficial translation from the Kweyol original, dateline CASTRIES, no "
             "scene). e2 (news site, Thursday 16 July): Mouvman Te Nou (Our Land Movement, invented) claimed it in an "
             "e-mail to newsrooms and on its WhatsApp channel; a rival group (invented) denied any part. Responsibility "
             "claimed."),
    inc("vieux-fort-customs-shed-arson-2024-03", "2024-03", "LC", "Vieux-Fort", "Vieux Fort", 13.71667, -60.95,
        "other", None, None, None, ["fire"], ["government"], [], [], [], [], [],
        ["e2_soufriere_tax_office_email"], documents_optional=["e1_ministry_press_release"], optional=True,
        note="Background in e2 with only a month ('in March 2024'): a customs shed in Vieux Fort set on fire at "
             "night, no one charged. e1 names it only in its list of recent press releases."),
]
groups = []
gold = dict(about="Hand-coded reference for eval/synthetic39/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_san_nicolas_restaurant_blast: a gas cylinder exploded in the kitchen of a restaurant in "
                           "San Nicolas (Aruba), killing a cook and injuring four; fire officers call it an accident "
                           "and police rule out foul play. No incident.",
                           "b2_ngo_situation_report: 'since January: 41 killed' is a year-to-date aggregate, no "
                           "incident; the two attacks of the week are two incidents, not a group.",
                           "a2_george_town_court_list: the other cases of the list (thefts, traffic, a drug case, an "
                           "assault in a domestic dispute) are no attacks.",
                           "c1_radio_bulletins_island_harbour: weather and sport items, the programme schedule.",
                           "Arrests, court hearings, funerals, condemnations and a rival group's denial are no "
                           "attacks. Headline lists under related-story headings and photo captions with other "
                           "places and dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic39.gold.json"), "w"), indent=1, ensure_ascii=False)
