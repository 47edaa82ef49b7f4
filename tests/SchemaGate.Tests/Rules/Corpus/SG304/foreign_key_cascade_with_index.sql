-- setup: @app
-- setup: CREATE INDEX alerts_agent_id_idx ON alerts (agent_id);
-- expect: SG304=public.alerts.alerts_agent_fk
ALTER TABLE alerts ADD CONSTRAINT alerts_agent_fk FOREIGN KEY (agent_id) REFERENCES agents (id) ON DELETE CASCADE;
