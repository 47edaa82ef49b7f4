-- setup: @app
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE alerts ADD CONSTRAINT alerts_code_key UNIQUE USING INDEX alerts_code_idx;
