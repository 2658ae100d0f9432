#!/usr/bin/env python3
"""The events whose location differs between two codings of the same articles (same coder but for the
location rules: events are matched by id), with the sentence, for reading a location rule's diff by hand.

    python3 scripts/location-diff.py ARTICLES.jsonl OLD.jsonl NEW.jsonl
"""
import json,sys
inp,old,new=sys.argv[1:4]
texts={json.loads(l)['id']:json.loads(l) for l in open(inp)}
def load(f):
    r={}
    for l in open(f):
        c=json.loads(l)
        sents={s['index']:s['span'] for s in c['sentences']}
        for e in c['events']: r[e['id']]=(c['article_id'],e,sents)
    return r
a=load(old); b=load(new)
k=0
for i,(aid,e,sents) in a.items():
    if i not in b: continue
    x=e.get('location'); y=b[i][1].get('location')
    if x==y: continue
    t=texts[aid].get('text') or ''
    s=sents[e['sentence']]
    f=lambda l: None if l is None else l['name']+'/'+l['country']
    print(f"#{k} {e['cameo_code']} {(e['source'] or {}).get('code')}>{(e['target'] or {}).get('code')} {f(x)} -> {f(y)}  tgt={t[e['target']['span'][0]:e['target']['span'][1]] if e['target'] and e['target'].get('span') else None}")
    print('    ', t[s[0]:s[1]].replace('\n',' ')[:400])
    k+=1
