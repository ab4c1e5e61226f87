#!/usr/bin/env python3
"""Writes synthetic17.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_gialai_state_agency", "a2_gialai_mt_daily", "a3_gialai_bangkok_weekly",
     "b1_sitrah_ministry", "b2_sitrah_wire",
     "c1_madagascar_roundup", "c2_ihosy_mt_daily",
     "d1_bonanza_ngo", "d2_bonanza_exile_daily",
     "e1_tiraspol_liveblog", "e2_tiraspol_radio",
     "f1_oman_gas_blast"]
MHF = ["Montagnard Highlands Front", "MHF", "the Montagnard Highlands Front", "Highlands Front"]
ASHTAR = ["Saraya al-Ashtar", "Saraya al Ashtar", "al-Ashtar Brigades", "Al-Ashtar Brigades", "Al Ashtar Brigades",
          "Ashtar Brigades", "AAB"]
UKR = ["Ukraine", "Ukrainian armed forces", "Ukrainian special services", "Ukrainian military", "Kyiv",
       "Ukrainian side", "Ukrainian saboteurs", "armed forces of Ukraine"]
WAVE = "gia-lai-commune-attacks-2026-07-07"
incidents = [
    # --- Vietnam, Gia Lai: armed men attack two commune headquarters the same night; a gold group ----------------------
    inc("chu-se-commune-police-2026-07-07", "2026-07-07", "VN", "Gia Lai", "Chư Sê", 13.69153, 108.08023,
        "armed_assault", MHF, "attributed", None, ["firearm", "knife"], ["police"], ["civilians", "government"],
        [4], [2], [2, 3], [], S[0:3], group=WAVE,
        note="Tuesday 7 July 2026 about 22:45: some twenty armed men with rifles, home-made guns and machetes attacked "
             "the police headquarters of Chư Sê commune (Gia Lai). a1 (state news agency's English service, Wednesday, "
             "dateline HA NOI, about 820 km away): three police officers and a night watchman killed (4), two officers "
             "wounded; two attackers shot dead (attackers' dead, optional); the Ministry of Public Security says the "
             "attackers were incited by the 'Montagnard Highlands Front' (invented), based abroad (attributed, no "
             "claim, no denial). a2 (machine-translated English of a Vietnamese online daily, Wednesday): the four dead "
             "named with ages; three wounded treated at Gia Lai General Hospital in Pleiku (a hospital town that is no "
             "scene, about 33 km away). a3 (Bangkok opinion weekly, Saturday 11 July): repeats four at Chư Sê."),
    inc("ia-pa-commune-office-2026-07-07", "2026-07-07", "VN", "Gia Lai", "Ia Pa", 13.53361, 108.45529,
        "armed_assault", MHF, "attributed", None, ["firearm", "knife"], ["government"], ["police", "civilians"],
        [2, 3], [], [3, 4], [2], S[0:3], group=WAVE, killed_best=3,
        note="The same night, minutes later (about 23:00): a second group attacked the headquarters of the People's "
             "Committee of Ia Pa commune, about 44 km east of Chư Sê. a1: the commune party secretary and the commune "
             "chairman killed (2), three militia members wounded. a2: the two dead named with ages; four wounded "
             "(hospital). a3 (Saturday): one of the wounded militiamen died on Thursday at the hospital in Pleiku: three "
             "killed at Ia Pa; 'two others still in hospital' (a part, optional). injured_best left unscored (one of "
             "the wounded died)."),
    inc("kong-chro-forest-station-fire-2026-03-22", "2026-03-22", "VN", "Gia Lai", "Kông Chro", 13.77532, 108.52558,
        "other", None, None, None, ["fire"], ["government"], [], [], [], [], [], ["a3_gialai_bangkok_weekly"],
        optional=True,
        note="Background in a3 with its own full date: on 22 March unidentified men set fire to a forest-protection "
             "station near Kông Chro; nobody hurt. Must not join the July wave."),
    # --- Bahrain, Sitrah: a roadside bomb on a police patrol, claimed by Saraya al-Ashtar on Telegram -----------------
    inc("sitrah-police-patrol-bomb-2026-02-19", "2026-02-19", "BH", "Manama", "Sitrah", 26.15472, 50.62056,
        "bombing", ASHTAR, "claimed", None, ["ied"], ["police"], ["civilians"],
        [1, 2], [3], [3], [2], S[3:5], killed_best=2,
        note="Thursday 19 February 2026 about 21:30: a home-made bomb hidden beside the road exploded as a police patrol "
             "vehicle passed in Sitrah. b1 (Ministry of Interior press release with bullet points, Thursday night): a "
             "policeman 'martyred', two policemen injured and an Asian worker passing by slightly injured (3 injured in "
             "all); a 'terrorist act', no group named. b2 (Gulf wire, Saturday 21 February, dateline DUBAI, far from the "
             "scene): one of the two injured policemen died on Friday at the Salmaniya Medical Complex in Manama: two "
             "killed; 'the two other injured' still in hospital (a part, optional); Saraya al-Ashtar claimed the "
             "attack in a statement on its Telegram channel, saying three 'mercenaries' were killed (claimant's figure, "
             "optional). injured_best left unscored (one of the injured died)."),
    inc("dar-kulayb-police-bomb-2025-10-03", "2025-10-03", "BH", "Southern Governorate", "Dār Kulayb", 26.06861,
        50.50389, "bombing", None, None, None, ["ied"], ["police"], [], [], [], [1], [], ["b2_sitrah_wire"],
        optional=True,
        note="Background in b2 with its own full date: on 3 October 2025 a bomb wounded a policeman in Dar Kulaib. Must "
             "not merge with the Sitrah bomb or lend 1."),
    # --- Madagascar: a weekly's round-up of three separate attacks; a regional daily on the first --------------------
    inc("ihosy-dahalo-raid-2026-09-04", "2026-09-04", "MG", "Ihorombe", "Ihosy", -22.40293, 46.12576,
        "armed_assault", None, None, None, ["firearm", "fire"], ["civilians"], [],
        [4, 5], [2, 6], [3], [2], S[5:7], killed_best=5,
        note="Friday 4 September 2026 about 9 p.m.: some sixty dahalo (cattle raiders) with rifles attacked the village "
             "of Analamary (invented), about 35 km south-west of Ihosy; coded at Ihosy. They burned fourteen houses and "
             "drove off about 320 zebu. c2 (regional daily of Fianarantsoa, machine-translated from French, Monday 7 "
             "September): the gendarmerie counts four villagers killed and three wounded; the mayor speaks of six dead "
             "counting a herder still missing (optional); the villagers killed two raiders (attackers' dead, optional). "
             "c1 (Antananarivo weekly, Wednesday 9 September, round-up): one of the wounded died on Monday night at the "
             "hospital in Fianarantsoa (a hospital town that is no scene, about 145 km away): five killed; the two "
             "other wounded (a part, optional). 'Dahalo' is a generic word for cattle raiders, no group named: "
             "perpetrator null. injured_best left unscored."),
    inc("sakaraha-child-kidnapping-2026-09-06", "2026-09-06", "MG", "Atsimo-Andrefana", "Sakaraha", -22.9, 44.53333,
        "kidnapping", None, None, None, ["firearm"], ["civilians"], ["business"], [], [], [1], [],
        ["c1_madagascar_roundup"],
        note="Sunday 6 September about 8 p.m.: armed men burst into the house of a sapphire trader in Sakaraha, shot "
             "and wounded his guard (1) and took away his ten-year-old son; a ransom was demanded. c1 only. No group "
             "named (perpetrator null). The boy is a hostage, no casualty."),
    inc("ambalavao-market-machete-2026-09-07", "2026-09-07", "MG", "Upper Matsiatra", "Ambalavao", -21.83333,
        46.93333, "armed_assault", None, None, None, ["knife"], ["civilians"], [], [2], [], [4], [],
        ["c1_madagascar_roundup"],
        note="Monday 7 September about 9 a.m.: a man with a machete attacked people at the cattle market of Ambalavao: "
             "two killed, four wounded (taken to Fianarantsoa). Detained by police; 'acted alone' (a lone attacker, "
             "perpetrator null). c1 only."),
    inc("ranohira-dahalo-raid-2026-06", "2026-06", "MG", "Ihorombe", "Ranohira", -22.48333, 45.4,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [2], [], [], [], ["c2_ihosy_mt_daily"],
        optional=True,
        note="Background in c2 with only a month: in June dahalo raided a hamlet near Ranohira and killed two herders."),
    # --- Nicaragua, Bonanza: armed settlers attack a Mayangna community; NGO release with the dead as names and ages --
    inc("bonanza-mayangna-community-attack-2026-03-12", "2026-03-12", "NI", "North Caribbean Coast", "Bonanza",
        14.02885, -84.59103, "armed_assault", None, None, None, ["firearm", "knife", "fire"], ["civilians"],
        ["religious"],
        [3, 4, 5], [], [2], [], S[7:9], killed_best=5,
        note="Thursday 12 March 2026 at dawn (about 5 a.m.): some forty armed settlers ('colonos') with rifles and "
             "machetes attacked the Mayangna community of Kibusna (invented), about 45 km north of Bonanza in the "
             "Bosawás reserve; coded at Bonanza. Eleven houses and the church burned (religious, optional), two young "
             "men taken away. d1 (Indigenous rights "
             "NGO's release, Saturday 14 March, dateline San José, Costa Rica, the NGO being in exile): the dead only as "
             "a list of names and ages (four), the wounded as two names (taken to Siuna hospital, a hospital town that "
             "is no scene, about 38 km away). d2 (exile online daily, Monday 16 March, dateline SAN JOSÉ): the police "
             "speak of three dead in a 'land dispute between two groups' and two detained; the community says the body "
             "of one of the two missing youths was found on Sunday in the river: five dead; the other still missing. "
             "Settlers without a named group; the government press blames 'land traffickers': perpetrator null."),
    inc("waspan-miskito-farmers-2025-01", "2025-01", "NI", "North Caribbean Coast", "Waspán", 14.74189, -83.9717,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [2], [], [], [], ["d2_bonanza_exile_daily"],
        optional=True,
        note="Background in d2 with only a month: in January 2025 settlers shot dead two Miskito farmers near Waspam."),
    # --- Moldova, Transnistria: a drone on a military unit in Tiraspol; blame and denial; live blog and radio ---------
    inc("tiraspol-military-unit-drone-2026-11-24", "2026-11-24", "MD", "Transnistria", "Tiraspol", 46.84274, 29.62909,
        "air_strike", UKR, "denied", None, ["drone"], ["military"], [],
        [1, 2], [], [2, 4], [3], S[9:11], killed_best=2,
        note="Tuesday 24 November 2026 about 03:40: a drone dropped explosives on the barracks of a military unit on the "
             "eastern edge of Tiraspol. e1 (Chișinău news portal's live blog, Tuesday, time-ordered entries from "
             "06:12; Chișinău about 60 km away): first 'explosions heard'; then the Tiraspol authorities: one "
             "serviceman killed, two wounded; later updated to four wounded; Tiraspol's security ministry blames "
             "Ukrainian special services; Ukraine's foreign ministry denies and calls it a provocation; Chișinău says "
             "its radars saw nothing. e2 (public radio's English morning programme transcript, Wednesday): one of the "
             "wounded died overnight in the Tiraspol hospital: two killed; 'three still treated' (a part, optional). "
             "Blame by one side, denial by the only accused actor, no claim: responsibility 'denied' as in the earlier "
             "sets. injured_best left unscored."),
    inc("maiac-radio-mast-drone-2026-02-17", "2026-02-17", "MD", "Transnistria", "Maiac", 47.23727, 29.38498,
        "air_strike", None, None, None, ["drone"], ["utilities"], [], [], [], [], [], ["e2_tiraspol_radio"],
        optional=True,
        note="Background in e2 with its own full date: on 17 February a drone hit an antenna of the radio centre at "
             "Maiac, near Grigoriopol; nobody hurt."),
]
groups = [dict(id=WAVE, members=["chu-se-commune-police-2026-07-07", "ia-pa-commune-office-2026-07-07"],
               killed=[6, 7], killed_optional=[8], injured=[5, 7], injured_optional=[],
               note="Two commune headquarters of Gia Lai attacked the same night by two groups of the same organisation. "
                    "a1: six killed and five wounded in all (plus two attackers: 'eight dead in all' is optional). a2: "
                    "six killed, seven wounded. a3 (Saturday): seven killed.")]
gold = dict(about="Hand-coded reference for eval/synthetic17/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_oman_gas_blast: a Muscat daily's story on a gas-cylinder explosion in a Salalah "
                           "restaurant (two dead, nine injured); the police rule out any criminal act: an accident, "
                           "no attack, no incident.",
                           "Aggregates: dahalo victims in the south since January (c1); police killed in Bahrain since "
                           "2011 (b2); land-conflict deaths in the Caribbean coast since 2015 (d2); unrest in the "
                           "Central Highlands in past decades (a3).",
                           "Arrests (a1, b2, c1, d2), a ransom demand (c1), a pursuit by gendarmes (c2), an air-alert "
                           "and a diplomatic protest (e1) are no attacks.",
                           "Headline lists under related-story headings, photo captions with other places and dates, "
                           "and unrelated live-blog entries are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic17.gold.json"), "w"), indent=1, ensure_ascii=False)
