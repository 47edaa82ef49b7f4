-- setup: @app
-- expect: none
CREATE TABLE acks (id bigint PRIMARY KEY, agent_id bigint NOT NULL REFERENCES agents (id));
CREATE INDEX acks_agent_id_idx ON acks (agent_id);
