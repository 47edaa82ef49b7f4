-- setup: @app
-- expect: SG205@3=public.alerts SG314
TRUNCATE alerts CASCADE;
