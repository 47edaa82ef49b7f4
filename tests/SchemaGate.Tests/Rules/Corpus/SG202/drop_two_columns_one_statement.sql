-- setup: @app
-- expect: SG202=public.alerts.payload SG202=public.alerts.note
SET lock_timeout = '5s';
ALTER TABLE alerts DROP payload, DROP COLUMN note;
