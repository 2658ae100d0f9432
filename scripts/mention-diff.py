#!/usr/bin/env python3
"""Actor mentions changed between two coded outputs of the same articles.

usage: python3 scripts/mention-diff.py OLD.out NEW.out ARTICLES.jsonl [MORE.jsonl ...]

Each mention is keyed by its article and (span, code, why, type, entry); for each article whose set changed, the
mentions only in OLD (-) and only in NEW (+) are printed with 40 characters of context, the mention in [[ ]]. The
article texts are read from ARTICLES (JSON lines with "id" and "text"); nothing of them is interpreted. The number of
changed lines goes to stderr.
"""
import json
import sys


def load(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            out[r["article_id"]] = {(tuple(m["span"]), m["code"], m["why"], m["type"], m["entry"]) for m in r["mentions"]}
    return out


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    texts = {}
    for path in sys.argv[3:]:
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                texts[r["id"]] = r.get("text") or ""
    old, new = load(sys.argv[1]), load(sys.argv[2])
    changed = 0
    for aid in old:
        if old[aid] == new.get(aid, set()):
            continue
        t = texts.get(aid, "")
        print("==", aid)
        for tag, ms in (("-", sorted(old[aid] - new.get(aid, set()))), ("+", sorted(new.get(aid, set()) - old[aid]))):
            for (s, e), code, why, typ, entry in ms:
                context = (t[max(0, s - 40):s] + "[[" + t[s:e] + "]]" + t[e:e + 40]).replace("\n", " ")
                print(f" {tag} {code} {why} {typ} {entry} «{t[s:e]}» …{context}…")
                changed += 1
    print("changed mention lines", changed, file=sys.stderr)


if __name__ == "__main__":
    main()
