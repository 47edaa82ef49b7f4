-- setup: @app
-- expect: none
-- expect-traced: SG315
DO $$ BEGIN EXECUTE 'LOCK TABLE events IN EXCLUSIVE MODE'; END $$;
