-- setup: @app
-- expect: none
DO $$ BEGIN EXECUTE 'DELETE FROM alerts WHERE resolved AND raised_at < now() - interval ''90 days'''; END $$;
