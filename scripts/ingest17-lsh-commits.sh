#!/bin/bash
# ingest17: what the LSH bucket rows of a whole-corpus ingest cost SQLite alone, by how they are written (BENCHMARKS.md,
# "Session 16, ingest17"). Synthetic rows of the corpus's shape: 29,735 articles x 20 bands, a random 64-bit bucket each
# (a bucket is a hash), committed 256 articles a transaction (an ingest's batch), with the store's WAL, cache and
# checkpoint settings. Prints user + system CPU-s of each variant.
#   scripts/ingest17-lsh-commits.sh DIR      (DIR: a scratch folder; about 30 MB)
set -eu
dir=$1
mkdir -p "$dir"
rm -f "$dir"/src.db
sqlite3 "$dir"/src.db "CREATE TABLE src(rid INTEGER, band INTEGER, bucket INTEGER);
  WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 29735),
       b(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM b WHERE j < 19)
  INSERT INTO src SELECT i, j, random() FROM r, b; CREATE INDEX src_rid ON src(rid);"
table() {
  echo "CREATE TABLE $1 (band INTEGER NOT NULL, bucket INTEGER NOT NULL, article_rid INTEGER NOT NULL, $2"
}
preamble() {
  echo "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;"
  echo "PRAGMA wal_autocheckpoint=16384; ATTACH '$dir/src.db' AS s;"
  table lsh_buckets "PRIMARY KEY (band, bucket, article_rid)) WITHOUT ROWID;"
}
# per batch, straight into lsh_buckets, ORDER BY $1 ("rid, band": as an ingest sends them; "band, bucket, rid": sorted);
# $2 > 0: into a small lsh_recent table instead, moved into lsh_buckets every $2 batches and at the end
variant() {
  preamble
  [ "$2" -gt 0 ] && table lsh_recent "PRIMARY KEY (band, bucket, article_rid)) WITHOUT ROWID;"
  local n=0 into=lsh_buckets move=""
  [ "$2" -gt 0 ] && into=lsh_recent
  for ((lo = 1; lo <= 29735; lo += 256)); do
    n=$((n + 1)); move=""
    if [ "$2" -gt 0 ] && (( n % $2 == 0 )); then
      move="INSERT INTO lsh_buckets SELECT * FROM lsh_recent ORDER BY 1, 2, 3; DELETE FROM lsh_recent;"
    fi
    echo "BEGIN; INSERT INTO $into SELECT band, bucket, rid FROM s.src WHERE rid BETWEEN $lo AND $((lo + 255)) ORDER BY $1; $move COMMIT;"
  done
  [ "$2" -gt 0 ] && echo "BEGIN; INSERT INTO lsh_buckets SELECT * FROM lsh_recent ORDER BY 1, 2, 3; DELETE FROM lsh_recent; COMMIT;"
  return 0
}
run() {
  rm -f "$dir"/t.db*
  /usr/bin/time -f "$1: %U + %S CPU-s" sqlite3 "$dir"/t.db > /dev/null
}
variant "rid, band" 0 | run "as an ingest writes them"
variant "band, bucket, rid" 0 | run "sorted within each batch"
variant "band, bucket, rid" 8 | run "through lsh_recent, moved every 8 batches"
{ preamble; echo "BEGIN; INSERT INTO lsh_buckets SELECT band, bucket, rid FROM s.src ORDER BY 1, 2, 3; COMMIT;"; } | run "all at once, sorted"
{ preamble | sed 's/, PRIMARY KEY (band, bucket, article_rid)) WITHOUT ROWID;/);/'; variant "rid, band" 0 | tail -n +4; } \
  | run "floor: appended to a table without a key"
rm -f "$dir"/t.db* "$dir"/src.db
