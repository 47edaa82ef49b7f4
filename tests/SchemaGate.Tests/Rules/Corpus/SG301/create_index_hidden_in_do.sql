-- setup: @app
-- expect: none
-- expect-traced: SG301
DO $$ BEGIN EXECUTE 'CREATE INDEX alerts_token_idx ON alerts (token)'; END $$;
