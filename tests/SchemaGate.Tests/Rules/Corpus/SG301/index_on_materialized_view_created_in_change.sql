-- setup: @app
-- expect: none
CREATE MATERIALIZED VIEW alert_counts AS SELECT agent_id, count(*) AS n FROM alerts GROUP BY agent_id;
CREATE UNIQUE INDEX alert_counts_agent ON alert_counts (agent_id);
