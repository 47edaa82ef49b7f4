-- setup: @app
-- expect: SG205=public.alerts SG205=public.alerts_archive
SET lock_timeout = '5s';
TRUNCATE alerts, alerts_archive;
