#!/usr/bin/env python3
"""Where the coding thread's CPU samples go: JFR's jdk.ExecutionSample over the samples whose stack passes through
org.marsad.Pipeline.code (dictionary loading and output writing left out), by top frame, by first org.marsad frame,
inclusive per method; or the call paths into one method, or its direct callees (BENCHMARKS.md, speed28).

    jfr print --json --stack-depth 64 --events jdk.ExecutionSample X.jfr > X-cpu.json   # the default depth is 5!
    python3 scripts/jfr-cpu.py X-cpu.json top [N]
    python3 scripts/jfr-cpu.py X-cpu.json callers Class.method [DEPTH]
    python3 scripts/jfr-cpu.py X-cpu.json callees Class.method

Record with more samples than settings=profile's 10 ms: a copy of $JAVA_HOME/lib/jfr/profile.jfc with
jdk.ExecutionSample's period at 1 ms (settings=/path/to/copy.jfc).
"""
import collections
import json
import sys


def short(f):
    return f["method"]["type"]["name"].split("/")[-1] + "." + f["method"]["name"]


def line(f):
    return short(f) + ":" + str(f.get("lineNumber"))


def stacks(path):
    for e in json.load(open(path))["recording"]["events"]:
        st = e["values"].get("stackTrace")
        if st and any(short(f) == "Pipeline.code" for f in st["frames"]):
            yield st["frames"]


def show(counter, total, n):
    for k, x in counter.most_common(n):
        print("%6d %5.1f%% %s" % (x, 100 * x / total, k))


def main():
    path, mode = sys.argv[1], sys.argv[2]
    frames = list(stacks(path))
    total = len(frames)
    print("samples under Pipeline.code:", total)
    if mode == "top":
        n = int(sys.argv[3]) if len(sys.argv) > 3 else 40
        top, first, incl = collections.Counter(), collections.Counter(), collections.Counter()
        for fr in frames:
            top[short(fr[0])] += 1
            first[short(next(f for f in fr if f["method"]["type"]["name"].startswith("org/marsad/")))] += 1
            for k in {short(f) for f in fr if f["method"]["type"]["name"].startswith("org/marsad/")}:
                incl[k] += 1
        for title, c in (("self (top frame)", top), ("self (first org.marsad frame)", first), ("inclusive", incl)):
            print("==", title)
            show(c, total, n)
    elif mode == "callers":
        target, depth = sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 3
        c = collections.Counter()
        for fr in frames:
            i = next((i for i, f in enumerate(fr) if short(f) == target), None)
            if i is not None:
                c[" < ".join(line(f) for f in fr[i:i + depth])] += 1
        show(c, total, 30)
    elif mode == "callees":
        target = sys.argv[3]
        c = collections.Counter()
        for fr in frames:
            i = max((i for i, f in enumerate(fr) if short(f) == target), default=None)  # its outermost call
            if i is not None:
                c["(self)" if i == 0 else short(fr[i - 1]) + " at line " + str(fr[i].get("lineNumber"))] += 1
        show(c, total, 30)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
