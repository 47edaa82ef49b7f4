-- setup: @app
-- expect: SG314
-- not: SG309
ALTER TABLE alerts ADD CONSTRAINT alerts_code_key UNIQUE USING INDEX alerts_code_idx;
