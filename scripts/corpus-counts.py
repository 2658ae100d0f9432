#!/usr/bin/env python3
"""Whole-corpus event counts of one coded output, as QUALITY.md's session sums give them (events, both sides coded,
negated, dated, located, actor mentions, events by modality; session 20 and 21 sums).

  java -Xmx3g -jar marsad-cli/target/marsad.jar code ARTICLES.jsonl > CODED.jsonl
  python3 scripts/corpus-counts.py CODED.jsonl"""
import collections, json, sys

c = collections.Counter()
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        c["mentions"] += len(r["mentions"])
        for e in r["events"]:
            c["events"] += 1
            if (e.get("source") or {}).get("code") and (e.get("target") or {}).get("code"):
                c["both sides"] += 1
            c["negated"] += e["negated"]
            c["dated"] += bool(e.get("date"))
            c["located"] += bool(e.get("location"))
            c[e["modality"]] += 1
for k in ["events", "both sides", "negated", "dated", "located", "mentions",
          "asserted", "intended", "hypothetical", "reported"]:
    print(f"{k}\t{c[k]:,}")
