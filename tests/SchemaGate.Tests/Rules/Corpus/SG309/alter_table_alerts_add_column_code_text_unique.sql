-- setup: @app
-- expect: SG309@3=public.alerts.ref_code SG314
ALTER TABLE alerts ADD COLUMN ref_code text UNIQUE;
