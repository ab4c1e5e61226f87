#!/usr/bin/env python3
"""Writes synthetic72.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_macenta_gueckedou_press_release", "a2_macenta_gueckedou_diaspora_site",
     "b1_kampong_thom_wire_update2", "b2_kampong_thom_magazine_long_read",
     "c1_chimore_live_updates_daily", "c2_chimore_radio_transcript",
     "d1_qulsary_police_media_brief", "d2_qulsary_ngo_statement",
     "e1_mchinji_in_brief_column", "e2_mchinji_funerals_followup",
     "f1_youghal_editorial"]
MRF = ["Mouvement pour la Renaissance de la Forêt", "Mouvement pour la Renaissance de la Foret", "MRF",
       "Movement for the Renaissance of the Forest", "the Mouvement pour la Renaissance de la Forêt"]
KLA = ["Khmer Lotus Army", "the Khmer Lotus Army", "Lotus Army", "Kangtoap Chhouk Khmer", "KLA"]
CT = ["Comando Tunari", "the Comando Tunari", "Tunari Command", "Comando Armado Tunari"]
MACENTA = ("GN", "Nzerekore", "Macenta", 8.54351, -9.47099)
GUECKEDOU = ("GN", "Nzerekore", "Gueckedou", 8.56744, -10.1336)
BEYLA = ("GN", "Nzerekore", "Beyla", 8.69011, -8.64869)
KTHOM = ("KH", "Kampong Thom", "Kampong Thom", 12.71112, 104.88873)
KCHHNANG = ("KH", "Kampong Chhnang", "Kampong Chhnang", 12.25, 104.66667)
CHIMORE = ("BO", "Cochabamba", "Chimoré", -16.99417, -65.1533)
COLOMI = ("BO", "Cochabamba", "Colomi", -17.35, -65.86667)
QULSARY = ("KZ", "Atyraū", "Qulsary", 46.95307, 54.01978)
DOSSOR = ("KZ", "Atyraū", "Dossor", 47.53234, 52.9709)
MCHINJI = ("MW", "Central Region", "Mchinji", -13.79841, 32.88019)
BALAKA = ("MW", "Southern Region", "Balaka", -14.97928, 34.95575)
DOWA = ("MW", "Central Region", "Dowa", -13.65399, 33.93754)
WAVE = "macenta-gueckedou-night-attacks-2022-05-15"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Guinea: a gendarmerie brigade and a police station attacked the same night, claimed together ------------------
    at("macenta-gendarmerie-brigade-attack-2022-05-15", "2022-05-15", MACENTA,
       "armed_assault", MRF, "claimed", None, ["firearm"], ["police"], [],
       [2], [], [], [], S[0:2], group=WAVE, killed_best=2,
       note="Night of Saturday 14 to Sunday 15 May 2022, about 2:10 a.m.: armed men attacked the territorial gendarmerie "
            "brigade of Macenta; two gendarmes killed. a1 (the Ministry of Security's press release, issued the same "
            "Sunday, dated in the French way 'dans la nuit du samedi 14 au dimanche 15 mai'): 2 dead in Macenta, 'four "
            "dead in all', seven wounded for both towns together (on the group), taken to Nzérékoré (hospital town, no "
            "scene); three assailants 'neutralised' (attackers, not victims). a2 (a diaspora news site in Brussels, "
            "Wednesday 18 May): same figures; the claim by the Mouvement pour la Renaissance de la Forêt (invented), "
            "posted on Monday, which boasts 'more than twenty' dead (group killed_optional)."),
    at("gueckedou-police-station-attack-2022-05-15", "2022-05-15", GUECKEDOU,
       "armed_assault", MRF, "claimed", None, ["firearm"], ["police"], ["civilians"],
       [2], [], [], [], S[0:2], group=WAVE, killed_best=2,
       note="Same night about 2:40 a.m.: the central police station of Guéckédou (GeoNames 'Gueckedou') attacked; a "
            "police officer and the night watchman of a neighbouring bank killed (a1, a2). Wounded only given for both "
            "towns together (7, on the group)."),
    at("beyla-bus-attack-2021-08", "2021-08", BEYLA,
       "armed_assault", None, None, None, ["firearm"], ["transportation", "civilians"], [], [2], [], [], [],
       ["a2_macenta_gueckedou_diaspora_site"], optional=True,
       note="Background in a2 with its month only ('In August of last year', in a page of May 2022): gunmen fired on a bus near Beyla, "
            "two passengers killed, nobody named."),
    # --- Cambodia: a grenade thrown into a crowd at a pagoda festival in Kampong Thom ------------------------------------
    at("kampong-thom-pagoda-festival-grenade-2003-03-08", "2003-03-08", KTHOM,
       "bombing", KLA, "attributed", None, ["grenade"], ["civilians"], ["religious"],
       [3, 4], [1, 2], [26], [20], S[2:4], killed_best=4,
       note="Saturday 8 March 2003 about 9:15 p.m.: a hand grenade was thrown into the crowd watching a concert at a "
            "pagoda festival in Kampong Thom town. b1 (a wire story, Sunday 9 March, with its history: the first "
            "version 'one killed, at least 20 wounded', UPDATE 1 'two killed', UPDATE 2 'three killed, 26 wounded'; "
            "'late on Saturday'): 1 and 2 superseded (optional), 20 superseded (optional); the government spokesman "
            "blames the Khmer Lotus Army (invented). b2 (a weekly magazine's long read, Friday 4 April 2003): three died "
            "that night and a girl of 12 died in a Phnom Penh hospital (hospital town, no scene) nine days later: 4 "
            "killed (best); injured_best unscored (one of the wounded died). Background in b2: a grenade in a karaoke "
            "parlour in Kampong Chhnang on 27 December 2002 (optional); a count of grenade attacks since 1998 is no "
            "incident."),
    at("kampong-chhnang-karaoke-grenade-2002-12-27", "2002-12-27", KCHHNANG,
       "bombing", None, None, None, ["grenade"], ["civilians", "business"], [], [], [], [6], [],
       ["b2_kampong_thom_magazine_long_read"], optional=True,
       note="Background in b2 with its own date: a grenade tossed into a karaoke parlour in Kampong Chhnang on 27 "
            "December 2002, six wounded."),
    # --- Bolivia: an anti-drug patrol ambushed with dynamite and gunfire near Chimoré ------------------------------------
    at("chimore-umopar-patrol-ambush-2011-09-13", "2011-09-13", CHIMORE,
       "armed_assault", CT, "denied", None, ["explosive", "firearm"], ["police"], ["civilians", "transportation"],
       [4], [2], [7], [6], S[4:6], killed_best=4, injured_best=7,
       note="Tuesday 13 September 2011 about 11:30 a.m.: a UMOPAR (anti-drug police) patrol was ambushed with dynamite "
            "charges and rifle fire on a side road about 12 km from Chimoré (Chapare, Cochabamba). c1 (a regional daily's "
            "page with a live-updates box, the same Tuesday): first 'two police officers dead, six wounded' (superseded, "
            "optional), then 4 dead (three officers and the civilian driver of the hired pickup) and 7 wounded; "
            "wounded flown to Cochabamba (hospital town, no scene). The Government Minister blames the Comando Tunari "
            "(invented); c2 (a local radio's web transcript, Thursday 15 September: 'el martes' / 'on Tuesday'): 4 dead, "
            "7 wounded, the Comando Tunari's communiqué denies ('denied'); the coca growers' federation also rejects "
            "the blame. Background in c2: a dynamite blast at a checkpoint near Colomi on 2 May 2011 (optional); a "
            "count of police killed in the Tropics since 2008 is no incident."),
    at("colomi-checkpoint-dynamite-2011-05-02", "2011-05-02", COLOMI,
       "bombing", None, None, None, ["explosive"], ["police"], [], [], [], [2], [],
       ["c2_chimore_radio_transcript"], optional=True,
       note="Background in c2 with its own date ('el 2 de mayo'): a dynamite charge at a police checkpoint near Colomi, "
            "two officers wounded."),
    # --- Kazakhstan: gunmen attack a road police post at the entrance of Qulsary ----------------------------------------
    at("qulsary-road-police-post-attack-2013-07-19", "2013-07-19", QULSARY,
       "armed_assault", None, None, None, ["firearm"], ["police"], ["civilians"],
       [3, 4], [], [4], [], S[6:8], killed_best=4, injured_best=4,
       note="Friday 19 July 2013 about 23:40: five armed men attacked the road police post at the entrance of Qulsary "
            "(Kulsary) from a car. d1 (the regional police department's media brief with numbered points, Saturday "
            "20.07.2013, 'yesterday'): two officers and a taxi driver killed (3), four injured, taken to Atyrau "
            "(hospital town, no scene); three attackers 'liquidated' and two detained (attackers, not victims); the "
            "attackers called 'adherents of a destructive religious current', no group named (perpetrator null). d2 (a "
            "human-rights NGO's statement, Monday 29 July): four killed, the police count having left out a woman hit "
            "at the bus stop (a different figure by source; best 4, the later figure); the NGO's complaints about "
            "detentions are no incident; background: the shooting at a police post in Dossor on 3 November 2012 "
            "(optional); a count of attacks on police in western Kazakhstan since 2011 is no incident."),
    at("dossor-police-post-shooting-2012-11-03", "2012-11-03", DOSSOR,
       "armed_assault", None, None, None, ["firearm"], ["police"], [], [], [], [1], [],
       ["d2_qulsary_ngo_statement"], optional=True,
       note="Background in d2 with its own date: shots fired at a police post in Dossor on 3 November 2012, one officer "
            "wounded."),
    # --- Malawi: a gang attacks a bottle store near Mchinji; an unrelated shooting at a police roadblock in Balaka -----
    at("mchinji-bottle-store-attack-2018-06-16", "2018-06-16", MCHINJI,
       "armed_assault", None, None, None, ["knife", "firearm"], ["civilians", "business"], [],
       [3, 4], [], [9], [], S[8:10], killed_best=4, injured_best=9,
       note="Saturday 16 June 2018 about 8:30 p.m.: a gang armed with pangas and a gun attacked patrons of a bottle store "
            "at a trading centre about 9 km from Mchinji boma on the road to the Zambian border. e1 (a newspaper's 'In "
            "brief' column, Monday 18 June: 'on Saturday night'): police say 3 killed, 9 injured; nobody named "
            "(perpetrator null). e2 (a follow-up on the funerals, Thursday 21 June): a fourth man found dead in a maize "
            "field on the Sunday morning (4, best); seven of the injured still at Kamuzu Central Hospital in Lilongwe "
            "(hospital town, no scene). Background in e2: a similar attack near Dowa in September 2016 (optional); the "
            "district's yearly murder count is no incident."),
    at("balaka-police-roadblock-shooting-2018-06-17", "2018-06-17", BALAKA,
       "armed_assault", None, None, None, ["firearm"], ["police"], [],
       [], [0], [2], [], ["e1_mchinji_in_brief_column"], injured_best=2,
       note="Sunday 17 June 2018 about 1 a.m.: men in a car fired at a police roadblock at Balaka, two officers wounded, "
            "nobody killed ('no one died', 0 optional). UNRELATED to Mchinji (no group): another item of the same 'In "
            "brief' column (e1)."),
    at("dowa-drinking-place-attack-2016-09", "2016-09", DOWA,
       "armed_assault", None, None, None, ["knife"], ["civilians"], [], [4], [], [], [],
       ["e2_mchinji_funerals_followup"], optional=True,
       note="Background in e2 with its month only ('in September 2016'): four people hacked to death at a drinking place "
            "near Dowa."),
]
groups = [dict(id=WAVE, members=["macenta-gendarmerie-brigade-attack-2022-05-15",
                                 "gueckedou-police-station-attack-2022-05-15"],
               killed=[4], killed_optional=[20], injured=[7], injured_optional=[],
               note="Two towns attacked within half an hour the same night, claimed together: one wave. 4 dead in all "
                    "(the assailants not counted), 7 wounded only given for both; the claim's 'more than twenty' is "
                    "the group's own boast (optional).")]
gold = dict(about="Hand-coded reference for eval/synthetic72/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_youghal_editorial: the Army bomb disposal team's controlled explosion of "
                           "an old sea mine washed up at Youghal, a major-emergency exercise simulating an attack on the "
                           "ferry, and a clay-pigeon shoot: no attack, no incident.",
                           "a1/a2: the three assailants 'neutralised' are not victims; the curfew is no incident.",
                           "b2: the count of grenade attacks since 1998 is no incident.",
                           "c1/c2: the count of police killed in the Tropics since 2008 and the road blockades are no "
                           "incidents.",
                           "d1/d2: the three attackers killed are not victims; the detentions and beatings the NGO "
                           "alleges and the yearly count of attacks on police are no incidents.",
                           "e1: the other 'In brief' items (a road accident, a fire at a market, a court case) are no "
                           "attacks; e2: the district's yearly murder count is no toll.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic72.gold.json"), "w"), indent=1, ensure_ascii=False)
