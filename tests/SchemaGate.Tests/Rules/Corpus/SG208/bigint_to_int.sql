-- setup: @typed
-- expect: SG208=public.docs.big
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN big TYPE int;
