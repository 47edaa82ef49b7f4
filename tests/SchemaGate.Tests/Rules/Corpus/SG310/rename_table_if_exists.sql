-- setup: @app
-- expect: SG310=public.alerts_archive
SET lock_timeout = '5s';
ALTER TABLE IF EXISTS alerts_archive RENAME TO alerts_history;
