-- setup: @app
-- expect: SG308 SG314
ALTER TABLE alerts ADD COLUMN ref uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid();
