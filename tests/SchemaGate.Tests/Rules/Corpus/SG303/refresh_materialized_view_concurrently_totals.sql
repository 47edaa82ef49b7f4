-- setup: @app
-- setup: CREATE MATERIALIZED VIEW totals AS SELECT level, count(*) AS n FROM alerts GROUP BY level;
--   CREATE UNIQUE INDEX totals_level ON totals (level);
-- expect: none
-- not: SG303
REFRESH MATERIALIZED VIEW CONCURRENTLY totals;
