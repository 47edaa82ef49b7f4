-- setup: @app
-- expect: SG207=public.alerts
UPDATE alerts SET (level, note) = (0, 'reset');
