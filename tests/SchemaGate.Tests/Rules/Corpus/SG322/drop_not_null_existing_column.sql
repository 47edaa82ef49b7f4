-- setup: @app
-- expect: SG322=public.agents.name
SET lock_timeout = '5s';
ALTER TABLE agents ALTER COLUMN name DROP NOT NULL;
