-- setup: @app
-- expect: none
ALTER INDEX alerts_code_idx RENAME TO alerts_code_key;
