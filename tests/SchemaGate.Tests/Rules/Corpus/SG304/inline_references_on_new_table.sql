-- setup: @app
-- expect: none
CREATE TABLE acks (id bigint PRIMARY KEY, alert_id bigint NOT NULL, agent_id bigint REFERENCES agents (id));
CREATE INDEX acks_agent_id_idx ON acks (agent_id);
