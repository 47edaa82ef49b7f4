-- setup: @app
-- expect: SG207
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3)
UPDATE alerts SET level = (SELECT max(n) FROM r);
