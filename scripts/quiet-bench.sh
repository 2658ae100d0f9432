#!/bin/bash
# Usage: scripts/quiet-bench.sh START.jar FINAL.jar  (expects /tmp/bench/first10k.jsonl; results in $Q)
# a session's final benchmarks on a quiet machine (BENCHMARKS.md "Session 15's final code" and later):
# alternating start/final; 1 thread twice each, 2 threads twice each; JarAB; ingest twice each
START=$(realpath "$1"); FINAL=$(realpath "$2")
declare -A JAR=([base]=$START [final]=$FINAL)
cd "$(dirname "$0")/.."
Q=${Q:-/tmp/quiet-bench}; mkdir -p $Q
C=../shared/data/saudinewsnet/articles.jsonl.gz
run() { # J T TAG
  date -u +%T > $Q/bench-$1-$2$3.time; uptime >> $Q/bench-$1-$2$3.time
  java -Xmx512m -jar ${JAR[$1]} bench --corpus $C --warmup 3000 --rounds 2 --baseline lucene --threads $2 --json > $Q/bench-$1-$2$3.json 2> $Q/bench-$1-$2$3.err
}
run final 1 a; run base 1 a; run base 1 b; run final 1 b
run final 2 a; run base 2 a; run base 2 b; run final 2 b
date -u +%T > $Q/jarab.time
java -Xmx3g -Xss4m scripts/JarAB.java /tmp/bench/first10k.jsonl 2000 8 1,2 old=$START new=$FINAL > $Q/jarab.txt 2>&1
for R in 1 2; do
  for J in base final; do
    rm -f /tmp/bench/q.db*
    { date -u +%T; /usr/bin/time -f "%e s wall %U user %S sys" scripts/thread-cpu.sh $Q/ingest-$J-$R.threads -- java -Xss4m -XX:TieredStopAtLevel=1 -jar ${JAR[$J]} ingest -q --db /tmp/bench/q.db $C; } > $Q/ingest-$J-$R.txt 2>&1
  done
done
rm -f /tmp/bench/q.db*
date -u +%T > $Q/done
