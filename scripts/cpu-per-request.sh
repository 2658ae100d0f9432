#!/usr/bin/env bash
# Server CPU per request type: starts `marsad serve` on a database, sends every path of a file 5 times to warm up,
# then each path N times in turn, and prints the server's CPU milliseconds (user + system, from /proc) per request
# of each path. CPU time depends much less on other processes than latency does, so figures from a shared machine
# can be compared within one sitting (run before and after in turn and quote ratios).
#
#   scripts/cpu-per-request.sh JAR DB PATHS_FILE [N=20] [PORT=18191]
#
# PATHS_FILE holds one request path a line (e.g. /api/events?actor=YEMREB). Never point DB at the load fixture
# itself when JAR is newer than its schema: serving migrates it. Use a copy.
set -euo pipefail
jar="$1" db="$2" paths="$3" n="${4:-20}" port="${5:-18191}"
[ -f "$jar" ] && [ -f "$db" ] && [ -f "$paths" ] || { echo "usage: $0 JAR DB PATHS_FILE [N] [PORT]" >&2; exit 2; }
java -Xss4m -Xmx1g -jar "$jar" serve --db "$db" --port "$port" > /dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -s -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 1; done
tick=$(getconf CLK_TCK)
cpu() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
for _ in 1 2 3 4 5; do
  while read -r p; do curl -s -o /dev/null "http://127.0.0.1:$port$p"; done < "$paths"
done
while read -r p; do
  a=$(cpu)
  for _ in $(seq "$n"); do curl -s -o /dev/null "http://127.0.0.1:$port$p"; done
  b=$(cpu)
  echo "$(( (b - a) * 1000 / tick / n )) ms  $p"
done < "$paths"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
