-- setup: @app
-- expect: none
CREATE TABLE dedupe AS SELECT DISTINCT agent_id FROM alerts;
DELETE FROM dedupe;
