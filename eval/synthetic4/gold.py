#!/usr/bin/env python3
"""Writes synthetic4.gold.json (coded by hand before Sitrep was first run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_mali_army_release", "a2_mali_wire",
     "b1_mora_daily", "b2_mora_radio",
     "c1_deepsouth_daily", "c2_deepsouth_local",
     "d1_ummruwaba_un", "d2_ummruwaba_regional",
     "e1_ukraine_liveblog",
     "f1_sinai_return"]
JNIM = ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "Jamaat Nusrat al-Islam wal-Muslimin",
        "Group for the Support of Islam and Muslims", "GSIM", "Nusrat al-Islam"]
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS"]
BRN = ["Barisan Revolusi Nasional", "BRN", "Barisan Revolusi Nasional-Koordinasi", "BRN-C"]
RSF = ["Rapid Support Forces", "RSF"]
RU = ["Russia", "Russian forces", "Russian Armed Forces", "Russian army", "Armed Forces of the Russian Federation",
      "Russian military"]
WAVE = "mali-segou-wave-2025-08-12"
incidents = [
    # --- Mali, Ségou region: one coordinated wave at dawn, claimed by JNIM through az-Zallaqa -------------------------
    inc("niono-camp-2025-08-12", "2025-08-12", "ML", "Ségou", "Niono", 14.25054, -5.98679, "armed_assault", JNIM,
        "claimed", None, ["firearm", "rocket"], ["military"], ["civilians"],
        [5], [40], [8], [], S[0:2], group=WAVE, killed_best=5, injured_best=8,
        note="Dawn assault (Tuesday 12 August, from about 5 a.m.) on the army camp just outside Niono, by fighters on "
             "motorbikes and pickups with rifles and rocket launchers. a1 (army general staff communiqué, Tuesday "
             "evening): attack repelled, about forty assailants 'neutralised' at Niono (attackers' dead: optional); "
             "no per-site toll for the army (only the wave total). a2 (wire, Wednesday): four soldiers and a civilian "
             "trader killed (5, security source); the Niono district hospital treated 8 wounded (a doctor). "
             "Claimed by JNIM through its az-Zallaqa outlet (a2)."),
    inc("ke-macina-post-2025-08-12", "2025-08-12", "ML", "Ségou", "Ke-Macina", 13.9641, -5.35791, "armed_assault", JNIM,
        "claimed", None, ["firearm"], ["military"], [],
        [2], [9], [3], [], S[0:2], group=WAVE, killed_best=2, injured_best=3,
        note="Simultaneous dawn attack on the army post at Ké-Macina (spelt Macina in a2's lead). a1: repelled, nine "
             "assailants neutralised (optional). a2: two soldiers killed, three wounded (a local elected official)."),
    inc("sokolo-convoy-ambush-2025-08-12", "2025-08-12", "ML", "Ségou", "Sokolo", 14.7328, -6.1219, "armed_assault",
        JNIM, "claimed", None, ["ied", "firearm"], ["military"], [],
        [6], [14], [6], [], S[0:2], group=WAVE, killed_best=6, injured_best=6,
        note="Ambush, about 9 a.m. the same Tuesday, on an army convoy of reinforcements about 20 km from Sokolo on the "
             "Niono-Sokolo road: a roadside bomb, then gunfire. Place given only as '20 km from Sokolo' / 'the Sokolo "
             "axis' (coded at Sokolo). a1: fourteen assailants neutralised on the Sokolo axis (optional). a2: at least "
             "six soldiers killed, six wounded, several missing (security source; 'several' is no figure)."),
    inc("markala-gendarmerie-2025-06", "2025-06", "ML", "Ségou", "Markala", 13.68427, -6.07352, "armed_assault", JNIM,
        None, None, None, ["police"], ["military"], [4], [], [], [], ["a2_mali_wire"], optional=True,
        note="Background in a2: in June an attack blamed on the same group on the gendarmerie post in Markala killed four "
             "gendarmes. Must not lend 4 to the August wave."),
    # --- Cameroon, Far North --------------------------------------------------------------------------------------------
    inc("mora-market-suicide-2025-10-19", "2025-10-19", "CM", "Far North", "Mora", 11.04611, 14.14011, "bombing", BH,
        "attributed", True, ["suicide_vest"], ["civilians", "business"], [],
        [9, 11, 14], [1, 2, 10], [27, 30], [], S[2:4], killed_best=14, injured_best=30,
        note="Suicide bombing at the Sunday weekly market of Mora (cattle section), Sunday 19 October about 10:30 a.m.: a "
             "young woman set off explosives hidden under her clothes. b1 (Yaoundé daily, Monday, dateline MAROUA): "
             "nine civilians killed and 27 injured (governor of the Far North), 'and the bomber' (1, optional; '10 "
             "dead including the bomber' would be optional too); at least eleven dead (leader of the local vigilance "
             "committee). b2 (broadcaster, Wednesday): toll rises to fourteen (director of the Maroua regional "
             "hospital), more than 30 injured; a second would-be bomber was shot dead by vigilantes before detonating "
             "(both bombers dead: 2, optional). Governor (b1) and army spokesman (b2) blame Boko Haram; no claim."),
    inc("koza-farmers-abduction-2025-10-21", "2025-10-21", "CM", "Far North", "Koza", 10.86846, 13.88205, "kidnapping",
        BH, "suspected", None, ["firearm"], ["civilians"], [], [], [], [], [], ["b2_mora_radio"],
        note="b2 only: on Tuesday 21 October gunmen abducted eleven farmers harvesting millet near Koza (about 35 km from "
             "Mora); the mayor suspects Boko Haram. Nobody killed or injured: eleven is the number abducted, not a "
             "toll."),
    inc("mora-mosque-2025-03-05", "2025-03-05", "CM", "Far North", "Mora", 11.04611, 14.14011, "bombing", BH, None,
        True, ["suicide_vest"], ["religious", "civilians"], [], [7], [], [], [], ["b1_mora_daily"], optional=True,
        note="Background in b1 with its own full date: on 5 March 2025 two suicide bombers struck outside a mosque in "
             "Mora and killed seven worshippers. Same town: must not be merged with, or lend 7 to, the October "
             "market bombing."),
    # --- Thailand, Deep South: two unrelated attacks the same day (no group) ----------------------------------------
    inc("rueso-ranger-bomb-2025-06-25", "2025-06-25", "TH", "Narathiwat", "Rueso", 6.39364, 101.51847, "bombing", BRN,
        "suspected", None, ["ied"], ["military"], ["education"],
        [2], [], [3, 4], [], S[4:6], killed_best=2, injured_best=4,
        note="Roadside bomb under a rural road in Rueso district, Wednesday 25 June about 7:20 a.m., against a pickup of "
             "paramilitary rangers escorting teachers to a school. c1 (Bangkok daily, Thursday): 2 rangers killed, 3 "
             "wounded (spokesman of the Region 4 forward command); security officials suspect BRN insurgents. c2 "
             "(translated local site, Thursday, 'yesterday'): 2 killed, 4 injured taken to Rueso hospital. No teacher "
             "hurt."),
    inc("ra-ngae-headman-shooting-2025-06-25", "2025-06-25", "TH", "Narathiwat", "Ra-ngae", 6.29678, 101.72844,
        "armed_assault", None, None, None, ["firearm"], ["government"], ["civilians"],
        [1], [], [1], [], S[4:6], killed_best=1, injured_best=1,
        note="The same evening (about 7:45 p.m.; c2 'on the night of 25 June'), two men on a motorcycle shot dead a "
             "village headman outside his house in Ra-ngae district and wounded his wife. Police: motive unclear, a "
             "personal dispute not ruled out, no link to the Rueso bomb; nobody blamed (perpetrator null, not scored). "
             "Rueso and Ra-ngae are about 26 km apart: two incidents, not fused, no group."),
    # --- Sudan, North Kordofan ------------------------------------------------------------------------------------------
    inc("umm-ruwaba-market-drone-2025-11-13", "2025-11-13", "SD", "North Kordofan", "Umm Ruwaba", 12.9061, 31.2158,
        "air_strike", RSF, "attributed", None, ["drone"], ["civilians", "business"], [],
        [23, 31, 35], [40], [58], [], S[6:8], injured_best=58,
        note="Drone strike on the crowded main market of Umm Ruwaba (also spelt Um Rawaba), Thursday 13 November about "
             "midday. d1 (UN humanitarian coordinator's statement, Friday, 'yesterday'): at least 23 civilians killed "
             "incl. five children, 'scores' injured (vague, no number); the UN names nobody. d2 (regional site, "
             "Saturday): thirty-one killed and 58 injured (North Kordofan state health ministry); between 35 and 40 "
             "killed (a monitoring group, Kordofan Rights Observatory: 35 required, 40 optional). The state "
             "government blames the RSF; the RSF did not comment. killed_best left unscored: 23, 31 and 35-40 from "
             "three kinds of source with no agreed reconciliation."),
    inc("el-obeid-fuel-depot-drone-2025-10", "2025-10", "SD", "North Kordofan", "El Obeid", 13.18421, 30.21669,
        "air_strike", None, None, None, ["drone"], ["business", "utilities"], [], [3], [], [], [],
        ["d2_ummruwaba_regional"], optional=True,
        note="Background in d2 as 'last month' (published 15 November: October 2025): a drone hit a fuel depot on the "
             "edge of El Obeid and killed three workers. Must not lend 3."),
    # --- Ukraine: live blog ---------------------------------------------------------------------------------------------
    inc("nikopol-shelling-2025-09-20", "2025-09-20", "UA", "Dnipropetrovsk", "Nikopol", 47.56826, 34.39126, "shelling",
        RU, "attributed", None, ["artillery"], ["civilians"], ["transportation", "business"],
        [2, 3], [], [7, 9, 12], [], ["e1_ukraine_liveblog"], killed_best=3, injured_best=12,
        note="Artillery shelling of central Nikopol (Nikopil) across the Dnipro, Saturday 20 September about 10 a.m., "
             "hitting a minibus stop and market stalls. Live blog (newest first): 10:52 entry, 2 killed and 7 injured "
             "(governor of Dnipropetrovsk region); 13:20 entry, a woman died in hospital, toll 3, 9 injured "
             "(governor); 17:05 entry, the mayor says a dozen people were hurt (12). Blamed on Russian forces."),
    inc("kharkiv-drone-2025-09-20", "2025-09-20", "UA", "Kharkiv", "Kharkiv", 49.98081, 36.25272, "air_strike", RU,
        "attributed", None, ["drone"], ["civilians"], [], [], [], [4], [], ["e1_ukraine_liveblog"], injured_best=4,
        note="Live blog, early entry: on the night of Friday to Saturday, about 2 a.m. Saturday, a drone hit a nine-storey "
             "apartment building in Kharkiv's Saltivskyi district; four injured incl. a child (mayor). No deaths. "
             "The overnight national count of drones launched and shot down (air force) is an aggregate."),
    inc("nikopol-shelling-2025-07-04", "2025-07-04", "UA", "Dnipropetrovsk", "Nikopol", 47.56826, 34.39126, "shelling",
        RU, None, None, ["artillery"], ["civilians"], [], [4], [], [], [], ["e1_ukraine_liveblog"], optional=True,
        note="Background in the live blog with its own full date: on 4 July 2025 shelling killed four people in the same "
             "part of Nikopol. Must not lend 4 to 20 September."),
]
groups = [dict(id=WAVE,
               members=["niono-camp-2025-08-12", "ke-macina-post-2025-08-12", "sokolo-convoy-ambush-2025-08-12"],
               killed=[11, 13], killed_optional=[50, 63, 12], injured=[17, 24], injured_optional=[],
               note="Three simultaneous or near-simultaneous attacks on Tuesday morning in the Ségou region presented as "
                    "one coordinated offensive. a1 (army): provisional toll 11 soldiers killed and 17 wounded; 63 "
                    "terrorists neutralised (attackers' dead: optional). a2 (wire): at least 13 dead, 12 soldiers and a "
                    "civilian (security source; 12 optional as a part), 'about two dozen' wounded across the three sites "
                    "(a local official); JNIM's own claim on az-Zallaqa: more than 50 soldiers killed (optional).")]
gold = dict(about="Hand-coded reference for eval/synthetic4/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was first run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_sinai_return: a policy story (families allowed back to villages around Sheikh Zuweid, "
                           "North Sinai); the insurgency is mentioned only as undated aggregates and an undated "
                           "checkpoint attack 'in the worst years': no incident.",
                           "Headline lists under 'Keep reading', 'In case you missed it', 'Editor's picks', 'From the "
                           "archive', 'More Sahel headlines', 'Popular this week', 'Latest in Asia', 'Up next', "
                           "'Previously in this live blog': other attacks, no article text.",
                           "Aggregates: central Mali first half of the year (a2); Far North since 2014 (b1, b2); Deep "
                           "South since 2004 (c1, c2); North Kordofan since the start of October and the war since April "
                           "2023 (d1, d2); drones launched over Ukraine overnight and civilians killed since February 2022 "
                           "(e1); North Sinai insurgency (f1).",
                           "Photo captions with places and dates (a2, b1, c1, d2, e1, f1); the live blog's timestamps (e1) "
                           "are publication times, not other events."])
json.dump(gold, open(os.path.join(here, "synthetic4.gold.json"), "w"), indent=1, ensure_ascii=False)
