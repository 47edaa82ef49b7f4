-- setup: @typed
-- expect: SG208=public.docs.slug
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN slug TYPE int USING length(slug);
