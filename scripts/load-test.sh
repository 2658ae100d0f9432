#!/usr/bin/env bash
# Server latency under a fixed request rate (issue 11): starts `marsad serve` on a database (normally the
# LOAD FIXTURE made by `marsad load-fixture`, see BENCHMARKS.md), runs wrk against 127.0.0.1 at a fixed
# rate over a mix of filtered event queries and dyad time series, and prints one JSON line: achieved rate,
# errors (non-2xx and socket errors), latency p50/p90/p99. Exit status 1 when any request failed.
#
#   scripts/load-test.sh --db /tmp/perf/loadfix-1m.db [--rate 200] [--duration 60] [--connections 20]
#                        [--with-ingest CORPUS.jsonl.gz] [--port 18080]
#
# --with-ingest runs `marsad ingest CORPUS` into the same database while wrk runs (the reliability
# requirement: the rate is held and nothing fails while an ingest writes). The ingest writes into a scratch
# COPY of the database (DB.ingest-copy.db, deleted afterwards), so the fixture itself is never changed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

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
    -h|--help) sed -n 2,13p "$0"; exit 0 ;;
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
  [ -n "$copy" ] && rm -f "$copy" "$copy-wal" "$copy-shm"
  rm -rf "$work"
}
trap cleanup EXIT

if [ -n "$ingest" ]; then
  copy="$db.ingest-copy.db"
  echo "copying $db to $copy for the ingest run..." >&2
  sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
  cp "$db" "$copy"
  db="$copy"
fi

# the request mix, from what the database holds: its busiest dyads and actors, and its busiest year
q() { sqlite3 -batch -noheader -separator ' ' "file:$db?mode=ro" "$1"; }
read -r -a dyads <<< "$(q "SELECT source_code || '/' || target_code FROM events WHERE source_code IS NOT NULL
  AND target_code IS NOT NULL AND source_code <> target_code GROUP BY source_code, target_code
  ORDER BY count(*) DESC LIMIT 4" | tr '\n' ' ')"
read -r -a actors <<< "$(q "SELECT source_code FROM events WHERE source_code IS NOT NULL GROUP BY source_code
  ORDER BY count(*) DESC LIMIT 4" | tr '\n' ' ')"
year="$(q "SELECT substr(day, 1, 4) FROM events WHERE day IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")"
[ ${#dyads[@]} -ge 4 ] && [ ${#actors[@]} -ge 4 ] && [ -n "$year" ] \
  || { echo "load-test.sh: $db has too few events for the request mix" >&2; exit 2; }
paths="$work/paths.txt"
{
  echo "/api/events?actor=${actors[0]}"
  echo "/api/dyads/${dyads[0]}?interval=month"
  echo "/api/events?source=${dyads[1]%/*}&target=${dyads[1]#*/}&from=$year-01-01&to=$year-12-31"
  echo "/api/dyads/${dyads[1]}?interval=week"
  echo "/api/events?actor=${actors[1]}&root=04&page=2"
  echo "/api/dyads/${dyads[2]}?interval=day&from=$year-01-01&to=$year-06-30"
  echo "/api/events?root=19&from=$year-03-01&to=$year-05-31"
  echo "/api/dyads/${dyads[3]}"
  echo "/api/events?actor=${actors[2]}&quad=4&sort=-day"
  echo "/api/events?target=${actors[3]}&code=042"
} > "$paths"
echo "request mix:" >&2; sed 's/^/  /' "$paths" >&2

MARSAD_JAVA_OPTS="${MARSAD_JAVA_OPTS:--Xss4m -Xmx1g}" "$root/marsad" serve --db "$db" --port "$port" \
  > "$work/serve.out" 2> "$work/serve.err" &
server_pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { echo "load-test.sh: marsad serve exited:" >&2; cat "$work/serve.err" >&2; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$port/health" >/dev/null || { echo "load-test.sh: the server did not start in 120 s" >&2; exit 1; }
while read -r p; do # every request of the mix must succeed before the rate is applied
  code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$p")"
  [ "$code" = 200 ] || { echo "load-test.sh: $p answered $code" >&2; exit 1; }
done < "$paths"

run_wrk() { # seconds
  RATE="$rate" PATHS_FILE="$paths" WRK_THREADS="$threads" wrk -t"$threads" -c"$connections" -d"$1s" \
    --timeout 10s -s "$here/load-test.lua" "http://127.0.0.1:$port" | grep '^{"requests"'
}
echo "warm-up: ${warmup} s at $rate requests/s" >&2
run_wrk "$warmup" >/dev/null

articles_before=""
if [ -n "$ingest" ]; then
  articles_before="$(q "SELECT count(*) FROM articles")"
  "$root/marsad" ingest --db "$db" --quiet "$ingest" > "$work/ingest.out" 2> "$work/ingest.err" &
  ingest_pid=$!
  sleep 5 # let it load its dictionaries and start writing
  kill -0 "$ingest_pid" 2>/dev/null || { echo "load-test.sh: the ingest ended early:" >&2; cat "$work/ingest.err" >&2; exit 1; }
fi

echo "measuring: ${duration} s at $rate requests/s, $connections connections" >&2
result="$(run_wrk "$duration")"
extra=""
if [ -n "$ingest" ]; then
  if kill -0 "$ingest_pid" 2>/dev/null; then still="true"; else still="false"; fi
  articles_after="$(q "SELECT count(*) FROM articles")"
  extra=", \"ingest\": {\"corpus\": \"$ingest\", \"running_at_end\": $still, \"articles_stored_during_run\": $((articles_after - articles_before))}"
fi
events="$(q "SELECT count(*) FROM events")"
echo "{\"db\": \"$db\", \"events\": $events, \"rate\": $rate, \"connections\": $connections, \"wrk\": $result$extra}"
errors="$(echo "$result" | sed -E 's/.*"errors": \{([^}]*)\}.*/\1/' | grep -oE '[0-9]+' | awk '{ s += $1 } END { print s + 0 }')"
[ "$errors" = 0 ] || { echo "load-test.sh: $errors request(s) failed" >&2; exit 1; }
