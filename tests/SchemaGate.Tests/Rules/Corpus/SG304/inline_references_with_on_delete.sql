-- setup: @app
-- expect: SG304=public.events.agent_id SG320
SET lock_timeout = '5s';
ALTER TABLE events ADD COLUMN agent_id bigint CONSTRAINT events_agent_fk REFERENCES agents ON DELETE SET NULL;
