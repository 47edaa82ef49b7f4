-- setup: @app
-- expect: SG305@3=public.alerts.level_ok SG314
ALTER TABLE alerts ADD CONSTRAINT level_ok CHECK (level > 0);
