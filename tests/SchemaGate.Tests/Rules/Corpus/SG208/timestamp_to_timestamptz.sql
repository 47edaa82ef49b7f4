-- setup: @typed
-- expect: SG208=public.docs.created
-- note: rewrites unless the session's time zone is UTC; production's may not be.
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN created TYPE timestamptz;
