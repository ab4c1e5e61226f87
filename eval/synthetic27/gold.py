#!/usr/bin/env python3
"""Writes synthetic27.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_trindade_photo_gallery", "a2_saotome_news_update",
     "b1_assomada_bilingual", "b2_assomada_toll_rises",
     "c1_world_in_brief", "c2_matsumoto_station_stabbing",
     "d1_gengma_survivor_interview", "d2_gengma_wire_report",
     "e1_energy_market_report", "e2_fujairah_gulf_news",
     "f1_film_review_stadium"]
SALWEEN = ["Salween Hill Brotherhood", "the Salween Hill Brotherhood", "Salween Hills Brotherhood",
           "Salween Hill gang", "Salween Hill Brotherhood (smuggling gang)"]
COASTS = ["Sons of the Two Coasts", "Abna al-Sahilayn", "Abna' al-Sahilayn", "the Sons of the Two Coasts",
          "Abnaa al-Sahilayn", "Sons of the Two Coasts (Abna al-Sahilayn)"]
WAVE = "uae-fujairah-ruwais-drones-2026-10-19"
incidents = [
    # --- Sao Tome: a bomb under a bench at the minibus terminal of Trindade; a photo gallery and a news update --------
    inc("trindade-bus-terminal-bomb-2026-06-13", "2026-06-13", "ST", "São Tomé Island", "Trindade", 0.29667, 6.68139,
        "bombing", None, None, None, ["ied"], ["transportation", "civilians"], ["business"],
        [4, 5], [], [11], [10], S[0:2], killed_best=5,
        note="Saturday 13 June 2026 about 7:15 a.m.: a home-made device left in a sports bag under a bench of the "
             "waiting shed of the minibus terminal of Trindade exploded among passengers waiting for the first "
             "minibuses to the capital. a1 (photo gallery of a Sao Tome news site, Saturday evening, a two-line intro "
             "and captions '1 of 9' .. '9 of 9' that carry the facts): 4 killed, 11 wounded taken to the central "
             "hospital in the city of Sao Tome (about 8 km away, a hospital town that is no scene); caption 8 is an "
             "archive picture of Santo Antonio (Principe) in August 2023. a2 (news site, Monday 15 June, dateline SAO "
             "TOME): a woman of 34 died on Sunday in hospital in Sao Tome: 5 killed; 'the other ten wounded' (a part, "
             "optional); two men detained for questioning, no claim, no group named (perpetrator null). "
             "injured_best left unscored (one of the eleven wounded died)."),
    inc("santo-antonio-bar-grenade-2023-08", "2023-08", "ST", "Príncipe", "Santo António", 1.63943, 7.41951,
        "bombing", None, None, None, ["grenade"], ["civilians"], ["business"], [], [], [3], [],
        ["a1_trindade_photo_gallery"], optional=True,
        note="Background in a1 (an archive caption, 'August 2023'): a grenade thrown into a bar in Santo Antonio on "
             "Principe wounded three. Must not lend 3 or its place to Trindade."),
    # --- Cabo Verde: a cash van robbed outside a bank in Assomada, two guards shot dead; bilingual page, then toll rises
    inc("assomada-cash-van-robbery-2026-03-19", "2026-03-19", "CV", "Santa Catarina", "Assomada", 15.1, -23.68333,
        "armed_assault", None, None, None, ["firearm"], ["business"], ["civilians"],
        [2, 3], [], [3], [2], S[2:4], killed_best=3,
        note="Thursday 19 March 2026 about 10:40 a.m.: five armed men in a pick-up blocked a cash-in-transit van "
             "outside the branch of the Banco Insular do Atlantico (invented) on the main square of Assomada, shot "
             "two guards dead, wounded a third guard, a passer-by of 67 and a shopkeeper, and fled with the cash "
             "boxes. b1 (Praia news site, a bilingual page, each English paragraph followed by the same in "
             "Portuguese; Thursday; dateline PRAIA, the capital about 40 km away that is no scene): 2 killed, 3 "
             "wounded. b2 (same site, English only, Saturday 21 March): the passer-by died on Friday night at the "
             "central hospital in Praia (a hospital town that is no scene): 3 killed; 'the two other wounded' (a "
             "part, optional). No group named (perpetrator null). injured_best left unscored (one wounded died)."),
    inc("mindelo-cash-van-robbery-2024-11", "2024-11", "CV", "São Vicente", "Mindelo", 16.89014, -24.98042,
        "armed_assault", None, None, None, ["firearm"], ["business"], [], [], [], [1], [],
        ["b2_assomada_toll_rises"], documents_optional=["b1_assomada_bilingual"], optional=True,
        note="Background with only a month ('in November 2024'): a cash van robbed at gunpoint in Mindelo, one guard "
             "wounded. b2 gives the month and the wounded guard; b1 names it in passing."),
    # --- A 'World in brief' page of eight items: a stabbing in Matsumoto (JP) and shots at a police station in Anse
    #     Royale (SC); and a longer article on the stabbing --------------------------------------------------------
    inc("matsumoto-station-stabbing-2026-04-05", "2026-04-05", "JP", "Nagano", "Matsumoto", 36.23333, 137.96667,
        "armed_assault", None, None, None, ["knife"], ["civilians"], ["transportation"],
        [1], [], [4], [3], ["c1_world_in_brief", "c2_matsumoto_station_stabbing"], killed_best=1, injured_best=4,
        note="Sunday 5 April 2026 about 11:10 p.m. ('late on Sunday'): a man of 41 with a kitchen knife attacked "
             "passengers waiting for the last train on a platform of Matsumoto station; a man of 72 killed, four "
             "injured (three passengers and a station employee who restrained him: 'three passengers', a part, "
             "optional). Arrested at the scene; police say he acted alone (a lone attacker: perpetrator null). c1 "
             "(world-in-brief page, Tuesday 7 April) and c2 (longer article, Monday 6 April, dateline TOKYO, no "
             "scene)."),
    inc("kanazawa-supermarket-stabbing-2024-10", "2024-10", "JP", "Ishikawa", "Kanazawa", 36.6, 136.61667,
        "armed_assault", None, None, None, ["knife"], ["civilians"], ["business"], [], [], [2], [],
        ["c2_matsumoto_station_stabbing"], optional=True,
        note="Background in c2 with only a month ('in October 2024'): a man with a knife injured two shoppers in a "
             "supermarket in Kanazawa."),
    inc("anse-royale-police-station-shooting-2026-04-06", "2026-04-06", "SC", "Anse Royale", "Anse Royale", -4.73333,
        55.51667, "armed_assault", None, None, None, ["firearm"], ["police"], [], [], [], [1], [],
        ["c1_world_in_brief"],
        note="Monday 6 April 2026 at night ('on Monday night'): men on a motorcycle fired several shots at the police "
             "station of Anse Royale on Mahe, wounding an officer in the arm (1). Nobody named. Told only in the "
             "brief page c1."),
    # --- China (Yunnan): a convoy of three trucks ambushed on a highway near Gengma; a survivor's interview; a wire
    inc("gengma-truck-convoy-ambush-2026-09-09", "2026-09-09", "CN", "Yunnan", "Gengma", 23.52325, 99.3786,
        "armed_assault", SALWEEN, "denied", None, ["firearm"], ["transportation", "civilians"], ["business"],
        [5, 6], [2], [5], [4], S[6:8], killed_best=6,
        note="Wednesday 9 September 2026 about 5:30 a.m.: gunmen fired on a convoy of three trucks carrying sugar "
             "cane and fourteen men on the highway near the village of Hexiba (invented), 'about 20 km south-west of "
             "Gengma'; coded at Gengma. d2 (wire, Thursday 10 September, dateline BEIJING, no scene; the regional "
             "military command's figures): 5 civilians killed, 5 wounded; 2 attackers killed by soldiers who arrived "
             "(the attackers' dead, optional); the prefecture blames the Salween Hill Brotherhood (invented smuggling "
             "gang), which denied it in a statement on its social-media page ('denied'). d1 (interview with a "
             "survivor in Q/A lines, Saturday 12 September; he speaks from his bed in a hospital in Lincang, about 75 "
             "km away, a hospital town that is no scene): intro: 6 killed (a wounded driver died on Thursday in the "
             "hospital in Lincang), 4 still wounded (a part, optional); a boxed FACT FILE repeats the army's figures "
             "(5 killed, 5 wounded, 2 attackers killed). Both sources' figures kept. injured_best left unscored."),
    inc("mangshi-customs-post-shooting-2025-03", "2025-03", "CN", "Yunnan", "Mangshi", 24.45329, 98.57037,
        "armed_assault", None, None, None, ["firearm"], ["government"], [], [1], [], [], [],
        ["d2_gengma_wire_report"], optional=True,
        note="Background in d2 with only a month ('in March 2025'): shots fired at a customs post near Mangshi killed "
             "an officer."),
    # --- UAE: drones on the Fujairah oil terminal and the Ruwais gas plant, claimed on Telegram; energy-market report
    inc("fujairah-oil-terminal-drone-2026-10-19", "2026-10-19", "AE", "Fujairah", "Al Fujairah City", 25.11641,
        56.34141, "air_strike", COASTS, "claimed", None, ["drone"], ["business", "utilities"], [],
        [1], [0], [2, 3], [], S[8:10], group=WAVE, killed_best=1, injured_best=3,
        note="Monday 19 October 2026 about 3:50 a.m.: drones struck a storage tank at an oil terminal (invented name) "
             "on the coast of Fujairah; the tank burned. e1 (energy-market report, Monday, dateline LONDON, no "
             "scene): first 'no casualties' (superseded, 0 optional); after an 'Update 15:05 GMT' line: the Fujairah "
             "media office says one worker killed and two injured. e2 (Gulf news site, Tuesday 20 October, dateline "
             "ABU DHABI, the capital that is no scene): one worker killed, three injured. Claimed on Telegram by the "
             "Sons of the Two Coasts (invented), who speak of 'fourteen drones' (no casualty figure)."),
    inc("ruwais-gas-plant-drone-2026-10-19", "2026-10-19", "AE", "Abu Dhabi", "Ar Ruways", 24.11028, 52.73056,
        "air_strike", COASTS, "claimed", None, ["drone"], ["business", "utilities"], [],
        [], [], [], [], S[8:10], group=WAVE,
        note="The same night about 4:25 a.m.: a drone hit a flare line of a gas processing plant (invented name) at "
             "Ruwais, some 400 km west of Fujairah; a small fire, nobody hurt (both sources). Claimed with Fujairah."),
    inc("al-ain-pumping-station-drone-2026-02", "2026-02", "AE", "Abu Dhabi", "Al Ain City", 24.19167, 55.76056,
        "air_strike", None, None, None, ["drone"], ["utilities"], [], [], [], [], [],
        ["e2_fujairah_gulf_news"], documents_optional=["e1_energy_market_report"], optional=True,
        note="Background with only a month ('in February'): a drone struck a pipeline pumping station near Al Ain, "
             "no casualties."),
]
groups = [dict(id=WAVE, members=["fujairah-oil-terminal-drone-2026-10-19", "ruwais-gas-plant-drone-2026-10-19"],
               killed=[1], killed_optional=[0], injured=[3], injured_optional=[2],
               note="Two drone strikes on two energy sites the same night, claimed together on Telegram and told as "
                    "one wave by both sources. e2 gives the total: one killed and three injured in the two attacks. "
                    "e1 gives no total (first no casualties at either site, then one killed and two injured at "
                    "Fujairah and none at Ruwais: optional).")]
gold = dict(about="Hand-coded reference for eval/synthetic27/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_film_review_stadium: a film review of a thriller whose plot is the bombing of a "
                           "football stadium in an invented city ('the bomber kills 30'); cast, star rating, running "
                           "time and cinema listings. Fiction: no incident.",
                           "c1_world_in_brief: six of its eight items are no attacks (politics, economy, weather, a "
                           "festival 'from Monday 6 to Sunday 12 April' that dates nothing).",
                           "Aggregates: robberies with firearms in Cabo Verde last year (b2); knife crimes in Japan "
                           "(c2); smuggling seizures in Yunnan this year (d2); attacks on Gulf energy sites since 2025 "
                           "(e1); the year's bombings in Sao Tome (a2).",
                           "Arrests, a funeral, price moves, a closed highway and the evacuation of a terminal are no "
                           "attacks. Headline lists under related-story headings and photo captions with other "
                           "places and dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic27.gold.json"), "w"), indent=1, ensure_ascii=False)
