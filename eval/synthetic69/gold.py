#!/usr/bin/env python3
"""Writes synthetic69.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_oussouye_half_translated", "a2_oussouye_rss_feed",
     "b1_barda_ganja_news_ticker", "b2_barda_ganja_pdf_sitrep",
     "c1_kibiti_police_teletype", "c2_kibiti_podcast_transcript",
     "d1_zugdidi_json_api", "d2_zugdidi_wiki_talk",
     "e1_salaga_yendi_social_thread", "e2_salaga_yendi_csv_export",
     "f1_valparaiso_film_shoot_chat"]
MBS = ["Sacred Groves Movement", "Mouvement des Bois Sacrés", "Mouvement des Bois Sacres", "MBS",
       "the Sacred Groves Movement"]
SNB = ["Samur Night Battalion", "the Samur Night Battalion", "Samur Gecə Batalyonu", "SNB"]
ENG = ["Enguri Freedom Legion", "the Enguri Freedom Legion", "EFL"]
OUSSOUYE = ("SN", "Ziguinchor", "Oussouye", 12.485, -16.54694)
ADEANE = ("SN", "Ziguinchor", "Adéane", 12.63, -16.01694)
BARDA = ("AZ", "Barda", "Barda", 40.37577, 47.12619)
GANJA = ("AZ", "Ganja City", "Ganja", 40.68278, 46.36056)
MINGACHEVIR = ("AZ", "Mingacevir City", "Mingelchaur", 40.76395, 47.05953)
KIBITI = ("TZ", "Pwani", "Kibiti", -7.72178, 38.93749)
MKURANGA = ("TZ", "Pwani", "Mkuranga", -7.11799, 39.20782)
ZUGDIDI = ("GE", "Samegrelo and Zemo Svaneti", "Zugdidi", 42.5088, 41.87088)
SENAKI = ("GE", "Samegrelo and Zemo Svaneti", "Senak’i", 42.27042, 42.0675)
SALAGA = ("GH", "Northern", "Salaga", 8.55083, -0.51875)
YENDI = ("GH", "Northern", "Yendi", 9.44272, -0.00991)
NALERIGU = ("GH", "North East", "Nalerigu", 10.52726, -0.36982)
WAVE = "barda-ganja-station-bombs-2019-04-22"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Senegal (Ziguinchor): a bush taxi ambushed at a fake roadblock 9 km before Oussouye ---------------------------
    at("oussouye-bush-taxi-ambush-2008-03-15", "2008-03-15", OUSSOUYE,
       "armed_assault", MBS, "denied", None, ["firearm"], ["transportation", "civilians"], [],
       [4, 5], [], [5], [4], S[0:2], killed_best=5,
       note="Saturday 15 March 2008 about 7 p.m.: armed men at a fake roadblock on the Ziguinchor-Oussouye road, 'about "
            "9 km before Oussouye' (coded at Oussouye), stopped a bush taxi, robbed and shot the passengers. a1 (a page "
            "whose paragraphs alternate French and English, Sunday 16 March: 'samedi soir' / 'on Saturday evening'): 4 "
            "killed, 5 wounded taken to the regional hospital of Ziguinchor (hospital town, no scene); the army blames "
            "the Sacred Groves Movement (invented), whose spokesman denies ('denied'). a2 (an RSS feed, items of 17-18 "
            "March): a wounded passenger died in Ziguinchor on Monday 17 March: 5 killed (victim dying days later: "
            "injured_best unscored; a2's 'four other wounded remain in hospital' optional). Background item in a2: two soldiers killed near Adéane on 2 February (optional); "
            "a yearly toll ('at least 14 killed in the Casamance since January') is no figure of this attack."),
    at("adeane-army-patrol-ambush-2008-02-02", "2008-02-02", ADEANE,
       "armed_assault", None, None, None, ["firearm"], ["military"], [], [2], [], [], [],
       ["a2_oussouye_rss_feed"], optional=True,
       note="Background in a2 with its own date ('on 2 February'): an army patrol ambushed near Adéane, two soldiers "
            "killed. Must not lend 2 to March."),
    # --- Azerbaijan: bombs at the Barda bus station and the Ganja railway station the same morning, claimed -------------
    at("barda-bus-station-bomb-2019-04-22", "2019-04-22", BARDA,
       "bombing", SNB, "claimed", None, ["ied"], ["transportation", "civilians"], [],
       [4], [], [], [], S[2:4], group=WAVE, killed_best=4,
       note="Monday 22 April 2019 about 7:40 a.m.: a home-made bomb in a holdall under a bench exploded in the waiting "
            "hall of the Barda bus station: 4 killed in b1 (a pipe-separated news ticker of the day) and b2 (a "
            "PDF-to-text security situation report of Thursday 25 April). Barda shares its name with a village in "
            "Perm Krai, Russia (b2 says so). Wounded only given for both stations together (29, on the group). "
            "Claimed with Ganja by the Samur Night Battalion (invented) on the Tuesday."),
    at("ganja-railway-station-bomb-2019-04-22", "2019-04-22", GANJA,
       "bombing", SNB, "claimed", None, ["ied"], ["transportation", "civilians"], [],
       [3], [2], [], [], S[2:4], group=WAVE, killed_best=3,
       note="Monday 22 April 2019 about 8:15 a.m.: a device in a rubbish bin on platform 1 of Ganja railway station: "
            "b1 first '2 dead', later '3 dead' (2 superseded, optional); b2: 3 (the table's 'initial MoI figure 2')."),
    at("mingachevir-cafe-grenade-2019-03-02", "2019-03-02", MINGACHEVIR,
       "bombing", None, None, None, ["grenade"], ["business", "civilians"], [], [], [], [2], [],
       ["b2_barda_ganja_pdf_sitrep"], optional=True,
       note="Background in b2 with its own date ('2 March'): a grenade thrown into a café in Mingachevir, 2 wounded. "
            "b2's year-to-date national figures (6 incidents, 9 deaths) are no toll of this wave."),
    # --- Tanzania (Pwani): gunmen fire on the village office of an invented village of Kibiti district -------------------
    at("kibiti-village-office-shooting-2016-10-20", "2016-10-20", KIBITI,
       "armed_assault", None, None, None, ["firearm"], ["government", "civilians"], [],
       [4, 6], [2], [3], [2], S[4:6], killed_best=6, injured_best=3,
       note="Thursday 20 October 2016 about 9:30 p.m.: gunmen on motorbikes fired on the office of Msafiri-Juu village "
            "(invented) in Kibiti district during a late meeting (coded at Kibiti), killing the village chairman and "
            "others. c1 (a regional police teletype in capitals, Friday 21 October: 'LAST NIGHT'): 4 killed, 3 "
            "injured. c2 (a podcast transcript of Thursday 27 October): police said four, the Kibiti doctor six, and "
            "the police revised to six on the Saturday (best 6; the doctor's 'two more were brought before dawn' a part, optional); two of the wounded referred to Muhimbili in Dar es "
            "Salaam (part, optional; hospital town, no scene). Nobody named (perpetrator null). Background in c2: an "
            "official shot in Mkuranga on 14 May (optional); a war-wide 'more than thirty killed since 2015' is no "
            "toll of this attack."),
    at("mkuranga-official-shooting-2016-05-14", "2016-05-14", MKURANGA,
       "assassination", None, None, None, ["firearm"], ["government"], [], [1], [], [], [],
       ["c2_kibiti_podcast_transcript"], optional=True,
       note="Background in c2 with its own date ('on the fourteenth of May'): a ward official shot dead in Mkuranga."),
    # --- Georgia: armed men attack the police post at the Enguri bridge near Zugdidi; three attackers killed --------------
    at("zugdidi-enguri-police-post-attack-2011-06-14", "2011-06-14", ZUGDIDI,
       "armed_assault", ENG, "attributed", None, ["firearm", "grenade"], ["police"], [],
       [2, 3], [], [4], [], S[6:8], killed_best=3, injured_best=4,
       note="Tuesday 14 June 2011 about 11:20 p.m.: armed men attacked the police post at the Enguri bridge 'near "
            "Zugdidi' (coded at Zugdidi) with rifles and grenades. d1 (a JSON API response, published Wednesday 15 "
            "June): body '2 police officers killed', 4 wounded; its 'update' field corrects to 3 officers killed; 3 "
            "attackers shot dead by the police (not victims: 5 or 6 'dead in all' is no figure of victims). The "
            "interior ministry blames the Enguri Freedom Legion (invented): 'attributed'. d2 (a wiki talk page "
            "written in November 2011, months later): the same, an editor's argument that the date is Wednesday "
            "(the ministry statement came after midnight) is wrong. Background in d2: a grenade at the Senaki "
            "police office on 14 March 2011, 1 wounded (optional)."),
    at("senaki-police-office-grenade-2011-03-14", "2011-03-14", SENAKI,
       "bombing", None, None, None, ["grenade"], ["police"], [], [], [], [1], [],
       ["d2_zugdidi_wiki_talk"], optional=True,
       note="Background in d2 with its own date ('14 March 2011'): a grenade thrown at the Senaki police office."),
    # --- Ghana: gunmen fire into the Salaga market (Monday) and, unrelated, an ambush of a police patrol near Yendi (Sunday)
    at("salaga-market-shooting-2023-02-13", "2023-02-13", SALAGA,
       "armed_assault", None, None, None, ["firearm"], ["civilians", "business"], [],
       [3], [2], [7], [], S[8:10], killed_best=3, injured_best=7,
       note="Monday 13 February 2023 about 7:30 p.m.: gunmen on motorbikes fired on traders at the Salaga market "
            "lorry park. e1 (a numbered social-media thread posted the same night: 'tonight'): first 2 dead "
            "(superseded, optional), then 3 dead and 7 wounded, taken to Tamale Teaching Hospital (hospital town, no "
            "scene). e2 (a CSV export of 21 February): 3 killed, 7 injured. Nobody named (perpetrator null)."),
    at("yendi-police-patrol-ambush-2023-02-12", "2023-02-12", YENDI,
       "armed_assault", None, None, None, ["firearm"], ["police"], [], [1], [], [2], [], S[8:10],
       killed_best=1, injured_best=2,
       note="Sunday 12 February 2023, evening: a police patrol ambushed about 6 km outside Yendi on the Zabzugu road, "
            "one officer killed, two wounded. Reported in the same pages as Salaga but unrelated (no group): e1 "
            "'yesterday (Sunday)', 'police say it is not linked'; e2 its own row."),
    at("nalerigu-funeral-shooting-2023-01-09", "2023-01-09", NALERIGU,
       "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [2], [], [], [],
       ["e2_salaga_yendi_csv_export"], optional=True,
       note="Background row of e2 with its own date: shots fired at a funeral gathering in Nalerigu, 2 killed."),
]
groups = [dict(id=WAVE, members=["barda-bus-station-bomb-2019-04-22", "ganja-railway-station-bomb-2019-04-22"],
               killed=[7], killed_optional=[6], injured=[29], injured_optional=[],
               note="Two bombs the same morning at two stations in two cities, claimed together: one wave. The wounded "
                    "(29) are only given for the two together; b1's early 'six dead in two blasts' is superseded.")]
gold = dict(about="Hand-coded reference for eval/synthetic69/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_valparaiso_film_shoot_chat: a newsroom chat checking reports of a 'bomb' on a bus in "
                           "Valparaíso (Chile): a film crew's authorised pyrotechnic blast of a prop bus. No attack: no "
                           "incident.",
                           "c1_kibiti_police_teletype: the road accident at Bungu, the stolen motorcycle and the "
                           "charcoal-store fire are no attacks.",
                           "e2_salaga_yendi_csv_export: the gas explosion at a filling station in Tamale (an accident) "
                           "and the protest rows are no attacks; Tamale is only the hospital town.",
                           "b1_barda_ganja_news_ticker: the Baku market fire and the football items are no attacks.",
                           "Related-link lists, episode lists and photo captions with other places and dates are no "
                           "incidents; yearly and war-wide tolls are no figures of the day."])
json.dump(gold, open(os.path.join(here, "synthetic69.gold.json"), "w"), indent=1, ensure_ascii=False)
