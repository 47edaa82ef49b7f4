-- setup: @typed
-- expect: SG208=public.docs.ratio
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN ratio TYPE numeric(10,3);
