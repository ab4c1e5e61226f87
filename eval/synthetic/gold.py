#!/usr/bin/env python3
"""Writes synthetic.gold.json (coded by hand before Sitrep was first run on the set)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["s01_bannu_wire", "s02_bannu_local", "s03_bannu_tv", "s04_mafa_paper", "s05_mafa_radio",
     "s06_iraq_wire", "s07_iraq_kurdish", "s08_djibo"]
incidents = [
    inc("bannu-2024-03-12", "2024-03-12", "PK", "Khyber Pakhtunkhwa", "Bannu", 32.98527, 70.60403, "bombing",
        "Tehrik-i-Taliban Pakistan", "claimed", True, ["suicide_vest"], ["police", "civilians"], ["business"],
        [23, 27], [], [60, 71], [], S[0:3], killed_best=27, injured_best=71,
        note="Two suicide bombers minutes apart at the vegetable market (Sabzi Mandi) and the adjoining City police "
             "station: one incident (one place, one morning, about 100 m apart). 23 dead / about 60 wounded: police "
             "(s01, repeated in s02, s03); 27 dead / 71 injured: DHQ hospital (s02, s03). TTP claimed on its Umar Media "
             "channel (s02, s03); s01: no claim yet."),
    inc("dera-ismail-khan-2024-01", "2024-01", "PK", "Khyber Pakhtunkhwa", "Dera Ismail Khan", 31.83129, 70.9017,
        "bombing", None, None, True, None, ["military"], [], [9], [], [], [], ["s02_bannu_local"], optional=True,
        note="Background in s02: in January a suicide bomber killed nine soldiers at a checkpoint outside Dera Ismail Khan. "
             "May be exported with its own month; must not lend 9 to Bannu."),
    inc("mafa-2024-05-18", "2024-05-18", "NG", "Borno", "Mafa", 11.92417, 13.60066, "armed_assault",
        "Boko Haram", "attributed", None, ["firearm"], ["civilians"], [], [14, 22], [], [], [], S[3:5],
        killed_best=22,
        note="Night raid on Mafa village (Saturday night). 14 killed, 30+ abducted (council chairman, s04); toll rises to 22, "
             "37 abducted (militia leader, s05). s04: 'believed to be Boko Haram'; s05: officials blamed Boko Haram, no claim. "
             "The 40,000-dead war-wide toll (s04, s05) is not an incident."),
    inc("dikwa-2024-02", "2024-02", "NG", "Borno", "Dikwa", 12.03609, 13.91815, "armed_assault", None, None, None,
        None, ["civilians"], [], [35], [], [], [], ["s05_mafa_radio"], optional=True,
        note="Background in s05: in February gunmen killed 35 farmers near Dikwa. Must not lend 35 to Mafa."),
    inc("baqubah-market-2024-07-05", "2024-07-05", "IQ", "Diyala", "Baqubah", 33.75403, 44.60518, "bombing",
        "Islamic State", "claimed", None, ["vehicle_bomb"], ["civilians"], ["business"], [9, 10], [], [24], [],
        S[5:7], group="iraq-wave-2024-07-05", killed_best=10, injured_best=24,
        note="Car bomb at a crowded market. 9 dead, 24 wounded (police and medics, s06); 10 (Diyala health directorate, s07)."),
    inc("kirkuk-checkpoint-2024-07-05", "2024-07-05", "IQ", "Kirkuk", "Kirkuk", 35.46806, 44.39222, "bombing",
        "Islamic State", "claimed", True, None, ["police"], ["civilians"], [5, 6], [], [], [], S[5:7],
        group="iraq-wave-2024-07-05", killed_best=6,
        note="Suicide bomber at a police checkpoint at the southern entrance of Kirkuk. 5 policemen (s06); 6 = five officers "
             "and a taxi driver (police commander, s07)."),
    inc("tuz-khurmatu-2024-07-05", "2024-07-05", "IQ", "Salah ad Din", "Tuz Khurmatu", 34.88808, 44.63256, "bombing",
        "Islamic State", "claimed", None, ["ied"], ["military"], [], [3], [], [], [], S[5:7],
        group="iraq-wave-2024-07-05", killed_best=3,
        note="Roadside bomb on an army patrol near Tuz Khurmatu; three soldiers (military statement s06; s07)."),
    inc("kunduz-mosque-2024-07-05", "2024-07-05", "AF", "Kunduz", "Kunduz", 36.72895, 68.857, "bombing", None, None,
        None, ["explosive"], ["religious"], ["civilians"], [7], [], [], [], ["s06_iraq_wire"], killed_best=7,
        note="One sentence in s06: a bomb in a Shi'ite mosque in Kunduz during Friday prayers killed seven; "
             "a separate incident, not part of the Iraqi wave."),
    inc("djibo-2024-09-21", "2024-09-21", "BF", "Sahel", "Djibo", 14.0994, -1.62554, "armed_assault",
        ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "Jamaat Nusrat al-Islam wal-Muslimin",
         "Group for the Support of Islam and Muslims"], "claimed", None, ["firearm"], ["military"], [],
        [11], [18], [], [], ["s08_djibo"], killed_best=11,
        note="Attack on the army post in Djibo on Saturday; 11 soldiers killed (army). 18 assailants killed (army's claim; "
             "optional). JNIM claimed on az-Zallaqa. The 20,000 war-wide toll is not an incident."),
]
groups = [dict(id="iraq-wave-2024-07-05",
               members=["baqubah-market-2024-07-05", "kirkuk-checkpoint-2024-07-05", "tuz-khurmatu-2024-07-05"],
               killed=[17, 19], killed_optional=[], injured=[30], injured_optional=[],
               note="Three bombings within two hours: at least 17 dead, 30 wounded (interior ministry, s06); 19 (s07).")]
gold = dict(about="Hand-coded reference for eval/synthetic/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was first run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["Related-article headlines (s01, s03, s04, s05, s06, s07, s08): other attacks, no article text.",
                           "War-wide tolls: 40,000 in north-east Nigeria (s04, s05); 20,000 in Burkina Faso since 2015 (s08).",
                           "File photo captions (s04, s05, s08) with old dates."])
json.dump(gold, open(os.path.join(here, "synthetic.gold.json"), "w"), indent=1, ensure_ascii=False)
