-- setup: @typed
-- expect: none
-- expect-traced: SG208
DO $$ BEGIN EXECUTE 'ALTER TABLE docs ALTER COLUMN qty TYPE bigint'; END $$;
