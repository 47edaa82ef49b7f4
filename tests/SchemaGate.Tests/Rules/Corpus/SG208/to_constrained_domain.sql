-- setup: @typed
-- expect: SG208=public.docs.body
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN body TYPE nonempty_text;
