-- setup: @app
-- setup: CREATE INDEX alerts_agent_id_idx ON alerts (agent_id);
-- expect: SG304 SG314
ALTER TABLE alerts ADD COLUMN acked boolean, ADD FOREIGN KEY (agent_id) REFERENCES agents;
