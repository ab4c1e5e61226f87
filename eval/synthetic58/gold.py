#!/usr/bin/env python3
"""Writes synthetic58.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_hola_kipini_live_updates", "a2_hola_kipini_names_of_the_dead",
     "b1_khanaqin_kut_wire_story", "b2_khanaqin_editorial",
     "c1_isabela_broadcaster_social_posts", "c2_isabela_survivor_interview",
     "d1_aguililla_regional_daily_related", "d2_aguililla_court_report",
     "e1_tsafe_morning_briefing", "e2_tsafe_week_in_review",
     "f1_estepona_film_shoot_radio"]
CBB = ["Coastal Banner Brigade", "the Coastal Banner Brigade", "Katibat Rayat al-Sahil", "CBB",
       "Coastal Banner Brigades"]
SAH = ["Sabil al-Haq Movement", "the Sabil al-Haq Movement", "Sabil al-Haq", "SHM", "Kilusang Sabil al-Haq"]
SER = ["Los Serranos del Filo", "Serranos del Filo", "the Serranos del Filo", "Cártel de los Serranos del Filo",
       "Serranos del Filo cartel"]
HOLA = ("KE", "Tana River", "Hola", -1.48256, 40.03341)
KIPINI = ("KE", "Tana River", "Kipini", -2.52565, 40.5262)
KILIFI = ("KE", "Kilifi", "Kilifi", -3.63045, 39.84992)
KHANAQIN = ("IQ", "Diyālá", "Khānaqīn", 34.3482, 45.39065)
KUT = ("IQ", "Wāsiţ", "Al Kūt", 32.5128, 45.81817)
MANDALI = ("IQ", "Diyālá", "Mandalī", 33.7481, 45.55503)
ISABELA = ("PH", "Autonomous Region in Muslim Mindanao", "City of Isabela", 6.70407, 121.97117)
LAMITAN = ("PH", "Autonomous Region in Muslim Mindanao", "Lamitan City", 6.6502, 122.12952)
AGUILILLA = ("MX", "Michoacán", "Aguililla", 18.73742, -102.78934)
COALCOMAN = ("MX", "Michoacán", "Coalcomán de Vázquez Pallares", 18.7775, -103.16)
TSAFE = ("NG", "Zamfara", "Tsafe", 11.95775, 6.92083)
SHINKAFI = ("NG", "Zamfara", "Shinkafi", 13.07296, 6.50574)
WAVE = "hola-kipini-night-raids-2014-06-21"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Kenya (Tana River): the police post of Hola and a video hall in Kipini attacked the same night ----------------
    at("hola-police-post-raid-2014-06-21", "2014-06-21", HOLA,
       "armed_assault", CBB, "claimed", None, ["firearm"], ["police"], ["civilians"],
       [7], [3, 5, 2], [], [], S[0:2], group=WAVE, killed_best=7,
       note="Saturday 21 June 2014 about 8:40 p.m.: gunmen stormed the police post of Hola. a1 (a news agency's live "
            "page, oldest entry first, 21-22 June): first 'three officers' (superseded, optional), then seven dead, "
            "'five officers and two civilians' (parts, optional); a2 (a Sunday paper's follow-up, 22 June, 'last "
            "night'): names the seven dead with ages. Wounded only given for both towns together (17, on the group), "
            "airlifted to Malindi (hospital town, no scene). Claimed with Kipini by the Coastal Banner Brigade "
            "(invented)."),
    at("kipini-video-hall-shooting-2014-06-21", "2014-06-21", KIPINI,
       "armed_assault", CBB, "claimed", None, ["firearm"], ["civilians"], ["business"],
       [5], [6], [], [], S[0:2], group=WAVE, killed_best=5,
       note="Saturday 21 June 2014 about 9:30 p.m.: gunmen fired into a video hall in Kipini where men watched a "
            "football match. a1: first 'six' then corrected to five (one body counted twice; 6 optional); a2: names "
            "the five dead. Part of the same claimed night of raids as Hola."),
    at("kilifi-bar-grenade-2014-05-03", "2014-05-03", KILIFI,
       "bombing", None, None, None, ["grenade"], ["civilians", "business"], [], [], [], [4], [],
       ["a2_hola_kipini_names_of_the_dead"], optional=True,
       note="Background in a2 with its own date ('on 3 May'): a grenade thrown into a bar in Kilifi, four wounded."),
    # --- Iraq: a car bomb at the livestock market of Khanaqin and, unrelated, a roadside bomb in Kut ---------------------
    at("khanaqin-livestock-market-car-bomb-2008-10-16", "2008-10-16", KHANAQIN,
       "bombing", None, None, None, ["vehicle_bomb"], ["civilians", "business"], [],
       [4, 6], [], [15, 22], [], S[2:4], killed_best=6, injured_best=22,
       note="Thursday 16 October 2008 about 9:30 a.m.: a parked car bomb at the livestock market of Khanaqin. b1 (a "
            "wire story with an '(Adds ...)' note, same day): police say 4 killed and 15 wounded, the town hospital 6 "
            "killed and 22 wounded; nobody named. b2 (an editorial, Monday 20 October, 'last Thursday'): six dead and "
            "22 wounded per the hospital; a year-long toll for Diyala and a background funeral bombing in Mandali."),
    at("kut-police-patrol-roadside-bomb-2008-10-16", "2008-10-16", KUT,
       "bombing", None, None, None, ["ied"], ["police"], [],
       [2], [], [3], [], ["b1_khanaqin_kut_wire_story"], killed_best=2, injured_best=3,
       note="Thursday 16 October 2008 about 2 p.m.: a roadside bomb hit a police patrol in Kut; two policemen killed, "
            "three wounded. Reported in the same wire story as Khanaqin but unrelated (no group)."),
    at("mandali-funeral-suicide-bombing-2008-08-03", "2008-08-03", MANDALI,
       "bombing", None, None, True, ["suicide_vest"], ["civilians"], ["religious"], [19], [], [], [],
       ["b2_khanaqin_editorial"], optional=True,
       note="Background in b2 with its own date ('on 3 August'): a suicide bomber at a funeral tent in Mandali, 19 "
            "killed. Must not lend 19 to October."),
    # --- Philippines (Basilan): a bomb at the wharf waiting area of Isabela City; a boy dies days later ----------------
    at("isabela-wharf-bombing-2017-08-26", "2017-08-26", ISABELA,
       "bombing", SAH, "denied", None, ["ied"], ["transportation", "civilians"], [],
       [2, 3], [5], [14], [9], S[4:6], killed_best=3,
       note="Saturday 26 August 2017 about 7:15 a.m.: a bomb left in a bag exploded in the passenger waiting area of "
            "the Isabela City wharf (Basilan; not Isabela province in Luzon, Isabela in Negros Occidental or Isabela "
            "in Puerto Rico). c1 (a broadcaster's article with embedded social-media posts, same day): 2 killed, 14 "
            "wounded, a user's post claiming '5 dead' (rumour, optional); the military blames the Sabil al-Haq "
            "Movement (invented), whose spokesman denies in an embedded post ('denied'). c2 (a survivor's Q&A "
            "interview, 4 September): a nine-year-old boy died on Wednesday in Zamboanga City (hospital town, no "
            "scene): 3 dead. Written-texts change: c1's 'nine of the wounded' taken to Zamboanga (a part of the 14) added to "
            "injured_optional. injured_best unscored (one of the wounded died). Background in c2: a bomb at a Lamitan "
            "bus stop on 9 April."),
    at("lamitan-bus-stop-bomb-2017-04-09", "2017-04-09", LAMITAN,
       "bombing", None, None, None, ["ied"], ["transportation", "civilians"], [], [], [], [5], [],
       ["c2_isabela_survivor_interview"], optional=True,
       note="Background in c2 with its own date ('on 9 April'): a bomb at a bus stop in Lamitan wounded five."),
    # --- Mexico (Michoacán): state police convoy ambushed 12 km from Aguililla; four gunmen killed -----------------------
    at("aguililla-state-police-convoy-ambush-2021-05-18", "2021-05-18", AGUILILLA,
       "armed_assault", SER, "attributed", None, ["firearm"], ["police"], [],
       [5], [], [3], [], S[6:8], killed_best=5, injured_best=3,
       note="Tuesday 18 May 2021 about 4 p.m.: gunmen ambushed a state police convoy on the road to Coalcomán 'about "
            "12 kilometres from Aguililla' ('near Aguililla'): five officers killed, three wounded; four of the "
            "attackers were killed in the exchange of fire (not victims: 4 is no killed figure). d1 (a regional daily, "
            "Wednesday 19 May, 'on Tuesday afternoon', inline 'Related:' links with other incidents' figures); the "
            "state prosecutor attributes it to Los Serranos del Filo (invented). d2 (a court report of 9 June 2022, a "
            "year later): two men sentenced; same figures; background: a checkpoint attack at Coalcomán on 9 "
            "January 2021."),
    at("coalcoman-checkpoint-attack-2021-01-09", "2021-01-09", COALCOMAN,
       "armed_assault", SER, "attributed", None, ["firearm"], ["military"], [], [2], [], [], [],
       ["d2_aguililla_court_report"], optional=True,
       note="Background in d2 with its own date ('on 9 January 2021'): an attack on an army checkpoint at Coalcomán, "
            "two soldiers killed, tried in a separate case."),
    # --- Nigeria (Zamfara): bandits raid a village of Tsafe local government area ---------------------------------------
    at("tsafe-village-bandit-raid-2019-03-14", "2019-03-14", TSAFE,
       "armed_assault", None, None, None, ["firearm"], ["civilians"], [],
       [11, 13, 16], [], [6], [], S[8:10], killed_best=13, injured_best=6,
       note="Thursday 14 March 2019 about 10 p.m.: gunmen on motorbikes raided Unguwar Dutsi (an invented village "
            "'in Tsafe local government area'; coded at Tsafe), killed villagers and abducted 23. e1 (a morning e-mail "
            "briefing 'Five things to know today', Friday 15 March, 'last night'): police 11 killed, six wounded "
            "taken to Gusau (hospital town, no scene). e2 (a weekly magazine's week in review, Saturday 16 March): "
            "police raised the toll to 13 after two bodies were found; village elders say 16; a yearly toll for the "
            "state must not leak; background: a market raid in Shinkafi on 2 February. Nobody named ('bandits'): "
            "perpetrator null."),
    at("shinkafi-market-raid-2019-02-02", "2019-02-02", SHINKAFI,
       "armed_assault", None, None, None, ["firearm"], ["civilians", "business"], [], [7], [], [], [],
       ["e2_tsafe_week_in_review"], optional=True,
       note="Background in e2 with its own date ('on 2 February'): gunmen raided the Shinkafi cattle market, 7 killed."),
]
groups = [dict(id=WAVE, members=["hola-police-post-raid-2014-06-21", "kipini-video-hall-shooting-2014-06-21"],
               killed=[12], killed_optional=[], injured=[17], injured_optional=[],
               note="Two raids the same night in two towns of Tana River County, claimed together: one wave. The "
                    "wounded (17) are only given for the two together.")]
gold = dict(about="Hand-coded reference for eval/synthetic58/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_estepona_film_shoot_radio: a television crew filmed a staged car-bomb explosion in "
                           "Estepona (Spain); residents reported an 'attack'. No attack: no incident.",
                           "b2_khanaqin_editorial: the year-long toll for Diyala is no incident.",
                           "e2_tsafe_week_in_review: the yearly toll for Zamfara is no incident; the other items of the "
                           "week are no attacks.",
                           "e1_tsafe_morning_briefing: the other four items (a boat accident, prices, a match, weather) "
                           "are no attacks.",
                           "d1_aguililla_regional_daily_related: the inline 'Related:' headlines carry other incidents' "
                           "figures and are no incidents of the day.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic58.gold.json"), "w"), indent=1, ensure_ascii=False)
