-- Marsad schema, version 7: near-duplicate signatures are one-permutation MinHash (one hash per shingle instead
-- of 120: MinHash.java); stored signatures and their LSH buckets are made again from each article's text, and a
-- bucket row names its article by rid (an integer) rather than by id (text). The rows
-- of `rederive` say what is left to do (from article rid next_rid on; index_terms = 0: PostgreSQL's text index is
-- unchanged), and the store does it when it is opened (Rederivation.java), in batches, each its own transaction.
DROP TABLE lsh_buckets;
CREATE TABLE lsh_buckets (
  band INTEGER NOT NULL,
  bucket BIGINT NOT NULL,
  article_rid BIGINT NOT NULL REFERENCES articles(rid),
  PRIMARY KEY (band, bucket, article_rid)
);
CREATE TABLE rederive (
  next_rid BIGINT NOT NULL,
  index_terms INTEGER NOT NULL
);
INSERT INTO rederive (next_rid, index_terms) SELECT MIN(rid), 0 FROM articles HAVING COUNT(*) > 0;
