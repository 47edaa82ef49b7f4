-- setup: @app
-- expect: none
-- expect-traced: SG321
DO $$ BEGIN EXECUTE 'ALTER TABLE settings ADD COLUMN scope text NOT NULL'; END $$;
