-- setup: @app
-- expect: SG314 SG322
ALTER TABLE alerts ALTER COLUMN level DROP NOT NULL;
