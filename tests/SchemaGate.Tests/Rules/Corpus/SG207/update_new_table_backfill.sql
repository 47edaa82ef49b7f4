-- setup: @app
-- expect: none
CREATE TABLE agent_stats (agent_id bigint, n bigint);
INSERT INTO agent_stats SELECT agent_id, 0 FROM alerts GROUP BY agent_id;
UPDATE agent_stats SET n = 1;
