-- setup: @app
-- expect: SG332=public.alerts.raised_at SG208
SET lock_timeout = '5s';
ALTER TABLE alerts ALTER COLUMN raised_at TYPE timestamp;
