-- setup: @app
-- expect: SG201=public.alerts_archive
SET lock_timeout = '5s';
DROP TABLE IF EXISTS alerts_archive;
