-- setup: @app
-- expect: SG205=public.measurements
SET lock_timeout = '5s';
TRUNCATE measurements;
