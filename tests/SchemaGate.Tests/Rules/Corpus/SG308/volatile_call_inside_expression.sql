-- setup: @app
-- expect: SG308=public.alerts.bucket
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN bucket int NOT NULL DEFAULT (random() * 100)::int;
