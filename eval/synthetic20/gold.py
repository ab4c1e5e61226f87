#!/usr/bin/env python3
"""Writes synthetic20.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_mwense_wire_updates", "a2_mwense_obituary",
     "b1_malawi_sitrep", "b2_karonga_daily",
     "c1_oyem_alerts", "c2_oyem_siege_ends",
     "d1_tuzla_portal", "d2_tuzla_factcheck",
     "e1_eswatini_government", "e2_eswatini_weekly",
     "f1_maldives_drill"]
MAIMAI = ["Mai-Mai", "Mai-Mai militia", "Mai Mai", "Mai-Mai fighters", "Mai-Mai militiamen", "Mayi-Mayi"]
EPDU = ["Eswatini People's Defence Units", "EPDU", "People's Defence Units", "Eswatini Peoples Defence Units"]
WAVE = "eswatini-police-stations-2026-11-14"
incidents = [
    # --- Zambia, Mwense: mortar shells fired from DR Congo across the Luapula land on a fishing village -------------
    inc("mwense-chisenga-landing-shelling-2026-05-12", "2026-05-12", "ZM", "Luapula", "Mwense", -10.38447, 28.698,
        "shelling", MAIMAI, "attributed", None, ["mortar"], ["civilians"], ["education"],
        [2, 3, 4], [], [5, 6], [], S[0:2], killed_best=4,
        note="Early on Tuesday 12 May 2026 (about 2 a.m.): mortar shells fired from the Congolese bank of the Luapula "
             "river (Haut-Katanga, DR Congo) landed on the Zambian fishing village of Chisenga Landing (invented), "
             "about 9 km west of Mwense town; coded at Mwense, where the shells LANDED (a cross-border attack: the "
             "firing side is no scene). a1 (international wire, Lusaka dateline, 400 km+ away, first version and two "
             "appended updates the same day): police: two killed, five injured; UPDATE 1 adds the Zambian home "
             "affairs minister blaming Mai-Mai militiamen (attributed) and the Congolese army's denial that its own "
             "troops fired (no denial by the blamed actor); UPDATE 2 adds the toll from Mansa General Hospital (a "
             "hospital town 90 km away that is no scene): a girl died there, three killed, six admitted. a2 (Lusaka "
             "weekly's obituary of a village teacher killed in the attack, Friday 22 May, 'ten days ago'): 'one of "
             "four people killed' (a boy died later): four. The teacher's school hit: education optional."),
    inc("nchelenge-fishermen-abduction-2026-02-03", "2026-02-03", "ZM", "Luapula", "Nchelenge", -9.34506, 28.73396,
        "kidnapping", None, None, None, [], ["civilians"], [], [], [], [], [], ["a2_mwense_obituary"],
        optional=True,
        note="Background in a2 with its own full date: on 3 February this year (2026) armed men who had crossed Lake "
             "Mweru abducted two fishermen near Nchelenge; freed a week later. No actor named. Must not merge with the May shelling."),
    # --- Malawi: an NGO situation report of a week, bullet points by district, three separate attacks ---------------
    inc("mangochi-party-office-arson-2026-08-03", "2026-08-03", "MW", "Southern Region", "Mangochi", -14.47815,
        35.26448, "other", None, None, None, ["fire"], ["other"], ["civilians"], [1], [], [], [],
        ["b1_malawi_sitrep"], documents_optional=["b2_karonga_daily"],
        note="Monday 3 August 2026 about 11 p.m.: unknown people threw petrol bombs into the district office of the "
             "(invented) Tsogolo Alliance in Mangochi town; the night watchman, 58, died in the fire. b1 (monitoring "
             "NGO's weekly situation report, bullet under 'Mangochi'): one killed; no actor named. b2 mentions it in "
             "passing ('the burning of a party office in Mangochi'), no figure: documents_optional."),
    inc("karonga-campaign-vehicle-attack-2026-08-06", "2026-08-06", "MW", "Northern Region", "Karonga", -9.93333,
        33.93333, "armed_assault", None, None, None, ["knife"], ["civilians"], [],
        [1], [], [3, 4, 5], [], S[2:4],
        note="Thursday 6 August 2026 in the afternoon: a crowd armed with pangas and stones stopped a pick-up carrying "
             "campaigners of the (invented) Malawi Progressive Movement on the M1 road at the northern edge of Karonga "
             "town and attacked them; one campaigner, 31, died. b1 (sitrep, bullet under 'Karonga'): one killed, four "
             "injured. b2 (Mzuzu-based daily, Saturday 8 August, 'on Thursday'): police: one killed, three injured, "
             "six suspects arrested; Karonga District Hospital: five treated, one discharged the same day. No group "
             "named (perpetrator null); injured_best left unscored (three sources, three figures)."),
    inc("zomba-returning-officer-abduction-2026-08-07", "2026-08-07", "MW", "Southern Region", "Zomba", -15.38596,
        35.3188, "kidnapping", None, None, None, [], ["government"], [], [], [], [1], [], ["b1_malawi_sitrep"],
        note="Friday 7 August 2026 in the evening: a ward returning officer of the electoral commission was forced into "
             "a car in Zomba city and released, beaten, the next morning on the road to the plateau. b1 only: one "
             "injured (the official), no actor named. The week's aggregate in b1 (19 incidents, 2 deaths, 27 injured "
             "over 3-9 August) and the campaign total since 1 June (6 deaths) are no incidents and must lend nothing."),
    # --- Gabon, Oyem: a bank robbery turns into a two-day hostage-taking, ended by a gendarmerie raid --------------
    inc("oyem-bank-hostage-siege-2026-09-10", "2026-09-10", "GA", "Woleu-Ntem", "Oyem", 1.5995, 11.57933,
        "kidnapping", None, None, None, ["firearm"], ["business", "civilians"], ["police"],
        [1, 2], [3, 5], [3], [2], S[4:6], killed_best=2, injured_best=3,
        note="Thursday 10 September 2026 about 3:40 p.m.: four armed men robbing a bank branch in central Oyem shot "
             "the security guard dead at the door, then held nine staff and customers hostage overnight; at about "
             "5:10 a.m. on Friday 11 September the gendarmerie's intervention unit stormed the building: three "
             "hostage-takers killed, one arrested; a cashier killed; two hostages and a gendarme wounded. One incident "
             "over two days, dated by its start (the raid falls within a day). c1 (news agency's mobile alerts, "
             "Thursday 15:58 to Friday 06:40): the guard killed (1) and nine hostages on Thursday; on Friday morning "
             "'three assailants neutralised'. c2 (Libreville broadcaster, Friday, dateline LIBREVILLE about 400 km "
             "away): the toll is told ONLY in the headline ('two dead, three wounded') and the subhead ('five dead in "
             "all counting three gunmen'; 'two hostages wounded': a part); the body tells the events with no "
             "figures. The robbers are no named group (perpetrator null); the gunmen's dead (3) and the total "
             "counting them (5) are optional."),
    inc("bitam-cash-van-attack-2025-03-22", "2025-03-22", "GA", "Woleu-Ntem", "Bitam", 2.07597, 11.50065,
        "armed_assault", None, None, None, ["firearm"], ["business"], [], [1], [], [], [], ["c2_oyem_siege_ends"],
        optional=True,
        note="Background in c2 with its own date ('on 22 March last year'): gunmen attacked a cash-transport van on "
             "the road near Bitam, killing its driver. Must not merge with the Oyem siege or lend 1."),
    # --- Bosnia and Herzegovina, Tuzla: a grenade on a cafe terrace; a fact-check corrects a viral false toll --------
    inc("tuzla-cafe-grenade-2026-10-17", "2026-10-17", "BA", "Federation of B&H", "Tuzla", 44.53842, 18.66709,
        "bombing", None, None, None, ["grenade"], ["business", "civilians"], [],
        [1], [], [6, 8], [], S[6:8], injured_best=8,
        note="Late on Saturday 17 October 2026 (about 23:30): a man threw a hand grenade onto the terrace of a cafe "
             "(invented) near the Trg slobode square in Tuzla; a waiter, 24, was killed. d1 (Tuzla news portal in "
             "machine-translated English, Sunday, 'last night'): police: one killed, six injured; the University "
             "Clinical Centre (UKC) Tuzla: eight people treated; a man of 41 from Lukavac (a suspect's home town, no "
             "scene) arrested on Sunday, a debt dispute with the owner, acted alone (perpetrator null). d2 (Sarajevo "
             "fact-check site, Tuesday 20 October): a viral post claiming '14 dead' in a 'terrorist attack' by "
             "'ISIS' is FALSE: one killed, eight injured (the police's updated figure). The false 14 is not an "
             "acceptable figure (neither in killed nor in killed_optional), and no Islamic State link: perpetrator "
             "null. The video in the viral post, a 2019 gas explosion in another country, is an accident: no incident."),
    # --- Eswatini: petrol bombs and gunfire on two police stations the same night, claimed; a gold group ------------
    inc("siteki-police-station-attack-2026-11-14", "2026-11-14", "SZ", "Lubombo", "Siteki", -26.4525, 31.94722,
        "armed_assault", EPDU, "claimed", None, ["fire", "firearm"], ["police"], [],
        [1, 2], [8], [2], [1], S[8:10], group=WAVE, killed_best=2,
        note="Shortly after midnight on Saturday 14 November 2026: men threw petrol bombs into the charge office of "
             "Siteki police station and fired on officers who ran out; a constable killed, two constables wounded. "
             "e1 (government statement, Mbabane, Saturday; Mbabane is the capital and no scene): one officer killed "
             "and two injured at Siteki; 'criminal elements'. e2 (Johannesburg opinion weekly, Thursday 19 November): "
             "one of the two wounded constables died on Monday in a Manzini hospital (a hospital town that is no "
             "scene): two killed at Siteki; 'the other wounded officer' (a part, optional). The EPDU (invented) "
             "claimed both attacks in a statement on its Telegram channel (e2), boasting 'eight police agents' "
             "killed (the claimant's figure, optional). injured_best left unscored (one of the two died)."),
    inc("nhlangano-police-station-attack-2026-11-14", "2026-11-14", "SZ", "Shiselweni", "Nhlangano", -27.11222,
        31.19833, "other", EPDU, "claimed", None, ["fire"], ["police"], ["civilians"],
        [], [], [1], [], S[8:10], group=WAVE,
        note="The same night about 1 a.m.: petrol bombs thrown over the fence of Nhlangano police station burned two "
             "police vehicles; a private security guard was burned on the arms (1 injured), nobody killed (killed is "
             "an empty list). e1 and e2 agree. Claimed together with Siteki."),
    inc("manzini-mp-house-petrol-bomb-2026-03-02", "2026-03-02", "SZ", "Manzini", "Manzini", -26.49884, 31.38004,
        "other", None, None, None, ["fire"], ["government"], [], [], [], [], [], ["e2_eswatini_weekly"],
        optional=True,
        note="Background in e2 with its own date ('on 2 March'): a petrol bomb damaged the house of a member of "
             "parliament in Manzini; nobody hurt, nobody claimed it (the police 'now suspect the same people': left null). Must not join the November wave."),
]
groups = [dict(id=WAVE, members=["siteki-police-station-attack-2026-11-14",
                                 "nhlangano-police-station-attack-2026-11-14"],
               killed=[1, 2], killed_optional=[8], injured=[3], injured_optional=[],
               note="Two police stations 110 km apart attacked the same night and claimed together by the EPDU. e1 "
                    "(government): one officer killed, three people injured in the two attacks. e2 (weekly): two "
                    "officers dead after the Monday death; 'eight police agents' in the EPDU's claim (optional); e2 "
                    "gives no wave total of injured.")]
gold = dict(about="Hand-coded reference for eval/synthetic20/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_maldives_drill: a Male daily's story on a police and defence force counter-terrorism "
                           "exercise at the Male commercial harbour: a simulated hostage-taking on a ferry, a mock car "
                           "bomb, role-players 'wounded'; nothing happened: no incident.",
                           "Aggregates: Congolese refugees and incidents along the Luapula since January (a1, a2); "
                           "the week's and the campaign's political-violence totals in Malawi (b1, b2); bank robberies "
                           "in Gabon this year (c2); grenade incidents in Bosnia since the war (d2); the deaths of the "
                           "2021 unrest in Eswatini (e2).",
                           "The Congolese army's operation against Mai-Mai, the arrests in Karonga and Lukavac, the "
                           "hostages' release, the viral post's false figure and its 2019 gas-explosion video (an "
                           "accident), and threats reported in Malawian districts with no one hurt are no attacks.",
                           "Headline lists under related-story headings, photo captions with other places and dates, "
                           "and unrelated alerts are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic20.gold.json"), "w"), indent=1, ensure_ascii=False)
