-- setup: @app
-- expect: SG302=public.alerts_code_idx SG302=public.alerts_level_idx
SET lock_timeout = '5s';
DROP INDEX alerts_code_idx, alerts_level_idx;
