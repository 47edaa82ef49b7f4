-- setup: @app
-- expect: SG302=public.alerts_code_idx SG314
DROP INDEX IF EXISTS alerts_code_idx;
