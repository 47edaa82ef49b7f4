-- setup: @app
-- expect: SG308 SG314
ALTER TABLE alerts ADD COLUMN r float8 DEFAULT random();
