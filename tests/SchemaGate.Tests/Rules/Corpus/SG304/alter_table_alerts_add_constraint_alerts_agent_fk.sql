-- setup: @app
-- expect: SG304@3=public.alerts.alerts_agent_fk SG320
ALTER TABLE alerts ADD CONSTRAINT alerts_agent_fk FOREIGN KEY (agent_id) REFERENCES agents (id);
