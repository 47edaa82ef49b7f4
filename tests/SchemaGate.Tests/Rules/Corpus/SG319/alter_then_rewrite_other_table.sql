-- setup: @app
-- expect: SG208 SG319=public.agents
SET lock_timeout = '5s';
ALTER TABLE agents ADD COLUMN team text;
ALTER TABLE alerts ALTER COLUMN level TYPE bigint;
