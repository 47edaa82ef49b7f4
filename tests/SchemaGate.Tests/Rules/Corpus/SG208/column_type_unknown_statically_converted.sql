-- setup: CREATE TABLE copy_of_docs AS SELECT 1::bigint AS id, 42::int AS n;
--   INSERT INTO copy_of_docs VALUES (2, 7);
-- expect: SG208=public.copy_of_docs.n
SET lock_timeout = '5s';
ALTER TABLE copy_of_docs ALTER COLUMN n TYPE bigint;
