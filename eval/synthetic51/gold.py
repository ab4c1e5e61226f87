#!/usr/bin/env python3
"""Writes synthetic51.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_bol_mao_incident_tracker_export", "a2_bol_mao_live_blog",
     "b1_dembidolo_urgent_action_appeal", "b2_dembidolo_voice_note_transcript",
     "c1_bayji_stock_exchange_announcement", "c2_bayji_archived_news_page",
     "d1_jaen_diocese_weekly_bulletin", "d2_jaen_opinion_column",
     "e1_kenyam_survivor_interview", "e2_kenyam_timeline_explainer",
     "f1_aljustrel_mine_drill_photo_gallery"]
ABB = ["Ansar al-Buhayra Brigades", "Ansar al-Buhayra", "ABB", "the Ansar al-Buhayra Brigades",
       "Brigades Ansar al-Buhayra", "Ansar al-Buhaira Brigades", "Ansar al-Buhayra Brigades (ABB)"]
DPA = ["Dhidhessa People's Army", "DPA", "the Dhidhessa People's Army", "Dhidhessa Peoples Army",
       "Dhidhessa People's Army (DPA)"]
LRLA = ["Lorentz Ridge Liberation Army", "LRLA", "the Lorentz Ridge Liberation Army",
        "Lorentz Ridge Liberation Army (LRLA)", "Tentara Pembebasan Punggung Lorentz"]
BOL = ("TD", "Lac", "Bol", 13.46729, 14.71352)
MAO = ("TD", "Kanem", "Mao", 14.12286, 15.31189)
MASSAKORY = ("TD", "Hadjer-Lamis", "Massakory", 12.99809, 15.73195)
DEMBIDOLO = ("ET", "Oromiya", "Dembī Dolo", 8.53333, 34.8)
BAYJI = ("IQ", "Salah ad Din", "Bayjī", 34.92915, 43.48878)
JAEN = ("PE", "Cajamarca", "Jaén", -5.70729, -78.80785)
CHICLAYO = ("PE", "Lambayeque", "Chiclayo", -6.77137, -79.84088)
KENYAM = ("ID", "Highland Papua", "Kenyam", -4.59972, 138.38417)
WAVE = "bol-mao-night-attacks-2026-02-10"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Chad (Lac, Kanem): an army camp in Bol and the prefecture and fuel depot of Mao, one night; claimed ----------
    at("bol-army-camp-attack-2026-02-10", "2026-02-10", BOL,
       "armed_assault", ABB, "claimed", None, ["firearm", "rocket"], ["military"], [],
       [9], [], [], [], S[0:2], group=WAVE, killed_best=9,
       note="The night of Tuesday 10 February 2026, about 11 p.m.: fighters in boats and pick-ups attacked the army camp "
            "at the lakeside port of Bol with rifles and rocket-propelled grenades: 9 soldiers killed (a1's tracker "
            "line; a2's live blog gives the same split in a late update). The wounded are given only for the two "
            "attacks together (21, on the group). Claimed by the Ansar al-Buhayra Brigades (invented) on Thursday "
            "12 February together with Mao."),
    at("mao-prefecture-fuel-depot-attack-2026-02-11", "2026-02-11", MAO,
       "armed_assault", ABB, "claimed", None, ["firearm", "fire"], ["government", "business"], ["civilians"],
       [4], [2], [], [], S[0:2], group=WAVE, killed_best=4,
       note="Wednesday 11 February 2026 about 1:30 a.m. (the same night, after midnight): another column attacked "
            "the prefecture of Mao (Kanem), about 100 km north-east of Bol, and set fire to a fuel depot next to it: "
            "4 killed (two prefecture guards and two fuel traders; 2 and 2 are parts, optional). Claimed with Bol."),
    at("massakory-truck-ied-2026-01-28", "2026-01-28", MASSAKORY,
       "bombing", None, None, None, ["ied"], ["civilians"], ["transportation", "business"], [3], [], [], [],
       ["a1_bol_mao_incident_tracker_export"], optional=True,
       note="Background line in a1's export with its own date (2026-01-28): a roadside bomb hit a cattle-traders' "
            "truck outside Massakory, 3 killed. Must not lend 3 to February."),
    # --- Ethiopia (Oromiya): four water-project staff kidnapped near Dembi Dolo; the guard shot dead -----------------
    at("dembidolo-aid-workers-kidnapping-2026-04-16", "2026-04-16", DEMBIDOLO,
       "kidnapping", DPA, "denied", None, ["firearm"], ["ngo"], ["civilians", "utilities"],
       [1], [], [1], [], S[2:4], killed_best=1, injured_best=1,
       note="Thursday 16 April 2026 about 3 p.m.: gunmen stopped a borehole-drilling crew of an invented NGO (Clear "
            "Spring Water Trust) at the village of Haro Gudina (invented), 'about 14 km west of Dembi Dolo' (coded at "
            "Dembī Dolo), shot dead the crew's guard, wounded the driver in the arm, and took four staff away "
            "(two engineers, a hygiene officer and a cook). The zone administration blames the Dhidhessa People's "
            "Army (invented), which denies it in a statement (denied). b2 (a forwarded voice note from a colleague, "
            "transcribed, posted Friday 17 April: 'yesterday afternoon'); b1 (an urgent-action appeal of an invented "
            "human-rights group, issued Tuesday 21 April). 'Drilling rig' and 'drill' are no attack."),
    at("dembidolo-health-workers-kidnapping-2025-11", "2025-11", DEMBIDOLO,
       "kidnapping", None, None, None, ["firearm"], ["health"], [], [], [], [], [],
       ["b1_dembidolo_urgent_action_appeal"], optional=True,
       note="Background in b1 ('in November 2025'): two health workers abducted on the same road, released after 40 "
            "days. No toll."),
    # --- Iraq (Salah ad Din): rockets on a gas compression station near Bayji; a wounded engineer dies later ---------
    at("bayji-gas-station-rocket-attack-2026-06-13", "2026-06-13", BAYJI,
       "shelling", None, None, None, ["rocket"], ["utilities", "business"], ["civilians"],
       [2, 3], [], [5], [4, 1], S[4:6], killed_best=3,
       note="Saturday 13 June 2026 about 11:40 p.m.: three rockets fell on a gas compression station run by an "
            "invented listed company (Tigris Lane Energy plc) outside Bayji: 2 contractors killed, 5 injured (one "
            "seriously: part, optional). c1 (the company's stock-exchange announcement, Monday 15 June; the dateline "
            "London and its meeting dates date nothing). c2 (an archived copy, captured 20 June, of a Baghdad news "
            "page first published 15 June and updated 17 June): the seriously injured engineer died in hospital in "
            "Tikrit (hospital town, no scene) on Tuesday 16 June: 3 killed; the page corrects its first '4 injured' "
            "to 5 (4 optional). Nobody claimed; nobody named (perpetrator null). killed_best 3; injured_best "
            "unscored (one of the injured died)."),
    at("bayji-refinery-road-bomb-2025-09-02", "2025-09-02", BAYJI,
       "bombing", None, None, None, ["ied"], ["military"], [], [2], [], [], [],
       ["c2_bayji_archived_news_page"], optional=True,
       note="Background in c2 with its own date ('on 2 September last year'): a roadside bomb near the Bayji refinery "
            "killed two soldiers. Must not lend 2."),
    # --- Peru (Cajamarca): a lone gunman kills a presenter of a church radio in Jaen and sets the studio on fire -----
    at("jaen-church-radio-presenter-killing-2026-08-21", "2026-08-21", JAEN,
       "assassination", None, None, None, ["firearm", "fire"], ["journalists"], ["religious", "civilians", "business"],
       [1], [], [3], [2], S[6:8], killed_best=1, injured_best=3,
       note="Friday 21 August 2026 about 7:15 a.m.: a man walked into the studio of an invented church-run radio "
            "station (Radio Voz del Marañón) in the city of Jaén (Cajamarca, Peru), shot dead the presenter of the "
            "morning programme, wounded the sound technician and a volunteer, and set the studio on fire with "
            "petrol; a neighbour was hurt by smoke. 3 injured ('two of them by bullets': part, optional). Police "
            "arrested him on Saturday and say he acted alone (lone attacker: perpetrator null). d1 (the diocese's "
            "weekly bulletin, Sunday 23 August; mass times and meetings date nothing); d2 (an opinion column, "
            "Tuesday 25 August, which says it is not Jaén in Andalusia, and talks of a football 'shot')."),
    at("chiclayo-reporter-house-shooting-2024-03", "2024-03", CHICLAYO,
       "armed_assault", None, None, None, ["firearm"], ["journalists"], [], [], [], [1], [],
       ["d2_jaen_opinion_column"], optional=True,
       note="Background in d2 ('in March 2024'): shots fired at a reporter's house in Chiclayo wounded his son. "
            "Must not lend 1 injured."),
    # --- Indonesia (Highland Papua): a school and a health post in Kenyam attacked and burned ------------------------
    at("kenyam-school-health-post-attack-2026-10-05", "2026-10-05", KENYAM,
       "armed_assault", LRLA, "attributed", None, ["firearm", "knife", "fire"], ["education", "health"],
       ["civilians"], [3], [2], [5], [2], S[8:10], killed_best=3, injured_best=5,
       note="Monday 5 October 2026 about 9 a.m.: armed men with rifles and machetes attacked a junior high school and "
            "the health post next to it in Kenyam, then burned both: 3 killed (two teachers and a nurse whose body "
            "was found in the burned post the next day: the first figure 2 is superseded, optional), 5 injured "
            "('two of them critically': part, optional), flown to Wamena (hospital town, no scene). The police blame "
            "the Lorentz Ridge Liberation Army (invented), which has not answered (attributed). e1 (a survivor "
            "interview in questions and answers, published Monday 12 October, done in Wamena on Saturday); e2 (a "
            "dated-bullet timeline explainer, published Friday 9 October)."),
    at("kenyam-road-workers-shooting-2026-08-02", "2026-08-02", KENYAM,
       "armed_assault", None, None, None, ["firearm"], ["civilians"], ["business"], [2], [], [], [],
       ["e2_kenyam_timeline_explainer"], optional=True,
       note="Background bullet in e2 dated 2 August 2026: two road-construction workers shot dead on the road out of "
            "Kenyam. Must not lend 2."),
]
groups = [dict(id=WAVE, members=["bol-army-camp-attack-2026-02-10", "mao-prefecture-fuel-depot-attack-2026-02-11"],
               killed=[13], killed_optional=[8, 11], injured=[21], injured_optional=[],
               note="Two attacks the same night in two towns (Bol, Lac, and Mao, Kanem), claimed together: one wave. "
                    "The army's total 13 killed and 21 wounded for both (no split of the wounded); a2's live blog has "
                    "'at least 8' then 11 before 13 (superseded, optional).")]
gold = dict(about="Hand-coded reference for eval/synthetic51/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_aljustrel_mine_drill_photo_gallery: a photo gallery of an underground rescue drill "
                           "at the copper mine of Aljustrel, Beja (Portugal): a simulated blast and rock fall, "
                           "'casualties' played by volunteers, nobody hurt. No attack: no incident.",
                           "b1/b2: the NGO's borehole drilling and its 'drilling rig' are no attack.",
                           "a2: a 'blast of cold, dusty air' is weather; d2: a football 'shot' is no attack.",
                           "c1: the company's shares, results and meeting dates are no incidents.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic51.gold.json"), "w"), indent=1, ensure_ascii=False)
