-- Marsad schema, version 5: event queries leave out near-duplicate copies. Until now each matching event was
-- joined to its article to read duplicate_of (at a million events: 100-1,000 ms of CPU for a busy actor's
-- total or day series). The flag now lives on the event row (set at ingest and recode from its article's
-- duplicate_of, which never changes once the article is stored), so counts, day series and page ids are
-- answered from the events' indexes alone.
ALTER TABLE events ADD COLUMN is_copy INTEGER NOT NULL DEFAULT 0;
UPDATE events SET is_copy = 1 WHERE article_id IN (SELECT id FROM articles WHERE duplicate_of IS NOT NULL);
-- covering indexes for the API's filters: source (and dyad) with dates, target with dates, CAMEO root with
-- dates; each carries what totals and day series read (copy flag, quad class, Goldstein, CAMEO root), so neither the
-- table nor the articles are read. They replace the narrower (source, target) and (target) indexes.
CREATE INDEX events_source_cover ON events(source_code, target_code, day, is_copy, quad_class, goldstein, cameo_root);
CREATE INDEX events_target_cover ON events(target_code, day, is_copy, quad_class, goldstein, cameo_root);
CREATE INDEX events_root_day ON events(cameo_root, day, is_copy, quad_class);
DROP INDEX events_dyad;
DROP INDEX events_target;
-- statistics for the new indexes, so the planner weighs them against the older ones
ANALYZE events;
