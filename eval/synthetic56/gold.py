#!/usr/bin/env python3
"""Writes synthetic56.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_arua_wire", "a2_arua_world_roundup",
     "b1_mallawi_translated_agency", "b2_mallawi_photo_gallery",
     "c1_kondagaon_explainer", "c2_kondagaon_funerals",
     "d1_kahta_obituary", "d2_kahta_opinion_column",
     "e1_granada_correction_story", "e2_granada_in_brief",
     "f1_waihi_tv_drill"]
WNLA = ["West Nile Liberation Army", "WNLA", "the West Nile Liberation Army", "West Nile Liberation Army (WNLA)"]
DPLF = ["Dandakaranya People's Liberation Front", "DPLF", "the Dandakaranya People's Liberation Front",
        "Dandakaranya Peoples Liberation Front", "Dandakaranya People's Liberation Front (DPLF)"]
FGA = ["Frente Guerrillero del Ariari", "FGA", "the Frente Guerrillero del Ariari", "Ariari Guerrilla Front",
       "Frente Guerrillero del Ariari (FGA)"]
ARUA = ("UG", "Northern Region", "Arua", 3.02013, 30.91105)
KOBOKO = ("UG", "Northern Region", "Koboko", 3.41364, 30.95994)
MALLAWI = ("EG", "Minya", "Mallawī", 27.73264, 30.84129)
KONDAGAON = ("IN", "Chhattisgarh", "Kondagaon", 19.59083, 81.664)
SUKMA = ("IN", "Chhattisgarh", "Sukma", 18.39014, 81.65941)
KAHTA = ("TR", "Adıyaman", "Kâhta", 37.78552, 38.6237)
BESNI = ("TR", "Adıyaman", "Besni", 37.69278, 37.86111)
GRANADA = ("CO", "Meta", "Granada", 3.54625, -73.70687)
PUERTO_LLERAS = ("CO", "Meta", "Puerto Lleras", 3.26942, -73.37537)
WAVE = "arua-grenade-attacks-2009-10-10"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Uganda (Northern Region): two grenades in Arua the same Saturday night, a bar and the bus park ----------------
    at("arua-nile-star-bar-grenade-2009-10-10", "2009-10-10", ARUA,
       "bombing", WNLA, "attributed", None, ["grenade"], ["business", "civilians"], [],
       [3], [], [], [], S[0:2], group=WAVE,
       note="Saturday 10 October 2009 about 9:40 p.m.: a grenade thrown into the Nile Star bar (invented) on Ajilo "
            "Lane (invented street) in Arua, where people watched a football match on television: 3 killed per the "
            "police (a1). The wounded are given only for the two blasts together (31, see the group). a1 (wire, "
            "Sunday 11 October, dateline KAMPALA, no scene): the police blame the West Nile Liberation Army (invented), "
            "which has not spoken (attributed). a2 (a wire's world news roundup, Tuesday 13 October) gives only the "
            "wave's new total (7). Per-site deaths after the later deaths are not given, so no killed_best."),
    at("arua-bus-park-grenade-2009-10-10", "2009-10-10", ARUA,
       "bombing", WNLA, "attributed", None, ["grenade"], ["transportation", "civilians"], ["business"],
       [2], [], [], [], S[0:2], group=WAVE,
       note="The same night about 10:05 p.m., some 25 minutes later: a second grenade at the Arua bus park (taxi and "
            "bus stage) 'about a kilometre away': 2 killed per the police (a1). Same attribution."),
    at("koboko-market-grenade-2008-03-05", "2008-03-05", KOBOKO,
       "bombing", None, None, None, ["grenade"], ["civilians"], ["business"], [2], [], [], [],
       ["a1_arua_wire"], optional=True,
       note="Background in a1 with its own date ('on March 5 last year'): a grenade at Koboko market killed two people; "
            "nobody was charged. Must not lend 2 to October 2009."),
    # --- Egypt (Minya): a church and its school set on fire in Mallawi; a guard stabbed --------------------------------
    at("mallawi-church-school-arson-2013-11-21", "2013-11-21", MALLAWI,
       "other", None, None, None, ["fire", "knife"], ["religious", "education"], ["civilians"],
       [1], [], [4, 6], [], S[2:4], killed_best=1, injured_best=6,
       note="Thursday 21 November 2013, late evening (about 11 p.m.): masked men broke into the compound of the "
            "Church of the Virgin and Saint Abanoub (invented) in Mallawi, stabbed its night guard to death, and set "
            "the church and the parish primary school next to it on fire. b1 (an agency story translated from Arabic, "
            "Friday 22 November): 1 killed, 4 injured (the health ministry); nobody named, no claim (perpetrator "
            "null). b2 (photo gallery of numbered captions, Monday 25 November): the Minya health directorate later "
            "says 6 injured (best 6), treated in Mallawi and in Minya (the provincial capital, no scene). Captions "
            "with other places and dates are no incidents."),
    # --- India (Chhattisgarh): an IED under a police vehicle near a village 14 km from Kondagaon; claimed --------------
    at("kondagaon-tolnar-police-ied-2017-04-04", "2017-04-04", KONDAGAON,
       "bombing", DPLF, "claimed", None, ["ied"], ["police"], ["transportation"],
       [3, 4], [], [6], [2], S[4:6], killed_best=4,
       note="Tuesday 4 April 2017 about 10:30 a.m.: an IED buried under the road near Tolnar, an invented village "
            "'about 14 km from Kondagaon' (coded at Kondagaon), blew up a police vehicle of the district reserve "
            "returning from a road-opening patrol: 3 policemen killed, 6 injured 'two of them critically' (part, "
            "optional), flown to Raipur (hospital town, no scene). c1 (a Q&A explainer 'What we know', Wednesday 5 "
            "April). c2 (follow-up on the funerals, Saturday 8 April): a head constable died of his wounds in Raipur "
            "'on Friday': 4 killed (best 4); the Dandakaranya People's Liberation Front (invented) claimed the "
            "attack in a pamphlet. injured_best unscored (one of the wounded died). Background: the Sukma IED of "
            "September 2015 (optional)."),
    at("sukma-ied-2015-09-22", "2015-09-22", SUKMA,
       "bombing", None, None, None, ["ied"], ["police"], [], [7], [], [], [],
       ["c1_kondagaon_explainer"], optional=True,
       note="Background in c1 with its own date ('22 September 2015'): an IED near Sukma killed seven policemen. "
            "Must not lend 7 to 2017."),
    # --- Turkey (Adıyaman): a local newspaper editor shot dead outside his office in Kâhta by a lone gunman ---------
    at("kahta-journalist-shooting-2021-03-16", "2021-03-16", KAHTA,
       "assassination", None, None, None, ["firearm"], ["journalists"], ["civilians"],
       [1], [], [1], [], S[6:8], killed_best=1, injured_best=1,
       note="Tuesday 16 March 2021 about 7:30 p.m.: a man shot the owner and editor of an invented weekly of Kâhta "
            "outside its office; the editor died on the way to hospital in Adıyaman (hospital town, no scene); his "
            "nephew, a trainee, was wounded in the arm (1 injured). The gunman, a local man, was arrested the same "
            "night; the prosecutor says he acted alone over a personal grudge (a lone attacker: perpetrator null). "
            "d1 (an obituary, Monday 22 March). d2 (an opinion column, Tuesday 2 November 2021, on the opening day of "
            "the trial: 'the night of Tuesday 16 March'), with an earlier beating of a reporter in Besni in June 2019 "
            "(optional background)."),
    at("besni-reporter-beating-2019-06-08", "2019-06", BESNI,
       "armed_assault", None, None, None, ["other"], ["journalists"], [], [], [], [1], [],
       ["d2_kahta_opinion_column"], optional=True,
       note="Background in d2 ('in June 2019, in Besni'): a reporter beaten with sticks by three men; one injured. "
            "Month only."),
    # --- Colombia (Meta): the police station of Granada attacked with improvised mortars and rifles; blame denied --------
    at("granada-meta-police-station-attack-2005-06-18", "2005-06-18", GRANADA,
       "armed_assault", FGA, "denied", None, ["firearm", "mortar"], ["police"], ["civilians", "business"],
       [4], [3], [9], [7, 5], S[8:10], killed_best=4, injured_best=9,
       note="Saturday 18 June 2005 about 11 p.m.: some forty armed men fired home-made mortars (gas cylinders) and "
            "rifles at the police station on the main square of Granada (Meta); the fighting lasted two hours. 4 "
            "killed (three police officers, part, optional, and a shopkeeper). e1 (a regional paper's story, Sunday 19 "
            "June, with a correction appended: 'an earlier version said seven police officers were wounded'; nine "
            "people were wounded, five of them officers: 7 superseded and 5 a part, optional); the army blames the "
            "Frente Guerrillero del Ariari (invented), which denied it in a communiqué (denied). The wounded were "
            "taken to Villavicencio (hospital town, no scene). Granada is also a city in Spain and Nicaragua and the "
            "name of other Colombian towns (Antioquia, Cundinamarca). e2 (a national paper's 'in brief' column, "
            "Tuesday 21 June: one brief of four). Background: a councillor's kidnapping near Puerto Lleras in November "
            "2004 (optional)."),
    at("puerto-lleras-councillor-kidnapping-2004-11-03", "2004-11-03", PUERTO_LLERAS,
       "kidnapping", FGA, "attributed", None, ["firearm"], ["government"], [], [], [], [], [],
       ["e1_granada_correction_story"], optional=True,
       note="Background in e1 with its own date ('on 3 November last year'): a municipal councillor kidnapped near "
            "Puerto Lleras, blamed on the same front. Must not lend to 2005."),
]
groups = [dict(id=WAVE, members=["arua-nile-star-bar-grenade-2009-10-10", "arua-bus-park-grenade-2009-10-10"],
               killed=[7], killed_optional=[5], injured=[31], injured_optional=[],
               note="Two grenades in Arua the same night at two named sites, presented as one series by the police. a1: "
                    "5 killed (3 at the bar, 2 at the bus park) and 31 wounded for the two together (no split of the "
                    "wounded); a2 (Tuesday): two of the wounded died, 7 killed in the two attacks (5 superseded, "
                    "optional).")]
gold = dict(about="Hand-coded reference for eval/synthetic56/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_waihi_tv_drill: a local TV station's story on a mine-rescue and emergency drill at a "
                           "gold mine in Waihi, Waikato (New Zealand): a staged 'explosion' underground, 'casualties' "
                           "played by volunteers, nobody hurt. No attack: no incident.",
                           "a2: the roundup's other items (a football match's 'shot', a flood, a summit) are no attacks.",
                           "e2: the other three briefs (a road accident, a mining strike, a festival) are no attacks.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents; the trial in d2 is no attack."])
json.dump(gold, open(os.path.join(here, "synthetic56.gold.json"), "w"), indent=1, ensure_ascii=False)
