#!/usr/bin/env python3
"""Writes synthetic47.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_manbij_jarabulus_live_ticker", "a2_manbij_jarabulus_diaspora_site",
     "b1_kabalo_parliament_questions", "b2_kabalo_hospital_bulletin",
     "c1_mokolo_travel_advisory", "c2_mokolo_security_daily_brief",
     "d1_altamira_football_club_statement", "d2_altamira_podcast_show_notes",
     "e1_sungai_kolok_print_edition", "e2_sungai_kolok_agency_factbox",
     "f1_celle_school_board_notice"]
KFA = ["Kataib al-Furat al-Ahrar", "Free Euphrates Brigades", "KFA", "the Free Euphrates Brigades",
       "Kata'ib al-Furat al-Ahrar", "Katā'ib al-Furāt al-Aḥrār", "Free Euphrates Brigades (KFA)"]
MRL = ["Mouvement de résistance du Lualaba", "Lualaba Resistance Movement", "MRL", "the Lualaba Resistance Movement",
       "Mouvement de resistance du Lualaba", "Mouvement de résistance du Lualaba (MRL)"]
MANBIJ = ("SY", "Aleppo", "Manbij", 36.52815, 37.95495)
JARABULUS = ("SY", "Aleppo", "Jarābulus", 36.8175, 38.01111)
ALBAB = ("SY", "Aleppo", "Al Bāb", 36.37051, 37.5157)
KABALO = ("CD", "Tanganyika", "Kabalo", -6.05255, 26.9143)
MOKOLO = ("CM", "Far North", "Mokolo", 10.74244, 13.80227)
GWOZA = ("NG", "Borno", "Gwoza", 11.08313, 13.69595)
ALTAMIRA = ("BR", "Pará", "Altamira", -3.20333, -52.20639)
SUNGAI_KOLOK = ("TH", "Narathiwat", "Su-ngai Kolok", 6.02977, 101.96586)
TAK_BAI = ("TH", "Narathiwat", "Tak Bai", 6.25947, 102.05461)
BACHO = ("TH", "Narathiwat", "Bacho", 6.51678, 101.651)
WAVE = "manbij-jarabulus-bombings-2026-03-26"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Syria (Aleppo): a car bomb at a Manbij market and a motorbike bomb at a Jarabulus checkpoint, one evening ------
    at("manbij-market-car-bomb-2026-03-26", "2026-03-26", MANBIJ,
       "bombing", KFA, "claimed", None, ["vehicle_bomb"], ["civilians", "business"], [],
       [7], [5], [], [], S[0:2], group=WAVE, killed_best=7,
       note="Thursday 26 March 2026 about 6:40 p.m.: a car packed with explosives blew up beside the vegetable market "
            "on the main street of Manbij, as shops were closing before the evening meal. a1 (a broadcaster's live "
            "ticker, newest first, 26-27 March): an early post says 5 killed in Manbij, a later post corrects it to 7 "
            "(5 superseded, optional). Wounded given only for the two blasts together (see the group). a2 (a diaspora "
            "news site with Arabic/English captions, Saturday 28 March): 7 in Manbij, 3 in Jarabulus, 10 in all; the "
            "Free Euphrates Brigades (invented) claimed both on Friday 27 March."),
    at("jarabulus-checkpoint-motorbike-bomb-2026-03-26", "2026-03-26", JARABULUS,
       "bombing", KFA, "claimed", None, ["ied"], ["military"], ["civilians"],
       [3], [2, 1], [], [], S[0:2], group=WAVE, killed_best=3,
       note="The same evening about 7:15 p.m.: a bomb hidden on a parked motorbike exploded at the checkpoint at the "
            "southern entrance of Jarabulus, held by the (invented) Jarabulus Military Council: 3 killed (two fighters "
            "and a fuel seller; 2 and 1 are parts, optional). Claimed together with Manbij."),
    at("al-bab-car-bomb-2025-11-03", "2025-11-03", ALBAB,
       "bombing", None, None, None, ["vehicle_bomb"], ["civilians"], [], [6], [], [], [],
       ["a2_manbij_jarabulus_diaspora_site"], optional=True,
       note="Background in a2 with its own date ('on Monday 3 November last year'): a car bomb near a bus garage in "
            "Al Bab killed six. Must not lend 6 to March 2026."),
    # --- DR Congo (Tanganyika): armed men raid a village north of Kabalo; parliament question; hospital bulletin ---------
    at("kabalo-lubuye-village-attack-2026-05-17", "2026-05-17", KABALO,
       "armed_assault", MRL, "denied", None, ["firearm", "knife", "fire"], ["civilians", "religious", "education"], [],
       [11, 12], [15], [8], [4, 2], S[2:4], killed_best=12,
       note="Sunday 17 May 2026 shortly before dawn (about 4 a.m.): armed men with guns and machetes raided Lubuye, an "
            "invented village 'about 20 km north of Kabalo' on the Lualaba (coded at Kabalo), killed villagers and set "
            "fire to huts, the Catholic chapel and the primary school. b1 (transcript of oral questions in the National "
            "Assembly, Wednesday 20 May; session date dates nothing): the deputy minister says 11 killed and 8 "
            "wounded, 'four of them critically' (part, optional); the MP quotes civil society's 15 (another source, "
            "optional); the government blames the Mouvement de résistance du Lualaba (invented), whose spokesman denied "
            "it on a local radio (denied). b2 (press bulletin of Kalemie General Hospital, Friday 22 May; Kalemie is a "
            "hospital town, no scene): the wounded were brought to Kalemie by train; a girl among them died on Thursday "
            "21 May: the toll is 12 (best); two remain in intensive care (part, optional). injured_best unscored."),
    at("kabalo-railway-workers-attack-2026-01-09", "2026-01-09", KABALO,
       "armed_assault", None, None, None, ["firearm"], ["transportation"], ["civilians"], [4], [], [], [],
       ["b1_kabalo_parliament_questions"], optional=True,
       note="Background in b1 with its own date ('on 9 January'): four railway workers shot dead at the Kabalo rail "
            "yard. Must not lend 4 to May."),
    # --- Cameroon (Far North): aid workers abducted on the road west of Mokolo, their driver killed --------------------
    at("mokolo-aid-workers-kidnapping-2026-02-10", "2026-02-10", MOKOLO,
       "kidnapping", None, None, None, ["firearm"], ["ngo"], ["civilians", "transportation"],
       [1], [], [1], [], S[4:6], killed_best=1, injured_best=1,
       note="The night of Tuesday 10 February 2026, about 9 p.m.: gunmen stopped a vehicle of the (invented) NGO Mandara "
            "Water Partners near Mavoumaï, an invented village 'some 15 km west of Mokolo', abducted three staff "
            "members, shot the driver dead and wounded a guard. c2 (a security consultancy's daily brief, Wednesday 11 "
            "February, dateline Maroua, no scene): 'last night'; no claim, nobody named (perpetrator null). c1 "
            "(a government travel advisory, updated Friday 13 February; the update and review dates date nothing)."),
    at("gwoza-farmers-attack-2026-02-08", "2026-02-08", GWOZA,
       "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [4], [], [], [],
       ["c2_mokolo_security_daily_brief"], optional=True,
       note="Background item in c2 (Nigeria section) with its own date ('Sunday 8 February'): gunmen killed four "
            "farmers near Gwoza. Another country's bullet, not the Mokolo news."),
    # --- Brazil (Pará): a lone gunman kills a radio presenter in Altamira ----------------------------------------------
    at("altamira-radio-presenter-shooting-2026-06-20", "2026-06-20", ALTAMIRA,
       "assassination", None, None, None, ["firearm"], ["journalists"], ["civilians"],
       [1], [], [1], [], S[6:8], killed_best=1, injured_best=1,
       note="Saturday 20 June 2026 about 10:30 p.m.: a lone man on foot shot dead the (invented) radio presenter and "
            "stadium announcer of an Altamira football club outside a snack bar near the radio station; a 17-year-old "
            "waiter was hit in the arm (1 injured). d1 (the club's statement, Sunday 21 June: 'on Saturday night'; "
            "football words 'shot', 'strike', 'killer' are no attack). d2 (podcast show notes uploaded Friday 26 June "
            "with timestamps; the upload and recording days date nothing): a man arrested on Tuesday; the police say "
            "he acted alone (a lone attacker: perpetrator null). Altamira shares its name with towns in Mexico, "
            "Colombia, Venezuela and the Dominican Republic, and with a cave in Spain."),
    # --- Thailand (Narathiwat): a bomb in a gas cylinder outside a gold shop in Su-ngai Kolok ---------------------------
    at("sungai-kolok-gold-shop-bomb-2026-08-10", "2026-08-10", SUNGAI_KOLOK,
       "bombing", None, None, None, ["ied"], ["business", "civilians"], ["police"],
       [3, 4], [], [17, 19], [2], S[8:10], killed_best=4,
       note="Monday 10 August 2026 about 11:20 a.m.: a home-made bomb packed in a cooking-gas cylinder on a motorbike "
            "exploded outside a gold shop near the railway station market of Su-ngai Kolok. e1 (a print edition, "
            "Tuesday 11 August, dateline NARATHIWAT, a hospital town, no scene): 3 killed, 17 injured 'including two "
            "police officers' (part, optional). e2 (a press agency factbox, Friday 14 August): one of the wounded died "
            "in Narathiwat hospital on Wednesday 12 August: 4 killed (best), and 19 injured counted in all. No claim, "
            "nobody named (perpetrator null; 'insurgents' suspected without a name). injured_best unscored (a wounded "
            "man died; two figures)."),
    at("tak-bai-ranger-base-mortar-2026-07-28", "2026-07-28", TAK_BAI,
       "shelling", None, None, None, ["mortar"], ["military"], [], [], [], [2], [],
       ["e2_sungai_kolok_agency_factbox"], optional=True,
       note="Background in e2's list of recent attacks ('28 July'): mortar rounds on a ranger base in Tak Bai, two "
            "rangers wounded."),
    at("bacho-tea-shop-grenade-2026-06-30", "2026-06-30", BACHO,
       "bombing", None, None, None, ["grenade"], ["civilians", "business"], [], [1], [], [5], [],
       ["e2_sungai_kolok_agency_factbox"], optional=True,
       note="Background in e2's list ('30 June'): a grenade thrown into a tea shop in Bacho, one killed, five wounded."),
]
groups = [dict(id=WAVE, members=["manbij-market-car-bomb-2026-03-26",
                                 "jarabulus-checkpoint-motorbike-bomb-2026-03-26"],
               killed=[10], killed_optional=[8], injured=[34], injured_optional=[29],
               note="Two bombs the same evening in two towns of Aleppo governorate, claimed together: one wave. a1: a post "
                    "at 20:55 gives 8 killed and 29 wounded in the two blasts (superseded, optional), a later post 10 "
                    "killed and 34 wounded; a2: 10 killed and 34 wounded, no split of the wounded.")]
gold = dict(about="Hand-coded reference for eval/synthetic47/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_celle_school_board_notice: a school board's notice to parents in Celle, Lower Saxony "
                           "(Germany): a Second World War aerial bomb found on a building site near a primary school is "
                           "defused during an evacuation; an emergency drill and a chess club's 'attack' are mentioned. "
                           "No attack: no incident.",
                           "d1_altamira_football_club_statement: the match's 'shot', 'strike', 'killer pass' and "
                           "'blast' are football words, no attack.",
                           "c1_mokolo_travel_advisory: the advisory's update, review and consular dates date nothing; "
                           "its general warnings about kidnapping in the Far North are no incidents.",
                           "e1_sungai_kolok_print_edition: a tin mine near Sukhirin ('the mine') and a level-crossing "
                           "accident are no attacks.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents; the parliament session, the hospital's visiting hours and the podcast's "
                           "upload date are no attacks."])
json.dump(gold, open(os.path.join(here, "synthetic47.gold.json"), "w"), indent=1, ensure_ascii=False)
