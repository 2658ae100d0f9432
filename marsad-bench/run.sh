#!/usr/bin/env bash
# Runs the benchmarks of this module (not shipped): builds it with the bench profile, then JMH with the
# given arguments (default: every benchmark). Run from the repository root or anywhere; ../shared is found
# beside the checkout. Examples:
#   marsad-bench/run.sh HotPaths                 # the coder's hot paths and Lucene, on 300 SaudiNewsNet articles
#   marsad-bench/run.sh CoreNlpComparison        # Stanford CoreNLP segment+POS vs Marsad vs Lucene
#   marsad-bench/run.sh HotPaths -p corpus=seed  # on the bundled seed article only
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
(cd "$root" && mvn -q -B -ntp -Pbench -pl marsad-bench -am -DskipTests package)
cd "$root"
exec java -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" org.openjdk.jmh.Main "$@"
