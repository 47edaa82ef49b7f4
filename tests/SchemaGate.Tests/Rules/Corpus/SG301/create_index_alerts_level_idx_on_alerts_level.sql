-- setup: @app
-- expect: SG301@3=public.alerts_level2_idx
CREATE INDEX alerts_level2_idx ON alerts (level);
