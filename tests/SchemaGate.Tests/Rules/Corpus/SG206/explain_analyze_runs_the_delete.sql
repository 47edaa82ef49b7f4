-- setup: @app
-- expect: SG206@3=public.events
EXPLAIN (ANALYZE, BUFFERS) DELETE FROM events;
