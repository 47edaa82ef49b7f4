-- setup: @app
-- expect: none
-- expect-traced: SG207
DO $$ BEGIN EXECUTE 'UPDATE events SET kind = $1' USING 'misc'; END $$;
