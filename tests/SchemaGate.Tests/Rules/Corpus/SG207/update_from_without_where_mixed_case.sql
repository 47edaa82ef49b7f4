-- setup: @app
-- expect: SG207=public.alerts
Update Alerts Set level = levels.level From levels;
