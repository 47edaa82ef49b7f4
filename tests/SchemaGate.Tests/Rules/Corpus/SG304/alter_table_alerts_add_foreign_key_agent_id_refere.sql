-- setup: @app
-- expect: SG304@3=public.alerts SG320
ALTER TABLE alerts ADD FOREIGN KEY (agent_id) REFERENCES agents;
