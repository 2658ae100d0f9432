-- Marsad schema, version 6: event counts per day, kept beside the events they count. A dyad's time series or
-- an actor's total read one row per (dyad, day, CAMEO root, quad class) instead of every event: at a million
-- events a busy dyad's series went from reading ~20,000 index entries per direction to a few hundred rows.
-- Empty strings stand for a missing actor code or day, so that every row has a key (NULL is never equal to
-- NULL in a unique key); Goldstein is summed in thousandths (the codebook's values have one decimal), so that
-- adding and removing events leaves an exact sum, never a rounding residue.
CREATE TABLE event_day_counts (
  source_code TEXT NOT NULL,
  target_code TEXT NOT NULL,
  day TEXT NOT NULL,
  cameo_root TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  is_copy INTEGER NOT NULL,
  events INTEGER NOT NULL,
  goldstein_milli INTEGER NOT NULL,
  PRIMARY KEY (source_code, target_code, day, cameo_root, quad_class, is_copy)
) WITHOUT ROWID;
-- a target's (and an actor's target side) and a CAMEO root's rows, each with the counts so no row is looked up
CREATE INDEX event_day_counts_target ON event_day_counts(target_code, day, source_code, cameo_root, quad_class, is_copy, events, goldstein_milli);
CREATE INDEX event_day_counts_root ON event_day_counts(cameo_root, day, quad_class, is_copy, events, goldstein_milli);
INSERT INTO event_day_counts (source_code, target_code, day, cameo_root, quad_class, is_copy, events, goldstein_milli)
  SELECT COALESCE(source_code, ''), COALESCE(target_code, ''), COALESCE(day, ''), cameo_root, quad_class, is_copy,
         COUNT(*), SUM(CAST(round(goldstein * 1000) AS INTEGER))
  FROM events GROUP BY 1, 2, 3, 4, 5, 6;
-- The counts are kept by triggers, in the transaction that writes the events: every path that adds, removes or
-- changes an event (ingest, recode, the load fixture's copies, a hand-made DELETE) keeps them true without
-- having to remember to. A row whose count falls to 0 is removed.
CREATE TRIGGER event_day_counts_insert AFTER INSERT ON events BEGIN
  INSERT INTO event_day_counts (source_code, target_code, day, cameo_root, quad_class, is_copy, events, goldstein_milli)
  VALUES (COALESCE(NEW.source_code, ''), COALESCE(NEW.target_code, ''), COALESCE(NEW.day, ''), NEW.cameo_root,
          NEW.quad_class, NEW.is_copy, 1, CAST(round(NEW.goldstein * 1000) AS INTEGER))
  ON CONFLICT (source_code, target_code, day, cameo_root, quad_class, is_copy)
  DO UPDATE SET events = events + 1, goldstein_milli = goldstein_milli + excluded.goldstein_milli;
END;
CREATE TRIGGER event_day_counts_delete AFTER DELETE ON events BEGIN
  UPDATE event_day_counts SET events = events - 1,
         goldstein_milli = goldstein_milli - CAST(round(OLD.goldstein * 1000) AS INTEGER)
  WHERE source_code = COALESCE(OLD.source_code, '') AND target_code = COALESCE(OLD.target_code, '')
    AND day = COALESCE(OLD.day, '') AND cameo_root = OLD.cameo_root AND quad_class = OLD.quad_class
    AND is_copy = OLD.is_copy;
  DELETE FROM event_day_counts
  WHERE source_code = COALESCE(OLD.source_code, '') AND target_code = COALESCE(OLD.target_code, '')
    AND day = COALESCE(OLD.day, '') AND cameo_root = OLD.cameo_root AND quad_class = OLD.quad_class
    AND is_copy = OLD.is_copy AND events = 0;
END;
CREATE TRIGGER event_day_counts_update AFTER UPDATE OF source_code, target_code, day, cameo_root, quad_class,
    goldstein, is_copy ON events BEGIN
  UPDATE event_day_counts SET events = events - 1,
         goldstein_milli = goldstein_milli - CAST(round(OLD.goldstein * 1000) AS INTEGER)
  WHERE source_code = COALESCE(OLD.source_code, '') AND target_code = COALESCE(OLD.target_code, '')
    AND day = COALESCE(OLD.day, '') AND cameo_root = OLD.cameo_root AND quad_class = OLD.quad_class
    AND is_copy = OLD.is_copy;
  DELETE FROM event_day_counts
  WHERE source_code = COALESCE(OLD.source_code, '') AND target_code = COALESCE(OLD.target_code, '')
    AND day = COALESCE(OLD.day, '') AND cameo_root = OLD.cameo_root AND quad_class = OLD.quad_class
    AND is_copy = OLD.is_copy AND events = 0;
  INSERT INTO event_day_counts (source_code, target_code, day, cameo_root, quad_class, is_copy, events, goldstein_milli)
  VALUES (COALESCE(NEW.source_code, ''), COALESCE(NEW.target_code, ''), COALESCE(NEW.day, ''), NEW.cameo_root,
          NEW.quad_class, NEW.is_copy, 1, CAST(round(NEW.goldstein * 1000) AS INTEGER))
  ON CONFLICT (source_code, target_code, day, cameo_root, quad_class, is_copy)
  DO UPDATE SET events = events + 1, goldstein_milli = goldstein_milli + excluded.goldstein_milli;
END;
-- a source's events in day order (the target's are events_target_cover): a page of a busy actor ordered by day
-- walks each of its codes' events from the newest and stops at the page's end, instead of sorting them all
CREATE INDEX events_source_day ON events(source_code, day, is_copy, quad_class, goldstein, cameo_root, target_code);
ANALYZE events;
ANALYZE event_day_counts;
