"""Shared by eval/synthetic*/build.py and gold.py: the articles file built from the texts we wrote, and one gold incident."""
import json, os


def write_articles(here, meta):
    """Writes here/articles.jsonl from here/articles/<id>.txt; meta: (id, outlet, published, url) per article."""
    with open(os.path.join(here, "articles.jsonl"), "w", encoding="utf-8") as out:
        for doc_id, outlet, published, url in meta:
            text = open(os.path.join(here, "articles", doc_id + ".txt"), encoding="utf-8").read()
            lines = [l for l in text.splitlines() if l.strip()]
            # the headline is the first line that is repeated (as scraped pages repeat it)
            title = next(l for i, l in enumerate(lines) if l in lines[i + 1:])
            out.write(json.dumps({"id": doc_id, "outlet": outlet, "url": url, "published": published,
                                  "title": title, "text": text}, ensure_ascii=False) + "\n")


def inc(id, date, country, admin1, location, lat, lon, event_type, perpetrator, responsibility, suicide,
        weapons, targets, targets_optional, killed, killed_optional, injured, injured_optional, documents,
        group=None, killed_best=None, injured_best=None, documents_optional=(), optional=False, note=""):
    """One gold incident in the format of /work/shared/spec/GOLD.md."""
    d = dict(id=id, date=date, country=country, admin1=admin1, location=location, latitude=lat, longitude=lon,
             event_type=event_type, perpetrator=perpetrator, responsibility=responsibility, suicide=suicide,
             weapons=weapons, targets=targets, targets_optional=targets_optional, killed=killed,
             killed_optional=killed_optional, injured=injured, injured_optional=injured_optional,
             documents=documents, documents_optional=list(documents_optional), group=group, note=note)
    if killed_best is not None: d["killed_best"] = killed_best
    if injured_best is not None: d["injured_best"] = injured_best
    if optional: d["optional"] = True
    return d


def check_copy(here, n=9):
    """Prints every n-word run that here/articles/*.txt shares with any text under ../shared/data (GeoNames aside) or
    with the articles of the other eval/synthetic* sets; returns how many runs are shared (0 when the texts are ours)."""
    import glob, re
    root = os.path.dirname(os.path.dirname(here))
    words = lambda t: re.findall(r"[a-z0-9']+", t.lower())
    mine = {}
    for f in sorted(glob.glob(os.path.join(here, "articles", "*.txt"))):
        w = words(open(f, encoding="utf-8").read())
        for i in range(len(w) - n + 1):
            mine.setdefault(tuple(w[i:i + n]), set()).add(os.path.basename(f))
    others = [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(root, "..", "shared", "data"))
              for f in fs if "geonames" not in d and not f.endswith("cities500.txt")]
    others += [f for f in glob.glob(os.path.join(root, "eval", "synthetic*", "articles", "*.txt"))
               if os.path.dirname(os.path.dirname(f)) != here]
    hits = {}
    for f in others:
        w = words(open(f, encoding="utf-8", errors="ignore").read())
        for i in range(len(w) - n + 1):
            g = tuple(w[i:i + n])
            if g in mine: hits.setdefault(g, set()).add(f)
    for g, fs in hits.items(): print(" ".join(g), "|", sorted(mine[g]), "|", sorted(fs)[:3])
    print(f"shared {n}-word runs: {len(hits)}; files checked: {len(others)}")
    return len(hits)
