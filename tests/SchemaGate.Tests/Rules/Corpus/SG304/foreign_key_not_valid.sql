-- setup: @app
-- expect: SG320
ALTER TABLE alerts ADD CONSTRAINT alerts_agent_fk FOREIGN KEY (agent_id) REFERENCES agents (id) NOT VALID;
