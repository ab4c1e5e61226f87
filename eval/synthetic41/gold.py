#!/usr/bin/env python3
"""Writes synthetic41.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_tura_council_minutes", "a2_tura_depot_fire_news",
     "b1_hyderabad_checkpoints_explainer", "b2_hyderabad_first_wire",
     "c1_claver_company_statement", "c2_claver_ambush_news",
     "d1_jos_terminal_live_blog", "d2_jos_follow_up_denial",
     "e1_world_briefing", "e2_salamanca_councillor_report",
     "f1_tanauan_shell_disposal"]
MLL = ["Mehran Liberation Lashkar", "MLL", "the Mehran Liberation Lashkar", "Mehran Liberation Lashkar (MLL)",
       "Lashkar-e-Mehran"]
TPDF = ["Tin Plateau Defence Force", "TPDF", "the Tin Plateau Defence Force", "Tin Plateau Defense Force",
        "Tin Plateau Defence Force (TPDF)"]
TURA = ("IN", "Meghalaya", "Tura", 25.51421, 90.20239)
HYD = ("PK", "Sindh", "Hyderabad", 25.39242, 68.37366)
CLAVER = ("PH", "Caraga", "Claver", 9.5725, 125.73306)
JOS = ("NG", "Plateau", "Jos", 9.92849, 8.89212)
DAMBOA = ("NG", "Borno", "Damboa", 11.15534, 12.75638)
SALAMANCA = ("MX", "Guanajuato", "Salamanca", 20.57196, -101.19154)
CELAYA = ("MX", "Guanajuato", "Celaya", 20.52353, -100.8157)
WAVE = "hyderabad-twin-checkpoint-bombs-2026-05-17"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- India (Meghalaya): the council's vehicle depot in Tura set on fire; council minutes and the local news ----------
    at("tura-council-depot-arson-2026-02-10", "2026-02-10", TURA,
       "other", None, None, None, ["fire"], ["government"], ["utilities"],
       [], [], [], [], S[0:2],
       note="Tuesday 10 February 2026 about 11:40 p.m.: the vehicle depot of the Tura town council on Sangkhol Road "
            "(invented) was set on fire; six refuse trucks burned; no one hurt (the night watchman escaped). Police "
            "suspect two youths seen on a security camera climbing the back wall; no group named (perpetrator null). "
            "a2 (Tura local news site, Wednesday 11 February, the morning after). a1 (minutes of the council's ordinary "
            "meeting of Thursday 26 February: under 'Item 4 Report of the works committee' a councillor reports the "
            "fire 'on the night of Tuesday 10 February'; the meeting's own date dates nothing). Tura shares its name "
            "with towns in Hungary and Russia."),
    # --- Pakistan (Sindh): two bombs at two police checkpoints in Hyderabad minutes apart; explainer and first wire ------
    at("hyderabad-sarmast-chowk-checkpoint-bomb-2026-05-17", "2026-05-17", HYD,
       "bombing", MLL, "claimed", None, ["ied"], ["police"], ["civilians"],
       [4], [], [], [], S[2:4], group=WAVE, killed_best=4,
       note="Sunday 17 May 2026 about 7:52 p.m.: a bomb hidden in a roadside rubbish bin exploded beside the police "
            "checkpoint at Sarmast Chowk (invented) in Hyderabad, Sindh: 4 killed (three policemen and a rickshaw "
            "driver), per the explainer b1. The wounded are given only for the two blasts together (15, see the "
            "group). Claimed by the Mehran Liberation Lashkar (invented) in a statement on its Telegram channel; the "
            "Sindh home minister blames 'a foreign-backed network' (unnamed). b2 (first wire, Sunday night, dateline "
            "KARACHI, no scene) gives only a total for the two. Hyderabad shares its name with the Indian city."),
    at("hyderabad-jamali-pul-checkpoint-bomb-2026-05-17", "2026-05-17", HYD,
       "bombing", MLL, "claimed", None, ["ied"], ["police"], ["civilians"],
       [3], [], [], [], S[2:4], group=WAVE, killed_best=3,
       note="The same evening about 8:01 p.m., nine minutes later and some 4 km away: a bomb left in a bag by a tea "
            "stall exploded at the police checkpoint at Jamali Pul (invented): 3 killed (two policemen and a fruit "
            "seller), per b1. Claimed together with the first. Two critically wounded policemen were flown to "
            "Karachi (a hospital town that is no scene)."),
    at("hyderabad-railway-checkpoint-bomb-2024-03-22", "2024-03-22", HYD,
       "bombing", None, None, None, ["ied"], ["police"], [], [2], [], [6], [],
       ["b1_hyderabad_checkpoints_explainer"], optional=True,
       note="Background in b1 with its own date ('on 22 March 2024', 'two years ago'): a bomb at a police checkpoint "
            "near the railway station of Hyderabad killed two policemen and wounded six. Same town as the wave: must "
            "not merge with it or lend 2 or 6."),
    # --- Philippines (Caraga): a mining company's staff convoy ambushed between Claver and Gigaquit --------------------
    at("claver-mining-convoy-ambush-2026-08-06", "2026-08-06", CLAVER,
       "armed_assault", None, None, None, ["firearm"], ["business"], ["civilians", "transportation"],
       [2, 3], [], [3], [2], S[4:6], killed_best=3,
       note="Thursday 6 August 2026 about 6:20 a.m.: gunmen fired on a convoy of three vans carrying staff of Kalinaw "
            "Nickel Resources (invented) on the road between Claver and Gigaquit, near Sitio Kagumoy (invented), "
            "'about 3 km from Claver'; coded at Claver (the nearer town the text gives). c1 (the company's statement, "
            "Thursday): 2 security guards killed, 3 workers injured, taken to hospital in Surigao City (a hospital "
            "town that is no scene). c2 (news site, Friday 7 August, dateline SURIGAO CITY): the provincial governor "
            "says 3 killed (one of the injured workers died overnight in Surigao City); 'the two other workers' (a "
            "part, optional). The gunmen fled into the forest; nobody named (perpetrator null). Both sources' killed "
            "figures kept; killed_best the governor's later 3; injured_best left unscored (one wounded died)."),
    # --- Nigeria (Plateau): a bomb at a motor park in Jos; a live blog with a correction; a follow-up with a denial ----
    at("jos-motor-park-bomb-2026-10-09", "2026-10-09", JOS,
       "bombing", TPDF, "denied", None, ["ied"], ["transportation", "civilians"], ["business"],
       [8], [12], [30], [22], S[6:8], killed_best=8, injured_best=30,
       note="Friday 9 October 2026 about 7:45 a.m.: a bomb left under a parked bus exploded at the Kugiya Line motor "
            "park (invented), the main bus terminal of Jos, as passengers boarded morning buses. d1 (live blog of a Jos "
            "paper, Friday): 09:05 'at least 12 dead, citing a hospital source' and 'at least 22 injured' (both "
            "superseded, optional); 'Correction 10:42': police now say 8 killed; 14:20: 30 injured; final entry 18:50: "
            "a suspect arrested. d2 (national daily, Saturday 10 October, dateline ABUJA, no scene): 8 killed, 30 "
            "injured; the Plateau governor blames the Tin Plateau Defence Force (invented), which denied it in a "
            "voice note sent to reporters on WhatsApp ('denied')."),
    at("jos-market-bomb-2024-06-14", "2024-06-14", JOS,
       "bombing", None, None, None, ["ied"], ["civilians"], ["business"], [5], [], [], [],
       ["d2_jos_follow_up_denial"], documents_optional=["d1_jos_terminal_live_blog"], optional=True,
       note="Background in d2 with its own date ('on 14 June 2024'): a bomb at a market in the city centre of Jos "
            "killed five. d1 recalls it in passing. Same town as the motor-park bomb: must not lend 5."),
    # --- A wire's 'World briefing': aid workers kidnapped near Damboa (NG), a councillor shot in Salamanca (MX) --------
    at("damboa-aid-workers-kidnapping-2026-11-16", "2026-11-16", DAMBOA,
       "kidnapping", None, None, None, ["firearm"], ["ngo"], ["transportation"],
       [], [], [], [], ["e1_world_briefing"],
       note="Monday 16 November 2026 in the afternoon ('on Monday'): armed men stopped a vehicle of the invented aid "
            "group Clearwater Relief on the road from Damboa to Biu, about 10 km outside Damboa, and took three aid "
            "workers; the driver was left behind unhurt. No claim, nobody named (perpetrator null). e1 only (the "
            "briefing page of Wednesday 18 November; the item's dateline MAIDUGURI, the state capital, no scene)."),
    at("salamanca-councillor-shooting-2026-11-17", "2026-11-17", SALAMANCA,
       "assassination", None, None, None, ["firearm"], ["government"], [],
       [1], [], [], [], ["e1_world_briefing", "e2_salamanca_councillor_report"], killed_best=1,
       note="Tuesday 17 November 2026 about 10:30 p.m. ('late on Tuesday'): a lone gunman on foot shot dead a "
            "municipal councillor (regidor, invented person) of Salamanca, Guanajuato, outside his home and fled on "
            "foot; the state prosecutor says the gunman acted alone (a lone attacker: perpetrator null). e1 (briefing, "
            "Wednesday 18 November, item datelined MEXICO CITY, no scene) and e2 (Bajio news site in English, "
            "Thursday 19 November, dateline GUANAJUATO: the state capital of that name, no scene). Salamanca "
            "is also a city in Spain and a town in Chile."),
    at("celaya-councillor-shooting-2026-04-03", "2026-04-03", CELAYA,
       "assassination", None, None, None, ["firearm"], ["government"], [], [1], [], [], [],
       ["e2_salamanca_councillor_report"], optional=True,
       note="Background in e2 with its own date ('on 3 April'): a councillor of Celaya shot dead in his car. "
            "e2 also gives a year-long aggregate (local politicians killed in Guanajuato this year) that is no "
            "incident."),
]
groups = [dict(id=WAVE, members=["hyderabad-sarmast-chowk-checkpoint-bomb-2026-05-17",
                                 "hyderabad-jamali-pul-checkpoint-bomb-2026-05-17"],
               killed=[7], killed_optional=[5], injured=[15], injured_optional=[11],
               note="Two bombs at two police checkpoints of Hyderabad nine minutes apart, claimed together: one wave. "
                    "b1: 7 killed in all (4 + 3), 15 injured in all (no split by site). b2 (the first wire, Sunday "
                    "night): 'at least five killed' and 'at least 11 wounded' in the two blasts (superseded, "
                    "optional).")]
gold = dict(about="Hand-coded reference for eval/synthetic41/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_tanauan_shell_disposal: an army bomb-disposal team blew up an old mortar shell found by "
                           "farmers in a rice field near a village of Tanauan, Leyte (Philippines), in a controlled "
                           "explosion; no one hurt. No attack: no incident.",
                           "e1_world_briefing: three of its five items are no attacks (an election result, a flood, a "
                           "football final).",
                           "Aggregates: local politicians killed in Guanajuato this year (e2); attacks on police in "
                           "Sindh this year (b1); fires at public property in the Garo Hills (a2).",
                           "An arrest, a council motion to replace the trucks, traffic diversions, a funeral and the "
                           "suspension of mine operations are no attacks. Headline lists under related-story headings "
                           "and photo captions with other places and dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic41.gold.json"), "w"), indent=1, ensure_ascii=False)
