-- Marsad schema, version 8: on SQLite the full-text index moves to a file of its own. PostgreSQL keeps its text
-- index in the database, written in the same transaction as the articles: nothing changes here.
SELECT 1;
