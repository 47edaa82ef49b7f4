-- setup: @app
-- expect: none
CREATE TEMP TABLE scratch AS SELECT id FROM alerts WHERE level = 2;
DROP TABLE scratch;
