# ingest18 (BENCHMARKS.md): the near-duplicate look-up's two SQL forms in SQLite alone, on a synthetic lsh_buckets
# table of the corpus's shape (30,000 articles x 20 bands, 12 % near copies sharing bands): the store's OR of twenty
# (band, bucket) pairs with ORDER BY, against a UNION ALL of twenty point queries; CPU-s of 20,000 look-ups, 3 rounds.
#   python3 scripts/ingest18-lsh-lookup.py [DB]     (DB: a scratch file, default /tmp/ingest18-lsh.db, deleted after)
import sqlite3, random, time, os, sys
random.seed(1)
p = sys.argv[1] if len(sys.argv) > 1 else '/tmp/ingest18-lsh.db'
if os.path.exists(p): os.remove(p)
c = sqlite3.connect(p)
c.executescript("""PRAGMA journal_mode=WAL; PRAGMA cache_size=-65536;
CREATE TABLE articles (rid INTEGER PRIMARY KEY, id TEXT UNIQUE, minhash BLOB, duplicate_of TEXT);
CREATE TABLE lsh_buckets (band INTEGER NOT NULL, bucket INTEGER NOT NULL, article_rid INTEGER NOT NULL REFERENCES articles(rid), PRIMARY KEY (band, bucket, article_rid)) WITHOUT ROWID;""")
N = 30000
sigs = []
for r in range(1, N + 1):
    b = [random.getrandbits(63) for _ in range(20)]
    if r > 1 and random.random() < 0.12:  # a near copy: shares some bands with an earlier one
        o = sigs[random.randrange(len(sigs))]
        b = [o[i] if random.random() < 0.6 else b[i] for i in range(20)]
    sigs.append(b)
    c.execute("INSERT INTO articles VALUES (?, ?, ?, NULL)", (r, 'a%d' % r, os.urandom(512)))
    c.executemany("INSERT INTO lsh_buckets VALUES (?, ?, ?) ON CONFLICT DO NOTHING", [(i, b[i], r) for i in range(20)])
c.commit()
OR = ("SELECT l.band, a.id, a.minhash, a.duplicate_of FROM lsh_buckets l JOIN articles a ON a.rid = l.article_rid WHERE "
      + " OR ".join(["(l.band = ? AND l.bucket = ?)"] * 20) + " ORDER BY l.band, l.article_rid")
UA = " UNION ALL ".join(["SELECT l.band, l.article_rid, a.id, a.minhash, a.duplicate_of FROM lsh_buckets l JOIN articles a ON a.rid = l.article_rid WHERE l.band = ? AND l.bucket = ?"] * 20)
qs = [sigs[random.randrange(N)] if random.random() < 0.15 else [random.getrandbits(63) for _ in range(20)] for _ in range(20000)]
def run(sql):
    t = time.process_time(); n = 0
    for s in qs:
        args = [x for i in range(20) for x in (i, s[i])]
        n += len(c.execute(sql, args).fetchall())
    return time.process_time() - t, n
for r in range(3):
    for name, sql in (('or+order', OR), ('union all', UA)):
        t, n = run(sql); print(name, round(t, 3), n)
c.close()
os.remove(p)
for x in (p + '-wal', p + '-shm'):
    if os.path.exists(x): os.remove(x)
