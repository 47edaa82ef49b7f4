-- setup: @app
-- expect: none
-- not: SG207
UPDATE alerts SET level = 1 WHERE level IS NULL;
