#!/usr/bin/env python3
"""Keeps the warm part of a JarAB profile: drops the samples of the first N coding threads (default 2: JarAB starts a
thread per pass and its first two passes are the warm-up, every word new). BENCHMARKS.md, speed36.

    python3 scripts/jfr-warm.py X-cpu.json X-warm.json [N]; python3 scripts/jfr-cpu.py X-warm.json top 45
"""
import json, sys
# keep only samples of coding threads after the first two (cold) passes; threads ordered by first sample time
d=json.load(open(sys.argv[1])); ev=d["recording"]["events"]
first={}
for e in ev:
    tid=e["values"]["sampledThread"]["javaThreadId"] if e["values"].get("sampledThread") else None
    st=e["values"].get("stackTrace")
    if tid is None or not st or not any(f["method"]["name"]=="code" and f["method"]["type"]["name"].endswith("Pipeline") for f in st["frames"]): continue
    t=e["values"]["startTime"]
    if tid not in first or t<first[tid]: first[tid]=t
cold=set(sorted(first,key=first.get)[:int(sys.argv[3]) if len(sys.argv)>3 else 2])
d["recording"]["events"]=[e for e in ev if not (e["values"].get("sampledThread") and e["values"]["sampledThread"]["javaThreadId"] in cold)]
print(len(first),"threads; dropped",cold,file=sys.stderr)
json.dump(d,open(sys.argv[2],"w"))
