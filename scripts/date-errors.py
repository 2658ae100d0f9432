# Dev date errors: joins `marsad code` output with the gold (dyad-root match, as Scorer). usage: date-errors.py coded.out [gold.jsonl]
import json,sys
gold=[json.loads(l) for l in open(sys.argv[2] if len(sys.argv)>2 else '../shared/eval/dev-gold.jsonl')]
pred={}
for l in open(sys.argv[1]):
    c=json.loads(l); pred[c['article_id']]=c
def prim(c):
    if not c: return None
    return c[:6] if c[:3] in ('IGO','NGO') else c[:3]
def counts(e):
    if e['negated'] or not prim(e['source']['code']) or not prim(e['target']['code']): return False
    m=e['modality']; return m in ('asserted','reported') or (m=='intended' and e['cameo_root']=='03')
right=scored=0; wrong=[]; undated=[]
for g in gold:
    c=pred.get(g['id']); text=g['text']
    if not c: continue
    sents={s['index']:s['span'] for s in c['sentences']}
    ev=[e for e in c['events'] if counts(e)]
    bykey={}
    for e in ev: bykey.setdefault((prim(e['source']['code']),prim(e['target']['code']),e['cameo_root']),[]).append(e)
    for ge in g['events']:
        if ge.get('optional'): continue
        k=(ge['source'],ge['target'],ge['root'])
        if k not in bykey: continue
        ps=bykey[k]
        if ge.get('date'):
            scored+=1
            if any(p['date']==ge['date'] for p in ps): right+=1; continue
            wrong.append((g,ge,ps))
        else:
            if any(p['date'] for p in ps): undated.append((g,ge,ps))
def show(tag,g,ge,ps):
    text=g['text']; c=pred[g['id']]; sents={s['index']:s['span'] for s in c['sentences']}
    print('==',tag,g['id'],'pub',g['published'],'key',ge['source'],ge['target'],ge['root'],'GOLD',ge.get('date'),'| ev:',ge.get('evidence','')[:80])
    for p in ps:
        sp=sents[p['sentence']]
        print('   ours',p['date'],'s%d'%p['sentence'],p['rule'].split('/')[-1][:70],'| cue:',text[p['evidence'][0]:p['evidence'][1]][:60])
        print('     S:',text[sp[0]:sp[1]].replace('\n',' ')[:400])
print('date acc %d/%d'%(right,scored), 'wrong',len(wrong),'dated-but-gold-undated',len(undated))
for w in wrong: show('WRONG',*w)
for u in undated: show('UNDATED',*u)
