-- setup: @app
-- expect: SG320=public.acks
CREATE TABLE acks (id bigint PRIMARY KEY, alert_id bigint NOT NULL, agent_id bigint NOT NULL REFERENCES agents (id));
