-- setup: @app
-- setup: ALTER TABLE events ADD CONSTRAINT events_kind_present CHECK (kind IS NOT NULL) NOT VALID;
-- expect: SG319=public.alerts
SET lock_timeout = '5s';
ALTER TABLE alerts ALTER COLUMN note SET DEFAULT '';
ALTER TABLE events VALIDATE CONSTRAINT events_kind_present;
