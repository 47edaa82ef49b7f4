-- setup: CREATE TABLE copy_of_docs AS SELECT 1::bigint AS id, 'x'::varchar(30) AS label;
--   INSERT INTO copy_of_docs VALUES (2, 'y');
-- expect: SG208=public.copy_of_docs.label
-- expect-traced: -SG208
-- note: no script declares label's type (CREATE TABLE AS), so the static rule reports; the traced run saw no rewrite.
SET lock_timeout = '5s';
ALTER TABLE copy_of_docs ALTER COLUMN label TYPE text;
