-- setup: @app
-- expect: SG314
ALTER TABLE alerts ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
