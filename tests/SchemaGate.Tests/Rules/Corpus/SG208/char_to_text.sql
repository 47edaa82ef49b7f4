-- setup: @typed
-- expect: SG208=public.docs.code
-- note: char(n) to text strips the padding: every value changes.
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN code TYPE text;
