-- setup: @app
-- setup: CREATE INDEX alerts_agent_id_idx ON alerts (agent_id);
-- expect: none
ALTER TABLE alerts ADD CONSTRAINT alerts_agent_fk FOREIGN KEY (agent_id) REFERENCES agents (id) NOT VALID;
-- next migration
ALTER TABLE alerts VALIDATE CONSTRAINT alerts_agent_fk;
