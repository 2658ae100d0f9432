# 40 random DATED events of a coded output, with the sentence and (for a carried date) the sentence it came from,
# for judging dates by hand. usage: sample-dates.py coded.out articles.jsonl seed
import json,sys,random
out=sys.argv[1]; seed=int(sys.argv[3])
arts={}
for l in open(sys.argv[2]):
    a=json.loads(l); arts[a.get('id')]=a
ev=[]
for l in open(out):
    c=json.loads(l)
    for e in c['events']:
        if e['date']: ev.append((c,e))
print('dated events',len(ev))
random.seed(seed)
for n,(c,e) in enumerate(random.sample(ev,40)):
    t=arts[c['article_id']]['text']
    def sent(i):
        s=[s for s in c['sentences'] if s['index']==i][0]['span']; return t[s[0]:s[1]].replace('\n',' ')
    S=sent(e['sentence']); ev0=e['evidence'][0]-[s for s in c['sentences'] if s['index']==e['sentence']][0]['span'][0]
    lo=max(0,ev0-150)
    print('#%d'%n,c['article_id'],'pub',c['published'],'s%d'%e['sentence'],e['source']['code'],e['target']['code'],e['cameo_code'],e['modality'],'DATE',e['date'],'|',e['rule'].split('/')[-1])
    print('   cue:',t[e['evidence'][0]:e['evidence'][1]][:70])
    print('   S:',S[lo:lo+380])
    if 'date from sentence' in e['rule']:
        j=int(e['rule'].rsplit(' ',1)[1]); print('   S%d:'%j,sent(j)[:260])
