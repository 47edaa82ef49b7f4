-- setup: @app
-- setup: CREATE VIEW open_alerts AS SELECT * FROM alerts WHERE NOT resolved;
-- expect: none
ALTER INDEX alerts_level_idx RENAME TO alerts_severity_idx;
ALTER VIEW open_alerts RENAME TO active_alerts;
