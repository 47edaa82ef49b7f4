-- setup: @app
-- setup: CREATE MATERIALIZED VIEW alert_counts AS SELECT agent_id, count(*) AS n FROM alerts GROUP BY agent_id;
-- expect: SG301@4
CREATE UNIQUE INDEX alert_counts_agent ON alert_counts (agent_id);
