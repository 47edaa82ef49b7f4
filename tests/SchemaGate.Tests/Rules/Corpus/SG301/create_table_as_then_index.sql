-- setup: @app
-- expect: none
CREATE TABLE totals AS SELECT agent_id, count(*) AS n FROM alerts GROUP BY agent_id;
CREATE UNIQUE INDEX totals_agent ON totals (agent_id);
