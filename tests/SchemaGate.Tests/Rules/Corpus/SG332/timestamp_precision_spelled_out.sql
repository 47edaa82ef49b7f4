-- setup: @app
-- expect: SG332=public.alerts.acked_at
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN acked_at timestamp(3) without time zone;
