-- Marsad schema, version 6: event counts per day, kept beside the events they count (see sqlite/V6.sql for
-- why). Empty strings stand for a missing actor code or day; Goldstein is summed in thousandths, exactly.
CREATE TABLE event_day_counts (
  source_code TEXT COLLATE "C" NOT NULL,
  target_code TEXT COLLATE "C" NOT NULL,
  day TEXT COLLATE "C" NOT NULL,
  cameo_root TEXT COLLATE "C" NOT NULL,
  quad_class INTEGER NOT NULL,
  is_copy INTEGER NOT NULL,
  events BIGINT NOT NULL,
  goldstein_milli BIGINT NOT NULL,
  PRIMARY KEY (source_code, target_code, day, cameo_root, quad_class, is_copy)
);
CREATE INDEX event_day_counts_target ON event_day_counts(target_code, day, source_code, cameo_root, quad_class, is_copy, events, goldstein_milli);
CREATE INDEX event_day_counts_root ON event_day_counts(cameo_root, day, quad_class, is_copy, events, goldstein_milli);
INSERT INTO event_day_counts (source_code, target_code, day, cameo_root, quad_class, is_copy, events, goldstein_milli)
  SELECT COALESCE(source_code, ''), COALESCE(target_code, ''), COALESCE(day, ''), cameo_root, quad_class, is_copy,
         COUNT(*), SUM(CAST(round(goldstein * 1000) AS BIGINT))
  FROM events GROUP BY 1, 2, 3, 4, 5, 6;
-- kept by a trigger in the transaction that writes the events, on every path (ingest, recode, any DELETE)
CREATE FUNCTION event_day_counts_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE event_day_counts SET events = events - 1,
           goldstein_milli = goldstein_milli - CAST(round(OLD.goldstein * 1000) AS BIGINT)
    WHERE source_code = COALESCE(OLD.source_code, '') AND target_code = COALESCE(OLD.target_code, '')
      AND day = COALESCE(OLD.day, '') AND cameo_root = OLD.cameo_root AND quad_class = OLD.quad_class
      AND is_copy = OLD.is_copy;
    DELETE FROM event_day_counts
    WHERE source_code = COALESCE(OLD.source_code, '') AND target_code = COALESCE(OLD.target_code, '')
      AND day = COALESCE(OLD.day, '') AND cameo_root = OLD.cameo_root AND quad_class = OLD.quad_class
      AND is_copy = OLD.is_copy AND events = 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO event_day_counts (source_code, target_code, day, cameo_root, quad_class, is_copy, events, goldstein_milli)
    VALUES (COALESCE(NEW.source_code, ''), COALESCE(NEW.target_code, ''), COALESCE(NEW.day, ''), NEW.cameo_root,
            NEW.quad_class, NEW.is_copy, 1, CAST(round(NEW.goldstein * 1000) AS BIGINT))
    ON CONFLICT (source_code, target_code, day, cameo_root, quad_class, is_copy)
    DO UPDATE SET events = event_day_counts.events + 1,
                  goldstein_milli = event_day_counts.goldstein_milli + excluded.goldstein_milli;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER event_day_counts_insert_delete AFTER INSERT OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION event_day_counts_change();
CREATE TRIGGER event_day_counts_update AFTER UPDATE OF source_code, target_code, day, cameo_root, quad_class,
    goldstein, is_copy ON events FOR EACH ROW EXECUTE FUNCTION event_day_counts_change();
-- a source's events in day order (the target's are events_target_cover): a page of a busy actor ordered by day
-- walks each of its codes' events from the newest and stops at the page's end, instead of sorting them all
CREATE INDEX events_source_day ON events(source_code, day, is_copy, quad_class, goldstein, cameo_root, target_code);
ANALYZE events;
ANALYZE event_day_counts;
