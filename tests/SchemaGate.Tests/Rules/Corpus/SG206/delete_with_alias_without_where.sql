-- setup: @app
-- expect: SG206=public.alerts
DELETE FROM alerts AS a RETURNING a.id;
