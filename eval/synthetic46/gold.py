#!/usr/bin/env python3
"""Writes synthetic46.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_say_tillaberi_wire_update3", "a2_say_tillaberi_ngo_press_release",
     "b1_moyale_police_statement", "b2_moyale_bail_hearing_report",
     "c1_balad_news_aggregator", "c2_balad_fact_check",
     "d1_juticalpa_radio_station_page", "d2_juticalpa_magazine_longread",
     "e1_shwebo_amp_page", "e2_shwebo_forum_thread",
     "f1_mackay_insurer_claims_notice"]
GMB = ["Gourma Mujahideen Brotherhood", "GMB", "the Gourma Mujahideen Brotherhood",
       "Fraternité des moudjahidines du Gourma", "Gourma Mujahideen Brotherhood (GMB)", "Gourma Mujahidin Brotherhood"]
GRB = ["Golbo Ridge Brigade", "GRB", "the Golbo Ridge Brigade", "Golbo Ridge Brigade (GRB)"]
MMAF = ["Myanmar military", "Tatmadaw", "Myanmar army", "the military", "junta", "military junta",
        "Myanmar Armed Forces", "the Myanmar military"]
SAY = ("NE", "Tillabéri", "Say", 13.1007, 2.3689)
TILLABERI = ("NE", "Tillabéri", "Tillabéri", 14.20711, 1.45418)
KOLLO = ("NE", "Tillabéri", "Kollo", 13.3043, 2.339)
MOYALE = ("KE", "Marsabit", "Moyale", 3.52661, 39.0561)
MARSABIT = ("KE", "Marsabit", "Marsabit", 2.33468, 37.99086)
BALAD = ("IQ", "Salah ad Din", "Balad", 34.01485, 44.14574)
DUJAYL = ("IQ", "Salah ad Din", "Ad Dujayl", 33.84667, 44.23444)
JUTICALPA = ("HN", "Olancho Department", "Juticalpa", 14.66667, -86.21944)
SFPAZ = ("HN", "Olancho Department", "San Francisco de la Paz", 14.9, -86.2)
SHWEBO = ("MM", "Sagain", "Shwebo", 22.56925, 95.69818)
MAWLAIK = ("MM", "Sagain", "Mawlaik", 23.64254, 94.40478)
WAVE = "tillaberi-say-night-attacks-2026-02-10"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Niger (Tillabéri region): an army base in Tillabéri and a gendarmerie post and clinic in Say, one night -------
    at("tillaberi-army-base-attack-2026-02-10", "2026-02-10", TILLABERI,
       "armed_assault", GMB, "claimed", None, ["firearm", "rocket"], ["military"], [],
       [12], [], [], [], S[0:2], group=WAVE, killed_best=12,
       note="The night of Tuesday 10 February 2026, about 10 p.m.: a large column of gunmen on motorbikes and pick-ups "
            "attacked the army base on the northern edge of Tillabéri town with rifles and rocket-propelled grenades. "
            "12 soldiers killed (defence ministry, per a1 UPDATE 3 and a2). The wounded are given only for the two "
            "attacks together (21, see the group). Claimed on Wednesday 11 February by the Gourma Mujahideen "
            "Brotherhood (invented). a1: wire story marked UPDATE 3, dateline NIAMEY (no scene), Wednesday 11 February; "
            "a2: press release of an invented medical NGO, Friday 13 February."),
    at("say-gendarmerie-and-clinic-attack-2026-02-10", "2026-02-10", SAY,
       "armed_assault", GMB, "claimed", None, ["firearm", "fire"], ["police", "health"], ["civilians", "ngo"],
       [5], [3], [], [], S[0:2], group=WAVE, killed_best=5,
       note="The same night about 11:30 p.m.: another group attacked the gendarmerie post of Say, on the Niger river "
            "south of Niamey, then set fire to the health centre next to it, supported by the invented NGO of a2: 5 "
            "killed (three gendarmes, part, optional; a nurse and a night guard). 'Say' is also an English verb."),
    at("kollo-convoy-ambush-2025-12-14", "2025-12-14", KOLLO,
       "armed_assault", None, None, None, ["firearm"], ["military"], [], [7], [], [], [],
       ["a1_say_tillaberi_wire_update3"], optional=True,
       note="Background in a1 with its own date ('on 14 December'): an army supply convoy ambushed near Kollo, seven "
            "soldiers killed. Must not lend 7 to February."),
    # --- Kenya (Marsabit): aid workers abducted west of Moyale, their police escort killed ------------------------------
    at("moyale-aid-workers-kidnapping-2026-04-18", "2026-04-18", MOYALE,
       "kidnapping", GRB, "denied", None, ["firearm", "grenade"], ["ngo", "police"], ["civilians"],
       [1], [], [2], [], S[2:4], killed_best=1, injured_best=2,
       note="Saturday 18 April 2026 about 9 p.m. ('on Saturday night'): gunmen stopped the vehicle of an invented water "
            "charity at Qoqa Burri, an invented village about 11 km west of Moyale (coded at Moyale), threw a grenade "
            "at the police escort's vehicle, shot dead a police constable and took away two aid workers. Two wounded "
            "(the charity's driver and a second officer), flown to Marsabit (hospital town, no scene). b1: police press "
            "statement with a case number and an appeal for witnesses, Sunday 19 April. b2: report of the bail hearing "
            "of three suspects at Marsabit, Tuesday 28 April (court dates date nothing): the prosecution links them to "
            "the Golbo Ridge Brigade (invented), which denies it in a statement read in court ('denied'). Moyale is "
            "also the name of the Ethiopian town across the border."),
    at("marsabit-lorry-drivers-shooting-2026-03-09", "2026-03-09", MARSABIT,
       "armed_assault", None, None, None, ["firearm"], ["transportation", "civilians"], [], [2], [], [], [],
       ["b2_moyale_bail_hearing_report"], optional=True,
       note="Background in b2 with its own date ('on 9 March'): two lorry drivers shot dead near Marsabit town; one "
            "accused is charged separately over it. Must not lend 2."),
    # --- Iraq (Salah ad Din): a bomb in a vegetable cart at the market of Balad --------------------------------------
    at("balad-market-cart-bomb-2026-06-11", "2026-06-11", BALAD,
       "bombing", None, None, None, ["ied"], ["civilians", "business"], [],
       [9], [7, 40], [23], [], S[4:6], killed_best=9, injured_best=23,
       note="Thursday 11 June 2026 about 7:40 p.m.: an explosive device hidden in a vegetable cart went off in the main "
            "market of Balad. c1 (news aggregator page, Friday 12 June, snippets of several outlets): a first report "
            "'at least seven' (superseded, optional), the provincial health directorate 9 killed and 23 wounded. c2 "
            "(fact-check, Monday 15 June) rates FALSE a viral post claiming '40 dead' with a video from elsewhere (40 "
            "optional: not credible); the toll still 9 and 23. No claim, nobody named (perpetrator null). Wounded also "
            "sent to Baghdad (no scene). Balad is also the name of a town in Somalia."),
    at("ad-dujayl-roadside-bomb-2025-03-22", "2025-03-22", DUJAYL,
       "bombing", None, None, None, ["ied"], ["military"], [], [2], [], [], [],
       ["c2_balad_fact_check"], optional=True,
       note="Background in c2 with its own date ('22 March 2025'): a roadside bomb hit an army patrol near Ad Dujayl, "
            "two soldiers killed. Must not lend 2."),
    # --- Honduras (Olancho): a radio presenter shot dead outside his station in Juticalpa -----------------------------
    at("juticalpa-radio-presenter-shooting-2026-08-03", "2026-08-03", JUTICALPA,
       "assassination", None, None, None, ["firearm"], ["journalists"], ["civilians", "business"],
       [1, 2], [], [2], [], S[6:8], killed_best=2,
       note="Monday 3 August 2026 about 7:15 p.m.: a gunman on a motorcycle shot the presenter of an invented radio "
            "station as he left the studio in Juticalpa; the presenter died at the scene; his sound technician and a "
            "woman selling food nearby were wounded. d1 (another local station's website, Tuesday 4 August: 'last "
            "evening'): 1 killed, 2 wounded, the technician flown to Tegucigalpa (hospital city, no scene). d2 (weekly "
            "magazine long-read, Saturday 15 August): the technician died on Thursday 6 August (2 killed); a man of 24 "
            "arrested on 7 August; police say he acted alone (lone attacker: perpetrator null). injured_best left "
            "unscored (one of the wounded died)."),
    at("san-francisco-de-la-paz-journalist-killing-2025-11-14", "2025-11-14", SFPAZ,
       "assassination", None, None, None, ["firearm"], ["journalists"], [], [1], [], [], [],
       ["d2_juticalpa_magazine_longread"], optional=True,
       note="Background in d2 with its own date ('on 14 November last year'): a community newspaper editor shot dead "
            "in San Francisco de la Paz. Must not lend 1 or the date."),
    # --- Myanmar (Sagaing): drone and artillery on a monastery school north of Shwebo --------------------------------
    at("shwebo-monastery-school-shelling-2026-09-20", "2026-09-20", SHWEBO,
       "shelling", MMAF, "attributed", None, ["artillery", "drone"], ["religious", "education", "civilians"], [],
       [5, 8], [4], [12], [], S[8:10], killed_best=8, injured_best=12,
       note="Sunday 20 September 2026 about 10:30 a.m.: a drone dropped two bombs on the monastery of Nyaung Pin Thar, "
            "an invented village about 8 km north of Shwebo (coded at Shwebo), then artillery shells hit the monastery "
            "and its school. e1 (mobile AMP page, Sunday evening, dateline Mandalay, no scene): 'four killed', then a "
            "correction inside the page: five (4 superseded, optional); 12 injured, taken to Shwebo and Monywa "
            "(hospital town, no scene). e2 (forum thread, Tuesday 22 September): three more bodies found in the "
            "rubble of the school: 8. Residents and a resistance group blame the army's artillery base (attributed)."),
    at("mawlaik-market-air-strike-2026-05-17", "2026-05-17", MAWLAIK,
       "air_strike", MMAF, "attributed", None, ["aircraft"], ["civilians", "business"], [], [11], [], [], [],
       ["e2_shwebo_forum_thread"], optional=True,
       note="Background in e2 with its own date ('17 May'): a jet bombed a market near Mawlaik, 11 killed. Must not "
            "lend 11."),
]
groups = [dict(id=WAVE, members=["tillaberi-army-base-attack-2026-02-10",
                                 "say-gendarmerie-and-clinic-attack-2026-02-10"],
               killed=[17], killed_optional=[10], injured=[21], injured_optional=[],
               note="Two attacks the same night in two towns of the Tillabéri region, claimed together: one wave. The "
                    "defence ministry: 17 killed and 21 wounded in the two (no split of the wounded); the wire's first "
                    "'at least 10', kept in UPDATE 3's history line, superseded (optional).")]
gold = dict(about="Hand-coded reference for eval/synthetic46/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_mackay_insurer_claims_notice: an insurer's notice to policyholders after a fire at a "
                           "cold-storage warehouse in Mackay, Queensland (Australia), which police found accidental "
                           "(an electrical fault), and a hailstorm; an evacuation drill and a coal mine are mentioned. "
                           "No attack: no incident.",
                           "e2_shwebo_forum_thread: a football 'shot' is no attack.",
                           "a1/a2: 'say' as a verb is no place; the defence ministry's 'terrorists neutralised' are "
                           "perpetrator deaths.",
                           "Headline lists under related-story headings, teasers and photo captions with other places "
                           "and dates are no incidents; hearings and court dates are no attacks."])
json.dump(gold, open(os.path.join(here, "synthetic46.gold.json"), "w"), indent=1, ensure_ascii=False)
