-- setup: @app
-- expect: SG308 SG314
ALTER TABLE alerts ADD COLUMN seen_at timestamptz DEFAULT clock_timestamp();
