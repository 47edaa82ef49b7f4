-- setup: @app
-- expect: none
CREATE TABLE agent_profiles (agent_id bigint UNIQUE REFERENCES agents (id), bio text);
