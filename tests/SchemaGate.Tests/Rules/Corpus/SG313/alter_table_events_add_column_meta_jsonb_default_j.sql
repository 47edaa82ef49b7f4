-- setup: @app
-- expect: SG314
-- not: SG313
ALTER TABLE events ADD COLUMN meta jsonb DEFAULT '{}'::json::jsonb;
