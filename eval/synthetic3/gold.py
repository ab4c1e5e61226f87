#!/usr/bin/env python3
"""Writes synthetic3.gold.json (coded by hand before Sitrep was first run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["m1_mocimboa_wire", "m2_mocimboa_local", "m3_cabodelgado_update",
     "c1_catatumbo_wire", "c2_catatumbo_regional",
     "d1_beni_radio", "d2_beni_flash",
     "j1_kashmir_liveblog", "j2_kashmir_daily",
     "y1_taiz_tv",
     "n1_mombasa_trial"]
ISMP = ["Islamic State Mozambique Province", "Islamic State Mozambique", "Islamic State", "IS Mozambique",
        "ISMP", "Islamic State - Mozambique Province"]
ELN = ["National Liberation Army", "ELN", "Ejercito de Liberacion Nacional"]
ADF = ["Allied Democratic Forces", "ADF", "Islamic State Central Africa Province", "ISCAP"]
TRF = ["The Resistance Front", "TRF", "Lashkar-e-Taiba", "Lashkar-e-Toiba"]
HOUTHIS = ["Houthis", "Ansar Allah", "Houthi"]
MOC = ("MZ", "Cabo Delgado", "Mocímboa", -11.31667, 40.35)
incidents = [
    # --- Mozambique, Cabo Delgado -------------------------------------------------------------------------------
    inc("mocimboa-raid-2025-10-04", "2025-10-04", *MOC, "armed_assault", ISMP, "claimed", None,
        ["firearm", "knife", "fire"], ["civilians"], ["religious"],
        [12, 15, 19], [30, 4], [9, 11], [], S[0:3], killed_best=19, injured_best=11,
        note="Night raid (Saturday 4 October, after dark) on the fishing quarter on the southern edge of Mocímboa da Praia: "
             "people shot and hacked with machetes, houses and a chapel burned, children abducted. "
             "m1 (wire, Sunday): 'a dozen' civilians killed (provincial police spokesman), 15 bodies and 9 wounded at the "
             "district hospital (a nurse); headline 'dozens feared dead' (vague, no number); Islamic State claimed via "
             "Amaq, saying its fighters killed 30 'Christians' (the perpetrator's own figure: optional, as in the seeds). "
             "m2 (local daily, Monday): toll rises to 19 (district administrator), 11 wounded in hospital, 8 children "
             "abducted; security forces killed 4 attackers as they fled (optional); insurgents 'known locally as "
             "al-Shabaab', with no link to the Somali group: al Shabaab is NOT an acceptable perpetrator. "
             "m3 (humanitarian update, Wednesday): at least 19 killed, 11 injured, 8 children abducted."),
    inc("mocimboa-boats-2025-05", "2025-05", *MOC, "armed_assault", ISMP, None, None, None, ["civilians"], [],
        [5], [], [], [], ["m1_mocimboa_wire"], documents_optional=["m2_mocimboa_local"], optional=True,
        note="Background in m1 (and a one-line reminder in m2): in May insurgents attacked fishing boats off Mocímboa "
             "da Praia and killed five fishermen. Same town, other month: must not be merged with, or lend 5 to, the "
             "October raid."),
    inc("montepuez-abduction-2025-10-06", "2025-10-06", "MZ", "Cabo Delgado", "Montepuez", -13.12556, 38.99972,
        "kidnapping", None, None, None, None, ["civilians"], [], [], [], [], [], ["m3_cabodelgado_update"],
        note="m3 only, in its list of other incidents of the reporting period: on Monday 6 October suspected NSAG members "
             "abducted three woodcutters near Montepuez. Nobody killed or injured (no figures); perpetrator not named "
             "(null, not scored)."),
    # --- Colombia, Catatumbo (Norte de Santander): one coordinated wave -----------------------------------------------
    inc("tibu-police-station-2025-06-12", "2025-06-12", "CO", "Norte de Santander Department", "Tibú", 8.63895,
        -72.73583, "bombing", ELN, "attributed", None, ["vehicle_bomb"], ["police"], ["civilians", "business"],
        [3, 4], [], [11, 17], [], S[3:5], group="catatumbo-wave-2025-06-12", killed_best=4, injured_best=17,
        note="Motorcycle loaded with explosives blown up outside the police station in Tibú, Thursday about 8:40 p.m. "
             "c1 (wire, published Friday, 'late last night'): 3 killed (two officers and a street vendor), 11 wounded "
             "(police). c2 (regional site, Saturday): a wounded officer died Friday, toll 4; the regional hospital "
             "treated 17. Blamed on the ELN by the defence minister (no claim)."),
    inc("el-tarra-base-2025-06-12", "2025-06-12", "CO", "Norte de Santander Department", "El Tarra", 8.57562,
        -73.09489, "bombing", ELN, "attributed", None, ["drone", "explosive"], ["military"], [],
        [1], [], [4, 5], [], S[3:5], group="catatumbo-wave-2025-06-12", killed_best=1, injured_best=5,
        note="Drones dropped explosives on an army battalion base in El Tarra, Thursday about 9 p.m.: 1 soldier killed, "
             "4 wounded (army, c1); 5 wounded (c2)."),
    inc("sardinata-police-post-2025-06-12", "2025-06-12", "CO", "Norte de Santander Department", "Sardinata",
        8.08289, -72.80071, "armed_assault", ELN, "attributed", None, ["firearm", "grenade"], ["police"], [],
        [2], [1], [1, 2], [], S[3:5], group="catatumbo-wave-2025-06-12", killed_best=2, injured_best=2,
        note="Gunmen with rifles and grenades attacked the police post in Sardinata, Thursday about 9:30 p.m.: 2 police "
             "officers killed, 1 wounded (c1); 2 wounded (c2). One attacker killed by the police (optional)."),
    inc("tibu-drone-2025-03", "2025-03", "CO", "Norte de Santander Department", "Tibú", 8.63895, -72.73583,
        "bombing", None, None, None, ["drone"], ["police"], [], [], [], [3], [], ["c2_catatumbo_regional"],
        optional=True,
        note="Background in c2: in March a drone dropped a charge on the same Tibú police station and wounded three "
             "officers. Must not lend 3 to the June attack."),
    # --- DR Congo, Beni territory (North Kivu) ------------------------------------------------------------------------
    inc("beni-north-village-2025-09-16", "2025-09-16", "CD", "Nord Kivu", "Beni", 0.49113, 29.47306,
        "armed_assault", ADF, "suspected", None, ["knife", "firearm"], ["civilians"], [],
        [21, 14], [26, 3], [7], [], S[5:7],
        note="Raid on a farming village about 30 km north of Beni (the only gazetteer place given: coded at Beni), Tuesday "
             "16 September about 9 p.m. d1 (radio site, Wednesday): at least 21 civilians killed with machetes and guns "
             "(civil-society coordinator); 14 civilians (army spokesman); the army says it killed 3 assailants "
             "(optional); 'dozens' missing (vague). d2 (inter-agency flash update, Friday): between 21 and 26 killed "
             "(range: 21 required, 26 optional), 7 injured evacuated to Beni general hospital. ADF suspected by local "
             "officials and the army; no claim. killed_best left unscored: the sources give 14, 21 and a 21-26 range "
             "with no agreed reconciliation. The aggregate in d2 (more than 600 civilians in Beni and Lubero since "
             "January) is not an incident. The village is named (Mabuku, invented; not in the gazetteer)."),
    inc("butembo-village-2025-08-03", "2025-08-03", "CD", "Nord Kivu", "Butembo", 0.14164, 29.29117,
        "armed_assault", ADF, None, None, None, ["civilians"], [], [18], [], [], [], ["d2_beni_flash"],
        optional=True,
        note="Background in d2: on 3 August a similar attack on a village near Butembo killed 18. Must not lend 18."),
    # --- India, Jammu and Kashmir: two unrelated attacks the same day (no group) -----------------------------------
    inc("anantnag-bus-stand-grenade-2025-07-21", "2025-07-21", "IN", "Jammu and Kashmir", "Anantnag", 33.73068,
        75.15418, "bombing", None, None, None, ["grenade"], ["civilians", "transportation"], ["police"],
        [], [], [11, 13], [], S[7:9], injured_best=13,
        note="Grenade thrown at the general bus stand in Anantnag, Monday about 11:30 a.m.; no deaths. 11 injured incl. "
             "two policemen (police, live blog j1); 13 treated, two referred to Srinagar (hospital, j2). No claim, no "
             "group blamed. j2 once calls the town Islamabad (its local name): not Islamabad, Pakistan."),
    inc("pulwama-labourer-2025-07-21", "2025-07-21", "IN", "Jammu and Kashmir", "Pulwama", 33.87405, 74.89955,
        "armed_assault", TRF, "claimed", None, ["firearm"], ["civilians"], [], [1], [], [], [], S[7:9],
        killed_best=1,
        note="The same afternoon (about 2:45 p.m.), militants shot dead a labourer from Bihar in an orchard on the edge "
             "of Pulwama town. TRF claimed it in a social-media post (j1, j2); police call TRF a front of Lashkar-e-Taiba. "
             "Police: the two attacks are separate (no group)."),
    inc("kulgam-grenade-2025-02", "2025-02", "IN", "Jammu and Kashmir", "Kulgam", 33.64456, 75.01923, "bombing",
        None, None, None, ["grenade"], ["civilians", "transportation"], [], [], [], [4], [], ["j2_kashmir_daily"],
        optional=True,
        note="Background in j2: in February a grenade at the Kulgam bus stand injured four. Must not lend 4."),
    # --- Yemen, Taiz -------------------------------------------------------------------------------------------------
    inc("taiz-shelling-2025-11-09", "2025-11-09", "YE", "Ta'izz", "Taiz", 13.57952, 44.02091, "shelling",
        HOUTHIS, "attributed", None, ["mortar"], ["civilians"], ["business"], [5, 6], [], [9, 11], [], ["y1_taiz_tv"],
        killed_best=6, injured_best=11,
        note="Mortar shells on a market street in a residential district of Taiz, Sunday ('yesterday' in the Monday "
             "broadcast) afternoon. 5 killed incl. 3 children, 9 injured (Taiz health office); 6 dead, 11 wounded "
             "(charity-run field hospital). Local authorities blamed the Houthis; no Houthi comment. "
             "'Seventy-three civilians killed by shelling in the city this year' is an aggregate."),
    inc("taiz-sniper-2025-08", "2025-08", "YE", "Ta'izz", "Taiz", 13.57952, 44.02091, "armed_assault", HOUTHIS, None,
        None, ["firearm"], ["civilians"], [], [2], [], [], [], ["y1_taiz_tv"], optional=True,
        note="Background in y1: in August a sniper killed two children in the same district. Must not lend 2."),
]
groups = [dict(id="catatumbo-wave-2025-06-12",
               members=["tibu-police-station-2025-06-12", "el-tarra-base-2025-06-12", "sardinata-police-post-2025-06-12"],
               killed=[6, 7], killed_optional=[], injured=[16, 24], injured_optional=[],
               note="Three attacks within an hour on Thursday night in Catatumbo, presented as coordinated: 6 dead, 16 "
                    "wounded (defence minister, c1); 7 dead and 'two dozen' injured (governor of Norte de Santander, c2).")]
gold = dict(about="Hand-coded reference for eval/synthetic3/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was first run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["n1_mombasa_trial: a court story (two men convicted of financing al Shabaab); the roadside "
                           "bombings in Lamu County it mentions are an undated aggregate: no incident.",
                           "Related/'Also in this section'/'You may have missed'/'Elsewhere in the region'/'Don't miss'/"
                           "'Trending now' headlines in every article: other attacks, no article text.",
                           "Aggregates: Cabo Delgado since 2017 (m1, m3) and incidents since January (m3); Beni and "
                           "Lubero since January (d2); 'seventy-three' civilians killed by shelling and sniper fire in "
                           "Taiz this year (y1); war-wide Yemen toll (y1); Catatumbo displacement (c1, c2); 14 money transfers "
                           "and an undated 2023 arrest (n1).",
                           "Related-publication titles with months (d2 'attack on Kipese (August 2025)', m3 'displacement "
                           "from Macomia coast (September 2025)'): titles of other reports, no incident text.",
                           "Photo captions with places and dates (m1, m2, c2, d1, j2, y1, n1); the live blog's "
                           "timestamps (j1) are publication times, not other events."])
json.dump(gold, open(os.path.join(here, "synthetic3.gold.json"), "w"), indent=1, ensure_ascii=False)
