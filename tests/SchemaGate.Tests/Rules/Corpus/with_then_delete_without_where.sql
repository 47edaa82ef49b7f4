-- expect: SG206@3
WITH x AS (SELECT 1)
DELETE FROM alerts;
