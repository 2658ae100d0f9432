-- Marsad schema, version 2: which dictionary line and argument rule produced an event (Event.rule).
ALTER TABLE events ADD COLUMN rule TEXT;
