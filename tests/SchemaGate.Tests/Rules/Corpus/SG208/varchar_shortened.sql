-- setup: @typed
-- expect: SG208=public.docs.title SG334
-- note: shortening checks every value (and fails on a longer one) under ACCESS EXCLUSIVE.
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN title TYPE varchar(10);
