-- setup: @app
-- expect: SG314
-- not: SG308
ALTER TABLE alerts ADD COLUMN created timestamptz NOT NULL DEFAULT now();
