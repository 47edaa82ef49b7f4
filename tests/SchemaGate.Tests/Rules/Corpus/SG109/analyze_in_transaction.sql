-- setup: @app
-- expect: none
ANALYZE alerts;
