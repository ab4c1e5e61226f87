#!/usr/bin/env python3
"""Writes synthetic65.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_dori_kaya_un_sitrep_pdf", "a2_dori_kaya_monitor_csv",
     "b1_lira_diplomatic_cable", "b2_lira_police_press_conference",
     "c1_ajdabiya_bilingual_page", "c2_ajdabiya_rss_dump",
     "d1_mayo_podcast_transcript", "d2_mayo_academic_paper",
     "e1_argelia_whatsapp_export", "e2_argelia_raw_html",
     "f1_figueira_mine_infographic"]
GMB = ["Gourma Mujahideen Brigade", "GMB", "the Gourma Mujahideen Brigade", "Katibat Mujahidi al-Gourma",
       "Gourma Mujahidin Brigade"]
UPLA = ["Uganda Patriotic Liberation Army", "UPLA", "the Uganda Patriotic Liberation Army"]
WMC = ["Wahat Mujahideen Council", "the Wahat Mujahideen Council", "Majlis Mujahidi al-Wahat",
       "Conseil des moudjahidines d'al-Wahat", "WMC"]
GUA = ["Columna Móvil Los Guácharos", "Columna Movil Los Guacharos", "Los Guácharos", "Los Guacharos",
       "the Guácharos mobile column", "Guácharos column"]
DORI = ("BF", "Sahel", "Dori", 14.0341, -0.03261)
KAYA = ("BF", "Centre-Nord", "Kaya", 13.09167, -1.08444)
GOROM = ("BF", "Sahel", "Gorom-Gorom", 14.4429, -0.23468)
LIRA = ("UG", "Northern Region", "Lira", 2.2499, 32.89985)
KITGUM = ("UG", "Northern Region", "Kitgum", 3.27833, 32.88667)
AJDABIYA = ("LY", "Al Wāḩāt", "Ajdabiya", 30.75545, 20.22625)
MISRATA = ("LY", "Mişrātah", "Mişrātah", 32.37535, 15.09254)
BENGHAZI = ("LY", "Banghāzī", "Benghazi", 32.11486, 20.06859)
MAYO = ("TH", "Pattani", "Mayo", 6.71864, 101.40983)
KHOKPHO = ("TH", "Pattani", "Khok Pho", 6.73064, 101.09619)
PANARE = ("TH", "Pattani", "Panare", 6.86192, 101.49103)
ARGELIA = ("CO", "Cauca", "Argelia", 2.25563, -77.24876)
BALBOA = ("CO", "Cauca", "Balboa", 2.04183, -77.21646)
WAVE = "dori-kaya-dawn-attacks-2019-11-17"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Burkina Faso: dawn attacks on the gendarmerie of Dori and the army checkpoint of Kaya, one wave ---------------
    at("dori-gendarmerie-assault-2019-11-17", "2019-11-17", DORI,
       "armed_assault", GMB, "claimed", None, ["firearm"], ["police"], [],
       [7], [], [], [], S[0:2], group=WAVE, killed_best=7,
       note="Sunday 17 November 2019 about 4:30 a.m.: gunmen on motorbikes attacked the gendarmerie brigade of Dori: 7 "
            "gendarmes killed. a1 (a UN-style humanitarian situation report extracted from PDF, 21 November): 7; a2 (a "
            "monitoring group's CSV export, 24 November): 7. Wounded only given for the two sites together (19, on the "
            "group). The army's '23 assailants neutralised' are attackers, not victims. Claimed with Kaya by the "
            "Gourma Mujahideen Brigade (invented). Wounded flown to Ouagadougou (hospital town, no scene)."),
    at("kaya-army-checkpoint-attack-2019-11-17", "2019-11-17", KAYA,
       "armed_assault", GMB, "claimed", None, ["firearm", "explosive"], ["military"], ["civilians"],
       [6], [4, 2], [], [], S[0:2], group=WAVE, killed_best=6,
       note="Sunday 17 November 2019 about 6 a.m.: the same group attacked the army checkpoint at the northern exit "
            "of Kaya with gunfire and an explosive charge: 6 killed (4 soldiers and 2 civilian traders: parts, "
            "optional). a1, a2 as for Dori."),
    at("gorom-gorom-ied-2019-11-03", "2019-11-03", GOROM,
       "bombing", None, None, None, ["ied"], ["transportation", "civilians"], [], [5], [], [], [],
       [S[0]], optional=True,
       note="Background in a1 with its own date (3 November): a roadside bomb hit a minibus near Gorom-Gorom, 5 "
            "killed. The sitrep's yearly toll (civilians killed since January) is no incident."),
    # --- Uganda: a grenade into a bar in Lira; a victim dies days later in Gulu ---------------------------------------
    at("lira-bar-grenade-2008-08-22", "2008-08-22", LIRA,
       "bombing", UPLA, "attributed", None, ["grenade"], ["civilians", "business"], [],
       [3, 4], [6], [17], [16], S[2:4], killed_best=4,
       note="Friday 22 August 2008 about 10:15 p.m.: a man threw a grenade into a bar on the main road of Lira. b1 (a "
            "1990s-style all-caps embassy cable dated Monday 25 August: 'ON FRIDAY NIGHT'): 3 killed, 17 wounded; "
            "police blame the Uganda Patriotic Liberation Army (invented). b2 (a police press-conference transcript, "
            "Thursday 28 August): a fourth victim died 'on Tuesday' at Lacor hospital in Gulu (hospital town, no "
            "scene): 4 killed (a market rumour of 'six' denied by the spokeswoman: optional); 17 wounded of whom 16 remain (optional); injured_best unscored. Background in b1: a "
            "grenade in a Kitgum market in July (optional)."),
    at("kitgum-market-grenade-2008-07-19", "2008-07-19", KITGUM,
       "bombing", None, None, None, ["grenade"], ["civilians"], [], [], [], [2], [],
       [S[2]], optional=True,
       note="Background in b1 with its own date (19 July): a grenade at the Kitgum market wounded 2. Must not lend 2."),
    # --- Libya: a car bomb at a checkpoint 15 km west of Ajdabiya; an unrelated killing of a judge in Misrata ----------
    at("ajdabiya-checkpoint-car-bomb-2014-06-12", "2014-06-12", AJDABIYA,
       "bombing", WMC, "claimed", None, ["vehicle_bomb"], ["military"], [],
       [5], [3], [9], [], S[4:6], killed_best=5, injured_best=9,
       note="Thursday 12 June 2014 about 7:30 a.m.: a car bomb exploded at an army checkpoint on the coastal road "
            "'15 km west of Ajdabiya': 5 soldiers killed, 9 wounded. c1 (a bilingual English/French page, 13 June): 5 "
            "killed, 9 wounded, claimed by the Wahat Mujahideen Council (invented). c2 (an RSS feed dump, items of 12 "
            "and 13 June): first item 'at least three' killed (superseded in the same page, optional), later item five killed and nine wounded, the claim. "
            "Nothing says the driver died on purpose (suicide null)."),
    at("misrata-judge-shooting-2014-06-12", "2014-06-12", MISRATA,
       "assassination", None, None, None, ["firearm"], ["government"], [], [1], [], [], [],
       [S[5]],
       note="Unrelated attack in another item of c2 (no group): Thursday 12 June 2014 in the evening, gunmen shot dead "
            "a judge outside his house in Misrata. Nobody named."),
    at("benghazi-courthouse-bomb-2014-05-27", "2014-05-27", BENGHAZI,
       "bombing", None, None, None, ["vehicle_bomb"], ["government"], [], [2], [], [], [],
       [S[4]], optional=True,
       note="Background in c1 with its own date (27 May): a car bomb outside a Benghazi court, 2 killed."),
    # --- Thailand: a bomb at a tea shop in a village of Mayo district (Pattani) ------------------------------------------
    at("mayo-tea-shop-bomb-2007-03-10", "2007-03-10", MAYO,
       "bombing", None, None, None, ["ied"], ["civilians", "business"], ["military"],
       [3], [], [11, 12], [], S[6:8],
       note="Saturday 10 March 2007 about 7 p.m.: a bomb hidden in a parked motorcycle exploded outside a tea shop in "
            "the invented village of Ban Kuan Lamae, Mayo district, Pattani (coded at Mayo; Mayo is also a county of "
            "Ireland): 3 killed (one an off-duty ranger), 11 wounded. d1 (a podcast transcript, Wednesday 14 March: "
            "'last Saturday'): 3 killed, 11 wounded, 'insurgents' suspected (no name). d2 (an academic paper excerpt "
            "published months later, November 2007, with an incident table): 3 killed, 12 injured. Backgrounds in the "
            "table (Khok Pho, Panare: optional); the paper's multi-year toll is no incident."),
    at("khok-pho-rubber-tappers-shooting-2007-01-24", "2007-01-24", KHOKPHO,
       "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [2], [], [], [],
       [S[7]], optional=True,
       note="Background row of d2's table with its own date: two rubber tappers shot near Khok Pho."),
    at("panare-school-arson-2007-02-05", "2007-02-05", PANARE,
       "other", None, None, None, ["fire"], ["education"], [], [], [], [], [],
       [S[7]], optional=True,
       note="Background row of d2's table with its own date: a school burned in Panare district, no casualties."),
    # --- Colombia: a drone drops explosives on the police station of Argelia (Cauca) -------------------------------------
    at("argelia-police-station-drone-attack-2021-09-14", "2021-09-14", ARGELIA,
       "armed_assault", GUA, "denied", None, ["drone", "explosive", "firearm"], ["police"], ["civilians"],
       [2, 3], [], [4, 6], [], S[8:10], killed_best=3,
       note="Tuesday 14 September 2021 about 9:30 p.m.: a drone dropped explosives on the police station of Argelia "
            "(Cauca; Argelia is also the Spanish name of Algeria and of towns in Antioquia and Valle), followed by "
            "gunfire from the hills. e1 (a residents' WhatsApp group export, 14-15 September): two police dead in the "
            "messages, a woman from the shop next door dies later that night ('ya son 3'); e2 (a news page saved with "
            "raw HTML, Thursday 16 September: 'on Tuesday night'): police said 2 police killed and 4 wounded; the "
            "mayor said 3 dead, the Popayán hospital (hospital town, no scene) 6 wounded. The army blames the "
            "Columna Móvil Los Guácharos (invented), which denies ('denied'). Background in e2: Balboa (optional)."),
    at("balboa-patrol-ambush-2021-08-02", "2021-08-02", BALBOA,
       "armed_assault", None, None, None, ["firearm"], ["police"], [], [1], [], [], [],
       [S[9]], optional=True,
       note="Background in e2 with its own date (2 August): a police patrol ambushed outside Balboa (Cauca; Balboa is "
            "also in Panama), 1 killed. Related links in e2 carry other figures: no incidents."),
]
groups = [dict(id=WAVE, members=["dori-gendarmerie-assault-2019-11-17", "kaya-army-checkpoint-attack-2019-11-17"],
               killed=[13], killed_optional=[], injured=[19], injured_optional=[],
               note="Two attacks the same dawn in two towns, claimed together: one wave. The wounded (19) are only given "
                    "for the two sites together.")]
gold = dict(about="Hand-coded reference for eval/synthetic65/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_figueira_mine_infographic: a controlled detonation by navy divers of an old sea mine "
                           "trawled up by fishermen off Figueira da Foz (Portugal). No attack: no incident.",
                           "a1: the yearly civilian toll and displacement figures are no incidents; a2: the CSV's "
                           "non-attack rows (a flood, a mine accident) are no incidents.",
                           "d2: the multi-year toll of the southern insurgency is no incident.",
                           "Related-link lists, photo captions and podcast or RSS items about other subjects are no "
                           "incidents."])
json.dump(gold, open(os.path.join(here, "synthetic65.gold.json"), "w"), indent=1, ensure_ascii=False)
