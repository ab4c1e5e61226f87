#!/usr/bin/env python3
"""Writes synthetic19.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_termez_state_agency", "a2_termez_iskp_statement", "a3_termez_almaty_weekly",
     "b1_djibouti_defence_release", "b2_djibouti_radio",
     "c1_lesotho_week_timeline", "c2_mafeteng_police_release",
     "d1_kraljevo_liveblog", "d2_belgrade_oped",
     "e1_serhetabat_exile_site", "e2_serhetabat_interview",
     "f1_podgorica_court"]
ISKP = ["Islamic State Khorasan Province", "Islamic State", "ISKP", "IS-K", "ISIS-K", "ISIS Khorasan",
        "Islamic State - Khorasan Province", "Wilayat Khorasan", "Khorasan Province"]
FRUD = ["FRUD-armé", "FRUD-arme", "FRUD armé", "FRUD", "armed FRUD", "Front for the Restoration of Unity and Democracy",
        "Front pour la restauration de l'unité et de la démocratie", "armed wing of FRUD"]
TALIBAN = ["Taliban", "the Taliban", "Afghan Taliban", "Taliban forces", "Taliban fighters", "Taliban border forces",
           "Islamic Emirate of Afghanistan", "Islamic Emirate", "Afghan side", "Afghan forces", "Afghan border forces"]
MOKHORONG = ["Mokhorong faction", "Mokhorong", "Mokhorong famo gang", "Mokhorong gang", "famo gang", "famo gangs"]
WAVE = "djibouti-frud-posts-2026-07-23"
MOHALES_HOEK = "Mohale\u2019s Hoek"            # cities500.txt spelling
MOHALES_HOEK_ADM = "Mohale\u02bcs Hoek"        # admin1CodesASCII.txt LS.15
incidents = [
    # --- Uzbekistan, Surxondaryo: IED and gunfire on a border patrol east of Termez, claimed by ISKP on Telegram -------
    inc("termez-border-patrol-ied-2026-05-11", "2026-05-11", "UZ", "Surxondaryo", "Tirmiz", 37.22417, 67.27833,
        "bombing", ISKP, "claimed", None, ["ied", "firearm"], ["military"], ["police", "transportation"],
        [2, 3], [2, 9], [3], [2, 5], S[0:3], killed_best=3,
        note="Monday 11 May 2026 about 6:15 a.m.: a bomb hidden in a culvert exploded under a Border Troops patrol "
             "vehicle on the road along the Amu Darya near the village of Kattaqum (invented), about 18 km east of "
             "Termez (GeoNames Tirmiz); gunmen then fired on the patrol from reeds; two attackers were killed when the "
             "guards returned fire. Coded at Tirmiz. a1 (state news agency's English service, Tuesday, dateline "
             "TASHKENT, about 500 km away; State Security Service statement): two border guards killed, three wounded, "
             "two 'members of a terrorist group' liquidated (the attackers' dead, optional); no group named. Its "
             "correction note says an earlier version put the attack near Denov (no scene) and gave five wounded "
             "(withdrawn figure, optional). a2 (Russian-language portal's machine-translated English, Wednesday): "
             "ISKP claims the attack in a statement on its Telegram channel and says nine 'apostate guards' killed "
             "(claimant's figure, optional). a3 (Almaty opinion weekly, Saturday 23 May): one of the wounded died on "
             "Tuesday 19 May in the military hospital in Tashkent (a hospital town and capital that is no scene): "
             "three killed; 'the two other wounded' (a part, optional). injured_best left unscored (one of the three "
             "wounded died)."),
    inc("termez-bridge-grenade-2025-12-28", "2025-12-28", "UZ", "Surxondaryo", "Tirmiz", 37.22417, 67.27833,
        "armed_assault", None, None, None, ["grenade"], ["government"], ["police"], [], [], [2], [],
        ["a3_termez_almaty_weekly"], optional=True,
        note="Background in a3 with its own full date: on 28 December last year (2025) a grenade thrown at the customs "
             "post at the Friendship Bridge near Termez wounded two officers. Same town as the May attack: must not "
             "merge with it or lend 2."),
    # --- Djibouti: FRUD-armé attacks an army post at Dorra and the gendarmerie at Obock the same night; a gold group ----
    inc("dorra-army-post-attack-2026-07-23", "2026-07-23", "DJ", "Tadjourah", "Dorra", 12.15028, 42.47624,
        "armed_assault", FRUD, "claimed", None, ["firearm"], ["military"], [],
        [3, 4], [5], [4], [], S[3:5], group=WAVE, killed_best=4,
        note="Thursday 23 July 2026 about 1:30 a.m. (the night of Wednesday to Thursday): gunmen attacked the army post "
             "at Dorra (Tadjourah region). b1 (Ministry of Defence communiqué, Djibouti city, 23/07/2026; figures only "
             "in a table): 3 soldiers killed, 4 wounded, 5 assailants 'neutralised' (the attackers' dead, optional); "
             "blames 'the terrorist group calling itself FRUD-armé'. b2 (radio programme transcript, Friday; FRUD-armé "
             "spokesman claims both attacks): a medical source in the capital says four died at Dorra (one of the "
             "wounded on the helicopter to the capital, a hospital town that is no scene); gives the wounded only as "
             "wave totals. injured_best left unscored (one of the four died)."),
    inc("obock-gendarmerie-attack-2026-07-23", "2026-07-23", "DJ", "Obock", "Obock", 11.96693, 43.28835,
        "armed_assault", FRUD, "claimed", None, ["firearm"], ["police"], ["military", "government"],
        [1], [2], [2], [], S[3:5], group=WAVE,
        note="The same night about 2:10 a.m.: gunmen fired on the gendarmerie brigade at the entrance of Obock town, "
             "about 90 km east of Dorra. b1 (table): 1 gendarme killed, 2 wounded, 2 assailants neutralised (optional). "
             "b2: repeats one gendarme killed at Obock."),
    inc("tadjourah-army-truck-2026-03-09", "2026-03-09", "DJ", "Tadjourah", "Tadjourah", 11.78778, 42.88222,
        "armed_assault", None, None, None, ["firearm"], ["military"], [], [], [], [2], [], ["b2_djibouti_radio"],
        optional=True,
        note="Background in b2 with its own full date: on 9 March this year gunmen fired on a military lorry on the road "
             "outside Tadjourah, wounding two soldiers. Must not join the July wave."),
    # --- Lesotho: a weekly timeline of dated incidents (three attacks and several non-attacks); a police release --------
    inc("mafeteng-tavern-shooting-2026-09-14", "2026-09-14", "LS", "Mafeteng", "Mafeteng", -29.82299, 27.23744,
        "armed_assault", MOKHORONG, "suspected", None, ["firearm"], ["civilians"], ["business"],
        [3, 4], [], [2], [1], S[5:7], killed_best=4,
        note="Monday 14 September 2026 about 9 p.m.: gunmen opened fire inside a tavern near the bus rank in Mafeteng "
             "town. c2 (Lesotho Mounted Police Service media release, Tuesday 15 September, dateline Maseru, bullet "
             "points): the dead given only as three names with ages (no number written), two injured taken to Queen "
             "'Mamohato Memorial Hospital in Maseru (about 60 km away: a hospital town and capital that is no scene); "
             "police suspect the feud between famo factions, the Mokhorong faction (invented) named (suspected). c1 "
             "(Maseru weekly's 'week in review' timeline, Monday 21 September): four dead after one of the wounded died "
             "in Maseru on Thursday; 'the other injured man' (a part, optional). injured_best left unscored."),
    inc("leribe-schoolboy-kidnapping-2026-09-16", "2026-09-16", "LS", "Leribe", "Leribe", -28.87185, 28.04501,
        "kidnapping", None, None, None, ["firearm"], ["civilians"], ["education"], [], [], [], [],
        ["c1_lesotho_week_timeline"],
        note="Wednesday 16 September about 7:30 a.m.: three armed men abducted a 9-year-old boy, a businessman's son, "
             "at the gate of his primary school in Hlotse (Leribe town, GeoNames Leribe); a ransom was demanded; the "
             "boy was freed unharmed on Saturday in Maputsoe (about 14 km away: the place of release is no scene) and "
             "two suspects arrested. No group named (perpetrator null). c1 only."),
    inc("mohales-hoek-village-arson-2026-09-18", "2026-09-18", "LS", MOHALES_HOEK_ADM, MOHALES_HOEK, -30.15137, 27.47691,
        "other", None, None, None, ["fire"], ["civilians"], [], [1], [], [2], [], ["c1_lesotho_week_timeline"],
        note="Friday 18 September, at night: unknown men set fire to three houses in the village of Ha Sekhobe "
             "(invented), 'about 15 km from Mohale's Hoek' town; an 80-year-old man died in his house, two people were "
             "burned; villagers link it to a stock-theft dispute (no actor named). Coded at Mohale's Hoek. c1 only."),
    inc("mafeteng-taxi-driver-shooting-2026-08-02", "2026-08-02", "LS", "Mafeteng", "Mafeteng", -29.82299, 27.23744,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], ["transportation"], [1], [], [], [],
        ["c2_mafeteng_police_release"], optional=True,
        note="Background in c2 with its own full date: on 2 August a taxi driver was shot dead near the same bus rank in "
             "Mafeteng. Same town: must not merge with the tavern shooting or lend 1."),
    # --- Serbia, Kraljevo: a lone man's knife attack at the bus station; a live blog; an op-ed mentions it in passing --
    inc("kraljevo-bus-station-knife-2026-10-13", "2026-10-13", "RS", "Central Serbia", "Kraljevo", 43.72583, 20.68944,
        "armed_assault", None, None, None, ["knife"], ["civilians"], ["transportation", "police"],
        [1, 2], [], [4, 5], [3], ["d1_kraljevo_liveblog"], killed_best=2,
        documents_optional=["d2_belgrade_oped"],
        note="Tuesday 13 October 2026 about 16:05: a man with a kitchen knife attacked people on the platforms of the "
             "Kraljevo bus station; he was overpowered by a bus driver and arrested by police (alive). d1 (Belgrade "
             "broadcaster's live blog, time-ordered, the same day): first 'several people injured', then the police: "
             "one woman of 71 killed, four injured (a count revised to five injured in a later entry: a police officer "
             "cut while arresting him); a man of 45 taken to the clinical centre in Kragujevac (a hospital town that "
             "is no scene) died in the evening: two killed; 'three remain in hospital' (a part, optional); a boy of 16 "
             "flown to Belgrade (capital, no scene). The interior minister: a 29-year-old local man acting alone, no "
             "link to any organisation (perpetrator null). d2 (Belgrade weekly's op-ed of the same evening on "
             "psychiatric care, with an editor's note on 'this afternoon's attack' in passing: documents_optional)."
             " injured_best left unscored (one of the injured died)."),
    inc("nis-school-knife-2025-03-04", "2025-03-04", "RS", "Central Serbia", "Niš", 43.32472, 21.90333,
        "armed_assault", None, None, None, ["knife"], ["education"], ["civilians"], [], [], [1], [],
        ["d2_belgrade_oped"], optional=True,
        note="Background in d2 with its own full date: on 4 March 2025 a pupil stabbed a teacher in a secondary school "
             "in Niš; the teacher was wounded."),
    # --- Turkmenistan, Serhetabat: mortar shells from across the Afghan border; blame and denial; exile site and Q&A ---
    inc("serhetabat-mortar-2026-11-03", "2026-11-03", "TM", "Mary", "Serhetabat", 35.27992, 62.34383,
        "shelling", TALIBAN, "denied", None, ["mortar"], ["civilians"], [],
        [2, 3], [], [3], [2], S[9:11], killed_best=3,
        note="Tuesday 3 November 2026 about 7 p.m.: mortar shells fired from the Afghan side of the border fell on a "
             "residential street on the southern edge of Serhetabat (formerly Kushka); children were playing outside. "
             "e1 (exile news site, Thursday; state media silent; dateline Ashgabat/Prague): two children killed (9 and "
             "12), three injured taken to the regional hospital in Mary (about 260 km away: a hospital town that is no "
             "scene); residents blame Taliban border forces firing at smugglers; a Taliban border commander in Herat "
             "province denies firing into Turkmenistan and blames smugglers (denied). e2 (Q&A interview with a "
             "resident, Saturday 7 November): a girl of 7 died in Mary on Wednesday: three killed; 'the two others' "
             "(a part, optional). injured_best left unscored."),
    inc("kerki-border-guard-shooting-2026-08-21", "2026-08-21", "TM", "Lebap", "Kerki", 37.83573, 65.21058,
        "armed_assault", None, None, None, ["firearm"], ["military"], [], [1], [], [], [],
        ["e2_serhetabat_interview"], optional=True,
        note="Background in e2 with its own full date: on 21 August a Turkmen border guard was shot dead near Kerki on "
             "the Amu Darya, by smugglers according to the interviewee."),
    # --- Montenegro: a court report on the trial for an earlier car bomb in Budva (no new attack) ---------------------
    inc("budva-car-bomb-2025-06-14", "2025-06-14", "ME", "Budva", "Budva", 42.28639, 18.84,
        "bombing", None, None, None, ["explosive"], ["civilians"], [], [1], [], [1], [], ["f1_podgorica_court"],
        optional=True,
        note="Background of f1 (Podgorica daily's court report, Tuesday 24 November 2026): the trial for the car bomb "
             "that exploded under a parked car in Budva on 14 June 2025 about 11 p.m., killing its owner (41) and "
             "wounding a passer-by. The court report tells no new attack; the three defendants are accused as members "
             "of a criminal clan, named only by the prosecution (no perpetrator coded)."),
]
groups = [dict(id=WAVE, members=["dorra-army-post-attack-2026-07-23", "obock-gendarmerie-attack-2026-07-23"],
               killed=[4, 5], killed_optional=[2, 7, 14], injured=[6, 9], injured_optional=[],
               note="Two attacks on the same night, presented by both sources as one coordinated FRUD-armé operation. b1 "
                    "(ministry, table): four killed and six wounded in total among the forces, seven assailants "
                    "neutralised (optional). b2 (radio, Friday): a medical source gives five dead and nine wounded in all; the "
                    "FRUD-armé spokesman claims fourteen soldiers killed (claimant's figure, optional) and admits two of "
                    "its fighters dead (optional).")]
gold = dict(about="Hand-coded reference for eval/synthetic19/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_podgorica_court: a Podgorica daily's court report on the trial for a car bomb in Budva "
                           "in June 2025 (an optional background incident); the hearing, the testimony and a witness's "
                           "account of threats are no new attack.",
                           "Aggregates: Central Asians killed abroad in IS attacks (a3); FRUD-armé's attacks since 2015 "
                           "(b2); famo-linked killings in Mafeteng district this year (c1, c2); knife crimes in Serbia "
                           "(d2); the clan war's dead since 2015 (f1).",
                           "The correction note's place (Denov) and figure (five wounded) in a1 are withdrawn, no scene. "
                           "Hospital towns and capitals (Tashkent, Djibouti city, Maseru, Kragujevac, Belgrade, Mary, "
                           "Ashgabat, Podgorica) are no scenes; Maputsoe, where the kidnapped boy was freed, is no scene.",
                           "The timeline's non-attacks (c1): a bus crash near Quthing, a firearms seizure in Butha-Buthe, "
                           "an arrest in Maseru, a peace prayer in Mafeteng. The arrests after the kidnapping, the search "
                           "in Serhetabat and a day of mourning are no attacks.",
                           "Headline lists under related-story headings, photo captions with other places and dates, and "
                           "unrelated live-blog entries are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic19.gold.json"), "w"), indent=1, ensure_ascii=False)
