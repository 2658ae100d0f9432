#!/usr/bin/env python3
"""Where the coder allocates: JFR's jdk.ObjectAllocationSample weights summed by allocation site, by class and by the
package of the first org/marsad frame, over samples whose stack passes through org.marsad.Pipeline.

    jfr print --json --events jdk.ObjectAllocationSample X.jfr > X-alloc.json
    python3 scripts/alloc-sites.py X-alloc.json [DEPTH]      # DEPTH: frames per site (1 = the allocating frame)

Record with a settings file that enables jdk.ObjectAllocationSample with stackTrace (BENCHMARKS.md, session 15).
"""
import collections
import json
import sys


def frame_name(f):
    return f["method"]["type"]["name"].split("/")[-1] + "." + f["method"]["name"] + ":" + str(f.get("lineNumber"))


def main():
    path = sys.argv[1]
    depth = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    with open(path) as f:
        events = json.load(f)["recording"]["events"]
    sites, classes, packages = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    for e in events:
        v = e["values"]
        stack = v.get("stackTrace")
        if not stack:
            continue
        types = [f["method"]["type"]["name"] for f in stack["frames"]]
        if not any(t == "org/marsad/Pipeline" for t in types):
            continue
        w = v["weight"]
        total += w
        sites[" < ".join(frame_name(f) for f in stack["frames"][:depth])] += w
        classes[v["objectClass"]["name"]] += w
        first = next((t for t in types if t.startswith("org/marsad/")), "?")
        packages["/".join(first.split("/")[:3])] += w
    print("sampled weight under Pipeline: %d bytes" % total)
    for title, counter, n in (("sites", sites, 30), ("classes", classes, 15), ("packages", packages, 12)):
        print("\n" + title)
        for k, w in counter.most_common(n):
            print("%5.1f %%  %s" % (100 * w / total, k))


if __name__ == "__main__":
    main()
