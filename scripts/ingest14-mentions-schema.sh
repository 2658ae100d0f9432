#!/bin/bash
# The mentions table's insert cost under its schema variants, SQLite alone (BENCHMARKS.md, session 13, ingest14):
# the 445k mention rows of an ingested database inserted again in their stored order (rowid), into a fresh file
# holding only the articles' ids, one variant each.   scripts/ingest14-mentions-schema.sh INGESTED.db
set -eu
src=$1; w=${TMPDIR:-/tmp}/ingest14-mentions
cols="article_id, ord, start_off, end_off, text, type, code, entry, name, why, sentence"
table="article_id TEXT NOT NULL REFERENCES articles(id), ord INTEGER NOT NULL, start_off INTEGER NOT NULL, end_off INTEGER NOT NULL, text TEXT NOT NULL, type TEXT, code TEXT, entry TEXT, name TEXT, why TEXT, sentence INTEGER NOT NULL, PRIMARY KEY (article_id, ord)"
run() {  # name, foreign_keys, table suffix, index before (1) or after (0)
  rm -f $w.db*
  sqlite3 $w.db "PRAGMA journal_mode=WAL; CREATE TABLE articles(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE); ATTACH '$src' AS src; INSERT INTO articles SELECT rid, id FROM src.articles ORDER BY rid;" > /dev/null
  idx="CREATE INDEX mentions_code ON mentions(code);"
  before=""; after=""; [ "$4" = 1 ] && before=$idx || after=$idx
  echo "== $1"
  sqlite3 $w.db <<SQL
PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=$2;
ATTACH '$src' AS src;
CREATE TABLE mentions ($table) $3; $before
.timer on
INSERT INTO main.mentions ($cols) SELECT $cols FROM src.mentions ORDER BY src.mentions.rowid;
$after
.timer off
SQL
}
run "rowid table, foreign keys on" ON "" 1
run "rowid table, foreign keys off" OFF "" 1
run "WITHOUT ROWID, foreign keys off" OFF "WITHOUT ROWID" 1
run "rowid table, foreign keys off, mentions_code after the load" OFF "" 0
rm -f $w.db*
