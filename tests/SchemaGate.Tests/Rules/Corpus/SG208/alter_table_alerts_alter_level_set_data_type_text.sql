-- setup: @app
-- expect: SG208@3=public.alerts.level SG314
ALTER TABLE alerts ALTER level SET DATA TYPE text USING level::text;
