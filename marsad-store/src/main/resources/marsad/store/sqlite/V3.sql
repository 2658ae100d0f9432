-- Marsad schema, version 3 (SQLite): story clusters, watch rules and alerts.
-- A story groups the reports of one real-world event across articles (GDELT's NumMentions/NumSources/NumArticles):
-- same dyad (primary codes), same or compatible CAMEO codes, dates within a day, similar evidence.
CREATE TABLE stories (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  day TEXT NOT NULL,                      -- the first event's date (a day, or YYYY-MM / YYYY), else its article's publication date; '' when neither
  source_key TEXT NOT NULL,               -- primary code of the source actor (RUS for RUSGOV), '' when none
  target_key TEXT NOT NULL,
  cameo_code TEXT NOT NULL,               -- the first event's code
  cameo_root TEXT NOT NULL,
  first_event INTEGER,                    -- eid of the first event
  evidence_terms TEXT NOT NULL,           -- normalized words of the first event's evidence
  sentence_terms TEXT NOT NULL,           -- and of its sentence
  num_mentions INTEGER NOT NULL DEFAULT 0,  -- events in the story, once per input record carrying them
  num_sources INTEGER NOT NULL DEFAULT 0,   -- distinct outlets among those records
  num_articles INTEGER NOT NULL DEFAULT 0,  -- input records (articles and their exact duplicates)
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX stories_dyad_day ON stories(source_key, target_key, day);
ALTER TABLE events ADD COLUMN story_id INTEGER REFERENCES stories(id);
CREATE INDEX events_story ON events(story_id);

-- Watch rules, as the YAML the user wrote (name is the rule's own)
CREATE TABLE watch_rules (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  yaml TEXT NOT NULL,
  added_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- One alert per story and rule; its counts follow the story's as copies arrive
CREATE TABLE alerts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  rule_id INTEGER NOT NULL REFERENCES watch_rules(id),
  story_id INTEGER NOT NULL REFERENCES stories(id),
  event_eid INTEGER NOT NULL,             -- the first event of the story that matched the rule
  article_id TEXT NOT NULL,
  evidence TEXT NOT NULL,                 -- the evidence text, as the article wrote it
  sentence TEXT,                          -- the sentence it is in
  num_mentions INTEGER NOT NULL,
  num_sources INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  read_at TEXT,
  UNIQUE (rule_id, story_id)
);
CREATE INDEX alerts_unread ON alerts(read_at, id);
CREATE INDEX alerts_story ON alerts(story_id);
