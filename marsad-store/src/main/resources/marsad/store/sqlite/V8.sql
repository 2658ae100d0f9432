-- Marsad schema, version 8: the full-text index moves to a file of its own beside the database (<database>-fts,
-- SqliteIndexFile.java), written by a thread of its own after each batch commits, so an ingest's writer no longer
-- inserts and flushes it (a third of its work). The table in this file is dropped; the store fills the new file from
-- the articles' text when it is opened, as it does after a kill left the index behind the articles.
DROP TABLE article_fts;
