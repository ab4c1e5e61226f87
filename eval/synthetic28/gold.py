#!/usr/bin/env python3
"""Writes synthetic28.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_lucenec_amp_page", "a2_lucenec_agency_update",
     "b1_jihlava_live_page", "b2_jihlava_followup",
     "c1_szolnok_translated_local", "c2_szolnok_wire",
     "d1_albina_opinion_column", "d2_albina_checkpoint_news",
     "e1_morning_newsletter", "e2_tartu_viljandi_arson",
     "f1_ireland_match_report"]
HERON = ["Black Heron gang", "Black Heron", "the Black Heron gang", "Fekete Gém", "Fekete Gém gang",
         "Fekete Gem", "Black Heron (Fekete Gém)"]
ASH = ["Northern Ash", "the Northern Ash", "Northern Ash group", "Põhjatuhk", "Pohjatuhk", "Northern Ash (Põhjatuhk)"]
WAVE = "ee-tartu-viljandi-party-offices-2026-03-26"
SR_NOTE = "Background in the column d1 (one of seven earlier attacks listed with a date, a place and a toll): "
incidents = [
    # --- Slovakia: a bomb among the fruit stalls of the market of Lucenec; a mobile/AMP page and an agency update ---
    inc("lucenec-market-bomb-2026-05-16", "2026-05-16", "SK", "Banskobystrický kraj", "Lučenec", 48.33249, 19.66708,
        "bombing", None, None, None, ["ied"], ["civilians", "business"], [],
        [9, 11], [2], [31, 33], [3, 5, 19], S[0:2], killed_best=11,
        note="Saturday 16 May 2026 about 8:40 a.m.: a home-made device left in a shopping trolley among the fruit and "
             "vegetable stalls of the town market of Lucenec exploded among Saturday shoppers. a1 (mobile/AMP page of "
             "a Bratislava news site, Saturday; 'Key points' box of four bullets at the top: 'At least 9 dead, 31 "
             "hurt'; body cut by 'Continue reading below' / 'Advertisement' / 'Read more' breaks). a2 (agency update, "
             "Sunday 17 May, dateline BRATISLAVA, no scene): two women died overnight in the regional hospital in "
             "Banska Bystrica (about 60 km away, a hospital town that is no scene): 11 killed, 33 injured (more came "
             "forward with light injuries), 19 still in hospital (a part, optional). No claim, nobody named "
             "(perpetrator null). injured_best left unscored (two of the wounded died). Parts, optional (added after the "
             "texts were written): 'three of the most seriously injured' flown by helicopter (a1), 'two women died', "
             "'five of them in intensive care' (a2)."),
    inc("rimavska-sobota-betting-shop-blast-2025-11", "2025-11", "SK", "Banskobystrický kraj", "Rimavská Sobota",
        48.38284, 20.02239, "bombing", None, None, None, ["explosive"], ["business"], ["civilians"], [], [], [2], [],
        ["a2_lucenec_agency_update"], optional=True,
        note="Background in a2 with only a month ('in November 2025'): a small explosive charge outside a betting "
             "shop in Rimavska Sobota injured two passers-by. Must not lend 2 or its place to Lucenec."),
    # --- Czech Republic: a lone man takes five hostages in a bank in Jihlava; police assault; a reverse live page ---
    inc("jihlava-bank-hostage-2026-02-10", "2026-02-10", "CZ", "Vysočina", "Jihlava", 49.3961, 15.59124,
        "kidnapping", None, None, None, ["firearm"], ["business", "civilians"], ["police"],
        [2], [0, 1, 3], [2], [0, 1], S[2:4], killed_best=2, injured_best=2,
        note="Tuesday 10 February 2026 about 10:05 a.m.: a man of 47 with a pistol entered the branch of an invented "
             "savings bank on the main square of Jihlava and held five people (three staff, two customers); one "
             "released at 13:30; the police special unit stormed the branch at 16:31. Two hostages killed (a clerk "
             "of 31 and a customer of 66), the hostage-taker killed (his death is no victim figure: 1 and 'three "
             "people died' optional), a police officer shot in the leg and a hostage cut by glass: 2 injured. b1 "
             "(live page of a Prague news site in REVERSE order, newest entry first: 17:55 final figures ... 11:48 "
             "'no one has been hurt so far', superseded 0 optional; 16:42 'one person reportedly injured', "
             "superseded 1 optional). b2 (follow-up, Wednesday 11 February, dateline PRAGUE, no scene). Acted alone "
             "(a lone attacker: perpetrator null)."),
    # --- Hungary: a bomb at a roadside inn in the village of Alsorete south of Szolnok; a translated local page, a wire
    inc("szolnok-alsorete-inn-bomb-2026-09-17", "2026-09-17", "HU", "Jász-Nagykun-Szolnok", "Szolnok", 47.18333, 20.2,
        "bombing", HERON, "denied", None, ["ied"], ["business", "civilians"], [],
        [5, 7], [1, 2, 4], [12, 14], [2, 3], S[4:6], killed_best=7,
        note="Thursday 17 September 2026 about 9:40 p.m.: a home-made bomb left at the entrance of a roadside inn "
             "(invented) in the village of Alsorete (invented, not in the gazetteer), 'some 12 km south of Szolnok'; "
             "coded at Szolnok. c1 (provincial Szolnok site, machine-translated English page, Friday 18 September, "
             "'Thursday the 17th of this month'): 'the explosion made 5 dead and 12 wounded according to the "
             "provisional balance', the wounded evacuated 'towards the hospital of Kecskemet' (about 60 km, a "
             "hospital town that is no scene); the county police suspect the Black Heron gang (Fekete Gem, invented) "
             "that had demanded protection money from the inn's owner. c2 (English wire, Saturday 19 September, "
             "dateline BUDAPEST, no scene): 7 dead (two of the wounded died in Kecskemet), 14 wounded (more people "
             "treated); a lawyer for the gang's alleged leader denies any link: blamed and denied ('denied'). "
             "injured_best left unscored. Parts, optional (added after the texts were written): 'the cook of the inn "
             "and four guests', 'three of them in state of life danger' (c1), 'two more people have died', 'two "
             "villagers who had been hit by glass' (c2)."),
    inc("cegled-car-wash-grenade-2024-06", "2024-06", "HU", "Pest", "Cegléd", 47.17266, 19.79952,
        "bombing", None, None, None, ["grenade"], ["business"], [], [], [], [3], [],
        ["c2_szolnok_wire"], optional=True,
        note="Background in c2 with only a month ('in June 2024'): a hand grenade thrown into a car wash in Cegled "
             "injured three."),
    # --- Suriname: gunmen attack a police checkpoint near Albina; an opinion column (seven past attacks) and a news page
    inc("albina-police-checkpoint-2026-11-02", "2026-11-02", "SR", "Marowijne", "Albina", 5.49788, -54.05522,
        "armed_assault", None, None, None, ["firearm"], ["police"], [],
        [3], [], [1], [], ["d1_albina_opinion_column", "d2_albina_checkpoint_news"], killed_best=3, injured_best=1,
        note="Monday 2 November 2026 about 7:30 p.m.: gunmen in a pick-up opened fire on the police checkpoint at the "
             "Mariakreek bridge (invented, not in the gazetteer), 'some 6 km west of Albina' on the East-West road; "
             "three officers killed, one wounded; the attackers fled towards the river. Nobody named (perpetrator "
             "null). d2 (Paramaribo news site, Monday night, dateline PARAMARIBO, no scene): 3 killed, 1 wounded. d1 "
             "(opinion column, Tuesday 3 November; 'yesterday'): 3 officers killed is the only news; then seven "
             "earlier attacks (optional incidents below) and a year-long aggregate; author bio; 'The views expressed "
             "are the author's own'."),
    inc("brokopondo-gold-buyer-robbery-2019-03-14", "2019-03-14", "SR", "Brokopondo", "Brokopondo", 5.05594, -54.98043,
        "armed_assault", None, None, None, ["firearm"], ["business"], [], [2], [], [], [],
        ["d1_albina_opinion_column"], optional=True,
        note=SR_NOTE + "14 March 2019, gunmen robbed a gold buyer's shop in Brokopondo, two killed."),
    inc("moengo-police-post-2020-08-08", "2020-08-08", "SR", "Marowijne", "Moengo", 5.61411, -54.40121,
        "armed_assault", None, None, None, ["firearm"], ["police"], [], [1], [], [], [],
        ["d1_albina_opinion_column"], optional=True,
        note=SR_NOTE + "8 August 2020, shots at the police post of Moengo, one officer killed."),
    inc("nieuw-nickerie-bar-grenade-2021-01-23", "2021-01-23", "SR", "Nickerie", "Nieuw Nickerie", 5.92606, -56.97297,
        "bombing", None, None, None, ["grenade"], ["business", "civilians"], [], [], [], [4], [],
        ["d1_albina_opinion_column"], optional=True,
        note=SR_NOTE + "23 January 2021, a grenade thrown into a bar in Nieuw Nickerie, four injured."),
    inc("brownsweg-mining-camp-2022-06-02", "2022-06-02", "SR", "Brokopondo", "Brownsweg", 5.00435, -55.15333,
        "armed_assault", None, None, None, ["firearm"], ["business", "civilians"], [], [3], [], [], [],
        ["d1_albina_opinion_column"], optional=True,
        note=SR_NOTE + "2 June 2022, an attack on a gold-mining camp near Brownsweg, three killed."),
    inc("lelydorp-fuel-station-robbery-2023-10-30", "2023-10-30", "SR", "Wanica", "Lelydorp", 5.7, -55.23333,
        "armed_assault", None, None, None, ["firearm"], ["business"], [], [1], [], [2], [],
        ["d1_albina_opinion_column"], optional=True,
        note=SR_NOTE + "30 October 2023, the armed robbery of a fuel station in Lelydorp, a guard killed, two "
                       "injured."),
    inc("albina-ferry-police-post-2024-04-11", "2024-04-11", "SR", "Marowijne", "Albina", 5.49788, -54.05522,
        "armed_assault", None, None, None, ["firearm"], ["police"], [], [], [], [2], [],
        ["d1_albina_opinion_column"], optional=True,
        note=SR_NOTE + "11 April 2024, shots at the police post by the ferry landing in Albina, two officers "
                       "injured. Same town as the news of the day, another date: must not lend its figure."),
    inc("wageningen-payroll-ambush-2025-07-19", "2025-07-19", "SR", "Nickerie", "Wageningen", 5.7601, -56.66523,
        "armed_assault", None, None, None, ["firearm"], ["business"], [], [2], [], [], [],
        ["d1_albina_opinion_column"], optional=True,
        note=SR_NOTE + "19 July 2025, an ambush on a rice mill's payroll car near Wageningen, two killed."),
    # --- Estonia: party offices set on fire in Tartu and Viljandi overnight, claimed on Telegram; newsletter, news ---
    inc("tartu-party-office-arson-2026-03-26", "2026-03-26", "EE", "Tartu", "Tartu", 58.38062, 26.72509,
        "other", ASH, "claimed", None, ["fire"], ["other"], ["government"],
        [], [], [1], [], S[8:10], group=WAVE, injured_best=1,
        note="Night of Wednesday 25 to Thursday 26 March 2026, about 2:15 a.m.: petrol poured through the door of "
             "the Tartu office of the invented Homeland Renewal Party and set alight; the night guard (58) injured "
             "(burns to the hands, smoke). e1 (morning email newsletter, Thursday 06:30, six numbered items, item 2; "
             "dateline-less): one guard injured, claimed by a group calling itself Northern Ash on a messaging "
             "channel. e2 (Tallinn news site, Thursday afternoon, dateline TALLINN, no scene): the same, with "
             "Viljandi."),
    inc("viljandi-party-office-arson-2026-03-26", "2026-03-26", "EE", "Viljandimaa", "Viljandi", 58.36389, 25.59,
        "other", ASH, "claimed", None, ["fire"], ["other"], ["government"],
        [], [], [], [], S[8:10], group=WAVE,
        note="The same night about 3:05 a.m.: the door and ground-floor windows of the party's Viljandi office "
             "burned; nobody inside, nobody hurt. Claimed together with Tartu on Telegram ('two offices'). e1 "
             "mentions it in a sentence; e2 tells it."),
    inc("narva-party-office-firebomb-2025-09", "2025-09", "EE", "Ida-Virumaa", "Narva", 59.37722, 28.19028,
        "other", None, None, None, ["fire"], ["other"], [], [], [], [], [],
        ["e2_tartu_viljandi_arson"], optional=True,
        note="Background in e2 with only a month ('in September 2025'): a firebomb thrown at the party's office in "
             "Narva, minor damage, nobody hurt."),
]
groups = [dict(id=WAVE, members=["tartu-party-office-arson-2026-03-26", "viljandi-party-office-arson-2026-03-26"],
               killed=[], killed_optional=[0], injured=[1], injured_optional=[],
               note="Two party offices set on fire about 70 km apart in one night and claimed together on Telegram by "
                    "Northern Ash. e2: 'one person was hurt in the two fires'.")]
gold = dict(about="Hand-coded reference for eval/synthetic28/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_ireland_match_report: a football match report from Ireland full of violent metaphors "
                           "('a massacre at the Stadium', 'shot dead the hopes', 'the striker fired twice', 'bombed "
                           "out of the cup', 'killed the game off', '3 dead-ball situations'). No attack: no incident.",
                           "e1_morning_newsletter: five of its six items are no attacks (politics, weather, sport, a "
                           "recipe).",
                           "Aggregates: people killed in armed attacks in Suriname last year (d1); bombings in "
                           "Slovakia this decade (a2); attacks on party offices this year (e2).",
                           "Arrests, a negotiation, a released hostage, a funeral, a closed market and a closed road "
                           "are no attacks. Headline lists under related-story headings and photo captions with "
                           "other places and dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic28.gold.json"), "w"), indent=1, ensure_ascii=False)
