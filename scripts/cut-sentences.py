#!/usr/bin/env python3
"""Cuts every sentence of a corpus that matches a regular expression into a record of its own, to code the sentences
that hold a rule's words with two jars and diff them (QUALITY.md, session 15, events40; session 16, events44).

  python3 scripts/cut-sentences.py ARTICLES.jsonl 'REGEX' [SKIP_MODULUS SKIP_RESIDUE...] > SENTENCES.jsonl

A sentence is cut at . ! ? ؟ and line breaks (a rough cut: the coder re-splits each record); ids are ARTICLE~N.
Lines i with i % SKIP_MODULUS in the residues are left out (the unseen and the blind slices).
With --before N (first argument) each record also holds the N sentences before the matching one, for rules whose
wrong party came from a subject carried from another sentence (QUALITY.md, session 18, events60)."""
import json, re, sys

before = 0
if len(sys.argv) > 2 and sys.argv[1] == "--before":
    before = int(sys.argv[2])
    del sys.argv[1:3]

pattern = re.compile(sys.argv[2])
modulus = int(sys.argv[3]) if len(sys.argv) > 3 else 0
skip = {int(x) for x in sys.argv[4:]}
with open(sys.argv[1], encoding="utf-8") as f:
    for i, line in enumerate(f):
        if modulus and i % modulus in skip:
            continue
        a = json.loads(line)
        sentences = re.split(r"(?<=[.!؟?])\s+|\n+", a.get("text") or "")
        for j, s in enumerate(sentences):
            if len(s) > 20 and pattern.search(s):
                text = " ".join(x.strip() for x in sentences[max(0, j - before):j + 1])
                print(json.dumps({"id": f"{a['id']}~{j}", "published": a.get("published"), "text": text},
                                 ensure_ascii=False))
