-- setup: @typed
-- expect: none
-- not: SG208 SG316
SET lock_timeout = '5s';
ALTER TABLE public.docs ALTER COLUMN slug TYPE pg_catalog.text;
