#!/bin/bash
# CPU time per thread of a command (Linux): samples /proc/PID/task/*/stat every 0.2 s while the command
# runs and prints each thread's last user + system time, largest first. Used to split an ingest's CPU
# between the writer (the "java" main thread), the coding threads and the JIT compilers (BENCHMARKS.md).
#   scripts/thread-cpu.sh OUT -- java -jar marsad-cli/target/marsad.jar ingest --db x.db corpus.jsonl.gz
set -u
out=$1; shift
[ "${1:-}" = "--" ] && shift
"$@" &
pid=$!
declare -A last
while kill -0 "$pid" 2>/dev/null; do
  for t in /proc/"$pid"/task/*; do
    read -r line < "$t/stat" 2>/dev/null || continue
    name=$(cat "$t/comm" 2>/dev/null)
    rest=${line##*) }
    # shellcheck disable=SC2086
    set -- $rest
    last["${t##*/} $name"]=$(( ${12} + ${13} ))  # utime + stime, in clock ticks
  done
  sleep 0.2
done
wait "$pid"
status=$?
tick=$(getconf CLK_TCK)
for k in "${!last[@]}"; do echo "${last[$k]} $k"; done | sort -rn | head -25 |
  awk -v tick="$tick" '{ $1 = sprintf("%8.2f s ", $1 / tick); print }' > "$out"
exit $status
