#!/usr/bin/env bash
# Server CPU per request, split by JVM thread group (request threads, JIT compilers, GC), after a longer warm-up
# than scripts/cpu-per-request.sh: sends every path of PATHS_FILE WARM times, then N times, and prints the CPU
# milliseconds (user + system, from /proc/PID/task/*/stat) each thread group spent per request meanwhile. The
# request threads' figure ("JettyServerThre...") is the one to compare between jars: the JIT's share still falls
# with longer runs. Each request opens its own connection (curl), which wrk's keep-alive connections do not.
#
#   scripts/cpu-by-thread.sh JAR DB PATHS_FILE [WARM=15] [N=10] [PORT=18298]
#
# As for cpu-per-request.sh: never point DB at the load fixture itself when JAR is newer than its schema.
set -euo pipefail
jar="$1" db="$2" paths="$3" warm="${4:-15}" n="${5:-10}" port="${6:-18298}"
[ -f "$jar" ] && [ -f "$db" ] && [ -f "$paths" ] || { echo "usage: $0 JAR DB PATHS_FILE [WARM] [N] [PORT]" >&2; exit 2; }
java -Xss4m -Xmx1g -jar "$jar" serve --db "$db" --port "$port" > /dev/null 2>&1 &
pid=$!
before=$(mktemp) after=$(mktemp)
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -f "$before" "$after"' EXIT
for _ in $(seq 120); do curl -s -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 1; done
# thread name (digits at its end dropped, so that "C2 CompilerThread0" and "...1" are one group) and its CPU ticks
snapshot() {
  for t in /proc/"$pid"/task/*; do
    name=$(sed 's/^[0-9]* (\(.*\)) .*/\1/' "$t/stat" | tr ' ' '_' | sed 's/[0-9]*$//')
    echo "$name $(sed 's/^.*) //' "$t/stat" | awk '{ print $12 + $13 }')"
  done | awk '{ s[$1] += $2 } END { for (k in s) print k, s[k] }' | sort
}
send() { for _ in $(seq "$1"); do while read -r p; do curl -s -o /dev/null "http://127.0.0.1:$port$p"; done < "$paths"; done; }
send "$warm"
snapshot > "$before"
send "$n"
snapshot > "$after"
requests=$(( n * $(wc -l < "$paths") ))
join -a2 -e0 -o 0,1.2,2.2 "$before" "$after" | awk -v r="$requests" -v tick="$(getconf CLK_TCK)" '
  { d = $3 - $2; total += d; if (d > 0) printf "%8.2f ms/request  %s\n", d * 1000 / tick / r, $1 }
  END { printf "%8.2f ms/request  all threads (%d requests)\n", total * 1000 / tick / r, r }' | sort -rn
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
