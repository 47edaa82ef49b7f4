-- setup: @typed
-- expect: SG208=public.docs.price
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN price TYPE numeric(12,4);
