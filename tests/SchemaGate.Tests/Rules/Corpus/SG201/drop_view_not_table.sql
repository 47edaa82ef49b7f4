-- setup: @app
-- setup: CREATE VIEW noisy_alerts AS SELECT * FROM alerts WHERE level > 3;
-- expect: none
DROP VIEW IF EXISTS noisy_alerts;
