-- setup: @typed
-- expect: SG208=public.docs.meta
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN meta TYPE jsonb USING meta::jsonb;
