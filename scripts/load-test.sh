#!/usr/bin/env bash
# Server latency under a fixed request rate (issue 11): starts `marsad serve` on a database (normally the
# LOAD FIXTURE made by `marsad load-fixture`, see BENCHMARKS.md), runs wrk against 127.0.0.1 at a fixed
# rate over a mix of filtered event queries and dyad time series, and prints one JSON line: achieved rate,
# errors (non-2xx and socket errors), latency p50/p90/p99. Exit status 1 when any request failed.
#
#   scripts/load-test.sh --db /tmp/perf/loadfix-1m.db [--rate 200] [--duration 60] [--connections 20]
#                        [--with-ingest CORPUS.jsonl.gz] [--port 18080]
#
# The request mix (200 paths, half filtered event queries, half dyad time series, over the database's 20
# busiest actors and dyads and random date windows) is printed at the start.
#
# --with-ingest runs `marsad ingest CORPUS` into the same database while wrk runs (the reliability
# requirement: the rate is held and nothing fails while an ingest writes). The ingest writes into a scratch
# COPY of the database (DB.ingest-copy.db, deleted afterwards), so the fixture itself is never changed.
#
# MARSAD=COMMAND runs that command instead of ./marsad (the CI test runs marsad from its class path).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
marsad="${MARSAD:-$root/marsad}"

db="" rate=200 duration=60 connections=20 threads=2 ingest="" port=18080 warmup=10
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --with-ingest) ingest="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    -h|--help) sed -n "2,/^set -euo/p" "$0" | grep "^#" | cut -c3-; exit 0 ;;
    *) echo "load-test.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -n "$db" ] || { echo "load-test.sh: --db FILE is required" >&2; exit 2; }
[ -f "$db" ] || { echo "load-test.sh: no database at $db (build one: marsad load-fixture, see BENCHMARKS.md)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "load-test.sh: wrk is missing (Debian: apt-get install wrk)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "load-test.sh: sqlite3 is missing (Debian: apt-get install sqlite3)" >&2; exit 2; }
command -v curl >/dev/null || { echo "load-test.sh: curl is missing" >&2; exit 2; }
if [ -n "$ingest" ] && [ ! -f "$ingest" ]; then
  echo "load-test.sh: no corpus at $ingest" >&2; exit 2
fi

work="$(mktemp -d)"
server_pid="" ingest_pid="" copy=""
cleanup() {
  [ -n "$ingest_pid" ] && kill "$ingest_pid" 2>/dev/null && wait "$ingest_pid" 2>/dev/null || true
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [ -n "$copy" ] && rm -f "$copy" "$copy-wal" "$copy-shm" "$copy-fts" "$copy-fts-wal" "$copy-fts-shm"
  rm -rf "$work"
}
trap cleanup EXIT

if [ -n "$ingest" ]; then
  copy="$db.ingest-copy.db"
  echo "copying $db to $copy for the ingest run..." >&2
  sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
  cp "$db" "$copy"
  if [ -f "$db-fts" ]; then # the full-text index file (schema 8): copied too, or the copy's first open rebuilds it
    sqlite3 "$db-fts" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
    cp "$db-fts" "$copy-fts"
  fi
  db="$copy"
fi

# the request mix, from what the database holds: its 20 busiest dyads and 20 busiest actors, with date
# windows anywhere in its range; 200 distinct requests, the same for every run (awk's seed is fixed)
q() { sqlite3 -batch -noheader -separator ' ' "file:$db?mode=ro" "$1"; }
q "SELECT source_code, target_code FROM events WHERE source_code IS NOT NULL AND target_code IS NOT NULL
  AND source_code <> target_code GROUP BY source_code, target_code ORDER BY count(*) DESC LIMIT 20" > "$work/dyads"
q "SELECT source_code FROM events WHERE source_code IS NOT NULL GROUP BY source_code ORDER BY count(*) DESC
  LIMIT 20" > "$work/actors"
q "SELECT min(published), max(published) FROM articles WHERE published IS NOT NULL" > "$work/range"
[ "$(wc -l < "$work/dyads")" -ge 5 ] && [ "$(wc -l < "$work/actors")" -ge 5 ] \
  || { echo "load-test.sh: $db has too few events for the request mix" >&2; exit 2; }
