-- setup: @app
-- expect: SG305=public.events.weight
SET lock_timeout = '5s';
ALTER TABLE events ADD COLUMN weight numeric CONSTRAINT events_weight_positive CHECK (weight > 0);
