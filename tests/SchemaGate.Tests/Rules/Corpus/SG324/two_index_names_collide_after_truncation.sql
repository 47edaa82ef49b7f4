-- setup: @app
-- expect: SG324 SG301
-- expect-traced: SG110
-- note: both names keep the same first 63 bytes: the second CREATE INDEX fails ("already exists").
SET lock_timeout = '5s';
CREATE INDEX alerts_by_agent_and_level_and_raised_at_for_the_dashboard_query_v1 ON alerts (agent_id);
CREATE INDEX alerts_by_agent_and_level_and_raised_at_for_the_dashboard_query_v2 ON alerts (level);
