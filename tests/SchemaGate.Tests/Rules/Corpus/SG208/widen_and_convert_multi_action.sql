-- setup: @typed
-- expect: SG208=public.docs.qty
-- not: SG316
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN slug TYPE text, ALTER COLUMN qty TYPE numeric;
