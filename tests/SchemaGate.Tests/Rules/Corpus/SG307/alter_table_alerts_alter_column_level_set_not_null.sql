-- setup: @app
-- expect: SG307@3=public.alerts.level SG314
ALTER TABLE alerts ALTER COLUMN level SET NOT NULL;
