#!/usr/bin/env python3
"""Cuts every sentence of a corpus that matches a regular expression into a record of its own, to code the sentences
that hold a rule's words with two jars and diff them (QUALITY.md, session 15, events40; session 16, events44).

  python3 scripts/cut-sentences.py ARTICLES.jsonl 'REGEX' [SKIP_MODULUS SKIP_RESIDUE...] > SENTENCES.jsonl

A sentence is cut at . ! ? ؟ and line breaks (a rough cut: the coder re-splits each record); ids are ARTICLE~N.
Lines i with i % SKIP_MODULUS in the residues are left out (the unseen and the blind slices)."""
import json, re, sys

pattern = re.compile(sys.argv[2])
modulus = int(sys.argv[3]) if len(sys.argv) > 3 else 0
skip = {int(x) for x in sys.argv[4:]}
with open(sys.argv[1], encoding="utf-8") as f:
    for i, line in enumerate(f):
        if modulus and i % modulus in skip:
            continue
        a = json.loads(line)
        for j, s in enumerate(re.split(r"(?<=[.!؟?])\s+|\n+", a.get("text") or "")):
            if len(s) > 20 and pattern.search(s):
                print(json.dumps({"id": f"{a['id']}~{j}", "published": a.get("published"), "text": s.strip()},
                                 ensure_ascii=False))
