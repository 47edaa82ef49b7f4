-- setup: @app
-- setup: CREATE VIEW open_alerts AS SELECT * FROM alerts WHERE NOT resolved;
--   CREATE MATERIALIZED VIEW totals AS SELECT level, count(*) AS n FROM alerts GROUP BY level;
-- expect: none
DROP VIEW IF EXISTS open_alerts;
DROP MATERIALIZED VIEW totals;
