-- setup: @typed
-- expect: SG208=public.docs.qty
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN qty TYPE text;
