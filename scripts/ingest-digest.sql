-- What an ingest stored, one line per row in a fixed order, without what differs between two runs of the same
-- input (times, run ids): two ingests of one input must print the same lines (same ids, same duplicate decisions,
-- same stories). Used by ParallelIngestTest (threads 1 vs 2) and, with the sqlite3 shell, to compare the databases
-- two builds made:
--   diff <(sqlite3 -cmd "ATTACH 'old.db-fts' AS fts" old.db < scripts/ingest-digest.sql) \
--        <(sqlite3 -cmd "ATTACH 'new.db-fts' AS fts" new.db < scripts/ingest-digest.sql)
-- (schema 8 keeps the full-text index in a file of its own, DB-fts: attach it as above; before schema 8 it is in DB.)
-- One statement per line; each statement's first column names its table.
SELECT 'articles', rid, id, content_hash, url, source, published, title, length(text), duplicate_of, printf('%.6f', similarity), hex(minhash), coder_version FROM articles ORDER BY rid;
SELECT 'article_sources', id, article_id, source_key, input_id, url, source, published, title, file, line FROM article_sources ORDER BY id;
SELECT 'sentences', article_id, idx, start_off, end_off FROM sentences ORDER BY article_id, idx;
SELECT 'mentions', article_id, ord, start_off, end_off, text, type, code, entry, name, why, sentence FROM mentions ORDER BY article_id, ord;
SELECT 'events', eid, id, article_id, ord, sentence, event_date, date_precision, day, day_source, source_code, source_name, source_start, source_end, target_code, target_name, target_start, target_end, cameo_code, cameo_root, quad_class, goldstein, plover, negated, modality, attributed_to, loc_name, loc_name_en, loc_country, loc_lat, loc_lon, loc_precision, loc_start, loc_end, evidence_start, evidence_end, confidence, summary, coder_version, rule, is_copy, story_id FROM events ORDER BY eid;
SELECT 'quotes', article_id, ord, speaker_code, speaker_name, speaker_start, speaker_end, start_off, end_off, verb, direct FROM quotes ORDER BY article_id, ord;
SELECT 'lsh_buckets', band, bucket, article_rid FROM lsh_buckets ORDER BY band, bucket, article_rid;
SELECT 'stories', id, day, source_key, target_key, cameo_code, cameo_root, first_event, evidence_terms, sentence_terms, num_mentions, num_sources, num_articles FROM stories ORDER BY id;
SELECT 'article_fts_docsize', id, hex(sz) FROM article_fts_docsize ORDER BY id;
