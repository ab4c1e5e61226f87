#!/usr/bin/env python3
"""Writes synthetic30.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_shrewsbury_evening_timeline", "a2_shrewsbury_wire_report",
     "b1_xaghra_police_press_release", "b2_xaghra_cell_claims_bomb",
     "c1_novo_mesto_shooting_brief", "c2_ljubljana_court_report",
     "d1_reykjanesbaer_mayor_interview", "d2_reykjanesbaer_fire_brief",
     "e1_lugano_cafe_bilingual", "e2_lugano_club_denies",
     "f1_luxembourg_metro_thriller_review"]
NIGHTSHADE = ["Nightshade Cell", "the Nightshade Cell", "Ċellula Belladonna", "Cellula Belladonna",
              "Nightshade Anarchist Cell", "Nightshade Cell (Ċellula Belladonna)"]
KOLPA = ["Kolpa Brotherhood", "the Kolpa Brotherhood", "Bratovščina Kolpa", "Kolpa Brotherhood (Bratovščina Kolpa)"]
WOLVES = ["Lupi del Ceresio", "Ceresio Wolves", "the Ceresio Wolves", "Lupi del Ceresio (Ceresio Wolves)"]
incidents = [
    # --- England: a man with a knife through four streets of Shrewsbury in one evening; a timeline and a wire ---------
    inc("shrewsbury-stabbing-spree-2026-10-09", "2026-10-09", "GB", "England", "Shrewsbury", 52.71009, -2.75208,
        "armed_assault", None, None, None, ["knife"], ["civilians"], ["business", "police"],
        [3], [2, 4], [6], [7], S[0:2], killed_best=3,
        note="Friday 9 October 2026 from 21:04 to 21:26: a man of 31 with a kitchen knife stabbed people in four "
             "streets of the centre of Shrewsbury (invented street names) until armed officers shot him dead at "
             "21:26; named by police as Kieran Holloway; he acted alone (a lone attacker: perpetrator null). One "
             "incident, not one per street. a1 (regional paper, Saturday 10 October, a timeline with clock-time "
             "headings): two killed at the scene, a woman of 67 died overnight at the Royal Stoke University Hospital "
             "in Stoke-on-Trent (about 50 km away, a hospital town that is no scene; the wounded also went to Telford): 3 killed, 6 injured; 'four people "
             "died, counting the attacker' (the attacker's own death: optional). a2 (wire, Friday night, dateline "
             "LONDON, the capital that is no scene): two killed, seven wounded (superseded: optional). injured_best "
             "left unscored (one of the seven wounded died)."),
    inc("hereford-nightclub-stabbing-2025-03", "2025-03", "GB", "England", "Hereford", 52.05684, -2.71482,
        "armed_assault", None, None, None, ["knife"], ["civilians"], ["business"], [1], [], [], [],
        ["a1_shrewsbury_evening_timeline"], optional=True,
        note="Background in a1 with only a month ('in March 2025'): a man stabbed to death outside a nightclub in "
             "Hereford."),
    # --- Malta (Gozo): a pipe bomb at the office of a local party in Xagħra; a police press release from PDF; a claim
    inc("xaghra-party-office-pipe-bomb-2026-03-16", "2026-03-16", "MT", "Ix-Xagħra", "Xagħra", 36.05, 14.26444,
        "bombing", NIGHTSHADE, "claimed", None, ["ied"], ["other"], ["government", "civilians"],
        [], [], [2], [], S[2:4], injured_best=2,
        note="Monday 16 March 2026 about 22:50: a pipe bomb left at the door of the office of the Gozitan Alliance "
             "(Alleanza Għawdxija, an invented local party) in Xagħra exploded; 2 injured (a party volunteer, 58, and a "
             "neighbour, 34), taken to the Gozo General Hospital in Victoria; the volunteer was later flown to Mater "
             "Dei Hospital in Msida (hospital towns, no scenes). b1 (police press release converted from PDF, Tuesday "
             "17 March, three pages with repeated headers and footers, hyphenated breaks, numbered appeals): 2 "
             "injured, no actor named. b2 (Gozo weekly, Thursday 19 March): a text signed by the Nightshade Cell "
             "(Ċellula Belladonna, an invented anarchist cell) posted on an anarchist website on Wednesday and shared "
             "on a Telegram channel claims the attack ('claimed'). Weapon: a home-made pipe bomb (ied)."),
    inc("nadur-councillor-car-arson-2024-11", "2024-11", "MT", "In-Nadur", "Nadur", 36.03778, 14.29417,
        "other", None, None, None, ["fire"], ["government"], [], [], [], [], [],
        ["b2_xaghra_cell_claims_bomb"], optional=True,
        note="Background in b2 with only a month ('in November 2024'): the car of a local councillor set on fire in "
             "Nadur, nobody hurt."),
    # --- Slovenia: a court report on a petrol-station shooting 14 months ago; a new shooting the night before --------
    inc("novo-mesto-gorenji-lazec-shooting-2026-02-10", "2026-02-10", "SI", "Novo Mesto", "Novo Mesto",
        45.80397, 15.16886, "armed_assault", KOLPA, "attributed", None, ["firearm"], ["civilians"],
        ["armed_group"], [1], [], [], [], S[4:6], killed_best=1,
        note="Tuesday 10 February 2026 about 23:15: a man of 34 shot dead in front of his house in the hamlet of "
             "Gorenji Lazec (invented, not in the gazetteer), 'about 6 km north of Novo Mesto'; coded at Novo Mesto. "
             "c1 (news site, Wednesday 11 February morning): 1 killed, nobody named. c2 (court report from the "
             "district court, Wednesday afternoon, dateline LJUBLJANA, no scene): its last two paragraphs report the "
             "shooting 'last night' and that police link it to the Kolpa Brotherhood (Bratovščina Kolpa, an invented "
             "gang), the gang of the accused ('attributed')."),
    inc("kranj-petrol-station-shooting-2024-12-09", "2024-12-09", "SI", "Kranj", "Kranj", 46.23887, 14.35561,
        "armed_assault", KOLPA, "attributed", None, ["firearm"], ["business", "civilians"], [], [1], [], [1], [],
        ["c2_ljubljana_court_report"], optional=True,
        note="The background of c2, the attack the trial is about (its own date, 'the night of 9 December 2024', "
             "fourteen months before): a gunman fired at a petrol station (invented) on the edge of Kranj during a "
             "robbery; the cashier, 52, killed, a customer wounded. The trial itself (Ljubljana) is no incident."),
    # --- Iceland: arson at a reception centre for asylum seekers in Reykjanesbær; the mayor's interview; a brief -----
    inc("reykjanesbaer-reception-centre-arson-2026-05-23", "2026-05-23", "IS", "Southern Peninsula", "Reykjanesbær",
        63.99813, -22.56111, "other", None, None, None, ["fire"], ["civilians"], ["other", "government"],
        [], [], [4], [3, 2], S[6:8], injured_best=4,
        note="Saturday 23 May 2026 about 02:40: a man of 46 poured petrol at the entrance of the Heiðarhús reception "
             "centre for asylum seekers (invented) at Ásbrú in Reykjanesbær and set it alight; 4 residents injured "
             "(smoke, a fall), taken to Landspítali in Reykjavík (about 35 km away, a hospital town that is no scene); "
             "nobody killed. He was arrested at the scene and acted alone (a lone attacker: perpetrator null). d2 "
             "(short news report, Saturday): three injured (superseded: optional). d1 (question-and-answer interview "
             "with the mayor, Sunday 24 May; the attack told only inside the answers): four injured, 'two of them "
             "are still in Landspítali' (a part: optional)."),
    # --- Switzerland (Ticino): a grenade thrown into a café in Lugano; a bilingual page; a wire with a denial --------
    inc("lugano-cafe-grenade-2026-07-03", "2026-07-03", "CH", "Ticino", "Lugano", 46.01008, 8.96004,
        "bombing", WOLVES, "denied", None, ["grenade"], ["civilians"], ["business"],
        [1], [], [5], [2], S[8:10], killed_best=1, injured_best=5,
        note="Friday 3 July 2026 about 22:40: a man on the back of a scooter threw a hand grenade onto the terrace of "
             "a café (invented) in the Cassarate quarter of Lugano; 1 killed (a man of 45), 5 injured. e1 (bilingual "
             "local page, Saturday 4 July: the same short report in English and then in Italian, one incident, not "
             "two; readers' comments recall an older attack in Mendrisio): 1 killed, 5 injured. e2 (wire in English, "
             "Sunday 5 July, dateline BERN, the capital that is no scene): the cantonal police examine links to the "
             "Lupi del Ceresio (Ceresio Wolves, an invented motorcycle club), which denies on its messaging channel "
             "('denied'); 'two of the injured remain in serious condition' (a part: optional)."),
    inc("mendrisio-jeweller-bomb-2025-03", "2025-03", "CH", "Ticino", "Mendrisio", 45.87019, 8.9816,
        "bombing", None, None, None, ["explosive"], ["business"], [], [], [], [], [],
        ["e1_lugano_cafe_bilingual"], optional=True,
        note="Recalled in a reader's comment under e1 ('the bomb at the jeweller's in Mendrisio in March 2025'): "
             "nobody hurt."),
]
groups = []
gold = dict(about="Hand-coded reference for eval/synthetic30/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_luxembourg_metro_thriller_review: a review of a new television thriller (Luxembourg) "
                           "about a bomb plot on an imagined Luxembourg City metro: a plot summary with invented deaths, "
                           "the actors, the ratings. Fiction: no incident.",
                           "c2_ljubljana_court_report: the trial in Ljubljana (testimony, an adjournment) is no attack; "
                           "the petrol-station shooting it is about is an optional background incident (Kranj, 9 "
                           "December 2024).",
                           "Aggregates: knife crime in the police area last year (a1); bomb attacks on Malta and Gozo "
                           "since 2010 (b2); asylum applications in Iceland last year (d1); homicides with a firearm in "
                           "Slovenia last year (c1); grenades seized in Switzerland (e2).",
                           "Arrests, a trial, a vigil, a council meeting and a television series are no attacks. Headline "
                           "lists under related-story headings, photo captions with other places and dates and the "
                           "Italian version of the English report in e1 are no further incidents."])
json.dump(gold, open(os.path.join(here, "synthetic30.gold.json"), "w"), indent=1, ensure_ascii=False)
