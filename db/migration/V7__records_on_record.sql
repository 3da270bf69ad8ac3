-- The rule "a deleted meeting or readout is not on record" is written here once: hand-written queries read these
-- views rather than the tables with their own "deleted_at is null". PostgreSQL inlines a simple view, so its
-- queries use the tables' indexes as before. The views list the columns the tables had when they were created:
-- a migration that adds a column to meeting or readout recreates its view.
create view meeting_on_record as select * from meeting where deleted_at is null;
create view readout_on_record as select * from readout where deleted_at is null;
