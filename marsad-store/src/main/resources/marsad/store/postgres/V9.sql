-- Marsad schema, version 9: an article's LSH bucket rows are written to a small table of recent rows first, and
-- moved into lsh_buckets together, sorted, once it holds about 1,600 articles' rows or an ingest run ends
-- (JdbcStore.insertBuckets; the same SQL on both stores). The near-duplicate look-up reads both tables: together
-- they hold what lsh_buckets held.
CREATE TABLE lsh_recent (
  band INTEGER NOT NULL,
  bucket BIGINT NOT NULL,
  article_rid BIGINT NOT NULL REFERENCES articles(rid),
  PRIMARY KEY (band, bucket, article_rid)
);
