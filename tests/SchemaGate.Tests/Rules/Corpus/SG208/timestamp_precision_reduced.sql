-- setup: @typed
-- expect: SG208=public.docs.happened SG332
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN happened TYPE timestamp(0);
