#!/usr/bin/env python3
"""Writes the items of a blind judgement: N scorable events (not negated, asserted or reported, both sides coded)
sampled with SEED from a coded slice, sorted by article, as a TSV for an annotator who sees no rule, code or history
(eval/judgments/s22-blind-slice58.tsv was judged from such a file, with ../shared/eval/GUIDELINES.md and CAMEO's codes).

  python3 scripts/blind-items.py ARTICLES.jsonl CODED.jsonl N SEED > items.tsv"""
import json, random, sys
arts, coded, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
texts = {json.loads(l)["id"]: json.loads(l) for l in open(arts, encoding="utf-8")}
ev = []
for l in open(coded, encoding="utf-8"):
    c = json.loads(l)
    for e in c["events"]:
        s, t = e.get("source") or {}, e.get("target") or {}
        if s.get("code") and t.get("code") and not e["negated"] and e["modality"] in ("asserted", "reported"):
            ev.append((c, e))
print(len(ev), "scorable", file=sys.stderr)
random.seed(seed)
pick = random.sample(ev, min(n, len(ev)))
pick.sort(key=lambda ce: (ce[0]["article_id"], ce[1]["sentence"]))
print("item\tarticle_id\tsentence\tsource\ttarget\tcameo\tsummary\tsource_text\ttarget_text\tevidence\tsentence_text")
for i, (c, e) in enumerate(pick, 1):
    t = texts[c["article_id"]]["text"]
    s = next(x for x in c["sentences"] if x["index"] == e["sentence"])["span"]
    st = lambda a: t[a["span"][0]:a["span"][1]].replace("\n"," ") if a and a.get("span") else ""
    print(i, c["article_id"], e["sentence"], e["source"]["code"] + " (" + (e["source"].get("name") or "") + ")", e["target"]["code"] + " (" + (e["target"].get("name") or "") + ")", e["cameo_code"], e.get("summary",""),
          st(e["source"]), st(e["target"]), t[e["evidence"][0]:e["evidence"][1]].replace("\n", " ").replace("\t", " "),
          t[s[0]:s[1]].replace("\n", " ").replace("\t", " "), sep="\t")
