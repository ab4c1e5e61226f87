#!/usr/bin/env python3
"""Writes synthetic53.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_izaz_consultancy_daily_brief", "a2_izaz_translated_agency_dispatch",
     "b1_fada_press_freedom_alert", "b2_fada_travel_advisory_update",
     "c1_isiolo_hospital_update", "c2_isiolo_parliament_questions",
     "d1_monywa_podcast_show_notes", "d2_monywa_weekly_print_digest",
     "e1_bali_school_newsletter", "e2_bali_community_forum_thread",
     "f1_bodo_blasting_fact_check"]
EDF = ["Euphrates Democratic Front", "EDF", "the Euphrates Democratic Front", "Front démocratique de l'Euphrate",
       "Euphrates Democratic Front (EDF)"]
KAG = ["Katibat Ansar al-Gurma", "Ansar al-Gurma", "Katiba Ansar al-Gurma", "KAG", "Katibat Ansar al-Gurma (KAG)"]
GRA = ["Grassfields Restoration Army", "GRA", "the Grassfields Restoration Army", "Grassfields Restoration Army (GRA)"]
IZAZ = ("SY", "Aleppo", "I‘zāz", 36.58662, 37.04628)
AFRIN = ("SY", "Aleppo", "‘Afrīn", 36.51194, 36.86954)
FADA = ("BF", "Est", "Fada N'gourma", 12.06157, 0.35843)
PAMA = ("BF", "Est", "Pama", 11.24972, 0.7075)
ISIOLO = ("KE", "Isiolo", "Isiolo", 0.35462, 37.58218)
GARISSA = ("KE", "Garissa", "Garissa", -0.45275, 39.64601)
MONYWA = ("MM", "Sagain", "Monywa", 22.10856, 95.13583)
SAGAING = ("MM", "Sagain", "Sagaing", 21.8787, 95.97965)
BALI = ("CM", "North-West", "Bali", 5.88737, 10.01176)
BATIBO = ("CM", "North-West", "Batibo", 5.8358, 9.8553)
WAVE = "izaz-mosque-and-checkpoint-bombings-2026-02-13"


def at(id, date, place, *rest, **kw):
    country, admin1, location, lat, lon = place
    return inc(id, date, country, admin1, location, lat, lon, *rest, **kw)


incidents = [
    # --- Syria (Aleppo): two bombs in I'zaz within half an hour, a mosque after Friday prayers and a police checkpoint --
    at("izaz-mosque-car-bomb-2026-02-13", "2026-02-13", IZAZ,
       "bombing", EDF, "denied", False, ["vehicle_bomb"], ["religious", "civilians"], ["business"],
       [6], [], [], [], S[0:2], group=WAVE, killed_best=6,
       note="Friday 13 February 2026 about 12:50: a car bomb parked by the (invented) Al-Nour mosque in the centre of "
            "I'zaz (written Azaz) exploded as worshippers left Friday prayers, next to market stalls. a1 (a security "
            "consultancy's daily brief, Monday 16 February, with an incident table): 6 killed at the mosque; the "
            "wounded only for the two blasts together (34, see the group). The local council blames the Euphrates "
            "Democratic Front (invented), which denied it on Saturday ('denied'). a2 (a French agency's dispatch "
            "translated into English, Friday 13 February, dateline Gaziantep, Turkey: no scene) gives only a first "
            "total for the two blasts."),
    at("izaz-police-checkpoint-ied-2026-02-13", "2026-02-13", IZAZ,
       "bombing", EDF, "denied", False, ["ied"], ["police"], [],
       [3], [], [], [], S[0:2], group=WAVE, killed_best=3,
       note="The same Friday about 13:15, some twenty-five minutes later: a roadside bomb hit a police checkpoint at "
            "the northern entrance of I'zaz on the road to the border crossing: 3 policemen killed (a1). Blamed on the "
            "EDF with the mosque bomb, denied."),
    at("afrin-market-rockets-2026-01-30", "2026-01-30", AFRIN,
       "shelling", None, None, None, ["rocket"], ["civilians"], ["business"], [4], [], [], [],
       ["a1_izaz_consultancy_daily_brief"], documents_optional=["a2_izaz_translated_agency_dispatch"], optional=True,
       note="Background with its own date ('on Friday 30 January'): rockets on a market in Afrin killed four. a1 "
            "recalls it; a2 mentions it in passing. Must not lend 4 to I'zaz."),
    # --- Burkina Faso (Est): a market and a community radio in a village near Fada N'Gourma attacked -------------------
    at("fada-nagbanli-market-radio-attack-2026-05-16", "2026-05-16", FADA,
       "armed_assault", KAG, "claimed", None, ["firearm", "fire"], ["civilians", "journalists", "business"], [],
       [7, 12], [1], [5], [], S[2:4], killed_best=12,
       note="Saturday 16 May 2026 about 5 p.m.: armed men on motorbikes attacked the weekly market of Nagbanli (an "
            "invented village 'some fifteen kilometres north-east of Fada N'Gourma'; coded at Fada N'Gourma), shot "
            "traders and set fire to the stalls and to the small community radio station (invented) beside the "
            "market; its presenter was killed (1 is a part, optional). b1 (a press-freedom group's alert, Monday 18 "
            "May, dateline Ouagadougou, no scene): at least 7 killed, 5 wounded taken to Fada N'Gourma. b2 (a "
            "government travel advisory update, Thursday 21 May): local sources now say 12 killed (best 12; both "
            "reported values kept as in earlier sets). Claimed on Sunday by Katibat Ansar al-Gurma (invented). "
            "Gold mines ('mining sites') in the advisory are no attack."),
    at("pama-army-convoy-ambush-2026-05-02", "2026-05-02", PAMA,
       "armed_assault", None, None, None, [], ["military"], [], [8], [], [], [],
       ["b2_fada_travel_advisory_update"], optional=True,
       note="Background in b2 with its own date ('on 2 May'): an army convoy ambushed near Pama, 8 soldiers killed. "
            "Must not lend 8 to Nagbanli."),
    # --- Kenya (Isiolo): a lone man throws a grenade at a matatu stage, then slashes a conductor --------------------------
    at("isiolo-matatu-stage-grenade-2026-06-09", "2026-06-09", ISIOLO,
       "bombing", None, None, False, ["grenade", "knife"], ["transportation", "civilians"], ["business"],
       [3], [2, 1], [16], [14, 4, 20], S[4:6], killed_best=3, injured_best=16,
       note="Tuesday 9 June 2026 about 8:40 p.m.: a lone man threw a grenade into the crowd at the main matatu (minibus) "
            "stage of Isiolo town, then slashed a conductor with a knife before bystanders and police overpowered him. "
            "c1 (public update of a referral hospital in Meru, Thursday 11 June; Meru is the hospital town, no scene): "
            "the hospital received 14 of the wounded (a part, optional; its patient table's 'Deceased: 1' is a part too), 'four of them in critical condition' (part, "
            "optional); one of them died on Wednesday evening, which brings the toll to three (2 superseded, "
            "optional). c2 (National Assembly questions, sitting of Tuesday 16 June, published Wednesday 17 June: the "
            "sitting's date dates nothing): the Cabinet Secretary: 3 dead (two at the scene, one in hospital), 16 "
            "injured, correcting 'more than twenty injured' from social media (20 optional); the man acted alone (perpetrator null), no link to any group."),
    at("garissa-bar-grenade-2025-03-21", "2025-03-21", GARISSA,
       "bombing", None, None, None, ["grenade"], ["business", "civilians"], [], [], [], [5], [],
       ["c2_isiolo_parliament_questions"], optional=True,
       note="Background in c2 with its own date ('on 21 March last year'): a grenade thrown into a bar in Garissa "
            "wounded five. Must not lend 5."),
    # --- Myanmar (Sagaing): a ward administrator shot dead outside a tea shop in Monywa; nobody claims -------------------
    at("monywa-ward-administrator-shooting-2026-09-22", "2026-09-22", MONYWA,
       "assassination", None, None, None, ["firearm"], ["government"], ["civilians", "business"],
       [1], [2], [1], [], S[6:8], killed_best=1, injured_best=1,
       note="Tuesday 22 September 2026 about 7:15 a.m.: two men on a motorbike shot dead a ward administrator "
            "(invented) outside a tea shop in Monywa and wounded a tea-shop worker. d2 (a weekly's print-edition "
            "digest, Thursday 24 September): first says the worker also died, then a correction in the same page: "
            "he survived (2 superseded, optional). d1 (a podcast episode's show notes, Friday 25 September, with "
            "timestamps; upload and recording dates date nothing): 'last Tuesday'. Nobody claims; state media speak "
            "of 'terrorists' without a name (perpetrator null)."),
    at("sagaing-prison-gate-drone-2026-09-03", "2026-09-03", SAGAING,
       "air_strike", None, None, None, ["drone"], ["government"], [], [2], [], [], [],
       ["d1_monywa_podcast_show_notes"], optional=True,
       note="Background in d1 with its own date ('on 3 September'): a drone dropped explosives at the gate of the "
            "prison in Sagaing, two guards killed. Must not lend 2."),
    # --- Cameroon (North-West): a principal and five boarders abducted from a college in Bali; a dormitory burned -------
    at("bali-college-kidnapping-2026-11-03", "2026-11-03", BALI,
       "kidnapping", GRA, "claimed", None, ["firearm", "fire"], ["education", "civilians"], [],
       [1], [2], [], [1], S[8:10], killed_best=1,
       note="The night of Tuesday 3 November 2026 about 11:30 p.m.: armed men abducted the principal and five boarding "
            "pupils of an (invented) comprehensive college in Bali (North-West; the Bali of Cameroon, not the "
            "Indonesian island), shot dead the night watchman and set a dormitory on fire. Claimed in a video on "
            "Thursday 5 November by the Grassfields Restoration Army (invented), which says the school defied its "
            "boycott. e2 (a community forum thread opened Wednesday 4 November, posts until 9 November): a first post "
            "says 'two guards killed', later posts correct to one (2 optional); a pupil hurt jumping from a window "
            "treated in Bamenda (hospital town, no scene; 1 injured optional, added with the articles). e1 (the school's newsletter, "
            "Friday 13 November): the captives were freed on Sunday 8 November; a fire drill, a football 'shot' "
            "and a sports day are no attacks."),
    at("batibo-teachers-kidnapping-2026-09-14", "2026-09-14", BATIBO,
       "kidnapping", None, None, None, ["firearm"], ["education"], [], [], [], [], [],
       ["e2_bali_community_forum_thread"], optional=True,
       note="Background in e2 with its own date ('on 14 September'): two teachers abducted near Batibo."),
]
groups = [dict(id=WAVE, members=["izaz-mosque-car-bomb-2026-02-13", "izaz-police-checkpoint-ied-2026-02-13"],
               killed=[9], killed_optional=[7], injured=[34], injured_optional=[31],
               note="Two bombs in one town within half an hour, presented together: one wave. a2 (Friday): 'at least "
                    "seven killed and 31 wounded' in the two (superseded, optional); a1 (Monday): 9 killed (6 + 3) and "
                    "34 wounded in all (no split of the wounded).")]
gold = dict(about="Hand-coded reference for eval/synthetic53/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_bodo_blasting_fact_check: a fact-check of posts calling planned rock blasting for a "
                           "tunnel at the harbour of Bodø, Nordland (Norway), together with a fire-service exercise, a "
                           "'terror attack': no attack, nobody hurt. No incident.",
                           "b2: the closure of gold-mining sites ('mines') is no attack; d1/d2: a 'shot' of coffee or "
                           "a football shot is no attack; e1: the fire drill and the sports day are no attacks.",
                           "Headline lists under related-story headings and photo captions with other places and dates "
                           "are no incidents; a sitting of parliament, an upload date and a newsletter date are no "
                           "attack dates."])
json.dump(gold, open(os.path.join(here, "synthetic53.gold.json"), "w"), indent=1, ensure_ascii=False)
