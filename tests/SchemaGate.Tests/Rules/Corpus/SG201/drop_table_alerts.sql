-- setup: @app
-- expect: SG201@3=public.alerts SG314
DROP TABLE alerts;
