-- expect: none
DROP VIEW IF EXISTS open_alerts;
DROP MATERIALIZED VIEW totals;
