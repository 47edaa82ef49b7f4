-- setup: CREATE SCHEMA old;
-- expect: none
-- expect-traced: SG203
CREATE SCHEMA reporting;
DO $$ BEGIN EXECUTE 'DROP SCHEMA old'; END $$;
