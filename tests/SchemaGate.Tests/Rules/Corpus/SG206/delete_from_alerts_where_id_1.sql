-- setup: @app
-- expect: none
-- not: SG206
DELETE FROM alerts WHERE id = 1;
