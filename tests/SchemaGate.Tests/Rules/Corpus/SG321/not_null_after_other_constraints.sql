-- setup: @app
-- expect: SG321=public.agents.email SG309
SET lock_timeout = '5s';
ALTER TABLE agents ADD COLUMN email text UNIQUE NOT NULL;
