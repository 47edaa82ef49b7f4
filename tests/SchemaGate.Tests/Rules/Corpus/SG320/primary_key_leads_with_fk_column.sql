-- setup: @app
-- expect: none
CREATE TABLE agent_settings (agent_id bigint REFERENCES agents (id), key text, value text, PRIMARY KEY (agent_id, key));
