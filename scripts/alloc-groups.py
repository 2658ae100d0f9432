#!/usr/bin/env python3
"""The allocation sites speed20 cut (BENCHMARKS.md, session 16), summed per group over jdk.ObjectAllocationSample
samples whose stack passes through org.marsad.Pipeline, as shares of those samples' bytes; one or more recordings
(the sentence coder's frames under their names before and after split17: EventCoder$SentenceCoder.run, SentenceCoder.run):

    jfr print --json --events jdk.ObjectAllocationSample X.jfr > X-alloc.json
    python3 scripts/alloc-groups.py base-alloc.json final-alloc.json
"""
import json,collections,sys
def fn(f): return f["method"]["type"]["name"].split("/")[-1]+"."+f["method"]["name"]
groups={
 'CueFinder.find (lists, flags, breaks, Best)': lambda fr: fn(fr[0]).startswith('CueFinder') or (fn(fr[0]).startswith('ArrayList.<init>') and fn(fr[1])=='CueFinder.find') or (fn(fr[0])=='CueFinder$Best.<init>'),
 'SentenceCoder.run/<init> boolean[]': lambda fr: fn(fr[0]) in ('EventCoder$SentenceCoder.run','EventCoder$SentenceCoder.<init>','SentenceCoder.run','SentenceContext.<init>'),
 'iterators in SentenceCoder.run/firstVerbSubject': lambda fr: 'iterator' in fn(fr[0]) and len(fr)>1 and fn(fr[1]) in ('EventCoder$SentenceCoder.run','EventCoder$SentenceCoder.firstVerbSubject','SentenceCoder.run','SpeakerSearch.firstVerbSubject'),
 'SentenceSplitter.bounds sentenceOf': lambda fr: fn(fr[0])=='SentenceSplitter.bounds',
 'time Tokens.forms/findHits lists': lambda fr: fn(fr[0]) in ('Tokens.forms','Tokens.findHits') or (len(fr)>1 and fn(fr[0]).startswith('ArrayList.<init>') and fn(fr[1]) in ('Tokens.forms','Tokens.findHits')),
 'mayNameAWeekday iterator': lambda fr: len(fr)>1 and fn(fr[1])=='TimeExpressions.mayNameAWeekday',
 'nameWindows BitSet': lambda fr: any(fn(f)=='Pipeline.nameWindows' for f in fr[:7]) and any('BitSet' in fn(f) for f in fr[:7]),
}
for path in sys.argv[1:]:
    ev=json.load(open(path))['recording']['events']; tot=0; c=collections.Counter()
    for e in ev:
        v=e['values']; st=v.get('stackTrace')
        if not st: continue
        fr=st['frames']
        if not any(f["method"]["type"]["name"]=="org/marsad/Pipeline" for f in fr): continue
        tot+=v['weight']
        for g,p in groups.items():
            if p(fr): c[g]+=v['weight']; break
    print(path, "total sampled", tot)
    for g in groups: print("  %5.1f %%  %s"%(100*c[g]/tot,g))
