-- setup: @app
-- expect: SG314 SG323
-- not: SG202
ALTER TABLE alerts ALTER COLUMN level DROP DEFAULT;
