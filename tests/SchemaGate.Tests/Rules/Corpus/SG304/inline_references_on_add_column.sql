-- setup: @app
-- expect: SG304=public.alerts.owner_id SG320
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN owner_id bigint REFERENCES agents (id);
