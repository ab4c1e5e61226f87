#!/usr/bin/env python3
"""Writes synthetic44.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_potiskum_humanitarian_sitrep", "a2_potiskum_parish_newsletter",
     "b1_dumka_university_statement", "b2_dumka_email_alert_digest",
     "c1_pagadian_maritime_security_bulletin", "c2_pagadian_live_blog",
     "d1_salvatierra_regional_daily", "d2_salvatierra_photo_gallery",
     "e1_kombolcha_wire", "e2_kombolcha_tv_evening_news",
     "f1_kamloops_mine_blast_explainer"]
KAS = ["Katibat Abna al-Sahil", "Sons of the Sahel Brigade", "KAS", "the Sons of the Sahel Brigade",
       "Katibat Abna' al-Sahil", "Katibat Abna al-Sahil (KAS)"]
JLS = ["Janmukti Lal Sena", "JLS", "the Janmukti Lal Sena", "Jan Mukti Lal Sena", "People's Liberation Red Army"]
CNFB = ["Cártel Nueva Frontera del Bajío", "Cartel Nueva Frontera del Bajio", "CNFB", "the Cártel Nueva Frontera del Bajío",
        "Nueva Frontera del Bajío", "New Bajío Frontier Cartel"]
POTISKUM = ("NG", "Yobe", "Potiskum", 11.71391, 11.08108)
GASHUA = ("NG", "Yobe", "Gashua", 12.87398, 11.04057)
DUMKA = ("IN", "Jharkhand", "Dumka", 24.26778, 87.24855)
PAGADIAN = ("PH", "Zamboanga Peninsula", "Pagadian", 7.8257, 123.437)
SALVATIERRA = ("MX", "Guanajuato", "Salvatierra", 20.21322, -100.88023)
MOROLEON = ("MX", "Guanajuato", "Moroleón", 20.12571, -101.19208)
KOMBOLCHA = ("ET", "Amhara", "Kombolcha", 11.08155, 39.74339)
WAVE = "potiskum-motor-park-and-church-attacks-2026-01-17"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Nigeria (Yobe): a bomb at the motor park and an attack on a church in Potiskum, the same evening -------------
    at("potiskum-motor-park-bombing-2026-01-17", "2026-01-17", POTISKUM,
       "bombing", KAS, "claimed", None, ["ied"], ["transportation", "civilians"], ["business"],
       [], [], [], [], S[0:2], group=WAVE,
       note="Saturday 17 January 2026 about 7:40 p.m.: a bomb left in a sack among the luggage beside a loading minibus (a planted bomb, ied, no vehicle bomb) exploded at the Gadaka Road "
            "motor park (invented name) of Potiskum. No per-site death toll is given: only the combined figure for "
            "the two sites (see the group). Casualties taken to Damaturu (hospital town, no scene). Claimed on Monday "
            "19 January by the Katibat Abna al-Sahil / Sons of the Sahel Brigade (invented)."),
    at("potiskum-church-attack-2026-01-17", "2026-01-17", POTISKUM,
       "armed_assault", KAS, "claimed", None, ["firearm", "grenade"], ["religious", "civilians"], [],
       [4], [], [], [], S[0:2], group=WAVE, killed_best=4,
       note="About twenty minutes later, the same evening: two gunmen threw a grenade into the courtyard of St. Columba's "
            "Catholic Church (invented) in another quarter of Potiskum during an evening prayer meeting and fired on "
            "the people fleeing: four killed (a2, the parish newsletter, Sunday 25 January). Wounded only given for "
            "the two sites together."),
    at("gashua-farmers-kidnapping-2026-01-09", "2026-01-09", GASHUA,
       "kidnapping", None, None, None, ["firearm"], ["civilians"], [], [], [], [], [],
       ["a1_potiskum_humanitarian_sitrep"], optional=True,
       note="Background in a1's table with its own date (9 January): six farmers abducted by gunmen near Gashua."),
    # --- India (Jharkhand): a landmine on the exam-paper escort near a village outside Dumka ----------------------------
    at("dumka-kusumdih-exam-escort-ied-2026-03-16", "2026-03-16", DUMKA,
       "bombing", JLS, "attributed", None, ["ied"], ["police", "education"], ["government"],
       [3, 4], [2], [6], [2, 5], S[2:4], killed_best=4,
       note="Monday 16 March 2026 about 8:50 a.m.: an IED under the road near Kusumdih (invented village 'about 22 km "
            "north-west of Dumka'; coded at Dumka) hit the police jeep escorting the university's examination papers. "
            "b2 (e-mail news-alert digest, Monday evening): 09:12 'two policemen killed' (superseded, optional), 10:40 "
            "three killed (two policemen and a university clerk), six injured, 'two of them critically' (part, "
            "optional), taken to Ranchi (hospital town, no scene). b1 (the university's statement to students and "
            "staff, Thursday 19 March): a third policeman died in Ranchi on Wednesday: 4 killed; 'five remain in "
            "hospital' (part, optional). Police blame the Janmukti Lal Sena (invented), no denial: attributed. "
            "Exams rescheduled: those dates date nothing. injured_best unscored."),
    # --- Philippines (Zamboanga Peninsula): gunmen board a cargo ship at Pagadian anchorage, kill a guard, take crew ----
    at("pagadian-cargo-ship-crew-kidnapping-2026-02-10", "2026-02-10", PAGADIAN,
       "kidnapping", None, None, None, ["firearm"], ["transportation", "business"], ["civilians"],
       [1], [2], [2], [], S[4:6], killed_best=1, injured_best=2,
       note="The night of Tuesday 10 February 2026 about 11:30 p.m.: armed men in a pumpboat boarded the cargo vessel "
            "MV Dumalinao Star (invented) anchored off the port of Pagadian, shot dead a security guard, wounded two "
            "crew and took away three crew members. Nobody named (perpetrator null). c2 (live blog, Wednesday 11 "
            "February): a first post says two guards killed; 'Correction' says one killed (2 superseded, optional). "
            "The wounded were flown to Zamboanga City (hospital city, no scene). c1 (weekly maritime security "
            "bulletin, Friday 13 February) lists the incident with others (a petty theft in the Singapore Strait, a "
            "port security drill) that are no attacks."),
    # --- Mexico (Guanajuato): gunmen shoot up and burn a bar in Salvatierra; blamed cartel denies ----------------------
    at("salvatierra-bar-shooting-arson-2026-05-16", "2026-05-16", SALVATIERRA,
       "armed_assault", CNFB, "denied", None, ["firearm", "fire"], ["business", "civilians"], [],
       [7, 8], [], [5], [4], S[6:8], killed_best=8,
       note="Saturday 16 May 2026 about 11 p.m.: gunmen entered the bar 'La Cascada' (invented) in the centre of "
            "Salvatierra, opened fire on customers and staff, then poured petrol and set it on fire. d1 (regional "
            "daily, Monday 18 May, 'on Saturday night'): 7 killed, 5 wounded; the state prosecutor blames the Cártel "
            "Nueva Frontera del Bajío (invented); banners signed by it on Sunday deny ('denied'). d2 (press photo "
            "gallery, Tuesday 19 May): one of the wounded died in hospital in Irapuato (hospital city, no scene): 8; "
            "'four still in hospital' (part, optional). injured_best unscored. Salvatierra is also the name of towns "
            "in Spain."),
    at("moroleon-bar-shooting-2026-03-21", "2026-03-21", MOROLEON,
       "armed_assault", None, None, None, ["firearm"], ["business", "civilians"], [], [6], [], [], [],
       ["d1_salvatierra_regional_daily"], documents_optional=["d2_salvatierra_photo_gallery"], optional=True,
       note="Background in d1 with its own date ('on 21 March'): six people shot dead in a bar in Moroleón; d2 has a "
            "file photo of its scene dated the next day (22 March)."),
    # --- Ethiopia (Amhara): a lone man throws a grenade into a café showing a football match in Kombolcha --------------
    at("kombolcha-cafe-grenade-2026-09-20", "2026-09-20", KOMBOLCHA,
       "bombing", None, None, None, ["grenade"], ["civilians", "business"], [],
       [3, 4], [], [21], [17], S[8:10], killed_best=4,
       note="Sunday 20 September 2026 about 9:15 p.m.: a man threw a hand grenade into a café crowded with people "
            "watching a football match in Kombolcha; he was caught by the crowd and handed to police, who say he acted "
            "alone (lone attacker: perpetrator null). e1 (wire, Monday 21 September, dateline ADDIS ABABA, 'on Sunday "
            "night'): 3 killed, 21 injured, taken to Dessie (hospital town, no scene). e2 (TV evening news transcript, "
            "Tuesday 22 September): a young woman died in Dessie on Tuesday morning: 4; '17 still in hospital' (part, "
            "optional). injured_best unscored. The match's 'shot' and a 'blast of cold air' are no attacks."),
]
groups = [dict(id=WAVE, members=["potiskum-motor-park-bombing-2026-01-17", "potiskum-church-attack-2026-01-17"],
               killed=[19], killed_optional=[15], injured=[52], injured_optional=[],
               note="Two attacks the same evening at two named sites of Potiskum, claimed together: one wave. a1 (sitrep, "
                    "Tuesday 20 January): 19 killed and 52 injured at the two sites (no split), up from a first report "
                    "of 15 killed (superseded, optional); a2 gives 4 dead at the church.")]
gold = dict(about="Hand-coded reference for eval/synthetic44/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_kamloops_mine_blast_explainer: a Q&A explainer on an explosion at a copper mine near "
                           "Kamloops, British Columbia (Canada): a blasting accident in the pit that injured two "
                           "workers; the police found nothing criminal. No attack: no incident.",
                           "c1: a petty theft of paint from a tanker in the Singapore Strait and a port security drill "
                           "are no attacks.",
                           "e1/e2: the football match's 'shot' and the weather's 'blast of cold air' are no attacks.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents; meeting, exam, upload and mass dates date nothing."])
with open(os.path.join(here, "synthetic44.gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
    f.write("\n")
