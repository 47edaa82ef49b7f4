-- setup: @app
-- expect: SG301=public.agents_name_key
CREATE UNIQUE INDEX agents_name_key ON agents (name);
