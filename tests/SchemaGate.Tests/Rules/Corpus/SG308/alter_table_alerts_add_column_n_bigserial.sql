-- setup: @app
-- expect: SG308@3=public.alerts.n SG314 SG331
ALTER TABLE alerts ADD COLUMN n bigserial;
