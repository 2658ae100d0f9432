#!/usr/bin/env python3
"""Prints a seeded random sample of coded dyadic events with their sentences, for judging precision by hand
on articles the rules were not tuned on (QUALITY.md, "Precision on unseen articles").

  ./marsad code ARTICLES.jsonl > CODED.jsonl
  python3 scripts/sample-events.py ARTICLES.jsonl CODED.jsonl [--n 40] [--seed 2026]

Only asserted or reported, non-negated events whose two sides have a code are sampled (the events a
dyad-root score counts)."""
import argparse, json, random

ap = argparse.ArgumentParser()
ap.add_argument("articles")
ap.add_argument("coded")
ap.add_argument("--n", type=int, default=40)
ap.add_argument("--seed", type=int, default=2026)
args = ap.parse_args()
texts = {}
with open(args.articles, encoding="utf-8") as f:
    for line in f:
        a = json.loads(line)
        texts[a["id"]] = a["text"]
events = []
with open(args.coded, encoding="utf-8") as f:
    for line in f:
        c = json.loads(line)
        for e in c["events"]:
            if not e["negated"] and e["modality"] in ("asserted", "reported") \
                    and (e["source"] or {}).get("code") and (e["target"] or {}).get("code"):
                events.append((c, e))
print(len(events), "events to sample from")
random.seed(args.seed)
for n, (c, e) in enumerate(random.sample(events, min(args.n, len(events)))):
    t = texts[c["article_id"]]
    s = next(x for x in c["sentences"] if x["index"] == e["sentence"])["span"]
    print(n, e["source"]["code"], e["target"]["code"], e["cameo_code"], e["rule"], "|",
          t[e["evidence"][0]:e["evidence"][1]].replace("\n", " "), "||", t[s[0]:s[1]].replace("\n", " "))
