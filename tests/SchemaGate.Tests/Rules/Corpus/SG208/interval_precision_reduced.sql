-- setup: @typed
-- expect: SG208=public.docs.span
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN span TYPE interval(0);
