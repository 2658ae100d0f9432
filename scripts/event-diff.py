#!/usr/bin/env python3
"""Diffs the EVENTS of two coded outputs of the same articles, for reading a rule's whole effect by hand
(QUALITY.md, "Recall on unseen articles (session 8, recall)"; after /work/notes/s4-tools/cmp.py).

  python3 scripts/event-diff.py OLD.jsonl NEW.jsonl ARTICLES.jsonl

An event is keyed by its sentence, source code, target code, CAMEO code and negation; every event gone and new is
printed with the rule that made it, its evidence and its sentence. Dyadic counts are events whose two sides are of
different countries."""
import json, sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return {c["article_id"]: c for c in map(json.loads, f)}


def code(side):
    return (side or {}).get("code")


def keys(coded):
    return {(e["sentence"], code(e["source"]), code(e["target"]), e["cameo_code"], e["negated"]): e
            for e in coded["events"]}


old, new = load(sys.argv[1]), load(sys.argv[2])
with open(sys.argv[3], encoding="utf-8") as f:
    texts = {a.get("id"): a["text"] for a in map(json.loads, f)}
gone, added, n_old, n_new = [], [], 0, 0
for aid, coded in old.items():
    ko, kn = keys(coded), keys(new.get(aid, {"events": []}))
    n_old, n_new = n_old + len(ko), n_new + len(kn)
    gone += [(aid, k, ko[k]) for k in ko if k not in kn]
    added += [(aid, k, kn[k]) for k in kn if k not in ko]
dyadic = lambda k: k[1] and k[2] and k[1][:3] != k[2][:3]
print("events", n_old, n_new, "gone", len(gone), "new", len(added))
print("dyadic gone", sum(1 for _, k, _ in gone if dyadic(k)), "dyadic new", sum(1 for _, k, _ in added if dyadic(k)))
for tag, rows in (("GONE", gone), ("NEW", added)):
    for aid, k, e in rows:
        t = texts.get(aid) or ""
        span = next(s for s in old[aid]["sentences"] if s["index"] == e["sentence"])["span"]
        print(tag, aid, k, e["rule"].split(" ")[-1], "|", t[e["evidence"][0]:e["evidence"][1]].replace("\n", " "),
              "||", t[span[0]:span[1]].replace("\n", " "))
