-- setup: @typed
-- expect: SG208=public.docs.body SG334
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN body TYPE varchar(500);
