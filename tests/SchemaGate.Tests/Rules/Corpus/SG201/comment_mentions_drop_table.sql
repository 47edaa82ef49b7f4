-- setup: @app
-- expect: none
COMMENT ON TABLE alerts IS 'never DROP TABLE alerts; it feeds the pager';
