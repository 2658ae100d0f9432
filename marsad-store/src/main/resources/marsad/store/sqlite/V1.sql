-- Marsad schema, version 1 (SQLite). Statements end with ';' at the end of a line; '--' lines are comments.
-- Dates are ISO text (YYYY-MM-DD, or YYYY-MM / YYYY for event dates of that precision); times are ISO instants.

CREATE TABLE ingest_runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL,               -- running (or killed), finished, failed
  command TEXT,
  coder_version TEXT NOT NULL,
  read_count INTEGER NOT NULL DEFAULT 0,
  added INTEGER NOT NULL DEFAULT 0,
  exact_duplicates INTEGER NOT NULL DEFAULT 0,
  near_duplicates INTEGER NOT NULL DEFAULT 0,
  already_stored INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0
);

-- One row per distinct text. Exact duplicates add rows to article_sources only; near-duplicates are
-- stored (their wording differs) with duplicate_of naming the first copy.
CREATE TABLE articles (
  rid INTEGER PRIMARY KEY AUTOINCREMENT,  -- the full-text index's row id
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,      -- SHA-256 of the normalized word stream
  url TEXT,
  source TEXT,
  published TEXT,
  title TEXT,
  text TEXT NOT NULL,
  duplicate_of TEXT REFERENCES articles(id),
  similarity REAL,                        -- estimated Jaccard similarity to duplicate_of
  minhash BLOB NOT NULL,
  coder_version TEXT NOT NULL,
  run_id INTEGER REFERENCES ingest_runs(id),
  added_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);

-- Every input record that carried an article's text: the first copy and its exact duplicates.
CREATE TABLE article_sources (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id TEXT NOT NULL REFERENCES articles(id),
  source_key TEXT NOT NULL,               -- hash of the input's id, url and source: re-reading it adds nothing
  input_id TEXT,
  url TEXT,
  source TEXT,
  published TEXT,
  title TEXT,
  file TEXT,
  line INTEGER,
  run_id INTEGER REFERENCES ingest_runs(id),
  added_at TEXT NOT NULL,
  UNIQUE (article_id, source_key)
);
CREATE INDEX article_sources_source ON article_sources(source);

CREATE TABLE sentences (
  article_id TEXT NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL,
  start_off INTEGER NOT NULL,
  end_off INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
);

CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles(id),
  ord INTEGER NOT NULL,
  start_off INTEGER NOT NULL,
  end_off INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT,
  code TEXT,
  entry TEXT,
  name TEXT,
  why TEXT,
  sentence INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX mentions_code ON mentions(code);

CREATE TABLE events (
  eid INTEGER PRIMARY KEY AUTOINCREMENT,  -- GlobalEventID in exports
  id TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id),
  ord INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  event_date TEXT,
  date_precision TEXT,
  day TEXT,                               -- event_date when it is a day, else the article's publication date
  day_source TEXT,                        -- 'event' or 'published'
  source_code TEXT, source_name TEXT, source_start INTEGER, source_end INTEGER,
  target_code TEXT, target_name TEXT, target_start INTEGER, target_end INTEGER,
  cameo_code TEXT NOT NULL,
  cameo_root TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  plover TEXT,
  negated INTEGER NOT NULL,
  modality TEXT,
  attributed_to TEXT,
  loc_name TEXT, loc_name_en TEXT, loc_country TEXT, loc_lat REAL, loc_lon REAL, loc_precision TEXT,
  loc_start INTEGER, loc_end INTEGER,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  confidence REAL NOT NULL,
  summary TEXT,
  coder_version TEXT NOT NULL,
  UNIQUE (article_id, ord)
);
-- actor code prefixes (RUS matches RUSGOV) are range scans on these
CREATE INDEX events_dyad ON events(source_code, target_code);
CREATE INDEX events_target ON events(target_code);
CREATE INDEX events_root_code ON events(cameo_root, cameo_code);
CREATE INDEX events_code ON events(cameo_code);
CREATE INDEX events_day ON events(day);

CREATE TABLE quotes (
  article_id TEXT NOT NULL REFERENCES articles(id),
  ord INTEGER NOT NULL,
  speaker_code TEXT, speaker_name TEXT, speaker_start INTEGER, speaker_end INTEGER,
  start_off INTEGER NOT NULL,
  end_off INTEGER NOT NULL,
  verb TEXT,
  direct INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX quotes_speaker ON quotes(speaker_code);

-- MinHash LSH: one row per article and band; articles sharing a (band, bucket) are near-duplicate candidates
CREATE TABLE lsh_buckets (
  band INTEGER NOT NULL,
  bucket INTEGER NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id),
  PRIMARY KEY (band, bucket, article_id)
) WITHOUT ROWID;

-- Index documents are Marsad's own terms separated by spaces (see FullText); contentless: the text is in articles
CREATE VIRTUAL TABLE article_fts USING fts5(terms, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