paths="$work/paths.txt"
TZ=UTC awk -v range="$(cat "$work/range")" '
  FNR == 1 { file++ }
  file == 1 { dyad[nd++] = $1 "/" $2; next }
  { actor[na++] = $1 }
  function day(t) { return strftime("%Y-%m-%d", t) }
  function window(days,   s) { s = lo + int(rand() * (hi - lo - days * 86400)); return "from=" day(s) "&to=" day(s + days * 86400) }
  END {
    srand(42)
    split(range, r, " "); gsub("-", " ", r[1]); gsub("-", " ", r[2])
    lo = mktime(r[1] " 00 00 00"); hi = mktime(r[2] " 00 00 00")
    split("04 05 19 11 01", roots, " "); split("day week month", intervals, " ")
    for (i = 0; i < 200; i++) {
      a = actor[int(rand() * na)]; d = dyad[int(rand() * nd)]; split(d, st, "/")
      k = i % 8
      if (k == 0) print "/api/events?actor=" a
      else if (k == 1) print "/api/dyads/" d "?interval=" intervals[1 + int(rand() * 3)]
      else if (k == 2) print "/api/events?source=" st[1] "&target=" st[2] "&" window(365)
      else if (k == 3) print "/api/dyads/" d "?interval=week&" window(180)
      else if (k == 4) print "/api/events?actor=" a "&root=" roots[1 + int(rand() * 5)] "&page=2"
      else if (k == 5) print "/api/events?root=" roots[1 + int(rand() * 5)] "&" window(90)
      else if (k == 6) print "/api/dyads/" d
      else print "/api/events?actor=" a "&quad=4&sort=-day&" window(365)
    }
  }' "$work/dyads" "$work/actors" > "$paths"
echo "request mix: $(wc -l < "$paths") requests, the first ones:" >&2; head -8 "$paths" | sed 's/^/  /' >&2

MARSAD_JAVA_OPTS="${MARSAD_JAVA_OPTS:--Xss4m -Xmx1g}" "$marsad" serve --db "$db" --port "$port" \
  > "$work/serve.out" 2> "$work/serve.err" &
server_pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { echo "load-test.sh: marsad serve exited:" >&2; cat "$work/serve.err" >&2; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$port/health" >/dev/null || { echo "load-test.sh: the server did not start in 120 s" >&2; exit 1; }
head -8 "$paths" | while read -r p; do # one request of each kind must succeed before the rate is applied
  code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$p")"
  [ "$code" = 200 ] || { echo "load-test.sh: $p answered $code" >&2; exit 1; }
done

run_wrk() { # seconds
  RATE="$rate" PATHS_FILE="$paths" WRK_THREADS="$threads" wrk -t"$threads" -c"$connections" -d"$1s" \
    --timeout 10s -s "$here/load-test.lua" "http://127.0.0.1:$port" | grep '^{"requests"'
}
echo "warm-up: ${warmup} s at $rate requests/s" >&2
run_wrk "$warmup" >/dev/null

articles_before=""
if [ -n "$ingest" ]; then
  articles_before="$(q "SELECT count(*) FROM articles")"
  "$marsad" ingest --db "$db" --quiet "$ingest" > "$work/ingest.out" 2> "$work/ingest.err" &
  ingest_pid=$!
  sleep 5 # let it load its dictionaries and start writing
  kill -0 "$ingest_pid" 2>/dev/null || { echo "load-test.sh: the ingest ended early:" >&2; cat "$work/ingest.err" >&2; exit 1; }
fi

cpu_ticks() { # user + system CPU time of the server process, in clock ticks
  awk '{ print $14 + $15 }' "/proc/$server_pid/stat"
}
echo "measuring: ${duration} s at $rate requests/s, $connections connections" >&2
load_before="$(cut -d' ' -f1 /proc/loadavg)"
cpu_before="$(cpu_ticks)"
result="$(run_wrk "$duration")"
cpu_after="$(cpu_ticks)"
load_after="$(cut -d' ' -f1 /proc/loadavg)"
requests="$(echo "$result" | sed -E 's/^\{"requests": ([0-9]+).*/\1/')"
# the server's own CPU cost per request, a figure other processes on a shared machine do not change much
cpu_ms="$(awk -v t=$((cpu_after - cpu_before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { printf "%.2f", n ? 1000 * t / hz / n : 0 }')"
extra=""
if [ -n "$ingest" ]; then
  if kill -0 "$ingest_pid" 2>/dev/null; then still="true"; else still="false"; fi
  articles_after="$(q "SELECT count(*) FROM articles")"
  extra=", \"ingest\": {\"corpus\": \"$ingest\", \"running_at_end\": $still, \"articles_stored_during_run\": $((articles_after - articles_before))}"
fi
events="$(q "SELECT count(*) FROM events")"
echo "{\"db\": \"$db\", \"events\": $events, \"rate\": $rate, \"connections\": $connections, \"server_cpu_ms_per_request\": $cpu_ms, \"load_average\": [$load_before, $load_after], \"cores\": $(nproc), \"wrk\": $result$extra}"
errors="$(echo "$result" | sed -E 's/.*"errors": \{([^}]*)\}.*/\1/' | grep -oE '[0-9]+' | awk '{ s += $1 } END { print s + 0 }')"
[ "$errors" = 0 ] || { echo "load-test.sh: $errors request(s) failed" >&2; exit 1; }
