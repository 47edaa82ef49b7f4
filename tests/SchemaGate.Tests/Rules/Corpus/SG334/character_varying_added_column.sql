-- setup: @app
-- expect: SG334=public.agents.phone
SET lock_timeout = '5s';
ALTER TABLE agents ADD COLUMN phone character varying(32);
