#!/usr/bin/env bash
# Saves the answer body of every path of PATHS_FILE from `marsad serve` of JAR on DB into OUT_DIR (1.json, 2.json,
# ... in the file's order), so that two jars' answers can be compared byte for byte (cmp) after a change meant to
# keep results identical.
#
#   scripts/same-answers.sh JAR DB PATHS_FILE OUT_DIR [PORT=18297]
set -euo pipefail
jar="$1" db="$2" paths="$3" out="$4" port="${5:-18297}"
[ -f "$jar" ] && [ -f "$db" ] && [ -f "$paths" ] || { echo "usage: $0 JAR DB PATHS_FILE OUT_DIR [PORT]" >&2; exit 2; }
mkdir -p "$out"
java -Xss4m -Xmx1g -jar "$jar" serve --db "$db" --port "$port" > /dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -s -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 1; done
i=0
while read -r p; do
  i=$((i + 1))
  curl -s -o "$out/$i.json" "http://127.0.0.1:$port$p"
done < "$paths"
