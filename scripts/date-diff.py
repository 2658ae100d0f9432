# Diffs the DATES of two coded outputs of the same articles (from /work/notes/s4-tools/cmp.py).
# usage: date-diff.py old.out new.out articles.jsonl [n-sample] [seed]
import json,sys,random
def load(f):
    r={}
    for l in open(f):
        c=json.loads(l); r[c['article_id']]=c
    return r
A=load(sys.argv[1]); B=load(sys.argv[2])
arts={}
for l in open(sys.argv[3]):
    a=json.loads(l); arts[a.get('id')]=a
def keys(c):
    return {(e['sentence'],(e['source'] or {}).get('code'),(e['target'] or {}).get('code'),e['cameo_code'],tuple(e['evidence'])):e for e in c['events']}
changed=[]; n=0; only=0
for k in A:
    ka=keys(A[k]); kb=keys(B.get(k,{'events':[]}))
    for x in ka:
        if x not in kb: only+=1; continue
        n+=1
        if ka[x]['date']!=kb[x]['date']: changed.append((k,ka[x],kb[x]))
print('common events',n,'not in both',only,'date changed',len(changed))
from collections import Counter
print(Counter(('dated' if a['date'] else 'none')+'->'+('dated' if b['date'] else 'none') for k,a,b in changed))
random.seed(int(sys.argv[5]) if len(sys.argv)>5 else 1)
N=int(sys.argv[4]) if len(sys.argv)>4 else 20
def sent(k,c,i):
    s=[s for s in c['sentences'] if s['index']==i][0]['span']; return arts[k]['text'][s[0]:s[1]].replace('\n',' ')
for k,a,b in random.sample(changed,min(N,len(changed))):
    t=arts[k]['text']
    print('==',k,'pub',arts[k].get('published'),'s%d'%a['sentence'],a['source']['code'],a['target']['code'],a['cameo_code'],a['modality'])
    print('   OLD',a['date'],'|',a['rule'].split('/')[-1]); print('   NEW',b['date'],'|',b['rule'].split('/')[-1])
    print('   cue:',t[a['evidence'][0]:a['evidence'][1]][:80])
    print('   S:',sent(k,A[k],a['sentence'])[:500])
    for r in {a['rule'],b['rule']}:
        if 'date from sentence' in r:
            j=int(r.rsplit(' ',1)[1]); print('   S%d:'%j,sent(k,A[k],j)[:300])
