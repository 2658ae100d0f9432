#!/usr/bin/env python3
"""Blinded precision A/B: sample N scorable events from each of two coded outputs of the same slice, pool them (an
event both jars coded alike is one item), shuffle, and write the items without saying which jar coded them;
the key goes to a separate file.
  python3 scripts/blind-pairs.py ARTICLES OLD.out NEW.out N SEED ITEMS.md KEY.json
(QUALITY.md "Session 11 in sum": the blind judgement of slice i%15==11.)"""
import json, random, sys
arts, old, new, n, seed, items_p, key_p = sys.argv[1:8]
n, seed = int(n), int(seed)
texts = {}
for l in open(arts, encoding='utf-8'):
    a = json.loads(l); texts[a.get('id')] = a
def scorable(path):
    out = []
    for l in open(path, encoding='utf-8'):
        d = json.loads(l)
        for e in d['events']:
            s, t = e.get('source') or {}, e.get('target') or {}
            if s.get('code') and t.get('code') and not e.get('negated') and e.get('modality') in ('asserted', 'reported'):
                out.append((d, e))
    return out
def key(d, e):
    return (d['article_id'], e['sentence'], e['source']['code'], e['target']['code'], e['cameo_code'])
rnd = random.Random(seed)
pool = {}
for label, path in (('old', old), ('new', new)):
    evs = scorable(path)
    for d, e in rnd.sample(evs, min(n, len(evs))):
        k = key(d, e)
        pool.setdefault(k, {'d': d, 'e': e, 'jars': []})['jars'].append(label)
# the other jar may have coded the same event without sampling it: record for the key which jars coded it at all
coded = {'old': set(), 'new': set()}
for label, path in (('old', old), ('new', new)):
    for d, e in scorable(path):
        coded[label].add(key(d, e))
items = list(pool.items()); rnd.shuffle(items)
with open(items_p, 'w', encoding='utf-8') as f, open(key_p, 'w', encoding='utf-8') as kf:
    keyrows = []
    for i, (k, v) in enumerate(items, 1):
        d, e = v['d'], v['e']
        sents = d['sentences']
        s = sents[e['sentence']]
        a = texts.get(d['article_id']) or {}
        text = None
        for art in (a,):
            text = art.get('text')
        sp = s.get('span') if isinstance(s, dict) else None
        sentence = text[sp[0]:sp[1]] if text and sp else json.dumps(s, ensure_ascii=False)
        f.write(f"### item {i}\narticle {d['article_id']} (published {d.get('published')}), sentence {e['sentence']}\n")
        f.write(f"event: {e['summary']}\nsource: {e['source']}\ntarget: {e['target']}\ncameo: {e['cameo_code']}  modality: {e['modality']}\n")
        prev = ''
        if e['sentence'] > 0 and text:
            ps = sents[e['sentence'] - 1].get('span')
            prev = text[ps[0]:ps[1]] if ps else ''
        f.write(f"previous sentence: {prev}\nsentence: {sentence}\n\n")
        keyrows.append({'item': i, 'key': list(k), 'sampled_from': v['jars'],
                        'coded_by_old': k in coded['old'], 'coded_by_new': k in coded['new']})
    json.dump(keyrows, kf, ensure_ascii=False, indent=0)
print(len(items), 'items')
