-- setup: @typed
-- expect: SG208=public.docs.code SG333
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN code TYPE char(5);
