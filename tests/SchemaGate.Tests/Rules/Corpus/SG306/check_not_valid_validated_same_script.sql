-- setup: @app
-- expect: SG306=public.alerts.level_range SG314
ALTER TABLE alerts ADD CONSTRAINT level_range CHECK (level >= 0) NOT VALID;
ALTER TABLE alerts VALIDATE CONSTRAINT level_range;
