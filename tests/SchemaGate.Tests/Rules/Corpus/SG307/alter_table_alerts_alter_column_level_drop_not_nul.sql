-- setup: @app
-- expect: SG314 SG322
-- not: SG307
ALTER TABLE alerts ALTER COLUMN level DROP NOT NULL;
