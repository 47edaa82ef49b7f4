-- setup: @app
-- expect: SG207@3=public.alerts
UPDATE alerts SET level = (SELECT max(level) FROM levels WHERE id = 1);
