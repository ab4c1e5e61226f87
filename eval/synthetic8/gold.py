#!/usr/bin/env python3
"""Writes synthetic8.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["p1_peru_communique", "p2_peru_lima_daily",
     "a1_algeria_mdn_weekly", "a2_algeria_funeral_daily",
     "u1_uganda_police_statement", "u2_uganda_kampala_daily",
     "b1_burundi_state_radio", "b2_burundi_exile_site",
     "c1_car_radio_brief", "c2_car_wire",
     "l1_libya_mitiga_correction",
     "n1_libya_misrata_vote"]
MPCP = ["Militarizado Partido Comunista del Perú", "Militarized Communist Party of Peru", "MPCP",
        "Shining Path", "Sendero Luminoso", "Militarizado Partido Comunista del Peru"]
ADF = ["Allied Democratic Forces", "ADF", "Islamic State", "Islamic State Central Africa Province", "ISCAP", "IS",
       "Islamic State Central Africa"]
REDT = ["RED-Tabara", "RED Tabara", "Red-Tabara", "Red Tabara", "Résistance pour un État de Droit au Burundi",
        "Resistance for the Rule of Law in Burundi"]
MPC = ["Mouvement patriotique pour la Centrafrique", "MPC", "Patriotic Movement for Central Africa",
       "Patriotic Movement for the Central African Republic"]
AB = ["anti-balaka", "Anti-Balaka", "anti-balaka militia", "anti-Balaka"]
WAVE = "burundi-grenades-2025-11-21"
incidents = [
    # --- Peru, VRAEM: ambush on an army patrol near Santa Rosa (La Mar, Ayacucho) -----------------------------------
    inc("santa-rosa-vraem-ambush-2025-08-08", "2025-08-08", "PE", "Ayacucho", "Santa Rosa", -12.68657, -73.73531,
        "armed_assault", MPCP, "claimed", None, ["firearm", "explosive"], ["military"], [],
        [2, 3], [1, 7], [4], [3], S[0:2], killed_best=3, injured_best=4,
        note="Friday 8 August about 6 a.m.: an army patrol of the VRAEM Special Command was ambushed on a trail in the "
             "Santa Rosa district, La Mar province, Ayacucho (the district capital: gazetteer Santa Rosa at -12.69, "
             "-73.74; not the many other Santa Rosas of Peru); gunmen fired rifles and set off an explosive charge. "
             "p1 (Joint Command official communiqué, published Friday evening in an English version, place line "
             "LIMA): 2 soldiers killed, 4 wounded, evacuated by helicopter to Pichari and then to Lima (places that "
             "are no scenes); one 'terrorist' killed (attacker, optional); blames the 'narco-terrorist remnants' "
             "of the MPCP. p2 (Lima daily's English edition, Sunday): a third soldier died on Saturday in the "
             "military hospital in Lima (killed 3; the date stays Friday); the other three wounded stable (a part, "
             "optional); the MPCP's video, attributed to its leader, says its fighters killed seven soldiers "
             "(claimant's figure, optional): claimed."),
    inc("pichari-police-ambush-2025-03-02", "2025-03-02", "PE", "Cusco", "Pichari", -12.5, -73.81667,
        "armed_assault", None, None, None, ["firearm"], ["police"], [], [1], [], [], [], ["p2_peru_lima_daily"],
        optional=True,
        note="Background in p2 with its own full date: on 2 March 2025 a police officer was killed in an ambush near "
             "Pichari. Must not lend 1 to August."),
    # --- Algeria, Jijel: IED kills two soldiers during a sweep; a clash near Khemis Miliana in the weekly report ------
    inc("jijel-texenna-ied-2025-09-06", "2025-09-06", "DZ", "Jijel", "Jijel", 36.821, 5.76352, "bombing",
        None, None, None, ["ied"], ["military"], [], [2], [], [1], [], S[2:4], killed_best=2, injured_best=1,
        note="Saturday 6 September: a home-made bomb exploded under a detachment of the army during a search-and-sweep "
             "operation in the forested hills of Texenna commune, south of Jijel (Texenna is not in the gazetteer; "
             "coded at Jijel, about 18 km). a2 (Algerian daily, Monday, funeral story: 'Saturday', the two soldiers "
             "buried in their home towns in Sétif and Mila wilayas; a third soldier seriously injured, evacuated to "
             "the military hospital in Constantine: places that are no scenes). a1 (defence ministry's weekly "
             "operational report for 3-9 September, Wednesday: 'on 6 September', 2 killed, 1 wounded, among many "
             "arrests and seizures that are no incidents). Only 'terrorist remnants' named: perpetrator null."),
    inc("khemis-miliana-sweep-2025-09-04", "2025-09-04", "DZ", "Aïn Defla", "Khemis Miliana", 36.26104, 2.22015,
        "armed_assault", None, None, None, ["firearm"], ["armed_group"], [], [2], [], [], [], ["a1_algeria_mdn_weekly"],
        optional=True,
        note="a1 only: on 4 September an army detachment 'neutralised' two terrorists during a sweep near Khemis "
             "Miliana and recovered two rifles. A security operation, not an attack by the group: optional."),
    # --- Uganda, Kasese: bomb in a bar showing a football match --------------------------------------------------------
    inc("kasese-bar-bombing-2025-10-12", "2025-10-12", "UG", "Western Region", "Kasese", 0.18333, 30.08333,
        "bombing", ADF, "claimed", None, ["ied"], ["civilians"], ["business"],
        [5, 7], [40], [18, 23], [8], S[4:6], killed_best=7, injured_best=23,
        note="Sunday 12 October about 9:30 p.m.: an improvised explosive device left in a bag went off in a crowded bar "
             "showing a football match in the Nyamwamba division of Kasese municipality. u1 (Uganda Police Force "
             "press statement, Monday, from the police headquarters in Kampala; numbered paragraphs): four died at "
             "the scene and one in hospital, 'five (5)' killed, 18 injured; the police attribute it to ADF "
             "collaborators; three suspects arrested. u2 (Kampala daily, Wednesday, dateline KASESE): two of the "
             "injured died, toll 7; the Kasese hospital's records: 23 treated; Islamic State claimed it on Telegram "
             "in the name of its Central Africa Province, saying 40 'Christians' were killed or wounded (claimant's "
             "figure, optional in killed); 'eight patients were still admitted' is a part (optional). Gold accepts ADF "
             "or Islamic State names."),
    inc("bundibugyo-village-raid-2025-06", "2025-06", "UG", "Western Region", "Bundibugyo", 0.71117, 30.06469,
        "armed_assault", ADF, "suspected", None, ["firearm"], ["civilians"], [], [6], [], [], [],
        ["u2_uganda_kampala_daily"], optional=True,
        note="Background in u2: in June suspected ADF rebels killed six people in a night raid on a village near "
             "Bundibugyo. Must not lend 6 to October."),
    # --- Burundi: two grenade attacks on the same evening, Bujumbura and Gitega (gold group) -------------------------
    inc("bujumbura-bus-park-grenade-2025-11-21", "2025-11-21", "BI", "Bujumbura Mairie", "Bujumbura", -3.38193,
        29.36142, "bombing", REDT, "denied", None, ["grenade"], ["civilians", "transportation"], [],
        [2, 3], [], [19, 24], [6], S[6:8], group=WAVE, killed_best=3, injured_best=24,
        note="Friday 21 November about 7 p.m.: a grenade was thrown into the crowd waiting for minibuses at the Kamenge "
             "bus park in the north of Bujumbura. b1 (state broadcaster's English page, Saturday; interior ministry "
             "spokesperson): 2 killed, 19 injured; blames 'RED-Tabara terrorists' (four suspects arrested). b2 "
             "(exile news site, Sunday): a woman died on Saturday, 3 dead per hospital sources, 24 injured (six of them "
             "still in a serious state: a part, optional); "
             "RED-Tabara's post on X denies any part in the attacks. Blame by the government, denial by the only "
             "accused actor, no claim: responsibility 'denied'."),
    inc("gitega-bar-grenade-2025-11-21", "2025-11-21", "BI", "Gitega", "Gitega", -3.42708, 29.92463, "bombing",
        REDT, "denied", None, ["grenade"], ["civilians"], ["business"],
        [], [], [11, 13], [], S[6:8], group=WAVE, injured_best=13,
        note="The same evening, about 40 minutes later: a grenade thrown into a bar near the central market of Gitega "
             "(about 62 km from Bujumbura). b1: 11 injured, nobody killed. b2: 13 injured (local sources), nobody "
             "killed."),
    inc("bujumbura-market-grenade-2024-05", "2024-05", "BI", "Bujumbura Mairie", "Bujumbura", -3.38193, 29.36142,
        "bombing", None, None, None, ["grenade"], ["civilians"], [], [1], [], [], [], ["b2_burundi_exile_site"],
        optional=True,
        note="Background in b2: in May 2024 a grenade at a market in Bujumbura killed one person. Same city: must "
             "not merge with, or lend 1 to, November 2025."),
    # --- Central African Republic: aid workers abducted near Kaga-Bandoro; peacekeepers ambushed near Batangafo ------
    inc("kaga-bandoro-aid-workers-abducted-2025-06-03", "2025-06-03", "CF", "Nana-Grébizi", "Kaga Bandoro", 6.98961,
        19.18744, "kidnapping", MPC, "suspected", None, ["firearm"], ["ngo"], ["civilians", "transportation"],
        [1], [], [], [], S[8:10], killed_best=1,
        note="Tuesday 3 June in the morning: armed men stopped a marked vehicle of the aid group Action Santé Nana on "
             "the Kaga-Bandoro to Mbrès road near the village of Gbakota (invented; coded at Kaga Bandoro), shot "
             "the driver dead and took three staff away. c1 (Bangui radio site, brief of three sentences, "
             "Wednesday): driver killed, three abducted, gunmen believed to belong to an MPC faction. c2 (wire, "
             "Tuesday 10 June, dateline BANGUI): the three were freed on Sunday 8 June, unharmed (the release is no "
             "incident); 'abducted on 3 June'; local authorities suspect the MPC, which has not commented. "
             "The three abducted are no toll."),
    inc("batangafo-peacekeepers-ambush-2025-06-05", "2025-06-05", "CF", "Ouham", "Batangafo", 7.30082, 18.2833,
        "armed_assault", AB, "suspected", None, ["firearm"], ["military"], ["other", "diplomatic"],
        [1], [], [2], [], ["c2_car_wire"], killed_best=1, injured_best=2,
        note="c2 only, dated by its weekday ('On Thursday', in a wire of Tuesday 10 June): a patrol of the UN mission "
             "(MINUSCA) was ambushed north of Batangafo; one peacekeeper killed, two wounded; the mission presumes "
             "anti-balaka fighters (suspected)."),
    # --- Libya, Tripoli: rockets on Mitiga airport (an article with a correction) ------------------------------------
    inc("tripoli-mitiga-rockets-2025-04-16", "2025-04-16", "LY", "Tripoli", "Tripoli", 32.88743, 13.18733,
        "shelling", None, None, None, ["rocket"], ["transportation"], ["civilians"],
        [1], [], [4], [], ["l1_libya_mitiga_correction"], killed_best=1, injured_best=4,
        note="Wednesday 16 April, shortly before midnight: several Grad-type rockets fell on Mitiga International "
             "Airport in Tripoli, one on the apron near a parked airliner. l1 (Tripoli English-language site, "
             "Thursday, with a correction at the foot): the health ministry's emergency service: one airport "
             "security guard killed, four injured (two ground staff, a passenger, a guard); flights diverted to "
             "Misrata (no scene). The correction says an earlier version gave three killed on a hospital source, "
             "withdrawn: 3 is no reported value (not even optional). The interior ministry blames 'outlaw groups' "
             "without naming any: perpetrator null."),
    inc("tripoli-mitiga-shelling-2025-01", "2025-01", "LY", "Tripoli", "Tripoli", 32.88743, 13.18733, "shelling",
        None, None, None, ["rocket"], ["transportation"], [], [], [], [], [], ["l1_libya_mitiga_correction"],
        optional=True,
        note="Background in l1: in January rocket fire closed the same airport for several days; no casualties given."),
]
groups = [dict(id=WAVE, members=["bujumbura-bus-park-grenade-2025-11-21", "gitega-bar-grenade-2025-11-21"],
               killed=[2, 3], killed_optional=[], injured=[30, 37], injured_optional=[],
               note="Two grenade attacks the same evening that the government presents as one coordinated plan. b1: "
                    "'two dead and thirty wounded' in all. b2: 'at least three dead and 37 injured' in the two "
                    "attacks.")]
gold = dict(about="Hand-coded reference for eval/synthetic8/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["n1_libya_misrata_vote: municipal elections postponed in Misrata; violence only as "
                           "aggregates (clashes in and around the capital over two years, mine casualties since "
                           "2020): no incident.",
                           "a1: arrests of support elements, a surrender, weapons caches and bombs destroyed, drug "
                           "seizures and migrants intercepted: no attacks.",
                           "c2: the release of the three aid workers on 8 June is no incident.",
                           "Aggregates: VRAEM deaths since 2008 (p2); the 1990s in Jijel (a2); ADF attacks since 2023 "
                           "(u2); attacks on aid workers in the Central African Republic this year (c2).",
                           "Headline lists under related-story headings: other attacks, no article text.",
                           "Photo captions with places and dates; the arrests after the Kasese and Burundi attacks."])
json.dump(gold, open(os.path.join(here, "synthetic8.gold.json"), "w"), indent=1, ensure_ascii=False)
