-- setup: @app
-- expect: SG321=public.alerts.owner
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN owner text NOT NULL;
