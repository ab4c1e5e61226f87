#!/usr/bin/env python3
"""Writes synthetic64.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_maroua_kousseri_live_blog", "a2_maroua_kousseri_hospital_update",
     "b1_kassala_wire_story", "b2_kassala_obituary",
     "c1_narail_faridpur_news_in_brief", "c2_narail_opinion_column",
     "d1_ghardimaou_five_things", "d2_ghardimaou_governor_interview",
     "e1_al_bayda_ngo_press_release", "e2_al_bayda_photo_gallery",
     "f1_bodo_letter_to_editor"]
SLB = ["Sons of the Lake Brigade", "the Sons of the Lake Brigade", "Katibat Abna al-Buhayra", "Sons of the Lake"]
GDLM = ["Gash Delta Liberation Movement", "GDLM", "the Gash Delta Liberation Movement"]
ANM = ["Ahle Nur Mujahideen", "the Ahle Nur Mujahideen"]
KMB = ["Kroumirie Mountain Battalion", "the Kroumirie Mountain Battalion", "Katibat Jibal Khroumir", "Kroumirie Battalion"]
MAHF = ["Mahliyah Front", "the Mahliyah Front"]
MAROUA = ("CM", "Far North", "Maroua", 10.59095, 14.31593)
KOUSSERI = ("CM", "Far North", "Kousséri", 12.07689, 15.03063)
MAKARY = ("CM", "Far North", "Makary", 12.57535, 14.45483)
KASSALA = ("SD", "Kassala", "Kassala", 15.45099, 36.39998)
QADARIF = ("SD", "Al Qaḑārif", "Al Qadarif", 14.03493, 35.38344)
NARAIL = ("BD", "Khulna", "Narail", 23.15509, 89.49515)
MAGURA = ("BD", "Khulna", "Magura", 23.48702, 89.41592)
FARIDPUR = ("BD", "Dhaka", "Farīdpur", 23.60612, 89.84064)
GHARDIMAOU = ("TN", "Jendouba Governorate", "Ghardimaou", 36.44788, 8.4413)
ELKEF = ("TN", "Kef Governorate", "El Kef", 36.17424, 8.70486)
ALBAYDA = ("YE", "Al Bayda", "Al Bayda", 13.98523, 45.57272)
YARIM = ("YE", "Ibb", "Yarīm", 14.29804, 44.37795)
WAVE = "maroua-kousseri-suicide-bombings-2016-07-24"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Cameroon (Far North): two suicide bombings the same Sunday morning, Maroua market and Kousseri checkpoint -----
    at("maroua-central-market-suicide-bombing-2016-07-24", "2016-07-24", MAROUA,
       "bombing", SLB, "attributed", True, ["suicide_vest"], ["civilians"], ["business"],
       [13, 14], [8], [], [], S[0:2], group=WAVE, killed_best=14,
       note="Sunday 24 July 2016 about 10:15 a.m.: two young women blew themselves up among the grain sellers of the "
            "central market of Maroua. a1 (live blog, same day, newest entry first): first entry 8 dead (superseded, "
            "optional), later 13 (the two bombers not counted); the governor blames the Sons of the Lake Brigade "
            "(invented). a2 (public update of the Regional Hospital of Garoua, Wednesday 27 July; Garoua is a "
            "hospital town, no scene): a market trader evacuated from Maroua died on Tuesday: 14. Wounded only for "
            "the two towns together (52, on the group)."),
    at("kousseri-checkpoint-suicide-bombing-2016-07-24", "2016-07-24", KOUSSERI,
       "bombing", SLB, "attributed", True, ["suicide_vest"], ["police"], ["civilians", "military"],
       [4], [3, 1], [], [], S[0:2], group=WAVE, killed_best=4,
       note="Sunday 24 July 2016 about 10:40 a.m.: a man wearing an explosive belt blew himself up at the gendarmerie "
            "checkpoint at the entrance of Kousseri: 4 killed (three gendarmes and a moto-taxi driver: parts, optional), "
            "the bomber not counted. a1 and a2 give 4."),
    at("makary-mosque-suicide-bombing-2016-07-05", "2016-07-05", MAKARY,
       "bombing", None, None, True, ["suicide_vest"], ["religious"], ["civilians"], [4], [], [], [],
       ["a1_maroua_kousseri_live_blog"], optional=True,
       note="Background entry in a1 with its own date ('on 5 July'): a bomber at a mosque in Makary, 4 killed."),
    # --- Sudan (Kassala): a bomb in a minibus at the main bus terminal of Kassala ---------------------------------
    at("kassala-bus-terminal-bombing-2012-11-08", "2012-11-08", KASSALA,
       "bombing", GDLM, "denied", None, ["ied"], ["transportation", "civilians"], [],
       [7, 9, 10], [5], [23], [], S[2:4], killed_best=10,
       note="Thursday 8 November 2012 about 7:30 p.m.: a bomb hidden under a seat of a minibus exploded at the main "
            "bus terminal of Kassala. b1 (wire story, Friday 9 November, '(Updates toll, adds quote)'): the first "
            "version said 5 dead (superseded, optional); police said 7 dead, hospital sources 9; 23 wounded; the "
            "state governor blames the Gash Delta Liberation Movement (invented), which denies. b2 (tribute page, "
            "Sunday 18 November): a teacher wounded at the terminal died on Monday 12 November in a Khartoum hospital "
            "(Khartoum: hospital town, no scene): the state health ministry's toll is 10. injured_best unscored (one "
            "of the wounded died). Background in b2: the fuel depot near Al Qadarif, 14 August 2011. A yearly toll "
            "for the east is no figure of this attack."),
    at("al-qadarif-fuel-depot-bombing-2011-08-14", "2011-08-14", QADARIF,
       "bombing", None, None, None, ["explosive"], ["utilities", "business"], [], [2], [], [], [],
       ["b2_kassala_obituary"], optional=True,
       note="Background in b2 with its own date ('on 14 August last year'): a bomb at a fuel depot outside Al Qadarif "
            "killed two guards."),
    # --- Bangladesh: two unrelated attacks in one news-in-brief column ----------------------------------------------
    at("narail-jatra-crude-bomb-2005-10-15", "2005-10-15", NARAIL,
       "bombing", ANM, "suspected", None, ["explosive"], ["civilians"], [],
       [2], [], [14, 16], [], S[4:6], killed_best=2,
       note="Saturday 15 October 2005 about 10 p.m.: crude bombs thrown into the crowd of a jatra (folk theatre) show "
            "in the village of Char Bilpara, Narail district (invented village; coded at Narail): 2 killed; police "
            "said 14 injured, the Khulna Medical College Hospital (Khulna: hospital town, no scene) 16. c1 (a "
            "regional paper's news-in-brief column, Monday 17 October: 'on Saturday night'): police suspect the "
            "Ahle Nur Mujahideen (invented). c2 (opinion column, 20 February 2006, months later): 'on the night "
            "of 15 October', 2 killed, sixteen hurt; background: a grenade at a Magura cinema on 4 August 2005."),
    at("faridpur-union-chairman-shooting-2005-10-16", "2005-10-16", FARIDPUR,
       "assassination", None, None, None, ["firearm"], ["government"], [],
       [1], [], [], [], ["c1_narail_faridpur_news_in_brief"],
       note="Sunday 16 October 2005, morning: two men on a motorbike shot dead a union council chairman outside his "
            "house in Faridpur. Another brief in c1, UNRELATED to Narail (no group). Nobody named."),
    at("magura-cinema-grenade-2005-08-04", "2005-08-04", MAGURA,
       "bombing", None, None, None, ["grenade"], ["civilians", "business"], [], [], [], [11], [],
       ["c2_narail_opinion_column"], optional=True,
       note="Background in c2 with its own date ('on 4 August'): a grenade thrown into a Magura cinema hall wounded 11."),
    # --- Tunisia (Jendouba): a night assault on a National Guard post 12 km from Ghardimaou ---------------------------
    at("ghardimaou-national-guard-post-assault-2014-09-02", "2014-09-02", GHARDIMAOU,
       "armed_assault", KMB, "claimed", None, ["firearm", "rocket"], ["police"], ["military"],
       [4], [], [2, 3], [], S[6:8], killed_best=4, injured_best=3,
       note="Tuesday 2 September 2014 about 10:30 p.m.: some twenty gunmen attacked a National Guard post in the hills "
            "'about 12 km from Ghardimaou', near the Algerian border, with rifles and rocket-propelled grenades: 4 "
            "guardsmen killed; 3 attackers killed (not victims). d1 (a 'five things to know' listicle, Thursday 4 "
            "September: 'late on Tuesday'): 2 wounded; the Kroumirie Mountain Battalion (invented) claimed it. d2 "
            "(interview with the governor of Jendouba, Saturday 6 September): 3 wounded (a third found the next "
            "morning), treated in Jendouba (hospital town, no scene). Background in d1: a landmine near El Kef on "
            "18 May 2014, 2 soldiers killed. Regional tolls since 2011 are no figures of this attack."),
    at("el-kef-landmine-2014-05-18", "2014-05-18", ELKEF,
       "bombing", None, None, None, ["ied"], ["military"], [], [2], [], [], [],
       ["d1_ghardimaou_five_things"], optional=True,
       note="Background in d1 with its own date ('on 18 May'): a landmine killed two soldiers near El Kef."),
    # --- Yemen (Al Bayda): mortar shells on the water point of a displacement camp near Al Bayda -----------------------
    at("al-bayda-camp-water-point-shelling-2021-03-13", "2021-03-13", ALBAYDA,
       "shelling", MAHF, "attributed", None, ["mortar"], ["civilians", "utilities"], ["ngo"],
       [6, 7], [2], [11], [4], S[8:10], killed_best=7,
       note="Saturday 13 March 2021 about 9 a.m.: mortar shells hit the water point of an invented displacement camp "
            "(Al-Sawma'a camp) 'near Al Bayda' (Yemen; also a city in Libya) while people queued. e1 (NGO press "
            "release, Sunday 14 March: 'yesterday morning'): 6 killed, two of them staff (part, optional), 11 "
            "injured, four of them children (part, optional); names nobody. e2 (photo gallery, Tuesday 16 March): a boy died on Monday: 7 killed, 11 "
            "injured; governorate officials blame the Mahliyah Front (invented). injured_best unscored (the boy who died was one of the wounded). Background in e1: a staff vehicle "
            "on a landmine near Yarim on 2 January 2021, 2 injured. War-wide tolls are no figures of this attack."),
    at("yarim-ngo-vehicle-landmine-2021-01-02", "2021-01-02", YARIM,
       "bombing", None, None, None, ["ied"], ["ngo"], [], [], [], [2], [],
       ["e1_al_bayda_ngo_press_release"], optional=True,
       note="Background in e1 with its own date ('on 2 January'): an NGO vehicle hit a landmine near Yarim, two hurt."),
]
groups = [dict(id=WAVE, members=["maroua-central-market-suicide-bombing-2016-07-24",
                                 "kousseri-checkpoint-suicide-bombing-2016-07-24"],
               killed=[17, 18], killed_optional=[], injured=[52], injured_optional=[17, 16],
               note="Two suicide bombings the same morning in two towns of the Far North: one wave. a1: 17 dead in the "
                    "two towns and 52 wounded (no split); a2: 18 after a death on Tuesday; 17 of the wounded evacuated "
                    "to Garoua, 16 of them still there on Wednesday (parts, optional).")]
gold = dict(about="Hand-coded reference for eval/synthetic64/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_bodo_letter_to_editor: a witness's letter about the controlled detonation of an old "
                           "aircraft bomb found in the harbour of Bodø (Norway); an evacuation, a bang, nobody hurt. "
                           "No attack: no incident.",
                           "c1_narail_faridpur_news_in_brief: the boat capsize, the jute mill fire and the other "
                           "briefs are no attacks.",
                           "a1/a2: the insurgency's toll since 2014 in the Far North is no toll of the day; a2's "
                           "fire drill is no attack.",
                           "b1/b2: the yearly toll of attacks in the east is no toll of the day.",
                           "d1/d2: the regional tolls since 2011 and the attackers killed are no victims.",
                           "e1/e2: the war-wide tolls and displacement figures are no incident.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic64.gold.json"), "w"), indent=1, ensure_ascii=False)
