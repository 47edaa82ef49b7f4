-- setup: @app
-- expect: SG308@3=public.alerts.r SG314
ALTER TABLE alerts ADD COLUMN x2 int DEFAULT 0, ADD COLUMN r float8 NOT NULL DEFAULT random();
