#!/usr/bin/env python3
"""Writes synthetic26.gold.json (coded by hand before Sitrep was ever run on the set, and before the articles were
written: the facts below were fixed first, then the articles were written to report them)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import inc
S = ["a1_villach_police_release", "a2_villach_what_we_know",
     "b1_belgium_weekly_sitrep", "b2_mechelen_local_daily",
     "c1_goerlitz_court_verdict", "c2_riesa_regional_brief",
     "d1_arnhem_social_thread", "d2_arnhem_wire",
     "e1_viseu_funeral", "e2_braganca_ambush_news",
     "f1_thunder_bay_anniversary"]
SPARK = ["Collectif Étincelle", "Collectif Etincelle", "Collectief Vonk", "Spark Collective", "Étincelle", "Vonk"]
PLANALTO = ["Rede do Planalto", "Planalto Network", "the Planalto network", "Rede do Planalto smuggling network"]
WAVE = "belgium-town-hall-parcels-2026-03-03"
incidents = [
    # --- Austria: a lone gunman at Villach railway station; a police release and a 'What we know so far' explainer ----
    inc("villach-station-shooting-2026-04-16", "2026-04-16", "AT", "Carinthia", "Villach", 46.61028, 13.85583,
        "armed_assault", None, None, None, ["firearm"], ["transportation", "civilians"], [],
        [2, 3], [], [5, 4], [], S[0:2], killed_best=3,
        note="Thursday 16 April 2026 about 17:40: a man fired a pistol on platform 1 and in the concourse of Villach "
             "main station (Hauptbahnhof). a1 (police press release issued in Klagenfurt the same evening, incident "
             "reference, witness-appeal line, 'Ends', 'Notes to editors'): two killed, five wounded, one of them "
             "'fighting for his life'; a 31-year-old man arrested at the station. a2 (explainer 'What we know so far', "
             "updated Saturday 18 April, the third day): the critically wounded man died on Saturday at Klagenfurt "
             "hospital (regional capital, hospital town and press-conference place, no scene): three killed, four "
             "injured. A lone attacker (perpetrator null). injured_best left out (one of the five wounded died)."),
    inc("spittal-bus-station-shooting-2025-11", "2025-11", "AT", "Carinthia", "Spittal an der Drau", 46.8, 13.5,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], [], [1], [], [], [], ["a2_villach_what_we_know"],
        optional=True,
        note="Background in a2 with only a month ('last November'): a man shot dead at the bus station of Spittal an "
             "der Drau in a family dispute. Must not lend 1 to Villach."),
    # --- Belgium: three parcel bombs at three town halls the same morning, claimed by the (invented) Collectif Étincelle
    inc("hasselt-town-hall-parcel-2026-03-03", "2026-03-03", "BE", "Flanders", "Hasselt", 50.93106, 5.33781,
        "bombing", SPARK, "claimed", None, ["ied"], ["government"], [], [], [], [2], [], S[2:4], group=WAVE,
        injured_best=2,
        note="Tuesday 3 March 2026 about 09:20: a parcel delivered to the population office of Hasselt town hall "
             "exploded when opened; two staff injured (b1 block 'Casualties: 0 KIA / 2 WIA'; b2 in its round-up of the "
             "other towns). Claimed with the other two by the Collectif Étincelle / Collectief Vonk (invented) in a "
             "communiqué posted on a website on Tuesday evening."),
    inc("mechelen-town-hall-parcel-2026-03-03", "2026-03-03", "BE", "Flanders", "Mechelen", 51.02574, 4.47762,
        "bombing", SPARK, "claimed", None, ["ied"], ["government"], [], [], [], [], [], S[2:4], group=WAVE,
        note="The same morning about 10:05: a parcel addressed to the alderman for housing went off in an empty "
             "office of Mechelen town hall; a desk, a window and files damaged, nobody hurt (killed and injured empty). "
             "b2 is the Mechelen local daily (Wednesday 4 March); b1 the weekly report. Claimed by the Collectif."),
    inc("namur-town-hall-parcel-2026-03-03", "2026-03-03", "BE", "Wallonia", "Namur", 50.4669, 4.86746,
        "bombing", SPARK, "claimed", None, ["ied"], ["government"], [], [], [], [1], [], S[2:4], group=WAVE,
        injured_best=1,
        note="The same morning about 10:40: a parcel exploded in the mail room of Namur town hall; one clerk injured "
             "(b1 '0 KIA / 1 WIA'; b2). Claimed by the Collectif."),
    inc("charleroi-mast-arson-2026-02-24", "2026-02-24", "BE", "Wallonia", "Charleroi", 50.41136, 4.44448,
        "other", None, None, None, ["fire"], ["utilities"], [], [], [], [], [], ["b1_belgium_weekly_sitrep"],
        optional=True,
        note="Background: a block of the previous week in b1 ('Date: 24/02/2026'): a telecom mast set on fire near "
             "Charleroi, no casualties."),
    inc("antwerpen-grenade-house-2026-02-26", "2026-02-26", "BE", "Flanders", "Antwerpen", 51.22047, 4.40026,
        "bombing", None, None, None, ["grenade"], ["civilians"], [], [], [], [], [], ["b1_belgium_weekly_sitrep"],
        optional=True,
        note="Background block of the previous week in b1 ('Date: 26/02/2026'): a hand grenade thrown at the front of a "
             "house in Antwerp (drug-market violence), damage only."),
    inc("liege-cafe-shooting-2026-02-27", "2026-02-27", "BE", "Wallonia", "Liège", 50.63373, 5.56749,
        "armed_assault", None, None, None, ["firearm"], ["civilians"], ["business"], [1], [], [1], [],
        ["b1_belgium_weekly_sitrep"], optional=True,
        note="Background block of the previous week in b1 ('Date: 27/02/2026'): shots fired at a café terrace in Liège, "
             "1 KIA / 1 WIA."),
    # --- Germany: a court verdict on a hostel arson 14 months earlier; a new arson on Tuesday in another town --------
    inc("riesa-hostel-arson-2026-05-19", "2026-05-19", "DE", "Saxony", "Riesa", 51.30777, 13.29168,
        "other", None, None, None, ["fire"], ["civilians"], ["other"], [], [], [2], [], S[4:6], injured_best=2,
        note="Tuesday 19 May 2026 about 01:30: a fire laid at the entrance of a hostel for asylum seekers in Riesa "
             "(invented building); two residents injured (smoke, a fall from a window). c2 (regional brief, Tuesday "
             "afternoon): two injured, state-protection police investigating, no suspect. c1 (court report from "
             "Görlitz, Thursday 21 May) tells it in its last paragraph only: 'on Tuesday a similar arson in Riesa "
             "injured two residents'. No perpetrator named."),
    inc("zittau-hostel-arson-2025-03-07", "2025-03-07", "DE", "Saxony", "Zittau", 50.89772, 14.80764,
        "other", None, None, None, ["fire"], ["civilians"], ["other"], [], [], [5], [], ["c1_goerlitz_court_verdict"],
        optional=True,
        note="Background in c1 with its own date ('the night of 7 March 2025', 14 months before the verdict): two men "
             "set fire to the stairwell of a refugee hostel in Zittau; five residents injured. The verdict (Görlitz, "
             "no scene) is the news of c1, not an attack."),
    # --- Netherlands: a stabbing spree in an Arnhem shopping street; a social-media thread and a wire ----------------
    inc("arnhem-shopping-street-stabbing-2026-09-12", "2026-09-12", "NL", "Gelderland", "Arnhem", 51.98, 5.91111,
        "armed_assault", None, None, None, ["knife"], ["civilians"], ["business"],
        [2], [1, 3, 12], [6], [3], S[6:8], killed_best=2, injured_best=6,
        note="Saturday 12 September 2026 about 14:10: a man with a knife stabbed shoppers along the Zilverpoortstraat "
             "(invented shopping street) in Arnhem; officers shot him dead. d1 (scraped thread, police account's posts): "
             "first 'several people injured', then 'one person has died' (superseded, optional), then two dead and six "
             "injured; eyewitness posts; a rumour post '12 dead' (wrong, optional); a post counting '3 dead incl. the "
             "attacker' (optional). d2 (short wire, Saturday evening): two killed, six wounded, three of them seriously "
             "(a part, optional), one taken to hospital in Nijmegen (hospital town, no scene); the attacker, 34, shot "
             "dead (the attacker's death is no victim's). A lone attacker (perpetrator null)."),
    # --- Portugal: the funeral in Viseu of a GNR officer killed in an ambush near Bragança eight days earlier --------
    inc("braganca-gnr-ambush-2026-10-15", "2026-10-15", "PT", "Bragança", "Bragança", 41.80582, -6.75719,
        "armed_assault", PLANALTO, "denied", None, ["firearm"], ["police"], [], [1], [], [1], [], S[8:10],
        killed_best=1, injured_best=1,
        note="Thursday 15 October 2026 about 22:30: gunmen fired on a GNR patrol car at the entrance of the village of "
             "Vale de Lameiras (invented), 'about 20 km north of Bragança'; coded at Bragança. One officer killed, his "
             "colleague wounded (treated in Vila Real, a hospital town that is no scene). e2 (national news site, "
             "Friday 16 October, dateline Lisbon): the interior minister blames the Rede do Planalto (invented "
             "cross-border smuggling network). e1 (funeral in Viseu, his home town, Friday 23 October: 'last "
             "Thursday', 'eight days ago'): the network denied any part in a message on its Telegram channel: "
             "responsibility denied."),
    inc("chaves-gnr-post-shots-2024-03", "2024-03", "PT", "Vila Real", "Chaves", 41.74019, -7.46879,
        "armed_assault", None, None, None, ["firearm"], ["police"], [], [], [], [2], [], ["e1_viseu_funeral"],
        optional=True,
        note="Background in e1 with only a month ('in March 2024'): shotgun fire at a GNR post near Chaves wounded two "
             "officers."),
    # --- Canada (no attack): the 40th anniversary of a 1986 bombing in Thunder Bay ------------------------------------
    inc("thunder-bay-union-hall-bomb-1986-06-14", "1986-06-14", "CA", "Ontario", "Thunder Bay", 48.38202, -89.25018,
        "bombing", None, None, None, ["explosive"], ["civilians"], ["business"], [21], [], [], [],
        ["f1_thunder_bay_anniversary"], optional=True,
        note="Background in f1 with its own date ('40 years ago today', Saturday 14 June 1986): a bomb in the hall of "
             "the (invented) Harbourview Union Hall in Thunder Bay killed 21. The article's news is the commemoration "
             "of Sunday 14 June 2026 (no attack)."),
]
groups = [dict(id=WAVE, members=["hasselt-town-hall-parcel-2026-03-03", "mechelen-town-hall-parcel-2026-03-03",
                                 "namur-town-hall-parcel-2026-03-03"],
               killed=[], killed_optional=[], injured=[3], injured_optional=[],
               note="Three parcel bombs delivered the same morning to the town halls of Hasselt, Mechelen and Namur "
                    "(60-65 km apart), claimed together by the Collectif Étincelle. Three injured in all (2 + 0 + 1).")]
gold = dict(about="Hand-coded reference for eval/synthetic26/articles.jsonl: fictional attack reports written by us, "
                  "coded before Sitrep was ever run on them. Format: /work/shared/spec/GOLD.md",
            documents=S, incidents=incidents, groups=groups,
            not_incidents=["f1_thunder_bay_anniversary: the commemoration on Sunday 14 June 2026 of the 1986 Thunder "
                           "Bay bombing (wreaths, speeches, a minute of silence): no attack today; the 1986 bombing is "
                           "an optional background incident.",
                           "c1_goerlitz_court_verdict: the verdict is no attack; its Zittau arson is background "
                           "(optional) and its last paragraph's Riesa arson is scored.",
                           "Aggregates: shootings in Austria this year (a2); attacks on town halls in recent years (b2); "
                           "attacks on refugee shelters in Saxony last year (c1); GNR officers killed on duty since 2000 "
                           "(e1).",
                           "Arrests, a press conference, a trial, a funeral, a ceremony, a rumour post and the attacker "
                           "shot dead by police are no separate attacks. Headline lists under related-story headings and "
                           "photo captions with other places and dates are no incidents."])
json.dump(gold, open(os.path.join(here, "synthetic26.gold.json"), "w"), indent=1, ensure_ascii=False)
