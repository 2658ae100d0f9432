#!/usr/bin/env python3
"""Splits the corpus and one coded output of it into a session's slices (line i of ARTICLES in slice i % MOD):
SLICES/sMOD-K.jsonl (the articles) and SLICES/sMOD-K.TAG.out (their coded records), for the tuning slices, each
author's unseen check and the lead's blind slice (QUALITY.md, "Session 21 in sum").

  python3 scripts/split-slices.py ARTICLES.jsonl CODED.jsonl MOD TAG SLICES_DIR"""
import json, os, sys

articles, coded, mod, tag, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
os.makedirs(out, exist_ok=True)
slice_of = {}
parts = [open(os.path.join(out, f"s{mod}-{k}.jsonl"), "w", encoding="utf-8") for k in range(mod)]
with open(articles, encoding="utf-8") as f:
    for i, line in enumerate(f):
        slice_of[json.loads(line)["id"]] = i % mod
        parts[i % mod].write(line)
outs = [open(os.path.join(out, f"s{mod}-{k}.{tag}.out"), "w", encoding="utf-8") for k in range(mod)]
with open(coded, encoding="utf-8") as f:
    for line in f:
        outs[slice_of[json.loads(line)["article_id"]]].write(line)
