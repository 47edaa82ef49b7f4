-- setup: @app
-- expect: SG308@3=public.alerts.ref SG314
ALTER TABLE alerts ADD COLUMN ref uuid DEFAULT gen_random_uuid();
