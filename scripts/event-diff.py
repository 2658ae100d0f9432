#!/usr/bin/env python3
"""Diffs the EVENTS of two coded outputs of the same articles, for reading a rule's whole effect by hand
(QUALITY.md, "Recall on unseen articles (session 8, recall)"; after /work/notes/s4-tools/cmp.py).

  python3 scripts/event-diff.py [--modality] OLD.jsonl NEW.jsonl ARTICLES.jsonl

An event is keyed by its sentence, source code, target code, CAMEO code and negation; every event gone and new is
printed with the rule that made it, its evidence and its sentence. Dyadic counts are events whose two sides are of
different countries. With --modality the key holds the modality too, so a change of modality alone (asserted ->
intended) shows as one event gone and one new, each marked C when the Scorer counts it (not negated, and asserted or
reported, or intended with a 03 code), and the first line gives the counted events before and after (QUALITY.md,
session 16, events44, which wrote it as a script of its own)."""
import json, sys

args = sys.argv[1:]
with_modality = "--modality" in args
if with_modality:
    args.remove("--modality")


def load(path):
    with open(path, encoding="utf-8") as f:
        return {c["article_id"]: c for c in map(json.loads, f)}


def code(side):
    return (side or {}).get("code")


def counted(e):
    return not e["negated"] and (e["modality"] in ("asserted", "reported")
                                 or e["modality"] == "intended" and e["cameo_code"].startswith("03"))


def keys(coded):
    def key(e):
        k = (e["sentence"], code(e["source"]), code(e["target"]), e["cameo_code"], e["negated"])
        return k + (e["modality"],) if with_modality else k
    return {key(e): e for e in coded["events"]}


old, new = load(args[0]), load(args[1])
with open(args[2], encoding="utf-8") as f:
    texts = {a.get("id"): a.get("text") or "" for a in map(json.loads, f)}
gone, added, n_old, n_new = [], [], 0, 0
for aid, coded in old.items():
    ko, kn = keys(coded), keys(new.get(aid, {"events": []}))
    n_old, n_new = n_old + len(ko), n_new + len(kn)
    gone += [(aid, k, ko[k]) for k in ko if k not in kn]
    added += [(aid, k, kn[k]) for k in kn if k not in ko]
dyadic = lambda k: k[1] and k[2] and k[1][:3] != k[2][:3]
print("events", n_old, n_new, "gone", len(gone), "new", len(added))
print("dyadic gone", sum(1 for _, k, _ in gone if dyadic(k)), "dyadic new", sum(1 for _, k, _ in added if dyadic(k)))
if with_modality:
    print("counted", sum(counted(e) for c in old.values() for e in c["events"]), "->",
          sum(counted(e) for aid in old for e in new.get(aid, {"events": []})["events"]))
for tag, rows in (("GONE", gone), ("NEW", added)):
    for aid, k, e in rows:
        t = texts.get(aid) or ""
        span = next(s for s in old[aid]["sentences"] if s["index"] == e["sentence"])["span"]
        mark = ("C" if counted(e) else "-") + " " if with_modality else ""
        print(tag, aid, k, mark + e["rule"].split(" ")[-1], "|", t[e["evidence"][0]:e["evidence"][1]].replace("\n", " "),
              "||", t[span[0]:span[1]].replace("\n", " "))
