#!/usr/bin/env python3
"""Writes synthetic40.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_tutong_embassy_alert", "a2_tutong_market_news",
     "b1_allsaints_police_post", "b2_allsaints_local_paper",
     "c1_atua_tv_debate", "c2_atua_church_fires_news",
     "d1_tautira_wedding_news", "d2_tautira_hospital_statement",
     "e1_andorra_on_this_day", "e2_santjulia_petrol_station_report",
     "f1_funafuti_traffic_weather_live"]
DAWN = ["New Dawn Front", "the New Dawn Front", "Barisan Fajar Baru", "New Dawn Front (Barisan Fajar Baru)",
        "Fajar Baru"]
WAVE = "samoa-atua-church-fires-2026-10-04"
incidents = [
    # --- Brunei: an explosion at the covered market of Tutong; an embassy security alert, then the next day's news --
    inc("tutong-covered-market-explosion-2026-08-11", "2026-08-11", "BN", "Tutong", "Tutong", 4.80278, 114.64917,
        "bombing", DAWN, "claimed", None, ["ied"], ["civilians", "business"], [],
        [3, 4], [], [11, 12], [5], S[0:2], killed_best=4, injured_best=12,
        note="Tuesday 11 August 2026 about 7:20 a.m.: a device hidden in a cool box under a fish stall exploded in "
             "the covered market (invented name) of Tutong during the morning rush. a1 (security alert of the Embassy "
             "of the invented Republic of Norvania in Bandar Seri Begawan, the capital about 35 km away that is no "
             "scene; Tuesday): 3 killed, 11 injured; a standing 'Previous alerts' list of older dated alerts (floods, "
             "a procession, a shooting in Kuala Belait in April). a2 (news site, Wednesday 12 August, dateline BANDAR "
             "SERI BEGAWAN): a fourth body found under the collapsed stall roof: 4 killed, 12 injured (nobody wounded "
             "died: injured_best 12; 'Five of them remain in the intensive care ward': a part, optional); the New Dawn Front (Barisan Fajar Baru, invented) claimed it on its website, "
             "relayed on its Telegram channel; the home affairs minister blames the Sungai Liang Brotherhood "
             "(invented), which denies on its own channel (responsibility stays 'claimed', perpetrator the claimant)."),
    inc("kuala-belait-karaoke-shooting-2026-04-24", "2026-04-24", "BN", "Belait", "Kuala Belait", 4.58361, 114.2312,
        "armed_assault", None, None, None, ["firearm"], ["business"], ["civilians"], [], [], [2], [],
        ["a1_tutong_embassy_alert"], optional=True,
        note="Background in a1's 'Previous alerts' list, with its own date (24 April 2026): shots fired at a karaoke "
             "bar in Kuala Belait, two injured. Must not lend 2 to Tutong."),
    inc("seria-bank-bin-device-2026-02", "2026-02", "BN", "Belait", "Seria", 4.60637, 114.32476,
        "bombing", None, None, None, ["ied"], ["business"], [], [], [], [1], [], ["a2_tutong_market_news"],
        optional=True,
        note="Background in a2 with only a month ('in February'): a small device in a rubbish bin outside a bank in "
             "Seria injured one passer-by."),
    # --- Antigua: a stabbing at the bus station of All Saints; the police force's social-media post, then a paper ---
    inc("all-saints-bus-station-stabbing-2026-05-22", "2026-05-22", "AG", "Saint Peter", "All Saints", 17.06671,
        -61.79303, "armed_assault", None, None, None, ["knife"], ["civilians", "transportation"], [],
        [1], [6], [2], [], S[2:4], killed_best=1, injured_best=2,
        note="Friday 22 May 2026 about 7:40 p.m.: a man of 22 with a knife attacked people waiting at the bus station "
             "of All Saints; a man of 34 killed, two injured (a woman of 27 and a bus driver of 51). b1 (the police "
             "force's page, post '2 h' old on Friday night, with reactions and residents' comments): 1 killed, 2 "
             "injured, a man arrested at the scene, 'acting alone' (a lone attacker: perpetrator null); a comment's "
             "rumour 'my cousin works there, he says 6 dead' (optional, the police reply: do not share rumours). b2 "
             "(local paper, Saturday 23 May morning, 'last evening'; based in Saint John's, about 8 km away, no "
             "scene): the victim's age, one injured is a bus driver; background November 2025 in Saint John's."),
    inc("saint-johns-bus-terminal-stabbing-2025-11", "2025-11", "AG", "Saint John", "Saint John’s", 17.12096,
        -61.84329, "armed_assault", None, None, None, ["knife"], ["civilians"], ["transportation"], [], [], [1], [],
        ["b2_allsaints_local_paper"], optional=True,
        note="Background in b2 with only a month ('in November last year'): a man stabbed and wounded at a bus "
             "terminal in Saint John's."),
    # --- Samoa (Atua): two churches set on fire the same night in Solosolo and Lalomanu; a TV debate and a report -----
    inc("solosolo-church-arson-2026-10-04", "2026-10-04", "WS", "Atua", "Solosolo", -13.87504, -171.64181,
        "other", None, None, None, ["fire"], ["religious"], [], [], [0], [], [0], S[4:6], group=WAVE,
        note="Early Sunday 4 October 2026 about 1:20 a.m.: petrol poured against the wooden doors of a Congregational "
             "church (invented name) in Solosolo and set alight; the porch and pews burned, nobody hurt. c2 (Apia news "
             "site, Sunday; Apia, the capital about 15 km away, is no scene): the two fires, police treat them as "
             "linked. c1 (TV debate transcript, Tuesday 6 October). No one named (perpetrator null)."),
    inc("lalomanu-church-arson-2026-10-04", "2026-10-04", "WS", "Atua", "Lalomanu", -14.04454, -171.43925,
        "other", None, None, None, ["fire"], ["religious"], [], [], [0], [1], [0], S[4:6], group=WAVE, injured_best=1,
        note="The same night about 2:05 a.m.: a Methodist church (invented name) in Lalomanu, some 28 km from "
             "Solosolo, set on fire the same way; its caretaker, a man of 63, was burned on the arms trying to put it "
             "out and taken to hospital in Apia (a hospital town that is no scene). c1: one guest says 'nobody was "
             "hurt' (0, wrong and corrected, optional), the other corrects him. c2: one caretaker burned."),
    inc("leulumoega-church-hall-fire-2019-06", "2019-06", "WS", "A'ana", "Leulumoega", -13.82297, -171.96127,
        "other", None, None, None, ["fire"], ["religious"], [], [], [], [], [], ["c1_atua_tv_debate"], optional=True,
        note="Background in c1 with its own year and month ('in June 2019'): a church hall in Leulumoega burned by "
             "arsonists, nobody hurt."),
    # --- French Polynesia: a grenade thrown into a wedding party in a village 8 km west of Tautira -----------------
    inc("tautira-wedding-grenade-2026-07-18", "2026-07-18", "PF", "Îles du Vent", "Tautira", -17.74744, -149.16123,
        "bombing", None, None, None, ["grenade"], ["civilians"], [],
        [1, 2], [], [9], [8, 3, 5, 7, 2], S[6:8], killed_best=2,
        note="Saturday 18 July 2026 about 10:30 p.m.: a grenade thrown over the fence from a passing car into the "
             "dancing area of a wedding party in the village of Vaiotaha (invented), 'about 8 km west of Tautira' "
             "on Tahiti Iti; coded at Tautira. d1 (news site, Sunday 19 July, dateline PAPEETE): 1 killed (the bride's "
             "uncle, at the scene), 9 injured taken to the hospital in Papeete (about 49 km away, a hospital town "
             "that is no scene); the gendarmerie names no one (perpetrator null). d2 (statement of the medical "
             "director of the invented Te Fare Ora General Hospital, Papeete, Monday 20 July): received nine "
             "patients; one patient died overnight (2 killed with the uncle); eight still in care, three critical, five "
             "stable, seven by ambulance and two by helicopter (parts, optional). injured_best left unscored (a wounded person died)."),
    # --- Andorra: a shooting at a petrol station in Sant Julia de Loria; an 'On this day' page and another outlet -----
    inc("sant-julia-petrol-station-shooting-2026-03-13", "2026-03-13", "AD", "Sant Julià de Loria",
        "Sant Julià de Lòria", 42.46372, 1.49129, "armed_assault", None, None, None, ["firearm"],
        ["business", "civilians"], [], [2], [], [], [0], S[8:10], killed_best=2,
        note="Friday 13 March 2026 about 9:15 p.m.: two gunmen on a motorcycle fired on the forecourt of a petrol "
             "station (invented name) in Sant Julia de Loria and fled south towards the border; an attendant of 29 "
             "and a customer, a lorry driver of 52, killed, nobody else hurt. e1 ('On this day: 14 March' page of a "
             "regional paper, Saturday 14 March; the 'Today's news' box: 'yesterday', 2 killed, no injured). e2 "
             "(another outlet, Saturday 14 March, dateline ANDORRA LA VELLA, the capital about 6 km away, no scene): "
             "the victims' jobs. No one named (perpetrator null). 'Nobody else was injured/hurt': injured [] with 0 "
             "optional, as the earlier sets code a nobody-hurt scene."),
    inc("encamp-post-office-parcel-bomb-1998-03-14", "1998-03-14", "AD", "Encamp", "Encamp", 42.53474, 1.58014,
        "bombing", None, None, None, ["explosive"], ["government"], ["civilians"], [], [], [1], [],
        ["e1_andorra_on_this_day"], optional=True,
        note="Background in e1's list ('1998 - ...' under 'On this day: 14 March'): a parcel bomb at the post office "
             "of Encamp injured a clerk."),
    inc("escaldes-jewellery-shop-shooting-2009-03-14", "2009-03-14", "AD", "Escaldes-Engordany", "les Escaldes",
        42.50729, 1.53414, "armed_assault", None, None, None, ["firearm"], ["business"], [], [1], [], [], [],
        ["e1_andorra_on_this_day"], optional=True,
        note="Background in e1's list ('2009 - ...'): robbers shot dead a security guard at a jewellery shop in les "
             "Escaldes."),
]
groups = [dict(id=WAVE, members=["solosolo-church-arson-2026-10-04", "lalomanu-church-arson-2026-10-04"],
               killed=[], killed_optional=[0], injured=[1], injured_optional=[0],
               note="Two churches of the same district (Atua) set on fire within an hour the same night, with the same "
                    "method; police treat them as linked and both sources tell them as one wave. c2: 'Across both fires, "
                    "a single person was hurt. Nobody died.' c1: 'nobody was hurt' (corrected at once: optional).")]
gold = dict(about="Hand-coded reference for eval/synthetic40/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_funafuti_traffic_weather_live: a traffic and weather live blog from Funafuti (Tuvalu) in "
                           "which a bus leaves the road and ends in the lagoon (5 killed, 20 injured); police call it "
                           "an accident ('a blast of wind', 'fire crews'). No attack: no incident.",
                           "Aggregates: explosions in Brunei this year (a2); knife crimes in Antigua this year (b2); "
                           "attacks on churches in Samoa since 2019 (c1); road deaths in Tuvalu this year (f1).",
                           "Arrests and detentions, roadblocks, a closed market and border crossing, a day of mourning, cancelled "
                           "flights, a burnt-out motorcycle, a ferry accident in the hospital's older statements (d2) "
                           "and a snowstorm and a fire in the 'On this day' list (e1) are no attacks. "
                           "The embassy's 'Previous alerts' about floods and a procession, the 'On this day' items that "
                           "are no attacks, headline lists under related-story headings and photo captions with other "
                           "places and dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic40.gold.json"), "w"), indent=1, ensure_ascii=False)
