-- setup: @app
-- expect: SG206@4
WITH x AS (SELECT 1)
DELETE FROM alerts;
