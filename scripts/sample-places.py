#!/usr/bin/env python3
"""A seeded sample of located (or, with "without", unlocated) asserted events, with their sentences, for judging
where events happened by hand (QUALITY.md, "Event locations").

    python3 scripts/sample-places.py ARTICLES.jsonl CODED.jsonl N SEED [with|without]
"""
import json,random,sys
inp,out,n,seed=sys.argv[1],sys.argv[2],int(sys.argv[3]),int(sys.argv[4])
mode=sys.argv[5] if len(sys.argv)>5 else 'with'
texts={}
for l in open(inp):
    a=json.loads(l); texts[a['id']]=a.get('text') or a.get('content') or ''
pool=[]
for l in open(out):
    c=json.loads(l)
    sents={s['index']:s['span'] for s in c['sentences']} if c['sentences'] and isinstance(c['sentences'][0],dict) else {}
    for e in c['events']:
        if e['negated'] or e['modality'] not in ('asserted','reported'): continue
        if (mode=='with')!=(e.get('location') is not None): continue
        pool.append((c,e,sents))
random.Random(seed).shuffle(pool)
print(len(pool),'events in pool')
for k,(c,e,sents) in enumerate(pool[:n]):
    t=texts[c['article_id']]
    s=sents.get(e['sentence'])
    loc=e.get('location')
    print(f"#{k} {c['article_id']} {e['cameo_code']} {(e['source'] or {}).get('code')}>{(e['target'] or {}).get('code')} LOC={loc['name']+'/'+loc['country']+'/'+loc['precision'] if loc else None}")
    print('   ', t[s[0]:s[1]].replace('\n',' ') if s else t[e['evidence'][0]:e['evidence'][1]])
