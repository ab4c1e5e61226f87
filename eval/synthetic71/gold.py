#!/usr/bin/env python3
"""Writes synthetic71.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_kouto_minignan_bilingual_release", "a2_kouto_minignan_flattened_table",
     "b1_hisor_fax_ocr", "b2_hisor_mailing_list_digest",
     "c1_la_libertad_sms_alert_log", "c2_la_libertad_screen_reader",
     "d1_ankazoabo_newsroom_yaml", "d2_ankazoabo_qp_newsletter",
     "e1_kundiawa_tv_subtitles", "e2_kundiawa_memorial_ics",
     "f1_cesis_film_shoot_markdown"]
ANB = ["Ansar al-Bagoé", "Ansar al-Bagoe", "Ansar el-Bagoé", "the Ansar al-Bagoé", "Ansar al Bagoe"]
HSO = ["Harakati Subhi Ozod", "Free Dawn Movement", "the Free Dawn Movement", "HSO", "Movement of the Free Dawn",
       "Harakat-i Subh-i Ozod"]
CNG = ["Los Cangrejeros", "Cangrejeros", "the Cangrejeros", "Los Cangrejeros gang"]
KOUTO = ("CI", "Savanes", "Kouto", 9.89029, -6.40921)
MINIGNAN = ("CI", "Denguélé", "Minignan", 9.99744, -7.83593)
MBENGUE = ("CI", "Savanes", "M’Bengué", 10.00244, -5.90037)
HISOR = ("TJ", "Republican Subordination", "Hisor", 38.52504, 68.55124)
VAHDAT = ("TJ", "Republican Subordination", "Vahdat", 38.55632, 69.01354)
LALIB = ("EC", "Guayas", "La Libertad", -2.233, -80.91039)
BABAHOYO = ("EC", "Los Ríos", "Babahoyo", -1.80217, -79.53443)
SALINAS = ("EC", "Santa Elena", "Salinas", -2.21452, -80.95151)
ANKAZOABO = ("MG", "Atsimo-Andrefana", "Ankazoabo", -22.28333, 44.51667)
BEROROHA = ("MG", "Atsimo-Andrefana", "Beroroha", -21.66667, 45.16667)
KUNDIAWA = ("PG", "Chimbu", "Kundiawa", -6.01972, 144.96917)
MINJ = ("PG", "Jiwaka", "Minj", -5.90752, 144.69159)
WAVE = "kouto-minignan-dawn-attacks-2021-11-14"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Côte d'Ivoire: two posts attacked before dawn the same Sunday, claimed together --------------------------------
    at("kouto-gendarmerie-brigade-attack-2021-11-14", "2021-11-14", KOUTO,
       "armed_assault", ANB, "claimed", None, ["firearm"], ["police"], [],
       [2, 3], [], [], [], S[0:2], group=WAVE, killed_best=3,
       note="Sunday 14 November 2021 about 3:30 a.m.: armed men on motorbikes attacked the gendarmerie brigade of Kouto. "
            "a1 (the army's communiqué, French paragraphs each followed by an [EN] version, issued the same Sunday): two "
            "gendarmes killed, two assailants 'neutralised' (attackers, not victims), nine wounded for the two attacks "
            "together (on the group). a2 (a monitoring site's table flattened one cell per line, Wednesday 17 November): "
            "Kouto 3 killed (a wounded gendarme died on Monday in Korhogo: hospital town, no scene) '+2 assailants'. "
            "Claimed for both posts by Ansar al-Bagoé (invented) on the Monday."),
    at("minignan-army-post-attack-2021-11-14", "2021-11-14", MINIGNAN,
       "armed_assault", ANB, "claimed", None, ["firearm"], ["military"], [],
       [1], [], [], [], S[0:2], group=WAVE, killed_best=1,
       note="Sunday 14 November 2021 about 4 a.m.: the army post of Minignan on the Malian border attacked at the same "
            "time; one soldier killed (a1, a2). Wounded only given for both sites together (9, on the group)."),
    at("mbengue-patrol-ied-2021-06-07", "2021-06-07", MBENGUE,
       "bombing", None, None, None, ["ied"], ["military"], [], [1], [], [2], [],
       ["a2_kouto_minignan_flattened_table"], optional=True,
       note="Background row of a2 with its own date: a roadside bomb hit an army patrol near M'Bengué on 7 June 2021, "
            "one soldier killed, two wounded. The intro's yearly toll (since January) is no incident."),
    # --- Tajikistan: a homemade bomb in a bin by the bazaar bus stand of Hisor -----------------------------------------
    at("hisor-bazaar-bomb-2006-10-14", "2006-10-14", HISOR,
       "bombing", HSO, "attributed", None, ["ied"], ["civilians"], ["business", "transportation"],
       [2], [3], [11], [], S[2:4], killed_best=2, injured_best=11,
       note="Saturday 14 October 2006 about 6:40 p.m.: a homemade bomb hidden in a rubbish bin by the bus stand at the "
            "gate of the central bazaar of Hisor exploded. b1 (a consultancy's security fax, OCR'd, Monday 16 October: "
            "'on Saturday evening'): first radio reports of three dead corrected by the Interior Ministry to two dead "
            "and 11 injured (3 superseded, optional); the ministry blames the banned Harakati Subhi Ozod / Free Dawn "
            "Movement (invented). b2 (a mailing-list digest of 17 October, '>' quoted replies): 2 dead, 11 injured, a "
            "boy critical in Dushanbe (hospital town, no scene); background: a blast outside the Vahdat cinema on 3 "
            "February 2006 (optional)."),
    at("vahdat-cinema-blast-2006-02-03", "2006-02-03", VAHDAT,
       "bombing", None, None, None, ["explosive"], ["civilians"], [], [], [], [4], [],
       ["b2_hisor_mailing_list_digest"], optional=True,
       note="Background in b2 with its own date: a blast outside the cinema of Vahdat on 3 February, four injured."),
    # --- Ecuador: gunmen fire on a seafood terrace in La Libertad; an unrelated grenade-like device in Babahoyo ---------
    at("la-libertad-seafood-terrace-shooting-2024-05-18", "2024-05-18", LALIB,
       "armed_assault", CNG, "denied", None, ["firearm"], ["civilians", "business"], [],
       [5], [3], [7], [], S[4:6], killed_best=5, injured_best=7,
       note="Saturday 18 May 2024 about 10:40 p.m.: gunmen on two motorbikes fired on the terrace of a cevichería on the "
            "malecón of La Libertad (Santa Elena; GeoNames puts it in Guayas; La Libertad is also a place in El "
            "Salvador, Mexico, Guatemala, Honduras, Peru...). c1 (an SMS alert log, 18-19 May): first '3 dead prelim' "
            "(superseded, optional), then 5 dead, 7 injured; police blame the Los Cangrejeros gang (invented), which "
            "denies in a banner ('denied'). c2 (a news page read through a screen reader, Sunday 19 May: 'last night'): "
            "5 dead, 7 wounded; background: a billiard hall in Salinas on 2 April (optional); the province's yearly "
            "count of violent deaths is no toll."),
    at("babahoyo-police-unit-explosive-2024-05-19", "2024-05-19", BABAHOYO,
       "bombing", None, None, None, ["explosive"], ["police"], [],
       [], [0], [2], [], ["c1_la_libertad_sms_alert_log"], injured_best=2,
       documents_optional=["c2_la_libertad_screen_reader"],
       note="Sunday 19 May 2024 about 2:15 a.m.: an explosive device thrown from a car at a community police unit (UPC) "
            "in Babahoyo, two officers hurt, no deaths. UNRELATED to La Libertad (no group): c1 reports both. c2 names it "
            "only in a related-links list (documents_optional)."),
    at("salinas-billiard-hall-shooting-2024-04-02", "2024-04-02", SALINAS,
       "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [3], [], [], [],
       ["c2_la_libertad_screen_reader"], optional=True,
       note="Background in c2 with its own date ('on 2 April'): a gunman killed three men in a billiard hall in Salinas."),
    # --- Madagascar: cattle raiders attack a village of the district of Ankazoabo --------------------------------------
    at("ankazoabo-village-dahalo-raid-2012-09-18", "2012-09-18", ANKAZOABO,
       "armed_assault", None, None, None, ["firearm"], ["civilians"], [],
       [4, 5], [], [6], [5], S[6:8], killed_best=5,
       note="Tuesday 18 September 2012 about 9 p.m.: some fifty dahalo (cattle raiders) attacked the village of "
            "Andranomaitso (invented) in a rural commune of the district of Ankazoabo (coded at Ankazoabo), killed four "
            "villagers, wounded six and drove off about 180 zebu; gendarmes and village guards shot three raiders dead "
            "(attackers, not victims). d1 (a newsroom database record, YAML-like, Wednesday 19 September): 4 killed, "
            "6 wounded, 3 dahalo killed. d2 (a quoted-printable email newsletter, Thursday 27 September): a wounded "
            "woman died on Sunday in Toliara (hospital town, no scene): 5 killed; 'the other five' wounded recovering "
            "(optional); injured_best unscored (one of the wounded died). Background in d2: a raid near Beroroha in July "
            "2012 (optional); the region's yearly toll of cattle raids is no toll."),
    at("beroroha-cattle-raid-2012-07", "2012-07", BEROROHA,
       "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [2], [], [], [],
       ["d2_ankazoabo_qp_newsletter"], optional=True,
       note="Background in d2 with its month only ('in July'): raiders killed two herders near Beroroha."),
    # --- Papua New Guinea: a PMV ambushed on the Highlands Highway east of Kundiawa -----------------------------------
    at("kundiawa-highway-pmv-ambush-2019-07-17", "2019-07-17", KUNDIAWA,
       "armed_assault", None, None, None, ["firearm", "knife"], ["transportation", "civilians"], [],
       [4, 6], [], [9], [], S[8:10], killed_best=6, injured_best=9,
       note="Wednesday 17 July 2019 about 10:30 a.m.: armed men blocked the Highlands Highway 'near Kundiawa' (e1) / "
            "'about 14 km east of Kundiawa' (e2) and fired on a PMV minibus, attacking passengers with bush knives. e1 "
            "(subtitles of a TV news report, Thursday 18 July: 'yesterday morning'): police say 4 dead, Mount Hagen "
            "General Hospital says 6 (two died after arrival; Mount Hagen is a hospital town, no scene); 9 wounded. "
            "e2 (an iCalendar entry of a memorial Mass, written in November, months later): 6 killed, 9 injured. Police "
            "suspect men from a clan land feud, nobody named (perpetrator null). Background in e1: an ambush near Minj "
            "in March 2019 (optional)."),
    at("minj-road-ambush-2019-03", "2019-03", MINJ,
       "armed_assault", None, None, None, ["firearm"], ["transportation"], [], [3], [], [], [],
       ["e1_kundiawa_tv_subtitles"], optional=True,
       note="Background in e1 with its month only ('in March'): an ambush on a vehicle near Minj, three killed."),
]
groups = [dict(id=WAVE, members=["kouto-gendarmerie-brigade-attack-2021-11-14", "minignan-army-post-attack-2021-11-14"],
               killed=[4], killed_optional=[3], injured=[9], injured_optional=[],
               note="Two posts attacked before dawn the same Sunday, claimed together: one wave. a1 gives 3 dead in all "
                    "(superseded, optional), a2's total row 4 (assailants not counted); the 9 wounded only for the two.")]
gold = dict(about="Hand-coded reference for eval/synthetic71/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_cesis_film_shoot_markdown: a film crew's staged explosions and blank gunfire in Cēsis "
                           "(Latvia), and the controlled detonation of an old shell found on the set: no attack, no "
                           "incident.",
                           "c1_la_libertad_sms_alert_log: the suspicious package at the Guayaquil bus terminal (a false "
                           "alarm) and the road closures are no attacks; the yearly count of violent deaths is no toll.",
                           "a2_kouto_minignan_flattened_table: the intro's count since January and the total row are "
                           "no incidents; the '+2 assailants' are not victims.",
                           "d1/d2: the three raiders shot dead are not victims; the region's yearly toll is no incident.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic71.gold.json"), "w"), indent=1, ensure_ascii=False)
