#!/usr/bin/env python3
"""Writes synthetic55.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_biu_askira_parish_bulletin", "a2_biu_askira_un_sitrep_pdf",
     "b1_san_insurer_loss_notice", "b2_san_radio_news_transcript",
     "c1_mukalla_court_judgment_summary", "c2_mukalla_sms_alert_log",
     "d1_yala_social_media_thread", "d2_yala_rss_feed_dump",
     "e1_sake_academic_blog", "e2_sake_encyclopedia_timeline",
     "f1_clonakilty_email_newsletter"]
KMC = ["Kanem Mujahideen Council", "KMC", "the Kanem Mujahideen Council", "Kanem Mujahideen Council (KMC)",
       "Majlis Mujahidi Kanem"]
FLB = ["Front de libération du Bani", "FLB", "Bani Liberation Front", "the Bani Liberation Front",
       "Front de Libération du Bani (FLB)"]
CRK = ["Coalition pour la renaissance du Kivu", "CRK", "Coalition for the Renewal of Kivu",
       "the Coalition for the Renewal of Kivu", "Coalition pour la Renaissance du Kivu (CRK)"]
BIU = ("NG", "Borno", "Biu", 10.61285, 12.19458)
ASKIRA = ("NG", "Borno", "Askira", 10.65086, 12.90883)
KONDUGA = ("NG", "Borno", "Konduga", 11.65331, 13.41787)
SAN = ("ML", "Ségou", "San", 13.30335, -4.89562)
TOMINIAN = ("ML", "Ségou", "Tominian", 13.28737, -4.59317)
MUKALLA = ("YE", "Muhafazat Hadramaout", "Mukalla", 14.54248, 49.12424)
SHIHR = ("YE", "Muhafazat Hadramaout", "Ash Shiḩr", 14.76026, 49.60537)
YALA = ("TH", "Yala", "Yala", 6.53995, 101.28128)
NARATHIWAT = ("TH", "Narathiwat", "Narathiwat", 6.42639, 101.82308)
SAKE = ("CD", "Nord Kivu", "Sake", -1.57386, 29.04339)
GOMA = ("CD", "Nord Kivu", "Goma", -1.67409, 29.22845)
WAVE_NG = "biu-askira-night-attacks-2026-02-10"
WAVE_TH = "yala-market-and-substation-bombs-2026-07-18"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Nigeria (Borno): a chapel in a village near Biu and the police division of Askira, the same night ------------
    at("biu-kwaya-dzu-chapel-attack-2026-02-10", "2026-02-10", BIU,
       "armed_assault", KMC, "claimed", None, ["firearm", "fire"], ["religious", "civilians"], ["education"],
       [6, 7], [3], [11], [3], S[0:2], group=WAVE_NG, killed_best=7,
       note="The night of Tuesday 10 February 2026 about 8:30 p.m.: gunmen on motorbikes attacked the outstation chapel "
            "of St. Brendan in Kwaya-Dzu (an invented village 'about nine kilometres east of Biu'; coded at Biu) during "
            "an evening prayer meeting, shot worshippers and burned the chapel and the small school beside it (education "
            "optional). a2 (a UN flash update extracted from PDF, Thursday 12 February): six killed at Kwaya-Dzu; the "
            "wounded only for the two attacks together (19, see the group). a1 (the Biu parish bulletin, Sunday 15 "
            "February): a wounded catechist died on Friday in the teaching hospital in Maiduguri (hospital town, no "
            "scene): 7 killed; 11 wounded 'three of them critically' (part, optional; a 3 optional also for 'three "
            "children' among the dead). Claimed on Wednesday 11 February by the Kanem Mujahideen Council (invented). "
            "injured_best left out (one of the wounded died)."),
    at("askira-police-division-attack-2026-02-10", "2026-02-10", ASKIRA,
       "armed_assault", KMC, "claimed", None, ["firearm", "rocket"], ["police"], ["health", "government"],
       [4], [], [], [], S[0:2], group=WAVE_NG, killed_best=4,
       note="The same night about 11:40 p.m.: another group of fighters attacked the police divisional headquarters of "
            "Askira with rocket-propelled grenades and rifles and looted the primary health centre next to it (health "
            "optional): 4 policemen killed (a2; a1 prays for 'the four policemen'). Claimed with Biu."),
    at("konduga-road-ied-2026-02-02", "2026-02-02", KONDUGA,
       "bombing", None, None, None, ["ied"], ["transportation", "civilians"], [], [3], [], [], [],
       ["a2_biu_askira_un_sitrep_pdf"], optional=True,
       note="Background in a2 with its own date ('On 2 February'): a roadside bomb hit a commercial minibus near "
            "Konduga on the Maiduguri road, three passengers killed. Must not lend 3."),
    # --- Mali (Ségou): a truck convoy ambushed and burned near San; radio transcript and insurer's loss notice ---------
    at("san-truck-convoy-ambush-2026-04-16", "2026-04-16", SAN,
       "armed_assault", FLB, "attributed", None, ["firearm", "fire"], ["transportation", "business", "civilians"], [],
       [4, 6], [2], [3], [], S[2:4], killed_best=6, injured_best=3,
       note="Thursday 16 April 2026 about 5:45 p.m.: armed men stopped a convoy of cargo lorries and a passenger bus on "
            "the road from San to Mopti near the (invented) village of Dioumakoro, 'some 20 km north-east of San' "
            "(coded at San), shot at the drivers, set four lorries on fire and took two drivers away. b2 (a Ségou radio "
            "station's morning news transcript, Friday 17 April: 'yesterday evening'): the governor: 4 killed; the "
            "drivers' union: 6; three wounded taken to Ségou (hospital town, no scene); the army blames the Front de "
            "libération du Bani (invented; no claim, no denial: attributed). b1 (an insurer's loss notice of Friday 24 "
            "April, issued in Bamako): the gendarmerie report: 6 dead, 'two of whom were employed by the Insured' "
            "(part, optional), 3 injured. A bus that overturned near Kayes (an accident) is no attack."),
    at("tominian-minibus-landmine-2026-04-03", "2026-04-03", TOMINIAN,
       "bombing", None, None, None, ["ied"], ["transportation", "civilians"], [], [5], [], [], [],
       ["b2_san_radio_news_transcript"], optional=True,
       note="Background in b2 with its own date ('on the third of April'): an explosive device under a minibus near "
            "Tominian killed five. Must not lend 5."),
    # --- Yemen (Hadramawt): a journalist shot by a lone gunman in Mukalla in 2023; SMS alert log and a 2026 judgment ---
    at("mukalla-journalist-shooting-2023-10-09", "2023-10-09", MUKALLA,
       "assassination", None, None, None, ["firearm"], ["journalists"], ["civilians"],
       [1], [], [1], [2], S[4:6], killed_best=1,
       note="Monday 9 October 2023 about 7:40 p.m.: a man on foot fired a pistol at a local journalist (invented) as he "
            "got out of his car in front of his home in the Fuwwah district of Mukalla; a neighbour was hit in the leg. "
            "c2 (the SMS alert log of an invented media-safety network, 9-11 October 2023): '2 wounded' at 20:15 "
            "(superseded, optional), then the journalist died in hospital in the night (1 killed; 1 injured). c1 (a "
            "summary of the judgment of the Mukalla criminal court of 15 January 2026, published February 2026, years "
            "after the attack; hearing and publication dates date nothing): the accused acted alone (perpetrator null); "
            "the prosecution's theory of a hired killing was not proven."),
    at("ash-shihr-exchange-grenade-2023-10-07", "2023-10-07", SHIHR,
       "bombing", None, None, None, ["grenade"], ["business"], [], [], [], [2], [],
       ["c2_mukalla_sms_alert_log"], optional=True,
       note="Background alert in c2 with its own date (Saturday 7 October 2023): a grenade thrown at a money exchange in "
            "Ash Shihr, two wounded. Must not lend 2."),
    # --- Thailand (Yala): two bombs in Yala city on a Saturday night; a social-media thread and an RSS dump --------------
    at("yala-night-market-bomb-2026-07-18", "2026-07-18", YALA,
       "bombing", None, None, None, ["ied"], ["civilians", "business"], ["transportation"],
       [2], [4], [], [], S[6:8], group=WAVE_TH, killed_best=2,
       note="Saturday 18 July 2026 about 8:40 p.m.: a bomb hidden in a gas cylinder beside a noodle stall exploded at the "
            "night market opposite Yala railway station (transportation optional): 2 killed (a rumour in d1 of '4 dead "
            "at the market', optional). Wounded only for the two blasts together (21, see the group). Nobody claims; "
            "police 'suspect insurgents' without a name (perpetrator null). Some wounded taken to Hat Yai (Songkhla; "
            "hospital town, no scene). Yala shares its name with a town in Kenya."),
    at("yala-substation-police-booth-attack-2026-07-18", "2026-07-18", YALA,
       "bombing", None, None, None, ["ied", "firearm"], ["utilities", "police"], [],
       [1], [], [], [], S[6:8], group=WAVE_TH, killed_best=1,
       note="The same Saturday about 9:05 p.m., some 25 minutes later: a bomb wrecked a transformer at the electricity "
            "substation on the road to the city pillar shrine (a blackout in part of the city), then gunmen fired at the "
            "police booth at its gate: one police volunteer killed."),
    at("narathiwat-ranger-patrol-bomb-2026-07-16", "2026-07-16", NARATHIWAT,
       "bombing", None, None, None, ["ied"], ["military"], [], [], [], [2], [],
       ["d2_yala_rss_feed_dump"], optional=True,
       note="Background item in d2 with its own date (Thursday 16 July): a roadside bomb wounded two rangers on patrol in "
            "Narathiwat town. Must not lend 2."),
    # --- DR Congo (Nord-Kivu): shells on a displacement camp west of Sake; an academic blog and a timeline entry -------
    at("sake-kabanda-camp-shelling-2026-09-02", "2026-09-02", SAKE,
       "shelling", CRK, "denied", None, ["mortar"], ["civilians"], ["ngo", "health"],
       [12, 16], [9], [34], [30], S[8:10], killed_best=16,
       note="Wednesday 2 September 2026 about 6:15 a.m.: several mortar shells fell on the (invented) Kabanda "
            "displacement site 'about three kilometres west of Sake' (coded at Sake), one on a clinic run by an "
            "(invented) NGO (ngo, health optional). e1 (an academic blog post of 5 October, footnoted): the first "
            "count of 9 (optional), the provincial government's 12 on 3 September, the camp committee's list of 16 "
            "on 6 September, which includes two children who died of their wounds in Goma (hospital city, no scene); "
            "34 wounded treated. The army blames the Coalition pour la renaissance du Kivu (invented), which denied "
            "it and blamed the army (denied). e2 (an encyclopedia-style timeline entry, 'last edited' later): 'at "
            "least 16 killed and more than 30 wounded' (30 optional). Sake shares its name with the rice wine."),
    at("goma-market-shelling-2026-03-12", "2026-03-12", GOMA,
       "shelling", None, None, None, ["mortar"], ["civilians", "business"], [], [4], [], [], [],
       ["e1_sake_academic_blog", "e2_sake_encyclopedia_timeline"], optional=True,
       note="Background with its own date ('12 March'): shells on a market in Goma killed four. Both e1 and e2 give it. "
            "Must not lend 4."),
]
groups = [dict(id=WAVE_NG, members=["biu-kwaya-dzu-chapel-attack-2026-02-10", "askira-police-division-attack-2026-02-10"],
               killed=[10], killed_optional=[8, 11], injured=[19], injured_optional=[],
               note="Two attacks the same night in two towns of southern Borno, claimed together: one wave. a2: 'at least "
                    "10 people killed and 19 injured' in the two (no split of the injured); its earlier flash update's "
                    "'at least eight' is superseded (optional); 11 (with the later death) optional if summed."),
          dict(id=WAVE_TH, members=["yala-night-market-bomb-2026-07-18", "yala-substation-police-booth-attack-2026-07-18"],
               killed=[3], killed_optional=[1], injured=[21], injured_optional=[12],
               note="Two bombs in one city within 25 minutes, presented together: one wave. d2: first 'at least one dead', "
                    "'at least 12 hurt' (superseded, optional), then 3 killed and 21 wounded in the two blasts.")]
gold = dict(about="Hand-coded reference for eval/synthetic55/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_clonakilty_email_newsletter: a residents' association e-mail newsletter (Clonakilty, "
                           "Co. Cork, Ireland) about an old sea mine washed up on a beach and destroyed by the Army's "
                           "bomb-disposal team in a controlled explosion, a film crew's 'shooting' and a fire drill; "
                           "social-media talk of a 'bomb attack' is wrong. Nobody hurt. No attack: no incident.",
                           "b2: a bus that overturned near Kayes (an accident) and a football 'shot' are no attacks.",
                           "e2: a boat that capsized on Lake Kivu (an accident) and aggregate entries ('fighting "
                           "displaced thousands') are no incidents.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents; court hearings, a verdict, an insurer's notice date, a blog's and a "
                           "bulletin's publication dates are no attack dates."])
json.dump(gold, open(os.path.join(here, "synthetic55.gold.json"), "w"), indent=1, ensure_ascii=False)
