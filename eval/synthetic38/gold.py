#!/usr/bin/env python3
"""Writes synthetic38.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_weno_market_news", "a2_written_question_answer",
     "b1_typhoon_live_blog", "b2_dededo_shooting_followup",
     "c1_press_review_papers", "c2_fagatogo_ferry_arson",
     "d1_timeline_2026_marshall", "d2_majuro_ebeye_police_posts",
     "e1_koror_forum_thread", "e2_koror_police_release",
     "f1_school_newsletter_tarawa"]
KANTON = ["Kanton Tasi Crew", "the Kanton Tasi Crew", "Kanton Tasi", "Kanton Tasi gang", "KTC"]
TAUTAI = ["Tautai Sovereignty Front", "the Tautai Sovereignty Front", "Tautai Front", "TSF"]
AELON = ["Aelon Kein Front", "the Aelon Kein Front", "AKF", "Aelōn Kein Front"]
WAVE = "mh-majuro-ebaye-police-posts-2026-06-15"
incidents = [
    # --- Micronesia (Chuuk): a machete attack at the market of Weno; the day's news report and a written question --
    inc("weno-market-machete-2026-03-10", "2026-03-10", "FM", "Chuuk", "Weno", 7.44648, 151.84135,
        "armed_assault", None, None, None, ["knife"], ["civilians"], ["business"],
        [2], [1], [3], [4], S[0:2], killed_best=2, documents_optional=["d2_majuro_ebeye_police_posts"],
        note="Tuesday 10 March 2026 about 9:30 a.m.: a man with a machete attacked vendors and shoppers at the "
             "public market of Weno (Chuuk). a1 (FSM news site, Tuesday, dateline KOLONIA, Pohnpei, no scene): one "
             "killed (a vendor, 52), four wounded, one critically; attacker (named, 29) arrested at the scene. a2 "
             "(written question in the FSM Congress and the minister's answer, 'Answered on 18 March 2026', eight "
             "days after): two killed and three injured; the critically wounded woman died on 12 March after her "
             "evacuation to the hospital in Kolonia (Pohnpei; a hospital town that is no scene). The first toll 1 and "
             "the first count of 4 wounded are superseded (optional). A named lone man, no group: perpetrator null. "
             "injured_best left unscored (a wounded person died). Added after the texts were written: d2 in "
             "documents_optional (a headline 'market reopens after machete attack' in its list of other stories)."),
    # --- Guam: a typhoon live blog with a shooting at an aid distribution point near Dededo; a follow-up -----------
    inc("dededo-aid-point-shooting-2026-08-22", "2026-08-22", "GU", "Dededo", "Dededo Village", 13.51777, 144.8391,
        "armed_assault", KANTON, "denied", None, ["firearm"], ["civilians"], ["ngo", "religious"],
        [1], [], [1], [], S[2:4], killed_best=1, injured_best=1,
        note="Saturday 22 August 2026 about 2:40 p.m., as Typhoon Halia (invented) was passing: shots fired at a "
             "relief distribution point set up in the community hall of Tasi Lagu (an invented subdivision 'about 3 "
             "km north of Dededo', coded at Dededo Village) killed a man of 34 waiting in line and wounded a "
             "volunteer. b1 (live blog of a Guam news site, Saturday, newest first; storm deaths by drowning in "
             "Inarajan and a landslide in Talofofo are no attacks): 1 killed, 1 injured; police blame the Kanton Tasi "
             "Crew (invented gang); the gang is not said to claim it. b2 (follow-up, Sunday 23 August, dateline "
             "HAGATNA, the capital that is no scene): same figures; a lawyer for two of the gang's members says the "
             "gang had nothing to do with it ('denied'). Wounded volunteer treated at the hospital in Tamuning; the "
             "gang's pickup found burned near Yigo (no scene). Changed after the texts were written: ngo moved to "
             "targets_optional with religious (the wounded volunteer came from a church relief group; the man killed "
             "was a civilian in line)."),
    # --- American Samoa: a night-time arson on the ferry terminal of Fagatogo; a press review and a news report ------
    inc("fagatogo-ferry-terminal-arson-2026-05-07", "2026-05-07", "AS", "Eastern District", "Fagatogo", -14.2825,
        -170.69, "other", TAUTAI, "claimed", None, ["fire"], ["transportation"], ["business"],
        [0], [], [1], [], S[4:6], killed_best=0, injured_best=1,
        note="Thursday 7 May 2026 about 1:30 a.m.: the inter-island ferry terminal on the harbour at Fagatogo was "
             "set on fire; a security guard was burned and hurt by smoke (1 injured, nobody killed). c2 (news site, "
             "Thursday afternoon): the facts; the Tautai Sovereignty Front (invented) posted a claim on its Facebook "
             "page; police also question a sacked terminal employee. c1 (press review, Friday 8 May, 'What the "
             "papers say this morning'): one paper says the Front claimed it on a social network, another that "
             "police suspect a sacked employee, whose lawyer denies any part. Coded as claimed by the Front (the "
             "only group named). Event type other (arson), weapon fire."),
    inc("leone-taxi-driver-shooting-2025-08", "2025-08", "AS", "Western District", "Leone", -14.34389, -170.785,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], ["transportation"], [1], [], [], [],
        ["c1_press_review_papers"], optional=True,
        note="Background in c1 (the court-case item): the trial of a man accused of shooting dead a taxi driver in "
             "Leone in August 2025."),
    # --- Marshall Islands: two police posts bombed the same morning in Majuro and Ebeye (Ebaye); a wave ----------
    inc("majuro-police-post-bombing-2026-06-15", "2026-06-15", "MH", "Majuro Atoll", "Majuro", 7.08971, 171.38027,
        "bombing", AELON, "claimed", None, ["explosive"], ["police"], ["civilians"],
        [2], [], [4], [2], S[6:8], group=WAVE, killed_best=2, injured_best=4,
        note="Monday 15 June 2026 about 5:50 a.m.: a bomb left at the door of the police post at Delap in Majuro "
             "exploded: two officers killed, four injured (two flown to Honolulu: a part and a hospital town that is "
             "no scene). d2 (news, Tuesday 16 June, dateline MAJURO) gives each town's toll; d1 (wiki-style page "
             "'2026 in the Marshall Islands', one entry for both posts) gives only the combined toll. Claimed on a "
             "Telegram channel by the Aelon Kein Front (invented). Added after the texts were written: injured 2 optional "
             "(the two flown to Honolulu, a part) and civilians optional (a taxi driver and a passer-by among the "
             "wounded)."),
    inc("ebaye-police-post-bombing-2026-06-15", "2026-06-15", "MH", "Kwajalein Atoll", "Ebaye", 8.77479, 167.73919,
        "bombing", AELON, "claimed", None, ["explosive"], ["police"], ["civilians"],
        [1], [], [2], [], S[6:8], group=WAVE, killed_best=1, injured_best=2,
        note="The same morning about 6:10 a.m.: a bomb at the police post of Ebeye (Kwajalein Atoll; GeoNames "
             "'Ebaye') killed an officer and injured two people (an officer and a boy of 14). Claimed with Majuro."),
    inc("jabor-police-station-grenade-2023-09", "2023-09", "MH", "Jaluit Atoll", "Jabor", 5.92098, 169.64335,
        "bombing", None, None, None, ["grenade"], ["police"], [], [], [], [2], [],
        ["d2_majuro_ebeye_police_posts"], optional=True,
        note="Background in d2 ('in September 2023'): a grenade thrown at the police station in Jabor wounded two "
             "officers."),
    # --- Palau: a lone gunman at a nightclub in Koror; a forum thread and the police press release ----------------
    inc("koror-nightclub-shooting-2026-10-03", "2026-10-03", "PW", "Koror", "Koror", 7.33978, 134.47326,
        "armed_assault", None, None, None, ["firearm"], ["civilians", "business"], [],
        [2], [5], [4], [2], S[8:10], killed_best=2, injured_best=4,
        note="Saturday 3 October 2026 about 11:40 p.m.: a lone gunman fired into the crowd at a nightclub (invented) "
             "in Koror: two killed, four injured (Belau National Hospital, in Koror). e2 (police press release, "
             "Sunday 4 October, 'Unofficial translation' from Palauan, reference number): 2 killed, 4 injured, 'a "
             "lone gunman', still sought. e1 (forum thread, Sunday): a rumour 'heard 5 dead' (optional) and a later "
             "post quoting the police statement (2 and 4). Perpetrator null. Added after the texts were written: "
             "injured 2 optional ('Two of the injured have undergone surgery', a part)."),
    inc("koror-nightclub-stabbing-2025-07", "2025-07", "PW", "Koror", "Koror", 7.33978, 134.47326,
        "armed_assault", None, None, None, ["knife"], ["civilians"], ["business"], [], [], [1], [],
        ["e1_koror_forum_thread"], optional=True,
        note="Background in e1 ('July last year'): a man stabbed outside the same club."),
]
groups = [dict(id=WAVE, members=["majuro-police-post-bombing-2026-06-15", "ebaye-police-post-bombing-2026-06-15"],
               killed=[3], killed_optional=[], injured=[6], injured_optional=[],
               note="Two bombs at two police posts the same morning, claimed together; d1 gives three killed and six "
                    "injured in all; d2 gives the same total after each town's figures.")]
gold = dict(about="Hand-coded reference for eval/synthetic38/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_school_newsletter_tarawa: a school newsletter from South Tarawa (Kiribati) whose "
                           "'lockdown drill' with the police was an 'active shooter exercise': no attack, no incident.",
                           "b1: storm deaths by drowning (Inarajan) and a landslide (Talofofo), flooding and power "
                           "cuts are no attacks.",
                           "Aggregates and year-long tolls (storm deaths this season, assaults this year, homicides "
                           "in 2025) are no incidents. Headline lists under related-story headings and photo captions "
                           "with other places and dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic38.gold.json"), "w"), indent=1, ensure_ascii=False)
