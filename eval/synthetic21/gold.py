#!/usr/bin/env python3
"""Writes synthetic21.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_tetovo_parliament", "a2_tetovo_denial_wire",
     "b1_belarus_state_agency", "b2_belarus_exile_telegram",
     "c1_guineabissau_weekly_brief", "c2_gabu_translated_daily",
     "d1_honiara_social_roundup", "d2_honiara_radio_transcript",
     "e1_outapi_agency", "e2_outapi_northern_daily",
     "f1_limassol_anniversary"]
EAGLES = ["Eagles of Shar", "Shar Eagles", "Shqiponjat e Sharrit", "the Eagles of Shar", "Eagles of Sharr",
          "Shqiponjat e Sharrit (Eagles of Shar)"]
PAHONIA = ["Pahonia Brigade", "Brigade Pahonia", "Pahonia", "Brigada Pahonia", "Pahonia Brigade (Brigada Pahonia)",
           "Pahonya Brigade"]
MFDC = ["Movement of Democratic Forces of Casamance", "MFDC", "Mouvement des forces démocratiques de Casamance",
        "Casamance separatists", "Casamance rebels", "Movimento das Forças Democráticas de Casamança"]
WAVE = "belarus-rail-sabotage-2026-05-17"
incidents = [
    # --- North Macedonia, Tetovo: a gunman attacks a police checkpoint and is killed; the group he is tied to denies ----
    inc("tetovo-checkpoint-attack-2026-09-13", "2026-09-13", "MK", "Tetovo", "Tetovo", 42.00973, 20.97155,
        "armed_assault", EAGLES, "denied", None, ["firearm", "grenade"], ["police"], ["civilians"],
        [1, 2], [3], [3], [2], S[0:2], killed_best=2,
        note="Sunday 13 September 2026 about 23:50: a gunman threw a hand grenade and fired an automatic rifle at a "
             "police checkpoint on the ring road at the northern entrance of Tetovo; police returned fire and killed "
             "him. a1 (excerpt of the Sobranie's sitting of Tuesday 15 September, the interior minister's statement "
             "and MPs' questions; 'on Sunday, ten minutes before midnight'): one officer killed, two officers and a "
             "passing motorist injured (3); the attacker, 34, 'had contacts' with the Eagles of Shar (Shqiponjat e "
             "Sharrit, invented), which had posted threats against the police. An MP recalls Kumanovo, May 2015 "
             "(background, optional). a2 (wire, Wednesday 16 September, dateline SKOPJE, 40 km from the scene): one of "
             "the wounded officers died on Tuesday night at the University Clinical Centre in Skopje (capital and "
             "hospital town that is no scene): two killed; 'three dead counting the gunman' (optional); the two other "
             "wounded (a part, optional). The Eagles of Shar, in a statement on Telegram, deny any involvement and "
             "say the man was never a member: responsibility 'denied' (the only actor named; the police link him "
             "to it, the group denies). The attacker's own death is no victim's (3 optional). injured_best unscored."),
    inc("kumanovo-clashes-2015-05", "2015-05", "MK", "Kumanovo", "Kumanovo", 42.13222, 21.71444,
        "battle", None, None, None, ["firearm"], ["police"], [], [8], [], [], [], ["a1_tetovo_parliament"], optional=True,
        note="Background in a1 (an opposition MP): 'in May 2015 in Kumanovo ... eight of our police officers were "
             "killed'. Month only. Must not lend 8 to Tetovo."),
    # --- Belarus: a bomb under a freight train near Orsha and a drone with explosives on a traction substation near
    #     Asipovichy the same night; claimed on Telegram by a partisan group; a gold group ---------------------------------
    inc("orsha-rail-bomb-2026-05-17", "2026-05-17", "BY", "Vitebsk", "Orsha", 54.5081, 30.4172,
        "bombing", PAHONIA, "claimed", None, ["explosive"], ["transportation"], ["utilities"],
        [1], [0], [2], [1], S[2:4], group=WAVE, killed_best=1,
        note="Sunday 17 May 2026 about 02:10: a charge under the track derailed the locomotive and three tank wagons of a "
             "freight train on the Minsk-Smolensk line some 6 km west of Orsha station (coded at Orsha). b1 (state news "
             "agency, Sunday, dateline MINSK, about 200 km away): the driver and his assistant injured (2), 'no one "
             "was killed' (0, optional); 'terrorist act' by 'extremist formations controlled from abroad' (no name). "
             "b2 (exile site in Vilnius, Monday 18 May): the assistant driver, 26, died on Sunday evening at the "
             "Vitebsk regional hospital (a hospital town that is no scene, 80 km): one killed; the driver still "
             "treated (a part, optional); the Pahonia Brigade (invented) claimed both blasts on its Telegram channel. "
             "injured_best unscored (one of the two died)."),
    inc("asipovichy-substation-drone-2026-05-17", "2026-05-17", "BY", "Mogilev", "Asipovichy", 53.3011, 28.6386,
        "bombing", PAHONIA, "claimed", None, ["drone", "explosive"], ["utilities"], ["transportation"],
        [1], [], [2], [], S[2:4], group=WAVE,
        note="The same night about 02:30: a drone carrying explosives struck the railway traction substation on the edge "
             "of Asipovichy (spelled Osipovichi in b1); a guard killed, two workers injured (b1 and b2 agree). b1 "
             "calls the drone 'an unmanned aerial vehicle'. Event type bombing (a partisan's drone-dropped charge)."),
    inc("barysaw-relay-cabinet-arson-2026-02-02", "2026-02-02", "BY", "Minsk", "Barysaw", 54.2279, 28.505,
        "other", PAHONIA, "claimed", None, ["fire"], ["transportation"], [], [], [], [], [],
        ["b2_belarus_exile_telegram"], optional=True,
        note="Background in b2 with its own date: on 2 February a relay cabinet was set on fire near Barysaw (Borisov), "
             "also claimed by the group; nobody hurt."),
    # --- Guinea-Bissau: a consultancy's weekly brief with a table of three separate incidents; a translated daily -------
    inc("gabu-minibus-ambush-2026-07-06", "2026-07-06", "GW", "Gabú", "Gabú", 12.28, -14.22222,
        "armed_assault", None, None, None, ["firearm"], ["civilians", "transportation"], [],
        [2, 3], [], [5, 6], [4], S[4:6], killed_best=3,
        note="Monday 6 July 2026 at dusk: gunmen stopped a passenger minibus at Sintchã Sambel (invented), about 12 km "
             "from Gabú on the road to Pirada, and fired on it; coded at Gabú. c1 (consultancy weekly brief, Monday 13 "
             "July, table and narrative): two killed, 'a handful' injured, table gives 2 / 5. c2 (Gabú daily, machine-"
             "translated from Portuguese, Tuesday 14 July): a third passenger died 'on Sunday' at the Simão Mendes "
             "hospital in Bissau (capital and hospital town that is no scene): three dead; 'half a dozen' wounded (6) "
             "in all, four still treated (a part, optional). No actor named: 'armed bandits' (perpetrator null)."),
    inc("farim-traders-kidnapping-2026-07-08", "2026-07-08", "GW", "Oio", "Farim", 12.48389, -15.22167,
        "kidnapping", MFDC, "suspected", None, ["firearm"], ["civilians", "business"], [],
        [], [], [], [], ["c1_guineabissau_weekly_brief"],
        note="Wednesday 8 July: armed men seized two Senegalese timber traders at a logging site north of Farim near the "
             "Senegalese border (c1 only); local officials suspect a faction of the MFDC (Casamance separatists): "
             "suspected. No casualty figures (killed and injured empty)."),
    inc("bafata-party-office-arson-2026-07-10", "2026-07-10", "GW", "Bafatá", "Bafatá", 12.16583, -14.66167,
        "other", None, None, None, ["fire"], ["other"], ["government", "business"],
        [], [], [1], [], ["c1_guineabissau_weekly_brief"],
        documents_optional=["c2_gabu_translated_daily"],
        note="Friday 10 July about 23:00: unknown men doused the regional office of an opposition party in Bafatá with "
             "petrol and set it alight; the night watchman was burned (1 injured). c1 only (c2 names it in a 'READ ALSO' headline: optional document). No actor named."),
    # --- Solomon Islands, Honiara: a lone man's bush-knife attack at the central market; a stadium crush the same day ---
    inc("honiara-market-knife-2026-10-24", "2026-10-24", "SB", "Honiara", "Honiara", -9.43333, 159.95,
        "armed_assault", None, None, None, ["knife"], ["civilians"], ["business"],
        [1, 2], [], [5, 6], [4], S[6:8], killed_best=2,
        note="Saturday 24 October 2026 about 9:30 a.m.: a man swung a bush knife at vendors and shoppers at Honiara "
             "Central Market; bystanders disarmed him and police arrested him. d1 (a news site's round-up of social-"
             "media posts, Saturday evening): the police post gives one killed and five injured; the National Referral "
             "Hospital post says it received six patients from the market. d2 (broadcaster's radio transcript, Monday "
             "26 October): a woman of 58 died on Sunday at the National Referral Hospital (in Honiara itself): two "
             "killed; four still in hospital (a part, optional). Police: the man, 29, acted alone (perpetrator null). "
             "The same evening's crush at the Lawson Tama stadium gates ('a score' hurt) is an accident, no incident, "
             "and must not lend its figures. injured_best unscored."),
    inc("honiara-unrest-arson-2021-11", "2021-11", "SB", "Honiara", "Honiara", -9.43333, 159.95,
        "other", None, None, None, ["fire"], ["business"], ["civilians"], [3], [], [], [],
        ["d2_honiara_radio_transcript"], optional=True,
        note="Background in d2 with only a month: the November 2021 unrest, when three bodies were found in a burnt "
             "store in Chinatown. Same town: must not merge with the market attack or lend 3."),
    # --- Namibia: a petrol bomb thrown into a shebeen in Outapi; dateline Windhoek; hospital in Oshakati ----------------
    inc("outapi-shebeen-petrol-bomb-2026-03-20", "2026-03-20", "NA", "Omusati", "Outapi", -17.50375, 14.98383,
        "other", None, None, None, ["fire"], ["civilians"], ["business"],
        [2, 4], [], [21], [20, 19, 6], S[8:10], killed_best=4,
        note="Friday 20 March 2026 about 22:30: a man threw a petrol bomb through the door of a crowded shebeen in the "
             "Oshipumbu section (invented) of Outapi after he had been thrown out. e1 (national news agency, Saturday "
             "21 March, dateline WINDHOEK, 600 km away): two burned to death; 'a score of patrons' injured, 21 "
             "according to the regional police commander (20 optional as the vague word); the worst taken to "
             "Oshakati Intermediate Hospital (a hospital town that is no scene, 83 km); a man of 41 arrested, acted "
             "alone (perpetrator null). e2 (northern regional daily, Tuesday 24 March, dateline OSHAKATI, the hospital "
             "town): two more died at Oshakati on Sunday and Monday: four dead; 19 of the injured surviving, half a "
             "dozen still in hospital (6, optional). injured_best unscored."),
]
groups = [dict(id=WAVE, members=["orsha-rail-bomb-2026-05-17", "asipovichy-substation-drone-2026-05-17"],
               killed=[1, 2], killed_optional=[], injured=[4, 3], injured_optional=[],
               note="Two attacks on railway targets the same night in Vitebsk and Mogilev regions, claimed together by the "
                    "Pahonia Brigade and told by both sources as one operation. b1 (state agency): one killed and four "
                    "injured in the two attacks. b2 (exile site, Monday): two dead and three still injured in all.")]
gold = dict(about="Hand-coded reference for eval/synthetic21/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents + [
                inc("limassol-car-bomb-2025-06-05", "2025-06-05", "CY", "Limassol", "Limassol", 34.68406, 33.03794,
                    "bombing", None, None, None, ["explosive"], ["business"], ["civilians"], [1], [], [2], [],
                    ["f1_limassol_anniversary"], optional=True,
                    note="The subject of f1, an anniversary piece published on Friday 5 June 2026: a year ago, on 5 June "
                         "2025, a bomb under a businessman's car killed him and injured his driver and a passer-by "
                         "outside a Limassol office block. No new attack: the article's date and figures must not make "
                         "an incident for 2026. Optional.")],
            groups=groups,
            not_incidents=["f1_limassol_anniversary: a Nicosia weekly's anniversary piece on last year's Limassol car "
                           "bomb (coded as an optional incident of 2025): a memorial, a stalled investigation, car-bomb "
                           "totals since 2020; no attack on the day: no incident of 2026.",
                           "The crush at the gates of Lawson Tama stadium in Honiara on the evening of 24 October (d1, "
                           "d2): an accident, no attack, 'a score' hurt: no incident.",
                           "Aggregates: the Eagles of Shar's threats and the 2001 conflict's dead (a1); 'more than a "
                           "dozen' sabotage acts on the railway since 2022 and prison terms (b1, b2); nineteen road "
                           "ambushes in Guinea-Bissau since January (c1); car bombs in Cyprus since 2020 (f1); murders in "
                           "Omusati last year (e2).",
                           "A dispersed demonstration in Bissau (c1), arrests and searches (a2, b1), a trial date "
                           "(e2) and a minute of silence (a1) are no attacks.",
                           "Headline lists under related-story headings, photo captions with other places and dates, "
                           "and unrelated posts are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic21.gold.json"), "w"), indent=1, ensure_ascii=False)
