-- setup: @app
-- expect: none
-- expect-traced: SG202
DO $$ BEGIN EXECUTE 'ALTER TABLE alerts DROP COLUMN ' || quote_ident('note'); END $$;
