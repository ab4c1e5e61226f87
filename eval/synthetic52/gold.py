#!/usr/bin/env python3
"""Writes synthetic52.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_afgooye_wanlaweyn_wire", "a2_afgooye_wanlaweyn_world_in_brief",
     "b1_fayzabad_ngo_press_release", "b2_fayzabad_next_day_follow_up",
     "c1_churachandpur_national_daily_updated", "c2_churachandpur_weekly_magazine",
     "d1_corinto_regional_news_site", "d2_corinto_local_radio_story",
     "e1_zawiya_ministry_statement", "e2_zawiya_news_aggregator",
     "f1_carlisle_broadcaster_wartime_bomb"]
HAF = ["Harakat Ansar al-Furqan", "Ansar al-Furqan Movement", "HAF", "Ansar al-Furqan", "the Ansar al-Furqan Movement",
       "Harakat Ansar al-Furqan (HAF)"]
HFLA = ["Hill Frontier Liberation Army", "HFLA", "the Hill Frontier Liberation Army",
        "Hill Frontier Liberation Army (HFLA)"]
FLA = ["Frente Los Andinos", "Los Andinos Front", "the Los Andinos Front", "Frente Los Andinos (FLA)", "Los Andinos"]
AFGOOYE = ("SO", "Lower Shabeelle", "Afgooye", 2.1381, 45.1212)
WANLAWEYN = ("SO", "Lower Shabeelle", "Wanlaweyn", 2.6185, 44.8938)
MARKA = ("SO", "Lower Shabeelle", "Marka", 1.71594, 44.77166)
FAYZABAD = ("AF", "Badakhshan", "Fayzabad", 37.11664, 70.58002)
JURM = ("AF", "Badakhshan", "Jurm", 36.86477, 70.83421)
CHURACHANDPUR = ("IN", "Manipur", "Churāchāndpur", 24.33353, 93.66999)
MOIRANG = ("IN", "Manipur", "Moirāng", 24.4975, 93.77791)
CORINTO = ("CO", "Cauca", "Corinto", 3.17301, -76.26275)
TORIBIO = ("CO", "Cauca", "Toribío", 2.95481, -76.26839)
ZAWIYA = ("LY", "Az Zāwiyah", "Zawiya", 32.75222, 12.72778)
GHARYAN = ("LY", "Jabal al Gharbi", "Gharyan", 32.17222, 13.02028)
WAVE = "afgooye-wanlaweyn-evening-attacks-2026-02-10"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Somalia (Lower Shabeelle): a suicide car bomb and gunmen at Afgooye police station, mortars on Wanlaweyn base --
    at("afgooye-police-station-car-bomb-assault-2026-02-10", "2026-02-10", AFGOOYE,
       "bombing", HAF, "claimed", True, ["vehicle_bomb", "firearm"], ["police"], ["civilians", "business"],
       [11, 12], [9], [], [], S[0:2], group=WAVE, killed_best=12,
       note="Tuesday 10 February 2026 about 9:40 p.m.: a suicide bomber drove a car loaded with explosives into the "
            "gate of the main police station of Afgooye, then four gunmen entered the compound and fought until about "
            "11 p.m.; tea shops across the road were destroyed. a1 (wire, Wednesday 11 February, dateline MOGADISHU, "
            "with an UPDATED line): first 'at least nine' killed at Afgooye (superseded, optional), updated to 11 "
            "(police officers and civilians). a2 (a 'world in brief' roundup, Thursday 12 February): one of the police "
            "officers wounded at Afgooye died in hospital in Mogadishu: 12. The four gunmen and the bomber, killed, are "
            "perpetrator deaths, no toll. The wounded are given only for the two attacks together (see the group). "
            "Claimed on Wednesday by the Harakat Ansar al-Furqan (invented). Mogadishu is dateline and hospital city, "
            "no scene."),
    at("wanlaweyn-army-base-mortar-2026-02-10", "2026-02-10", WANLAWEYN,
       "shelling", HAF, "claimed", None, ["mortar"], ["military"], ["civilians"],
       [3], [], [], [], S[0:2], group=WAVE, killed_best=3,
       note="The same evening, about 10:15 p.m., mortar rounds hit the army base on the edge of Wanlaweyn, some 60 km "
            "to the north-west: 3 soldiers killed (a1). Claimed together with Afgooye."),
    at("marka-tea-shop-bomb-2025-10-18", "2025-10-18", MARKA,
       "bombing", None, None, None, ["explosive"], ["civilians", "business"], [], [6], [], [], [],
       ["a1_afgooye_wanlaweyn_wire"], optional=True,
       note="Background in a1 with its own date ('on 18 October last year'): a bomb at a tea shop in Marka killed six "
            "people. Must not lend 6 to February."),
    # --- Afghanistan (Badakhshan): a lone gunman shoots a polio vaccination team in a village north-east of Fayzabad ----
    at("fayzabad-vaccination-team-shooting-2026-04-19", "2026-04-19", FAYZABAD,
       "armed_assault", None, None, None, ["firearm"], ["health", "ngo"], ["police", "civilians"],
       [3, 4], [], [2], [1], S[2:4], killed_best=4,
       note="Sunday 19 April 2026 about 9:30 a.m.: a single gunman opened fire on a polio vaccination team going house "
            "to house in Deh-e Sorkhak (an invented village 'about 14 km north-east of Fayzabad'; coded at Fayzabad, "
            "Badakhshan). b1 (press release of an invented NGO, the Hindukush Health Alliance, Monday 20 April: "
            "'yesterday morning'): 3 killed (two women vaccinators and the police officer escorting them), 2 injured "
            "(a vaccinator and the driver). b2 (a national newspaper's next-day follow-up, Wednesday 22 April): the "
            "driver, flown to Kabul (hospital city, no scene), died there on Tuesday night: 4 killed; 'one still in "
            "hospital' is a part (optional). The gunman was arrested; police say he acted alone (a lone attacker: "
            "perpetrator null). Fayzabad shares its name with Faizabad in India and with other Fayzabads in "
            "Afghanistan. Vaccine 'shots' and a gold mine are no attacks. injured_best unscored (one of the two died)."),
    at("jurm-handcart-bomb-2025-11-02", "2025-11-02", JURM,
       "bombing", None, None, None, ["ied"], ["police"], [], [2], [], [], [],
       ["b2_fayzabad_next_day_follow_up"], optional=True,
       note="Background in b2 with its own date ('on 2 November last year'): a bomb hidden in a handcart killed two "
            "police officers in the Jurm district bazaar. Must not lend 2."),
    # --- India (Manipur): an IED and gunfire on an Assam Rifles vehicle south of Churachandpur; blamed, denied ----------
    at("churachandpur-assam-rifles-ied-ambush-2026-06-12", "2026-06-12", CHURACHANDPUR,
       "bombing", HFLA, "denied", None, ["ied", "firearm"], ["military"], ["civilians"],
       [3], [2], [4, 6], [2], S[4:6], killed_best=3,
       note="Friday 12 June 2026 about 8:45 p.m.: an IED exploded under an Assam Rifles vehicle on the road at "
            "Khuangmual (an invented village '6 km south of Churachandpur'; coded at Churachandpur), then gunmen fired "
            "from the hillside. c1 (a national daily's web article, Saturday 13 June, dateline Imphal, with an update "
            "inside the page): first 'two soldiers killed' (superseded, optional), corrected to 3; 4 injured 'two of "
            "them critically' (part, optional), airlifted to Imphal (dateline and hospital city, no scene). The army "
            "blames the Hill Frontier Liberation Army (invented), which denies in a statement (denied). c2 (a weekly "
            "magazine's long report, 20 June: 'on the night of Friday 12 June'): the state police count 6 injured, "
            "including two passers-by (sources differ: 4 and 6 both kept, injured_best unscored). A football 'shot', "
            "a mock drill and a monsoon 'blast' are no attacks."),
    at("moirang-shop-grenade-2026-03-21", "2026-03-21", MOIRANG,
       "bombing", None, None, None, ["grenade"], ["business"], ["civilians"], [], [], [3], [],
       ["c2_churachandpur_weekly_magazine"], optional=True,
       note="Background in c2 with its own date ('on 21 March'): a grenade thrown into a hardware shop in Moirang "
            "wounded three people. Must not lend 3."),
    # --- Colombia (Cauca): a drone and a motorbike bomb at Corinto police station during the fiestas; claimed -----------
    at("corinto-police-station-drone-motorbike-bomb-2026-08-22", "2026-08-22", CORINTO,
       "bombing", FLA, "claimed", None, ["explosive", "drone"], ["police", "civilians"], ["business"],
       [2], [], [11], [9, 4], S[6:8], killed_best=2, injured_best=11,
       note="Saturday 22 August 2026 about 7:10 p.m., during the town's fiestas: a drone dropped an explosive charge on "
            "the police station of Corinto (Cauca), and minutes later a motorbike bomb parked by the food stalls on the "
            "square went off: 2 killed (a police patrolman and a woman selling empanadas). d1 (a regional news site, "
            "Sunday 23 August: 'last night'): the governor counts 9 injured (superseded, optional). d2 (a local radio "
            "station's website, Monday 24 August): the hospital count is 11, 'four of them critically' (part, "
            "optional); some were taken to Cali (hospital city, no scene). Claimed on Monday by the Frente Los Andinos "
            "(invented) in an audio message. Corinto shares its name with towns in Nicaragua, Brazil, Honduras and El "
            "Salvador."),
    at("toribio-base-drone-2025-11-02", "2025-11-02", TORIBIO,
       "air_strike", None, None, None, ["drone"], ["military"], [], [], [], [4], [],
       ["d2_corinto_local_radio_story"], optional=True,
       note="Background in d2 with its own date ('2 November last year'): a drone attack on the army base in Toribío "
            "wounded four soldiers. Must not lend 4."),
    # --- Libya (Az Zawiyah): a TV crew stopped on the coastal road in Zawiya, the driver shot dead, two abducted --------
    at("zawiya-tv-crew-abduction-2026-09-30", "2026-09-30", ZAWIYA,
       "kidnapping", None, None, None, ["firearm"], ["journalists"], ["civilians"], [1], [], [], [], S[8:10],
       killed_best=1,
       note="Wednesday 30 September 2026 about 4 p.m.: gunmen in two cars stopped the car of a crew of an invented TV "
            "channel (Sahil TV) on the coastal road near the refinery gate in Zawiya, shot dead the driver and took the "
            "reporter and the camera operator away. e1 (a statement of the Ministry of Interior on its site, Thursday "
            "1 October: 'yesterday, Wednesday, in the afternoon'): one killed, two abducted, 'an outlaw gang'; nobody "
            "named (perpetrator null). e2 (a news aggregator page, Saturday 3 October, quoting two invented outlets): "
            "the reporter was released on Friday, the camera operator still held. Zawiya is also a Sufi lodge "
            "('zawiya') and shares its name with Az Zawiyah villages in the West Bank. Tripoli is dateline, no scene."),
    at("gharyan-engineer-abduction-2026-08-14", "2026-08-14", GHARYAN,
       "kidnapping", None, None, None, ["firearm"], ["civilians"], ["business"], [], [], [], [],
       ["e1_zawiya_ministry_statement"], optional=True,
       note="Background in e1 with its own date ('on Friday 14 August'): an engineer abducted in Gharyan and freed "
            "days later; no casualties."),
]
groups = [dict(id=WAVE, members=["afgooye-police-station-car-bomb-assault-2026-02-10",
                                 "wanlaweyn-army-base-mortar-2026-02-10"],
               killed=[15], killed_optional=[14], injured=[27], injured_optional=[],
               note="Two attacks the same evening in two towns of Lower Shabeelle, claimed together: one wave. a1: 14 "
                    "killed in the two (11 + 3; superseded, optional) and 27 wounded for both, treated in Mogadishu "
                    "(no split); a2: the toll of the two attacks rose to 15 after a wounded policeman died.")]
gold = dict(about="Hand-coded reference for eval/synthetic52/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_carlisle_broadcaster_wartime_bomb: a public broadcaster's story about an unexploded "
                           "wartime bomb found on a building site in Carlisle, England (Thursday 12 November 2026), "
                           "removed and destroyed by an army bomb-disposal team in a controlled explosion; homes "
                           "evacuated, nobody hurt. No attack: no incident.",
                           "a2: the other items of the 'world in brief' roundup (a flood, an election, a mine collapse "
                           "that is an accident) are no attacks.",
                           "b1/b2: vaccine 'shots' and a gold mine are no attacks; c2: a football 'shot', a mock drill "
                           "and a monsoon 'blast' are no attacks; e2: a fire at a fuel depot that was an accident is no "
                           "attack.",
                           "a1: the bomber and the four gunmen killed at Afgooye are perpetrator deaths, no toll.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic52.gold.json"), "w"), indent=1, ensure_ascii=False)
