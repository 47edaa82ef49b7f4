-- setup: @typed
-- expect: SG319
-- expect-traced: SG316
-- not: SG208
-- note: the column holds only its default, so converting it loses nothing; the rewrite is still seen.
SET lock_timeout = '5s';
ALTER TABLE docs ADD COLUMN score int DEFAULT 0;
ALTER TABLE docs ALTER COLUMN score TYPE bigint;
