#!/usr/bin/env python3
"""Attack detection on the CASE 2021 task 2 snippets (../shared/data/case2021_task2): does Sitrep give an incident for
the snippets labelled as attacks, and none for the others?

Each snippet (one to three sentences, ACLED-like label) is ingested as an article published on a fixed day, so that a
snippet that gives its weekday is dated. The labels are the dataset's; which of them count as attacks is ours (ATTACKS
below). Some place names in the snippets were replaced by made-up ones by the dataset's authors: places are not scored.

    python3 eval/case2021.py            (from the project root; builds the CLI when needed)
    python3 eval/case2021.py --verbose  (also lists the missed attack snippets and the other snippets given an incident)

Prints, per label, how many snippets gave an incident and the event types given, and the two totals.
"""
import collections
import csv
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "..", "shared", "data", "case2021_task2", "test_set_final_release_with_labels.tsv")
PUBLISHED = "2020-01-15"
ATTACKS = {"AIR_STRIKE", "ARMED_CLASH", "ATTACK", "SUIC_BOMB", "REM_EXPLOS", "GRENADE", "ABDUCT_DISSAP",
           "ART_MISS_ATTACK", "CHEM_WEAP", "MOB_VIOL"}


def main():
    verbose = "--verbose" in sys.argv[1:]
    csv.field_size_limit(10 ** 9)
    with open(SOURCE, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    labels = {"case-" + r["id"]: r["SubType"] for r in rows}
    texts = {"case-" + r["id"]: r["EventSnippet"] for r in rows}
    with tempfile.TemporaryDirectory() as tmp:
        articles = os.path.join(tmp, "case.jsonl")
        with open(articles, "w", encoding="utf-8") as out:
            for r in rows:
                out.write(json.dumps({"id": "case-" + r["id"], "published": PUBLISHED, "text": r["EventSnippet"]}) + "\n")
        db, export = os.path.join(tmp, "case.db"), os.path.join(tmp, "case.out.jsonl")
        sitrep = os.path.join(ROOT, "sitrep")
        subprocess.run([sitrep, "ingest", "--db", db, articles], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run([sitrep, "export", "--db", db, "--format", "jsonl", "--out", export], check=True, stdout=subprocess.DEVNULL)
        types = collections.defaultdict(list)
        with open(export, encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                if record.get("kind") == "incident":
                    for doc in record["documents"]:
                        types[doc].append(record["event_type"])
    by_label = collections.defaultdict(lambda: [0, 0, collections.Counter()])
    for doc, label in labels.items():
        entry = by_label[label]
        entry[0] += 1
        if doc in types:
            entry[1] += 1
            entry[2].update(types[doc])
    attack = [v for k, v in by_label.items() if k in ATTACKS]
    other = [v for k, v in by_label.items() if k not in ATTACKS]
    print(f"attack snippets with an incident: {sum(v[1] for v in attack)} of {sum(v[0] for v in attack)}")
    print(f"other snippets with an incident:  {sum(v[1] for v in other)} of {sum(v[0] for v in other)}")
    for label, (n, k, counter) in sorted(by_label.items(), key=lambda x: (x[0] not in ATTACKS, x[0])):
        mark = "A" if label in ATTACKS else " "
        print(f"{mark} {label:30s} {k:3d}/{n:3d}  {dict(counter.most_common(4))}")
    if verbose:
        print("\nmissed attack snippets:")
        for doc, label in labels.items():
            if label in ATTACKS and doc not in types:
                print(f"  {doc} {label}: {' '.join(texts[doc].split())}")
        print("\nother snippets given an incident:")
        for doc, label in labels.items():
            if label not in ATTACKS and doc in types:
                print(f"  {doc} {label}: {' '.join(texts[doc].split())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
