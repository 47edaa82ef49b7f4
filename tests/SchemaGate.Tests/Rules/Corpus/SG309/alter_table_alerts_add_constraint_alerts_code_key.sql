-- setup: @app
-- expect: SG309@3=public.alerts.alerts_code_key SG314
ALTER TABLE alerts ADD CONSTRAINT alerts_code_key UNIQUE (code);
