#!/usr/bin/env python3
"""Writes synthetic22.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_berbice_police_presser", "a2_berbice_daily",
     "b1_colon_maritime_advisory", "b2_colon_daily",
     "c1_albania_what_we_know", "c2_albania_translated_daily",
     "d1_gambia_newsletter", "d2_brikama_daily",
     "e1_limon_wire", "e2_limon_funeral_gallery",
     "f1_vanuatu_quake"]
CANJE = ["Canje Boys", "the Canje Boys", "Canje Boys gang"]
EAGLE = ["Black Eagle", "Shqiponja e Zezë", "Shqiponja e Zeze", "Black Eagle group", "the Black Eagle"]
MAPACHES = ["Los Mapaches", "Mapaches", "the Mapaches"]
WAVE = "albania-shkoder-lezhe-bombs-2026-10-24"
incidents = [
    # --- Guyana, New Amsterdam: armed men raid the prison gate and free inmates; police presser, then a daily -------
    inc("new-amsterdam-prison-raid-2026-05-17", "2026-05-17", "GY", "East Berbice-Corentyne", "New Amsterdam",
        6.24793, -57.5171, "armed_assault", CANJE, "suspected", None, ["firearm"], ["government"],
        ["police", "civilians"], [2, 3], [1], [4], [3], S[0:2], killed_best=3,
        note="Sunday 17 May 2026 about 2:15 a.m.: armed men in two cars shot their way through the gate of the New "
             "Amsterdam Prison (Berbice) and freed inmates. a1 (police press conference the same Sunday afternoon, "
             "dateline GEORGETOWN, 100 km away; numbered questions): two prison officers killed, three officers and "
             "an inmate injured (four), one attacker killed by the guards (the attackers' dead, optional); nine "
             "inmates escaped, three recaptured; police suspect the Canje Boys (invented gang), to which one escapee "
             "belongs (suspected, no claim). a2 (Berbice daily, Tuesday 19 May, dateline NEW AMSTERDAM): one of the "
             "wounded officers died on Monday at the Georgetown Public Hospital (a hospital town and capital that is "
             "no scene): three officers killed; 'the two other officers and the inmate' (three, a part, optional). "
             "injured_best left unscored (one of the four died). Escapes and recaptures are no casualties."),
    inc("skeldon-prison-officer-shooting-2026-02-03", "2026-02-03", "GY", "East Berbice-Corentyne", "Skeldon",
        5.87035, -57.14681, "armed_assault", None, None, None, ["firearm"], ["government"], ["police"],
        [1], [], [], [], ["a2_berbice_daily"], optional=True,
        note="Background in a2 with its own full date: on 3 February 2026 a prison officer was shot dead outside his "
             "home in Skeldon. Must not join the May raid or lend 1."),
    # --- Panama, Colón: armed robbers board a bulk carrier at anchorage; maritime advisory (UTC/LT) and a daily -----
    inc("colon-anchorage-boarding-2026-09-14", "2026-09-14", "PA", "Colón", "Colón", 9.35451, -79.90011,
        "armed_assault", None, None, None, ["firearm", "knife"], ["transportation"], ["business", "civilians"],
        [1], [], [2, 3], [], S[2:4],
        note="Monday 14 September 2026 at 23:40 local time (04:40 UTC on 15 September): six men in a skiff boarded "
             "the bulk carrier MV Auric Dawn (invented) at the Cristóbal anchorage off Colón; they shot the bosun "
             "dead and stabbed the duty able seaman; they fled with ship's stores. b1 (maritime security advisory, "
             "issued 15 September, times given in UTC and LT): one killed, two injured (one stabbed, one shot in the "
             "arm). b2 (Panama City daily, Wednesday 16 September, dateline PANAMA CITY, 'late on Monday night'; "
             "Panama Maritime Authority): one killed, three injured (a third crewman hurt in a fall while fleeing). "
             "No group named, two suspects detained (perpetrator null). Dated by the local day (14th), not the UTC "
             "day. The UTC dates and the advisory's table of earlier incidents must not shift the date."),
    inc("colon-anchorage-robbery-2026-08-02", "2026-08-02", "PA", "Colón", "Colón", 9.35451, -79.90011,
        "armed_assault", None, None, None, ["knife"], ["transportation"], [], [], [], [], [],
        ["b1_colon_maritime_advisory"], optional=True,
        note="Background in b1's table of previous incidents with its own date: 2 August 2026, robbers with knives tied "
             "up a watchman on a tanker at the same anchorage, no one hurt. Same place: must not merge with the "
             "September boarding."),
    # --- Albania: an IED at the Shkodër police directorate and a bomb at the Lezhë courthouse the same night; a gold
    #     group claimed by the 'Black Eagle' on Telegram; a foiled plot in Durrës (no attack) ----------------------
    inc("shkoder-police-directorate-ied-2026-10-24", "2026-10-24", "AL", "Shkodër County", "Shkodër", 42.06828,
        19.51258, "bombing", EAGLE, "claimed", None, ["ied"], ["police"], [], [], [], [2, 3], [], S[4:6],
        group=WAVE, injured_best=3,
        note="Saturday 24 October 2026 about 01:10: an improvised device left by the gate of the Shkodër regional police "
             "directorate exploded, injuring officers on guard. c1 (Tirana broadcaster's 'what we know so far' "
             "explainer, Saturday, dateline TIRANA): two officers injured. c2 (machine-translated Tirana daily, Sunday "
             "25 October): three officers injured (a third reported himself to hospital with ear damage). A group "
             "calling itself 'Shqiponja e Zezë' (Black Eagle, invented) claimed both blasts on Telegram (claimed)."),
    inc("lezhe-courthouse-bomb-2026-10-24", "2026-10-24", "AL", "Lezhë County", "Lezhë", 41.78361, 19.64361,
        "bombing", EAGLE, "claimed", None, ["explosive"], ["government"], ["civilians"], [1], [], [1], [], S[4:6],
        group=WAVE,
        note="The same night about 01:35, about 35 km south: a bomb at the entrance of the Lezhë district courthouse killed "
             "the night watchman (a man of 58) and injured a passer-by. c1 and c2 agree: one killed, one injured. "
             "Weapons: an explosive charge left at the door ('explosive'; not said to be improvised; Jaccard "
             "scoring)."),
    inc("lezhe-car-bomb-2026-03-11", "2026-03-11", "AL", "Lezhë County", "Lezhë", 41.78361, 19.64361,
        "bombing", None, None, None, ["vehicle_bomb", "explosive"], ["business"], ["civilians"], [1], [], [], [],
        ["c1_albania_what_we_know"], optional=True,
        note="Background in c1 with its own date: on 11 March this year a bomb under a car killed a businessman in "
             "Lezhë. Same town as the courthouse bomb: must not merge or lend 1."),
    # --- The Gambia: a weekly newsletter digest of many items; three separate incidents among courts, sport, weather;
    #     a Banjul daily on the Brikama cutlass attack ------------------------------------------------------------
    inc("brikama-market-cutlass-2026-07-07", "2026-07-07", "GM", "Western", "Brikama", 13.27136, -16.64944,
        "armed_assault", None, None, None, ["knife"], ["civilians"], ["business"], [1, 2], [], [4], [3], S[6:8],
        killed_best=2,
        note="Tuesday 7 July 2026 about 10 a.m.: a man with a cutlass attacked traders at the Brikama market. d2 (Banjul "
             "daily, Wednesday 8 July, dateline BRIKAMA): a woman trader killed, four others injured, the man "
             "overpowered by traders and arrested; police: he acted alone, history of mental illness (lone attacker, "
             "perpetrator null). d1 (weekly newsletter digest, Friday 10 July, 'on Tuesday'): a second victim died "
             "at the Edward Francis Small Teaching Hospital in Banjul (a hospital town that is no scene): two killed; "
             "'the three others' (a part, optional). injured_best left unscored."),
    inc("farafenni-trader-kidnapping-2026-07-08", "2026-07-08", "GM", "North Bank", "Farafenni", 13.56667, -15.6,
        "kidnapping", None, None, None, ["firearm"], ["civilians"], ["business"], [], [], [1], [],
        ["d1_gambia_newsletter"],
        note="Wednesday night 8 July 2026: armed men took a cattle trader from his compound in Farafenni; his son was "
             "beaten (one injured); a ransom was demanded. d1 only. No group named (perpetrator null)."),
    inc("soma-forestry-post-arson-2026-07-05", "2026-07-05", "GM", "Lower River", "Soma", 13.43333, -15.53333,
        "other", None, None, None, ["fire"], ["government"], [], [], [], [], [], ["d1_gambia_newsletter"],
        note="Sunday 5 July 2026 at night: unknown people set fire to the forestry checkpoint at Kerr Jatta (invented "
             "village), about eight kilometres from Soma, days after rangers seized illegal timber; nobody hurt. "
             "Coded at Soma. d1 only. Suspicion falls on timber smugglers with no name (perpetrator null)."),
    # --- Costa Rica, Limón: gunmen fire on spectators at a neighbourhood football match; wire, then a photo gallery
    #     of the funeral and a march with the toll rising -----------------------------------------------------------
    inc("limon-football-pitch-shooting-2026-03-14", "2026-03-14", "CR", "Limón Province", "Limón", 9.99074,
        -83.03596, "armed_assault", MAPACHES, "suspected", None, ["firearm"], ["civilians"], [], [4, 5], [],
        [10, 11, 12], [], S[8:10], killed_best=5,
        note="Saturday 14 March 2026 about 7:30 p.m.: two gunmen on a motorbike fired on people watching a neighbourhood "
             "football match at a pitch in barrio Los Almendros (invented) of Limón. e1 (wire, Sunday 15 March, "
             "dateline SAN JOSÉ, about 115 km away; judicial police OIJ): four killed, 'more than ten' injured (10, as a "
             "'more than' figure; 11 acceptable); the OIJ suspects a dispute between local drug gangs, naming Los "
             "Mapaches (invented; suspected). e2 (photo gallery of the funeral and march, Monday 16 March, the main "
             "text in captions): a boy of 16 died on Sunday at the Tony Facio hospital in Limón: five killed; the "
             "hospital treated twelve wounded. injured_best left unscored."),
    inc("limon-bus-stop-shooting-2026-01-22", "2026-01-22", "CR", "Limón Province", "Limón", 9.99074, -83.03596,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [2], [], [], [], ["e1_limon_wire"],
        optional=True,
        note="Background in e1 with its own date: on 22 January two men were shot dead at a bus stop in Limón. Same "
             "town: must not merge with the March shooting or lend 2."),
]
groups = [dict(id=WAVE, members=["shkoder-police-directorate-ied-2026-10-24", "lezhe-courthouse-bomb-2026-10-24"],
               killed=[1], killed_optional=[], injured=[3, 4], injured_optional=[],
               note="Two bombs 25 minutes apart in two county towns, claimed together by the Black Eagle on Telegram. "
                    "c1: one killed and three injured in the two blasts; c2: one killed and four injured.")]
gold = dict(about="Hand-coded reference for eval/synthetic22/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_vanuatu_quake: a Port Vila daily's story on an earthquake and landslide on Efate (two "
                           "killed, an accident) and a hoax bomb threat at the airport that led to an evacuation: no "
                           "attack, no incident.",
                           "c2: police in Durrës arrested two men and seized explosives before they could be used (a "
                           "foiled plot): no incident.",
                           "Aggregates: homicides in Costa Rica last year (e1); prison escapes in Guyana since 2016 "
                           "(a2); piracy reports in the Caribbean this year (b1); explosions in Albania this year "
                           "(c1).",
                           "Escapes and recaptures (a1, a2), arrests (b2, d2), a funeral and a march (e2), a road crash "
                           "near Kerewan, a court case and flooding in the newsletter (d1) are no attacks.",
                           "Headline lists under related-story headings, photo captions with other places and dates, "
                           "and menus are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic22.gold.json"), "w"), indent=1, ensure_ascii=False)
