-- setup: @app
-- expect: SG302@3=public.alerts_level_idx SG314
DROP INDEX alerts_level_idx;
