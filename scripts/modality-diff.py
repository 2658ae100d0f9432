#!/usr/bin/env python3
"""Diffs the EVENTS of two coded outputs keyed with their modality, so a change of modality (asserted -> intended,
negated -> not) shows, which scripts/event-diff.py (keyed without it) does not (QUALITY.md, session 16, events44).

  python3 scripts/modality-diff.py OLD.jsonl NEW.jsonl ARTICLES.jsonl

Key: article, sentence, source code, target code, CAMEO code, modality, negation. The first line gives the counted
events before and after (the Scorer's rule: not negated, and asserted or reported, or intended with a 03 code); every
row gone or new follows with C when it is counted, the rule, its evidence and its sentence."""
import json, sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return {c["article_id"]: c for c in map(json.loads, f)}


def code(side):
    return (side or {}).get("code")


def counted(e):
    return not e["negated"] and (e["modality"] in ("asserted", "reported")
                                 or e["modality"] == "intended" and e["cameo_code"].startswith("03"))


def keys(coded):
    return {(e["sentence"], code(e["source"]), code(e["target"]), e["cameo_code"], e["modality"], e["negated"]): e
            for e in coded["events"]}


old, new = load(sys.argv[1]), load(sys.argv[2])
with open(sys.argv[3], encoding="utf-8") as f:
    texts = {a.get("id"): a.get("text") or "" for a in map(json.loads, f)}
n_old = n_new = 0
rows = []
for aid, coded in old.items():
    ko, kn = keys(coded), keys(new.get(aid, {"events": []}))
    n_old += sum(counted(e) for e in ko.values())
    n_new += sum(counted(e) for e in kn.values())
    for tag, mine, other in (("GONE", ko, kn), ("NEW", kn, ko)):
        for k, e in mine.items():
            if k not in other:
                rows.append((aid, k[0], tag, k, e))
print("counted", n_old, "->", n_new, "changed rows", len(rows))
for aid, sentence, tag, k, e in sorted(rows, key=lambda r: (r[0], r[1], r[2])):
    t = texts[aid]
    s0, s1 = {s["index"]: s["span"] for s in old[aid]["sentences"]}[sentence]
    print(f"{tag}\t{aid}#{sentence}\t{k[1]}>{k[2]} {k[3]} {k[4]}{' NEG' if k[5] else ''}\t{'C' if counted(e) else '-'}"
          f"\t{e['rule'].split('/')[-1]}\n   EV: {t[e['evidence'][0]:e['evidence'][1]]}\n   S: {t[s0:s1][:400]}")
