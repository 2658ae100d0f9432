-- Marsad schema, version 7: cheaper ingest, derived data made again.
-- (1) Near-duplicate signatures are one-permutation MinHash (one hash per shingle instead of 120: MinHash.java);
--     stored signatures and their LSH buckets are made again from each article's text. A bucket row names its
--     article by rid (an integer, the articles table's own key) rather than by id (text): smaller rows in a table
--     that takes twenty random inserts per article, and a candidate's signature read without a second index.
-- (2) The full-text index splits its documents on ASCII separators only ('ascii' instead of 'unicode61'): the
--     documents are Marsad's own tokens joined by spaces (FullText.terms), so Unicode-aware splitting found nothing
--     more to split, and it was 40 % of the index's insert time. FullText lowers the case of non-ASCII letters
--     itself. automerge 8 (instead of 4) merges the index's segments less often during an ingest.
-- The index is contentless, so it is built again from the articles' text: the rows of `rederive` say what is left
-- to do (from article rid next_rid on; index_terms = 1: their index documents too), and the store does it when it
-- is opened (Rederivation.java), in batches, each its own transaction.
DROP TABLE article_fts;
CREATE VIRTUAL TABLE article_fts USING fts5(terms, content='', contentless_delete=1, tokenize='ascii');
INSERT INTO article_fts (article_fts, rank) VALUES ('automerge', 8);
DROP TABLE lsh_buckets;
CREATE TABLE lsh_buckets (
  band INTEGER NOT NULL,
  bucket INTEGER NOT NULL,
  article_rid INTEGER NOT NULL REFERENCES articles(rid),
  PRIMARY KEY (band, bucket, article_rid)
) WITHOUT ROWID;
CREATE TABLE rederive (
  next_rid INTEGER NOT NULL,
  index_terms INTEGER NOT NULL
);
INSERT INTO rederive (next_rid, index_terms) SELECT MIN(rid), 1 FROM articles HAVING COUNT(*) > 0;
