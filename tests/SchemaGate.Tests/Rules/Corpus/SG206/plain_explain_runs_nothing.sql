-- setup: @app
-- expect: none
-- not: SG206
EXPLAIN DELETE FROM events;
