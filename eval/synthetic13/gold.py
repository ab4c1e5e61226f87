#!/usr/bin/env python3
"""Writes synthetic13.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_lamu_nairobi_daily", "a2_lamu_radio_transcript", "a3_lamu_wire",
     "b1_mulhouse_liveblog", "b2_mulhouse_wire",
     "c1_jizan_ministry", "c2_jizan_weekly",
     "d1_honduras_weekly_roundup", "d2_laceiba_daily",
     "e1_butwal_portal", "e2_butwal_daily",
     "f1_spain_threat_report"]
SHABAAB = ["al-Shabaab", "al-Shabab", "Al Shabaab", "Shabaab", "Harakat al-Shabaab al-Mujahideen",
           "Harakat al-Shabab al-Mujahidin"]
HOUTHIS = ["Houthis", "Houthi", "Houthi movement", "Houthi militia", "Houthi rebels", "Ansar Allah", "Ansarallah"]
BARRIO18 = ["Barrio 18", "Calle 18", "Mara 18", "18th Street gang", "Pandilla 18", "Barrio 18 gang", "M-18"]
JANAYUDDHA = ["Communist Party of Nepal (Janayuddha)", "CPN (Janayuddha)", "Janayuddha", "Janayuddha group",
              "Communist Party of Nepal-Janayuddha"]
WAVE = "kenya-lamu-attacks-2026-06-07"
incidents = [
    # --- Kenya, Lamu county: two attacks the same Sunday night, one claim; a gold group ----------------------------------
    inc("witu-police-camp-2026-06-07", "2026-06-07", "KE", "Lamu", "Witu", -2.38892, 40.43827,
        "armed_assault", SHABAAB, "claimed", None, ["firearm", "grenade"], ["police"], [],
        [3, 4], [2, 11], [2], [1], S[0:3], group=WAVE, killed_best=4,
        note="Sunday 7 June 2026 about 21:30: fighters attacked a police camp at Kibokoni (invented), about 12 km west "
             "of Witu, with rifles and grenades. a1 (Nairobi daily, Monday, dateline NAIROBI; regional police "
             "commander): three officers killed, two wounded; two attackers killed (optional); police blame "
             "al-Shabaab. a3 (international wire, Monday, dateline MOMBASA, no scene): 'at least three' officers. a2 "
             "(coast radio transcript, Tuesday): one wounded officer died on Monday evening at the referral hospital in "
             "Mombasa (4 killed); 'the other wounded officer' (a part, optional); al-Shabaab claimed both attacks in a "
             "statement on its Telegram channel and said it killed 11 (claimant's figure, optional). injured_best "
             "left unscored: one of the two wounded later died."),
    inc("lamu-hindi-road-kidnapping-2026-06-07", "2026-06-07", "KE", "Lamu", "Lamu", -2.27169, 40.90201,
        "kidnapping", SHABAAB, "claimed", None, ["firearm"], ["civilians", "business"], [],
        [1], [], [1], [], S[0:3], group=WAVE,
        note="The same night about 21:50: gunmen stopped a road-construction company's pickup near Hindi (not in the "
             "gazetteer), 'some 15 km west of Lamu town', shot the driver dead and took three workers away. a1 and a3: "
             "driver killed (1), three abducted. a2: a fourth worker, shot in the leg, hid in the bush and was found "
             "on Monday (injured 1). Coded at Lamu, the town Hindi is given relative to. Witu and Lamu are about 53 km "
             "apart: two incidents, one group."),
    inc("mandera-ied-2026-01-22", "2026-01-22", "KE", "Mandera", "Mandera", 3.93726, 41.85688, "bombing",
        None, None, None, ["ied"], ["police"], [], [4], [], [], [], ["a1_lamu_nairobi_daily"], optional=True,
        note="Background in a1 with its own date: on 22 January a roadside bomb hit a police vehicle outside Mandera "
             "and killed four officers. Must not lend 4 to June."),
    # --- France, Mulhouse: a lone man with a knife at the covered market ----------------------------------------------
    inc("mulhouse-market-knife-2026-04-18", "2026-04-18", "FR", "Grand Est", "Mulhouse", 47.75205, 7.32866,
        "armed_assault", None, None, None, ["knife"], ["civilians"], ["business"],
        [1, 2], [], [4], [3, 1], S[3:5], killed_best=2,
        note="Saturday 18 April 2026 about 10:45: a 28-year-old man stabbed shoppers and stallholders at the covered "
             "market of Mulhouse before being overpowered and arrested. b1 (regional daily's English live blog, "
             "Saturday, time-stamped): one killed (a stallholder, 71), four wounded, one flown to Strasbourg (a "
             "hospital town, no scene); the attacker slightly hurt (optional 1). b2 (national wire, Sunday, dateline "
             "PARIS): a second victim died overnight in Strasbourg (2 killed); 'three other victims remain in "
             "hospital' (a part, optional); the anti-terror prosecutors have not taken the case; acted alone, "
             "psychiatric history: perpetrator null. injured_best left unscored: one of the four wounded died."),
    inc("colmar-station-stabbing-2025-10", "2025-10", "FR", "Grand Est", "Colmar", 48.08078, 7.35584,
        "armed_assault", None, None, None, ["knife"], ["civilians"], [], [], [], [2], [], ["b2_mulhouse_wire"],
        optional=True,
        note="Background in b2 with its month: in October 2025 a man stabbed two passers-by outside Colmar station."),
    # --- Saudi Arabia, Jizan: drones launched from Yemen, debris on houses; a claim on Telegram ------------------------
    inc("jizan-drone-attack-2026-09-17", "2026-09-17", "SA", "Jazan Region", "Jizan", 16.88917, 42.55111,
        "air_strike", HOUTHIS, "claimed", None, ["drone"], ["civilians"], ["business", "utilities"],
        [1, 2], [], [6, 8], [], S[5:7], killed_best=2, injured_best=8,
        note="Before dawn on Thursday 17 September 2026: drones launched from Yemen at Jizan; air defences downed "
             "them and debris fell on a residential district, houses and cars damaged. c1 (defence ministry statement "
             "via the state agency, Thursday, dateline RIYADH): one resident killed, six injured; 'the terrorist "
             "Houthi militia' blamed. c2 (Gulf weekly, opinion-laden, Sunday): hospital staff in Jizan and Sabya (a "
             "hospital town 30 km north, no scene) give two dead (one died Friday) and eight wounded; the Houthi "
             "military spokesman claimed on Telegram an attack on an oil facility in Jizan with drones (claimed)."),
    inc("abha-airport-drone-2026-08-03", "2026-08-03", "SA", "'Asir Region", "Abha", 18.21639, 42.50528,
        "air_strike", HOUTHIS, "attributed", None, ["drone"], ["transportation"], ["civilians"], [], [], [4], [],
        ["c2_jizan_weekly"], optional=True,
        note="Background in c2 with its own date: on 3 August a drone attack on Abha airport wounded four. Must not "
             "lend 4 to September."),
    # --- Honduras: a weekly round-up of three separate attacks on the north coast, and a local daily on one ----------
    inc("san-pedro-sula-bus-driver-2026-02-06", "2026-02-06", "HN", "Cortés Department", "San Pedro Sula",
        15.50417, -88.025, "armed_assault", BARRIO18, "suspected", None, ["firearm"],
        ["transportation", "civilians"], [], [1], [], [1], [], ["d1_honduras_weekly_roundup"],
        documents_optional=["d2_laceiba_daily"],
        note="Friday 6 February 2026 about 19:30 ('last Friday' in d1, published Friday 13 February): two men on a "
             "motorcycle shot dead a city bus driver in the Chamelecón sector of San Pedro Sula and wounded a "
             "passenger. Police suspect Barrio 18 extortion (suspected). d2 mentions it in passing (optional)."),
    inc("choloma-shop-arson-2026-02-08", "2026-02-08", "HN", "Cortés Department", "Choloma", 15.61444, -87.95302,
        "other", None, None, None, ["fire"], ["business"], ["civilians"], [], [], [1], [],
        ["d1_honduras_weekly_roundup"],
        note="Early Sunday 8 February 2026: hooded men doused a corner shop (pulpería) in Choloma with petrol and set "
             "it alight after the owner refused to pay extortion; his daughter burned her hands (injured 1). No gang "
             "named. Choloma is about 14 km from San Pedro Sula, two days later: must not merge."),
    inc("la-ceiba-billiard-hall-2026-02-10", "2026-02-10", "HN", "Atlántida Department", "La Ceiba",
        15.75971, -86.78221, "armed_assault", None, None, None, ["firearm"], ["civilians"], ["business"],
        [4, 5], [], [3], [2], S[7:9], killed_best=5,
        note="Tuesday night 10 February 2026: gunmen burst into a billiard hall in La Ceiba and fired on the players. "
             "d2 (local daily, Wednesday, 'last night'): four killed, three wounded (police). d1 (weekly, Friday): "
             "five dead (one of the wounded died on Wednesday), 'two wounded' still treated (a part, optional). "
             "Police cite a drug-dealing dispute; nobody named (perpetrator null)."),
    inc("tela-triple-killing-2026-01-24", "2026-01-24", "HN", "Atlántida Department", "Tela", 15.77425, -87.46731,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [3], [], [], [],
        ["d1_honduras_weekly_roundup"], optional=True,
        note="Background in d1 with its own date: on 24 January three men were shot dead in Tela. Must not lend 3."),
    # --- Nepal, Butwal: a bomb at a telecom company's gate, claimed by pamphlets and a statement -----------------------
    inc("butwal-telecom-office-ied-2026-11-18", "2026-11-18", "NP", "Lumbini Province", "Butwāl", 27.70055, 83.44836,
        "bombing", JANAYUDDHA, "claimed", None, ["ied"], ["business"], ["utilities", "civilians"],
        [1], [], [3, 4], [], S[9:11], injured_best=4,
        note="Wednesday 18 November 2026 about 19:40: a pressure-cooker bomb at the gate of the regional office of a "
             "private telecom company in Butwal killed the security guard and wounded passers-by. e1 (local portal's "
             "machine-translated English, Thursday): 1 killed, 3 injured; pamphlets of the Communist Party of Nepal "
             "(Janayuddha) (invented) found at the site. e2 (national daily, Friday, dateline KATHMANDU, the capital "
             "no scene; one wounded referred to a Kathmandu trauma centre): four injured; the party's spokesman "
             "owned the blast in a statement (claimed)."),
    inc("pokhara-tower-blast-2026-09-05", "2026-09-05", "NP", "Province 4", "Pokhara", 28.26689, 83.96851,
        "bombing", None, None, None, ["explosive"], ["business"], ["utilities"], [], [], [1], [],
        ["e2_butwal_daily"], optional=True,
        note="Background in e2 with its own date: on 5 September an explosion at a telecom tower in Pokhara injured a "
             "technician. Must not lend 1."),
]
groups = [dict(id=WAVE, members=["witu-police-camp-2026-06-07", "lamu-hindi-road-kidnapping-2026-06-07"],
               killed=[4, 5], killed_optional=[], injured=[2, 3], injured_optional=[],
               note="Two attacks of the same night in Lamu county, claimed in one al-Shabaab statement and told as one "
                    "coordinated operation. a1 and a3: four killed in the two attacks (three officers and the driver), "
                    "a1: two wounded; a2: five killed and three wounded in the two attacks.")]
gold = dict(about="Hand-coded reference for eval/synthetic13/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_spain_threat_report: the interior ministry's yearly report on the jihadist threat in "
                           "Madrid; arrests, foiled plots and the alert level appear only as yearly aggregates: no "
                           "incident.",
                           "Aggregates: security officers killed in Kenya's north-east and coast over the years (a1, "
                           "a2); projectiles launched at Saudi Arabia since 2015 (c1, c2); homicides and massacres in "
                           "Honduras this year (d1); knife attacks in France since 2020 (b2).",
                           "The arrest of the Mulhouse attacker, the arrest of two cadres in Butwal (e2), the security "
                           "operation in the Lamu forest (a2) and the interception of drones are no separate "
                           "incidents.",
                           "Headline lists under related-story headings, live-blog entries about other matters and "
                           "photo captions with other places and dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic13.gold.json"), "w"), indent=1, ensure_ascii=False)
