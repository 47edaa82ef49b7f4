-- setup: @typed
-- expect: SG208=public.docs.small
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN small TYPE int4;
