#!/usr/bin/env python3
"""Writes synthetic48.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_saravena_observer_interim_report", "a2_saravena_tv_autocaption",
     "b1_pemba_financial_news", "b2_pemba_ngo_field_diary",
     "c1_kosti_embassy_security_alert", "c2_kosti_press_review",
     "d1_taloqan_obituary_condolences", "d2_taloqan_correspondent_qa",
     "e1_ataq_blog_forwarded_message", "e2_ataq_rss_feed_dump",
     "f1_hamar_letter_to_editor"]
FCS = ["Frente Comunero del Sarare", "FCS", "the Frente Comunero del Sarare", "Sarare Comunero Front",
       "Frente Comunero del Sarare (FCS)"]
HMB = ["Hilal Mobile Brigades", "HMB", "the Hilal Mobile Brigades", "Hilal Mobile Brigades (HMB)"]
ANSAR = ["Ansar al-Wadi", "Ansar al Wadi", "the Ansar al-Wadi group", "Ansar al-Wadi (AW)"]
SARAVENA = ("CO", "Departamento de Arauca", "Saravena", 6.96319, -71.8823)
PEMBA = ("MZ", "Cabo Delgado", "Pemba", -12.97395, 40.51775)
KOSTI = ("SD", "White Nile", "Kosti", 13.1629, 32.66347)
DOUIEM = ("SD", "White Nile", "Ad Douiem", 14.0012, 32.3116)
TALOQAN = ("AF", "Takhar", "Taloqan", 36.73605, 69.53451)
ATAQ = ("YE", "Shabwah", "Ataq", 14.53767, 46.83187)
WAVE = "saravena-registraduria-police-night-attacks-2026-02-10"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Colombia (Arauca): two explosive attacks in Saravena the same night, five days before a special election ------
    at("saravena-registraduria-bomb-2026-02-10", "2026-02-10", SARAVENA,
       "bombing", FCS, "claimed", None, ["explosive"], ["government"], ["civilians"],
       [1], [], [], [], S[0:2], group=WAVE, killed_best=1,
       note="The night of Tuesday 10 February 2026 about 11:40 p.m.: a charge of explosives left against the wall of "
            "the local office of the Registraduría (the civil registry that runs elections) in Saravena exploded; the "
            "night watchman was killed. Wounded are given only for the two attacks together (see the group). Claimed "
            "on Thursday 12 February by the Frente Comunero del Sarare (invented). a1: interim report of an invented "
            "election-observer mission, Friday 13 February (its meeting and deployment dates date nothing); a2: a "
            "local TV site's auto-caption transcript, Wednesday 11 February ('anoche', 'last night'). Wounded taken "
            "to Arauca city (hospital town, no scene). The special mayoral election of Sunday 15 February is no "
            "event."),
    at("saravena-police-station-grenade-attack-2026-02-10", "2026-02-10", SARAVENA,
       "bombing", FCS, "claimed", None, ["grenade", "firearm"], ["police"], ["civilians"],
       [2], [], [], [], S[0:2], group=WAVE, killed_best=2,
       note="Same night, about fifteen minutes later (about 11:55 p.m., before midnight, Tuesday 10 February): men on a motorbike "
            "threw two grenades and fired at the police station on the other side of the town (a named square): two "
            "police officers killed. Claimed with the first."),
    # --- Mozambique (Cabo Delgado): a graphite company's logistics yard attacked at a village west of Pemba -------------
    at("pemba-nacuta-logistics-yard-attack-2026-06-04", "2026-06-04", PEMBA,
       "armed_assault", None, None, None, ["firearm", "fire"], ["business"], ["civilians", "transportation"],
       [3, 4], [], [5], [2], S[2:4], killed_best=4,
       note="Thursday 4 June 2026 about 3 p.m.: armed men attacked the logistics yard of an invented graphite company at "
            "Nacuta, an invented village 'about 14 km west of Pemba' (coded at Pemba), shot at the guards and set four "
            "lorries on fire. b1 (financial news, Friday 5 June): 3 killed (two guards and a driver), 5 wounded 'two "
            "of them critically' (part, optional). The company's graphite mine far inland is a mining site, no "
            "scene. b2 (an NGO field diary blog, entries to Friday 12 June): one of the critically wounded guards "
            "died in Pemba's provincial hospital on Tuesday 9 June: 4 killed (best). Nobody is named: 'insurgents' "
            "(perpetrator null). Pemba shares its name with an island of Tanzania. injured_best unscored (one "
            "wounded died)."),
    # --- Sudan (White Nile): drones on the livestock market of Kosti; an embassy alert and a press review ----------------
    at("kosti-livestock-market-drone-strike-2026-07-19", "2026-07-19", KOSTI,
       "air_strike", HMB, "denied", None, ["drone"], ["civilians", "business"], ["education", "health"],
       [14, 17], [11, 9], [30, 38], [], S[4:6], killed_best=17, injured_best=38,
       note="Sunday 19 July 2026 about 10 a.m.: drones struck the livestock market of Kosti and a primary school "
            "beside it. c1 (an invented embassy's security alert, Monday 20 July: 'yesterday morning'): 'at least 11 "
            "reportedly killed' (early, superseded, optional). c2 (press review, Tuesday 21 July): one paper cites "
            "the local emergency room: 14 killed, 30 wounded; another cites the state health ministry on Monday "
            "evening: 17 killed, 38 wounded, 'nine of them children' (part, optional). The army blames the Hilal "
            "Mobile Brigades (invented), which deny it (denied). The wounded were taken across the river to Rabak "
            "(hospital town, no scene); the embassy writes from Port Sudan (no scene)."),
    at("ad-douiem-ferry-landing-drone-2026-05-03", "2026-05-03", DOUIEM,
       "air_strike", None, None, None, ["drone"], ["transportation", "civilians"], [], [6], [], [], [],
       ["c2_kosti_press_review"], optional=True,
       note="Background in c2 with its own date ('on 3 May'): a drone hit the ferry landing at Ad Douiem (Ed Dueim), "
            "killing six. Must not lend 6 to July."),
    # --- Afghanistan (Takhar): a radio presenter shot dead in Taloqan; an obituary page and a Q&A --------------------------
    at("taloqan-radio-presenter-shot-2026-09-12", "2026-09-12", TALOQAN,
       "assassination", None, None, None, ["firearm"], ["journalists"], ["civilians"],
       [1], [], [1], [], S[6:8], killed_best=1, injured_best=1,
       note="Saturday 12 September 2026 about 9:30 p.m. ('on Saturday night'): a lone gunman on foot shot dead the "
            "presenter of an invented local radio station as he left the studio in Taloqan; his cousin, a technician, "
            "was wounded in the arm. Nobody claimed; a single attacker, arrested, motive unknown (perpetrator null); a "
            "speculation about a group is no attribution. d1 (online obituary and condolence page, Monday 14 "
            "September; the burial 'on Sunday' at his home village near Khwaja Ghar dates nothing and is no scene); "
            "d2 (question-and-answer session with a correspondent, Wednesday 16 September)."),
    at("taloqan-mosque-bombing-2024-10-18", "2024-10-18", TALOQAN,
       "bombing", None, None, None, ["explosive"], ["religious"], ["civilians"], [5], [], [12], [],
       ["d2_taloqan_correspondent_qa"], optional=True,
       note="Background in d2 with its own date ('Friday 18 October 2024'): a bomb at a mosque in Taloqan during "
            "Friday prayers killed five and wounded twelve. Must not lend its figures."),
    # --- Yemen (Shabwah): two aid workers abducted and their driver killed at a checkpoint outside Ataq ------------------
    at("ataq-aid-workers-kidnapping-2026-11-02", "2026-11-02", ATAQ,
       "kidnapping", ANSAR, "attributed", None, ["firearm"], ["ngo"], ["transportation", "civilians"],
       [1], [], [], [], S[8:10], killed_best=1,
       note="Monday 2 November 2026 about 6 p.m. ('last evening' on the Tuesday): gunmen at a false checkpoint on the "
            "road just north of Ataq stopped a car of an invented water NGO, abducted two of its engineers and shot "
            "dead the driver. e1 (blog, Tuesday 3 November, that pastes a forwarded messaging-app text; a second "
            "forwarded message claiming two drivers dead is denied inside the page as a rumour); e2 (a raw RSS feed "
            "dump, Wednesday 4 November): the provincial security committee blames Ansar al-Wadi (invented): "
            "attributed. Datelines Aden and Mukalla are no scenes."),
    at("ataq-court-yard-bombing-2024-03-05", "2024-03-05", ATAQ,
       "bombing", None, None, None, ["explosive"], ["government"], [], [3], [], [], [],
       ["e2_ataq_rss_feed_dump"], optional=True,
       note="Background in another RSS item: a court in Ataq sentences three men for the bomb in the yard of the "
            "Ataq court on 5 March 2024 that killed three. The sentencing day dates nothing."),
]
groups = [dict(id=WAVE, members=["saravena-registraduria-bomb-2026-02-10",
                                 "saravena-police-station-grenade-attack-2026-02-10"],
               killed=[3], killed_optional=[], injured=[9], injured_optional=[7],
               note="Two attacks at two named sites of Saravena the same night, claimed together. a2 (Wednesday) gives "
                    "seven wounded in the two attacks (superseded, optional); a1 (Friday) gives three dead and nine "
                    "wounded for the two.")]
gold = dict(about="Hand-coded reference for eval/synthetic48/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_hamar_letter_to_editor: a reader's letter about a civil-defence exercise at Hamar "
                           "railway station (a staged 'attack' with actors), quarry blasting and a road accident; no "
                           "attack: no incident.",
                           "b1: the graphite mine inland is a mining site, no scene; share-price 'shots' and 'hits' are "
                           "no attacks.",
                           "e2: the RSS feed's other items (fuel prices, a football match's 'shot', a court sentence) "
                           "are no incidents of the day.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents; the election, meetings, a burial and the embassy's office hours are no "
                           "events."])
json.dump(gold, open(os.path.join(here, "synthetic48.gold.json"), "w"), indent=1, ensure_ascii=False)
