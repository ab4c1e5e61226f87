#!/usr/bin/env python3
"""Writes synthetic34.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_luba_port_rns_announcement", "a2_luba_port_attack_wire",
     "b1_beersheba_bus_station_print_page", "b2_beersheba_bus_station_stabbing_web",
     "c1_qabatiya_checkpoint_explainer", "c2_qabatiya_checkpoint_car_bomb_news",
     "d1_diekirch_courthouse_arson_bilingual", "d2_diekirch_courthouse_fire_brief",
     "e1_fuvahmulah_wedding_shooting_news", "e2_fuvahmulah_wedding_funeral",
     "f1_encamp_restaurant_gas_explosion"]
FLBS = ["Frente de Liberación de Bioko Sur", "the Frente de Liberación de Bioko Sur", "FLBS",
        "Bioko Sur Liberation Front", "Frente de Liberación de Bioko Sur (FLBS)"]
SAHL = ["Saraya al-Sahl", "the Saraya al-Sahl", "Plain Brigades", "the Plain Brigades", "Saraya al-Sahl (Plain Brigades)"]
incidents = [
    # --- Equatorial Guinea: gunmen attack a listed company's port base at Luba; the RNS announcement; a wire ----------
    inc("luba-port-base-armed-attack-2026-03-09", "2026-03-09", "GQ", "Bioko Sur", "Luba", 3.45683, 8.55465,
        "armed_assault", FLBS, "denied", None, ["firearm"], ["business"], ["transportation", "civilians"],
        [3], [2], [2], [3], S[0:2], killed_best=3,
        note="Monday 9 March 2026 about 03:40 local time: armed men entered the supply base of Corisco Marine "
             "Logistics plc (invented, AIM: CMLX) at the port of Luba (Bioko Sur) and opened fire; two security "
             "guards killed, three workers injured, operations suspended. a1 (regulatory announcement, 'RNS Number', "
             "released 07:00 London time on Tuesday 10 March): 2 killed, 3 injured. a2 (wire, Thursday 12 March, "
             "dateline MALABO, the capital that is dateline and hospital town but no scene): one of the injured "
             "workers died in a hospital in Malabo on Wednesday 11 March: 3 killed, 2 still in hospital (2 "
             "superseded, 3 superseded: optional; injured_best unscored: a wounded man died). The interior minister "
             "blames the Frente de Liberación de Bioko Sur (invented), which denies it in a statement: denied."),
    inc("riaba-jetty-shooting-2025-12", "2025-12", "GQ", "Bioko Sur", "Riaba", 3.38288, 8.76209,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], ["business"], [], [], [1], [], [S[1]],
        optional=True,
        note="Background in a2 (only a month: 'in December'): shots fired at the fishing jetty of Riaba, a "
             "fisherman wounded."),
    # --- Israel: a man with a knife at the central bus station of Beersheba; a print page; a web brief --------------
    inc("beersheba-bus-station-stabbing-2026-11-02", "2026-11-02", "IL", "Southern District", "Beersheba", 31.25181,
        34.7913,
        "armed_assault", None, None, None, ["knife"], ["civilians"], ["transportation"], [1], [], [4], [3, 2, 1],
        S[2:4], killed_best=1, injured_best=4,
        note="Monday 2 November 2026 about 17:20: a man of 29 stabbed people on the platforms and in the ticket hall "
             "of the central bus station of Beersheba; a woman of 67 killed, four injured (two passengers, a bus "
             "driver and a security guard). He was overpowered and arrested at the scene (a lone attacker: "
             "perpetrator null). b2 (web brief, Monday evening): one killed, three wounded (superseded: optional). "
             "b1 (page 5 of a print newspaper as extracted from the PDF, Tuesday 3 November): one killed, four "
             "injured; hyphenation across lines, running page headers, 'Continued on Page 6' and an unrelated "
             "column interleaved. Parts added after the texts were written: b1's 'the other three' (3) and 'two "
             "passengers', b2's 'two were lightly hurt' (2), b1's 'one of them, a man of 45' (1): optional."),
    # --- Palestine: a car bomb at a security-forces checkpoint at the entrance of Qabatiya; a news report; an explainer
    inc("qabatiya-checkpoint-car-bomb-2026-05-21", "2026-05-21", "PS", "West Bank", "Qabāţīyah", 32.41035, 35.28087,
        "bombing", SAHL, "claimed", None, ["vehicle_bomb"], ["military"], ["police", "civilians"],
        [4, 5], [], [11], [9, 2], S[4:6], killed_best=5, injured_best=11,
        note="Thursday 21 May 2026 about 07:45: a car packed with explosives detonated beside the checkpoint of the "
             "National Security Forces at the southern entrance of Qabatiya (Jenin governorate). c2 (news report, "
             "Thursday afternoon): the forces' spokesman says four officers killed, nine wounded (9 superseded: "
             "optional). c1 (explainer 'What we know so far', Friday 22 May): the health ministry says five killed "
             "(the four officers and a civilian taxi driver), eleven wounded; the forces still say four (both "
             "sources' figures kept: 4 and 5; killed_best 5, the later and fuller figure). Claimed on a Telegram "
             "channel by the Saraya al-Sahl (invented). Nothing says suicide: null. c1's 'two of them critically' (2, a "
             "part: optional, added after the texts were written)."),
    inc("tulkarm-patrol-roadside-bomb-2026-02-19", "2026-02-19", "PS", "West Bank", "Ţūlkarm", 32.31156, 35.0269,
        "bombing", None, None, None, ["ied"], ["military"], ["police"], [2], [], [], [], [S[4]], optional=True,
        note="Background in c1 (three months earlier, its own day 'on 19 February'): a roadside bomb hit a patrol "
             "of the security forces near Tulkarm, two officers killed."),
    # --- Luxembourg: a night arson at the justice-of-the-peace courthouse of a village north of Diekirch ------------
    inc("diekirch-village-courthouse-arson-2026-09-17", "2026-09-17", "LU", "Diekirch", "Diekirch", 49.86778,
        6.15583,
        "other", None, None, None, ["fire"], ["government"], [], [], [], [2], [1], S[6:8], injured_best=2,
        note="Thursday 17 September 2026 about 01:30 (the night of 16 to 17 September): fuel poured against the door "
             "of the small courthouse (justice-of-the-peace annex) of Ourdange (invented village), 'a village 12 km "
             "north of Diekirch', and set alight; coded at Diekirch. d2 (brief, Thursday 17 September): a guard "
             "treated for smoke inhalation (1 superseded: optional). d1 (bilingual page, French summary then English "
             "story, Friday 18 September, day-first numeric dates '17/09/2026'): two guards injured, nobody killed; "
             "no claim, nobody named. An older arson recalled (optional incident)."),
    inc("esch-prosecutor-office-car-arson-2025-06-22", "2025-06-22", "LU", "Esch-sur-Alzette", "Esch-sur-Alzette",
        49.49583, 5.98056,
        "other", None, None, None, ["fire"], ["government"], [], [], [], [], [], [S[6]], optional=True,
        note="Background in d1 (its own day, '22/06/2025'): a car set alight against the entrance of a prosecutor's "
             "office in Esch-sur-Alzette, nobody hurt."),
    # --- Maldives: gunmen fire on a wedding party in Fuvahmulah; the first report; the funeral a week later --------
    inc("fuvahmulah-wedding-party-shooting-2026-04-10", "2026-04-10", "MV", "Gnyaviyani Atoll", "Fuvahmulah",
        -0.29878, 73.42403,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [2], [1], [2], [3, 1], S[8:10],
        killed_best=2,
        note="Friday 10 April 2026 about 22:30: two men on a motorcycle fired a pistol into the garden of a house in "
             "Fuvahmulah where a wedding reception was held; the groom's uncle killed, three guests injured. e1 "
             "(news site, Saturday 11 April): 1 killed, 3 injured (superseded: optional). A wounded woman of 44 flown "
             "to a hospital in Malé (a hospital town and capital that is no scene) died there on Tuesday 14 April. "
             "e2 (funeral story, Friday 17 April): 2 killed, two others recovering; injured_best unscored. Two "
             "suspects arrested; no group named: perpetrator null. A mourner recalls an older, unrelated attack "
             "(optional incident). e1's 'one of the women was in a critical condition' (1, a part: optional, "
             "added after the texts were written)."),
    inc("hithadhoo-harbour-stabbing-2019-08", "2019-08", "MV", "Seenu", "Hithadhoo", -0.6, 73.08333,
        "armed_assault", None, None, None, ["knife"], ["civilians"], [], [1], [], [], [], [S[9]], optional=True,
        note="Background in e2 (a mourner, only a month: 'in August 2019'): a young man stabbed to death at the "
             "harbour of Hithadhoo (Addu)."),
]
groups = []
gold = dict(about="Hand-coded reference for eval/synthetic34/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_encamp_restaurant_gas_explosion: a gas cylinder exploded in the kitchen of a restaurant "
                           "in Encamp (Andorra) on Saturday 24 October 2026 about 12:50; the cook and a kitchen "
                           "assistant injured; the police say it was an accident (a leaking connection). No attack: "
                           "no incident.",
                           "Aggregates: attacks on companies on Bioko this year (a2); violent deaths at bus stations "
                           "(b1); members of the security forces killed in the northern West Bank in twelve months "
                           "(c1); arsons against public buildings in Luxembourg (d1); gun crimes in the Maldives (e2).",
                           "Arrests, a suspension of operations, a market announcement, a funeral, a court hearing "
                           "and a press conference are no attacks. Headline lists under related-story headings and "
                           "photo captions with other places and dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic34.gold.json"), "w"), indent=1, ensure_ascii=False)
